import { describe, expect, test } from 'vitest';
import { eventSchema } from '../../src/schemas/event.ts';
import { extractEvent } from './extractEvent.ts';

describe('extractEvent', () => {
  // pairs43's pair-156, pairs44's pair-157 and pair-158: the sentence after the lede places the meeting, and a relative
  // clause in it dates the gathering around it; the gathering's days make the sentence background, not its main clause
  test.each([
    ['في مدينة يوكوهاما، عشية افتتاح الندوة الدولية التي تحتضنها المدينة من 1 إلى 3 جوان الجاري', { city: 'يوكوهاما', country: 'JP' }],
    ['في مدينة نيويورك، على هامش أعمال الجمعية العامة التي افتتحت في التاسع من أيلول الجاري', { city: 'نيويورك', country: 'US' }],
  ])('«وجرى اللقاء %s» places the meeting', (where, location) => {
    const event = extractEvent({
      title: 'رئيس الوزراء الياباني يلتقي رئيس مجلس الأمة',
      paragraphs: [`بحث رئيس مجلس الأمة عبد القادر بن صالح، أمس الجمعة، مع رئيس الوزراء الياباني شينزو آبي العلاقات الثنائية.`, `وجرى اللقاء، الذي دام نحو ربع ساعة، ${where}.`, 'وتناول الجانبان التعاون في مجال الطاقة.'],
      publishedAt: '2013-09-28',
    });
    expect(event.location).toEqual(location);
  });
  // waiting pawpaw-01 (Al-Raya) and emblic-04 (ONA): the formal title after the name, in the accusative, «سفيراً فوق
  // العادة ومفوضاً», is the ambassador's post; his side met by him alone, the credentials he presents are his call, no visit
  test.each([
    ['سمو الأمير يتسلم أوراق اعتماد سفير اليابان الجديد', 'تسلّم حضرة صاحب السمو الشيخ تميم بن حمد آل ثاني أمير البلاد المفدى، أمس في الديوان الأميري، أوراق اعتماد سعادة السيد ناوتو كوشيما سفيراً فوق العادة ومفوضاً لليابان لدى دولة قطر.'],
    ['يوسف بن علوي يتسلم نسخة من أوراق اعتماد سفير اليابان', 'تسلم معالي يوسف بن علوي بن عبدالله الوزير المسؤول عن الشؤون الخارجية بديوان عام الوزارة أمس نسخة من أوراق اعتماد سعادة توشينوري كوباياشي سفيراً فوق العادة مفوضاً لليابان لدى السلطنة.'],
  ])('an ambassador extraordinary and plenipotentiary presents his credentials: «other» (%s)', (title, lede) => {
    const event = extractEvent({ title, paragraphs: [lede, 'وتبادل الجانبان خلال المقابلة الأحاديث حول العلاقات الثنائية وسبل تعزيزها.', 'ويتولى السفير مهامه في مرحلة تشهد فيها العلاقات بين البلدين حراكاً لافتاً، إذ زار فريق رفيع المستوى برئاسة كينتارو سونورا مستشار رئيس الوزراء الياباني البلاد مطلع سبتمبر الماضي.'], publishedAt: '2025-01-28' });
    expect(event.format).toBe('other');
  });
  // pairs49's pair-167 and pairs54's pair-178: the sentence after the lede names who met («وجمع اللقاء X وY»), then measures
  // another moment from the meeting («، وذلك قبل يوم من مغادرة … يوم الأربعاء»): that day is the moment's, the people the
  // meeting's
  test('«وجمع اللقاء X وY …، وذلك قبل يوم من مغادرة … يوم الأربعاء» names the meeting\'s people', () => {
    const event = extractEvent({
      title: 'سيول تسعى إلى طي صفحة التوتر مع طوكيو',
      paragraphs: ['أكدت كوريا الجنوبية، اليوم الثلاثاء في طوكيو، عزمها على إعادة بناء علاقاتها مع اليابان، وذلك خلال لقاء وزير خارجيتها برئيس الوزراء الياباني.', 'وجمع اللقاء رئيس الوزراء الياباني فوميو كيشيدا ووزير الخارجية الكوري الجنوبي بارك جين في مقر رئاسة الحكومة بالعاصمة اليابانية، وذلك قبل يوم من مغادرة الوزير الكوري الأراضي اليابانية يوم الأربعاء.'],
      publishedAt: '2022-07-19',
    });
    expect(event.officials.map((official) => official.name).sort()).toEqual(['بارك جين', 'فوميو كيشيدا']);
  });
  // seed 000: a visit told as a series of meetings names its people further down; they took part, asked about or not
  test('people named past the lede are asked about, unless the lede tells a series of meetings', () => {
    const paragraphs = (series: string) => [
      `أجرى وكيل الخارجية الهندي فيكرام ميسري أمس في طوكيو محادثات ${series} مع مسؤولين في الحكومة اليابانية.`,
      'وتناولت المحادثات العلاقات الثنائية والتعاون الاقتصادي.',
      'وأكد الجانبان أهمية الشراكة الاستراتيجية بين البلدين.',
      'وحضر المحادثات وزير الخارجية الياباني تاكيشي إيوايا.',
    ];
    const officialsOf = (series: string) => extractEvent({ title: 'ميسري يزور اليابان', paragraphs: paragraphs(series), publishedAt: '2024-11-28' }).confidence.officials;
    expect(officialsOf('خلال سلسلة من الاجتماعات').reason).not.toBe('officialsNamedLate');
    expect(officialsOf('شاملة')).toMatchObject({ reason: 'officialsNamedLate', detail: 'تاكيشي إيوايا' });
  });
  // batch 115's cypress-04 (Aden al-Ghad), the waiting set's thyme-04: an undated report («اليوم الاثنين») tells a
  // meeting «في مايو الماضي» aside, of another time though no date places either
  test('a refused date still sets aside the people of a month called past', () => {
    const event = extractEvent({
      title: 'مجلي يلتقي القائم بالأعمال الياباني',
      paragraphs: [
        'التقى عضو مجلس القيادة الرئاسي اليمني الشيخ عثمان مجلي، اليوم الاثنين، في الرياض، القائم بأعمال سفارة اليابان لدى اليمن.',
        'وتناول اللقاء المستجدات السياسية على الساحة اليمنية.',
        'وتأتي هذه اللقاءات ضمن اتصالات متواصلة بين الحكومة اليمنية والجانب الياباني، إذ سبق لوزير الخارجية اليمني أحمد عوض بن مبارك أن التقى في مايو الماضي وزير الدولة الياباني للشؤون الخارجية كيوشي أوداوارا.',
      ],
    });
    expect(event.dateReview).toBeDefined();
    expect(event.officials.map((official) => official.name)).toEqual(['عثمان مجلي']);
  });
  test('two defence ministers meet on a visit: a visit, the office written after an honorific', () => {
    const event = extractEvent({
      title: 'السلطنة واليابان توقعان مذكرة تفاهم عسكرية',
      paragraphs: [
        'وقع معالي السيد بدر بن سعود بن حارب البوسعيدي الوزير المسؤول عن شؤون الدفاع العماني ووزير الدفاع الياباني تاكيشي إيوايا أمس مذكرة تفاهم في مجال التعاون العسكري.',
        'وفي إطار الزيارة، بحث الجانبان التعاون في مكافحة القرصنة.',
      ],
      publishedAt: '2019-03-26',
    });
    expect(event.officials.find((official) => official.country === 'OM')?.role).toBe('الوزير المسؤول عن شؤون الدفاع');
    expect(event.format).toBe('official-visit');
  });
  // batch 59's radish-05 (Al-Shahid): a headline names the president shortly, beside the other side's nisba
  test('one person named shortly in the headline and in full in the lede, the same office, is listed once, in full', () => {
    const event = extractEvent({
      title: 'في أول قمة صومالية يابانية.. الرئيس حسن شيخ يلتقي آبي في يوكوهاما',
      paragraphs: ['التقى الرئيس الصومالي حسن شيخ محمود أمس في مدينة يوكوهاما رئيس الوزراء الياباني شينزو آبي في أول قمة بين البلدين.'],
      publishedAt: '2013-06-01',
    });
    expect(event.officials.map((official) => `${official.name}:${official.country}`).sort()).toEqual(['حسن شيخ محمود:SO', 'شينزو آبي:JP']);
  });
  // batch 61's dittany-05 and batch 60's zedoary-05 (Eritrea's ministry of information): the president and the agency
  // of Eritrea are known, though the story never names the country
  test('Eritrea\'s president and agency are known: the partner of a story that names only Asmara', () => {
    const event = extractEvent({
      title: 'الرئيس إسياس أفورقي يستقبل المبعوث الخاص لرئيس الوزراء الياباني',
      paragraphs: ['أسمرا، 15 أغسطس 2019 (إرينا)- استقبل فخامة الرئيس إسياس أفورقي اليوم في القصر الرئاسي بأسمرا وفداً يابانياً برئاسة السيد تيتسورو يانو، المبعوث الخاص لرئيس الوزراء الياباني.'],
      publishedAt: '2019-08-15',
    });
    expect(event.parties).toEqual(['ER', 'JP']);
    expect(event.officials.find((official) => official.country === 'ER')?.name).toBe('إسياس أفورقي');
  });
  // sloe-08 and pair-62 (SUNA): the agency's dateline opens the lede, and the story names its own country only in passing
  test('a partner never named as a side comes from the agency of the lede\'s own dateline, the agency\'s home', () => {
    const event = extractEvent({
      title: 'الخارجية تعقد جلسة مباحثات مع المبعوث الياباني',
      paragraphs: [
        'بورتسودان (سونا) - عقدت وزارة الخارجية جلسة مباحثات رسمية مع الجانب الياباني، ترأسها من جانب الوزارة السفير عمر عيسى أحمد المدير العام للعلاقات الآسيوية والعربية، فيما ترأس الجانب الياباني المبعوث الخاص للقرن الأفريقي السفير شينسكي شيميزو.',
        'من جانبه، أكد المبعوث الياباني حرص طوكيو على وحدة السودان واستقراره.',
      ],
    });
    expect(event.parties).toEqual(['JP', 'SD']);
    expect(event.confidence.parties).toMatchObject({ reason: 'partiesAgency', detail: 'SD' });
    expect(event.warnings.some((warning) => /partner/.test(warning))).toBe(false);
  });
  // batch 33's nook-03 (SUNA): the lede's dateline carries a date with dashes, «طوكيو 8-9-2004 (سونا) -»
  test('the agency of a lede\'s dateline with a dashed date in it gives the partner', () => {
    const event = extractEvent({
      title: 'رئيس الوزراء الياباني يستقبل وزير الخارجية ويبحث معه الأوضاع في دارفور',
      paragraphs: [
        'طوكيو 8-9-2004 (سونا) - استقبل رئيس الوزراء الياباني جونيتشيرو كويزومي بمكتبه اليوم الأربعاء وزير الخارجية الدكتور مصطفى عثمان إسماعيل الذي يزور اليابان حالياً.',
        'وحث رئيس الوزراء الياباني الحكومة السودانية على مضاعفة جهودها لتسوية الأزمة.',
      ],
    });
    expect(event.parties).toEqual(['JP', 'SD']);
  });
  // hale-07 (batch 31): a masthead read as the headline put the banner's day (the day the page was viewed) under it
  test('a date after the terms of every known official is left for review, not written', () => {
    const event = extractEvent({
      title: 'كويزومي يبحث مع كريموف في طشقند التعاون في الطاقة',
      paragraphs: ['أجرى رئيس الوزراء الياباني جونيتشيرو كويزومي أمس في طشقند محادثات مع الرئيس الأوزبكي إسلام كريموف.'],
      publishedAt: '2026-02-05',
    });
    expect(event.date).toBeUndefined();
    expect(event.dateReview).toMatch(/none of the officials/);
    const dated = extractEvent({ title: 'كويزومي يبحث مع كريموف في طشقند التعاون في الطاقة', paragraphs: ['أجرى رئيس الوزراء الياباني جونيتشيرو كويزومي أمس في طشقند محادثات مع الرئيس الأوزبكي إسلام كريموف.'], publishedAt: '2006-08-30' });
    expect(dated.date?.date).toBe('2006-08-29');
  });
  test('the talks the story leads with give the format, not a later courtesy call, and the reverse', () => {
    const talksFirst = extractEvent({
      title: 'هاياشي في بكين',
      paragraphs: [
        'أجرى وزير الخارجية الياباني يوشيماسا هاياشي الأحد في بكين محادثات مطولة مع نظيره الصيني تشين غانغ.',
        'وفي وقت لاحق، التقى هاياشي رئيس مجلس الدولة الصيني لي تشيانغ في قاعة الشعب الكبرى.',
      ],
      publishedAt: '2023-04-02',
    });
    expect(talksFirst.format).toBe('foreign-ministers-meeting');
    const callFirst = extractEvent({
      title: 'كاميكاوا في كييف',
      paragraphs: [
        'استقبل الرئيس الأوكراني فولوديمير زيلينسكي وزيرة الخارجية اليابانية يوكو كاميكاوا الأحد في كييف في زيارة مجاملة.',
        'وفي وقت لاحق، عقدت الوزيرة اليابانية مؤتمرا صحافيا مشتركا مع نظيرها الأوكراني دميترو كوليبا.',
      ],
      publishedAt: '2024-01-07',
    });
    expect(callFirst.format).toBe('official-visit');
  });
  test('reads a phone call with a Saudi counterpart dated by "last Monday"', () => {
    const event = extractEvent({
      title: 'اليابان والسعودية تبحثان تعزيز التعاون',
      paragraphs: ['أجرى وزير الخارجية الياباني تاكيشي إيوايا اتصالاً هاتفياً مع نظيره السعودي الأمير فيصل بن فرحان يوم الاثنين الماضي، وبحث الجانبان الأوضاع في السودان.'],
      publishedAt: '2025-02-05',
    });
    expect(event).toMatchObject({ date: { date: '2025-02-03', precision: 'day' }, parties: ['JP', 'SA'], mentions: ['SD'], format: 'phone-call' });
    expect(event.officials.map((official) => `${official.id}:${official.country}`)).toEqual(['takeshi-iwaya:JP', 'faisal-bin-farhan:SA']);
    expect(event.unconfirmedOfficials).toEqual([]);
  });
  test('reads a Levantine-dated summit in Tokyo with a Brazilian president', () => {
    const event = extractEvent({
      title: 'إيشيبا يستقبل لولا في طوكيو',
      paragraphs: ['التقى رئيس الوزراء الياباني شيغيرو إيشيبا الرئيس البرازيلي لويس إيناسيو لولا دا سيلفا في طوكيو في ٢٦ آذار ٢٠٢٥.', 'وكان الزعيمان قد التقيا في ريو دي جانيرو في نوفمبر الماضي.'],
    });
    expect(event).toMatchObject({ date: { date: '2025-03-26', precision: 'day' }, parties: ['BR', 'JP'], format: 'summit', location: { city: 'طوكيو', country: 'JP' } });
  });
  test('reads a Maghrebi-dated strategic dialogue in Algiers', () => {
    const event = extractEvent({
      title: 'الجزائر واليابان تعقدان الدورة الأولى للحوار الاستراتيجي',
      paragraphs: ['انعقدت بالجزائر العاصمة يوم 15 جانفي 2024 الدورة الأولى للحوار الاستراتيجي بين الجزائر واليابان.'],
    });
    expect(event).toMatchObject({ date: { date: '2024-01-15', precision: 'day' }, parties: ['DZ', 'JP'], format: 'strategic-dialogue', location: { city: 'الجزائر العاصمة', country: 'DZ' } });
  });
  test('reads a visit to Hanoi dated with الموافق', () => {
    const event = extractEvent({
      title: 'رئيس الوزراء الياباني يصل إلى هانوي',
      paragraphs: ['وصل رئيس الوزراء الياباني شيغيرو إيشيبا إلى هانوي يوم الثلاثاء الموافق 14 يناير 2025 في زيارة رسمية إلى فيتنام، يلتقي خلالها رئيس الوزراء الفيتنامي فام مينه تشينه.'],
    });
    // two leaders meet on the visit: a summit, with the visit among its formats
    expect(event).toMatchObject({ date: { date: '2025-01-14', precision: 'day' }, parties: ['JP', 'VN'], format: 'summit', location: { city: 'هانوي', country: 'VN' } });
    expect(event.formats).toContain('official-visit');
    expect(event.officials.map((official) => official.id)).toEqual(['shigeru-ishiba', 'pham-minh-chinh']);
    expect(event.warnings).toEqual([]);
  });
  test('reads a phone call dated "today" and a name followed by the call', () => {
    const event = extractEvent({
      title: 'شكري يتلقى اتصالا من نظيرته اليابانية',
      paragraphs: ['تلقى وزير الخارجية المصري سامح شكري اتصالا هاتفيا، اليوم، من نظيرته اليابانية يوكو كاميكاوا، تناول الأوضاع في غزة.'],
      publishedAt: '2024-01-20',
    });
    expect(event).toMatchObject({ date: { date: '2024-01-20', precision: 'day' }, parties: ['EG', 'JP'], format: 'phone-call' });
    expect(event.officials.map((official) => `${official.name}:${official.country}`).sort()).toEqual(['سامح شكري:EG', 'يوكو كاميكاوا:JP']);
  });
  test('gives a result the event schema accepts once the editor adds what the text lacks', () => {
    const event = extractEvent({ title: 'اجتماع 2+2 بين اليابان وأستراليا', paragraphs: ['عقد وزراء الخارجية والدفاع في اليابان وأستراليا اجتماع 2+2 في ملبورن في 5 أيلول/سبتمبر 2024.'] });
    const frontmatter = {
      title: 'اجتماع',
      summary: 'ملخص',
      date: event.date!.date,
      datePrecision: event.date!.precision,
      dateSource: 'text',
      parties: event.parties,
      mentions: event.mentions,
      format: event.format,
      formats: event.formats,
      location: event.location!,
      officials: event.officials,
      source: {},
      seed: 'x.txt',
    };
    expect(eventSchema.safeParse(frontmatter).success).toBe(true);
    expect(event.format).toBe('2+2-ministerial');
  });
});

