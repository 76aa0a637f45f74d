import { encode } from 'cborg';
import { SEARCH_ORDER_FILTER } from '../../src/config.ts';
import { byBytes } from './byBytes.ts';
import { contentToFullHash } from './contentToFullHash.ts';
import { orderValuesToKeys } from './orderValuesToKeys.ts';
import { wordCountToStep } from './wordCountToStep.ts';

// Pagefind's encoded index, one language of one bundle, as its CBOR arrays hold it (pagefind/src/index/*.rs). Fields
// this merge does not read are carried over as they are.
/** pf_meta: version, pages ([fragment hash, word count, …]), index chunks ([from, to, hash]), filters ([name, hash]), sorts ([name, page numbers]), meta field names. */
export type PfMeta = [version: string, pages: PfMetaPage[], chunks: Array<[from: string, to: string, hash: string]>, filters: Array<[filter: string, hash: string]>, sorts: Array<[sort: string, pages: number[]]>, metaFields: string[], ...rest: unknown[]];
/** A page of pf_meta: its fragment's hash, its word count, then fields carried over. */
export type PfMetaPage = [hash: string, wordCount: number, ...rest: unknown[]];
/** A word's locations on one page: page number (delta-encoded within a word's list in a chunk), text locations, meta locations (field switches as -(field + 1)). */
export type PfPage = [page: number, locs: number[], metaLocs: number[], ...rest: unknown[]];
/** A word of a chunk: the word, its pages, and its spellings with diacritics ([form, pages]). */
export type PfWord = [word: string, pages: PfPage[], variants: Array<[form: string, pages: PfPage[]]>, ...rest: unknown[]];
/** A pf_index chunk: its words. */
export type PfChunk = [words: PfWord[]];
/** A pf_filter file: the filter's name and each value's pages (not delta-encoded). */
export type PfFilter = [filter: string, values: Array<[value: string, pages: number[]]>];

/** One bundle's index: its metadata, its chunks decoded one at a time (so the merge holds one per part), its filter files by hash. */
export interface PfIndex {
  meta: PfMeta;
  chunk: (hash: string) => PfChunk;
  filters: ReadonlyMap<string, PfFilter>;
}

/** The merged index: the encoded files it names (without Pagefind's compression), and where each part's fragments go. */
export interface MergedIndex {
  /** pf_meta's name (`ar_` and ten hex digits) and encoded content. */
  meta: { hash: string; content: Uint8Array };
  chunks: Map<string, Uint8Array>;
  filters: Map<string, Uint8Array>;
  /** For each part, its fragments' names in the merged index: an event page's order key, else the part's name (made longer when two parts share it). */
  fragments: Array<Map<string, string>>;
  pageCount: number;
}

// Pagefind's default (PAGEFIND_UNSTABLE_INDEX_CHUNK_SIZE): a chunk ends once its words' size (wordSize) reaches this.
const INDEX_CHUNK_SIZE = 20000;

/** Names chunks and filter files as Pagefind does: `<lang>_` and 7 hex digits of the hash, two more while the name is taken. */
function nameUnique(language: string, fullHash: string, taken: ReadonlyMap<string, unknown>): string {
  const full = `${language}_${fullHash}`;
  let length = language.length + 8;
  while (taken.has(full.slice(0, length)) && length < full.length) length += 2;
  return full.slice(0, length);
}

/** meta_locs with each field switch renumbered (a part's meta fields are a subset of the merged index's, in the same order). */
function renumberFields(metaLocs: number[], fieldIds: readonly number[] | undefined): number[] {
  return fieldIds === undefined || metaLocs.length === 0 ? metaLocs : metaLocs.map((value) => (value < 0 ? -(fieldIds[-value - 1]! + 1) : value));
}

/** A word's page list, in place: page numbers made absolute and renumbered (`numbers`: a part's page → merged page), in the merged order, fields renumbered (undefined: as they are). */
function absolutePages(pages: PfPage[], numbers: Int32Array, fieldIds: readonly number[] | undefined): PfPage[] {
  let page = 0;
  for (const entry of pages) {
    page += entry[0];
    entry[0] = numbers[page]!;
    entry[2] = renumberFields(entry[2], fieldIds);
  }
  return inPageOrder(pages);
}

/** A page list sorted by page number, in place (left as it is when it already is, as most are). */
function inPageOrder<T extends [number, ...unknown[]]>(pages: T[]): T[] {
  for (let i = 1; i < pages.length; i++) if (pages[i]![0] < pages[i - 1]![0]) return pages.sort((a, b) => a[0] - b[0]);
  return pages;
}

/** A part's words in byte order, its chunks decoded one after the other, pages numbered in the merged index. */
function* partWords(part: PfIndex, numbers: Int32Array, fieldIds: readonly number[] | undefined): Generator<{ word: string; key: Buffer; entry: PfWord }> {
  for (const [, , hash] of part.meta[2]) {
    for (const entry of part.chunk(hash)[0]) {
      absolutePages(entry[1], numbers, fieldIds);
      for (const variant of entry[2]) absolutePages(variant[1], numbers, fieldIds);
      yield { word: entry[0], key: Buffer.from(entry[0]), entry };
    }
  }
}

