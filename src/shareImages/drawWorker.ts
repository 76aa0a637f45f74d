import { parentPort } from 'node:worker_threads';
import { drawShareCard } from './drawShareCard.ts';
import type { ShareCard } from './shareCard.ts';

// One of drawInWorkers' threads: draws the cards it is sent and sends back their PNG bytes.
parentPort!.on('message', async ({ id, card }: { id: number; card: ShareCard }) => {
  try {
    const png = await drawShareCard(card);
    const bytes = png.buffer.slice(png.byteOffset, png.byteOffset + png.byteLength) as ArrayBuffer;
    parentPort!.postMessage({ id, png: bytes }, [bytes]);
  } catch (error) {
    parentPort!.postMessage({ id, error: String((error as Error).stack ?? error) });
  }
});