describe('extractEvent and people outside the event', () => {
  const lede = 'التقى وزير الخارجية الياباني تاكيشي إيوايا نظيره الهندي في طوكيو يوم 10 مارس 2025.';
  const officialsOf = (...paragraphs: string[]) => extractEvent({ title: 'اليابان والهند', paragraphs: [lede, ...paragraphs], publishedAt: '2025-03-11' }).officials.map((official) => official.id);
  test('leaves out a person of a background paragraph', () => {
    expect(officialsOf('وكان الوزير الأمريكي أنتوني بلينكن قد زار نيودلهي في 2023.')).toEqual(['takeshi-iwaya']);
  });
  test('leaves out the speaker of a past statement', () => {
    expect(officialsOf('وقال وزير الخارجية الأمريكي أنتوني بلينكن في تصريحات سابقة إن التحالف قوي.')).toEqual(['takeshi-iwaya']);
  });
  test('leaves out a person of a country that is only mentioned', () => {
    expect(officialsOf('وأكد الفريق أول الفيتنامي هوانغ شوان تشين على سياسة الدفاع لبلاده.')).toEqual(['takeshi-iwaya']);
  });
});

// batch 85's woad-08; brae-06 and gorse-03 ask after an amir's and an emperor's health the same way
test('one asked after («تطمئن على صحة X») in the headline was not at the talks', () => {
  const found = extractEvent({
    title: 'هاياشي وباندور يبحثان في بالي الطاقة النظيفة... ووزيرة جنوب أفريقيا تطمئن على صحة آبي',
    paragraphs: ['عقد وزير الخارجية الياباني يوشيماسا هاياشي، اليوم الجمعة، اجتماعاً مع وزيرة العلاقات الدولية والتعاون في جنوب أفريقيا ناليدي باندور في جزيرة بالي الإندونيسية، في يوم طغى عليه نبأ إطلاق النار على رئيس الوزراء الياباني السابق شينزو آبي.'],
    publishedAt: '2022-07-08',
  });
  expect(found.officials.map((official) => official.id)).toEqual(['yoshimasa-hayashi', 'naledi-pandor']);
});

