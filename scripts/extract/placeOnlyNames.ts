import { normalizeForMatching } from '../../src/arabic/fold.ts';
import { COUNTRY_DATA } from '../../src/data/index.ts';

/** Names too ambiguous to index that only a place can be (countries.json ambiguousNamesAsPlaces: «مالي», financial), folded, with their country. */
export const PLACE_ONLY_NAMES: ReadonlyMap<string, string> = new Map(Object.entries(COUNTRY_DATA.ambiguousNamesAsPlaces).map(([name, code]) => [normalizeForMatching(name), code] as const));
