import { describe, expect, test } from 'vitest';
import { classifyParties } from './classifyParties.ts';
import { findCountries } from './findCountries.ts';
import { findOfficials } from './findOfficials.ts';
import { articleToSentences } from './sentences.ts';
import { sideLevels } from './sideLevels.ts';

/** The levels each party met at, as the extraction reads them from an article's paragraphs. */
const levelsIn = (...paragraphs: string[]) => {
  const sentences = articleToSentences({ title: 'عنوان', paragraphs });
  const countries = findCountries(sentences);
  const people = findOfficials(sentences, countries);
  const sides = classifyParties(sentences, countries, people.officials);
  const levels = sideLevels(sentences, countries, people.officials, sides.parties);
  const toObject = (map: ReadonlyMap<string, ReadonlySet<string>> | undefined) => map && Object.fromEntries([...map].map(([code, held]) => [code, [...held].sort()]));
  return { all: toObject(levels.all), lead: toObject(levels.lead), ambassadorsOnly: [...(levels.ambassadorsOnly ?? [])] };
};

describe('sideLevels', () => {
  // batch 77's goldenrod-07 (SPA), waiting opal-06: the state word after «نائب رئيس» makes it a vice president's office,
  // an official's level, not a deputy minister's
  test('«نائب رئيس جمهورية إندونيسيا» is a vice president: an official', () => {
    expect(levelsIn('استقبل رئيس الوزراء الياباني فوميو كيشيدا اليوم في طوكيو نائب رئيس جمهورية إندونيسيا.').all).toEqual({ ID: ['official'], JP: ['leader'] });
  });
  // pairs48's pair-166 (AMI): congratulations «باسم رئيس الوزراء» («in the name of», as «نيابة عن») are his envoy's
  test('the leader in whose name one spoke («باسم رئيس الوزراء») held no level in the talks', () => {
    const levels = levelsIn('استقبل الرئيس الموريتاني سيدي محمد ولد الشيخ عبد الله اليوم في نواكشوط وزير الدولة الياباني ماسايوشي هامادا الذي قدم له التهنئة باسم رئيس الوزراء الياباني والحكومة اليابانية.');
    expect(levels.all?.JP ?? []).not.toContain('leader');
    expect(levels.all?.MR).toContain('leader');
  });
  // waiting betony-08 (Anadolu), zapote-01 (Okaz), pitomba-04 and pair-242: Japan's imperial family holds no office of
  // the government, whatever a Gulf crown prince's title reads
  test.each([
    'استقبل الرئيس رجب طيب أردوغان في المجمع الرئاسي بأنقرة اليوم ولي العهد الياباني الأمير أكيشينو.',
    'استقبل خادم الحرمين الشريفين الملك سلمان بن عبدالعزيز في قصر اليمامة بالرياض مساء أمس ولي عهد اليابان الأمير ناروهيتو.',
  ])('a Japanese crown prince meets at an official\'s level, not a leader\'s: %s', (sentence) => {
    const levels = levelsIn(sentence).all;
    expect(levels?.JP).toEqual(['official']);
  });
  // waiting oxeye-02, chestnut-02, pulasan-02, safou-02, marang-04 (a foreign ministers' meeting) and lantern-01,
  // umber-03 (a summit): a leader who holds the foreign ministry too meets a foreign minister as his counterpart
  test('a leader who is foreign minister too meets a foreign minister at a foreign minister\'s level', () => {
    expect(levelsIn('بحث وزير الخارجية الياباني تارو كونو في نايبيداو اليوم مع مستشارة الدولة وزيرة الخارجية في ميانمار أونغ سان سو تشي العلاقات الثنائية.').all).toEqual({ JP: ['foreignMinister'], MM: ['foreignMinister'] });
  });
  test('… and a leader at a leader\'s', () => {
    const levels = levelsIn('بحث رئيس الوزراء الياباني شينزو آبي في طوكيو اليوم مع مستشارة الدولة وزيرة الخارجية في ميانمار أونغ سان سو تشي العلاقات الثنائية.').all;
    expect(levels?.JP).toEqual(['leader']);
    expect(levels?.MM).toContain('leader');
  });
  test('a side with a leader who is not foreign minister keeps the leader\'s level', () => {
    expect(levelsIn('استقبل الرئيس الميانماري ثين سين في نايبيداو اليوم وزير الخارجية الياباني فوميو كيشيدا، بحضور مستشارة الدولة وزيرة الخارجية أونغ سان سو تشي.').all?.MM).toContain('leader');
  });
  test('a Gulf crown prince still meets at a leader\'s level', () => {
    expect(levelsIn('استقبل رئيس الوزراء الياباني شينزو آبي في طوكيو اليوم ولي عهد أبوظبي الشيخ محمد بن زايد آل نهيان.').all?.AE).toEqual(['leader']);
  });
  // pair-41 and dell-04: «سفير اليابان لدى …» is a post; «السفير» before a name is also a senior diplomat's honorific (ridge-09)
  test('a party met by its ambassador alone, his post written «سفير … لدى …», not the honorific «السفير»', () => {
    expect(levelsIn('استقبل وزير الاقتصاد والتخطيط التونسي سمير سعيد سفير اليابان لدى تونس شينسوكي شيميزو.').ambassadorsOnly).toEqual(['JP']);
    expect(levelsIn('ترأس الجانب التركي المدير العام للشؤون الأمنية ألبر جوشكون، والجانب الياباني السفير كاتسوهيكو تاكاهاشي.').ambassadorsOnly).toEqual([]);
  });
  // batch 60's hawthorn-03 and orchid-07 (Saba), vervain-08 (MENA) and daphne-02 (Anadolu), dev delta-12: the post with
  // the state it serves, or told beside the honorific, before or after the name
  test.each([
    [['بحث سفير الجمهورية اليمنية لدى اليابان عادل بن علي السنيني اليوم مع مدير عام دائرة الشرق الأوسط بوزارة الخارجية اليابانية السفير توشيهيدي أندو العلاقات بين البلدين.'], 'YE'],
    [['استقبل نائب وزير الخارجية الياباني كيوتو تسوجي اليوم السفير محمد أبو بكر سفير مصر لدى اليابان في طوكيو.'], 'EG'],
    [['التقى وزير الدولة للشؤون الخارجية الياباني كينجي يامادا السفير التركي كوركوت غونغن.', 'وشارك يامادا في مأدبة غداء أقامها سفير تركيا لدى طوكيو كوركوت غونغن.'], 'TR'],
  ])('a party met by its ambassador, his post told: %s', (paragraphs, party) => {
    expect(levelsIn(...paragraphs).ambassadorsOnly).toEqual([party]);
  });
  // waiting thistle-03 (Gabonese presidency), pair-112 (IRNA), nutmeg-08 (TAP): a side the story names by its ambassador
  // alone, the honorific with his state's nisba right after it («السفير الياباني») or the post with its capital
  test.each([
    [['استقبل رئيس المرحلة الانتقالية في الغابون الجنرال بريس أوليغي نغيما يوم الاثنين في القصر الرئاسي بليبرفيل السفير الياباني.'], 'JP'],
    [['أكد وزير الجهاد الزراعي الإيراني خلال استقباله اليوم السبت سفير طوكيو في طهران أهمية التعاون في مجال المياه.'], 'JP'],
    [['تسلم وزير الشؤون الخارجية التونسي محمد علي النفطي اليوم الخميس نسخة من أوراق اعتماد السفير الياباني الجديد بتونس.'], 'JP'],
  ])('a party the story names by its ambassador alone: %s', (paragraphs, party) => {
    expect(levelsIn(...paragraphs).ambassadorsOnly).toEqual([party]);
  });
  test('a side whose minister the story names is not met by the ambassador beside him', () => {
    expect(levelsIn('استقبل الرئيس الغابوني بريس أوليغي نغيما اليوم وزير الخارجية الياباني، بحضور السفير الياباني لدى الغابون.').ambassadorsOnly).toEqual([]);
  });
  // waiting kumquat-07 (Saba): «القائم بأعمال السفير» heads the embassy as «القائم بأعمال السفارة» does
  test('a party met by its chargé d\'affaires written «القائم بأعمال السفير»', () => {
    expect(levelsIn('استقبل رئيس مجلس الوزراء اليمني معين عبدالملك اليوم في عدن القائم بأعمال السفير الياباني لدى اليمن كازوهيرو هيغاشي.').ambassadorsOnly).toEqual(['JP']);
  });
  // batch 80's foxglove-02 (Asharq Al-Awsat): the leader whose visit the talks prepare gives his country no level, as
  // findOfficials lists him not
  test('a title in a clause of an event being prepared («التحضيرات لزيارة الرئيس الروسي») gives no level', () => {
    expect(levelsIn('اتفق وزير الخارجية الياباني نوبوتاكا ماتشيمورا ونظيره الروسي سيرغي لافروف أمس في بروكسل على الإسراع في التحضيرات لزيارة الرئيس الروسي فلاديمير بوتين إلى اليابان.').all).toEqual({ JP: ['foreignMinister'], RU: ['foreignMinister'] });
  });
  // pairs79's pair-227 (INA): the leaders of the summit told after «غداة» (the day before) give their countries no level
  test('a title in a clause of another occasion («غداة القمة التي جمعت أمس رئيس الوزراء …») gives no level', () => {
    expect(levelsIn('عقد وزير الخارجية الياباني يوشيماسا هاياشي اليوم في طوكيو مباحثات مع نظيره الفيتنامي بوي ثانه سون، وذلك غداة القمة التي جمعت أمس رئيس الوزراء الياباني فوميو كيشيدا ونظيره الفيتنامي فام مينه تشينه.').all).toEqual({ JP: ['foreignMinister'], VN: ['foreignMinister'] });
  });
  // batch 88's sweetflag-01 (KUNA), batch 85's betony-07 («سفير جمهورية»): the post read with its state word and no article
  test('a party met by its ambassador, the role read «سفير دولة»', () => {
    expect(levelsIn('وجاء ذلك خلال لقاء وزير إدارة الكوارث الياباني تاتسو هيرانو مع سفير دولة الكويت لدى اليابان عبدالرحمن العتيبي.').ambassadorsOnly).toEqual(['KW']);
  });
  // batch 69's allspice-07 (WAM): the post read as the role, with its country and the one it serves in
  test('a party met by its ambassador, the role read «سفير اليابان لدى الدولة»', () => {
    expect(levelsIn('استقبل معالي محمد بن أحمد البواردي وزير الدولة لشؤون الدفاع، في مكتبه أمس، سعادة أكيو إيسوماتا سفير اليابان لدى الدولة.').ambassadorsOnly).toEqual(['JP']);
  });
  // batch 58's gorse-09: the ambassador a leader received after the talks is not the leader
  test('a post told after a name in the sentence\'s object is the object\'s, not the subject\'s', () => {
    expect(levelsIn('استقبلت رئيسة الوزراء البنغلادشية الشيخة حسينة وزير الإنعاش الاقتصادي الياباني توشيميتسو موتيغي في دكا.', 'وفي وقت لاحق استقبلت الشيخة حسينة سفير نيبال لدى بنغلادش تشوب لال بوسال.').ambassadorsOnly).toEqual([]);
  });
  // batch 62's galangal-08 (NHK): a chargé d'affaires heads the embassy, as an ambassador does; a woman's title too
  test.each([
    'استقبل وزير الدولة الياباني للشؤون الخارجية إيواو هوري في طوكيو القائمة بالأعمال بالنيابة في سفارة نيوزيلندا لدى اليابان آنا لويز دنكان.',
    'استقبل وزير الدولة الياباني للشؤون الخارجية إيواو هوري في طوكيو القائم بأعمال السفارة النيوزيلندية لدى اليابان جون سميث.',
  ])('a party met by its chargé d\'affaires alone is met by its head of mission: %s', (text) => {
    expect(levelsIn(text).ambassadorsOnly).toEqual(['NZ']);
  });
  // batch 66's yuzu-05 and yuzu-06: Japan's parliamentary vice-minister as «السكرتير البرلماني لوزير الخارجية» is
  // the minister's junior, not the minister
  test('«السكرتير البرلماني لوزير الخارجية الياباني X» holds no minister\'s level, the minister behind «ل» is his principal', () => {
    const levels = levelsIn('أجرى السكرتير البرلماني لوزير الخارجية الياباني، كينجي يامادا، يوم الثلاثاء في أنتاناناريفو محادثات مع وزير الخارجية الملغاشي هاجو أندريانايناريفيلو.');
    expect(levels.all?.JP).not.toContain('foreignMinister');
    expect(levels.all?.JP?.length).toBe(1);
  });
  // batch 98's dropseed-02 (a Ugandan site; kale-06 and mimosa-02 write «النائب البرلماني لوزير الخارجية» too): so is
  // «نائبة برلمانية لوزير الخارجية»
  test('«نائبة برلمانية لوزير الخارجية الياباني» holds no minister\'s level either', () => {
    const levels = levelsIn('التقت نائبة برلمانية لوزير الخارجية الياباني تشينامي نيشيمورا يوم الخميس في كمبالا وزير الخارجية الأوغندي سام كوتيسا.');
    expect(levels.all?.JP).not.toContain('foreignMinister');
  });
  // pair-47 (Al-Ayam): two foreign ministers met on the sidelines of a former prime minister's state funeral
  test('a former office-holder named with his title holds no level in the talks', () => {
    const levels = levelsIn('التقى وزير الخارجية البحريني عبداللطيف الزياني أمس في طوكيو وزير خارجية اليابان يوشيماسا هاياشي، على هامش المشاركة في مراسم الجنازة الرسمية لرئيس الوزراء الياباني الأسبق شينزو آبي.');
    expect(levels.lead?.JP).toEqual(['foreignMinister']);
    expect(levels.all?.JP).not.toContain('leader');
  });
  // batch 53's narcissus-06 (Awoko): «مبعوث رئيس وزراء اليابان» in construct, as «المبعوث الخاص لرئيس الوزراء»: the
  // principal did not meet; and an adviser to a leader holds an adviser's office (batch 47's hawthorn-04)
  test('the principal of an envoy or adviser gives his country no leader', () => {
    expect(levelsIn('التقى مبعوث رئيس وزراء اليابان رئيس سيراليون جوليوس مادا بيو اليوم في فريتاون.').all?.JP ?? []).not.toContain('leader');
    expect(levelsIn('اجتمع وزير الخارجية القطري أمس مع المستشار الخاص لرئيس الوزراء الياباني كينتارو سونورا.').all?.JP ?? []).not.toContain('leader');
  });
  // moor-04 (Hespress) and pair-56: the minister an office is attached to («… لدى وزير الشؤون الخارجية الياباني») did not meet
  test('a title after «لدى» gives its country no level', () => {
    const levels = levelsIn('جمعت المباحثات اليوم بالرباط كاتبة الدولة المغربية ووزير الدولة الياباني، الوزير المنتدب لدى وزير الشؤون الخارجية الياباني.');
    expect(levels.all?.JP).not.toContain('foreignMinister');
  });
  // batch 34's tide-03 (Al-Yaum): the leaders sign in the lede; the talks' sentence calls them «الزعيمان» and names the ministers who attended
  test('«الزعيمان» in the talks\' sentence: both parties met at leader level, whoever else it names', () => {
    const levels = levelsIn('وقع رئيس الوزراء الياباني شينزو آبي ونظيرته البنجلاديشية الشيخة حسينة أمس في طوكيو بياناً مشتركاً.', 'وعقد الزعيمان جلسة محادثات في مقر رئاسة الحكومة اليابانية، حضرها وزيرا خارجية البلدين فوميو كيشيدا وأبو الحسن محمود علي.');
    expect(levels.lead?.JP).toContain('leader');
    expect(levels.lead?.BD).toContain('leader');
  });
  // batch 34's sage-06 (Asharq): the vice-ministers' dialogue came days after the leaders' summit, told in a relative clause
  test('titles in a relative clause of a past occasion past the lede give no level', () => {
    const levels = levelsIn('عقدت كوريا الجنوبية واليابان الجمعة الجولة السادسة عشرة من الحوار الاستراتيجي في سول.', 'وترأس الحوار النائب الأول لوزير الخارجية الكوري الجنوبي بارك يون-جو ونظيره الياباني نائب وزير الخارجية تاكيهيرو فوناكوشي، بعد أيام من القمة التي جمعت الرئيس الكوري الجنوبي لي جيه-ميونغ ورئيسة الوزراء اليابانية ساناي تاكايتشي الأسبوع الماضي.');
    expect(levels.all?.JP).not.toContain('foreignMinister');
    expect(levels.all?.JP?.length).toBe(1);
    expect(levels.all?.KR ?? []).not.toContain('leader');
  });
  // batch 36's gorse-03 (Al-Ayam): «الياباني» after «الملك» is the envoy's nisba, the next title's
  test('a title\'s country is not read past another title', () => {
    const levels = levelsIn('استقبل الملك حمد بن عيسى آل خليفة أمس المبعوث الياباني الخاص كينجي ياماموتو.', 'ورحب جلالة الملك بالمبعوث الياباني والوفد المرافق له، واستعرض الجانبان خلال اللقاء العلاقات بين البلدين.');
    expect(levels.all?.JP).not.toContain('foreignMinister');
    expect(levels.all?.JP?.length).toBe(1);
  });
  test('the office behind «ل» right after an envoy\'s is the principal\'s, who did not meet', () => {
    const levels = levelsIn('استقبل الملك حمد بن عيسى آل خليفة أمس المبعوث الخاص لرئيس الوزراء الياباني، وبحث معه العلاقات بين البلدين.');
    expect(levels.all?.JP ?? []).not.toContain('leader');
  });
  test('a leader and a foreign minister who met: each side at its own level', () => {
    const levels = levelsIn('استقبل الرئيس الأوكراني فولوديمير زيلينسكي اليوم في كييف وزير الخارجية الياباني يوشيماسا هاياشي.');
    expect(levels.lead?.UA).toEqual(['leader']);
    expect(levels.lead?.JP).toContain('foreignMinister');
    expect(levels.lead?.JP).not.toContain('leader');
  });

  test('a leader thanked or praised inside the talks sentence gives his side no leader level', () => {
    const levels = levelsIn('استقبل الرئيس الأوكراني فولوديمير زيلينسكي اليوم في كييف وزير الخارجية الياباني يوشيماسا هاياشي، شاكرا حكومة رئيس الوزراء الياباني فوميو كيشيدا على موقفها.');
    expect(levels.lead?.JP).toContain('foreignMinister');
    expect(levels.lead?.JP).not.toContain('leader');
    expect(levels.all?.JP).not.toContain('leader');
  });

  test('a bare «رئيس» before a country\'s name is its head of state; before anything else it is no level', () => {
    // compass-09: «استقبل رئيس تركمانستان، قربان قولي بيردي محمدوف، … وزير الخارجية الياباني فوميو كيشيدا»
    expect(levelsIn('استقبل رئيس تركمانستان اليوم في عشق آباد وزير الخارجية الياباني فوميو كيشيدا.').lead).toEqual({ JP: ['foreignMinister'], TM: ['leader'] });
    // (a parliament's head is no head of state: its speaker, of no office of the government)
    expect(levelsIn('استقبل رئيس البرلمان التركمانستاني اليوم في عشق آباد وزير الخارجية الياباني فوميو كيشيدا.').lead).toEqual({ JP: ['foreignMinister'], TM: ['legislator'] });
  });

  // batch 58's parsley-01: an office named in a plan's clause («يفترض أن يوقعها … رئيس الوزراء الياباني») is no level of who met
  test('an office after a plan\'s opener is no level of the talks', () => {
    expect(levelsIn('اتفق وزير الخارجية الياباني ونظيره الروسي في موسكو على خطة عمل يفترض أن يوقعها الرئيس الروسي ورئيس الوزراء الياباني خلال زيارة الأخير.').lead).toEqual({ JP: ['foreignMinister'], RU: ['foreignMinister'] });
  });
  test('two leaders by title alone, without their names', () => {
    expect(levelsIn('استقبل الرئيس المصري رئيس وزراء اليابان في القاهرة وبحث معه العلاقات الثنائية.').lead).toEqual({ EG: ['leader'], JP: ['leader'] });
  });
});
