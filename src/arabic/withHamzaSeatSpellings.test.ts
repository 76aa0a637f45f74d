import { describe, expect, test } from 'vitest';
import { withHamzaSeatSpellings } from './withHamzaSeatSpellings.ts';

describe('withHamzaSeatSpellings', () => {
  test.each<[string, string[]]>([
    // the seat dropped …
    ['يوئيتشي فوكازاوا', ['يوئيتشي فوكازاوا', 'يويتشي فوكازاوا']],
    ['ساناي تاكائيتشي', ['ساناي تاكائيتشي', 'ساناي تاكايتشي']],
    ['كيئيتشي أونو', ['كيئيتشي أونو', 'كييتشي أونو']],
    // … or written, after ا، و or ي inside a word
    ['يويتشي فوكازاوا', ['يويتشي فوكازاوا', 'يوئيتشي فوكازاوا']],
    ['جونيشيرو كويزومي', ['جونيشيرو كويزومي', 'جونيشيرو كوئيزومي']],
    ['كييتشي إيشي', ['كييتشي إيشي', 'كيئيتشي إيشي']],
    // a word-initial «اي» or «وي», and a final «وي», are no hiatus inside a name
    ['ويليام هيغ', ['ويليام هيغ']],
    ['شينزو آبي', ['شينزو آبي']],
    ['تارو كونو', ['تارو كونو']],
    // a word-final «ئي» is a vowel of its own: Takei «تاكئي» is not Taki «تاكي»
    ['شونسوكي تاكئي', ['شونسوكي تاكئي']],
  ])('%s', (name, spellings) => {
    expect(withHamzaSeatSpellings(name)).toEqual(spellings);
  });
});
