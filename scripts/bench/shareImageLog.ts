/** What an Astro build did with share images, as its log says (src/integrations/shareImageReport.ts). */
export interface ShareImageLog {
  drawn: number;
  drawSeconds: number;
  cached: number;
  readSeconds: number;
}

/** Reads the «share images: …» line of an Astro build's log, or undefined when there is none. */
export function logToShareImageStats(log: string): ShareImageLog | undefined {
  const plain = log.replace(/\u001b\[[0-9;]*m/g, '');
  const match = /share images: (\d+) drawn in ([\d.]+) s, (\d+) read from \S+ in ([\d.]+) s/.exec(plain);
  if (!match) return undefined;
  return { drawn: Number(match[1]), drawSeconds: Number(match[2]), cached: Number(match[3]), readSeconds: Number(match[4]) };
}
