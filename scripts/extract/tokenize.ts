import { foldForMatching } from '../../src/arabic/fold.ts';

/** One word of a folded sentence: its normalised form and where it sits in the folded text. */
export interface Token {
  norm: string;
  start: number;
  end: number;
  /** The word without proclitics, filled on first use by the phrase matcher. */
  forms?: string[];
  /** The bits of the phrase indexes one of `forms` starts a phrase of, filled on first use. */
  mask?: number;
  /** The same for the indexes past the first 31. */
  mask2?: number;
}

function isWordCode(code: number): boolean {
  if (code < 0x80) return (code >= 97 && code <= 122) || (code >= 48 && code <= 57) || (code >= 65 && code <= 90);
  return (code >= 0x0621 && code <= 0x064a) || (code >= 0x0660 && code <= 0x0669) || (code >= 0x066e && code <= 0x06d3) || (code >= 0x06f0 && code <= 0x06ff) || (code >= 0xc0 && code <= 0x24f && code !== 0xd7 && code !== 0xf7) || (code >= 0x0300 && code <= 0x036f);
}

const isDigit = (code: number) => code >= 48 && code <= 57;

/** Splits already-folded text into words; "2+2" (also "2 + 2") stays one token so format rules can see it. */
export function tokenizeFolded(folded: string): Token[] {
  const tokens: Token[] = [];
  const length = folded.length;
  let i = 0;
  while (i < length) {
    if (!isWordCode(folded.charCodeAt(i))) {
      i++;
      continue;
    }
    const start = i;
    while (i < length && isWordCode(folded.charCodeAt(i))) i++;
    let norm = folded.slice(start, i);
    if (isDigit(folded.charCodeAt(i - 1))) {
      // "2+2" or "2 + 2"
      let next = i;
      while (folded.charCodeAt(next) === 32) next++;
      if (folded.charCodeAt(next) === 43) {
        next++;
        while (folded.charCodeAt(next) === 32) next++;
        if (isDigit(folded.charCodeAt(next))) {
          let end = next;
          while (end < length && isDigit(folded.charCodeAt(end))) end++;
          norm = `${norm}+${folded.slice(next, end)}`;
          i = end;
        }
      }
    }
    // every token has the same shape from the start, so the phrase matcher's reads of forms and mask stay monomorphic
    tokens.push({ norm, start, end: i, forms: undefined, mask: undefined, mask2: undefined });
  }
  return tokens;
}

/** Splits text into normalised words (positions refer to foldForMatching(text)). */
export function tokenize(text: string): Token[] {
  return tokenizeFolded(foldForMatching(text));
}
