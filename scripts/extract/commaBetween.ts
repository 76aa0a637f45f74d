import type { Sentence } from './sentences.ts';

/** Whether a comma stands between tokens `from` and `to` of a sentence: a clause ends there (unless `continued` and «حيث» or «إذ» goes on with it). */
export function commaBetween(sentence: Sentence, from: number, to: number, continued = false): boolean {
  const start = sentence.tokens[from]?.end ?? 0;
  const end = sentence.tokens[to]?.start ?? sentence.norm.length;
  return (continued ? /[،,؛;](?!\s*(?:حيث|اذ)\s)/ : /[،,؛;]/).test(sentence.norm.slice(start, end));
}