// batch 86's heartsease-05, batch 80's burdock-03: a resident ambassador beside a civil servant of his side leaves the
// side a civil servant's; a leader receiving one is no visit of a government's member
test('a director general received by a president, his ambassador beside him, is «other»', () => {
  const found = extractEvent({
    title: 'موسيفيني يستقبل مسؤولا يابانيا',
    paragraphs: ['استقبل الرئيس الأوغندي يويري موسيفيني في عنتيبي يوم 24 أبريل 2018 المدير العام لشؤون أفريقيا بوزارة الخارجية اليابانية تاكيشي أوسوغا، بحضور سفير اليابان لدى أوغندا كازواكي كاميدا.'],
    publishedAt: '2018-04-25',
  });
  expect(found.officials.map((official) => official.name)).toEqual(['يويري موسيفيني', 'تاكيشي أوسوغا', 'كازواكي كاميدا']);
  expect(found.format).toBe('other');
});

// batch 87f's wolfsbane pages, batch 86's bryony-05, pair-103: a former office-holder received in the lede is the guest
// when his side has no one else, and meets out of no office (the format convention: «other»); the late one never is
describe('extractEvent and a former office-holder', () => {
  test('received in the lede: the guest, his office marked former, the meeting «other»', () => {
    const found = extractEvent({
      title: 'الرئيس يون يستقبل رئيس الوزراء الياباني السابق سوغا',
      paragraphs: ['سيئول، 31 مايو (يونهاب) -- التقى الرئيس يون سوك-يول بعد ظهر اليوم الأربعاء رئيس الوزراء الياباني السابق يوشيهيدي سوغا، الذي يرأس رابطة البرلمانيين اليابانيين الكوريين، في المكتب الرئاسي في سيئول.'],
      publishedAt: '2023-05-31',
    });
    expect(found.officials.map((official) => `${official.id}:${official.role}`)).toEqual(['yoshihide-suga:رئيس الوزراء السابق', 'yoon-suk-yeol:الرئيس']);
    expect(found.format).toBe('other');
  });
  test('the late office-holder is no guest', () => {
    const found = extractEvent({
      title: 'الرئيس يستقبل وفدا يابانيا',
      paragraphs: ['استقبل الرئيس يون سوك-يول اليوم الأربعاء في سيئول وفدا يابانيا لإحياء ذكرى رئيس الوزراء الياباني الراحل شينزو آبي.'],
      publishedAt: '2023-05-31',
    });
    expect(found.officials.map((official) => official.id)).toEqual(['yoon-suk-yeol']);
  });
});

