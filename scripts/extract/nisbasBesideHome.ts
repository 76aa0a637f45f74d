import { normalizeForMatching } from '../../src/arabic/fold.ts';
import { HOME_COUNTRY } from '../../src/config.ts';
import { COUNTRY_DATA } from '../../src/data/index.ts';
import type { CountryOccurrence } from './findCountries.ts';
import type { Sentence } from './sentences.ts';

/** The nisbas of two countries read as one beside Japan's (countries.json nisbasBesideHome: «الكوري» → KR), folded. */
const BESIDE_HOME: ReadonlyMap<string, string> = new Map(Object.entries(COUNTRY_DATA.nisbasBesideHome).map(([nisba, code]) => [normalizeForMatching(nisba), code] as const));

/**
 * The nisbas of nisbasBesideHome that stand beside Japan's nisba in a sentence, joined by «و» or in a pair, as their
 * country: «وزيرا الدفاع الكوري والياباني», «العلاقات الكورية اليابانية», «الجانبان الياباني والكوري» (South Korea's; a
 * nisba another occurrence already covers, «الكوري الجنوبي», is left to it).
 */
export function nisbasBesideHome(sentence: Sentence, found: readonly CountryOccurrence[]): CountryOccurrence[] {
  const home = found.filter((occurrence) => occurrence.sentence === sentence.index && occurrence.code === HOME_COUNTRY && occurrence.kind === 'nisba');
  if (home.length === 0) return [];
  const covered = (at: number) => found.some((occurrence) => occurrence.sentence === sentence.index && occurrence.start <= at && at < occurrence.end);
  const nisbas: CountryOccurrence[] = [];
  sentence.tokens.forEach((token, at) => {
    const conjoined = token.norm.startsWith('و') && BESIDE_HOME.has(token.norm.slice(1));
    const code = BESIDE_HOME.get(conjoined ? token.norm.slice(1) : token.norm);
    if (code === undefined || covered(at)) return;
    // Japan's nisba right after it, joined by «و» or not («الكوري والياباني», «الكورية اليابانية»), or right before
    // it with this one joined («الياباني والكوري»)
    const beside = home.some((occurrence) => occurrence.start === at + 1 || (conjoined && occurrence.end === at));
    if (beside) nisbas.push({ code, kind: 'nisba', sentence: sentence.index, start: at, end: at + 1, conjoined });
  });
  return nisbas;
}
