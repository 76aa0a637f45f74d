import { describe, expect, test } from 'vitest';
import { articleToSentences } from './sentences.ts';
import { delegationMembersIn } from './delegationMembers.ts';

/** The members the lede's sentence names before an office no title holds, as «name: role». */
const membersOf = (text: string) => {
  const sentence = articleToSentences({ title: 'عنوان', paragraphs: [text] })[1]!;
  return delegationMembersIn(sentence, new Set()).map((member) => `${sentence.tokens.slice(member.start, member.end).map((token) => token.norm).join(' ')}: ${member.office}`);
};

describe('delegationMembersIn', () => {
  test.each<[string, string, string[]]>([
    // saxifrage-01: the member after «ويرافقه», an «official» of a commission
    ['«ويرافقه» and «المسؤول»', 'وترأس الوفد الصيني تسوي تيان كاي ويرافقه وو قوي هوي المسؤول في اللجنة الوطنية للتنمية والإصلاح.', ['وو قوي هوي: مسؤول']],
    // germander-02: «المستشار», which the name reader would take for a family name
    ['«يرافقه» and «المستشار»', 'فيما قاد الجانب الياباني شنسكي سوجياما، يرافقه توشيهيسا تاكاتا المستشار في الأمانة العامة لوزارة الاقتصاد.', ['توشيهيسا تاكاتا: مستشار']],
    ['a word of attendance and «الوزير المفوض»', 'وترأس الجانب الياباني كينجي ياماموتو، وشارك فيه هيروشي سوزوكي الوزير المفوض في السفارة.', ['هيروشي سوزوكي: الوزير المفوض']],
    ['an office a title holds is the titles\' to read', 'وترأس الجانب الياباني كينجي ياماموتو، يرافقه هيروشي سوزوكي مدير إدارة آسيا.', []],
    ['no lead of a delegation before «يرافقه»', 'ووضع الوزير إكليلاً من الزهور، يرافقه هيروشي سوزوكي المستشار في السفارة.', []],
    ['no office after the name', 'وترأس الجانب الياباني كينجي ياماموتو، يرافقه وفد رفيع المستوى.', []],
  ])('%s', (_, text, expected) => {
    expect(membersOf(text)).toEqual(expected);
  });
});
