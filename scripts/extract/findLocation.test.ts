import { describe, expect, test } from 'vitest';
import { classifyParties } from './classifyParties.ts';
import { findCountries } from './findCountries.ts';
import { findLocation } from './findLocation.ts';
import { articleToSentences } from './sentences.ts';

const placeOf = (paragraphs: string[], parties: string[], visits: string[] = []) => {
  const sentences = articleToSentences({ title: 'عنوان', paragraphs });
  return findLocation(sentences, { parties, visitDestinations: visits, format: 'official-visit', countries: findCountries(sentences) });
};

describe('findLocation', () => {
  // batch 50's acacia-07 and clover-07 (ADI): Djibouti's capital is written as its country; «في العاصمة جيبوتي» is the
  // city, «في جيبوتي» alone the country (development's sahel-09)
  test('a capital spelled as its country is the city only after «العاصمة»', () => {
    expect(placeOf(['استقبل وزير الخارجية الجيبوتي بمقر الوزارة في العاصمة جيبوتي المستشار الياباني.'], ['DJ', 'JP']).location).toEqual({ city: 'جيبوتي العاصمة', country: 'DJ' });
    expect(placeOf(['استقبل رئيس الجمهورية الجيبوتي وزير الدفاع الياباني.', 'وكان الوزير الياباني قد تفقد منشأة قوات الدفاع الذاتي في جيبوتي.'], ['DJ', 'JP'], ['DJ']).location?.city ?? '').toBe('');
  });
  // batch 145's sapodilla-04 and pairs53's pair-175, pair-176: a ship «الراسية في قاعدة X البحرية», the base's city
  test.each([
    'استقبل وزير الدفاع الياباني غين ناكاتاني يوم السبت وزير الدولة النرويجي على متن المدمرة "كاغا" الراسية في قاعدة يوكوسوكا جنوب طوكيو.',
    'صعد وزير الدفاع الياباني اليوم على متن السفينة الكورية "مارادو" الراسية بقاعدة يوكوسوكا البحرية، حيث التقى قائدها.',
  ])('a base names its city: %s', (lede) => {
    expect(placeOf([lede], ['JP', 'NO']).location).toEqual({ city: 'يوكوسوكا', country: 'JP' });
  });
  // pairs22's pair-110 and a held-out article: the city of the plan agreed at the talks is not where they were held
  test('a city of the plan the talks agreed is no place of theirs', () => {
    const where = placeOf(['اتفق وزير الخارجية الياباني ونظيره التونسي خلال لقائهما اليوم على عقد الاجتماع المقبل في تونس العاصمة.'], ['JP', 'TN']);
    expect(where.location?.city ?? '').not.toBe('تونس العاصمة');
    // batch 139's tamarillo-03: a visit the talks arrange («على تنظيم زيارة لرئيس الوزراء التشيكي إلى طوكيو»)
    for (const arranging of ['تنظيم', 'ترتيب']) {
      const visit = placeOf([`اتفق وزير الخارجية الياباني ونظيره التشيكي اليوم على ${arranging} زيارة لرئيس الوزراء التشيكي إلى طوكيو.`], ['CZ', 'JP']);
      expect(visit.location?.city ?? '').not.toBe('طوكيو');
    }
  });
  // batch 70's lime-05 and batch 73's cassia-05: a city in a topic of the talks, in the lede, is not where they met
  test.each([
    ['«لجهود الإصلاح في كييف»', 'بحث وزير الخارجية الياباني مع نظيره الأوكراني، الذي يزور اليابان، سبل دعم طوكيو لجهود الإصلاح في كييف.', ['JP', 'UA']],
    ['«إعادة تأهيل وإعمار مدينة مراوي»', 'تعهد رئيس الوزراء الياباني اليوم بتقديم دعم بلاده لجهود إعادة تأهيل وإعمار مدينة مراوي في جنوب الفلبين.', ['JP', 'PH']],
    // batch 111's glasswort-06 (i24NEWS), quill-10, tide-08: an expo's or the Olympic games' city is that event's
    ['the Olympic games congratulated on', 'هنأ وزير الخارجية الإسرائيلي نظيره الياباني خلال لقائهما على نجاح تنظيم دورة الألعاب الأولمبية في طوكيو.', ['IL', 'JP']],
    ['an expo the guest came for', 'التقى وزير الخارجية الياباني نظيرته الكولومبية التي تزور اليابان بمناسبة معرض "إكسبو 2025" الدولي في أوساكا.', ['CO', 'JP']],
    ['an expo in a prefecture', 'وأبلغ الوزير التونسي نظيرته اليابانية قرار بلاده المشاركة في المعرض الدولي "إكسبو 2005" بمقاطعة آيتشي.', ['JP', 'TN']],
    // batch 140's cupuacu-03 (Hespress): the summit whose success the talks discussed
    ['the success of a coming summit', 'بحثت الوزيرة المنتدبة مع نائب وزير الخارجية الياباني إنجاح قمة "تيكاد 6" في نيروبي.', ['JP', 'MA']],
  ])('a city in a topic of the talks is no place of theirs: %s', (_case, lede, parties) => {
    expect(placeOf([lede], parties).location?.city ?? '').toBe('');
  });
  // toothwort-02 (Asharq Al-Awsat), spruce-04, aspen-06: a party's country right after «في» and the talks' verb or day, no city
  // named: the country alone, for an editor to add the city; not an office's country («سفير أرمينيا في اليابان»)
  test('a party\'s country told after the talks\' verb or day is the place, without a city', () => {
    const found = placeOf(['ترأس وزير الاقتصاد الياباني أمس الأحد في المملكة العربية السعودية منتدى الاستثمار مع نظيره السعودي.'], ['JP', 'SA']);
    expect([found.location, found.basis]).toEqual([{ city: '', country: 'SA' }, 'countryOnly']);
    expect(placeOf(['التقى سفير أرمينيا في اليابان وزيرة الدولة للشؤون الخارجية اليابانية.'], ['AM', 'JP']).basis).toBe('none');
  });
  // meadowsweet-04 (RT): «وسط», which starts as «و» does, is a place word before the city («في شارع … وسط موسكو»)
  test('a city after «وسط» (in central …) is the place', () => {
    expect(placeOf(['بحث وزير الخارجية الروسي مع نظيره الياباني اليوم معاهدة السلام.', 'وجرت المحادثات في دار الضيافة في شارع سبيريدونوفكا وسط موسكو، واختتمت بمؤتمر صحفي.'], ['JP', 'RU']).location).toEqual({ city: 'موسكو', country: 'RU' });
  });
  test('a city after a topic and the meeting\'s own «خلال» is the place', () => {
    expect(placeOf(['بحث الوزيران جهود السلام خلال لقائهما في طوكيو.'], ['JP', 'UA']).location).toEqual({ city: 'طوكيو', country: 'JP' });
  });
  // sentence, parties, and the place it must give
  test.each<[string, string, string[], { city: string; country: string }]>([
    ['a venue stands for its city', 'استقبل الرئيس الأمريكي رئيس الوزراء الياباني في البيت الأبيض أمس.', ['JP', 'US'], { city: 'واشنطن', country: 'US' }],
    ['a palace of the host', 'استقبل رئيس الدولة رئيس وزراء اليابان في قصر الوطن.', ['AE', 'JP'], { city: 'أبوظبي', country: 'AE' }],
    // development's cedar-04 (KBS): the ministry that speaks «في سيئول» (Yonhap's and KBS's spelling) is not the venue
    ['a ministry that speaks from its capital, then the venue', 'وقالت وزارة الخارجية في سيئول اليوم الخميس إن المدير العام زار أمس مقر وزارة الخارجية اليابانية في طوكيو، حيث عقد الجولة الثامنة من المشاورات.', ['JP', 'KR'], { city: 'طوكيو', country: 'JP' }],
    // batch 97's cinquefoil-08 (Anadolu, datelined Ottawa): «في منطقة نياغارا», a known city after «منطقة», is the venue
    ['a known city after «منطقة»', 'التقى وزير الخارجية الياباني، الثلاثاء، نظيرته الكندية على هامش اجتماع وزراء خارجية مجموعة السبع الذي تستضيفه كندا في منطقة نياغارا بمقاطعة أونتاريو.', ['CA', 'JP'], { city: 'شلالات نياغارا', country: 'CA' }],
    // pair-97 and development's pair-43 (Yonhap): «سيئول» is Seoul
    ['Seoul as Yonhap spells it', 'استقبل الرئيس الكوري الجنوبي في سيئول رئيس الوزراء الياباني.', ['JP', 'KR'], { city: 'سيول', country: 'KR' }],
    // waiting set's sage-01 (WAM): the Ruler of Dubai's palace (a venue of cities.json)
    // development occident-11 and batch 68's caraway-02 (TAP): the presidency's palace is in Carthage, which the corpus names
    ['a palace in a town of its own beside the capital', 'استقبل الرئيس التونسي صباح أمس بقصر قرطاج وزير الخارجية الياباني.', ['JP', 'TN'], { city: 'قرطاج', country: 'TN' }],
    // batch 68's mace-01 (Asharq Al-Awsat): an embassy's seat stands in the country it is accredited to
    ['the seat of a party\'s embassy, in the other party\'s capital', 'عقد وزير الخارجية الياباني جلسة محادثات مع نظيره الإيطالي بعد ظهر الأحد في مقر السفارة الإيطالية في العاصمة اليابانية.', ['IT', 'JP'], { city: 'طوكيو', country: 'JP' }],
    // batch 71's lavender-02 (Asharq Al-Awsat): a resort «of hot springs» is no town's name; the city follows it
    ['a resort behind «لل» and then its city', 'دعا رئيس الوزراء الياباني والرئيس الكوري الجنوبي أمس في ختام قمة عقداها في منتجع للينابيع الحارة بمدينة إيبوسوكي في محافظة كاغوشيما إلى الحوار.', ['JP', 'KR'], { city: 'إيبوسوكي', country: 'JP' }],
    ['a palace of Dubai', 'استقبل نائب رئيس الدولة رئيس وزراء اليابان في قصر زعبيل.', ['AE', 'JP'], { city: 'دبي', country: 'AE' }],
    // batch 43's violet-05 (Alsumaria): Baghdad's presidential palace shares its name with Jeddah's
    ['a venue followed by a city of another country is that city\'s', 'استقبل رئيس الجمهورية برهم صالح، اليوم السبت، في قصر السلام ببغداد، وزير الخارجية الياباني.', ['IQ', 'JP'], { city: 'بغداد', country: 'IQ' }],
    // batch 43's violet-06 (Assabah): «العاصمة الإدارية» is a description here, not Egypt's new capital
    ['«العاصمة الإدارية» before another country\'s city describes it', 'استقبل رئيس الوزراء الماليزي مهاتير محمد، مساء الأربعاء، بمكتبه في العاصمة الإدارية بوتراجايا، وزير الخارجية الياباني.', ['JP', 'MY'], { city: 'بوتراجايا', country: 'MY' }],
    // development's maghreb-08 (title): a city behind «و» is another, and mere-06: one after a comma describes the first
    ['a city behind «و» locates none before it', 'زيلينسكي يستقبل وزيرة الخارجية اليابانية في كييف وطوكيو تؤكد دعمها.', ['JP', 'UA'], { city: 'كييف', country: 'UA' }],
    ['a description after a comma locates none before it', 'استقبل رئيس الوزراء الماليزي نظيره الياباني في مقر رئاسة الوزراء في بوتراجايا، العاصمة الإدارية لماليزيا.', ['JP', 'MY'], { city: 'بوتراجايا', country: 'MY' }],
    // batch 43's violet-02 (MENA): «في عمان» without the shadda in talks of Jordan is Amman, Oman taking no part
    ['a party\'s city spelled as another country\'s name', 'وذكرت وزارة الخارجية الأردنية أن المحادثات التي جرت بمقر الوزارة في عمان تناولت العلاقات مع اليابان.', ['JO', 'JP'], { city: 'عمّان', country: 'JO' }],
    // waiting umber-02 and pair-106 (WAM): the Maldives' capital, which the gazetteer lacked
    ['Malé', 'عقدت جمهورية المالديف واليابان اليوم في العاصمة ماليه الجولة الخامسة من حوار السياسات.', ['JP', 'MV'], { city: 'ماليه', country: 'MV' }],
    // batch 44's wisteria-05 (KUNA): a working lunch «في العاصمة التونسية» of Japan and Kenya, on the eve of TICAD 8
    ['a third country\'s capital by its nisba where the event is told first', 'بحث وزير الخارجية الياباني مع وزيرة الخارجية الكينية اليوم الجمعة خلال غداء عمل في العاصمة التونسية سبل تعزيز العلاقات.', ['JP', 'KE'], { city: 'تونس العاصمة', country: 'TN' }],
    ['the city a visit goes to', 'وصل رئيس الوزراء الياباني فوميو كيشيدا إلى العاصمة التايلاندية بانكوك في زيارة رسمية.', ['JP', 'TH'], { city: 'بانكوك', country: 'TH' }],
    // dune-08 (Sputnik Arabic): Kazakhstan's capital under its name of 2019–2022
    ['a city by its former name', 'أجرى وزير الخارجية الياباني محادثات مع نظيره الكازاخستاني في نور سلطان.', ['JP', 'KZ'], { city: 'أستانا', country: 'KZ' }],
    ['«في» behind ف', 'ففي طوكيو، عقد البلدان الجولة الخامسة عشرة من المشاورات.', ['CN', 'JP'], { city: 'طوكيو', country: 'JP' }],
    ['the seat of a party’s government is in its capital', 'التقى وزير الخارجية الياباني نظيره السعودي بمقر وزارة الخارجية اليابانية أمس.', ['JP', 'SA'], { city: 'طوكيو', country: 'JP' }],
    ['a town the gazetteer lacks, placed by a known city beyond an adjective and compass words', 'عقد الوزراء اجتماعهم في بلدة كوينزكليف الساحلية جنوب غربي مدينة ملبورن، داخل قلعتها.', ['AU', 'JP'], { city: 'كوينزكليف', country: 'AU' }],
    // batch 41 yarrow-03 (Al Khaleej): the city a coming conference is «المقرر في» is that conference's, not the talks'
    ['a city after a participle of a plan is a coming meeting\'s', 'بحث وزير الخارجية الياباني مع نظيره السيشلي التحضيرات لمؤتمر طوكيو الدولي للتنمية في أفريقيا المقرر في يوكوهاما العام المقبل، خلال لقائهما في طوكيو.', ['JP', 'SC'], { city: 'طوكيو', country: 'JP' }],
    // pair-104 (Anadolu): the city of a summit being prepared is that summit's
    ['a city after a word of preparing is the coming meeting\'s', 'بحث رئيس الوزراء الياباني والرئيس الأرجنتيني التحضير لقمة العشرين في أوساكا، خلال لقائهما في بوينس آيرس.', ['AR', 'JP'], { city: 'بوينس آيرس', country: 'AR' }],
    // pair-102 (Al Arabiya): «جزيرة غوام» is the gazetteer's Guam, not an unknown town of the host's country
    ['an island the gazetteer knows with its place noun is no unknown town', 'واستضاف إسبر الوزير الياباني في قاعدة أندرسن الجوية في شمال جزيرة غوام وبدأت المحادثات في قاعدة جوية بغوام.', ['JP', 'US'], { city: 'غوام', country: 'US' }],
    // batch 111's stitchwort-02 (Xinhua), pair-46, celandine-02: a place noun after an unknown town opens the place that locates it
    ['an unknown town ends at the place noun of its province', 'اختتمت الصين واليابان اليوم المشاورات البحرية التي استمرت يومين في بلدة ووتشن بمقاطعة تشجيانغ شرقي الصين.', ['CN', 'JP'], { city: 'ووتشن', country: 'CN' }],
    ['a village placed by its country\'s nisba', 'التقى الوزيران في قرية أويستر باي قرب العاصمة الفرنسية.', ['FR', 'JP'], { city: 'أويستر باي', country: 'FR' }],
    ['a village of the host who received the guest, with no country after it', 'استضاف رئيس الوزراء الياباني نظيره الهندي في منزله الريفي بقرية ناروساوا، الواقعة عند سفح جبل فوجي.', ['IN', 'JP'], { city: 'ناروساوا', country: 'JP' }],
    ['an unknown resort spelled as written, marks earlier in the sentence aside', 'عقد الزعيمان لقاءً ثنائياً يوم الخميس في منتجع بورغو إنياتسيا قرب بلدة فازانو بجنوب إيطاليا.', ['JP', 'UA'], { city: 'بورغو إنياتسيا', country: 'IT' }],
    ['«عمّان» with its shadda is Amman, not Oman, after «في» alone', 'والتقى وزير الخارجية الياباني نظيره الأردني أيمن الصفدي في عمّان اليوم.', ['JO', 'JP'], { city: 'عمّان', country: 'JO' }],
    // delta-11: «منتجع "بورغو إينياتسيا" بمنطقة بوليا»
    ['an unknown resort\'s name ends at its closing quote', 'التقى رئيس الوزراء الياباني نظيره الكندي على هامش قمة مجموعة السبع التي يحتضنها منتجع "بورغو إينياتسيا" بمنطقة بوليا جنوب إيطاليا.', ['CA', 'JP'], { city: 'بورغو إينياتسيا', country: 'IT' }],
    // pair-08, pair-18: a palace's own name is no town; the capital named after it is the place
    ['a palace named by its own name, then the capital', 'استقبل رئيس الإكوادور ظهر أمس وزير الخارجية الياباني في قصر كارونديليت الرئاسي بالعاصمة كيتو.', ['EC', 'JP'], { city: 'كيتو', country: 'EC' }],
    ['a palace named in quotes, then the capital', 'وعقد رئيس الوزراء الياباني مباحثات مع الرئيس الأوزبكي أعقبت مراسم استقبال أقيمت له في قصر "أق سراي" بالعاصمة طشقند.', ['JP', 'UZ'], { city: 'طشقند', country: 'UZ' }],
    ['a palace named after its town', 'استقبل رئيس الجمهورية اللبنانية قبل ظهر اليوم في قصر بعبدا وزير الدولة الياباني.', ['JP', 'LB'], { city: 'بعبدا', country: 'LB' }],
    ['a party\'s capital told by its nisba alone', 'عقد رئيس الوزراء الياباني، الأحد، مباحثات مع رئيسة بيرو في قصر الحكومة بالعاصمة البيروفية.', ['JP', 'PE'], { city: 'ليما', country: 'PE' }],
    ['a city told right after the seat of a party\'s government is where the seat is', 'عقد الزعيمان محادثات صباح اليوم في مقر الإقامة الرسمي لرئيس الوزراء الماليزي في بوتراجايا، المركز الإداري.', ['JP', 'MY'], { city: 'بوتراجايا', country: 'MY' }],
    ['an unknown town of three words', 'أجرى وزير الدفاع الياباني محادثات مع نظيره في مقر وزارة الدفاع في مجمع قيادة الدفاع بمدينة سري جاياواردنابورا كوتي السريلانكية، حيث أقيمت له مراسم استقبال.', ['JP', 'LK'], { city: 'سري جاياواردنابورا كوتي', country: 'LK' }],
    ['a city that hosts the meeting', 'احتضنت الجزائر العاصمة، اليوم الأحد، أشغال الدورة الأولى للجنة الاقتصادية المشتركة.', ['DZ', 'JP'], { city: 'الجزائر العاصمة', country: 'DZ' }],
  ])('%s', (_, sentence, parties, place) => {
    expect(placeOf([sentence], parties).location).toEqual(place);
  });
  // batch 48's oleander-04 (Al-Anbaa, KUNA): the host's residence in Tokyo, then the guest's nisba
  test('a city told between a seat and a nisba («في مقر إقامته الرسمي بطوكيو الرئيس النيجيري») places the seat; the nisba is the guest\'s', () => {
    expect(placeOf(['استقبل رئيس الوزراء الياباني جونيتشيرو كويزومي أمس في مقر إقامته الرسمي بطوكيو الرئيس النيجيري أولوسيغون أوباسانجو.'], ['JP', 'NG']).location).toEqual({ city: 'طوكيو', country: 'JP' });
  });
  // batch 48's rosemary-01 (Alhurra style): the lede holds no meeting word; the next paragraph says it happened at the meeting
  test('a lede the next paragraph places at the meeting («جاء ذلك خلال اجتماع …») tells its place before a later topic\'s city', () => {
    const paragraphs = [
      'أقرت الولايات المتحدة واليابان أمس الاثنين في نيويورك إرشادات جديدة للتعاون الدفاعي بين البلدين.',
      'جاء ذلك خلال اجتماع لجنة الأمن الاستشارية الذي يعقد بصيغة "2+2"، وضم وزيري الخارجية والدفاع في البلدين.',
      'وتطرق الاجتماع إلى مشروع نقل قاعدة فوتينما الجوية إلى موقع آخر داخل جزيرة أوكيناوا.',
    ];
    expect(placeOf(paragraphs, ['JP', 'US']).location).toEqual({ city: 'نيويورك', country: 'US' });
  });
  test('Japan’s side received with no city named: the partner’s country, its city left to an editor', () => {
    const found = placeOf(['استقبل فخامة رئيس الجمهورية صباح أمس بقصر الرئاسة وزير الدفاع الياباني.'], ['DJ', 'JP']);
    expect(found.location).toEqual({ city: '', country: 'DJ' });
    expect(found.basis).toBe('countryOnly');
  });
  test('a seat followed, past a comma, by a guest’s nisba is not the guest’s capital', () => {
    // the Japanese official was the one received: the partner's country, not Tokyo
    expect(placeOf(['استقبل الوزير في اليوم ذاته بمقر الوزارة، المسؤول الياباني.'], ['DZ', 'JP']).location).toEqual({ city: '', country: 'DZ' });
  });
  test('a city named after «إلى» with no visit word is no place', () => {
    expect(placeOf(['أعرب الوزيران عن التطلع إلى طوكيو والتعاون معها.'], ['JP', 'TH']).location).toBeUndefined();
  });
  test('reads "في X" and "عُقد في X"', () => {
    expect(placeOf(['في الرابع من ديسمبر، عُقد في طوكيو، اليابان، الحوار.'], ['JP', 'VN']).location).toEqual({ city: 'طوكيو', country: 'JP' });
    expect(placeOf(['عقد الاجتماع في نيودلهي في 29 مايو 2024.'], ['IN', 'JP']).location).toEqual({ city: 'نيودلهي', country: 'IN' });
  });
  test('reads بالعاصمة and the ب proclitic', () => {
    expect(placeOf(['انعقد الحوار بالعاصمة الجزائر العاصمة.'], ['DZ', 'JP']).location).toEqual({ city: 'الجزائر العاصمة', country: 'DZ' });
    // batch 21's marsh-06: the paragraph after the lede says where, on a multilateral's sidelines; a city of a summit the
    // week before is background
    expect(placeOf(['بحث وزير الاقتصاد الإندونيسي، الجمعة، مع وزير الاقتصاد الياباني تسريع المفاوضات.', 'جاء ذلك في لقاء ثنائي جمعهما في مدينة ديترويت الأمريكية، على هامش الاجتماع الوزاري للإطار الاقتصادي.', 'ونقل الوزير إلى المسؤول الياباني رغبة الرئيس التي أبداها خلال مشاركته في قمة مجموعة السبع بمدينة هيروشيما الأسبوع الماضي.'], ['ID', 'JP']).location).toEqual({ city: 'ديترويت', country: 'US' });
    expect(placeOf(['التقى الوزيران بمانيلا.'], ['JP', 'PH']).location).toEqual({ city: 'مانيلا', country: 'PH' });
  });
  test('reads "العاصمة اليابانية طوكيو"', () => {
    expect(placeOf(['عقد الاجتماع في العاصمة اليابانية طوكيو.'], ['JP', 'VN']).location).toEqual({ city: 'طوكيو', country: 'JP' });
  });
  test('skips a city of a future sentence', () => {
    const found = placeOf(['اتفق الجانبان على عقد الاجتماع السابع في طوكيو في تاريخ مناسب.'], ['IN', 'JP']);
    expect(found.location).toBeUndefined();
  });
  test('skips capitals used for countries', () => {
    expect(placeOf(['تحسين العلاقات بين طوكيو وسيول.'], ['JP', 'KR']).location).toBeUndefined();
  });
  test('falls back to the visited country, and its capital when the article names it as a place', () => {
    expect(placeOf(['زار الوزير كوريا الجنوبية.', 'وأجرى الوزير محادثات في سيول.'], ['JP', 'KR'], ['KR']).location).toEqual({ city: 'سيول', country: 'KR' });
    // a capital standing for its government is no place: the city is left to an editor
    expect(placeOf(['زار الوزير كوريا الجنوبية.', 'العلاقات بين طوكيو وسيول.'], ['JP', 'KR'], ['KR']).location).toEqual({ city: '', country: 'KR' });
    const noCity = placeOf(['جاء ذلك خلال زيارة بلينكن لليابان.'], ['JP', 'US'], ['JP']);
    expect(noCity.location).toEqual({ city: '', country: 'JP' });
    expect(noCity.warnings[0]).toMatch(/names no city/);
  });

  test('a meeting held by video takes no place from the dateline or from a city told later, but keeps one the lede tells', () => {
    const remotely = (paragraphs: string[], dateline?: string) => {
      const sentences = articleToSentences({ title: 'اجتماع 2+2', paragraphs });
      return findLocation(sentences, { parties: ['FR', 'JP'], visitDestinations: [], format: '2+2-ministerial', remote: true, countries: findCountries(sentences), ...(dateline ? { dateline } : {}) }).location;
    };
    const lede = 'عقد وزيرا الخارجية والدفاع الفرنسيان اليوم اجتماعا بصيغة "2+2" مع نظيريهما اليابانيين عبر تقنية الفيديو.';
    expect(remotely([lede, 'وكان البلدان يعتزمان عقد الاجتماع في طوكيو نهاية العام الماضي.'], 'باريس - أ ف ب')).toEqual({ city: '', country: '' });
    expect(remotely(['اجتمعت وزيرة الخارجية الفرنسية في ستراسبورغ مع نظيرها الياباني، فيما شارك وزيرا الدفاع في الاجتماع عبر تقنية الفيديو.'])).toEqual({ city: 'ستراسبورغ', country: 'FR' });
  });

  test('a dateline in a country that did not take part is kept for an editor to confirm; a party\'s dateline is not', () => {
    const byDateline = (dateline: string) => {
      const sentences = articleToSentences({ title: 'عنوان', paragraphs: ['عقد رئيس الوزراء الياباني، الأحد، مباحثات مع رئيسة بيرو في قصر الحكومة.'] });
      const found = findLocation(sentences, { parties: ['JP', 'PE'], visitDestinations: [], format: 'summit', countries: findCountries(sentences), dateline });
      return [found.location, found.basis];
    };
    expect(byDateline('أنقرة/ الأناضول')).toEqual([{ city: 'أنقرة', country: 'TR' }, 'datelineElsewhere']);
    expect(byDateline('ليما - الأناضول')).toEqual([{ city: 'ليما', country: 'PE' }, 'dateline']);
    // marigold-02, fumitory-02, toothwort-04 (Alsumaria), betony-07 (Shafaq): the outlet first, its city after a slash or dash
    expect(byDateline('السومرية نيوز / ليما')).toEqual([{ city: 'ليما', country: 'PE' }, 'dateline']);
    expect(byDateline('شفق نيوز/ أنقرة')).toEqual([{ city: 'أنقرة', country: 'TR' }, 'datelineElsewhere']);
    // (a part that is more than a city names none: «وكالات - من مراسلنا في ليما»)
    expect(byDateline('وكالات - من مراسلنا في ليما')[1]).toBe('none');
  });

  test('a meeting on a summit\'s sidelines abroad, placed in the paragraph after the lede, is there, not at a party\'s dateline', () => {
    // grove-03 (KUNA): «طوكيو - 25 - 6 (كونا) -- اتفق وزير الخارجية الياباني ونظيره الألماني …», then «… خلال اجتماع عقده الوزيران في لاهاي بهولندا»
    const sentences = articleToSentences({
      title: 'اليابان وألمانيا تتفقان على تعزيز التعاون الأمني في لقاء على هامش قمة (ناتو)',
      paragraphs: ['اتفق وزير الخارجية الياباني ونظيره الألماني اليوم الأربعاء على مواصلة تعزيز التعاون الثنائي.', 'وذكرت وزارة الخارجية اليابانية في بيان أن ذلك جاء خلال اجتماع عقده الوزيران في لاهاي بهولندا على هامش قمة حلف شمال الأطلسي.'],
    });
    const found = findLocation(sentences, { parties: ['DE', 'JP'], visitDestinations: [], format: 'foreign-ministers-meeting', countries: findCountries(sentences), dateline: 'طوكيو - 25 - 6 (كونا)' });
    expect(found.location).toEqual({ city: 'لاهاي', country: 'NL' });
  });

  test('past the lede, a party\'s city counts in a sentence of the talks, not in one of their topics', () => {
    // azimuth-08: «معتبرا أن زيارة نزارباييف إلى مدينة هيروشيما تمثل فرصة …»; ember-10: «المشروعات … ولا سيما في الدقم»
    const placeAfter = (later: string) => {
      const sentences = articleToSentences({ title: 'عنوان', paragraphs: ['استقبل وزير الخارجية الياباني اليوم رئيس كازاخستان الذي يزور اليابان.', later] });
      return findLocation(sentences, { parties: ['JP', 'KZ'], visitDestinations: ['JP'], format: 'official-visit', countries: findCountries(sentences) }).location;
    };
    expect(placeAfter('ودعا الوزير إلى تسريع التعاون، معتبرا أن زيارة الرئيس إلى مدينة هيروشيما تمثل فرصة لإبراز التعاون.')).toEqual({ city: '', country: 'JP' });
    expect(placeAfter('وجرت المباحثات في مدينة هيروشيما.')).toEqual({ city: 'هيروشيما', country: 'JP' });
  });

  test('a party\'s dateline, in a story of a visit to the other party, is the agency\'s home, not the venue', () => {
    // ember-01 (SUNA): «الخرطوم … (سونا) - أجرى وزير الدولة … مباحثات … في إطار الزيارة التي يقوم بها حالياً إلى اليابان»
    const sentences = articleToSentences({ title: 'عنوان', paragraphs: ['الخرطوم 20-12-2016 (سونا) - أجرى وزير الدولة بوزارة الخارجية أمس مباحثات مع وزير الدولة للشؤون الخارجية الياباني، وذلك في إطار الزيارة التي يقوم بها حالياً إلى اليابان.'] });
    const countries = findCountries(sentences);
    const visitDestinations = classifyParties(sentences, countries, []).visitDestinations;
    expect(visitDestinations).toContain('JP');
    const found = findLocation(sentences, { parties: ['JP', 'SD'], visitDestinations, format: 'vice-ministerial-dialogue', countries, dateline: 'الخرطوم 20-12-2016 (سونا)' });
    expect(found.location?.country).toBe('JP');
  });

  test('a dateline in a country that took no part, in a story of a visit to a party, is the outlet\'s desk, not the venue', () => {
    // waiting oleander-03 (Asharq Al-Awsat): «لندن: «الشرق الأوسط»» above talks with a speaker «في زيارة لليابان»
    const sentences = articleToSentences({ title: 'عنوان', paragraphs: ['أجرى وزير الخارجية الياباني أمس محادثات مع رئيس الجمعية الوطنية في جيبوتي الذي يقوم بزيارة إلى اليابان.'] });
    const countries = findCountries(sentences);
    const visitDestinations = classifyParties(sentences, countries, []).visitDestinations;
    expect(visitDestinations).toContain('JP');
    const placeWith = (dateline: string) => findLocation(sentences, { parties: ['DJ', 'JP'], visitDestinations, format: 'other', countries, dateline });
    expect(placeWith('لندن: «الشرق الأوسط»').location).toEqual({ city: '', country: 'JP' });
    expect(placeWith('طوكيو: «الشرق الأوسط»').location).toEqual({ city: 'طوكيو', country: 'JP' });
  });

  test('a visit to a party told without its city: the capital only where the text names it as a place', () => {
    // ember-01: «الشراكة مع طوكيو» (the government) and «مؤتمر طوكيو الدولي للتنمية» (a name) do not say the talks were in Tokyo
    const placeOf = (...paragraphs: string[]) => {
      const sentences = articleToSentences({ title: 'الوزير يؤكد تطلع السودان لتعزيز الشراكة مع طوكيو', paragraphs });
      return findLocation(sentences, { parties: ['JP', 'SD'], visitDestinations: ['JP'], format: 'vice-ministerial-dialogue', countries: findCountries(sentences) }).location;
    };
    const talks = 'أجرى وزير الدولة أمس مباحثات مع نظيره الياباني في إطار زيارته إلى اليابان، وشكره الوزير الياباني على إنجاح مؤتمر طوكيو الدولي للتنمية في أفريقيا.';
    expect(placeOf(talks)).toEqual({ city: '', country: 'JP' });
    expect(placeOf(talks, 'ويلتقي الوزير غدا رجال الأعمال في طوكيو.')).toEqual({ city: 'طوكيو', country: 'JP' });
  });

  test('a lede opening with its dateline «X في DATE /agency/» gives the place when no other is told', () => {
    const sentences = articleToSentences({ title: 'عنوان', paragraphs: ['بورت مورسبي في 21 أغسطس /العمانية/ التقى وزير الخارجية الياباني اليوم رئيس وزراء بابوا غينيا الجديدة.'] });
    expect(findLocation(sentences, { parties: ['JP', 'PG'], visitDestinations: [], format: 'official-visit', countries: findCountries(sentences) }).location).toEqual({ city: 'بورت مورسبي', country: 'PG' });
  });

  test('a city in a clause that tells a coming meeting is not the place; the talks told right after the lede give it', () => {
    const sentences = articleToSentences({
      title: 'عنوان',
      paragraphs: [
        'اتفق زعيما اليابان وتايلاند على العمل معاً من أجل إنجاح القمة الخاصة التي ستجمع اليابان ورابطة دول جنوب شرق آسيا في طوكيو الشهر المقبل.',
        'والتقى رئيس الوزراء الياباني ورئيس الوزراء التايلاندي يوم الأربعاء في أحد فنادق مدينة سان فرانسيسكو الأمريكية، حيث يوجد الزعيمان لحضور قمة آبيك.',
      ],
    });
    expect(findLocation(sentences, { parties: ['JP', 'TH'], visitDestinations: [], format: 'summit', countries: findCountries(sentences) }).location).toEqual({ city: 'سان فرانسيسكو', country: 'US' });
  });

  test('the city of a visit still to come («بالزيارة المرتقبة لرئيس الوزراء … إلى العاصمة اليابانية طوكيو») is not the place', () => {
    // waiting quince-06 (Abaad): the Baghdad round's talks touched on the Iraqi prime minister's coming trip to Tokyo
    const sentences = articleToSentences({
      title: 'عنوان',
      paragraphs: [
        'بغداد - عقدت العراق واليابان اليوم الجولة الثامنة من الحوار السياسي بين البلدين برئاسة نائبي وزيري الخارجية.',
        'وتطرق الاجتماع كذلك إلى التحضيرات الخاصة بالزيارة المرتقبة لرئيس مجلس الوزراء محمد شياع السوداني إلى العاصمة اليابانية طوكيو.',
      ],
    });
    expect(findLocation(sentences, { parties: ['IQ', 'JP'], visitDestinations: [], format: 'vice-ministerial-dialogue', countries: findCountries(sentences) }).location).toEqual({ city: 'بغداد', country: 'IQ' });
  });

  test('a noun that opens like a future verb («ساعة») makes no clause of a plan: «محادثاتهما التي استمرت نحو ساعة في طوكيو»', () => {
    // batch 63's kava-02 (Xinhua): the talks' own city in a relative clause, then a leader's earlier visit «إلى سول»
    const sentences = articleToSentences({
      title: 'عنوان',
      paragraphs: [
        'اتفق وزير الخارجية الياباني ونظيره الكوري الجنوبي اليوم على تحسين العلاقات الثنائية.',
        'وقال الوزير الياباني في مؤتمر صحفي عقب محادثاتهما التي استمرت نحو ساعة في طوكيو، إن زيارة الرئيس ستجري بروح جديدة أكدها الزعيمان خلال زيارة رئيس الوزراء الياباني إلى سول في فبراير الماضي.',
      ],
    });
    expect(findLocation(sentences, { parties: ['JP', 'KR'], visitDestinations: [], format: 'foreign-ministers-meeting', countries: findCountries(sentences) }).location).toEqual({ city: 'طوكيو', country: 'JP' });
  });
});
