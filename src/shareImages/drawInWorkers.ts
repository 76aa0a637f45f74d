import os from 'node:os';
import { Worker } from 'node:worker_threads';
import type { ShareCard } from './shareCard.ts';

// Drawing is one thread's work per image (Skia, then sharp's quantiser): a thread per core draws a cold cache's
// thousands of images in a fraction of the time.
/** Draws cards on one worker thread per core; `onImage` receives each PNG as soon as it is ready. */
export async function drawInWorkers(cards: readonly ShareCard[], onImage: (index: number, png: Uint8Array) => Promise<void>, threads = Math.min(os.availableParallelism(), 4)): Promise<void> {
  if (cards.length === 0) return;
  let next = 0;
  const pending: Array<Promise<void>> = [];
  const run = (worker: Worker) =>
    new Promise<void>((resolve, reject) => {
      const send = () => {
        if (next >= cards.length) return resolve();
        const id = next++;
        worker.postMessage({ id, card: cards[id] });
      };
      worker.on('message', (message: { id: number; png?: ArrayBuffer; error?: string }) => {
        if (message.error || !message.png) return reject(new Error(`share image ${message.id}: ${message.error}`));
        pending.push(onImage(message.id, new Uint8Array(message.png)));
        send();
      });
      worker.on('error', reject);
      send();
    });
  const workers = Array.from({ length: Math.max(1, Math.min(threads, cards.length)) }, () => new Worker(new URL('./drawWorker.ts', import.meta.url)));
  try {
    await Promise.all(workers.map(run));
    await Promise.all(pending);
  } finally {
    await Promise.all(workers.map((worker) => worker.terminate()));
  }
}