/** The words of every part in byte order, a word the parts share joined into one (its pages and spellings part after part). */
function* mergedWords(sources: Array<Generator<{ word: string; key: Buffer; entry: PfWord }>>): Generator<PfWord> {
  const heads = sources.map((source) => source.next());
  for (;;) {
    let least: Buffer | undefined;
    for (const head of heads) if (!head.done && (least === undefined || Buffer.compare(head.value.key, least) < 0)) least = head.value.key;
    if (least === undefined) return;
    let merged: PfWord | undefined;
    heads.forEach((head, i) => {
      if (head.done || !head.value.key.equals(least)) return;
      const [word, pages, variants] = head.value.entry;
      if (!merged) merged = [word, pages, variants];
      else {
        // Loops, not push(...list): a common word's list has a page per event, too long for a call's arguments.
        for (const page of pages) merged[1].push(page);
        for (const [form, formPages] of variants) {
          const same = merged[2].find(([known]) => known === form);
          if (same) for (const page of formPages) same[1].push(page);
          else merged[2].push([form, formPages]);
        }
      }
      heads[i] = sources[i]!.next();
    });
    yield merged!;
  }
}

/** A page list delta-encoded for a chunk (each page number less the previous one), in place. */
function deltaPages(pages: PfPage[]): PfPage[] {
  let last = 0;
  for (const entry of pages) {
    const page = entry[0];
    entry[0] = page - last;
    last = page;
  }
  return pages;
}

/** What a word adds to its chunk's size (Pagefind 1.6): each page's locations and one, and one per spelling with diacritics. */
function wordSize([, pages, variants]: PfWord): number {
  const pagesSize = (list: PfPage[]) => list.reduce((sum, [, locs, metaLocs]) => sum + locs.length + metaLocs.length + 1, 0);
  return pagesSize(pages) + variants.reduce((sum, [, formPages]) => sum + 1 + pagesSize(formPages), 0);
}

/** Pagefind's chunk bounds: the shortest prefixes that still tell each chunk's last word from the next chunk's first. */
function chunkBounds(firstAndLast: Array<[string, string]>): Array<[string, string]> {
  const bounds = firstAndLast.map(([first, last]): [string, string] => [first, last]);
  for (let i = 0; i + 1 < bounds.length; i++) {
    const to = Array.from(bounds[i]![1]);
    const from = Array.from(bounds[i + 1]![0]);
    let common = 0;
    while (common < to.length && common < from.length && to[common] === from[common]) common++;
    const toPrefix = to.slice(0, common + 1).join('');
    if (byBytes(toPrefix, bounds[i]![0]) >= 0) bounds[i]![1] = toPrefix;
    bounds[i + 1]![0] = from.slice(0, common + 1).join('');
  }
  return bounds;
}

/** Each part's order values (SEARCH_ORDER_FILTER) by page number. */
function orderValuesOf(part: PfIndex): Map<number, string> {
  const values = new Map<number, string>();
  for (const [filter, filterValues] of part.filters.values()) {
    if (filter !== SEARCH_ORDER_FILTER) continue;
    for (const [value, pages] of filterValues) for (const page of pages) values.set(page, value);
  }
  return values;
}

/**
 * Merges Pagefind indexes of one language, each built by Pagefind over a part of the site, into the index one Pagefind
 * run over every page would write: each word's and filter value's pages joined, the words chunked and named as
 * Pagefind does. Five things differ, for the search page: a page with an order value (SEARCH_ORDER_FILTER) has its
 * fragment named by its order key alone (orderValuesToKeys: `2015030200`), so that results sort by date by their
 * names; pages are numbered in that order, so that the metadata's names compress well (at 48,659 events: 191 KB,
 * against 410 KB for Pagefind's hashed names in its reading order with a date sort); the order filter itself is left
 * out; word counts are rounded to steps (wordCountToStep: 191 → 141 KB); and a word that fills a chunk alone has a
 * chunk of its own. Sorts, if any, are carried over.
 * `fragmentFullHash` gives the full hash of a part's fragment, asked only when two parts name unordered fragments
 * alike; `chunkSize` is Pagefind's, if set.
 */
