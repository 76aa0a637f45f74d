import { getCollection, type CollectionEntry } from 'astro:content';
import { introductionToHubKey } from './introductionToHubKey.ts';

export type Introduction = CollectionEntry<'countryIntros' | 'formatIntros'>;

/**
 * The editors' introductions to country or format hubs, by country code (`IN`) or format slug (`2+2-ministerial`).
 * Looked up in this map rather than with getEntry, which warns for every hub that has none.
 */
export async function getIntroductions(folder: 'countries' | 'formats'): Promise<Map<string, Introduction>> {
  const intros: Introduction[] = await getCollection(folder === 'countries' ? 'countryIntros' : 'formatIntros');
  return new Map(intros.map((intro) => [introductionToHubKey(folder, intro.id), intro]));
}
