// The thread behind createThreadFileWriter: writes the files it is sent, in order, and answers "close" with the failures.
import { parentPort } from 'node:worker_threads';
import { writeFailureToMessage, type FileWrite } from './fileWriter.ts';
import { writeTextSync } from './fs.ts';

const failures: string[] = [];
parentPort!.on('message', (message: FileWrite[] | 'close') => {
  if (message === 'close') {
    parentPort!.postMessage(failures);
    return;
  }
  for (const file of message) {
    try {
      writeTextSync(file.path, file.text);
    } catch (error) {
      failures.push(writeFailureToMessage(file.path, error));
    }
  }
});
