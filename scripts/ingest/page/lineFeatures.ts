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
const SEGMENT_SPLIT = /\s*[|•·▪◦/\\]\s*|\t+|\s{2,}|\s+[-–—]\s+/;
const FOREIGN = /[\u0400-\u04FF\u0E00-\u0E7F\u1100-\u11FF\u3040-\u30FF\u3400-\u9FFF\uAC00-\uD7AF]/;

/** Words past this many are not measured one by one: a long line's first words tell its shares well enough. */
const MEASURED_WORDS = 40;

const isArabicCode = (code: number) => code >= 0x0621 && code <= 0x06ff;

/** Measures one trimmed line of a page. */
export function lineToFeatures(line: string): LineFeatures {
  const key = normalizeForMatching(line);
  const words = key.match(WORD) ?? [];
  let arabicWords = 0;
  let stops = 0;
  let ui = 0;
  const measured = Math.min(words.length, MEASURED_WORDS);
  for (let i = 0; i < words.length; i++) {
    const word = words[i]!;
    if (isArabicCode(word.charCodeAt(0))) arabicWords++;
    if (i >= measured) continue;
    if (isStopword(word)) stops++;
    if (interfaceWords.has(word)) ui++;
    else if ((word[0] === 'و' || word[0] === 'ف') && interfaceWords.has(word.slice(1))) ui++;
  }
  // a long line of prose has no menu to split; only short lines are cut into pieces
  const segments = words.length > 30 ? [line] : line.split(SEGMENT_SPLIT).filter((piece) => /[\p{L}\p{N}]/u.test(piece));
  const count = measured || 1;
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
    foreignScript: words.length <= 30 && FOREIGN.test(line),
    key,
  };
}
