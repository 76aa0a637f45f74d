import { describe, expect, test } from 'vitest';
import { classifyParties } from './classifyParties.ts';
import { findCountries } from './findCountries.ts';
import { articleToSentences } from './sentences.ts';

const classify = (title: string, paragraphs: string[], officialCountries: string[] = []) => {
  const sentences = articleToSentences({ title, paragraphs });
  const officials = officialCountries.map((country, i) => ({ id: `p${i}`, name: 'x', aliases: [], country, role: '' }));
  return classifyParties(sentences, findCountries(sentences), officials);
};

describe('classifyParties', () => {
  test('makes the country paired with Japan the partner and a missile launcher a mention', () => {
    const result = classify('اليابان والولايات المتحدة تبحثان قضايا المنطقة', ['أدان الوزيران إطلاق كوريا الشمالية لصاروخ باليستي، والعلاقات مع الصين.']);
    expect(result.parties).toEqual(['JP', 'US']);
    expect(result.mentions).toEqual(['CN', 'KP']);
  });
  // development's lantern-06 and batch 59's sorghum-06 («يبحث هاتفياً مع نظيره البروناوي الوضع في ميانمار»), batch 56's
  // elder-02: a country behind «في» after a word of a situation or a conflict is what the talks were about
  test.each([
    ['الوضع في ميانمار', 'MM'],
    ['الحرب في أوكرانيا', 'UA'],
    ['التطورات في السودان', 'SD'],
  ])('a country in «%s» is a mention, not a partner', (topic, code) => {
    const result = classify(`وزير الخارجية الياباني يبحث هاتفياً مع نظيره البروناوي ${topic}`, [`بحث وزير الخارجية الياباني في اتصال هاتفي مع نظيره البروناوي ${topic} وإمدادات الغاز.`], ['BN']);
    expect(result.parties).toEqual(['BN', 'JP']);
    expect(result.mentions).toEqual([code]);
  });
  // the waiting set's lovage-04, parsley-03, groundsel-01 and fourteen more: a country as strong as the partner in the
  // headline and lede, but no one of it took part while someone of the partner did, is the talks' subject, a mention;
  // (with someone of China too, China stays a side)
  test.each([
    [['US'], ['JP', 'US'], ['CN']],
    [['US', 'CN'], ['CN', 'JP'], ['US']],
  ])('a strong country whose people did not take part (people of %j)', (people, parties, mentions) => {
    const result = classify('بايدن يؤكد لآبي في طوكيو رفض واشنطن منطقة الدفاع الجوي الصينية', [
      'قال نائب الرئيس الأميركي جو بايدن في طوكيو إن الولايات المتحدة قلقة من محاولة الصين تغيير الوضع القائم في بحر الصين الشرقي، في ختام محادثات أجراها مع رئيس الوزراء الياباني شينزو آبي.',
      'وأكد بايدن أنه سيطرح هذه المخاوف على القادة الصينيين خلال زيارته لبكين.',
    ], people);
    expect(result.parties).toEqual(parties);
    expect(result.mentions).toEqual(mentions);
  });
  // the waiting set's alkanet-07 (Petra): «تداعيات القرار الأمريكي» in the headline is the decision talked about, not a side
  test('a nisba after «القرار» is a mention, not a partner', () => {
    const result = classify('الصفدي يبحث هاتفيا مع نظيره الياباني تداعيات القرار الأمريكي بشأن القدس', ['بحث وزير الخارجية الأردني في اتصال هاتفي مع وزير الخارجية الياباني تداعيات القرار الأمريكي.'], ['JO']);
    expect(result.parties).toEqual(['JO', 'JP']);
    expect(result.mentions).toEqual(['US']);
  });
  // development's pair-38 («التعاون الثلاثي بين الصين واليابان وكوريا الجنوبية» in a summit's story) and batch 59's
  // teasel-02 («حصول اليابان وألمانيا والبرازيل والهند على مقاعد دائمة», the G4, in a British-Japanese meeting): Japan
  // named in a list of three countries or more is one of a group, not paired with the country beside it
  // batch 78's knotweed-02 (Assabah via Turess): past the lede, the earlier stop of the guest's tour told after «ويأتي …
  // بعد» is another occasion, its country («بالقاهرة»، «وزير الخارجية المصري») no side of these talks
  // the waiting set's catchfly-02 and pellitory-02: «كل من» is «each of», no «من» of a place: the capitals after it
  // are governments, mentions; «من» alone before them is where someone came from
  test.each([
    ['علاقات طوكيو مع كل من سيئول وبكين', ['CN']],
    ['وصل الوفد من سيئول وبكين', []],
  ])('capitals in «%s»', (phrase, mentions) => {
    const result = classify('اليابان وكوريا الجنوبية تبحثان التعاون', [`بحث وزير الخارجية الياباني مع نظيره الكوري الجنوبي التعاون. وتشهد ${phrase} توترا.`], ['JP', 'KR']);
    expect(result.parties).toEqual(['JP', 'KR']);
    expect(result.mentions).toEqual(mentions);
  });
  test('a country in the clause of the occasion the story comes after is no party', () => {
    const paragraphs = [
      'تحادث السيد الأزهر بوعوني وزير التعليم العالي صباح أمس الاثنين بمقر الوزارة بالعاصمة مع السيد أوسامو أونو، الذي يؤدي زيارة إلى بلادنا.',
      'وتناول اللقاء واقع التعاون بين تونس واليابان في مجالي التعليم العالي والبحث العلمي.',
      'ويأتي تنقل المسؤول الياباني إلى تونس بعد محطة بالقاهرة حضر خلالها افتتاح السنة اليابانية المصرية للعلوم بجامعة القاهرة، وأجرى فيها محادثات مع وزير الخارجية المصري أحمد أبو الغيط.',
    ];
    const result = classify('وزير التعليم العالي يتحادث مع مسؤول ياباني حول التعاون الجامعي والعلمي', paragraphs);
    expect(result.parties).toEqual(['JP', 'TN']);
    expect(result.mentions).toEqual(['EG']);
  });
  test('a country beside Japan in a list of three or more is not paired with it', () => {
    const lede = 'أكد وزير الخارجية البريطاني لنظيره الياباني أن حكومته تؤيد حصول اليابان وألمانيا والبرازيل والهند على مقاعد دائمة في مجلس الأمن.';
    const result = classify('لندن تؤكد لطوكيو دعم مسعاها إلى مقعد دائم في مجلس الأمن', [lede], ['GB']);
    expect(result.parties).toEqual(['GB', 'JP']);
    expect(result.mentions).toEqual(['BR', 'DE', 'IN']);
    // two alone are a pair
    expect(classify('تعاون بين اليابان وألمانيا', ['أكد المسؤولون أهمية التعاون بين اليابان وألمانيا في مجال الطاقة.']).parties).toEqual(['DE', 'JP']);
  });
  // pine-08 (CGTN Arabic) and batch 39's sedge-06: a headline in two parts, «… في جاكرتا.. وطوكيو تطلب …»: the country
  // that ends the first part and Tokyo that opens the second are not a pair
  test.each([
    ['a capital', 'كيشيدا يلتقي هون مانيت في جاكرتا.. وطوكيو تطلب زيارات بحرية', 'عقد رئيس الوزراء الياباني محادثات مع رئيس الوزراء الكمبودي هون مانيت على هامش قمة الآسيان في جاكرتا.', 'KH'],
    ['a country', 'باندور تطلع هاياشي على الوساطة الأفريقية بشأن أوكرانيا.. وطوكيو تتمسك بموقفها', 'بحثت وزيرة العلاقات الدولية في جنوب أفريقيا في اتصال هاتفي مع وزير الخارجية الياباني الوساطة الأفريقية بشأن أوكرانيا.', 'ZA'],
  ])('%s before «..» and Tokyo is no partner paired with Japan', (_, title, lede, partner) => {
    // (sedge-06's Ukraine, the headline's topic, still weighs: the parties are then left for review, never Ukraine alone)
    expect(classify(title, [lede], [partner]).parties).toContain(partner);
  });
  // east-07 (UzA) and batch 39's reed-04 (Al-Qabas): a word of visit before a headline's colon governs no country after it
  test.each([
    ['حصاد الزيارة: أوزبكستان واليابان ترتقيان بشراكتهما الاستراتيجية', 'عاد رئيس أوزبكستان إلى البلاد بعد زيارة رسمية إلى اليابان أجرى خلالها محادثات مع رئيس الوزراء الياباني.', 'UZ'],
    ['سمو الأمير استقبل موتيجي: اليابان تقف إلى جانب الكويت', 'استقبل سمو أمير الكويت أمس وزير الخارجية الياباني الذي زار البلاد مبعوثا خاصا.', 'JP'],
  ])('«%s»: no visit to the country after the colon', (title, lede, notVisited) => {
    expect(classify(title, [lede]).visitDestinations).not.toContain(notVisited);
  });
  // development's kiln-05 and the waiting set's sage-01 (WAM): «يستقبل رئيس وزراء اليابان» receives Japan's office, the
  // guest; the host received him at home, so Japan is no destination
  test('Japan named by the office of the guest a host receives is no destination', () => {
    const result = classify('محمد بن راشد يستقبل رئيس وزراء اليابان في قصر زعبيل', ['استقبل نائب رئيس الدولة رئيس الوزراء الياباني في قصر زعبيل في دبي.']);
    expect(result.visitDestinations).not.toContain('JP');
  });
  // opal-04 (Sputnik) and batch 39's sedge-06 (Al-Araby Al-Jadeed): a country after «حول» or «بشأن» is the talks' topic
  test.each([
    ['كيشيدا وكينياتا يبحثان هاتفيا الوضع حول أوكرانيا', 'أجرى رئيس الوزراء الياباني اتصالا هاتفيا مع الرئيس الكيني تناول الوضع حول أوكرانيا.', 'KE'],
    ['باندور تطلع هاياشي على الوساطة الأفريقية بشأن أوكرانيا', 'بحثت وزيرة العلاقات الدولية في جنوب أفريقيا في اتصال هاتفي مع وزير الخارجية الياباني الوساطة الأفريقية بشأن أوكرانيا.', 'ZA'],
  ])('«%s»: the topic after «حول» / «بشأن» is a mention', (title, lede, partner) => {
    const result = classify(title, [lede], [partner]);
    expect(result.parties).toEqual(['JP', partner].sort());
    expect(result.mentions).toContain('UA');
  });
  test('a country the headline and a visit put first, while the lede tells a call «with» another country\'s office, is left for review', () => {
    const result = classify('طوكيو تعرض دعم جهود المبعوث الآسيوي إلى ميانمار', [
      'بحث وزير الخارجية الياباني في اتصال هاتفي مع وزير الخارجية الثاني لبروناي، الأوضاع في ميانمار.',
      'وأعرب الوزير الياباني عن تطلعه إلى أن تتحقق زيارة المبعوث إلى ميانمار، مؤكدا أن طوكيو ستدعم جهوده في ميانمار.',
    ]);
    expect(result.basis).toBe('several');
    expect(result.warnings.join(' ')).toMatch(/an office of BN/);
  });
  // equinox-02 (DW), solstice-07 (Youm7): the office met is the first country's after «مع» and the title
  test.each([
    ['a counterpart\'s nisba, then a war of another country', 'كيشيدا في وارسو قبيل قمة الناتو', 'توقف رئيس الوزراء الياباني في العاصمة البولندية في طريقه إلى فيلنيوس، حيث بحث مع نظيره البولندي الحرب الروسية على أوكرانيا.', 'PL', 'RU'],
    ['a deputy president\'s country, then a crisis of another', 'وزير خارجية اليابان يبحث مع نائبة رئيس كولومبيا الأزمة الأوكرانية', 'بحث وزير الخارجية الياباني مع نائبة رئيس كولومبيا الأزمة الأوكرانية والعلاقات الثنائية.', 'CO', 'UA'],
  ])('«مع» and a title before a country, then another country: the office met is the first\'s (%s)', (_, title, lede, partner, mention) => {
    const result = classify(title, [lede]);
    expect(result.parties).toEqual(['JP', partner].sort());
    expect(result.mentions).toContain(mention);
    expect(result.warnings.join(' ')).not.toMatch(/an office of/);
    expect(result.basis).not.toBe('several');
  });
  // brae-08 (batch 29, QNA) and lantern-06: a call's caller on a visit elsewhere; the visit's country is no side of the call
  test('in a call the headline tells, a country one caller was visiting is a mention, not the partner', () => {
    const call = classify('وزير الدولة بوزارة الخارجية يتلقى اتصالاً هاتفياً من وزيرة خارجية اليابان', [
      'تلقى وزير الدولة بوزارة الخارجية أمس اتصالاً هاتفياً من وزيرة خارجية اليابان.',
      'وأوضحت الخارجية اليابانية أن الاتصال أجرته الوزيرة خلال زيارتها الحالية إلى تايلاند.',
    ]);
    expect(call.parties).toEqual(['JP']);
    expect(call.mentions).toEqual(['TH']);
    const visit = classify('وزيرة خارجية اليابان تبحث التعاون مع المسؤولين', ['بحثت وزيرة خارجية اليابان التعاون خلال زيارتها الحالية إلى تايلاند.']);
    expect(visit.parties).toEqual(['JP', 'TH']);
  });
  test('a nisba after a city of its own country tells the place, not a party', () => {
    const result = classify('بن مبارك يبحث مع وزير الدولة الياباني تعزيز العلاقات', ['بحث وزير الخارجية اليمني خلال لقائه اليوم في مدينة نيويورك الأمريكية وزير الدولة الياباني العلاقات الثنائية.']);
    expect(result.parties).toEqual(['JP', 'YE']);
    expect(result.mentions).toEqual(['US']);
    // with no other cue the meeting's partner is left for review, never taken from the place
    expect(classify('لقاء في نيويورك', ['التقى وزير الدولة الياباني في مدينة نيويورك الأمريكية الوزير الضيف.']).parties).toEqual(['JP']);
  });
  // nest-01 (TRT): «بالعاصمة الهندية» alone names the capital, where Erdogan met Kishida on the G20's sidelines
  test('a nisba after «العاصمة» with no city after it tells the place, not a party', () => {
    const result = classify('التقى الرئيس أردوغان رئيس الوزراء الياباني في مقر إقامته بالعاصمة الهندية، وتناول اللقاء ملفات اقتصادية', ['التقى الرئيس التركي رئيس الوزراء الياباني على هامش قمة مجموعة العشرين.']);
    expect(result.parties).toEqual(['JP', 'TR']);
  });
  test('a nisba between «العاصمة» and a city of its country tells the place, unless a visit goes there', () => {
    const sideline = classify('يون وكيشيدا يعقدان قمة', ['أجرى رئيس الوزراء الياباني محادثات قمة مع الرئيس الكوري الجنوبي يوم الأربعاء في العاصمة الليتوانية فيلنيوس على هامش قمة الناتو.']);
    expect(sideline.parties).toEqual(['JP', 'KR']);
    expect(sideline.mentions).toContain('LT');
    expect(classify('كيشيدا في كييف', ['وصل رئيس الوزراء الياباني إلى العاصمة الأوكرانية كييف في زيارة لم يعلن عنها.']).parties).toEqual(['JP', 'UA']);
  });
  test('a person named in the lede makes their country the partner over one named with another call later', () => {
    const officials = [
      { id: 'mbs', name: 'محمد بن سلمان', aliases: [], country: 'SA', role: 'ولي العهد' },
      { id: 'km', name: 'كيرياكوس ميتسوتاكيس', aliases: [], country: 'GR', role: 'رئيس الوزراء' },
    ];
    const sentences = articleToSentences({
      title: 'ولي العهد يتلقى اتصالاً هاتفياً من رئيس وزراء اليابان',
      paragraphs: ['تلقى الأمير محمد بن سلمان ولي العهد اليوم اتصالاً هاتفياً من رئيس وزراء اليابان فوميو كيشيدا.', 'كما تلقى ولي العهد اتصالاً هاتفياً من رئيس وزراء الجمهورية الهيلينية كيرياكوس ميتسوتاكيس.'],
    });
    expect(classifyParties(sentences, findCountries(sentences), officials).parties).toEqual(['JP', 'SA']);
  });
  // batch 105's stonecrop-07 (KBS, its own minister written with no nisba): «القضايا المتعلقة بكوريا الشمالية» is what
  // the talks were about; «المبعوث الخاص لدولة الإمارات» is no topic (behind «ل», the envoy's country)
  test('a country the issues are related to («المتعلقة بكوريا الشمالية») is a topic, not the partner', () => {
    const result = classify('النائب الأول لوزير الخارجية يبحث في طوكيو مع نظيره الياباني العلاقات الثنائية والتعاون الثلاثي', [
      'التقى النائب الأول لوزير الخارجية كيم هونغ-كيون اليوم الخميس في طوكيو نائب وزير الخارجية الياباني ماساتاكا أوكانو، وبحث معه العلاقات الثنائية والتعاون بين كوريا الجنوبية واليابان والولايات المتحدة والقضايا المتعلقة بكوريا الشمالية.',
    ], ['JP']);
    expect(result.parties).toEqual(['JP', 'KR']);
    expect(result.mentions).toContain('KP');
  });
  // batch 106's fumewort-06 (Al-Watwan, the Comoros' own minister with no nisba) and pair-105: the country an envoy
  // accredited to several countries lives in («المقيم في مدغشقر») is no side of the talks
  test('the country an ambassador resides in («المقيم في مدغشقر») is no partner', () => {
    const result = classify('وزير الخارجية يستقبل وفدا يابانيا', ['استقبل وزير الشؤون الخارجية والتعاون الدولي، ظهير ذو الكمال، الاثنين الماضي بمقر الوزارة في موروني، وفداً يابانياً يقوده السيد سايدا شينيتشي، مساعد وزير الخارجية الياباني ومدير عام إدارة الشؤون الإفريقية، ويرافقه سفير اليابان لدى بلادنا كوجي آبي، المقيم في مدغشقر.'], ['JP']);
    expect(result.parties).not.toContain('MG');
    expect(result.mentions).toContain('MG');
  });
  // batch 135's acerola-03 (Moscow's deputy minister and Japan's ambassador, a Japan–US headline) and the waiting set's
  // marigold-06 (the Saudi and Bahraini kings, «سفير اليابان لدى البحرين»): the country Japan's ambassador is accredited
  // to is a side of the talks, not only a country named
  test.each([
    ['سفير اليابان لدى روسيا', ['JP', 'RU', 'US']],
    ['السفير الياباني لدى روسيا', ['JP', 'RU', 'US']],
    ['سفير اليابان السابق لدى روسيا', ['JP', 'US']],
  ])('the country after «%s» in the lede weighs as a side', (envoy, parties) => {
    const result = classify('نائب الوزير يحذر السفير', [`أعلنت الوزارة أن نائب الوزير استقبل أمس ${envoy} أكيرا موتو، وحذره من التعاون العسكري الياباني الأمريكي.`]);
    expect(result.parties).toEqual(parties);
  });
  test('capitals acting together are mentions; a capital as a place is none', () => {
    const result = classify('عبد العاطي وكاميكاوا يبحثان الأوضاع في غزة', ['عقد وزير الخارجية المصري جلسة مباحثات مع وزيرة الخارجية اليابانية، واستمعت الوزيرة إلى تقييمه للوساطة التي تقودها القاهرة مع واشنطن والدوحة.']);
    expect(result.parties).toEqual(['EG', 'JP']);
    expect(result.mentions).toEqual(['QA', 'US']);
    expect(classify('وزير الخارجية المصري يلتقي نظيرته اليابانية', ['التقى وزير الخارجية المصري نظيرته اليابانية في الدوحة.']).mentions).toEqual([]);
    // batch 24's holm-06 (Sputnik), equinox-02: capitals acting together name their countries in a background sentence too
    expect(classify('وزير الخارجية المصري يلتقي نظيرته اليابانية', ['التقى وزير الخارجية المصري نظيرته اليابانية.', 'وكانت موسكو وبكين قد انتقدتا عقد الاجتماع من دون مشاركتهما.']).mentions).toEqual(['CN', 'RU']);
    // compass-04 (RT Arabic): a capital joined to Tokyo is that government too, not only a party's
    expect(classify('وزير الخارجية المصري يلتقي نظيرته اليابانية', ['التقى وزير الخارجية المصري نظيرته اليابانية في القاهرة.', 'وأطلعته الوزيرة على مسار العلاقات بين طوكيو وبكين.'], ['EG', 'JP'])).toMatchObject({ parties: ['EG', 'JP'], mentions: ['CN'] });
    // weir-07 (Sky News Arabia): a capital joined to a place after «في» is a place of that list too
    expect(classify('وزير الخارجية المصري يلتقي نظيرته اليابانية', ['التقى وزير الخارجية المصري نظيرته اليابانية للمرة الثالثة بعد اجتماعهما في تركيا ومانيلا.']).mentions).toEqual(['TR']);
    // ramsons-05, camellia-06: capitals a visitor went to are the places of his tour, however many are joined
    expect(classify('وزير الخارجية المصري يلتقي نظيرته اليابانية', ['التقى وزير الخارجية المصري نظيرته اليابانية.', 'وكان الوزير قد زار سيول وبكين قبل وصوله.']).mentions).toEqual([]);
    expect(classify('وزير الخارجية المصري يلتقي نظيرته اليابانية', ['التقى وزير الخارجية المصري نظيرته اليابانية.', 'وكانت الوزيرة قد زارت باريس وروما ولندن ضمن الجولة ذاتها.']).mentions).toEqual([]);
    // batch 168's sapucaia-02 (Asharq Al-Awsat), the waiting set's jewelweed-04: the capital acting after a noun of its act
    expect(classify('وزير الخارجية المصري يلتقي نظيرته اليابانية', ['التقى وزير الخارجية المصري نظيرته اليابانية.', 'وبحثا الاتفاقية التي وقعتها الدول الإحدى عشرة بعد انسحاب واشنطن من صيغتها الأولى.']).mentions).toEqual(['US']);
    // (a noun of anything else is no act of the government: «اتفاق باريس» is a treaty's name)
    expect(classify('وزير الخارجية المصري يلتقي نظيرته اليابانية', ['التقى وزير الخارجية المصري نظيرته اليابانية.', 'وبحثا تنفيذ اتفاق باريس للمناخ.']).mentions).toEqual([]);
  });
  // batch 52's ginkgo-04 (SUNA): a third country's capital behind «ب» right after Japan's nisba is where the talks were
  // («يبحث مع نظيره الياباني بنيروبي»), no pair with Japan; one joined to Tokyo by «و» is
  test('a capital beside Japan\'s nisba without «و» is a place, not a partner', () => {
    expect(classify('غندور يبحث مع نظيره الياباني بنيروبي دعم مشروعات المياه', ['بحث وزير الخارجية السوداني مساء اليوم بالعاصمة الكينية نيروبي مع وزير الخارجية الياباني العلاقات الثنائية.'], ['SD']).parties).toEqual(['JP', 'SD']);
    expect(classify('طوكيو وسيول تتفقان على استئناف الحوار', ['اتفقت اليابان وكوريا الجنوبية على استئناف الحوار الأمني.']).parties).toEqual(['JP', 'KR']);
  });
  // batch 54's orchid-01 (KUNA): the weights chose a country of the story's topic («الرهائن اليابانيين بالعراق») that no
  // one of the talks is of, while the lede's Turkish prime minister took part: an editor decides
  test('a lede\'s participant of a country the weights did not choose, when the chosen one has no one, asks for review', () => {
    const sentences = articleToSentences({ title: 'كويزومي يطلب من اردوغان المساعدة في قضية الرهائن اليابانيين بالعراق', paragraphs: ['طلب رئيس الوزراء الياباني اليوم من رئيس الوزراء التركي رجب طيب اردوغان مساعدة بلاده في جهود الافراج عن الرهائن اليابانيين المختطفين في العراق منذ الاسبوع الماضي في العراق.', 'وتحدث الجانبان عن العراق.'] });
    const erdogan = { id: 'e', name: 'رجب طيب اردوغان', aliases: [], country: 'TR', role: 'رئيس الوزراء' };
    const result = classifyParties(sentences, findCountries(sentences), [erdogan]);
    expect(result.basis).toBe('several');
    expect(result.warnings.join()).toMatch(/office of TR/);
    // (the chosen country's own person met: no question)
    expect(classify('كيشيدا في وارسو غداة زيارته لكييف', ['أجرى رئيس الوزراء الياباني في وارسو محادثات مع نظيره البولندي، غداة زيارة إلى كييف التقى خلالها الرئيس الأوكراني.'], ['JP', 'PL', 'UA']).basis).not.toBe('several');
  });
  // batch 67's anise-07 (Independent Arabia): the topic in the headline and the deck, the Pakistani minister only in
  // the next paragraph: the country chosen has no one, another's person took part — asked about, not written
  test('a participant named past the lede, of a country the weights did not choose when the chosen one has no one, asks for review', () => {
    const sentences = articleToSentences({
      title: 'قريشي يسلم نظيره الياباني ملفا ويبحثان إجلاء الرعايا من أفغانستان',
      paragraphs: ['لقاء على هامش أعمال الجمعية العامة للأمم المتحدة تناول الأزمة الإنسانية الأفغانية.', 'التقى وزير الخارجية الباكستاني شاه محمود قريشي نظيره الياباني توشيميتسو موتيغي مساء الخميس في نيويورك.'],
    });
    const qureshi = { id: 'q', name: 'شاه محمود قريشي', aliases: [], country: 'PK', role: 'وزير الخارجية' };
    const result = classifyParties(sentences, findCountries(sentences), [qureshi]);
    // (Pakistan, or a question: never another partner written as sure)
    expect(result.parties.join() === 'JP,PK' || result.basis === 'several').toBe(true);
  });
  test('reads the visited country as the partner', () => {
    const result = classify('وزير خارجية اليابان يزور كوريا الجنوبية', ['زار الوزير كوريا الجنوبية وسط تهديدات كوريا الشمالية وتنامي نفوذ الصين، ودعم التحالف الثلاثي مع الولايات المتحدة.']);
    expect(result.parties).toEqual(['JP', 'KR']);
    expect(result.mentions).toEqual(['CN', 'KP', 'US']);
    expect(result.visitDestinations).toContain('KR');
  });
  // heath-02 (Youm7): «يستقبل نائبة رئيس الدومينيكان» placed the visit in the Dominican Republic
  test.each([
    ['received', 'رئيس وزراء اليابان يستقبل نائبة رئيس الدومينيكان', 'استقبل رئيس الوزراء الياباني نائبة رئيس الدومينيكان التي تقوم بزيارة عمل إلى اليابان.', 'DO'],
    ['arrived', 'وصل رئيس وزراء ماليزيا إلى طوكيو', 'وصل رئيس وزراء ماليزيا إلى اليابان في زيارة رسمية.', 'MY'],
  ])('a country right after a title near a word of visit is the office\'s, not the place visited (%s)', (_, title, lede, guest) => {
    const result = classify(title, [lede]);
    expect(result.parties).toEqual(['JP', guest].sort());
    expect(result.visitDestinations).not.toContain(guest);
    expect(result.visitDestinations).toContain('JP');
  });
  test('reads paired nisbas and delegations', () => {
    expect(classify('تعاون', ['أعرب الجانبان عن تقديرهما للعلاقات الفيتنامية اليابانية.']).parties).toEqual(['JP', 'VN']);
    expect(classify('اجتماع', ['ناقشت الوفود البرازيلية واليابانية التعاون.']).parties).toEqual(['BR', 'JP']);
  });
  // batch 32's kiln-06 (WAM): «جهود وقف التصعيد بين الجانبين الفلسطيني والإسرائيلي» in the headline of a UAE–Japan call
  test('the two sides of a conflict Japan is not one of are mentions; «بين الجانبين الياباني و…» names the table\'s sides', () => {
    const conflict = classify('عبدالله بن زايد يبحث مع وزيرة خارجية اليابان هاتفياً جهود وقف التصعيد بين الجانبين الفلسطيني والإسرائيلي', ['بحث الشيخ عبدالله بن زايد آل نهيان وزير الخارجية الإماراتي خلال اتصال هاتفي مع وزيرة خارجية اليابان سبل وقف التصعيد.'], ['AE']);
    expect(conflict.parties).toEqual(['AE', 'JP']);
    expect(conflict.mentions).toEqual(['IL', 'PS']);
    expect(classify('مباحثات', ['عقدت جلسة مباحثات بين الجانبين الفيتنامي والياباني في هانوي.']).parties).toEqual(['JP', 'VN']);
  });
  // batch 33's pond-08 (SBS Arabic24): «… في زيارة مجاملة …، ضمن جولة آسيوية تقودها إلى اليابان والصين»
  test('a country a tour sentence joins to Japan is the tour\'s next stop, not Japan\'s partner', () => {
    const result = classify('جولي بيشوب في زيارة مجاملة لآبي', ['التقت وزيرة الخارجية الأسترالية جولي بيشوب رئيس الوزراء الياباني شينزو آبي في مكتبه بطوكيو، ضمن جولة آسيوية تقودها إلى اليابان والصين.'], ['AU', 'JP']);
    expect(result.parties).toEqual(['AU', 'JP']);
    expect(result.mentions).toEqual(['CN']);
    // pairs18's pair-80 (Petra): «جولة عمل آسيوية … تشمل اليابان وفيتنام …»
    const work = classify('الملك ورئيسة وزراء اليابان يبحثان تعزيز الشراكة', ['بحث جلالة الملك عبدالله الثاني ورئيسة وزراء اليابان ساناي تاكايتشي خلال عشاء عمل في طوكيو سبل تعزيز الشراكة بين البلدين، وذلك في إطار جولة عمل آسيوية يقوم بها جلالته تشمل اليابان وفيتنام وسنغافورة.'], ['JO', 'JP']);
    expect(work.parties).toEqual(['JO', 'JP']);
  });
  // batch 36's hazel-06 (WAFA): «تطورات العدوان الإسرائيلي» in the headline and the lede names what was discussed
  test('a nisba right after a word of conflict («العدوان الإسرائيلي») is a mention, not a side', () => {
    const result = classify('المالكي يطلع نظيرته اليابانية على تطورات العدوان الإسرائيلي على شعبنا', ['أطلع وزير الخارجية الفلسطيني رياض المالكي اليوم وزيرة خارجية اليابان يوكو كاميكاوا على آخر تطورات العدوان الإسرائيلي.'], ['PS', 'JP']);
    expect(result.parties).toEqual(['JP', 'PS']);
    expect(result.mentions).toEqual(['IL']);
  });
  // batch 55's alder-04 (Okaz/SPA): «الأزمة اليمنية» in the headline of a call names what was discussed, a crisis as a conflict
  test('a nisba right after «الأزمة» is a mention, not a side', () => {
    const result = classify('الجبير وكونو يبحثان هاتفياً الأزمة اليمنية وملف القدس', ['بحث وزير الخارجية عادل بن أحمد الجبير ونظيره الياباني تارو كونو، في اتصال هاتفي جرى بينهما مساء أمس، مستجدات الأوضاع في المنطقة.'], ['SA', 'JP']);
    expect(result.parties).toEqual(['JP', 'SA']);
    expect(result.mentions).toEqual(['YE']);
  });
  test('counts the nationality of the officials who took part', () => {
    expect(classify('محادثات', ['ناقش الوزيران الوضع في مصر.'], ['AU']).parties).toEqual(['AU', 'JP']);
  });
  test('never lists Japan or a party among mentions', () => {
    const result = classify('الهند واليابان', ['الشراكة بين الهند واليابان وباكستان.']);
    expect(result.mentions).not.toContain('JP');
    expect(result.mentions).not.toContain('IN');
  });
  test('warns when no partner is found', () => {
    const result = classify('اليابان', ['أعلنت اليابان خطة جديدة.']);
    expect(result.parties).toEqual(['JP']);
    expect(result.warnings[0]).toMatch(/no partner/);
  });
});

