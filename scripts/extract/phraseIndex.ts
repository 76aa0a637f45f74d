import { createHash } from 'node:crypto';
import { FATHATAN } from '../../src/arabic/codePoints.ts';
import { normalizeForMatching } from '../../src/arabic/fold.ts';
import { tokenize, type Token } from './tokenize.ts';

interface Entry<T> {
  rest: string[];
  value: T;
}

/** Phrases keyed by their first normalised word, longest first, for one linear pass over a sentence's tokens. */
export class PhraseIndex<T> extends Map<string, Entry<T>[]> {
  /** This index's bit in a word's masks: set when the word starts one of its phrases (OVERFLOW for indexes past the 62nd). */
  bit = OVERFLOW;
  /** Whether the bit is in a word's second mask (indexes 32 to 62), not its first. */
  high = true;
}

const procliticLeads = new Set(['و', 'ف', 'ب', 'ل', 'ك']);

/** The bit of every index built after the first 62: a word with it in its second mask may start a phrase of one of them. */
const OVERFLOW = 1 << 31;
/** How many indexes one mask holds a bit of (31: the sign bit is left to OVERFLOW). */
const BITS_PER_MASK = 31;
let indexesBuilt = 0;
/**
 * First word → the bits of the indexes it starts a phrase of, in two masks (the extraction builds about 45 indexes): a
 * token none of whose forms has an index's bit is skipped by that index at once.
 */
const firstWordMasks = new Map<string, number>();
const firstWordMasks2 = new Map<string, number>();

/** What a word's forms are and which indexes may start at it: asked of every token, so kept per word (a language's words repeat). */
const wordInfo = new Map<string, { forms: string[]; mask: number; mask2: number }>();
/** Enough for the vocabulary of tens of thousands of articles; past it the memo starts afresh rather than grow without bound. */
const WORD_INFO_MAX = 200_000;

/** Fills a token's forms and masks, once per token. */
function fillMasks(token: Token): void {
  let info = wordInfo.get(token.norm);
  if (info === undefined) {
    const forms = procliticLeads.has(token.norm[0]!) ? withoutProclitics(token.norm) : [token.norm];
    let mask = 0;
    let mask2 = 0;
    for (let i = 0; i < forms.length; i++) {
      mask |= firstWordMasks.get(forms[i]!) ?? 0;
      mask2 |= firstWordMasks2.get(forms[i]!) ?? 0;
    }
    info = { forms, mask, mask2 };
    if (wordInfo.size >= WORD_INFO_MAX) wordInfo.clear();
    wordInfo.set(token.norm, info);
  }
  token.forms ??= info.forms;
  token.mask = info.mask;
  token.mask2 = info.mask2;
}

/** Whether a phrase of this index may start at this token (the token's masks are computed on first use). */
function mayStartAt(index: PhraseIndex<unknown>, token: Token): boolean {
  if (token.mask === undefined) fillMasks(token);
  return ((index.high ? token.mask2! : token.mask!) & index.bit) !== 0;
}

/** One phrase found in a sentence: tokens [start, end). */
export interface PhraseMatch<T> {
  readonly value: T;
  readonly start: number;
  readonly end: number;
  /** True when the first token carried a proclitic (و، ف، ب، ل، ك). */
  readonly prefixed: boolean;
  /** The proclitic letters stripped from the first token, e.g. 'و' or 'لل'. */
  readonly prefix: string;
}

/** A folded word without «و» or «ب» and the article before it («والمبعوثة» → «مبعوثه», «السفير» → «سفير»). */
export function withoutAndArticle(norm: string): string {
  return norm.replace(/^(?:و|ب)?(?:ال)?/, '');
}

/** The forms a word may take once its proclitics are removed: و/ف then ب/ل/ك, and لل → ال. */
export function withoutProclitics(word: string): string[] {
  const forms = [word];
  const bases = [word];
  const first = word[0];
  if (word.length > 3 && (first === 'و' || first === 'ف')) {
    bases.push(word.slice(1));
    forms.push(word.slice(1));
  }
  for (const base of bases) {
    if (base.length <= 3) continue;
    // «للتعاون» is ل + التعاون; «للجنة» is ل + اللجنة, the article's lam merged with the word's own
    if (base.startsWith('لل')) forms.push(`ال${base.slice(2)}`, `ال${base.slice(1)}`);
    const lead = base[0];
    if (lead === 'ب' || lead === 'ل' || lead === 'ك') forms.push(base.slice(1));
  }
  return forms;
}

