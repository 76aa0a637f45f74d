import { describe, expect, test } from 'vitest';
import { japaneseNameProbability } from './japaneseNameShape.ts';

// Names none of which is in the gazetteer: the model must have learned the shape, not the people.
describe('japaneseNameProbability', () => {
  test.each(['ماتسوناغا هيساكي', 'هيروتاكا سوزومورا', 'كينتارو أونو', 'ساتو كينجي', 'يوكو أوكادا', 'تاكاهاشي ميتسورو'])('reads %s as Japanese', (name) => {
    expect(japaneseNameProbability(name)).toBeGreaterThan(0.9);
  });

  test.each(['محمد أبو بكر', 'خالد بن عبدالعزيز الفالح', 'جينا ريموندو', 'فان فان جيانغ', 'ويليام روتو', 'باسيرو ديوماي فاي'])('reads %s as not Japanese', (name) => {
    expect(japaneseNameProbability(name)).toBeLessThan(0.1);
  });
});
