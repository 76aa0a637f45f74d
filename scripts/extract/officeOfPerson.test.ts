import { describe, expect, test } from 'vitest';
import { officeAfterHonorific, officeTitleAfterHonorific } from './officeOfPerson.ts';
import { articleToSentences } from './sentences.ts';

const sentenceOf = (text: string) => articleToSentences({ title: text, paragraphs: [] })[0]!;
/** The token just past `name` in the sentence. */
const endOf = (text: string, name: string) => {
  const sentence = sentenceOf(text);
  const words = name.split(' ');
  return [sentence, sentence.tokens.findIndex((token) => token.norm === words[0]) + words.length] as const;
};

describe('the office written after a name behind a form of address', () => {
  test('as written, up to a comma; as the table spells it', () => {
    const [sentence, end] = endOf('والتقى الدكتور سلطان الجابر، وزير الصناعة والتكنولوجيا المتقدمة، نظيره الياباني.', 'سلطان الجابر');
    expect(officeAfterHonorific(sentence, 'الدكتور', end, new Set())).toBe('وزير الصناعة والتكنولوجيا المتقدمة');
    const [plain, plainEnd] = endOf('واستقبل السيد بدر البوسعيدي الأمين العام لوزارة الخارجية الوفد.', 'بدر البوسعيدي');
    expect(officeTitleAfterHonorific(plain, 'السيد', plainEnd)).toBe('الأمين العام');
  });
  test('no office after a name without a form of address, nor the next person\'s behind «و»', () => {
    const [sentence, end] = endOf('والتقى سلطان الجابر وزير الصناعة نظيره.', 'سلطان الجابر');
    expect(officeAfterHonorific(sentence, 'وزير', end, new Set())).toBeUndefined();
    const [listed, listedEnd] = endOf('وحضر السيد أنيفه أمان ووزير التجارة.', 'أنيفه أمان');
    expect(officeTitleAfterHonorific(listed, 'السيد', listedEnd)).toBeUndefined();
  });
});
