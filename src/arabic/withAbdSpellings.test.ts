import { describe, expect, test } from 'vitest';
import { withAbdSpellings } from './withAbdSpellings.ts';

describe('withAbdSpellings', () => {
  test.each<[string, string[]]>([
    ['فيصل بن فرحان بن عبدالله', ['فيصل بن فرحان بن عبدالله', 'فيصل بن فرحان بن عبد الله']],
    ['عبد العزيز بن سلمان', ['عبد العزيز بن سلمان', 'عبدالعزيز بن سلمان']],
    ['سلمان بن عبدالعزيز بن عبدالرحمن', ['سلمان بن عبدالعزيز بن عبدالرحمن', 'سلمان بن عبد العزيز بن عبد الرحمن']],
    // «عبده» and a name without «عبد ال…» keep their one spelling
    ['محمد عبده', ['محمد عبده']],
    ['شينزو آبي', ['شينزو آبي']],
  ])('%s', (name, spellings) => {
    expect(withAbdSpellings(name)).toEqual(spellings);
  });
});
