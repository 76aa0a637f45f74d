import { foldChar, isArabicMark } from './normalizeArabic.ts';

/** One word of a sentence: its normalised form and where it sits in the original text. */
export interface Token {
  norm: string;
  start: number;
  end: number;
}

function isWordCode(code: number): boolean {
  return (
    (code >= 0x0621 && code <= 0x063a) ||
    (code >= 0x0641 && code <= 0x064a) ||
    (code >= 0x0660 && code <= 0x0669) ||
    (code >= 0x0671 && code <= 0x06d3) ||
    (code >= 0x06f0 && code <= 0x06f9) ||
    (code >= 48 && code <= 57) ||
    (code >= 65 && code <= 90) ||
    (code >= 97 && code <= 122) ||
    (code >= 0xc0 && code <= 0x24f)
  );
}

function isDigitCode(code: number): boolean {
  return (code >= 48 && code <= 57) || (code >= 0x0660 && code <= 0x0669) || (code >= 0x06f0 && code <= 0x06f9);
}

/** Splits text into normalised words; "2+2" (also "2 + 2") stays one token so format rules can see it. */
export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  let norm = '';
  let start = -1;
  let end = -1;
  const flush = () => {
    if (norm) tokens.push({ norm, start, end });
    norm = '';
    start = -1;
  };
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (isWordCode(code)) {
      if (start < 0) start = i;
      norm += foldChar(code);
      end = i + 1;
    } else if (isArabicMark(code) && start >= 0) {
      end = i + 1;
    } else if (code === 43 && start >= 0 && isDigitCode(text.charCodeAt(end - 1))) {
      // keep "2+2" together: look past spaces for the digit after the plus
      let next = i + 1;
      while (text.charCodeAt(next) === 32) next++;
      if (isDigitCode(text.charCodeAt(next))) {
        norm += '+';
        i = next - 1;
      } else flush();
    } else if (code === 32 && start >= 0 && isDigitCode(text.charCodeAt(end - 1))) {
      let next = i + 1;
      while (text.charCodeAt(next) === 32) next++;
      if (text.charCodeAt(next) === 43) i = next - 1;
      else flush();
    } else {
      flush();
    }
  }
  flush();
  return tokens;
}
