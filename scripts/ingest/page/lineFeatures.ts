import { normalizeForMatching } from '../../../src/arabic/fold.ts';
import { ARABIC_STOPWORDS } from '../../../src/arabic/stopwords.ts';
import { BOILERPLATE } from '../../../src/data/index.ts';
import { IN_WORD, PAIR, STARTS_WORD, WORD_CLASS, wordClassAt } from './wordClass.ts';

/** What a line of a copied page looks like: the measures the boilerplate stage judges it by. */
export interface LineFeatures {
  /** Words (runs of letters or digits). */
  words: number;
  /** Words in Arabic script. */
  arabicWords: number;
  /** Share of the words that are Arabic stop-words (في، من، أن …): high in prose, nil in menus. */
  stopShare: number;
  /** Share of the words that are words of site interfaces and social networks (شارك، طباعة، Share …). */
  interfaceShare: number;
  /** How many words are such words. */
  interfaceWords: number;
  /** Ends like a sentence (. ؟ ! … or a closing quote after one). */
  sentenceEnd: boolean;
  /** Pieces when split at | • · / tabs, runs of spaces, or a breadcrumb's » › > « ‹ < between spaces: a menu has many short ones. */
  segments: number;
  /** Mean words per piece. */
  wordsPerSegment: number;
  /** A breadcrumb's arrow between spaces («الأرشيف » أخبار وطنية», «الرئيسية > العالم»). */
  trail: boolean;
  /** Arrows that run headlines together («آخر الأخبار ◂ … ◂ …»): a ticker or a list, not prose. */
  listArrows: number;
  /** Holds a URL, an e-mail address, a hashtag or ©. */
  webMarks: boolean;
  /** Letters of a script other than Arabic and Latin (한국어، 中文, Русский): a language menu. */
  foreignScript: boolean;
  /** The folded line. */
  key: string;
}

const interfaceWords = new Set(BOILERPLATE.interfaceWords.map(normalizeForMatching));
// (a guillemet with a space on both sides is a breadcrumb's arrow, «الأرشيف » أخبار وطنية»; in a quote it touches a word)
/** Arrows that run a ticker's or a list's headlines together: never in prose. */
const LIST_ARROWS = '›‹<>◂▸◃▹►◄';
/** A breadcrumb's arrows: the list's, and a guillemet between spaces («الأرشيف » أخبار وطنية»). */
const TRAIL_ARROWS = `»«${LIST_ARROWS}`;
const SEGMENT_SPLIT = new RegExp(`\\s*[|•·▪◦/\\\\]\\s*|\\t+|\\s{2,}|\\s+[-–—${TRAIL_ARROWS}]\\s+`);
const TRAIL_ARROW = new RegExp(`\\s[${TRAIL_ARROWS}]\\s`);
/** An arrow between headlines of a ticker or a list («آخر الأخبار ◂ … ◂ …»): never in prose, unlike a spaced guillemet. */
const LIST_ARROW = new RegExp(`\\s[${LIST_ARROWS}](?=\\s|$)`, 'g');
const FOREIGN = /[\u0400-\u04FF\u0E00-\u0E7F\u1100-\u11FF\u3040-\u30FF\u3400-\u9FFF\uAC00-\uD7AF]/;

/** Words past this many are not measured one by one: a long line's first words tell its shares well enough. */
const MEASURED_WORDS = 40;

const isArabicCode = (code: number) => code >= 0x0621 && code <= 0x06ff;

// What a measured word is, in one look-up: a stop-word or an interface word, alone or behind و / ف (as isStopword reads it).
const STOP = 1;
const INTERFACE = 2;
const wordFlags = new Map<string, number>();
const flag = (word: string, bit: number) => wordFlags.set(word, (wordFlags.get(word) ?? 0) | bit);
for (const word of ARABIC_STOPWORDS) {
  flag(word, STOP);
  if (word.length > 1) for (const lead of ['و', 'ف']) flag(lead + word, STOP);
}
for (const word of interfaceWords) for (const form of [word, `و${word}`, `ف${word}`]) flag(form, INTERFACE);

/** Whether a folded word is a word of a site's interface («حجم», «الخط», «اطبع»), alone or behind و / ف. */
export const isInterfaceWord = (folded: string): boolean => ((wordFlags.get(folded) ?? 0) & INTERFACE) !== 0;

/** Measures one trimmed line of a page. */
export function lineToFeatures(line: string): LineFeatures {
  const key = normalizeForMatching(line);
  let words = 0;
  let arabicWords = 0;
  let stops = 0;
  let ui = 0;
  const length = key.length;
  for (let at = 0; at < length; ) {
    const first = WORD_CLASS[key.charCodeAt(at)] || wordClassAt(key, at);
    at += first & PAIR ? 2 : 1;
    if ((first & STARTS_WORD) === 0) continue;
    const start = at - (first & PAIR ? 2 : 1);
    while (at < length) {
      const next = WORD_CLASS[key.charCodeAt(at)] || wordClassAt(key, at);
      if ((next & IN_WORD) === 0) break;
      at += next & PAIR ? 2 : 1;
    }
    if (isArabicCode(key.charCodeAt(start))) arabicWords++;
    if (words++ >= MEASURED_WORDS) continue;
    const flags = wordFlags.get(key.slice(start, at));
    if (flags !== undefined) {
      if (flags & STOP) stops++;
      if (flags & INTERFACE) ui++;
    }
  }
  // a long line of prose has no menu to split; only short lines are cut into pieces
  const segments = words > 30 ? [line] : line.split(SEGMENT_SPLIT).filter((piece) => /[\p{L}\p{N}]/u.test(piece));
  const count = Math.min(words, MEASURED_WORDS) || 1;
  return {
    words,
    arabicWords,
    stopShare: stops / count,
    interfaceShare: ui / count,
    interfaceWords: ui,
    sentenceEnd: /[.!?؟…]["'»”)\]]*$/.test(line) || /[.!?؟]\s*\(\S[^)]{0,30}\)$/.test(line),
    segments: segments.length,
    wordsPerSegment: words / (segments.length || 1),
    trail: words <= 30 && TRAIL_ARROW.test(line),
    listArrows: line.match(LIST_ARROW)?.length ?? 0,
    webMarks: /https?:\/\/|www\.|\S@\S|(^|\s)#\S|©/.test(line),
    foreignScript: words <= 30 && FOREIGN.test(line),
    key,
  };
}