describe('extractEvent and a sentence dated another time only in its relative clauses', () => {
  // batch 48's primrose-03, batch 51's fennel-02: right after the lede, who led or attended the talks, a clause on
  // another day after them («الذي وصل الأحد», «التي تولت حقيبتها في آب الماضي»)
  test('names the event\'s people by words of attendance before those clauses', () => {
    const found = extractEvent({
      title: 'الهند واليابان',
      paragraphs: [
        'عقد وزيرا الدفاع في الهند واليابان في نيودلهي يوم الاثنين 20 أغسطس 2018 اجتماعهما الوزاري السنوي.',
        'وترأست وزيرة الدفاع الهندية، نيرمالا سيتارامان، وفد بلادها في المحادثات، فيما قاد الوفد الياباني نظيرها إيتسونوري أونوديرا، الذي وصل الأحد إلى نيودلهي في زيارة تدوم يومين.',
      ],
      publishedAt: '2018-08-20',
    });
    expect(found.officials.map((official) => official.id)).toEqual(['nirmala-sitharaman', 'itsunori-onodera']);
    expect(found.date).toEqual({ date: '2018-08-20', precision: 'day' });
  });
  // batch 35's aspen-06: «برئاسة» inside the conference's clause is that conference's chair
  test('not by a word of attendance inside them', () => {
    const found = extractEvent({
      title: 'اليابان والكاميرون',
      paragraphs: [
        'التقى وزير الخارجية الياباني تارو كونو أمس السبت في يوكوهاما وزير العلاقات الخارجية الكاميروني لوجون مبيلا مبيلا.',
        'واستمر اللقاء نحو ثلاثين دقيقة، وجاء غداة اختتام أعمال مؤتمر تيكاد 7 التي احتضنتها مدينة يوكوهاما من 28 إلى 30 أغسطس، بمشاركة عشرات القادة الأفارقة وبرئاسة رئيس الوزراء الياباني شينزو آبي.',
      ],
      publishedAt: '2019-09-01',
    });
    expect(found.officials.map((official) => official.id)).toEqual(['taro-kono', 'lejeune-mbella-mbella']);
  });
});

describe('extractEvent on hostile or empty input', () => {
  test('returns an empty extraction with warnings for an empty article', () => {
    const event = extractEvent({ title: '', paragraphs: [] });
    expect(event).toMatchObject({ parties: ['JP'], mentions: [], format: 'other', officials: [] });
    expect(event.warnings.length).toBeGreaterThan(0);
  });
  test('treats code-like text as words and stays fast on long runs of spaces and digits', () => {
    const hostile = `import x from 'y'; <script>alert(1)</script> {props.title} ---\ntitle: x\n${'ديسمبر' + ' '.repeat(20_000) + '،'.repeat(5_000)} ${'2'.repeat(10_000)} ${'الرابع من '.repeat(2_000)}`;
    const started = performance.now();
    const event = extractEvent({ title: 'اليابان والهند', paragraphs: [hostile, 'في 3 مارس 2024 التقى الجانبان.'] });
    expect(performance.now() - started).toBeLessThan(1_000);
    expect(event.parties).toEqual(['IN', 'JP']);
  });
});