/** An index as kept between runs: each first word's entries, each entry's other words and the number of its pair. */
export type StoredPhraseIndex = Array<[first: string, entries: Array<[rest: string[], pair: number]>]>;

/** Where built indexes are kept, by the digest of their phrases (the ingest keeps them on disk: phraseIndexCache.ts). */
export interface PhraseIndexStore {
  get(key: string): StoredPhraseIndex | undefined;
  set(key: string, index: StoredPhraseIndex): void;
}

let store: PhraseIndexStore | undefined;

/**
 * Indexes built from now on are looked up in `next` by their phrases, and built and put there when missing: the modules
 * of the extraction build their indexes as they load, which cost each thread of the ingest about 0.2 s. Values are never
 * stored: an index read back takes each entry's value from the pairs it is given. The store must belong to one version
 * of this code and of fold.ts (the ingest keys its file by the pipeline's fingerprint).
 */
export function usePhraseIndexStore(next: PhraseIndexStore | undefined): void {
  store = next;
}

/** The store's key of an index: a digest of its phrases in order (their values play no part in its shape). */
function phrasesToKey(pairs: readonly (readonly [string, unknown])[]): string {
  // one string hashed at once: an update per phrase cost ten times as much
  return createHash('sha256')
    .update(pairs.map(([phrase]) => phrase).join('\0'))
    .digest('base64');
}

/** The accusative tanween (ARABIC FATHATAN), which a table may write and a page often leaves out. */
const TANWEEN_FATH = String.fromCharCode(FATHATAN);

/**
 * The folded spellings a table's phrase stands for: a phrase written with the accusative tanween («مبعوثاً خاصاً»)
 * matches the page that writes it (folded «مبعوث خاص», the alef dropped with the mark) and the page that leaves the mark
 * out («مبعوثا خاصا»).
 */
export function spellingsOf(phrase: string): string[] {
  const folded = normalizeForMatching(phrase);
  if (!phrase.includes(TANWEEN_FATH)) return [folded];
  const bare = normalizeForMatching(phrase.replaceAll(TANWEEN_FATH, ''));
  return bare === folded ? [folded] : [folded, bare];
}

/** Builds an index from [phrase, value] pairs; the first value given for a phrase wins. */
export function buildPhraseIndex<T>(pairs: Iterable<readonly [string, T]>): PhraseIndex<T> {
  const list = [...pairs];
  const index = new PhraseIndex<T>();
  index.high = indexesBuilt >= BITS_PER_MASK;
  index.bit = indexesBuilt < 2 * BITS_PER_MASK ? 1 << indexesBuilt % BITS_PER_MASK : OVERFLOW;
  indexesBuilt++;
  const key = store && phrasesToKey(list);
  const stored = key === undefined ? undefined : store!.get(key);
  if (stored) {
    for (const [first, entries] of stored) index.set(first, entries.map(([rest, pair]) => ({ rest, value: list[pair]![1] })));
  } else {
    const pairOf = new Map<Entry<T>, number>();
    const seen = new Set<string>();
    list.forEach(([phrase, value], pair) => {
      for (const spelling of spellingsOf(phrase)) {
        const words = tokenize(spelling).map((token) => token.norm);
        if (words.length === 0) continue;
        const wordsKey = words.join(' ');
        if (seen.has(wordsKey)) continue;
        seen.add(wordsKey);
        const entry = { rest: words.slice(1), value };
        pairOf.set(entry, pair);
        const entries = index.get(words[0]!) ?? [];
        entries.push(entry);
        index.set(words[0]!, entries);
      }
    });
    for (const entries of index.values()) entries.sort((a, b) => b.rest.length - a.rest.length);
    if (key !== undefined) store!.set(key, [...index].map(([first, entries]) => [first, entries.map((entry) => [entry.rest, pairOf.get(entry)!])]));
  }
  const masks = index.high ? firstWordMasks2 : firstWordMasks;
  for (const first of index.keys()) masks.set(first, (masks.get(first) ?? 0) | index.bit);
  // A word seen before this index may start one of its phrases now.
  wordInfo.clear();
  return index;
}

