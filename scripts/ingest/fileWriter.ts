import type { Worker } from 'node:worker_threads';
import { createCachedWorker } from './compileCache.ts';
import { writeTextSync } from './fs.ts';

/** One file to write; it is replaced whole, never seen half-written (writeTextSync). */
export interface FileWrite {
  path: string;
  text: string;
}

/** Writes files in the order given; `close` waits for the last one and names every file that could not be written. */
export interface FileWriter {
  write(file: FileWrite): void;
  close(): Promise<string[]>;
}

/** How a failed write is reported: the file and the system's reason. */
export function writeFailureToMessage(path: string, error: unknown): string {
  return `${path}: could not be written — ${(error as Error).message ?? String(error)}`;
}

/** Writes each file at once, on this thread: for a few files, cheaper than starting a thread. */
export function createInlineFileWriter(): FileWriter {
  const failures: string[] = [];
  return {
    write(file) {
      try {
        writeTextSync(file.path, file.text);
      } catch (error) {
        failures.push(writeFailureToMessage(file.path, error));
      }
    },
    close: async () => failures,
  };
}

/**
 * Writes on a thread of its own, so the files of thousands of events are written while this thread and the workers
 * still read seeds; one thread, because file creations in one folder queue on the folder's lock anyway. The thread
 * starts with the first batch of files, not before: it would otherwise start while the seed threads load the pipeline,
 * on the same cores.
 */
export function createThreadFileWriter(): FileWriter {
  let worker: Worker | undefined;
  let batch: FileWrite[] = [];
  const flush = () => {
    if (batch.length > 0) (worker ??= createCachedWorker(new URL('./fileWriterWorker.ts', import.meta.url))).postMessage(batch);
    batch = [];
  };
  return {
    write(file) {
      batch.push(file);
      if (batch.length >= 16) flush();
    },
    close() {
      flush();
      const started = worker;
      if (!started) return Promise.resolve([]);
      return new Promise((resolveClose, reject) => {
        started.once('message', (failures: string[]) => {
          resolveClose(failures);
          void started.terminate();
        });
        started.once('error', reject);
        started.postMessage('close');
      });
    },
  };
}
