import { describe, expect, test } from 'vitest';
import { buildPhraseIndex, findPhrases, spellingsOf, usePhraseIndexStore, withoutProclitics, type StoredPhraseIndex } from './phraseIndex.ts';
import { tokenize } from './tokenize.ts';

describe('withoutProclitics', () => {
  test('strips و، ف، ب، ل، ك and turns لل into ال', () => {
    expect(withoutProclitics('لليابان')).toContain('اليابان');
    expect(withoutProclitics('وبالهند')).toContain('الهند');
    expect(withoutProclitics('وفيتنام')).toContain('فيتنام');
  });
  test('leaves short words whole', () => {
    expect(withoutProclitics('بين')).toEqual(['بين']);
  });
});

describe('spellingsOf', () => {
  test.each([
    ['مبعوثاً خاصاً', ['مبعوث خاص', 'مبعوثا خاصا']],
    ['اتصالاً هاتفياً', ['اتصال هاتفي', 'اتصالا هاتفيا']],
    ['مبعوثا خاصا', ['مبعوثا خاصا']],
    ['المبعوث الخاص', ['المبعوث الخاص']],
  ])('%s stands for %j', (phrase, spellings) => {
    expect(spellingsOf(phrase)).toEqual(spellings);
  });
  test('a phrase written with tanween matches pages with and without it', () => {
    const index = buildPhraseIndex([['مبعوثاً خاصاً', true]]);
    expect(findPhrases(index, tokenize('زارها مبعوثاً خاصاً للرئيس'))).toHaveLength(1);
    expect(findPhrases(index, tokenize('زارها مبعوثا خاصا للرئيس'))).toHaveLength(1);
    expect(findPhrases(index, tokenize('زارها المبعوث الخاص للرئيس'))).toHaveLength(0);
  });
});

describe('findPhrases', () => {
  const index = buildPhraseIndex([
    ['كوريا الجنوبية', 'KR'],
    ['كوريا الشمالية', 'KP'],
    ['اليابان', 'JP'],
  ]);
  test('prefers the longest phrase and allows proclitics on its first word', () => {
    const found = findPhrases(index, tokenize('بين اليابان وكوريا الجنوبية ولكوريا الشمالية'));
    expect(found.map((match) => match.value)).toEqual(['JP', 'KR', 'KP']);
    expect(found[1]).toMatchObject({ prefixed: true, prefix: 'و' });
  });
  test('does not match a phrase cut short', () => {
    expect(findPhrases(index, tokenize('كوريا وحدها'))).toEqual([]);
  });
  test('a long sentence: a phrase behind a proclitic at its end is found, and one with none of its words finds none', () => {
    const long = 'وقال الوزير في مؤتمر صحفي عقده بعد المحادثات إن البلدين اتفقا على تعزيز التعاون مع';
    expect(findPhrases(index, tokenize(`${long} ولكوريا الشمالية`)).map((match) => match.value)).toEqual(['KP']);
    expect(findPhrases(index, tokenize(long))).toEqual([]);
  });
  test('a sentence asked again gives the same matches, read once; other words or another index are read afresh', () => {
    // (every index is built before the words it reads: a word's masks are filled once)
    const other = buildPhraseIndex([['سيئول', 'Seoul']]);
    const tokens = tokenize('اجتمع وزيرا خارجية اليابان وكوريا الجنوبية في سيئول اليوم لبحث التعاون');
    const first = findPhrases(index, tokens);
    expect(findPhrases(index, tokens)).toBe(first);
    expect(findPhrases(index, tokenize('اجتمع وزيرا خارجية اليابان وكوريا الشمالية في سيئول اليوم لبحث التعاون')).map((match) => match.value)).toEqual(['JP', 'KP']);
    expect(findPhrases(other, tokens).map((match) => match.value)).toEqual(['Seoul']);
    expect(first.map((match) => match.value)).toEqual(['JP', 'KR']);
  });
});

describe('usePhraseIndexStore', () => {
  const city = { name: 'طوكيو' };
  const pairs = () => [['كوريا الجنوبية', 'KR'], ['طوكيو', city], ['كوريا', 'K'], ['كوريا الجنوبية', 'ignored']] as const;
  const sentence = tokenize('زار لكوريا الجنوبية ثم طوكيو وكوريا');

  test('reads back an index as it was built, its values taken from the pairs given; other phrases miss', () => {
    const kept = new Map<string, StoredPhraseIndex>();
    usePhraseIndexStore({ get: (key) => kept.get(key), set: (key, index) => void kept.set(key, index) });
    try {
      const built = buildPhraseIndex<unknown>(pairs());
      expect(kept.size).toBe(1);
      const [stored] = [...kept.values()];
      let gets = 0;
      usePhraseIndexStore({ get: (key) => (gets++, kept.get(key)), set: () => expect.unreachable('an index in the store is not built again') });
      const read = buildPhraseIndex<unknown>(pairs());
      expect(gets).toBe(1);
      expect([...read]).toEqual([...built]);
      const found = findPhrases(read, sentence);
      expect(found).toEqual(findPhrases(built, sentence).map((match) => ({ ...match })));
      expect(found.map((match) => match.value)).toEqual(['KR', city, 'K']);
      expect(found[1]!.value).toBe(city);
      expect(stored).toEqual([...built].map(([first, entries]) => [first, entries.map((entry) => [entry.rest, pairs().findIndex(([phrase, value]) => value === entry.value && phrase)])]));
      let built2 = 0;
      usePhraseIndexStore({ get: (key) => kept.get(key), set: () => void built2++ });
      buildPhraseIndex([['كوريا الشمالية', 'KP']]);
      expect(built2).toBe(1);
    } finally {
      usePhraseIndexStore(undefined);
    }
  });
});