/** The longest phrase starting at token `at`, trying the word with and without proclitics. */
export function matchPhraseAt<T>(index: PhraseIndex<T>, tokens: Token[], at: number): PhraseMatch<T> | undefined {
  const token = tokens[at]!;
  if (!mayStartAt(index, token)) return undefined;
  const forms = token.forms!;
  let bestEntry: Entry<T> | undefined;
  let bestForm = '';
  for (let f = 0; f < forms.length; f++) {
    const entries = index.get(forms[f]!);
    if (entries === undefined) continue;
    for (let e = 0; e < entries.length; e++) {
      const entry = entries[e]!;
      if (bestEntry !== undefined && bestEntry.rest.length >= entry.rest.length) break;
      const rest = entry.rest;
      if (at + rest.length >= tokens.length) continue;
      let ok = true;
      for (let k = 0; ok && k < rest.length; k++) ok = tokens[at + 1 + k]!.norm === rest[k];
      if (ok) {
        bestEntry = entry;
        bestForm = forms[f]!;
        break;
      }
    }
  }
  if (bestEntry === undefined) return undefined;
  const word = token.norm;
  return { value: bestEntry.value, start: at, end: at + 1 + bestEntry.rest.length, prefixed: bestForm !== word, prefix: proclitic(word, bestForm) };
}

function proclitic(word: string, form: string): string {
  if (form === word) return '';
  if (form.startsWith('ال') && !word.includes(form)) return word.slice(0, word.length - form.length + 2);
  return word.slice(0, word.length - form.length);
}

/**
 * A sentence's tokens' masks together, kept per array: a sentence is asked of about fifty indexes, most of which start
 * nowhere in it. (Like a token's own masks, they are read once: every index is built before the first article.)
 */
const combinedMasks = new WeakMap<Token[], { mask: number; mask2: number }>();
/** Shorter arrays (a few words after a place) are scanned at once: keeping their masks would cost more than it saves. */
const COMBINED_MIN_TOKENS = 8;

/** Whether a phrase of this index may start at any of the tokens: false skips the scan of a sentence at once. */
function mayStartIn(index: PhraseIndex<unknown>, tokens: Token[]): boolean {
  if (tokens.length < COMBINED_MIN_TOKENS) return true;
  let combined = combinedMasks.get(tokens);
  if (combined === undefined) {
    let mask = 0;
    let mask2 = 0;
    for (let at = 0; at < tokens.length; at++) {
      const token = tokens[at]!;
      if (token.mask === undefined) fillMasks(token);
      mask |= token.mask!;
      mask2 |= token.mask2!;
    }
    combinedMasks.set(tokens, (combined = { mask, mask2 }));
  }
  return ((index.high ? combined.mask2 : combined.mask) & index.bit) !== 0;
}

/** Every non-overlapping phrase in the tokens, scanning left to right and taking the longest at each place. */
export function findPhrases<T>(index: PhraseIndex<T>, tokens: Token[]): readonly PhraseMatch<T>[] {
  if (!mayStartIn(index, tokens)) return NO_MATCHES;
  let byIndex = matchesByTokens.get(tokens);
  if (byIndex === undefined) matchesByTokens.set(tokens, (byIndex = new Map()));
  let found = byIndex.get(index) as readonly PhraseMatch<T>[] | undefined;
  if (found === undefined) byIndex.set(index, (found = scanPhrases(index, tokens)));
  return found;
}

/** No phrase: one array for every sentence an index finds nothing in. */
const NO_MATCHES: readonly never[] = Object.freeze([]);

/**
 * The phrases found in a sentence's words, per index: the stages ask the same index of the same sentence more than once,
 * and a sentence that comes back in another article shares its words (textToSentence), so it is scanned once.
 */
const matchesByTokens = new WeakMap<Token[], Map<PhraseIndex<unknown>, readonly PhraseMatch<unknown>[]>>();

/** findPhrases without the memo. */
function scanPhrases<T>(index: PhraseIndex<T>, tokens: Token[]): readonly PhraseMatch<T>[] {
  const matches: PhraseMatch<T>[] = [];
  for (let at = 0; at < tokens.length; ) {
    if (!mayStartAt(index, tokens[at]!)) {
      at++;
      continue;
    }
    const match = matchPhraseAt(index, tokens, at);
    if (match) {
      matches.push(match);
      at = match.end;
    } else at++;
  }
  return matches;
}
