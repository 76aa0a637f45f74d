import { CITIES as cities, type CityEntry } from '../../src/data/index.ts';
import { countryToArabicName } from '../../src/utils/countryNames.ts';
import { normalizeForMatching } from '../../src/arabic/fold.ts';
import { buildPhraseIndex, findPhrases } from './phraseIndex.ts';
import type { Sentence } from './sentences.ts';

const cityIndex = buildPhraseIndex(cities.flatMap((city) => [city.name, ...city.aliases].map((name) => [name, city as CityEntry] as const)));
const capitalByCountry = new Map(cities.filter((city) => city.capital).map((city) => [city.country, city]));
const capitalWords = new Set(['العاصمة', 'بالعاصمة', 'عاصمة', 'مدينة', 'بمدينة', 'المدينة'].map(normalizeForMatching));
const placeWords = new Set(['في', 'العاصمة', 'عاصمة', 'مدينة', 'بمدينة', 'بالعاصمة', 'إلى', 'داخل'].map(normalizeForMatching));

/** Where the event took place, and a warning when the text tells only the country or nothing. */
export interface LocationFound {
  location?: { city: string; country: string };
  warnings: string[];
}

/**
 * The event's city: the first "في X" / "بـX" / "العاصمة X" / "عُقد في X" with a known city in a sentence about the
 * event (not a background or future one, not "بين طوكيو وسيول"). Failing that, the country Japan's side
 * visited, with its capital when the article names it.
 */
export function findLocation(sentences: Sentence[], parties: string[], visitDestinations: string[]): LocationFound {
  const named = new Set<string>();
  for (const sentence of sentences) {
    for (const match of findPhrases(cityIndex, sentence.tokens)) {
      const city = match.value;
      named.add(city.name);
      if (sentence.background || sentence.future) continue;
      const before = (sentence.tokens[match.start - 1]?.norm ?? '').replace(/^و/, '');
      // "في العاصمة اليابانية طوكيو": one adjective may stand between the place word and the city
      const twoBefore = (sentence.tokens[match.start - 2]?.norm ?? '').replace(/^و/, '');
      const byPreposition = match.prefix === 'ب' || match.prefix === 'وب' || match.prefix === 'فب';
      if (!byPreposition && !placeWords.has(before) && !(capitalWords.has(twoBefore) && before.startsWith('ال'))) continue;
      if (!parties.includes(city.country) && parties.length > 1) continue;
      return { location: { city: city.name, country: city.country }, warnings: [] };
    }
  }
  const destination = visitDestinations.find((code) => parties.includes(code));
  if (destination) {
    const capital = capitalByCountry.get(destination);
    if (capital && named.has(capital.name)) return { location: { city: capital.name, country: destination }, warnings: [] };
    return { location: { city: '', country: destination }, warnings: [`the text names no city: the event took place in ${countryToArabicName(destination) || destination}, city to be supplied by an editor`] };
  }
  return { warnings: ['the text names no place for the event: location to be supplied by an editor'] };
}
