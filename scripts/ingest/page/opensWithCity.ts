import { normalizeForMatching } from '../../../src/arabic/fold.ts';
import { CITIES } from '../../../src/data/index.ts';

/** Every name and alias of the cities gazetteer, folded. */
const cityNames = new Set(CITIES.flatMap((city) => [city.name, ...city.aliases].map(normalizeForMatching)));

/** Whether a line opens with a known city's name of one to three words («طشقند: «الشرق الأوسط»», «عدن (عدن الغد) خاص:»). */
export function opensWithCity(line: string): boolean {
  const words = normalizeForMatching(line).split(/[^\p{L}]+/u).filter(Boolean);
  return [1, 2, 3].some((count) => words.length >= count && cityNames.has(words.slice(0, count).join(' ')));
}
