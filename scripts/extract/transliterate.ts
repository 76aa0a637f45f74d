import { TRANSLITERATION as table } from '../../src/data/index.ts';
import { isArabicMark } from '../../src/arabic/fold.ts';

const letters = new Map(Object.entries(table.letters));
const alifs = new Set(table.alifs);

function wordToLatin(word: string): string {
  let out = '';
  for (let i = 0; i < word.length; i++) {
    const char = word[i]!;
    const previous = word[i - 1];
    if (char === 'و' || char === 'ي') {
      const consonantal = i === 0 || (previous !== undefined && alifs.has(previous)) || (char === 'ي' && previous === 'و');
      out += char === 'و' ? (consonantal ? 'w' : 'u') : consonantal ? 'y' : 'i';
    } else out += letters.get(char) ?? (/[a-z0-9]/i.test(char) ? char.toLowerCase() : '');
  }
  return out;
}

/** A stable Latin slug for an Arabic name (هوانغ شوان تشين → huangh-shuan-tshin); Latin names are slugged as they are. */
export function arabicNameToSlug(name: string): string {
  const clean = [...name].filter((char) => !isArabicMark(char.charCodeAt(0))).join('');
  return clean
    .split(/[^\p{L}\p{N}]+/u)
    .map(wordToLatin)
    .filter(Boolean)
    .join('-')
    .replace(/-+/g, '-');
}