describe('classifyParties with three countries', () => {
  test('keeps a trilateral partner named in the headline', () => {
    expect(classify('قمة ثلاثية تجمع اليابان والولايات المتحدة والفلبين', ['عقد قادة اليابان والولايات المتحدة والفلبين قمة ثلاثية.'], ['US', 'PH']).parties).toEqual(['JP', 'PH', 'US']);
  });
  test('does not add a country that is strong only deep in the body', () => {
    const result = classify('اليابان والسويد تبحثان التعاون', ['عقدت اليابان والسويد لقاء ثنائيا بمشاركة نائب وزير الخارجية ونظيره السويدي.', 'وناقش الجانبان التعاون.', 'وعبر الوزير عن دعمه لتعزيز التحالف الياباني-الأمريكي.'], ['US']);
    expect(result.parties).toEqual(['JP', 'SE']);
    expect(result.mentions).toEqual(['US']);
  });
  // batch 101's quillwort-05 (a Djiboutian daily): the headline's Sudan, named only as where the evacuation came from,
  // outweighs Djibouti, which the story pairs with Japan («العلاقات الجيبوتية اليابانية»): an editor decides
  test('a country of mentions alone, with a country of a partner\'s cue close behind, is asked about', () => {
    const result = classify('الأمين العام للخارجية يستقبل وزير الدولة الياباني المشرف على إجلاء الرعايا من السودان', [
      'استقبل الأمين العام لوزارة الخارجية يوم الأربعاء وزير الدولة الياباني للشؤون الخارجية، الذي يتواجد في بلادنا منذ مطلع الأسبوع للإشراف على إجلاء المواطنين اليابانيين من السودان.',
      'وأكد الضيف أن المواطنين اليابانيين في السودان تم إجلاؤهم، وأن جيبوتي قدمت تسهيلات كبيرة.',
      'وأشاد بدور جيبوتي في العملية.',
      'واتفق الجانبان على مواصلة تعزيز العلاقات الجيبوتية اليابانية.',
    ]);
    expect(result.basis).toBe('several');
    expect(result.warnings.join(' ')).toContain('DJ');
  });
});
