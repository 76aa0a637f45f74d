import { normalizeForMatching } from '../../../src/arabic/fold.ts';
import { isStopword } from '../../../src/arabic/stopwords.ts';
import { BOILERPLATE } from '../../../src/data/index.ts';

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
  /** Pieces when split at | • · / tabs or runs of spaces: a menu has many short ones. */
  segments: number;
  /** Mean words per piece. */
  wordsPerSegment: number;
  /** Holds a URL, an e-mail address, a hashtag or ©. */
  webMarks: boolean;
  /** Letters of a script other than Arabic and Latin (한국어، 中文, Русский): a language menu. */
  foreignScript: boolean;
  /** The folded line. */
  key: string;
}

const interfaceWords = new Set(BOILERPLATE.interfaceWords.map(normalizeForMatching));
const WORD = /[\p{L}\p{N}][\p{L}\p{M}\p{N}'’-]*/gu;
const ARABIC = /[\u0621-\u064A\u066E-\u06D3\u06FA-\u06FF]/;
const SEGMENT_SPLIT = /\s*[|•·▪◦/\\]\s*|\t+|\s{2,}|\s+[-–—]\s+/;
const FOREIGN = /[\u0400-\u04FF\u0E00-\u0E7F\u1100-\u11FF\u3040-\u30FF\u3400-\u9FFF\uAC00-\uD7AF]/;

/** Measures one trimmed line of a page. */
export function lineToFeatures(line: string): LineFeatures {
  const key = normalizeForMatching(line);
  const words = key.match(WORD) ?? [];
  let arabicWords = 0;
  let stops = 0;
  let ui = 0;
  for (const word of words) {
    if (ARABIC.test(word)) arabicWords++;
    if (isStopword(word)) stops++;
    if (interfaceWords.has(word) || interfaceWords.has(word.replace(/^[وف]/, ''))) ui++;
  }
  const segments = line.split(SEGMENT_SPLIT).filter((piece) => /[\p{L}\p{N}]/u.test(piece));
  const count = words.length || 1;
  return {
    words: words.length,
    arabicWords,
    stopShare: stops / count,
    interfaceShare: ui / count,
    interfaceWords: ui,
    sentenceEnd: /[.!?؟…]["'»”)\]]*$/.test(line) || /[.!?؟]\s*\(\S[^)]{0,30}\)$/.test(line),
    segments: segments.length,
    wordsPerSegment: words.length / (segments.length || 1),
    webMarks: /https?:\/\/|www\.|\S@\S|(^|\s)#\S|©/.test(line),
    foreignScript: FOREIGN.test(line),
    key,
  };
}