export function mergePagefindIndexes(parts: readonly PfIndex[], language: string, fragmentFullHash: (part: number, name: string) => string, chunkSize = INDEX_CHUNK_SIZE): MergedIndex {
  const version = parts[0]?.meta[0];
  if (version === undefined) throw new Error('no index to merge');
  for (const part of parts) if (part.meta[0] !== version) throw new Error(`indexes of Pagefind ${version} and ${part.meta[0]} cannot be merged`);
  const metaFields = [...new Set(parts.flatMap((part) => part.meta[5]))].sort(byBytes);
  const sortNames = [...new Set(parts.flatMap((part) => part.meta[4].map(([name]) => name)))].sort(byBytes);

  // Every page's number in the merged index: pages with an order key in the order of their keys (the date order,
  // which also compresses the metadata's names best), then any others part after part.
  const orderValues = parts.map(orderValuesOf);
  const orderKeys = orderValuesToKeys(orderValues.flatMap((values) => [...values.values()]));
  const places = parts.flatMap((part, partIndex) => part.meta[1].map((_, page) => ({ partIndex, page, key: orderKeys.get(orderValues[partIndex]!.get(page)!) })));
  const keyed = places.filter((place) => place.key !== undefined).sort((a, b) => (a.key! < b.key! ? -1 : 1));
  const numbers = parts.map((part) => new Int32Array(part.meta[1].length));
  [...keyed, ...places.filter((place) => place.key === undefined)].forEach((place, number) => (numbers[place.partIndex]![place.page] = number));

  const pages: PfMetaPage[] = new Array<PfMetaPage>(places.length);
  const sources: Array<Generator<{ word: string; key: Buffer; entry: PfWord }>> = [];
  const filterValues = new Map<string, Map<string, number[]>>();
  const sorts = new Map<string, number[]>(sortNames.map((name) => [name, []]));
  const fragmentOwners = new Map<string, { part: number; name: string }>();
  const fragments: Array<Map<string, string>> = [];

  parts.forEach((part, partIndex) => {
    const ids = part.meta[5].map((field) => metaFields.indexOf(field));
    const fieldIds = ids.every((id, i) => id === i) ? undefined : ids;
    const partNumbers = numbers[partIndex]!;
    const names = new Map<string, string>();
    part.meta[1].forEach(([name, wordCount, ...rest], page) => {
      const key = orderKeys.get(orderValues[partIndex]!.get(page)!);
      let merged = key ?? name;
      // Another part's fragment under the same name: Pagefind keeps one name for identical pages, else lengthens the later one.
      for (let owner = key ? undefined : fragmentOwners.get(merged); owner; owner = fragmentOwners.get(merged)) {
        const full = fragmentFullHash(partIndex, name);
        if (full === fragmentFullHash(owner.part, owner.name)) break;
        merged = `${language}_${full}`.slice(0, merged.length + 1);
      }
      if (!fragmentOwners.has(merged)) fragmentOwners.set(merged, { part: partIndex, name });
      names.set(name, merged);
      pages[partNumbers[page]!] = [merged, wordCountToStep(wordCount), ...rest];
    });
    fragments.push(names);
    sources.push(partWords(part, partNumbers, fieldIds));
    for (const [filter, values] of part.filters.values()) {
      if (filter === SEARCH_ORDER_FILTER) continue;
      const merged = filterValues.get(filter) ?? filterValues.set(filter, new Map()).get(filter)!;
      for (const [value, valuePages] of values) {
        const list = merged.get(value) ?? merged.set(value, []).get(value)!;
        for (const page of valuePages) list.push(partNumbers[page]!);
      }
    }
    for (const [name, sorted] of part.meta[4]) for (const page of sorted) sorts.get(name)!.push(partNumbers[page]!);
  });
  for (const values of filterValues.values()) for (const list of values.values()) list.sort((a, b) => a - b);

  // Words in byte order, cut into chunks as Pagefind cuts them (but for a word that fills one alone), each encoded as
  // soon as it is whole.
  const chunks = new Map<string, Uint8Array>();
  const hashes: string[] = [];
  const firstAndLast: Array<[string, string]> = [];
  let current: PfWord[] = [];
  let size = 0;
  const endChunk = () => {
    for (const [, wordPages, variants] of current) {
      deltaPages(inPageOrder(wordPages));
      for (const [, formPages] of variants) deltaPages(inPageOrder(formPages));
    }
    const content = encode([current]);
    const hash = nameUnique(language, contentToFullHash(content), chunks);
    chunks.set(hash, content);
    hashes.push(hash);
    firstAndLast.push([current[0]![0], current.at(-1)![0]]);
    current = [];
    size = 0;
  };
  for (const word of mergedWords(sources)) {
    const added = wordSize(word);
    // A word that fills a chunk alone (إلى, في: on nearly every page) gets a chunk of its own, so that a search for a
    // word beside it in byte order (الهند, after الماني and before الي) does not fetch it.
    if (added >= chunkSize && current.length > 0) endChunk();
    current.push(word);
    size += added;
    if (size >= chunkSize) endChunk();
  }
  if (current.length > 0) endChunk();
  const metaChunks: PfMeta[2] = chunkBounds(firstAndLast).map(([from, to], i) => [from, to, hashes[i]!]);

  const filters = new Map<string, Uint8Array>();
  const metaFilters: PfMeta[3] = [...filterValues.keys()].sort(byBytes).map((filter) => {
    const values = [...filterValues.get(filter)!].sort(([a], [b]) => byBytes(a, b));
    const content = encode([filter, values]);
    const hash = nameUnique(language, contentToFullHash(content), filters);
    filters.set(hash, content);
    return [filter, hash];
  });

  const meta: PfMeta = [version, pages, metaChunks, metaFilters, sortNames.map((name) => [name, sorts.get(name)!]), metaFields];
  const content = encode(meta);
  return { meta: { hash: `${language}_${contentToFullHash(content).slice(0, 10)}`, content }, chunks, filters, fragments, pageCount: pages.length };
}
