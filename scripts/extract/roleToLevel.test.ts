import { describe, expect, test } from 'vitest';
import { heldRoleToLevel, isLeaderAndForeignMinister, roleToLevel } from './roleToLevel.ts';

describe('roleToLevel', () => {
  test.each([
    // batch 41 lupin-04 (KUNA): South Asia's foreign secretary heads the ministry's civil service, an official
    ['سكرتير الخارجية', 'official'],
    ['رئيس الوزراء', 'leader'],
    // a parliament's speaker, deputy speaker or member holds no office of the government (glen-04, lupin-02, tulip-03)
    ['رئيس مجلس النواب', 'legislator'],
    ['نائب رئيس مجلس النواب', 'legislator'],
    ['رئيسة الجمعية الوطنية', 'legislator'],
    ['عضو مجلس النواب', 'legislator'],
    // a civil servant, a military chief or a vice president is no political counterpart (cedar-05, dale-09, oast-08);
    // a vice-minister and a president's assistant are deputies still (a deputy prime minister sits in the cabinet: below)
    ['المدير العام لإدارة الشرق الأوسط وأفريقيا', 'official'],
    ['مساعد وزير الخارجية', 'official'],
    ['وكيل وزارة الخارجية', 'official'],
    ['رئيس هيئة الأركان', 'official'],
    ['نائب رئيس الجمهورية', 'official'],
    // batch 86's heartsease-08, batch 85's woad-06, heath-02: a title of «نائب رئيس» alone, its country written apart
    // («نائب رئيس جنوب أفريقيا»), is a vice president's; with a complement it is not («نائب رئيس الوزراء», below)
    ['نائب رئيس', 'official'],
    ['نائبة رئيس', 'official'],
    ['نائب رئيس المجلس الرئاسي', 'official'],
    // batch 77's goldenrod-07 (SPA): the state's name after the office, not its definite «الجمهورية»
    ['نائب رئيس جمهورية', 'official'],
    ['نائب وزير الخارجية', 'deputy'],
    // a mayor or a governor holds no office of the government (batch 75's dandelion-02, vervain-01, vanilla-06, ginger-07)
    ['رئيس بلدية طهران', 'official'],
    ['عمدة', 'official'],
    ['محافظ المثنى', 'official'],
    ['حاكمة طوكيو', 'official'],
    // batch 74's mustard-01 and mustard-02, yuzu-06: Japan's parliamentary vice-minister, not a civil servant's «السكرتير»
    ['السكرتير البرلماني لوزارة الخارجية اليابانية', 'deputy'],
    ['الأمين الدائم لوزارة الخارجية', 'official'],
    // batch 80's hellebore-05 (MAP): the Maghreb's «الأمين البرلماني», Japan's parliamentary vice-minister
    ['الأمين البرلماني لوزارة الخارجية اليابانية', 'deputy'],
    ['السكرتير', 'official'],
    ['مساعد رئيس الجمهورية', 'deputy'],
    ['ولي العهد رئيس مجلس الوزراء', 'leader'],
    // the Swiss president, as the gazetteer and the Swiss service write him (delta-01)
    ['رئيس الاتحاد السويسري', 'leader'],
    ['رئيس الكنفدرالية', 'leader'],
    // the crown prince named with his emirate, as the gazetteer and the press write Abu Dhabi's (horizon-07)
    ['ولي عهد أبوظبي', 'leader'],
    ['الرئيس', 'leader'],
    ['المستشارة الألمانية', 'leader'],
    ['رئيس مجلس الدولة الصيني', 'leader'],
    ['نائب رئيس مجلس الدولة', 'deputy'],
    // a word of a rule must end where the title's word ends: «المستشارين» (Morocco's upper house, batch 47's juniper-05) holds
    // no chancellor (its speaker sits in the parliament), «الأميري» (the Emir's court) no prince; a queen is a monarch as a king is
    ['رئيس مجلس المستشارين', 'legislator'],
    ['رئيس الديوان الأميري', undefined],
    ['الملكة', 'leader'],
    // batch 48's nettle-04 (SUNA): Japan's Chief Cabinet Secretary sits in the cabinet, no foreign minister's counterpart
    ['كبير أمناء مجلس الوزراء', 'minister'],
    ['وزير الخارجية', 'foreignMinister'],
    ['وزيرة الشؤون الخارجية', 'foreignMinister'],
    // South Africa's, Angola's and Cameroon's foreign ministers (batch 31's hale-10, glen-10, …)
    ['وزير العلاقات الدولية والتعاون', 'foreignMinister'],
    ['وزيرة العلاقات الدولية والتعاون', 'foreignMinister'],
    ['وزير العلاقات الخارجية', 'foreignMinister'],
    ['نائب رئيس الوزراء وزير الخارجية', 'foreignMinister'],
    ['وزير الدولة للشؤون الخارجية', 'deputy'],
    // the Maghreb's junior minister attached to a minister (north-12, pair-56)
    ['الوزير المنتدب', 'deputy'],
    ['الوزير المنتدب لدى وزير الشؤون الخارجية', 'deputy'],
    ['نائب وزير الخارجية', 'deputy'],
    ['وزير الدفاع', 'defenceMinister'],
    ['وزير الاقتصاد والتجارة والصناعة', 'economyMinister'],
    ['وزير الاستثمار', 'economyMinister'],
    // batches 47–65: the mines' and mining ministers METI's minister meets (hyssop-06, myrtle-07, quassia-06, xanthium-05)
    ['وزيرة المناجم', 'economyMinister'],
    ['وزير المناجم وتنمية المعادن', 'economyMinister'],
    ['وزيرة التعدين', 'economyMinister'],
    // the waiting set's bugleweed-06 (Kuwait), tormentil-03 (Mozambique), saxifrage-06 (India): electricity, mineral
    // resources and petroleum ministers meet Japan's trade and industry minister
    ['وزير الكهرباء والماء', 'economyMinister'],
    ['وزيرة الموارد المعدنية والطاقة', 'economyMinister'],
    ['وزير البترول والغاز الطبيعي والصلب', 'economyMinister'],
    ['وزير الداخلية', 'minister'],
    // batch 70's fig-06 (Oman's deputy premier receiving an adviser: a visit) and batch 63's kava-08 (Mongolia's with
    // Japan's foreign minister: a minister of another portfolio) — a deputy prime minister sits in the cabinet
    ['نائب رئيس الوزراء لشؤون مجلس الوزراء', 'minister'],
    ['نائب رئيس الوزراء', 'minister'],
    ['السفير', 'deputy'],
    // a minister whose portfolios end in foreign affairs (France's, Senegal's, batch 53's lilac-06: Tuvalu's), the Pope
    ['وزير أوروبا والشؤون الخارجية', 'foreignMinister'],
    ['وزيرة التكامل الأفريقي والشؤون الخارجية', 'foreignMinister'],
    ['وزير العدل والاتصالات والشؤون الخارجية', 'foreignMinister'],
    ['وزير الدولة للتعاون والشؤون الخارجية', 'deputy'],
    ['البابا', 'leader'],
    // batch 95's figwort-08: the Egyptian spelling «الشئون» of a woman's office
    ['وزيرة الشئون الخارجية والتعاون', 'foreignMinister'],
    // an adviser to a leader holds the adviser's office, not the leader's (batch 47's hawthorn-04, batch 50's acacia-07)
    ['مستشار رئيس الوزراء', 'deputy'],
    ['المستشار الخاص لرئيس الوزراء', 'deputy'],
    ['مستشارة الرئيس', 'deputy'],
    // a leader's envoy, a woman too (batch 59's teasel-07: «المبعوثة الخاصة لرئيس الوزراء الياباني»)
    ['المبعوث الخاص لرئيس الوزراء', 'deputy'],
    ['المبعوثة الخاصة', 'deputy'],
    // a first or permanent deputy of a minister (batch 59's sorghum-08: Vietnam's «النائب الدائم لوزير الخارجية»), a
    // first vice president an official
    ['النائب الدائم لوزير الخارجية', 'deputy'],
    ['النائب الأول لوزير الخارجية', 'deputy'],
    ['النائب الأول للرئيس', 'official'],
  ])('%s → %s', (role, level) => {
    expect(roleToLevel(role)).toBe(level);
  });

  test('gives none for a title that is no office', () => {
    expect(roleToLevel('الدكتور')).toBeUndefined();
  });

  // an office no longer held gives its holder no office of the government in the talks, as a legislator's seat does, no
  // political counterpart's nor a senior official's (batch 47's juniper-03, batch 87f's wolfsbane pages: a former prime
  // minister as a guest is «other»; waiting mallow-03 and alkanet-06: with a vice-minister or a minister, no dialogue of
  // deputies and no visit), though the title still tells the office the gazetteer looks the person up by
  test.each([
    ['رئيس الوزراء السابق', 'legislator'],
    ['وزير الخارجية الأسبق', 'legislator'],
    ['عضو اللجنة المركزية رئيس الوزراء السابق', 'legislator'],
    ['رئيس الوزراء', 'leader'],
  ])('held: %s → %s', (role, level) => {
    expect(heldRoleToLevel(role)).toBe(level);
  });
  test('a former office keeps its level for the gazetteer', () => {
    expect(roleToLevel('رئيس الوزراء السابق')).toBe('leader');
  });
});

describe('isLeaderAndForeignMinister', () => {
  test.each<[string, boolean]>([
    ['مستشارة الدولة وزيرة الخارجية', true],
    ['رئيس مجلس الوزراء وزير الخارجية', true],
    // a deputy prime minister who is foreign minister is a foreign minister, no leader
    ['نائب رئيس الوزراء وزير الخارجية', false],
    ['رئيس الوزراء', false],
    ['وزير الخارجية', false],
  ])('%s → %s', (role, expected) => {
    expect(isLeaderAndForeignMinister(role)).toBe(expected);
  });
});
