import { GHAIN, JEEM } from './codePoints.ts';

const ghain = String.fromCharCode(GHAIN);
const jeem = String.fromCharCode(JEEM);

/**
 * A foreign name and, when it has a غ for the hard g, its Egyptian spelling with ج: «غواتيمالا» → «جواتيمالا»,
 * «الغابوني» → «الجابوني». Only for names the tables give with غ; Arabic words keep their letters.
 */
export function withEgyptianHardG(name: string): string[] {
  return name.includes(ghain) ? [name, name.replaceAll(ghain, jeem)] : [name];
}
