import { describe, expect, test } from 'vitest';
import { findCountries } from './findCountries.ts';
import { findOfficials, officialsOfParties } from './findOfficials.ts';
import { articleToSentences } from './sentences.ts';

const officialsIn = (...paragraphs: string[]) => {
  const sentences = articleToSentences({ title: 'عنوان', paragraphs });
  return findOfficials(sentences, findCountries(sentences));
};

describe('findOfficials', () => {
  // batch 113's seablite-06 (Hespress): a name opening the sentence, its office after it, crashed the reading of the
  // form of address before the name (no token before it), and the article was lost
  test('a name that opens the sentence, its office after it', () => {
    const names = officialsIn('سمير عرور، سفير المملكة المغربية لدى اليابان، حل ضيفا على ميكي يامادا، نائبة وزير الشؤون الخارجية اليابانية، في زيارة مجاملة بطوكيو.').officials.map((official) => official.name);
    expect(names).toEqual(expect.arrayContaining(['سمير عرور', 'ميكي يامادا']));
  });
  // batch 113's saltwort-07 (Echorouk): a headline's verb after a title and its nisba is no name
  test('«يفاجئ» after «وزير الصناعة الياباني» is no name', () => {
    const sentences = articleToSentences({ title: 'وزير الصناعة الياباني يفاجئ بغداد بزيارة غير معلنة ويطلق "حوار الطاقة" مع الشهرستاني', paragraphs: ['بدأ وزير الاقتصاد والتجارة والصناعة الياباني أكيهيرو أوهاتا اليوم زيارة إلى بغداد التقى خلالها نائب رئيس الوزراء حسين الشهرستاني.'] });
    expect(findOfficials(sentences, findCountries(sentences)).officials.map((official) => official.name)).not.toContain('يفاجئ بغداد');
  });
  // … and the verb «حل» («حل X ضيفا على …») is no given name
  test('«حل» before a name is no part of it', () => {
    expect(officialsIn('حل سمير عرور، سفير المملكة المغربية لدى اليابان، يوم الإثنين، ضيفا على ميكي يامادا، نائبة وزير الشؤون الخارجية اليابانية، في زيارة مجاملة بمقر الوزارة بطوكيو.').officials.map((official) => official.name)).toEqual(expect.arrayContaining(['سمير عرور', 'ميكي يامادا']));
  });

  // batch 63's mugwort-05 (Africa Gate): «مبعوث آبي», the envoy's principal by his name in construct, headlines the page
  test('a leader whose envoy met («مبعوث آبي يسلّم …») was not at the talks', () => {
    const sentences = articleToSentences({ title: 'مبعوث آبي يسلّم الرئيس الأنغولي الجديد رسالة ويدعوه إلى قمة تيكاد', paragraphs: ['استقبل الرئيس الأنغولي جواو لورينسو الثلاثاء في لواندا نائب وزير الخارجية الياباني ماساهيسا ساتو، الذي حضر مراسم تنصيبه بصفته مبعوثا خاصا لرئيس الوزراء الياباني شينزو آبي.'] });
    expect(findOfficials(sentences, findCountries(sentences)).officials.map((official) => official.name).sort()).toEqual(['جواو لورينسو', 'ماساهيسا ساتو']);
  });
  // the waiting set's salak-03 and pairs49's pair-167, pair-168: the headline's «منذ» clause names who took office or spoke
  // («… في أول لقاء ياباني أمريكي منذ تنصيب ترامب»), no one who met
  test.each([
    ['إيوايا وروبيو يبحثان التحالف في أول لقاء ياباني أمريكي منذ تنصيب ترامب', ['تاكيشي إيوايا', 'ماركو روبيو']],
    ['أول محادثات بين وزيري خارجية البلدين منذ تولي سوغا رئاسة الحكومة', ['تاكيشي إيوايا', 'ماركو روبيو']],
    // batch 195's cocoplum-01 and pairs79: «غداة» (the day after) and «عشية» (the eve) set another occasion beside the
    // headline's, whose people did not meet
    ['إيوايا وروبيو يبحثان التحالف غداة قمة إيشيبا - ترامب', ['تاكيشي إيوايا', 'ماركو روبيو']],
    ['إيوايا وروبيو يلتقيان عشية قمة إيشيبا وترامب', ['تاكيشي إيوايا', 'ماركو روبيو']],
  ])('the headline «%s»', (title, names) => {
    const sentences = articleToSentences({ title, paragraphs: ['التقى وزير الخارجية الياباني تاكيشي إيوايا وزير الخارجية الأمريكي ماركو روبيو في واشنطن اليوم الثلاثاء.', 'واتفق الوزيران على الإعداد لأول قمة بين رئيس الوزراء الياباني شيغيرو إيشيبا والرئيس الأمريكي دونالد ترامب ورئيس الوزراء الياباني الأسبق يوشيهيدي سوغا.'] });
    expect(findOfficials(sentences, findCountries(sentences)).officials.map((official) => official.name).sort()).toEqual(names);
  });
  // the waiting set's willow-02 (SUNA): «د.» addresses a doctor as «الدكتور» does, so the office after the name is his role
  test('after «د.» and a name, the office written next is the role («مساعد رئيس الجمهورية»)', () => {
    const found = officialsIn('أبلغ د. نافع علي نافع مساعد رئيس الجمهورية، كبير أمناء مجلس الوزراء الياباني نوبوتاكا ماتشيمورا، خلال لقائهما بطوكيو أن الوضع الأمني تحسن.').officials;
    expect(found.map((official) => `${official.name}:${official.role}`)).toContain('نافع علي نافع:مساعد رئيس الجمهورية');
  });
  // batch 107's purslane-02 (TAP): Albania's «وزير أوروبا والشؤون الخارجية» (France's title too) is its foreign minister
  test('«وزير أوروبا والشؤون الخارجية X» is a foreign minister, not a minister of no portfolio', () => {
    const found = officialsIn('التقى وزير الخارجية الياباني تارو كونو، صباح اليوم السبت بمدينة ميونيخ، وزير أوروبا والشؤون الخارجية الألباني ديتمير بوشاتي، على هامش مؤتمر ميونيخ للأمن.').officials;
    expect(found.map((official) => `${official.name}:${official.role}`)).toContain('ديتمير بوشاتي:وزير أوروبا والشؤون الخارجية');
  });
  // brook-01, the waiting set's pokeweed-02 and batch 107's woodsorrel-01: past the first two paragraphs, «وترأس الجانب X»
  // and «وقاد الجانب X» name a side's head as «وترأس الوفد X» does
  test('a side\'s head after «ترأس الجانب» or «قاد الجانب» in the third paragraph took part', () => {
    const found = officialsIn(
      'عقدت اليابان ومنغوليا اليوم الثلاثاء في أولانباتار الجولة السادسة من المشاورات الدبلوماسية والدفاعية بين البلدين.',
      'وتناولت المشاورات الوضع الإقليمي والتعاون الدفاعي بين البلدين.',
      'وقاد الجانب المنغولي غانخويغ بيامباسورين، المدير العام لإدارة السياسات والتخطيط في وزارة الخارجية.',
      'وترأس الجانب الياباني جينئيتشي كادواكي، نائب المدير العام لمكتب شؤون آسيا والمحيط الهادئ.',
    ).officials;
    expect(found.map((official) => official.name).sort()).toEqual(['جينئيتشي كادواكي', 'غانخويغ بيامباسورين']);
  });
  // batch 107's purslane-06: «تعذر على X المشاركة», X could not come, as «لتعذر حضور X»
  test('the chief negotiator who could not take part («تعذر على X المشاركة») is not listed', () => {
    const found = officialsIn('أما الوفد الكولومبي فيرأسه المفاوض بوزارة التجارة عبدول فاتات روميرو، بعدما تعذر على كبير المفاوضين الكولومبيين خافيير أومبرتو غامبوا بينافيدس المشاركة في الجولة لظروف طارئة.').officials;
    expect(found.map((official) => official.name).filter((name) => name.includes('غامبوا'))).toEqual([]);
  });
  // the waiting set's spurge-07: «بمشاركة» (a common noun with its preposition) ends the name before it, which is read
  test('«بمشاركة» after a co-chair\'s office ends his reading, and he is listed', () => {
    const found = officialsIn('وترأس الاجتماع بشكل مشترك محمد بابا، نائب مدير علاقات المستثمرين في مفوضية نيجيريا لتشجيع الاستثمار، وأوتسوكا كوكي، رئيس القسم الاقتصادي في سفارة اليابان لدى نيجيريا، بمشاركة ممثلين عن شركات القطاع الخاص اليابانية.').officials;
    expect(found.map((official) => official.name)).toEqual(['محمد بابا', 'أوتسوكا كوكي']);
  });
  // batch 108's bogbean-01 (KUNA): Finland's «وكيل الدولة» (a ministry's permanent under-secretary) is a title, which also
  // ends the co-chair's name before it («… ميساكو كاجي ووكيل الدولة …»)
  test('«ووكيل الدولة في وزارة … الفنلندية X» names X, and ends the name before it', () => {
    const found = officialsIn('ترأس الاجتماع بشكل مشترك سفيرة التعاون العلمي والتكنولوجي في الوزارة ميساكو كاجي ووكيل الدولة في وزارة الشؤون الاقتصادية والتوظيف الفنلندية بيتري بلتونن بمشاركة ممثلين عن الوزارات.').officials;
    expect(found.map((official) => official.name)).toEqual(['ميساكو كاجي', 'بيتري بلتونن']);
  });
  // the waiting set's knotgrass-04 (a Gulf daily): «رئاسة», the chairing he takes on, is a noun after his name, no part of it
  test('«يتولى السفير X رئاسة الجانب» names X without «رئاسة»', () => {
    const found = officialsIn('ويرأس الوفد الأميركي منسق شؤون الفضاء الإلكتروني كريستوفر بينتر، فيما يتولى السفير أوسامو إيماي رئاسة الجانب الياباني واستضافة الجولة.').officials;
    expect(found.map((official) => official.name)).toContain('أوسامو إيماي');
  });
  // How names are read around titles: the sentence, and the names (with their countries) that must come out of it.
  test.each<[string, string, string[]]>([
    // batch 100's pokeweed-08 (KUNA) and nightshade-06, the waiting set's cornflower-02: the prime minister whose new
    // government a participant took office in, or kept it in, was not at the talks
    ['«الذي تسلم حقيبة الخارجية … في الحكومة الجديدة لرئيس الوزراء X»', 'أجرت وزيرة الخارجية الكندية ميلاني جولي محادثة مع نظيرها الياباني تاكيشي إيوايا، الذي تسلم حقيبة الخارجية مطلع الشهر في الحكومة الجديدة لرئيس الوزراء شيغيرو إيشيبا.', ['ميلاني جولي:CA', 'تاكيشي إيوايا:JP']],
    ['«على احتفاظه بمنصبه في الحكومة الجديدة التي شكلها رئيس الوزراء X»', 'وخلال الاتصال هنأ دون الوزير الياباني موتيغي على احتفاظه بمنصبه في الحكومة الجديدة التي شكلها رئيس الوزراء سوغا يوشيهيدي.', ['توشيميتسو موتيغي:JP']],
    // batch 103's dogwood-01, the waiting set's coralroot-07 and hawkweed-05: a body's field behind «ل», in construct
    // («لمصايد الأسماك», «لسياسة المحيطات»), is the office's complement, no name
    ['«X، نائب رئيس الوكالة الفدرالية لمصايد الأسماك،» names X', 'ويقود الوفد الروسي ألكسندر فومين، نائب رئيس الوكالة الفدرالية لمصايد الأسماك، ويضم ممثلين عن وزارة الخارجية.', ['ألكسندر فومين:RU']],
    ['«والمدير العام للأمانة الوطنية لسياسة المحيطات X»', 'وترأس الاجتماع من الجانب الياباني نائب المدير العام لإدارة الشؤون الأوروبية في وزارة الخارجية كونيهيكو كاوازو والمدير العام للأمانة الوطنية لسياسة المحيطات هيساتاكا هيراغوتشي.', ['كونيهيكو كاوازو:JP', 'هيساتاكا هيراغوتشي:JP']],
    // the waiting set's figwort-06, dropseed-04, batch 103's mayweed-07 and development hale-01: Latin initials written as
    // their letters' names open the name («إس. إم. كريشنا», «جي. موهان كومار»)
    ['«وزير الخارجية الهندي إس. إم. كريشنا»', 'عقد وزير الخارجية الهندي إس. إم. كريشنا ونظيره الياباني كويتشيرو جيمبا، اليوم السبت، الجولة الخامسة من الحوار.', ['إس إم كريشنا:IN', 'كويتشيرو غيمبا:JP']],
    ['«وكيل وزارة الدفاع جي. موهان كومار»', 'فيما ترأس الجانب الهندي وكيل وزارة الدفاع جي. موهان كومار، بمشاركة مسؤولين من الوزارتين.', ['جي. موهان كومار:IN']],
    // batch 101's woundwort-08 and batch 103's dogwood-07: an adviser's principal, named in construct after «مستشار» or
    // after his office in apposition, was not at the talks; the office with no name before it introduces the adviser
    ['«مستشار آبي للأمن القومي» names Abe as the principal', 'أجرى مستشار آبي للأمن القومي شوتارو ياتشي مشاورات في موسكو مع سكرتير مجلس الأمن الروسي نيكولاي باتروشيف.', ['شوتارو ياتشي:JP', 'نيكولاي باتروشيف:RU']],
    ['«X، المستشار الخاص لرئيس الوزراء الياباني Y»', 'أجرى كينتارو سونورا، المستشار الخاص لرئيس الوزراء الياباني شينزو أبي، اليوم الجمعة محادثات مع وزير الخارجية اليوناني جورجيوس كاتروغالوس.', ['كينتارو سونورا:JP', 'جورجيوس كاتروغالوس:GR']],
    ['«… والمستشار الخاص لرئيس الجمهورية X» is the adviser', 'عقدت اليابان والبرازيل الحوار الاقتصادي في برازيليا، بمشاركة وزير الاقتصاد والتجارة والصناعة تاكيو هيرانوما والمستشار الخاص لرئيس الجمهورية سيلسو أموريم.', ['تاكيو هيرانوما:JP', 'سيلسو أموريم:BR']],
    // batch 103's lungroot-04 and the waiting set's gentian-01: the leader after whose visit the ties grew was not at the
    // talks; batch 103's chickweed-03: nor the one whose interest («باهتمام») a participant praises
    ['«بعد زيارة الرئيس X لليابان» names X as absent', 'ورحب كونو بمشاركة باشيكو في الاجتماع، وقال إن الروابط بين البلدين ازدادت متانة بعد زيارة الرئيس الموزمبيقي فيليبي نيوسي لليابان.', []],
    ['«مشيداً باهتمام الرئيس X» names X as absent', 'من جانبه، رحب وزير الخارجية الياباني بالوزير المصري، مشيداً باهتمام الرئيس عبد الفتاح السيسي بملف التعليم.', []],
    // pairs95's pair-275 and pair-276: the author of the remarks a summons protested («تصريحات أدلى بها X») was not
    // there; one who spoke after the talks is named before the verb
    ['«احتجاجاً على تصريحات أدلى بها رئيس الوزراء X»', 'استدعت وزارة الخارجية الروسية اليوم السفير الياباني لدى موسكو تويوهيسا كوزوكي، احتجاجاً على تصريحات أدلى بها رئيس الوزراء الياباني شينزو آبي.', ['تويوهيسا كوزوكي:JP']],
    ['«التصريحات … التي أدلت بها رئيسة الوزراء X»', 'استقبل نائب وزير الخارجية الصيني سون وي دونغ سفير اليابان لدى الصين كينجي كاناسوغي، وقدم له احتجاجا بشأن التصريحات الخاطئة التي أدلت بها رئيسة الوزراء اليابانية ساناي تاكايتشي.', ['سون وي دونغ:CN', 'كينجي كاناسوغي:JP']],
    ['«وقال X في تصريحات أدلى بها للصحفيين» took part', 'التقى وزير الخارجية الياباني تارو كونو نظيره الأردني أيمن الصفدي في عمان، وقال كونو في تصريحات أدلى بها للصحفيين إن المحادثات كانت مثمرة.', ['أيمن الصفدي:JO', 'تارو كونو:JP']],
    // the waiting set's liverwort-05 and pairs93's pair-267: a deputy assistant secretary («نائب مساعد وزير الخارجية»),
    // the office written after the name that opens a delegation's list; a name behind «و» after its complement is the
    // list's next person, not the office's holder
    ['«نائبة مساعد وزير الخارجية» and «نائب مساعد وزير الدفاع» after the names', 'وترأس الوفد الأمريكي في الحوار ألكسندرا بيل، نائبة مساعد وزير الخارجية بمكتب الحد من التسلح، وريتشارد جونسون، نائب مساعد وزير الدفاع لسياسات الأسلحة النووية.', ['ألكسندرا بيل:US', 'ريتشارد جونسون:US']],
    ['«وضم الوفد الأمريكي X نائب مساعد وزير الخارجية … وY …»', 'وضم الوفد الأمريكي توم دينانو نائب مساعد وزير الخارجية لشؤون السياسة الدفاعية وبراد كلارك المدير الرئيسي لسياسة الدفاع النووي.', ['توم دينانو:US']],
    // pairs96's pair-279, batch 233's inga-04 and the waiting set's skirret-08: an outgoing ambassador, the end of his
    // term inside the office («المنتهية ولايته», «المنتهية فترة عمله»)
    ['«سفير اليابان المنتهية ولايته لدى الكاميرون X»', 'استقبل الرئيس الكاميروني بول بيا أمس سفير اليابان المنتهية ولايته لدى الكاميرون كونيو أوكامورا.', ['بول بيا:CM', 'كونيو أوكامورا:JP']],
    ['«بسفير اليابان المنتهية فترة عمله X»', 'التقى رئيس جنوب السودان في جوبا بسفير اليابان المنتهية فترة عمله سيجي أوكادا.', ['سيجي أوكادا:JP']],
    // batch 100's nightshade-03 (AFP): «ويو» is «و» and the Korean family name Yu after a comma, so the name is not read
    // on from the title before it (Yachi's) but back from his own
    ['«X، نائب وزير الخارجية الياباني، ويو ميونغ هوان، النائب الأول …»', 'واتفق شوتارو ياتشي، نائب وزير الخارجية الياباني، ويو ميونغ هوان، النائب الأول لوزير الخارجية والتجارة الكوري الجنوبي، على سحب الخطة.', ['شوتارو ياتشي:JP', 'يو ميونغ هوان:KR']],
    // the waiting set's hemlock-05, knotgrass-04 (a Gulf daily) and woodruff-01: «منسق», a coordinator, whose errand
    // follows in construct («منسق قضايا الفضاء الإلكتروني», «منسق مفاوضات التجارة») before the ministry and the name
    ['«منسق قضايا الفضاء الإلكتروني في وزارة الخارجية X»', 'وترأس الوفد الأميركي منسق قضايا الفضاء الإلكتروني في وزارة الخارجية كريستوفر بينتر، وضم ممثلين عن وزارات الأمن الداخلي.', ['كريستوفر بينتر:US']],
    ['«منسق مفاوضات التجارة في الخارجية الكورية X»', 'وترأس الجانب الكوري منسق مفاوضات التجارة في الخارجية الكورية كيم هيون جونغ على رأس وفد من نحو أربعين مسؤولاً.', ['كيم هيون جونغ:']],
    // the waiting set's bergamot-08 (KUNA): «بدأت» after a noun of the talks tells when they began, no other clause
    ['«المشاورات بدأت في العاشرة» opens no clause of another time', 'وذكرت الوزارة في بيان أن المشاورات بدأت في العاشرة صباحاً واستمرت نحو أربع ساعات وترأس الجانب الياباني فيها نائب وزير الخارجية تاكيشي أكاهوري.', ['تاكيشي أكاهوري:JP']],
    // … and a woman's office after her name goes on with the feminine «المسؤولة عن», as «المسؤول عن» does
    ['«المسؤولة عن» after a name is her office', 'فيما ترأست الجانب البرازيلي السفيرة سوزان كليبانك المسؤولة عن شؤون آسيا في وزارة الخارجية البرازيلية.', ['سوزان كليبانك:BR']],
    // pairs18's pair-75 (TAP): a verb of the talks' topics after the minister's nisba and a comma is no name
    ['«تناولت» after an office and a comma opens no name', 'أجرى الوزير محادثات مع وزيرة الشؤون الخارجية اليابانية، تناولت واقع علاقات التعاون بين البلدين.', []],
    // batch 35's dyke-01 (QNA): «سمو» ends a name, so a verb before it is no person
    ['«سمو» ends a name', 'رئيس وزراء اليابان يشكر سمو الأمير هاتفياً على جهود قطر.', []],
    // the waiting set's yellowroot-01 (Bernama): «ووزيران آخران» after a name are two unnamed ministers, no part of it
    ['«ووزيران آخران» after a name is no part of it', 'وحضره من جانب إسواتيني وزيرة الخارجية والتعاون الدولي ثولي دلادلا ووزيران آخران، إضافة إلى سفير المملكة لدى ماليزيا.', ['ثولي دلادلا:SZ']],
    // batch 90's speedwell-02 (Oman daily): «حرص طوكيو», Tokyo's eagerness, after an office is no person
    // batch 91's hogweed-04 (a Gulf daily): «رفض طوكيو», Tokyo's refusal, after a counterpart's nisba is no person either
    ['«يبلغ نظيره الكوري الجنوبي رفض طوكيو» names no «رفض طوكيو»', 'وأبلغ وزير الخارجية الياباني كويتشيرو غيمبا نظيره الكوري الجنوبي رفض طوكيو الزيارة خلال الاتصال.', ['كويتشيرو غيمبا:JP']],
    ['«أكد رئيس الوزراء الياباني حرص طوكيو» names no «حرص طوكيو»', 'وخلال الاتصال أكد رئيس الوزراء الياباني حرص طوكيو على مواصلة التعاون مع دار السلام.', []],
    // batch 90's speedwell-04 (Addis Standard): the prime minister a participant is introduced as the brother of was not there
    ['«وهو الشقيق الأصغر لرئيس الوزراء X» names a relative, not a participant', 'ونقل كيشي خلال اللقاء، وهو الشقيق الأصغر لرئيس الوزراء الياباني شينزو آبي، شكر حكومته لأديس أبابا.', []],
    // the waiting set's vervain-02 (Anadolu) and ivy-08: a dual title with one portfolio, then two names
    ['«وزيرا الدولة التركيان X وY»: two state ministers', 'وشارك في المحادثات وزيرا الدولة التركيان كورشاد توزمن ومحمد شيمشك.', ['كورشاد توزمن:TR', 'محمد شيمشك:TR']],
    // (their country, the side's, is told them by the event's parties later: extractEvent)
    ['«مديرا الإدارتين المعنيتين X وY»: two directors', 'وترأس الجانب الآيسلندي الأمين العام للوزارة مارتن إيولفسون، وشارك فيها مديرا الإدارتين المعنيتين ماريا ميول يونسدوتير وراغنار كريستيانسون.', ['مارتن إيولفسون:IS', 'ماريا ميول يونسدوتير:', 'راغنار كريستيانسون:']],
    // batch 91's milfoil-07 (RT Arabic): the secretary of Russia's Security Council, his name after the office and a comma
    ['«سكرتير مجلس الأمن الروسي، X» is an office', 'عقد سكرتير مجلس الأمن الروسي، نيكولاي باتروشيف، اليوم الثلاثاء في طوكيو، مشاورات مع الأمين العام لأمانة الأمن القومي اليابانية، شيغيرو كيتامورا.', ['شيغيرو كيتامورا:JP', 'نيكولاي باتروشيف:RU']],
    // batch 92's dewberry-07: Russia's Chief of the General Staff, whose «فاليري» reads as «ف» + «اليري» to the name reader
    ['the gazetteer\'s Valery Gerasimov', 'وبحث رئيس هيئة الأركان العامة الروسية، الجنرال فاليري غيراسيموف، مع وزير الدفاع الياباني إيتسونوري أونوديرا التعاون.', ['إيتسونوري أونوديرا:JP', 'فاليري غيراسيموف:RU']],
    // batch 35's birch-06 (Youm7): Japan's Deputy Chief Cabinet Secretary, named before his office
    ['«نائب كبير أمناء مجلس الوزراء» after a name and a comma', 'وحضر اللقاء عن الجانب الياباني هيرويوكي ناغاهاما، نائب كبير أمناء مجلس الوزراء.', ['هيرويوكي ناغاهاما:JP']],
    // batch 35's aspen-01 (Asharq Al-Awsat): the gazetteer writes «بن عبدالله», the page «بن عبد الله»
    ['a known name written with «عبد الله» apart is one person', 'عقد الأمير فيصل بن فرحان بن عبد الله، وزير الخارجية السعودي، جلسة محادثات مع نظيره الياباني يوشيماسا هاياشي.', ['فيصل بن فرحان:SA', 'يوشيماسا هاياشي:JP']],
    // batch 83's henbane-02 (TAP): Schröder as the Tunisian agency spells him
    ['TAP\'s «جرهارد شرودر» is Schröder', 'أجرى الوزير الأول الياباني جونيشيرو كويزومي اليوم ببرلين محادثات مع المستشار الألماني جرهارد شرودر.', ['جونيتشيرو كويزومي:JP', 'غيرهارد شرودر:DE']],
    // batch 79's skirret-03 (IRNA): Abe as the Iranian agency spells him, «آبه»
    ['IRNA\'s «شينزو آبه» is Abe', 'التقى الرئيس الإيراني حسن روحاني أمس في نيويورك رئيس الوزراء الياباني شينزو آبه.', ['حسن روحاني:IR', 'شينزو آبي:JP']],
    // batch 36's hazel-04 (IRNA): Motegi as the Iranian agency spells him, in two words
    ['IRNA\'s «موته غي» is Motegi', 'بحث وزير الخارجية محمد جواد ظريف في اتصال هاتفي مع نظيره الياباني "توشيميتسو موته غي" العلاقات الثنائية.', ['محمد جواد ظريف:IR', 'توشيميتسو موتيغي:JP']],
    // pairs20's pair-90 (KUNA): «ويتسلم منه رسالة» after the envoy's principal is no name
    ['«ويتسلم منه» after an office opens no name', 'الرئيس روحاني يستقبل المبعوث الخاص لرئيس وزراء اليابان ويتسلم منه رسالة خطية', ['حسن روحاني:IR']],
    // batch 37's jade-02 (TAP): the minister in whose stead the secretary of state held the talks was not at them
    ['«عوضا عن» the minister, who did not come', 'وترأس كاتب الدولة محمد علي النفطي الوفد التونسي في المحادثات عوضا عن وزير الشؤون الخارجية عثمان الجرندي الذي تعذر عليه الحضور.', ['محمد علي النفطي:TN']],
    // batch 38's quill-10 (Echorouk): the president whose intended visit the ministers discussed was not at the talks
    ['the president whose intention to visit is discussed', 'وأفادت الخارجية الكولومبية بأن الوزيرين بحثا استئناف المفاوضات، ونية الرئيس غوستافو بيترو زيارة اليابان خلال العام.', []],
    // batch 38's opal-06 (MENA) and batch 36's hazel-04 (IRNA, «انتخاب "يوشيهيدي سوغا" رئيساً لوزراء اليابان»): the one
    // whose election is congratulated was not at the talks
    ['the president whose re-election is congratulated', 'وقدم نائب وزير الخارجية الياباني كيوتو تسوجي في مستهل اللقاء التهنئة بمناسبة إعادة انتخاب الرئيس الرواندي بول كاجامي.', ['كيوتو تسوجي:JP']],
    // batch 38's opal-05 (Anadolu) and opal-09 (SUNA): full names as the press writes them, middle and family names and all
    ['«فيرونيكا ناتانيل ماكامو دلهوفو» is Macamo', 'عقدت وزيرة الخارجية اليابانية يوكو كاميكاوا اجتماعا مع نظيرتها الموزمبيقية فيرونيكا ناتانيل ماكامو دلهوفو في طوكيو.', ['يوكو كاميكاوا:JP', 'فيرونيكا ماكامو:MZ']],
    ['«يويري كاغوتا موسيفيني» is Museveni', 'استقبل الرئيس الأوغندي يويري كاغوتا موسيفيني في عنتيبي نائبة وزير الخارجية اليابانية.', ['يويري موسيفيني:UG']],
    // batch 37's lotus-02 (Asharq Al-Awsat): Wilbur Ross, whose family name is the Russians' «روس»
    ['«ويلبور روس» is a person, no Russian', 'وشارك في الجلسة من الجانب الأميركي وزير التجارة ويلبور روس ووزير الخزانة ستيفن منوتشين.', ['ويلبور روس:US', 'ستيفن منوتشين:US']],
    // batch 52's ivy-03 (France 24) and heather-07 (Al Jazeera): given names in «ـيه» (René, Manasseh) are no nouns
    // with a pronoun
    // the waiting set's pair-113 (APS), catnip-04, coralroot-08: José spelt «خوسيه» is a given name, no noun with «his»
    ['«خوسيه» opens a name', 'أجرى وزير الخارجية الياباني فوميو كيشيدا محادثات مع نظيره المكسيكي خوسيه أنطونيو ميدي في مكسيكو.', ['فوميو كيشيدا:JP', 'خوسيه أنطونيو ميدي:MX']],
    ['a given name in «ـيه» opens a name', 'التقى وزير الخارجية الياباني كاتسويا أوكادا السبت الرئيس الهايتي رينيه بريفال في بور أو برنس.', ['كاتسويا أوكادا:JP', 'رينيه بريفال:HT']],
    ['Manasseh «ماناسيه» opens a name', 'أجرى وزير الخارجية الياباني يوشيماسا هاياشي محادثات مع رئيس وزراء جزر سليمان ماناسيه سوغافاري في هونيارا.', ['يوشيماسا هاياشي:JP', 'ماناسيه سوغافاري:SB']],
    // batch 53's mimosa-01 (KUNA): family names in «ـيه» after a given name (Fornier, Bachelet, Séjourné, Bozizé)
    ['family names in «ـيه» go on the name', 'اتفق رئيس الوزراء الياباني جونيتشيرو كويزومي ورئيس حكومة امارة اندورا مارك فورنيه مولنيه اليوم على تعزيز التبادل.', ['جونيتشيرو كويزومي:JP', 'مارك فورنيه مولنيه:AD']],
    // pairs20's pair-93 (RT): a Georgian family name's «ـدزه» is no pronoun
    ['a Georgian «…دزه» ends no name', 'بحث وزير الخارجية الياباني فوميو كيشيدا مع نظيرته الجورجية مايا بانجيكيدزه اليوم الثلاثاء في طوكيو سبل تطوير العلاقات.', ['فوميو كيشيدا:JP', 'مايا بانجيكيدزه:GE']],
    // development wren-06 and batch 95's figwort-07: the Mauritian family name Bodha, «بودها», is no «her»
    ['the family name «بودها» ends no name', 'عقد وزير الخارجية الياباني توشيميتسو موتيغي جلسة مباحثات مع نظيره الموريشي ناندكومار بودها في طوكيو.', ['توشيميتسو موتيغي:JP', 'ناندكومار بودها:MU']],
    // batch 37's kelp-09 (Al-Bayan): the chair of an association of states is no person
    ['«رئيسة رابطة دول …» names no one', 'وقال أنور إنه أبلغ إيشيبا بأن ماليزيا، بصفتها رئيسة رابطة دول جنوب شرق آسيا (آسيان) للعام الجاري، أجرت مشاورات مع قادة دول الرابطة.', []],
    // batch 36's hazel-07 (Al-Ayyam): a headline's verb of praise after an unnamed minister is no name
    ['«ويثمن» after an office opens no name', 'الرئيس عباس يستقبل وزير الخارجية الياباني ويثمن تصويت طوكيو ضد قرار ترامب بشأن القدس', ['محمود عباس:PS']],
    // batch 35's birch-08 (RT): «ولي عهد سلطنة بروناي» is a crown prince, not «في عهد», the reign of someone absent
    ['a crown prince «ولي عهد …» takes part', 'التقى رئيس الوزراء الياباني فوميو كيشيدا وولي عهد سلطنة بروناي الأمير الحاج المهتدي بالله في طوكيو.', ['فوميو كيشيدا:JP', 'المهتدي بالله:BN']],
    // batch 34's rook-03 (Oman Daily): «سعادة», like «معالي», a form of address with the office written after the name
    ['«سعادة» before a name whose office follows it', 'فيما ترأس الجانب الياباني سعادة تاكاو ماكينو نائب وزير الخارجية البرلماني، واستغرق اللقاء نحو ساعة.', ['تاكاو ماكينو:JP']],
    // batch 35's birch-06 (Youm7) and batch 34's rook-03: a name right after its side («عن الجانب الياباني X») before its office, no comma
    ['a name right after its side and nisba, before its office', 'واستغرق اللقاء عشرين دقيقة، فيما حضره عن الجانب الياباني هيرويوكي ناغاهاما نائب كبير أمناء مجلس الوزراء.', ['هيرويوكي ناغاهاما:JP']],
    ['a name before an office after a word of no phrase start (no side, comma or day) is not read backwards', 'وبحث الجانبان سبل التعاون تاكاو ماكينو نائب وزير الخارجية البرلماني.', []],
    // pairs19's pair-83 (Al-Akhbar): Mauritania's «الناها» (an article and a -ha ending that is no pronoun) and Japan's «كاتبة الدولة»
    ['a feminine «كاتبة الدولة» and a given name with the article ending in «ها»', 'استقبلت وزيرة الشؤون الخارجية والتعاون الناها بنت حمدي ولد مكناس، اليوم بمكتبها، كاتبة الدولة البرلمانية للشؤون الخارجية في اليابان ماكيكو كيكوتا.', ['الناها بنت حمدي ولد مكناس:', 'ماكيكو كيكوتا:JP']],
    // batch 36's fir-06 (Anadolu): the headline's visit discussed is a coming one
    ['the one whose visit two ministers discuss («يبحثان زيارة X») is not at the table', 'وزيرا خارجية إندونيسيا واليابان يبحثان زيارة جوكو ويدودو إلى طوكيو.', []],
    // batch 36's hazel-02 (DW): the tour's previous stop, «قادمة من الصين، حيث … محادثات مع X»
    ['the people met at a tour\'s previous stop («قادمة من …، حيث …») are not at this meeting', 'ووصلت ميركل إلى اليابان قادمة من الصين، حيث أجرت محادثات مع الرئيس الصيني هو جينتاو ورئيس الوزراء ون جياباو.', []],
    ['a hyphenated given name keeps its syllables', 'وقاد الحوار النائب الأول لوزير الخارجية الكوري الجنوبي تشانغ هو-جين ونظيره الياباني.', ['تشانغ هو-جين:KR']],
    ['an office named with ل and في stands between title and name', 'وترأس الجولة المدير العام لمكتب شؤون آسيا وأوقيانوسيا في وزارة الخارجية اليابانية ساتو كينجي.', ['ساتو كينجي:JP']],
    ['a state word and an honorific stand between title and name', 'عقد رئيس الوزراء الياباني جلسة مباحثات مع نائب رئيس وزراء مملكة كمبوديا سامديتش كيم سوفانارا.', ['كيم سوفانارا:KH']],
    // batch 68's chicory-05 (Xinhua): the honorific spelt without its «ي», then «Techo», is no second person
    ['«سامدتش تيكو» before a known name is no name', 'التقى وزير الخارجية الياباني تارو كونو اليوم رئيس الوزراء الكمبودي سامدتش تيكو هون سين في هانوي.', ['تارو كونو:JP', 'هون سين:KH']],
    ['a final ال-word before a title ends the name', 'حضر اللقاء وزير الاستثمار المهندس خالد بن عبدالعزيز الفالح الوزير المرافق.', ['خالد بن عبدالعزيز الفالح:']],
    ['a long name of بن links', 'حضر اللقاء الأمير عبدالعزيز بن سعود بن نايف بن عبدالعزيز وزير الداخلية السعودي.', ['عبدالعزيز بن سعود بن نايف بن عبدالعزيز:SA']],
    ['a foreign name opening with ف is no particle', 'التقى رئيس الوزراء الياباني الرئيس السنغالي باسيرو ديوماي فاي في يوكوهاما.', ['باسيرو ديوماي فاي:SN']],
    ['a leader praised in the talks was not at them', 'وخلال المباحثات شكر الرئيس طوكيو على دعمها، مثنيا على جهود رئيس الوزراء الياباني فوميو كيشيدا.', []],
    ['a king a minister speaks of in the talks was not at them', 'أكد الوزير عقب غداء عمل مع نظيره الياباني أهمية العلاقات، مبرزا أن صاحب الجلالة الملك محمد السادس يولي عناية خاصة لتطويرها.', []],
    ['a head of government who sent an envoy to the talks was not at them', 'وأجرى هاياشي المحادثات موفدا خاصا لرئيس الوزراء فوميو كيشيدا.', []],
    // batch 50's clover-04 (Turkmen government portal): the delegation came on the president's instruction
    ['the leader on whose instruction a delegation came («بتكليف من الرئيس X») was not at its talks', 'واستقبل رئيس الوزراء الياباني شينزو آبي الوفد التركماني الذي يزور طوكيو بتكليف من الرئيس قربان قولي بردي محمدوف.', ['شينزو آبي:JP']],
    // batch 50's clover-01: a title in the dual with its plural qualifier of former office
    // (beside the sitting prime minister: a former office-holder is the guest only when his side has no one else, below)
    ['former prime ministers named in the dual («رئيسي الوزراء الأسبقين X وY») are former office-holders, as in the singular', 'وقبل المحادثات مع رئيس الوزراء الياباني فوميو كيشيدا التقى الرئيس رئيسي الوزراء الأسبقين يوشيرو موري وجونيتشيرو كويزومي.', ['فوميو كيشيدا:JP']],
    // next's gardenia-07 (Kono hands Abiy Ahmed Abe's TICAD invitation); dev brae-10, brook-06, solstice-11 write the same
    ['the leader whose invitation a minister hands over («دعوة من X») was not at the talks', 'أجرى وزير الخارجية الياباني تارو كونو زيارة مجاملة لرئيس الوزراء الإثيوبي آبي أحمد في أديس أبابا، سلّمه خلالها دعوة من رئيس الوزراء الياباني شينزو آبي لحضور المؤتمر.', ['تارو كونو:JP', 'آبي أحمد:ET']],
    // next's sage-03, azimuth-01, opal-07: condolences on a death, the name further from «تعازي» than its reach
    ['a leader whose death is mourned («في رحيل X») was not at the talks', 'وسلم الوزير خلال اللقاء رسالة، ونقل تعازي مصر قيادةً وشعباً في رحيل شينزو آبي، الذي أسهم بدور كبير.', []],
    // next's sage-03: the envoy's frame with its accusative tanween, as most pages write it
    ['a head of state who sent an envoy («مبعوثاً خاصاً للرئيس …», with tanween) was not at the talks', 'التقى وزير النقل المصري اليوم في طوكيو كبير أمناء مجلس الوزراء الياباني هيروكازو ماتسونو، في إطار زيارته مبعوثاً خاصاً للرئيس عبد الفتاح السيسي.', ['هيروكازو ماتسونو:JP']],
    // batch 65's samphire-07 (Arabi21): the leaders the minister hopes will visit are no people of the talks
    ['leaders named in a hope («معربا عن أمله في أن يتمكن رئيس الوزراء X من زيارة …») were not at the talks', 'وبحث الوزير مع السفير الياباني العلاقات، معربا عن أمله في أن يتمكن رئيس الوزراء الياباني الجديد يوشيهيدي سوغا ووزير الخارجية توشيميتسو موتيغي من زيارة باكستان.', []],
    // batch 153's pulasan-03 (Lefaso) and pairs63's pair-195 (El Khabar): an adjective between the hope and «في أن»
    ['a leader named in a hope with its adjective («عن أمله الكبير في أن يحضر X») was not at the talks', 'واستقبل رئيس الوزراء السفير الياباني، الذي عرض رهانات المؤتمر، معربا عن أمله الكبير في أن يحضر رئيس بوركينا فاسو روك مارك كريستيان كابوري أعمال المؤتمر.', []],
    ['… or «عن أمله العميق في أن يحضر رئيس الجمهورية السيد X»', 'وسلم المسؤول الياباني دعوة لحضور القمة، معربا عن أمله العميق في أن يحضر رئيس الجمهورية السيد عبد المجيد تبون أشغال هذه القمة.', []],
    // pairs63's pair-195 (El Khabar), pairs67's pair-203 (Libya Al Mostakbal) and pair-204 (Ahram Gate), development
    // south-04: the leader a headline says is invited («طوكيو تدعو الرئيس X إلى قمة …», «تجدد دعوة X إلى زيارة اليابان»)
    ['a leader the headline says Tokyo invites («طوكيو تدعو الرئيس X إلى») was not at the talks', 'طوكيو تدعو الرئيس المالي إبراهيم بوبكر كيتا إلى قمة "تيكاد 7" في يوكوهاما', []],
    ['… nor one whose invitation is renewed («تجدد دعوة X»)', 'طوكيو تجدد دعوة رئيس المكتب التنفيذي محمود جبريل إلى زيارة اليابان', []],
    ['… nor one an invitation is addressed to («دعوة موجهة إلى X»)', 'وسلّم المسؤول الياباني خلال اللقاء دعوة موجهة إلى الرئيس عبد المجيد تبون للمشاركة في القمة.', []],
    // batch 66's yuzu-06: the head of an administration («الإدارة التي يقودها الرئيس X») is named, not at the talks
    ['the leader of the administration the ties are with («مع الإدارة التي يقودها الرئيس X») was not at the talks', 'واستهل المسؤول الياباني اللقاء مؤكداً عزم بلاده على تعزيز العلاقات مع الإدارة التي يقودها الرئيس أندري راجولينا منذ تنصيبه.', []],
    // batch 67's anise-01 (Al-Hayat): the leader a dialogue is urged with, then «الزعيم الشمالي» before «بعدما»; the names
    // ran on into «لتسريع مسار» and «بعدما انتهت»
    ['the leader a dialogue is to be opened with («فتح حوار مباشر مع X») was not at the talks, and no name runs on into «لتسريع مسار» or «بعدما»', 'وحض الرئيس رئيس الوزراء على فتح حوار مباشر مع الزعيم الكوري الشمالي كيم جونغ إيل لتسريع مسار تطبيع العلاقات، فيما طلب منه أن ينقل رغبته في لقاء قمة مع الزعيم الشمالي، بعدما انتهت الجولة العاشرة من المفاوضات.', []],
    // batch 67's bergamot-04 and bergamot-05, batch 65's samphire-03: the leaders whose coming visit or meeting the talks
    // arranged («ترتيب زيارة X», «ترتيب لقاء بين X وY», «الترتيبات الخاصة بمشاركة X في قمة …»)
    ['leaders whose coming visit the talks arranged («ترتيب زيارة X لطوكيو») were not at them', 'وزير الخارجية الياباني يبحث هاتفياً مع نظيره المكسيكي ترتيب زيارة الرئيس إنريكي بينيا نييتو لطوكيو.', []],
    // batch 68's caraway-04 (SPA): no name runs on into «مقر سفارة» before the king's title
    ['a name ends before «مقر سفارة خادم الحرمين الشريفين»', 'وعقب المأدبة زار الأمير تركي بن محمد مقر سفارة خادم الحرمين الشريفين في طوكيو، والتقى منسوبيها.', ['تركي بن محمد:']],
    // development cedar-05 (SANA): «في حكومة …» after an office is the office's government, not «a government of X»
    ['a minister «في حكومة تصريف الأعمال السورية» holds the office', 'التقى وزير الخارجية في حكومة تصريف الأعمال السورية، أسعد حسن الشيباني، مساعد وزير الخارجية الياباني أندو توشيهيدي في دمشق.', ['أسعد الشيباني:SY', 'أندو توشيهيدي:JP']],
    // batch 70's fig-06 (ONA): the letter's addressee first, behind «ل», its sender after «من» far on
    ['the sender of a letter named after its addressee («رسالة خطية لحضرة … من دولة X») was not at the talks', 'وسلّم المسؤول الياباني سموه رسالة خطية لحضرة صاحب الجلالة السلطان قابوس بن سعيد المعظم -حفظه الله ورعاه- من دولة شينزو آبي رئيس وزراء اليابان.', []],
    // batch 71's lavender-05 (Anadolu): Singapore's Senior Minister of State
    ['«كبير وزراء الدولة» is an office', 'بحث كبير وزراء الدولة لشؤون الدفاع والخارجية في سنغافورة، محمد مالكي عثمان، يوم الاثنين، مع نائب وزير الخارجية البرلماني الياباني، كيوشي أوداوارا، العلاقات الثنائية.', ['محمد مالكي عثمان:SG', 'كيوشي أوداوارا:JP']],
    // batch 71's paprika-08 (Kyodo): the talks' topics after a counterpart and nisba are no name
    ['«وإمدادات خام …» after «نظيرها الزيمبابوي» is a topic, no name', 'وزيرة الخارجية اليابانية تبحث مع نظيرها الزيمبابوي الأمن الغذائي وإمدادات خام البيتاليت.', []],
    // batch 70's guava-02 (Moheet): an envoy's errand between his office and his name
    ['an envoy named after his errand («المبعوث الياباني الخاص لعملية السلام في سريلانكا X»)', 'أجرى المبعوث الياباني الخاص لعملية السلام في سريلانكا ياسوشي أكاشي محادثات يوم الجمعة في كولومبو.', ['ياسوشي أكاشي:JP']],
    // batch 69's clove-02 (Ahram): «الإعداد لزيارة X» in the headline, as «التحضير»
    ['a leader whose coming visit the talks prepared («الإعداد لزيارة X») was not at them', 'شكري وكيشيدا يبحثان في طوكيو الإعداد لزيارة الرئيس عبد الفتاح السيسي لليابان.', []],
    // the waiting set's chervil-07 (Finland's permanent state secretary) and four more pages: «الأمين الدائم» is an office
    ['«الأمين الدائم» is an office', 'أجرى نائب وزير الخارجية الياباني ماساتاكا أوكانو مباحثات في طوكيو مع الأمين الدائم لوزارة الخارجية الفنلندية يوكا سالوفارا.', ['ماساتاكا أوكانو:JP', 'يوكا سالوفارا:FI']],
    // batch 83's fumitory-01 (Asharq Al-Awsat): a form of address reads no second name past the one already read after it
    ['a title\'s complement ends at a name read («الدكتور مهدي الحافظ، بحسب مصدر …»)', 'وحضره عن الجانب العراقي وزير التخطيط والتعاون الإنمائي الدكتور مهدي الحافظ، بحسب مصدر في الوفد العراقي المرافق.', ['مهدي الحافظ:IQ']],
    // the waiting set's orris-03 and dill-04 (WAM): the Gulf's «الوكيل البرلماني», Japan's parliamentary vice-minister
    ['«الوكيل البرلماني» is an office', 'استقبل الرئيس الأفغاني حامد كرزاي الاثنين في كابول الوكيل البرلماني لوزارة الخارجية اليابانية ماساكازو سيكيغوتشي.', ['حامد كرزاي:AF', 'ماساكازو سيكيغوتشي:JP']],
    // batch 80's hellebore-05 (MAP): «الأمين البرلماني», the Maghreb's word for Japan's parliamentary vice-minister
    ['«الأمين البرلماني» is an office', 'استقبل الوزير الأول السنغالي، الشيخ حاجيبو سوماري، اليوم بداكار، الأمين البرلماني لوزارة الخارجية اليابانية، أوسامو أونو.', ['حاجيبو سوماري:SN', 'أوسامو أونو:JP']],
    // batch 80's foxglove-02 and two waiting pages: the plural «التحضيرات لزيارة X»
    ['a leader whose coming visit the talks prepared («التحضيرات لزيارة X») was not at them', 'اتفق وزير الخارجية الياباني ونظيره الروسي على الإسراع في التحضيرات لزيارة الرئيس الروسي فلاديمير بوتين إلى اليابان.', []],
    // pairs95's pair-278 (Okaz): the adverb «استعداداً للقمة … بين X وY», a coming summit's leaders
    ['the leaders of a summit the talks prepared for («استعداداً للقمة الثانية بين X وY») were not at them', 'كونو وبومبيو يتشاوران هاتفياً استعداداً للقمة الثانية بين الرئيس الأمريكي دونالد ترامب والزعيم الكوري الشمالي.', []],
    ['the leader whose part in a coming summit was arranged («الترتيبات الخاصة بمشاركة X») was not at the talks', 'وتناول الاتصال الترتيبات الخاصة بمشاركة رئيس الوزراء الياباني الجديد ناوتو كان في قمة آسيان المقرر عقدها في هانوي.', []],
    // batch 65's ume-07 (Al-Alam): the frame's reach passes over the forms of address before the name
    ['a leader whose greetings are conveyed, behind his honorifics («تحيات رئيس الجمهورية آية الله السيد X»), was not at the talks', 'وفي بداية الاتصال نقل الوزير تحيات رئيس الجمهورية آية الله السيد إبراهيم رئيسي إلى كبار المسؤولين.', []],
    ['the و of a list is no letter of the name after it, and that name is not the previous title\'s', 'وحضر اللقاء المدير العام الياباني ساتو كينجي، وكاوامورا ياسوهيسا، السفير الياباني المعين لدى كندا.', ['ساتو كينجي:JP', 'كاوامورا ياسوهيسا:JP']],
    ['a spokesperson reports the talks and did not hold them', 'وصرح السفير أحمد أبو زيد، المتحدث الرسمي باسم وزارة الخارجية، بأن الوزيرين بحثا خلال اللقاء التعاون الثنائي.', []],
    ['leaders named in what a minister said were not at his talks', 'وخلال المحادثات أشار وانغ إلى أن الرئيس شي جين بينغ حريص على العلاقات.', []],
    ['a name after a verb with a pronoun, before its title and a comma; «ترأس» after a title and a particle is no family name', 'وذكرت الوزارة أن وفد بلادها ترأسه أحمد قربانوف، نائب وزير الخارجية، فيما ترأس الجانب الياباني الممثل الخاص ماساكي إيشيكاوا.', ['أحمد قربانوف:', 'ماساكي إيشيكاوا:JP']],
    ['a delegation head named after «ترأس الاجتماع عن الجانب» and the side\'s nisba', 'وترأس الاجتماع عن الجانب الكندي جوناثان فريد، منسق العلاقات الاقتصادية الدولية.', ['جوناثان فريد:CA']],
    // batch 23's glen-02 (Ahram Gate, MENA): «آلان» folds to «الان» but its madda says a name, not the article
    ['a given name written with a madda on its alef («آلان») opens a name', 'عقد رئيس الوزراء الياباني ياسو فوكودا والرئيس البيروفي آلان جارسيا اليوم محادثات في طوكيو.', ['ياسو فوكودا:JP', 'آلان جارسيا:PE']],
    // tarn-04 (Oman Daily) and reef-06 (Asharq Al-Awsat): the earlier visit whose outcomes the talks follow up
    ['a leader whose earlier visit\'s outcomes the talks follow up was not at them', 'وأكد المسؤول الياباني رغبة طوكيو في توسيع التعاون، بناءً على نتائج زيارة رئيس الوزراء الياباني شينزو آبي إلى السلطنة عام 2014.', []],
    // pair-44 (Libya Observer style): a member of parliament in a side's list
    ['a member of parliament, by title, in a side\'s list', 'وشارك في اللقاء من الجانب الليبي عضو مجلس النواب أيمن سيف النصر.', ['أيمن سيف النصر:LY']],
    // batch 24's fell-07 (TAP): the co-chairs of a joint committee, the second one's nisba after his own title
    ['a title behind «و» after a name opens the next person: its nisba is not the first one\'s', 'انعقدت الدورة التاسعة للجنة المشتركة، برئاسة مشتركة بين كاتب الدولة للشؤون الخارجية صبري باش طبجي ونائب وزير الشؤون الخارجية الياباني كنتارو سونورا.', ['صبري باشطبجي:TN', 'كينتارو سونورا:JP']],
    // pair-54 (EFE), written for pair-47's rule: the leader whose funeral the guests came for
    ['the leader whose funeral or memorial brought the guests was not at the talks', 'والتقى وزير الخارجية الياباني يوشيماسا هاياشي نظيرته السلفادورية على هامش جنازة رئيس الوزراء شينزو آبي.', ['يوشيماسا هاياشي:JP']],
    // batch 25's heron-09 (Al-Bayan): the sender of a letter handed over at the talks was not at them
    ['the sender of a letter «موجهة من» was not at the talks', 'وسلّم الوزير التايلاندي نظيره الياباني رسالة موجهة من رئيس الوزراء الانتقالي الجنرال سورايود شولانونت، دون أن يكشف عن مضمونها.', []],
    ['a member of a presidential council, by title', 'بحث النائب بالمجلس الرئاسي، عبدالله اللافي، اليوم الأربعاء، مع وزيرة الخارجية اليابانية يوكو كاميكاوا.', ['يوكو كاميكاوا:JP', 'عبدالله اللافي:']],
    // ironwood-04, licorice-01 («عصر أمس»), dyke-09 («لقاء جمع X»), fjord-11 («وعددا من المسؤولين»), ivy-03 («قرب أنقاض
    // القصر»): a time of day, a verb, a word of number or a preposition next to a name is none of its words
    ['a name before «عصر» and a weekday', 'بحث وزير الخارجية الياباني هيروفومي ناكاسونه مع نظيره الأوغندي سام كاهامبا كوتيسا عصر الأربعاء بمقر الوزارة.', ['هيروفومي ناكاسوني:JP', 'سام كاهامبا كوتيسا:UG']],
    ['a name after «لقاء جمع», its office after it', 'وذلك خلال لقاء جمع ميكي يامادا، نائبة وزير الخارجية اليابانية، ووزير الخارجية الأنغولي.', ['ميكي يامادا:JP']],
    ['a name before «وعددا من المسؤولين»', 'وزار رئيس الوزراء الياباني جزر القمر، التقى خلالها رئيس البلاد غزالي عثماني وعددا من المسؤولين.', ['غزالي عثماني:']],
    // batch 86's dodder-07 («وزير الخارجية الياباني يحل بكييف»), lupin-08 («الذي يحل باليابان»): «يحل», «arrives», is no name
    ['a title before «يحل» and a city', 'وزير الخارجية الياباني يحل بكييف في زيارة مفاجئة ويتعهد بمواصلة دعم أوكرانيا.', []],
    ['a name before «قرب»', 'والتقى وزير الخارجية الياباني الرئيس الهايتي رينيه بريفال قرب أنقاض القصر الرئاسي.', ['رينيه بريفال:HT']],
    // the waiting set's mimosa-08, pimento-05, wormwood-07, rook-09 and horseradish-05: who an invitation to visit names
    // between it and the visit («دعوة رسمية من اليابان للرئيس X لزيارة طوكيو», «ويدعو X لزيارة بيشكك») was not at the talks
    ['the one invited to visit («دعوة … للرئيس X لزيارة طوكيو») was not at the talks', 'والتقى وزير الخارجية ماريو لوبيتكين وزير الدولة الياباني إيواو هوري، الذي نقل دعوة رسمية من اليابان للرئيس ياماندو أورسي لزيارة طوكيو.', ['ماريو لوبتكين:UY', 'إيواو هوريي:JP']],
    ['the inviter and the invited between «دعوة» and «لزيارة» were not at the talks', 'وسلم الوزير اليوناني نظيره الياباني دعوة رسمية من رئيس الوزراء اليوناني ألكسيس تسيبراس إلى نظيره الياباني شينزو آبي لزيارة اليونان.', []],
    ['a comma between the invitation and the visit ends its reach', 'وجه رئيس الوزراء الياباني شينزو آبي دعوة، وبحث مع الرئيس الأرجنتيني ماوريسيو ماكري خطط زيارة اليابان.', ['شينزو آبي:JP', 'ماوريسيو ماكري:AR']],
    // the waiting set's fenugreek-03 (Al-Ahram): a gazetteer person who is the ministry's spokesperson that day reports
    // the talks, as an unknown one does
    ['a known person named as the spokesperson reports the talks, not holds them', 'وصرح السفير بدر عبد العاطي، المتحدث الرسمي باسم وزارة الخارجية، بأن الوزير نبيل فهمي استعرض خلال اللقاء مع وزير الخارجية الياباني فوميو كيشيدا الخطوات المتخذة.', ['فوميو كيشيدا:JP', 'نبيل فهمي:EG']],
    // the waiting set's eglantine-06 and rowan-03: «خلفاً لفوميو كيشيدا», the predecessor's name joined to «ل»
    ['the predecessor after «خلفاً ل» joined to the name was not at the talks', 'وأجرى رئيس الوزراء الياباني شيغيرو إيشيبا الاتصال بعدما انتخبه البرلمان رئيساً للحكومة، خلفاً لفوميو كيشيدا.', ['شيغيرو إيشيبا:JP']],
    // batch 88's sweetflag-04 (Asharq Al-Awsat): the one whose earlier visit's results the talks build on, told with «التي»
    ['«نتائج الزيارة التي قام بها X» names who made an earlier visit', 'وشكر كيشيدا مضيفه على الدعوة، مؤكداً رغبة بلاده في البناء على نتائج الزيارة التي قام بها الأمير محمد بن سلمان، ولي ولي العهد، إلى اليابان.', []],
    // batch 89's alkanet-07 (Roya), dell-05, loch-03: a leader whose decision the talks weighed («في ضوء قرار الرئيس الأمريكي X»)
    ['the leader of a decision the talks weighed («قرار الرئيس X») was not at them', 'بحث وزير الخارجية أيمن الصفدي في اتصال هاتفي مع وزير الخارجية الياباني تارو كونو المستجدات في ضوء قرار الرئيس الأمريكي دونالد ترامب الاعتراف بالقدس عاصمة لإسرائيل.', ['أيمن الصفدي:JO', 'تارو كونو:JP']],
    // batch 85's madder-04: the venue after «في» right before a name whose office follows it is no part of the name
    ['a name after the venue, its office after it', 'استقبل وزير الخارجية الياباني فوميو كيشيدا مساء الاثنين في طوكيو لويس شفايتزر، الممثل الخاص لوزير الخارجية الفرنسي.', ['فوميو كيشيدا:JP', 'لويس شفايتزر:FR']],
    // batch 85's woad-05: «الحاج», a pilgrim's honorific, between the office and the name
    ['a president behind the honorific «الحاج»', 'عقد رئيس الوزراء الياباني ياسو فوكودا صباح الثلاثاء في يوكوهاما لقاء مع رئيس الغابون الحاج عمر بونغو أونديمبا.', ['ياسو فوكودا:JP', 'عمر بونغو أونديمبا:GA']],
    ['a member of a leadership council, by title and honorific', 'أكد عضو مجلس القيادة الرئاسي الشيخ عثمان مجلي خلال لقائه المسؤولين اليابانيين أهمية التعاون.', ['عثمان مجلي:']],
    // azimuth-01 («من الجانب الرواندي …، ووزير المالية …») and batch 20's brook-06: an attendee listed after another is of the same side
    ['a name listed after an attendee of known country, without its own, is of that side', 'وحضر اللقاء وزيرة الخارجية الكينية رايتشل أومامو، ووزير الخزانة أوكور ياتاني، بحسب بيان الرئاسة.', ['رايتشل أومامو:KE', 'أوكور ياتاني:KE']],
    ['a name surely Japanese listed after an attendee of the other side is not given that side', 'وحضر اللقاء وزيرة الخارجية الكينية رايتشل أومامو، ونائب الوزير ماسارو تاكيغوتشي، بحسب بيان الرئاسة.', ['رايتشل أومامو:KE', 'ماسارو تاكيغوتشي:']],
    // batch 20's brook-01: the side a list is about («من الجانب الصيني A و B ووزير المالية C، ومن الجانب الياباني D»);
    // dune-09, zenith-01: not past «فيما» or a comma, nor from a side whose nisba is unknown
    ['a name of a side\'s list without its own nisba is of that side', 'وشارك في الحوار من الجانب الصيني وزير الخارجية يانغ جيه تشي ووزير المالية شيه شيو رن، ومن الجانب الياباني وزير المالية فوكوشيرو نوكاغا.', ['فوكوشيرو نوكاغا:JP', 'يانغ جيه تشي:CN', 'شيه شيو رن:CN']],
    ['a side named in the clause before «فيما» is not the next clause\'s', 'وترأس الجانب الياباني نائب وزير الخارجية الأول تاكيشي أكاهوري فيما ترأس الجانب البنغالي سكرتير الشؤون الشرقية السفير محمد نذر الإسلام.', ['تاكيشي أكاهوري:JP', 'محمد نذر الإسلام:']],
    // pair-89 (KBS): the side's list goes on past «، و» (a comma and a next member), not past a comma that opens a clause
    ['a side\'s list goes on past a comma and «و»', 'وعقد البلدان جولة المشاورات السياسية، ومثل الجانب الأردني فيها الأمين العام لوزارة الخارجية سامر الخطيب، ومدير إدارة آسيا في الوزارة رامي الخصاونة.', ['سامر الخطيب:JO', 'رامي الخصاونة:JO']],
    ['a side\'s list goes on past a comma and «و» before a deputy\'s office', 'وعقد البلدان جولة المشاورات السياسية، فيما مثل الجانب الياباني المدير العام لمكتب شؤون آسيا في وزارة الخارجية هيروشي ساتو، ونائب المدير العام لمكتب السياسة الدفاعية في وزارة الدفاع جون إندو.', ['هيروشي ساتو:JP', 'جون إندو:JP']],
    ['a side\'s list stops at a comma that opens a clause', 'وعقد البلدان جولة المشاورات السياسية، ومثل الجانب الأردني فيها الأمين العام لوزارة الخارجية سامر الخطيب، وقال مدير إدارة آسيا في الوزارة رامي الخصاونة إن الجولة المقبلة تعقد في طوكيو.', ['سامر الخطيب:JO', 'رامي الخصاونة:']],
    // kelp-06 (CRI), pair-26 (SPA): a portfolio goes on with «و» and a word in construct («ومصايد الأسماك», «وتقنية المعلومات»)
    ['a portfolio going on with «و» and a word in construct', 'وضم الوفد الياباني وزير الزراعة والغابات ومصايد الأسماك تاكاموري يوشيكاوا.', ['تاكاموري يوشيكاوا:JP']],
    // pairs34's pair-137 (Le360), the waiting set's gromwell-03: a ministry's sector («لقطاع») and its field, though a
    // word of the field is a known name's too («الصيد» of Habib Essid)
    ['a ministry\'s sector and its field in an office («الكاتبة العامة لقطاع الصيد البحري، X»)', 'وترأست أشغال هذه المشاورات الكاتبة العامة المغربية لقطاع الصيد البحري، زكية الدريوش، فيما قاد الوفد الياباني أكيرا سايتو.', ['زكية الدريوش:MA', 'أكيرا سايتو:JP']],
    // batch 115's ebony-03 (MENA), the waiting set's butterbur-03 and meadowrue-01: an aid agency's representative in the
    // country («كبير ممثلي», «الممثل المقيم»), named before the office after a word of attendance and its meeting
    ['an attendee named before the office, after «وحضر الاجتماع»', 'وحضر الاجتماع كوزو واتانابي كبير ممثلي مكتب الوكالة اليابانية للتعاون الدولي في بوتان.', ['كوزو واتانابي:JP']],
    ['an aid agency\'s resident representative', 'وشارك في الاجتماع الممثل المقيم لوكالة اليابان للتعاون الدولي تاكاهيرو مورييا.', ['تاكاهيرو مورييا:JP']],
    // batch 115's baobab-03 (Afrigate), the waiting set's knawel-02: an office's errand after «المكلف» runs to its comma,
    // stop-words and all; not when a word of it can open a name (hawkweed-05: «المكلف بالمحيطات سيرج سيغورا،»)
    ['an office\'s errand after «المكلف», to its comma', 'بحث الوزير المنتدب لدى وزير العلاقات الخارجية الكاميروني المكلف بالعلاقات مع دول الكومنولث، فيليكس مبايو، يوم الجمعة في ياوندي مع سفير اليابان.', ['فيليكس مبايو:CM']],
    // batch 118's rowanberry-03 (Anadolu): a country's name after «في» right after the office, a comma after it, is the
    // office's; without the comma it may be the venue, and no name is read past it
    ['an office «في» its country, a comma before the name', 'بحث موتيغي في سراييفو مع نائبة رئيس مجلس الوزراء وزيرة الخارجية في البوسنة والهرسك، بيسيرا توركوفيتش، العلاقات الثنائية.', ['بيسيرا توركوفيتش:BA']],
    // batch 122's banksia-04 (Echorouk), pairs37's pair-143 and pair-144: a deputy premier's second portfolio written with the
    // country's pronoun («ووزير ماليتها», «ووزيرة اقتصادها») is an office, the name after it the holder's
    ['a portfolio with the country\'s pronoun («ووزير ماليتها»)', 'بحث وزير الخارجية الياباني تارو كونو مع نائب رئيس وزراء جزر البهاما ووزير ماليتها كيفن بيتر تيرنكويست سبل الارتقاء بالعلاقات.', ['تارو كونو:JP', 'كيفن بيتر تيرنكويست:BS']],
    ['a portfolio with the country\'s pronoun, feminine («ووزيرة اقتصادها»)', 'استقبلت النائبة الأولى لرئيس وزراء أوكرانيا ووزيرة اقتصادها يوليانا سفيردنكو، اليوم، وزير الدولة الياباني.', ['يوليانا سفيردنكو:UA']],
    // batch 132's ceiba-02: the talks' topic after «نظيره» and its nisba is no name («تدريب كوادر المياه»)
    ['the talks\' topic after a counterpart and nisba is no name', 'وزير خارجية اليابان يبحث مع نظيره الغرينادي تدريب كوادر المياه.', []],
    // batch 132's sisal-01: a permanent representative to the UN («المندوبة الدائمة لباكستان لدى الأمم المتحدة X»), an
    // ambassador's office
    ['a permanent representative', 'حضر اللقاء عن الجانب الباكستاني المندوبة الدائمة لباكستان لدى الأمم المتحدة مليحة لودهي.', ['مليحة لودهي:PK']],
    // the waiting set's kauri-01 and gypsywort-08: a delegation's members named before their offices, after a word of
    // accompanying its head («وإلى جانبه», «يرافقه») in the sentence that names the lead; not without a lead (dale-01's
    // wreath laid «يرافقه نائب وزير الخارجية التشيكي X»: another activity of the visit)
    ['a delegation\'s member after «وإلى جانبه»', 'وترأس الوفد الياباني تاكيو موري نائب وزير الخارجية للشؤون السياسية، وإلى جانبه تاكيشي إيشيكاوا نائب المدير العام لمكتب السياسة الدفاعية في وزارة الدفاع اليابانية.', ['تاكيو موري:JP', 'تاكيشي إيشيكاوا:JP']],
    ['a delegation\'s member after «يرافقه»', 'فيما قاد الجانب الصيني نائب وزير الخارجية كونغ شيوان يو، يرافقه سونغ يان تشاو نائب مدير مكتب التعاون العسكري الدولي في وزارة الدفاع الوطني الصينية.', ['كونغ شيوان يو:CN', 'سونغ يان تشاو:']],
    // germander-02 and saxifrage-01: the member's office after the name is a noun no title holds («المستشار», «المسؤول»);
    // he is of the side of the head named before him
    ['a delegation\'s member before «المستشار»', 'فيما قاد الجانب الياباني شنسكي سوجياما نائب المدير العام لإدارة الشرق الأوسط وأفريقيا في وزارة الخارجية اليابانية، يرافقه توشيهيسا تاكاتا المستشار في الأمانة العامة لوزارة الاقتصاد.', ['شنسكي سوجياما:JP', 'توشيهيسا تاكاتا:JP']],
    ['a delegation\'s member before «المسؤول»', 'فيما ترأس الوفد الصيني مدير عام إدارة الشؤون الآسيوية في وزارة الخارجية الصينية تسوي تيان كاي ويرافقه وو قوي هوي المسؤول في اللجنة الوطنية للتنمية والإصلاح.', ['تسوي تيان كاي:CN', 'وو قوي هوي:CN']],
    ['«يرافقه» with no delegation\'s lead', 'ووضع الرئيس إكليلاً من الزهور في الساحة، يرافقه كينجي إينوشيتا نائب المدير العام لمكتب التعاون الدولي.', []],
    // the waiting set's yarrow-07 and lilac-04: a foreign given name in «بال…» (Palesa, Baldwin) after the office, no «ب»
    // before a definite noun; «بالإنابة» (acting) stays the office's (camphor-03)
    ['a given name in «بال…» after an office and its country', 'وحضر اللقاء سفيرة ليسوتو لدى اليابان الدكتورة باليسا موسيتسي.', ['باليسا موسيتسي:LS']],
    ['a given name in «بال…» after a head of state\'s office', 'التقى رئيس الوزراء الياباني في سنداي رئيس جمهورية فانواتو بالدوين لونسديل، الذي يشارك في المؤتمر.', ['بالدوين لونسديل:VU']],
    ['«بالإنابة» after an office is no name', 'استقبل نائب وزير الخارجية وفداً برلمانياً دنماركياً يرأسه رئيس اللجنة بالإنابة راسموس بريهن.', ['راسموس بريهن:']],
    // the waiting set's kapok-04 and pairs39's pair-147, pair-148 (KUNA): a national agency's «our ambassador» («سفيرنا»,
    // «سفيرتنا») is an ambassador's office, the name after it the holder's
    ['an agency\'s «our ambassador» («سفيرنا لدى اليابان X»)', 'استقبل نائب وزير الخارجية الياباني تارو هوندا اليوم الخميس سفيرنا لدى اليابان حسن محمد زمان بمناسبة انتهاء مهامه.', ['تارو هوندا:JP', 'حسن محمد زمان:']],
    // batch 124's fern-03 (Al-Watan) and pairs36's pair-142: a foreign given name that opens with «فال» (Valery, Valentina),
    // not «ف» before a definite noun
    ['a given name that opens with «فال»', 'بحث وزير الدولة الياباني أمس في طوكيو مع وزير الصحة البيلاروسي فاليري مالاشكو سبل تطوير العلاقات.', ['فاليري مالاشكو:BY']],
    // the waiting set's brooklime-04, horehound-06, liverwort-06, loosestrife-05 and pairs38's two pages: a woman's given
    // name in «ـه» (Susanne, Marianne, Anke) beside a woman's office, after it or before it; «his» would not agree with her title
    ['a woman\'s given name in «ـه» after her office', 'بحث نائب وزير الخارجية الياباني تاكيو موري مع وزيرة الدولة في وزارة الخارجية الألمانية زوزانه باومان، أمس الأربعاء في برلين.', ['تاكيو موري:JP', 'زوزانه باومان:DE']],
    ['a woman\'s given name in «ـه» before her office', 'التقى السفير الياباني أمس أنكه ريلينغر، رئيسة حكومة ولاية زارلاند الألمانية.', ['أنكه ريلينغر:DE']],
    ['a word in «ـه» after a man\'s office is no name', 'بحث وزير الخارجية الياباني مع وزير الدفاع الألماني ضيفه الكريم أمس في برلين.', []],
    // batch 125's jarrah-01 (NHK Arabic): «فرد» after a title and a comma is «so he replied», no given name; «فراس» is one
    ['a reporting verb behind «ف» after a title is no name', 'واستهلها كيشيدا، الذي يشارك في أعمال المؤتمر من طوكيو، بالتعبير عن رغبته في إنجاح «تيكاد 8» بالتعاون مع الرئيس التونسي، فرد سعيد بأنه سيبذل كل ما في وسعه.', []],
    ['a given name that opens with «ف» after a title', 'حضر اللقاء معاون وزير الخارجية والمغتربين السفير أيمن رعد، والوزير المستشار صفوان بركات مدير إدارة المنظمات الدولية بالإنابة، والمستشار فراس الأطرش مدير إدارة آسيا وإفريقيا وأوقيانوسيا بالإنابة.', ['أيمن رعد:', 'فراس الأطرش:']],
    // batch 115's linden-03 and pairs35's pair-140: a non-resident ambassador's office («غير المقيم») goes on to the name
    ['a non-resident ambassador', 'ورافق هوساكا في الزيارة سفير اليابان غير المقيم لدى غيانا يوتاكا ماتسوبارا، إلى جانب مسؤولين من وزارة الخارجية.', ['يوتاكا ماتسوبارا:JP']],
    // batch 116's poplar-04: the errand's word is no person, though a family name alone has it («بالصيد»: Habib Essid)
    // the waiting set's henbit-07 (TAP) and bluebell-04 (APS): the errand right after the title, long, with a construct of
    // two words before the one with the article («في مجال مكافحة الإرهاب»)
    ['a long errand of «المكلف» right after the title, to its comma', 'بمشاركة وفد ياباني يترأسه السفير المكلف بالتعاون الدولي في مجال مكافحة الإرهاب والجريمة المنظمة بوزارة الشؤون الخارجية اليابانية، أكيرا سوغياما، وممثلين عن الوزارات.', ['أكيرا سوغياما:JP']],
    ['an errand after «المكلفة» names no person', 'استقبلت كاتبة الدولة المكلفة بالصيد البحري، زكية الدريوش، يومه الثلاثاء بالرباط سفير اليابان ناكاطا ماساهيرو.', ['زكية الدريوش:', 'ناكاطا ماساهيرو:JP']],
    ['a name right after the errand of «المكلف», before a comma', 'وترأس الاجتماع من الجانب الفرنسي سفير فرنسا المكلف بالمحيطات سيرج سيغورا، ومن الجانب الياباني السفير تارو ياماموتو.', ['سيرج سيغورا:FR', 'تارو ياماموتو:JP']],
    // the waiting set's liverwort-03: right after the title's own words too («وزير الشؤون الخارجية | وترقية التجارة»)
    ['a portfolio going on with «و» right after the title', 'وأجرى الوزير الياباني محادثات مع وزير الشؤون الخارجية وترقية التجارة المالطي، كارميلو أبيلا، في روما.', ['كارميلو أبيلا:MT']],
    ['a portfolio in construct behind «و» before an honorific and a long name', 'وبحث وزير الاتصالات وتقنية المعلومات السعودي المهندس سلمان بن فهد العتيبي مع نظيره الياباني سبل التعاون.', ['سلمان بن فهد العتيبي:SA']],
    ['an office that opens with «و» after another is the same person\'s second office, not a portfolio', 'والتقى الوزير الياباني نائبة رئيس الوزراء البلغارية وزيرة الخارجية ماريانا ديمتروفا.', ['ماريانا ديمتروفا:BG']],
    // gorse-05 (Al-Rai, from IANS), pair-100 (WAM): «وكيل وزارة» of any ministry is an office, not only the foreign ministry's
    ['an undersecretary of any ministry', 'وترأس الجانب الفلبيني في المحادثات وكيل وزارة الدفاع الوطني لشؤون السياسات الدفاعية ماريو سانتوس.', ['ماريو سانتوس:PH']],
    // lotus-02 (Asharq Al-Awsat): the trade representative is an office (a data word of titles.json)
    ['the trade representative in a side\'s list', 'وشارك في الجلسة من الجانب الأميركي وزير التجارة ويلبور روس والممثل التجاري جون كارتر.', ['ويلبور روس:US', 'جون كارتر:US']],
    // batch 39's thorn-03 (Sputnik): the leader whose earlier visit the talks opened by recalling was not at them
    ['a leader whose earlier visit is recalled was not at the talks', 'وافتتح وزير الخارجية الياباني المحادثات مع نظيره المقدوني نيكولا بوبوسكي بالتذكير بزيارة رئيس الوزراء المقدوني نيكولا غرويفسكي إلى طوكيو.', ['نيكولا بوبوسكي:MK']],
    // batch 39's thorn-01 (BBC): «الزعيم» is an office (North Korea's leaders are called so), its nisba the country's
    ['a leader called «الزعيم»', 'وعقد رئيس الوزراء الياباني قمة مع الزعيم الكوري الشمالي كيم جونج إيل في بيونغ يانغ.', ['كيم جونج إيل:KP']],
    // batch 39's sedge-08 (KUNA): who will chair the meeting «المقرر عقده» (scheduled) was not at the talks before it
    ['the chair of a scheduled meeting was not at the talks', 'والتقى وزير الدولة الياباني كيوتو تسوجي نائبة وزيرة خارجية سيراليون على هامش الاجتماع الوزاري المقرر عقده يوم السبت برئاسة وزيرة الخارجية يوكو كاميكاوا.', ['كيوتو تسوجي:JP']],
    // birch-06 (Youm7) and development's pair-48 (NINA): the list's next member, its name before its office, no comma
    ['a name opening the next member of a list before its office', 'وحضره عن الجانب الياباني هيرويوكي ناغاهاما نائب كبير أمناء مجلس الوزراء، وأكيهيسا ناغاشيما مستشار رئيس الوزراء.', ['هيرويوكي ناغاهاما:JP', 'أكيهيسا ناغاشيما:JP']],
    // batch 30's acacia-06 (SANA) and batch 53's narcissus-06: a name before its office, no comma between, after the
    // day the sentence tells or after a comma, opens its phrase
    ['a name before its office after the day word', 'استقبل السيد الرئيس بشار الأسد اليوم كاتسوهيتو أسانو نائب وزير الخارجية الياباني الذي سلمه رسالة.', ['بشار الأسد:SY', 'كاتسوهيتو أسانو:JP']],
    // batch 60's zedoary-08 (ATPE) and batch 48's narcissus-08: «الأمين العام لرئاسة الجمهورية، X»: the presidency is
    // the office's body, the name after the comma its holder
    ['a name after an office of the presidency and a comma', 'أجرى وزير الدولة الأمين العام لرئاسة الجمهورية، محمد أحمد الحبو، صباح يوم الجمعة جلسة مباحثات مع وزير الخارجية الياباني تاكيشي إيوايا.', ['تاكيشي إيوايا:JP', 'محمد أحمد الحبو:']],
    // batch 59's radish-07 (Sada El Balad): a department's name after its director's office is no person
    ['a department\'s name after an office («مدير عام إدارة نزع السلاح …»)', 'عقدت المشاورات برئاسة السفير إيهاب فوزي مساعد وزير الخارجية، والسيد ناوتو كوشيما مدير عام إدارة نزع السلاح ومنع الانتشار بوزارة الخارجية اليابانية.', ['إيهاب فوزي:', 'ناوتو كوشيما:']],
    ['a name before its office after a comma', 'استقبل رئيس سيراليون جوليوس مادا بيو في العاصمة فريتاون، إيتشيرو آيساوا عضو مجلس النواب الياباني.', ['جوليوس مادا بيو:SL', 'إيتشيرو آيساوا:JP']],
    // development's glen-04 (Ivorian speaker): the country after «في جمهورية» in apposition to the name is the person's
    ['a country after «في جمهورية» in apposition', 'استقبل رئيس الوزراء الياباني شينزو آبي، يوم الثلاثاء، غيوم كيغبافوري سورو، رئيس الجمعية الوطنية في جمهورية كوت ديفوار.', ['شينزو آبي:JP', 'غيوم كيغبافوري سورو:CI']],
    // batch 56's gentian-01 (Al Bayan): the president whose visit the talks came days after was not at them
    ['the maker of a visit the talks came days after', 'التقى وزير الخارجية الياباني يوهي كونو نظيره الروسي إيغور إيفانوف في نيويورك أمس، بعد أيام من زيارة الرئيس فلاديمير بوتين إلى طوكيو.', ['يوهي كونو:JP', 'إيغور إيفانوف:RU']],
    // batch 58's parsley-01 (Al-Hayat): the leaders who are to sign the plan («يُفترض أن يوقعها») were not at the talks
    ['the signatories of a plan after «يفترض أن»', 'اتفقت وزيرة الخارجية اليابانية يوريكو كاواغوتشي ونظيرها الروسي إيغور إيفانوف أمس في موسكو على خطة عمل يفترض أن يوقعها الرئيس فلاديمير بوتين ورئيس الوزراء الياباني جونيتشيرو كويزومي خلال زيارة الأخير.', ['يوريكو كاواغوتشي:JP', 'إيغور إيفانوف:RU']],
    // batch 40's vetch-05 (Euronews): a French given name in «ـييه» (Xavier) is no noun with a pronoun (a data word)
    ['a given name ending in «ييه»', 'واستضافت وزيرة الخارجية اليابانية نظيرها اللوكسمبورغي كزافييه بيتيل على عشاء عمل.', ['كزافييه بيتيل:LU']],
    // batch 40's vetch-08 (Anadolu): «ولي عهد» in construct with its country's name, then the prince's rank and name
    ['a crown prince named with his country before his rank', 'وبحث وزير الدفاع الياباني جين ناكاتاني مع ولي عهد مملكة تونغا الأمير توبوتوا أولوكالالا سبل التعاون.', ['جين ناكاتاني:JP', 'توبوتوا أولوكالالا:TO']],
    ['an ambassador after «ممثل اليابان لدى فلسطين» is not given the host country', 'وجرى اللقاء في رام الله بحضور ممثل اليابان لدى فلسطين السفير تاكيشي أوكوبو.', ['تاكيشي أوكوبو:']],
    // pair-48 (NINA): a family name with the article, then «مع», ends the name (it was read as no name at all)
    ['a family name with the article ends the name before a particle', 'بحث نائب رئيس الجمهورية طارق الهاشمي مع وزير الخارجية الياباني تارو آسو العلاقات الثنائية.', ['تارو آسو:JP', 'طارق الهاشمي:']],
    // pair-38 (CRI): who chaired the trilateral meeting before the bilateral talks did not hold them
    ['a leader named in a clause about the multilateral meeting around the talks was not at them', 'وجرى اللقاء بين رئيس الوزراء الياباني شينزو آبي والرئيس الكوري الجنوبي مون جيه إن عقب اختتام الاجتماع الثلاثي الذي ترأسه رئيس مجلس الدولة الصيني لي كه تشيانغ.', ['شينزو آبي:JP', 'مون جاي إن:KR']],
    // batch 20's ridge-04: the gazetteer's Hussein Arnous is not «أحمد عرنوس», and «والسيد» opens the next person
    ['a known family name after another known given name is someone else; «والسيد» ends the previous office', 'حضر اللقاء الدكتور فيصل المقداد نائب وزير الخارجية السوري والسيد أحمد عرنوس معاون وزير الخارجية.', ['فيصل المقداد:SY', 'أحمد عرنوس:SY']],
    // quad-02, and the same turn in asia-07, asia-12, equinox-01, horizon-09: «قبل أن» opens no other time here
    ['the talks told after the welcome, «… قبل أن يعقد جلسة مباحثات مع X», are the event\'s', 'وتوجه رئيس الوزراء الياباني إلى القصر حيث أقيمت له مراسم استقبال رسمية، قبل أن يعقد جلسة مباحثات مع الرئيس الغاني نانا أكوفو أدو.', ['نانا أكوفو أدو:GH']],
    ['«قبل أن يتوجه إلى … حيث يلتقي X» still tells another stop', 'وأجرى رئيس الوزراء الياباني محادثات في أكرا، قبل أن يتوجه إلى نيروبي حيث يلتقي الرئيس الكيني وليام روتو.', []],
    // ember-01, fjord-08: the same Sudanese state minister in two outlets
    ['a compound given name «كمال الدين»', 'وأجرى الوزير الياباني محادثات في طوكيو مع وزير الدولة بوزارة الخارجية السودانية كمال الدين إسماعيل سعيد.', ['كمال الدين إسماعيل سعيد:SD']],
    // batch 68's caraway-02 (TAP): «زين العابدين» is one given name, the name goes on past it
    // batch 95's figwort-05 (Al-Sharq): «محمد الأمين», the Comorian foreign minister's given name
    ['a compound given name «محمد الأمين»', 'أجرى وزير الخارجية الياباني تارو كونو في طوكيو محادثات مع نظيره القمري محمد الأمين صويف.', ['تارو كونو:JP', 'محمد الأمين صويف:KM']],
    ['a compound given name «زين العابدين», «بن علي» after it', 'واستقبل الرئيس التونسي زين العابدين بن علي بقصر قرطاج وزير الشؤون الخارجية الياباني سيجي مائيهارا.', ['زين العابدين بن علي:TN', 'سيجي ماهارا:JP']],
    // cedar-04 (KBS), cedar-07 (People's Daily): a Korean «كوه» is no noun with «ـه», a Chinese «وو» no و behind و; «الأوسط» is the office's
    ['a Korean family name ending in ه, in quotes after an office of the Middle East', 'وزار المدير العام لمكتب شؤون إفريقيا والشرق الأوسط بالوزارة "كوه كيونغ سوك" مقر وزارة الخارجية اليابانية حيث عقد الجولة الثامنة من المشاورات.', ['كوه كيونغ سوك:']],
    ['the Chinese family name «وو»', 'وحضر المحادثات من الجانب الصيني المدير العام لإدارة الشؤون الآسيوية بوزارة الخارجية وو جيانغ هاو.', ['وو جيانغ هاو:CN']],
    ['a noun with «ـه» after a title is still no name', 'وأكد الوزير الياباني أن حكومته الجديدة ستواصل دعم الحوار.', []],
    // delta-11: «على هامش قمة مجموعة السبع التي يحتضنها منتجع … بدعوة من رئيسة الحكومة الإيطالية جورجيا ميلوني»
    ['the host who invited the guests of a summit was not at their meeting on its sidelines', 'والتقى رئيس الوزراء الياباني نظيره الكندي على هامش قمة مجموعة السبع، بدعوة من رئيسة الحكومة الإيطالية جورجيا ميلوني.', []],
    // cedar-03: «استقبل رئيس الجمهورية … في قصر بعبدا، وزير الدولة للشؤون الخارجية في اليابان …»
    ['a palace before a comma and a title is no name in apposition', 'استقبل رئيس الجمهورية اللبنانية قبل ظهر اليوم في قصر بعبدا، وزير الدولة للشؤون الخارجية في اليابان.', []],
    // pair-12: «أبلغ خلاله موتيغي نظيره بأن أقراص دواء "أفيغان" …»
    ['«بأن» after a counterpart opens a clause, not a name', 'وأبلغ خلاله الوزير الياباني نظيره الجورجي بأن أقراص دواء "أفيغان" ستصل قريبا.', []],
    ['«علي» written with a final yeh is a given name inside the name', 'التقى وزير الخارجية الياباني نظيره الطاجيكي كريم علي حسنوف في دوشنبه.', ['كريم علي حسنوف:TJ']],
    ['«على» after a title is the preposition', 'وأكد السفير على أهمية التعاون مع الجانب الياباني خلال اللقاء.', []],
    ['a verb of thanks after a one-word family name is no part of a name', 'وقال المتحدث إن الاتصال استمر نحو 25 دقيقة، وإن الرئيس لي شكر إيشيبا على رسالة التهنئة.', []],
    ['an office that runs into a compass word and a region («… والتعاون في شرق أفريقيا بجمهورية تنزانيا المتحدة»)', 'التقى وزير الدولة للشؤون الخارجية الياباني في طوكيو نائب وزير الخارجية والتعاون في شرق أفريقيا بجمهورية تنزانيا المتحدة كوساتو ديفيد تشومى.', ['كوساتو ديفيد تشومى:TZ']],
    ['a Japanese family name beside another given name is another person than the gazetteer\'s', 'وحضر اللقاء من الجانب الياباني نائب كبير أمناء مجلس الوزراء أوكادا ناوكي.', ['أوكادا ناوكي:JP']],
    // heath-08 (Alsumaria): «لوزارة خارجية غويانا», the ministry in construct with its country, and Guyana's spelling
    ['an office of a ministry in construct with its country', 'واستقبل الوزير الياباني، اليوم الثلاثاء، الأمين العام لوزارة خارجية غويانا روبرت مونتغمري برساود، الذي يزور طوكيو.', ['روبرت مونتغمري برساود:GY']],
    // grove-05 (KUNA): a family name in ta marbuta at the end of a full name of four words
    ['a family name in ة ends a full name', 'وترأس وفد الكويت مساعد وزير الخارجية لشؤون آسيا السفير سميح عيسى جوهر حياة، فيما ترأس الجانب الياباني المدير العام.', ['سميح عيسى جوهر حياة:KW']],
    ['a noun in ة after a name of two words is no part of it', 'وأقام وزير الخارجية الياباني يوشيماسا هاياشي مأدبة غداء على شرف ضيفه.', ['يوشيماسا هاياشي:JP']],
    // ember-12 (SUNA): «د.» before the name abbreviates «الدكتور»; its full stop ends nothing
    ['a name after «د.»', 'كشف وزير المالية والتخطيط الاقتصادي د. جبريل إبراهيم عن تفاهمات مع اليابان خلال لقائه الوزير الياباني.', ['جبريل إبراهيم:']],
    // the Iraqi premier's family name «السوداني» is Sudan's nisba after a title, unless the article names him in full
    ['«السوداني» after a title is the nisba, not Mohammed Shia al-Sudani', 'التقى وزير الخارجية السوداني علي الصادق نظيره الياباني.', ['علي الصادق:SD']],
    // jetty-02, jetty-08: «ولايات ميكرونيزيا المتحدة» between a title and its person; jetty-08: «إلييسار» opens with a
    // name's «إل», no article
    ['a state word of a federation, and a family name opening with «إل»', 'بحث الوزير الياباني مع وزير خارجية ولايات ميكرونيزيا المتحدة كاندي إلييسار العلاقات الثنائية.', ['كاندي إلييسار:FM']],
    // jetty-06 (INA): «أميركا» in an office's name, as «أمريكا» was
    ['an office of a region spelt «أميركا»', 'وترأس الجانب الياباني مدير عام إدارة أميركا اللاتينية والكاريبي في الوزارة ياسوشي نوغوتشي.', ['ياسوشي نوغوتشي:JP']],
    // jetty-07 (Echorouk): a word with a pronoun ending after a name ends it
    ['«ونائبته» ends the name before it', 'استقبل رئيس نيكاراغوا دانيال أورتيغا ونائبته روزاريو موريو الموفد الياباني.', ['دانيال أورتيغا:NI']],
    // the waiting set's wormwood-06 (KUNA): a word of attendance right after a name ends it (knotgrass-07 gains a name too)
    ['«بمشاركة» after a name ends it', 'وترأس الجانب الياباني السفير هيروتو إيزومي بمشاركة السفير شيغيرو كياما.', ['هيروتو إيزومي:JP', 'شيغيرو كياما:JP']],
    // inlet-09 (Echorouk): a delegation led in a relative clause lists no attendees, so the guest takes no country of a list before him
    ['«الذي يقود الوفد» tells who the guest is, no list of attendees', 'استقبل وزير الدولة للشؤون الخارجية الياباني، تسوجي كيوتو، أمس بطوكيو، وزير اقتصاد المعرفة والمؤسسات الناشئة، ياسين المهدي وليد، الذي يقود الوفد الجزائري المشارك في الاجتماع الوزاري لتيكاد.', ['كيوتو تسوجي:JP', 'ياسين المهدي وليد:']],
    // batch 97's buckthorn-08 (MENA) and the waiting set's quinoa-04: «شئون», Egypt's spelling of «شؤون», in an office's complement
    ['an office «لشئون …», spelt as in Egypt', 'التقى وزير الخارجية الياباني، اليوم الجمعة، وزير الدولة التركى لشئون الإعلام والعلوم والتكنولوجيا محمد أيدين في طوكيو.', ['محمد أيدين:TR']],
    // batch 97's buckthorn-01 (MAP) and bilberry-02 (KUNA): the occasion «في هذه الجولة» between a delegation's lead and its head
    ['«في هذه الجولة» after a delegation\'s lead', 'وترأس الوفد الياباني في هذه الجولة ميتوجي يابوناكا.', ['ميتوجي يابوناكا:JP']],
    // batch 104's hawkbit-02 (Xinhua): the talks the delegation came to, behind «إلى», as aspen-10's «في المشاورات»
    ['«إلى المشاورات» after a delegation\'s lead', 'وترأس الوفد الصيني إلى المشاورات هو تشنغ يوه مدير إدارة الشؤون الآسيوية بوزارة الخارجية الصينية.', ['هو تشنغ يوه:CN']],
    // … and a woman's given name in «ة» after a lead in the feminine past
    ['a woman\'s name in «ة» after «وترأست الجانب»', 'وترأست الجانب المغربي في هذه الجولة زكية الدريوش، الكاتبة العامة لقطاع الصيد البحري.', ['زكية الدريوش:MA']],
    // batch 98's germander-02 (SPA): «بن صالح» after a given name no table knows is a forebear's, not Algeria's Bensalah
    ['«بن صالح» inside a longer name', 'وترأس الجانب السعودي عواد بن صالح العواد نائب محافظ الهيئة العامة للاستثمار.', ['عواد بن صالح العواد:SA']],
    // batch 98's fescue-02 and germander-02, the waiting set's bugbane-05, bugbane-08, gromwell-02: a delegation led
    // «وفد» and its country, no nisba, or in the present
    ['«ترأس وفد بروناي X»', 'وترأس الوفد الياباني ميتوجي يابوناكا، فيما ترأس وفد بروناي ليم جوك هوي السكرتير الدائم لوزارة الخارجية والتجارة.', ['ميتوجي يابوناكا:JP', 'ليم جوك هوي:BN']],
    ['«فيما يترأس الجانب الياباني X»', 'ويرأس الوفد الإماراتي يونس الخوري، فيما يترأس الجانب الياباني هيديكي إيتو.', ['يونس الخوري:AE', 'هيديكي إيتو:JP']],
    // batch 111's liverwort-07 (INA, a State Department statement) and the waiting set's gypsywort-06, purslane-06, and
    // development's delta-12: the delegation first, then «ترأسه» with its head's name
    ['«الوفد الهندي ترأسه X»', 'وأوضح البيان أن الوفد الهندي ترأسه إندرا ماني باندي، الأمين الإضافي في الوزارة، فيما ترأس الجانب الياباني هيروشي سوزوكي.', ['إندرا ماني باندي:IN', 'هيروشي سوزوكي:JP']],
    ['«وفداً … يترأسه X»', 'واستقبل رئيس حكومة الإقليم وفداً من وزارة الخارجية اليابانية يترأسه ماساميشي سوغايا، مسؤول قسم الشرق الأوسط في الوزارة.', ['ماساميشي سوغايا:JP']],
    // batch 98's germander-02 (SPA) and the waiting set's eyebright-02 (IRNA): a name right after a word of attendance,
    // its office after it, no comma between
    ['a name after «وشارك فيه», its office after it', 'وعقد الجانبان الاجتماع في الرياض، وشارك فيه أسامة الغانم مدير إدارة الاتفاقيات والتعاون الدولي في الهيئة.', ['أسامة الغانم:']],
    // batch 98's germander-03 (Al-Sabah; cinquefoil-06 writes the same shape of Blinken and Austin): a dual title, each
    // name after its own portfolio
    ['«وزيرا النفط X والصناعة والمعادن Y»', 'بحث وزيرا النفط حسين الشهرستاني والصناعة والمعادن فوزي حريري مع وزير الخارجية الياباني هيروفومي ناكاسوني سبل تطوير العلاقات.', ['هيروفومي ناكاسوني:JP', 'حسين الشهرستاني:', 'فوزي حريري:']],
    // batch 99's jewelweed-05 and kingcup-01: … and after one with its delegation's nisba between
    ['a name after «وضم الوفد الياباني», its office after it', 'وعقد الجانبان الجولة في الرياض، وضم الوفد الياباني توشيهيسا تاكاتا نائب المدير العام لسياسة التجارة.', ['توشيهيسا تاكاتا:JP']],
    // quad-08: «رئيس بالاو عقب مراسم تنصيبه»: «عقب مراسم» is no name either
    ['«عقب مراسم» after a title and its country is no name', 'إيوايا يلتقي رئيس بالاو عقب مراسم تنصيبه لولاية ثانية.', []],
    // jetty-05 (An-Nahar): an acronym in brackets inside the office's name, then «في» and the country
    ['an acronym in brackets inside an office\'s name', 'أجرى الوزير الياباني محادثات مع وزير الخارجية وشؤون الجماعة الكاريبية (كاريكوم) في ترينيداد وتوباغو أميري براون.', ['أميري براون:TT']],
    // pair-28 (Atheer): a body after «في» inside the office's name, a region and a Latin acronym
    ['a body after «في» inside an office\'s name («في مجموعة شرق أفريقيا (EAC)»)', 'التقى وزير الدولة الياباني للشؤون الخارجية كيوتو تسوجي نائب وزير الشؤون الخارجية والتعاون في مجموعة شرق أفريقيا (EAC) التنزاني كوساتو ديفيد تشومي.', ['كيوتو تسوجي:JP', 'كوساتو ديفيد تشومي:TZ']],
    // moor-04 (Hespress): the Maghreb's title for a secretary of state, a deputy's office
    ['«كاتب الدولة» is a title', 'عقد رئيس الوزراء الياباني جلسة مباحثات مع كاتب الدولة المغربي محسن الجزولي.', ['محسن الجزولي:MA']],
    // moor-06 (Youm7): an ambassador praised for the role he played, and a premier's wife met apart, did not hold the talks
    ['an ambassador praised for his role was not at the talks', 'وأعرب رئيس الوزراء في مستهل اللقاء عن أمله في تعميق العلاقات، فيما أعرب راما عن تقديره، مشيدا بالدور الذي اضطلع به السفير الياباني لدى تيرانا تاكادا ميتسويوكي في دفع العلاقات.', []],
    ['a premier\'s wife is not the premier', 'والتقت قرينة رئيس الوزراء الياباني بقرينة رئيس الوزراء الألباني ليندا راما.', []],
    // lantern-09 (Youm7) and dune-09 (KUNA): the leader whose coming visit the talks prepare did not hold them
    ['the leader whose coming visit the talks prepare was not at them', 'وبحث الجانبان التمهيد لزيارة رئيسة الوزراء البنغلاديشية الشيخة حسينة إلى طوكيو.', []],
    // dune-09 (KUNA): «نائب وزير الخارجية الأول» is one title
    ['«الأول» after a deputy\'s title is the title\'s', 'وترأس نائب وزير الخارجية الياباني الأول تاكيشي أكاهوري الجانب الياباني.', ['تاكيشي أكاهوري:JP']],
    // moor-02 (Akhbar Al Khaleej): «جرى خلاله استعراض» after the caller's title was read as her name
    ['a particle with a pronoun («خلاله») after a title is no name', 'تلقى الوزير اتصالاً هاتفياً من وزيرة خارجية اليابان، جرى خلاله استعراض علاقات الصداقة.', []],
    // lagoon-03 (Qiraat Ifriqiya): the hyphenated family name ends in «اه», which on an Arabic noun would be a pronoun
    ['a hyphenated syllable ending like a pronoun is the name\'s', 'استقبلت رئيسة جمهورية ناميبيا نيتومبو ناندي-نديتواه النائبة اليابانية سوزوكي تاكاكو.', ['تاكاكو سوزوكي:JP', 'نيتومبو ناندي-نديتواه:NA']],
    // heath-10 (SPA): a verb of the talks after a title and nisba opens the predicate, not a name
    ['«استعرض» after a title and nisba is a verb, not a name', 'وأوضحت الوزارة في بيان أن الوزير السنغافوري استعرض حرس الشرف لدى وصوله، قبل أن يعقد الجانبان اجتماعاً.', []],
    ['greeters at the airport did not hold the talks', 'وكان في استقبال رئيس الوزراء الياباني لدى وصوله إلى مطار جدة الأمير بدر بن سلطان بن عبدالعزيز نائب أمير منطقة مكة المكرمة.', []],
  ])('%s', (_, sentence, names) => {
    const found = officialsIn('بحث الجانبان التعاون الثنائي.', sentence);
    // (in any order: the gazetteer's people are listed before the others)
    expect(found.officials.map((official) => `${official.name}:${official.country}`).sort()).toEqual([...names].sort());
  });
  // cove-02 (batch 19, Sabq): the headline's «.. والإعلان عن تأسيس مجلس» after the title was read as a name
  test('a founding («تأسيس مجلس») after a headline\'s title is no name', () => {
    const sentences = articleToSentences({ title: 'ولي العهد يعقد اجتماعاً افتراضياً مع رئيس وزراء اليابان.. والإعلان عن تأسيس مجلس الشراكة الاستراتيجية', paragraphs: ['عقد ولي العهد اجتماعاً افتراضياً مع رئيس وزراء اليابان.'] });
    expect(findOfficials(sentences, findCountries(sentences)).officials.map((official) => official.name)).toEqual([]);
  });
  // heath-02 (Youm7), solstice-07: «نائبة رئيس» is a deputy's office, not the president's
  // knoll-04 (Al Ain): «نائب الوزير البرلماني للشؤون الخارجية الياباني» is a deputy, the Djiboutian minister Djibouti's
  test('«نائب الوزير» is a deputy\'s title, and «الجيبوتي» Djibouti\'s nisba', () => {
    const found = officialsIn('أجرى وزير الشؤون الخارجية الجيبوتي أحمد سعيد مباحثات مع نائب الوزير البرلماني للشؤون الخارجية الياباني شونسوكي تاكي.');
    expect(found.officials.map((official) => `${official.name}:${official.country}:${official.role}`)).toEqual(['أحمد سعيد:DJ:وزير الشؤون الخارجية', 'شونسوكي تاكي:JP:نائب الوزير البرلماني للشؤون الخارجية']);
  });
  // batch 33's pond-01 and batch 34's tide-08 (TAP): a Maghreb given name with the article, and the day after the office
  test('a name may open with a given name written with the article («الحبيب»); the office after it stops at the day of the talks', () => {
    const found = officialsIn('أجرى السيد الحبيب بن يحيى وزير الشؤون الخارجية يوم 19 ديسمبر محادثات مع السيدة يوريكو كاواغوتشي وزيرة الشؤون الخارجية اليابانية.');
    expect(found.officials.map((official) => `${official.name}:${official.role}`)).toEqual(['يوريكو كاواغوتشي:وزيرة الخارجية', 'الحبيب بن يحيى:وزير الشؤون الخارجية']);
    // the article opens no other name: «الجانب» is no given name
    expect(officialsIn('أكد وزير الخارجية الجانب المهم للعلاقات مع اليابان.').officials).toEqual([]);
  });
  // batch 33's oast-06 and nook-01, batch 34's sage-06: people of an earlier occasion told in a relative clause past the lede
  test('a relative clause past the lede with a word of past time or a year names people of another occasion', () => {
    const found = officialsIn('التقى وزير الخارجية الأذربيجاني جيهون بيراموف اليوم نظيره الياباني تارو كونو في طوكيو.', 'وأصدر الوزيران بيانا استذكرا فيه البيان المشترك الذي صدر في 10 مارس 2006 خلال زيارة رئيس جمهورية أذربيجان إلهام علييف إلى اليابان.');
    expect(found.officials.map((official) => official.name)).not.toContain('إلهام علييف');
    // in the lede the clause may tell the event itself: there it is read as before
    const lede = officialsIn('أشاد الوزير بالاجتماع الذي عقده الأسبوع الماضي وزير الخارجية الأذربيجاني جيهون بيراموف ونظيره الياباني تارو كونو في طوكيو.');
    expect(lede.officials.map((official) => official.name)).toContain('جيهون بيراموف');
  });
  // batch 75's catnip-03 (Xinhua Arabic) and rocket-08 (TRT Arabi): a side's list of names, each with its office in
  // apposition («نائب المدير العام …», a title of its own), is that side's
  test('the members of a side listed name first, office after a comma, are of that side', () => {
    const found = officialsIn('وترأس الجانب الياباني في الاجتماع ساتورو ساتو، مدير عام مكتب شؤون أمريكا اللاتينية بوزارة الخارجية، وكينجي نييمي، نائب المدير العام لشؤون الاستراتيجية التجارية بوزارة الاقتصاد، فيما ترأس الجانب البيروفي إيلارد إسكالا، مدير الترويج الاقتصادي بوزارة الخارجية البيروفية.');
    expect(found.officials.find((official) => official.name === 'كينجي نييمي')).toMatchObject({ country: 'JP', role: 'نائب المدير العام' });
  });
  // development ember-12 (Al-Nilein) and batch 75's angelica-02 (QNA): the side named after the other's delegation is the nearer
  test('a person listed after «فيما ترأس الجانب الياباني» is of that side, not of the delegation named before it', () => {
    const found = officialsIn('ترأس السيد عبدالله بن حمد العطية نائب رئيس مجلس الوزراء اليوم في طوكيو، وفد دولة قطر إلى الاجتماع، فيما ترأس الجانب الياباني السيد ماسايوكي ناوشيما وزير الاقتصاد، والسيد كويتشي تاكيماسا نائب وزير الخارجية.');
    expect(found.officials.find((official) => official.name === 'كويتشي تاكيماسا')?.country).toBe('JP');
  });
  // batch 163's cempedak-03 (Al-Sabah), pairs68's pair-205 and pair-206: a delegation named by its capital
  test('the head of «وفد بيونغ يانغ» is of the capital\'s country, not of the side named before', () => {
    const found = officialsIn('بدأت اليابان وكوريا الشمالية محادثات في أولان باتور.', 'ويترأس الوفد الياباني السفير يوشيكي ميني المكلف بمفاوضات التطبيع، في حين يرأس وفد بيونغ يانغ السفير سونغ إيل المسؤول عن ملف المحادثات مع طوكيو.');
    expect(found.officials.find((official) => official.name === 'سونغ إيل')?.country).toBe('KP');
    expect(found.officials.find((official) => official.name === 'يوشيكي ميني')?.country).toBe('JP');
  });
  // batch 77's goldenrod-07 (SPA), development lantern-02: «أمين», a stop-word of the list («amen»), is a name word of the
  // gazetteer's Ma'ruf Amin, so a name may hold it
  test('a vice president of a republic named after his office and a form of address is read', () => {
    const found = officialsIn('استقبل رئيس الوزراء الياباني فوميو كيشيدا اليوم فخامة نائب رئيس جمهورية إندونيسيا الشيخ معروف أمين، الذي يزور اليابان.');
    expect(found.officials.find((official) => official.name === 'معروف أمين')?.country).toBe('ID');
  });
  // development gill-10 («… لقاءات منفصلة مع رئيس مجلس النواب X») and batch 78's nasturtium-05 («وإلى جانب المباحثات مع
  // كونو، التقى الوزراء … تارو آسو»): the visit's other meetings, whose people are not this one's
  test.each([
    'وإلى جانب المباحثات مع كونو، التقى الوزراء المالديفيون الثلاثة خلال الزيارة نائب رئيس الوزراء وزير المالية الياباني تارو آسو.',
    'وعقد الوزير الياباني، في أول زيارة لمسؤول ياباني منذ عامين، لقاءات منفصلة مع نائب رئيس الوزراء وزير المالية الياباني تارو آسو.',
  ])('people of the visit\'s other meetings are not this one\'s: %s', (later) => {
    const found = officialsIn('أجرى وزير الخارجية الياباني تارو كونو ظهر الخميس مباحثات في طوكيو مع نظيره المالديفي عبدالله شاهد.', 'وأكد الجانبان عزمهما على مواصلة العمل المشترك.', 'وأكد الجانبان أهمية التعاون.', later);
    expect(found.officials.map((official) => official.name)).not.toContain('تارو آسو');
  });
  // batch 77's ironwood-04 (SUNA) and batch 78's nasturtium-07 (ONA): spellings of the press the gazetteer now lists
  test.each([
    ['بحث وزير الخارجية الياباني هيروفومي ناكاسونه مع نظيره الأوغندي سبل التعاون.', 'hirofumi-nakasone'],
    ['زارت وزيرة الخارجية اليابانية اليوم فخامة الرئيس رانيل ويكريمسينغه رئيس جمهورية سريلانكا.', 'ranil-wickremesinghe'],
  ])('a spelling of the press names the gazetteer\'s person: %s', (lede, id) => {
    expect(officialsIn(lede).officials.map((official) => official.id)).toContain(id);
  });
  // batch 77's goldenrod-08 (An-Nahar): Angola's «دوس سانتوس» inside Timor-Leste's foreign minister's longer name is
  // someone else's; not a family name between a verb and a noun (development gale-02), nor a full name behind «و» (pair-57)
  test('a family name of two words inside a longer name is someone else\'s', () => {
    const timor = officialsIn('بحث وزير الخارجية الياباني يوشيماسا هاياشي مع نظيره التيموري بنديتو دوس سانتوس فريتاس في جاكرتا.');
    expect(timor.officials.map((official) => official.name)).toEqual(['يوشيماسا هاياشي', 'بنديتو دوس سانتوس فريتاس']);
    const call = officialsIn('تلقى وزير الخارجية المصري بدر عبد العاطي اتصالا هاتفيا من تاكيشي إيوايا وزير خارجية اليابان، استهله عبد العاطي بتهنئة نظيره.');
    expect(call.officials.map((official) => official.id)).toContain('badr-abdelatty');
    const list = officialsIn('اتفق وزيرا الخارجية والدفاع الأمريكيان كوندوليزا رايس وروبرت غيتس ونظيراهما اليابانيان تارو آسو وفوميو كيوما.');
    expect(list.officials.map((official) => official.id)).toContain('robert-gates');
  });
  // batch 78's lungwort-04 (AFP via Al-Hayat): «ناب عن X», one stood in for X, who was not there (as «نيابة عن X»),
  // and «لتعذر حضور X», X could not come
  test('the leader someone stood in for («ناب عن»), who could not come («لتعذر حضور»), took no part', () => {
    const found = officialsIn('أعرب رئيس الوزراء الياباني شينزو آبي أمس عن قلقه لدى استقباله في طوكيو نائب رئيس الوزراء التايلاندي نيواتامرونغ بونسونغبايسان، الذي ناب عن رئيسة الحكومة ينغلاك شيناواترا في القمة.', 'وشكر رئيس الوزراء الياباني بانكوك على إسهامها في إنجاح القمة، معبراً عن أسفه لتعذر حضور ينغلاك بسبب الأوضاع الداخلية في بلادها.');
    expect(found.officials.map((official) => official.id).filter((id) => id.startsWith('yingluck'))).toEqual([]);
    expect(found.officials.map((official) => official.name)).toContain('شينزو آبي');
  });
  // … but a spokesman «باسم الحكومة» (henbit-03, dell-10) and a mechanism known «باسم …» (asia-04) are no one's name
  // spoken in: the person after holds the office, the minister after takes part
  test.each([
    ['التقى وزير الطاقة الجزائري يوسف يوسفي اليوم بطوكيو كبير أمناء مجلس الوزراء الياباني والناطق الرسمي باسم الحكومة، يوشيهيدي سوغا.', 'يوشيهيدي سوغا'],
    ['عقد وزير الخارجية الياباني هاياشي يوشيماسا في واشنطن أول اجتماع للجنة التشاور، المعروفة باسم «الاقتصادي 2+2»، مع وزير الخارجية الأمريكي أنتوني بلينكن.', 'أنتوني بلينكن'],
  ])('«باسم» after a spokesman or «known as»: %s', (text, name) => {
    expect(officialsIn(text).officials.map((official) => official.name)).toContain(name);
  });
  // pairs52's pair-174: the host named right after «استقبل», his office after his name («رئيس هيئة قناة السويس»)
  test('a host named after «استقبل», before an office whose complement is a canal', () => {
    expect(officialsIn('استقبل أسامة منير محمد ربيع رئيس هيئة قناة السويس اليوم الاثنين السفير أوكا هيروشي سفير اليابان لدى مصر، بمبنى الإرشاد في محافظة الإسماعيلية.').officials.map((official) => official.name).sort()).toEqual(['أسامة منير محمد ربيع', 'هيروشي أوكا']);
  });
  // batch 145's sapodilla-03 and pairs51's pair-171, pair-172: an attendee named after the word of attendance and an
  // adverb of «also», his office after his name with no comma («حضره أيضاً X سفير …», «وحضر اللقاء كذلك X وزير …»), or
  // after «حضرته» (she attended it); batch 142's rambutan-03 and pairs55's pair-179, pair-180: a commander named right
  // after «استقبل», his office after his name («قائد …»: a title of the name, its complement no name), his links not
  // counted among a name's four words
  test.each([
    ['an attendee', 'بحث وزير الدولة الياباني هيساشي توكوناغا في طوكيو مع السكرتير الدائم لوزارة الخارجية القبرصية نيكولاس إميليو العلاقات، في زيارة مجاملة حضرها أيضا ماريوس إيرونيميدس سفير قبرص لدى الصين.', 'ماريوس إيرونيميدس'],
    ['an attendee', 'استقبل الرئيس عبد الفتاح السيسي اليوم ماتسوموتو يوهي وزير التعليم الياباني، وحضر اللقاء كذلك محمد عبد اللطيف وزير التربية والتعليم.', 'محمد عبد اللطيف'],
    ['an attendee', 'استقبلت وزيرة الخارجية فارسين أغابكيان شاهين اليوم هيساشي ماتسوموتو نائب الوزير البرلماني، في لقاء حضرته جميلة حسن عريقات مديرة إدارة آسيا والمحيط الهادئ في الوزارة.', 'جميلة حسن عريقات'],
    ['a commander', 'استقبل حسن بن محسن الشريقي قائد شرطة عمان السلطانية أمس الاثنين سعادة ميتسوغو سايتو سفير اليابان المعتمد لدى السلطنة.', 'حسن بن محسن الشريقي'],
    ['a commander', 'استقبل سيف بن ناصر بن محسن الرحبي قائد البحرية السلطانية العمانية اليوم الأدميرال ريو ساكاي رئيس أركان قوة الدفاع الذاتي البحرية اليابانية.', 'سيف بن ناصر بن محسن الرحبي'],
    ['a commander', 'استقبل قمر جاويد باجوا قائد الجيش الباكستاني أمس الخميس سفير اليابان لدى باكستان وادا ميتسوهيرو.', 'قمر جاويد باجوا'],
  ])('%s named before the office: %s', (_, text, name) => {
    expect(officialsIn(text).officials.map((official) => official.name)).toContain(name);
  });
  // batch 82's agrimony-07 (Saba): a president's adviser holds his office, not the president's
  test('«مستشار رئيس الجمهورية X» is the adviser', () => {
    const found = officialsIn('التقى مستشار رئيس الجمهورية اليمني الدكتور عبدالملك عبدالجليل المخلافي اليوم وزير الدفاع الياباني تارو كونو.');
    expect(found.officials.map((official) => `${official.name}:${official.role}`)).toContain('عبدالملك عبدالجليل المخلافي:مستشار رئيس الجمهورية');
  });
  // batch 80's foxglove-03 and the waiting set's dyke-07, thistle-06 and a Spanish page: the leader a minister «accompanies»
  // on the visit («الذي يرافق الرئيس X في زيارة عمل») is named, not met
  test('the leader a minister accompanies («الذي يرافق X») took no part in the minister\'s talks', () => {
    const found = officialsIn('التقى وزير الخارجية الياباني كويتشيرو غيمبا الخميس في طوكيو نظيره التشيلي ألفريدو مورينو، الذي يرافق الرئيس سيباستيان بينيرا في زيارة عمل إلى اليابان.');
    expect(found.officials.map((official) => official.name).sort()).toEqual(['ألفريدو مورينو', 'كويتشيرو غيمبا']);
  });
  // batch 80's bugloss-02 (BNA): the king under whose leadership («في ظل قيادة X», as «تحت قيادة X») the country thrives
  test('a leader named after «في ظل قيادة» took no part', () => {
    const found = officialsIn('استقبل وزير الخارجية الياباني هيروفومي ناكاسوني ولي عهد البحرين الأمير سلمان بن حمد آل خليفة، مشيداً بالإصلاح في ظل قيادة الملك حمد بن عيسى آل خليفة عاهل البلاد.');
    expect(found.officials.map((official) => official.name).filter((name) => name.startsWith('حمد'))).toEqual([]);
    expect(found.officials.map((official) => official.name)).toContain('هيروفومي ناكاسوني');
  });
  // batch 97's buckthorn-02 (ONA): … and «في ظل القيادة الحكيمة لـ X», the leadership praised with its adjective
  test('a leader named after «في ظل القيادة الحكيمة لـ» took no part', () => {
    const found = officialsIn('وأشاد وزير الخارجية الياباني ماساهيكو كومورا بالدور الذي تضطلع به السلطنة، في ظل القيادة الحكيمة لحضرة صاحب الجلالة السلطان قابوس بن سعيد المعظم، خلال لقائه السيد هيثم بن طارق آل سعيد.');
    expect(found.officials.map((official) => official.name).filter((name) => name.startsWith('قابوس'))).toEqual([]);
    expect(found.officials.map((official) => official.name)).toContain('ماساهيكو كومورا');
  });
  // batch 116's poplar-04 (a Moroccan fisheries site): the leadership praised with any adjective («الرشيدة», «القوية»)
  test('a leader named after «في ظل القيادة الرشيدة لـ» took no part', () => {
    const found = officialsIn('وأشاد الطرفان خلال اللقاء الذي جمع كاتبة الدولة المغربية زكية الدريوش بسفير اليابان ناكاطا ماساهيرو بمسار تعاون يمتد لعقود، في ظل القيادة الرشيدة لجلالة الملك محمد السادس.');
    expect(found.officials.map((official) => official.name).filter((name) => name.startsWith('محمد'))).toEqual([]);
    expect(found.officials.map((official) => official.name)).toContain('زكية الدريوش');
  });
  // batch 77's ironwood-08 and feverfew-01: an envoy's word in the accusative says what one named before came as; the
  // leader it names behind «ل» sent him and was not there
  test.each(['ممثلا', 'ممثلاً'])('the leader named after «%s لـ» is the one represented, absent', (word) => {
    const found = officialsIn(`التقى رئيس الوزراء الياباني شيغيرو إيشيبا اليوم رئيس الوزراء التنزاني قاسم ماجاليوا، الذي يزور اليابان ${word} للرئيسة سامية صلوحو حسن في معرض إكسبو 2025.`);
    const names = found.officials.map((official) => official.name);
    expect(names).toContain('شيغيرو إيشيبا');
    expect(names.filter((name) => name.startsWith('سامية'))).toEqual([]);
  });
  // development quay-03 and batch 77's goldenrod-04: the family name Ho («هو», also «he») opens a name after a title
  test('«هو» right after a title opens a Vietnamese name; the pronoun after one opens none', () => {
    expect(officialsIn('بينما ترأس الوفد الفيتنامي نائب وزير الخارجية هو شوان سون.').officials.map((official) => official.name)).toEqual(['هو شوان سون']);
    expect(officialsIn('وقال الوزير هو إن المحادثات كانت مثمرة.').officials).toEqual([]);
  });
  // batch 75's dandelion-02 (Al-Alam) and vervain-01 (Al-Sabah): a mayor's and a governor's titles open their names
  test.each([
    ['التقى رئيس بلدية طهران محمد باقر قاليباف مساء الجمعة وزير الخارجية الياباني هيروفومي ناكاسوني.', 'محمد باقر قاليباف'],
    ['التقى محافظ المثنى محمد علي حسن أمس رئيس الوزراء الياباني جونيتشيرو كويزومي.', 'محمد علي حسن'],
  ])('a mayor or a governor is read by the title: %s', (lede, name) => {
    expect(officialsIn(lede).officials.map((official) => official.name)).toContain(name);
  });
  // pair-114 (Al-Ahram Gate) and pair-115 (Al-Eqtisadiah): past the lede, one side told the other during the meeting
  // what his country would do: both took part; a person named in what was told did not
  test('one side telling the other during the meeting names both; people in what was told took no part', () => {
    const found = officialsIn(
      'بحث سامح شكري وزير الخارجية، مساء اليوم الأحد، مع نظيره الياباني سبل تعزيز العلاقات.',
      'وقال المتحدث الرسمي إن الوزيرين تناولا آخر المستجدات.',
      'وأبلغ وزير الخارجية الياباني يوشيماسا هاياشي نظيره المصري سامح شكري خلال الاجتماع أن رئيس الوزراء الياباني فوميو كيشيدا سيزور القاهرة في أغسطس المقبل.',
    );
    const names = found.officials.map((official) => official.name);
    expect(names).toContain('يوشيماسا هاياشي');
    expect(names).not.toContain('فوميو كيشيدا');
    // told to journalists, not during the meeting: no one of the talks
    const press = officialsIn(
      'بحث سامح شكري وزير الخارجية، مساء اليوم الأحد، مع نظيره الياباني سبل تعزيز العلاقات.',
      'وقال المتحدث الرسمي إن الوزيرين تناولا آخر المستجدات.',
      'وأبلغ وزير الخارجية الياباني يوشيماسا هاياشي الصحفيين أن بلاده ستستضيف القمة في أغسطس المقبل.',
    );
    expect(press.officials.map((official) => official.name)).not.toContain('يوشيماسا هاياشي');
  });
  // batch 36's gorse-03 (Al-Ayam): «بحضور عدد من كبار المسؤولين» is who attended, not a series of meetings with them
  test('senior officials who attended the lede\'s meeting make no series of meetings: a separate meeting later is another event', () => {
    const found = officialsIn(
      'استقبل الملك حمد بن عيسى آل خليفة أمس المبعوث الخاص لرئيس الوزراء الياباني ياسو فوكودا، بحضور عدد من كبار المسؤولين.',
      'ورحب جلالة الملك بالمبعوث الياباني والوفد المرافق له.',
      'واستعرض الجانبان خلال اللقاء العلاقات بين البلدين.',
      'وفي لقاء منفصل، استقبل ولي العهد الأمير سلمان بن حمد آل خليفة المبعوث الياباني.',
    );
    expect(found.officials.map((official) => official.name)).not.toContain('سلمان بن حمد آل خليفة');
  });
  // batch 35's dyke-01 (Al-Sharq/QNA) and a development article: «وفي سياق متصل» opens another call or meeting
  test('«وفي سياق متصل» past the lede opens another meeting, whose people are not this one\'s', () => {
    const found = officialsIn(
      'تلقى أمير دولة قطر الشيخ تميم بن حمد آل ثاني اتصالاً هاتفياً من رئيس الوزراء الياباني شينزو آبي.',
      'وجرى خلال الاتصال استعراض العلاقات الثنائية.',
      'وفي سياق متصل، تلقى الشيخ محمد بن عبدالرحمن آل ثاني وزير الخارجية اتصالاً هاتفياً من تارو كونو وزير خارجية اليابان.',
    );
    expect(found.officials.map((official) => official.name)).not.toContain('تارو كونو');
  });
  // batch 36's gorse-03 (Al-Ayam): a former premier who came as the premier's envoy holds the envoy's office
  test('an office written «السابق» after a name behind a form of address is not the role; the office after it is', () => {
    const found = officialsIn('استقبل جلالة الملك حمد بن عيسى آل خليفة دولة السيد ياسو فوكودا رئيس الوزراء الياباني السابق المبعوث الخاص لرئيس الوزراء الياباني.');
    expect(found.officials.find((official) => official.name === 'ياسو فوكودا')?.role).toBe('المبعوث الخاص');
  });
  // batch 20's ridge-04: a list «X title والسيد Y title2 والسفير الياباني»
  test('a name after «والسيد» holds the office written after it, without the next person\'s title or nisba', () => {
    const found = officialsIn('وزار المبعوث الياباني دمشق.', 'حضر اللقاء الدكتور فيصل المقداد نائب وزير الخارجية السوري والسيد أحمد عرنوس معاون وزير الخارجية والسفير الياباني في دمشق.');
    expect(found.officials.find((official) => official.name === 'أحمد عرنوس')).toMatchObject({ role: 'معاون وزير الخارجية', country: 'SY' });
  });
  // gill-02 (batch 25): a 2+2's two ministers of one side behind one dual title
  test('two people behind a dual title, one portfolio each, of the country between', () => {
    const found = officialsIn('عقد وزيرا الخارجية والدفاع الامريكيان هيلاري رودهام كلينتون وروبرت غيتس اليوم اجتماعا مع نظيريهما اليابانيين وزير الخارجية تاكياكي ماتسوموتو ووزير الدفاع توشيمي كيتازاوا.');
    expect(found.officials.map(({ name, country, role }) => ({ name, country, role }))).toEqual(expect.arrayContaining([
      { name: 'هيلاري كلينتون', country: 'US', role: 'وزيرة الخارجية' },
      { name: 'روبرت غيتس', country: 'US', role: 'وزير الدفاع' },
    ]));
    // people the gazetteer does not hold, read behind the dual title itself
    const unknown = officialsIn('عقد وزيرا الخارجية والدفاع الفلبينيان ألبرت ديل روساريو وفولتير غازمين اليوم اجتماعا مع نظيريهما اليابانيين في مانيلا.');
    expect(unknown.officials.map(({ name, country, role }) => ({ name, country, role }))).toEqual([
      { name: 'ألبرت ديل روساريو', country: 'PH', role: 'وزير الخارجية' },
      { name: 'فولتير غازمين', country: 'PH', role: 'وزير الدفاع' },
    ]);
  });
  // tern-02 (batch 28, KUNA) and pair-61: a dual counterpart holds the dual title's portfolios; «الكسندر» without its
  // hamza is the gazetteer's name «ألكسندر», not a word with the article
  test('two counterparts behind «نظيريهما» and their nisba, with the portfolios of the dual title before them', () => {
    const found = officialsIn('عقد وزيرا الخارجية والدفاع اليابانيان تارو اسو وفوميو كيوما اليوم مع نظيريهما الاستراليين الكسندر داونر وبريندان نيلسون في العاصمة اليابانية الاجتماع الاول من نوعه.');
    expect(found.officials.map(({ name, country, role }) => ({ name, country, role }))).toEqual(expect.arrayContaining([
      { name: 'ألكسندر داونر', country: 'AU', role: 'وزير الخارجية' },
      { name: 'بريندان نيلسون', country: 'AU', role: 'وزير الدفاع' },
    ]));
  });
  // brae-08 (batch 29, QNA): Qatar's minister of state «محمد بن عبدالعزيز بن صالح الخليفي» holds the alias «بن صالح» of
  // Algeria's Abdelkader Bensalah inside his name
  test('a gazetteer family name opening with «بن» inside a longer name is no one of the gazetteer', () => {
    const found = officialsIn('تلقى سعادة الدكتور محمد بن عبدالعزيز بن صالح الخليفي وزير الدولة بوزارة الخارجية، أمس، اتصالاً هاتفياً من سعادة السيدة يوكو كاميكاوا وزيرة خارجية اليابان.');
    expect(found.officials.map((official) => official.id)).not.toContain('abdelkader-bensalah');
    expect(found.officials.map((official) => official.country)).not.toContain('DZ');
    // the gazetteer's own name, and its family name after a title, are still his
    expect(officialsIn('استقبل رئيس الدولة عبد القادر بن صالح وزير الخارجية الياباني في الجزائر.').officials.map((official) => official.id)).toContain('abdelkader-bensalah');
    expect(officialsIn('التقى الرئيس بن صالح وزير الخارجية الياباني تارو كونو في الجزائر.', 'وبحث عبد القادر بن صالح مع كونو العلاقات.').officials.map((official) => official.id)).toContain('abdelkader-bensalah');
  });
  // batch 68's caraway-04 (SPA) and batch 65's rocket-07 (METI): a prince's office written right after his name is his
  // role, as after a form of address; «الأمير» alone stays his title
  test('a prince with an office after his name holds that office', () => {
    const roleOf = (text: string) => officialsIn(text).officials.find((official) => official.name.startsWith('تركي'))?.role;
    expect(roleOf('أقام وزير الدولة للشؤون الخارجية الياباني ياسوهيدي ناكاياما مأدبة غداء تكريماً لصاحب السمو الأمير الدكتور تركي بن محمد بن سعود الكبير وكيل وزارة الخارجية للعلاقات المتعددة الأطراف.')).toBe('وكيل وزارة الخارجية للعلاقات المتعددة الأطراف');
    expect(roleOf('أقام وزير الدولة للشؤون الخارجية الياباني ياسوهيدي ناكاياما مأدبة غداء تكريماً للأمير تركي بن محمد بن سعود الكبير.')).toBe('الأمير');
  });
  // tarn-01 (Okaz) and heath-04: a title behind the list's «و» after a comma opens the next person, never the name before
  // it; «مجلس إدارة» is a board, not an administration («إدارة» frames a leader's government)
  test('a board\'s chairman named after «رئيس مجلس إدارة …» took part; a title behind «، و» reads no name backwards', () => {
    const found = officialsIn('عقدت المملكة واليابان الاجتماع الوزاري الثامن في طوكيو.', 'وضم الوفد السعودي رئيس مجلس إدارة الاتحاد السعودي للرياضات الإلكترونية الأمير فيصل بن بندر بن سلطان، ونائبة وزير الاستثمار، وسفير خادم الحرمين الشريفين لدى اليابان غازي بن زقر.');
    const names = found.officials.map((official) => `${official.name}:${official.role}`);
    expect(names).toContain('فيصل بن بندر بن سلطان:الأمير');
    expect(names.filter((name) => name.endsWith(':نائبة وزير'))).toEqual([]);
  });
  // inlet-09 (El Moudjahid) and pair-63 (UAE): «وزير(ة) + a portfolio in construct, no article», and a woman's given
  // name in ة beside a feminine title («آمنة», «امباركة»)
  test('a bare «وزير» with a portfolio in construct, and a woman\'s given name in ة after «وزيرة»', () => {
    const names = (text: string) => officialsIn(text).officials.map((official) => official.name);
    expect(names('استقبل وزير الدولة للشؤون الخارجية الياباني تسوجي كيوتو أمس بطوكيو وزير اقتصاد المعرفة والمؤسسات الناشئة والمؤسسات المصغرة الجزائري، ياسين المهدي وليد.')).toContain('ياسين المهدي وليد');
    expect(names('بحثت وزيرة تغير المناخ والبيئة الإماراتية، آمنة بنت عبدالله الضحاك، مع وزير الزراعة الياباني تيتسوشي ساكاموتو الأمن الغذائي.')).toEqual(expect.arrayContaining(['آمنة بنت عبدالله الضحاك']));
    expect(names('بحثت وزيرة تغير المناخ والبيئة الإماراتية مع وزير الزراعة الياباني تيتسوشي ساكاموتو الأمن الغذائي.')).not.toContain('تغير المناخ');
    // a noun in ة after a masculine title is still no name («وزير الخارجية مأدبة غداء»)
    expect(names('وأقام وزير الخارجية الياباني مأدبة غداء تكريما لضيفه.')).toEqual([]);
  });
  // batch 42 rowan-04 (Echorouk): the minister away, «في غياب وزير الخارجية X», did not take part
  test('a minister named «في غياب …» did not take part; who met in his stead did', () => {
    const names = officialsIn('أجرى وزير الخارجية الياباني تارو كونو محادثات مع القائم بأعمال وزير الخارجية المكسيكي كارلوس دي إيكازا.', 'وجرى اللقاء، الذي دام نحو ساعة ونصف، في غياب وزير الخارجية لويس فيديغاراي، الموجود في واشنطن.').officials.map((official) => official.name);
    expect(names).toContain('كارلوس دي إيكازا');
    expect(names).not.toContain('لويس فيديغاراي');
  });
  // batch 49's saffron-06 (SPA), batch 48's primrose-05 (Montsame), pair-35 and pair-27: the leader on whose visit's sidelines
  // his ministers met («على هامش الزيارة الرسمية التي يقوم بها …») did not hold these talks
  test.each([
    ['الزيارة الرسمية', 'يقوم', 'صاحب السمو الملكي الأمير محمد بن سلمان'],
    ['زيارة العمل الرسمية', 'يقوم', 'الرئيس المنغولي نامبارين إنخبايار'],
    ['الزيارة', 'تقوم', 'رئيسة الوزراء النيوزيلندية جاسيندا أرديرن'],
  ])('the one whose visit («على هامش %s التي %s بها …») the talks were held beside did not take part', (visit, verb, principal) => {
    const names = officialsIn('الجبير وكيشيدا يبحثان في طوكيو العلاقات', `عقد وزير الخارجية عادل الجبير أمس في طوكيو اجتماعاً مع وزير الخارجية الياباني فوميو كيشيدا، وذلك على هامش ${visit} التي ${verb} بها ${principal} لليابان.`).officials.map((official) => official.name);
    expect(names).toContain('عادل الجبير');
    expect(names.filter((name) => principal.endsWith(name) || name.includes('بن سلمان') || name.includes('إنخبايار') || name.includes('أرديرن'))).toEqual([]);
  });
  // batch 52's heather-05 (NHK) and batch 46's dahlia-01 (Anadolu): a capital right after a title is its complement
  // («سفير طوكيو لدى أنقرة X»), no name; a capital elsewhere after the title stays where he is («… في باريس»)
  test('a capital right after a title is the office\'s, not a name', () => {
    const names = (sentence: string) => officialsIn('بحث الجانبان التعاون الثنائي.', sentence).officials.map((official) => official.name);
    expect(names('وترأس الجانب الياباني سفير طوكيو لدى أنقرة كازوهيرو سوزوكي.')).toContain('كازوهيرو سوزوكي');
    expect(names('وترأس الجانب الكوري الشمالي سونغ إيل هو، سفير بيونغ يانغ المكلف بمحادثات التطبيع.')).not.toContain('بيونغ يانغ');
    expect(names('وصل وزير الخارجية الياباني في باريس لتنسيق المواقف مع نظيره.').join()).not.toMatch(/تنسيق/);
  });
  // batch 52's ginkgo-07 (AMI): «سفير بلادنا المعتمد في طوكيو» names no one
  test('«بلادنا» after a title is no name', () => {
    const names = officialsIn('بحث الجانبان التعاون الثنائي.', 'حضر اللقاء عن الجانب الموريتاني سفير بلادنا المعتمد في طوكيو وعدد من أطر الوزارة.').officials.map((official) => official.name);
    expect(names).toEqual([]);
  });
  // batch 53's mimosa-02 (Vijesti): a woman's title agrees in its adjective («المبعوثة الخاصة»), so the prime minister
  // behind «ل» after it is her principal, not her office
  test('a woman envoy of a prime minister holds the envoy\'s office', () => {
    const found = officialsIn('التقت المبعوثة الخاصة لرئيس الوزراء الياباني، آكيكو ياماناكا، رئيس وزراء الجبل الأسود ميلو ديوكانوفيتش أمس في بودغوريتسا.').officials;
    expect(found.find((official) => official.name === 'آكيكو ياماناكا')?.role).toBe('المبعوثة الخاصة');
  });
  // waiting nest-07 (BNA): an exchange of notes «وتبادل المذكرتين كلٌّ من …»; dev dune-01: «مذكرات» after a name ends it
  test('the people who exchange the notes took part; a plural of «مذكرة» is no part of a name', () => {
    const names = officialsIn('وتبادل المذكرتين كلٌّ من سفير مملكة البحرين لدى اليابان سعادة السيد أحمد محمد الدوسري، ومساعد وزير الخارجية الياباني المدير العام لإدارة الشرق الأوسط وأفريقيا سعادة السيد كانسوكي ناغاوكا.').officials.map((official) => `${official.name}:${official.country}`);
    expect(names).toEqual(['أحمد محمد الدوسري:BH', 'كانسوكي ناغاوكا:JP']);
    const signed = officialsIn('ووقّع وزير الخارجية الفلبيني إنريكي مانالو والسفير الياباني لدى مانيلا كازوهيكو كوشيكاوا مذكرات تبادل بشأن هذه المنحة.').officials.map((official) => official.name);
    expect(signed).toContain('كازوهيكو كوشيكاوا');
    // pair-107 (Youm7): the verb apart from its object, the people between
    const exchanged = officialsIn('تبادلت السفيرة فايزة أبو النجا، وزيرة التعاون الدولى، والسفير اليابانى لدى مصر كاورو إيشيكاوا، اليوم الخميس بالقاهرة، مذكرات منحة يابانية.').officials.map((official) => official.name);
    expect(exchanged).toEqual(['فايزة أبو النجا', 'كاورو إيشيكاوا']);
  });
  // waiting rowan-02 (2+2 of deputies by video): «ومثّل الجانب الياباني …، … فمثلته نائبة وزيرة الخارجية …»
  test('the people who represented a side («مثّل الجانب», «فمثلته») took part; «نائبة وزيرة» and «نائب وزيرة» are deputies\' titles', () => {
    const found = officialsIn('ومثّل الجانب الياباني نائب وزير الدفاع للشؤون الدولية تسوتشيميتشي أكيهيرو. أما الجانب الكندي فمثلته نائبة وزيرة الخارجية مارتا مورغان، ونائب وزيرة الدفاع الوطني بيل ماثيوز.').officials;
    expect(found.map((official) => `${official.name}:${official.country}`)).toEqual(['أكيهيرو تسوتشيميتشي:JP', 'مارتا مورغان:CA', 'بيل ماثيوز:CA']);
    expect(found.map((official) => official.role)).toEqual(['نائب وزير الدفاع للشؤون الدولية', 'نائبة وزيرة الخارجية', 'نائب وزيرة الدفاع']);
  });
  // waiting jade-04 («الوزير المنتدب …، مجيد بوقرة»), dev brae-02 («محمد حمودة»), dev meridian-05 («محمد يسر برنية»)
  test('a family name in ة after a given name the gazetteer knows is a name; a noun in ة after an unknown word is none', () => {
    const names = (text: string) => officialsIn(text).officials.map((official) => official.name);
    expect(names('وقال المسؤول الياباني عقب المحادثات التي جمعته بالوزير المنتدب المكلف بالشؤون المغاربية والإفريقية، مجيد بوقرة، إن الطرفين أجريا تقييما للوضع.')).toContain('مجيد بوقرة');
    expect(names('واستقبل نائب الوزير البرلماني للشؤون الخارجية، وزير المالية السوري، محمد يسر برنية، وأبلغه بقرار طوكيو.')).toContain('محمد يسر برنية');
    expect(names('وأقام وزير الخارجية الياباني كوريكا مأدبة عشاء للوفد.').join()).not.toContain('مأدبة');
  });
  // dev knoll-01 (Okaz): a caption's verb and its object after a counterpart's nisba; «إكليلاً» carries tanween
  test('words written with tanween are no name', () => {
    expect(officialsIn('رئيس الوزراء الياباني ونظيره اللاتفي يضعان إكليلاً من الزهور عند نصب الحرية في ريغا.').officials).toEqual([]);
  });
  // batch 43's violet-03 (El Massa): a bare «ووزير» behind the list's «و», its portfolio in construct («صناعة النسيج»)
  test('a minister behind «و» with a portfolio in construct after another person', () => {
    const names = officialsIn('وحضر المحادثات من الجانب الباكستاني وزير الصناعة والإنتاج مير هزار خان بجراني ووزير صناعة النسيج مخدوم شهاب الدين.').officials.map((official) => official.name);
    expect(names).toEqual(['مير هزار خان بجراني', 'مخدوم شهاب الدين']);
  });
  // batch 43's tansy-06 (Al-Rai): a family name that opens with «كال» reads as «ك» + a definite noun; after a given name it is none
  test('a family name opening with «كال» after a given name is a name; «كالعادة» after one is not', () => {
    const names = (text: string) => officialsIn(text).officials.map((official) => official.name);
    expect(names('استقبل رئيس الوزراء الياباني جونيتشيرو كويزومي أمس في طوكيو رئيس وزراء لاتفيا أيغارس كالفيتيس.')).toContain('أيغارس كالفيتيس');
    expect(names('واستقبل رئيس الوزراء الياباني كالعادة ضيفه في مقر الحكومة.').join()).not.toContain('كالعادة');
  });
  // pair-108 (KUNA) and dev glen-05: an office of eleven words, «جنوب شرق وجنوب غرب آسيا» and the ministry in it, no comma
  test('an office of up to twelve words without a comma in it reaches the name', () => {
    const names = (text: string) => officialsIn(text).officials.map((official) => official.name);
    expect(names('ومثّل الجانب الياباني في الاجتماع نائب المدير العام لادارة شؤون جنوب شرق وجنوب غرب اسيا في وزارة الخارجية اليابانية شينغو ميياموتو، ويضم الوفد مسؤولين.')).toContain('شينغو ميياموتو');
    expect(names('فيما ترأس الجانب الكوري مدير عام شؤون شمال شرق آسيا في وزارة الخارجية الكورية الجنوبية لي سانغ دوك.')).toContain('لي سانغ دوك');
  });
  // batch 44's verbena-02 (KUNA): «نقل البيان عن الوزير سالومساي قوله» — «قوله», his saying, is no family name
  test('«قوله» after a name is no part of it', () => {
    expect(officialsIn('ونقل البيان عن الوزير سالومساي قوله إن بلاده تمكنت من احتواء الفيروس.').officials.map((official) => official.name).join()).not.toContain('قوله');
  });
  // batch 44's tulip-05 (MENA): «بمكتب رئيس الوزراء بطوكيو واستمر» — a city behind «ب» after a title is a place
  test('a city behind a preposition after a title opens no name', () => {
    expect(officialsIn('وذكرت وزارة الخارجية اليابانية أن اللقاء الذى عقد بمكتب رئيس الوزراء بطوكيو واستمر نحو 30 دقيقة تناول العلاقات.').officials).toEqual([]);
    // batch 119's willowherb-03 (Hespress): nor does it end one
    expect(officialsIn('والتقى وكيل وزارة الخارجية التشيكية لوكاش كاوتسكي بطوكيو نظيره الياباني.').officials.map((official) => official.name)).toEqual(['لوكاش كاوتسكي']);
  });
  // batch 44's wisteria-08 (Anadolu): an envoy the gazetteer does not know holds the envoy's office, not his principal's
  // alkanet-03 (Al-Ahram), cassia-04, nasturtium-04: the name after the office that sent the envoy is that office's
  // holder on the day, who stayed at home; a former premier sent as the envoy is not in office that day
  test('the office-holder who sent an envoy, named after «المبعوث الخاص لرئيس الوزراء», is no participant', () => {
    const sentences = articleToSentences({ title: 'ماهر يبحث مع مبعوث كويزومي الأزمة العراقية', paragraphs: ['بحث أحمد ماهر وزير الخارجية أمس مع ماساهيكو كومورا وزير الخارجية الياباني الأسبق والمبعوث الخاص لرئيس الوزراء الياباني جونيتشيرو كويزومي آخر تطورات الأزمة العراقية.'] });
    const names = findOfficials(sentences, findCountries(sentences), '2003-03-03').officials.map((official) => official.name);
    expect(names).toContain('ماساهيكو كومورا');
    expect(names).not.toContain('جونيتشيرو كويزومي');
    const envoy = articleToSentences({ title: 'الملك يستقبل مبعوثا يابانيا', paragraphs: ['استقبل الملك حمد بن عيسى آل خليفة أمس المبعوث الخاص لرئيس الوزراء الياباني ياسو فوكودا.'] });
    expect(findOfficials(envoy, findCountries(envoy), '2013-01-10').officials.map((official) => official.name)).toContain('ياسو فوكودا');
  });
  // batch 105's sneezewort-02 (Al-Ahram) and stonecrop-05 (a trade paper): the field of the talks before the delegation's
  // head, and the portfolio after a director general's title, are common nouns (commonWords.json), no person's name
  test.each([
    ['استضافت وزارة الخارجية بالقاهرة أمس جولة من المشاورات الثنائية بين مصر واليابان في مجال نزع السلاح ومنع الانتشار، ترأست الجانب المصري فيها السفيرة نائلة جبر مساعد وزير الخارجية للشئون الدولية.', 'نزع السلاح ومنع الانتشار'],
    ['ترأس الجانب الياباني يوجي أويدا نائب المدير العام لمكتب الصناعات التحويلية في الوزارة، فيما ترأس الجانب الإندونيسي هارجانتو المدير العام لصناعات المعادن والآلات ومعدات النقل والإلكترونيات في وزارة الصناعة.', 'لصناعات المعادن'],
  ])('no name is read from the nouns of a field or portfolio: %s', (paragraph, notName) => {
    expect(officialsIn(paragraph).officials.map((official) => official.name)).not.toContain(notName);
  });
  // batch 105's sneezewort-04 (MAP) and the corpora's «المبادرة التي أطلقها الرئيس X» (nook-10, valerian-02, lotus-10):
  // who launched what the talks praise or build on was not at them
  test('a person who launched a reform or initiative («التي أطلقها جلالة الملك X») is no participant', () => {
    const names = officialsIn('استقبل الوزير الأول السيد عباس الفاسي، يوم الاثنين بالرباط، السيدة أكيكو سانتو، نائبة رئيس مجلس المستشارين الياباني، التي تقوم بزيارة عمل للمغرب.', 'كما تطرق الجانبان إلى موضوع تمثيلية المرأة في المؤسسات المنتخبة، حيث استعرض الوزير الأول التقدم الذي حققته المرأة المغربية في الانتخابات الجماعية الأخيرة، بفضل الإصلاحات التي أطلقها جلالة الملك محمد السادس.').officials.map((official) => official.name);
    expect(names).toContain('عباس الفاسي');
    expect(names).not.toContain('محمد السادس');
  });
  // batch 106's bladderwort-04 (Somali outlet, 2013): «جمال بارو», a Somali vice-minister, shares the family name of
  // France's foreign minister from 2024 — out of office that day and never named in full, so someone else
  test('a family name alone of someone out of office on the day is another bearer of it', () => {
    const read = (day: string) => {
      const sentences = articleToSentences({ title: 'نائب وزير الخارجية جمال بارو يبحث في طوكيو ملفات القرصنة', paragraphs: ['عقد نائب وزير الخارجية جمال بارو أمس في طوكيو لقاء مع وزير الدولة للشؤون الخارجية الياباني نوريو ميتسويا.'] });
      return findOfficials(sentences, findCountries(sentences), day).officials.map((official) => `${official.name}:${official.country}`);
    };
    expect(read('2013-11-12')).not.toContain('جان نويل بارو:FR');
    expect(read('2025-03-10')).toContain('جان نويل بارو:FR');
  });
  test('a name after «المبعوث الخاص لرئيس الوزراء» holds the envoy\'s office', () => {
    const found = officialsIn('استقبل الرئيس النيجيري بولا أحمد تينوبو، الاثنين، المبعوث الخاص لرئيس الوزراء الياباني كازونوري تاناكا.').officials;
    expect(found.find((official) => official.name === 'كازونوري تاناكا')?.role).toBe('المبعوث الخاص');
  });
  // batch 45's bluebell-05 (Echorouk): «كريمة», a word of the frame «بدعوة كريمة من», is also a given name
  test('«كريمة» opens a name after a feminine title', () => {
    expect(officialsIn('وجرى اللقاء بحضور كاتبة الدولة المكلفة بالمناجم، كريمة بكير طافر، وكاتب الدولة المكلف بالطاقات المتجددة، نور الدين ياسع.').officials.map((official) => official.name)).toContain('كريمة بكير طافر');
  });
  // Who did not take part though named beside those who did: a sentence, who took part, who did not
  test.each<[string, string, string[], string[]]>([
    // batch 43's sorrel-03 (Al3omk): a vice-president «التي تمثل الرئيس X» at a conference; X stayed home
    ['the leader a participant represents', 'أجرى رئيس الوزراء الياباني، شيغيرو إيشيبا، أمس بمدينة يوكوهاما، مباحثات مع نائبة رئيس جمهورية زامبيا، موتالي نالومانغو، التي تمثل الرئيس هاكايندي هيشيليما في أشغال المؤتمر.', ['موتالي نالومانغو'], ['هاكايندي هيشيليما']],
    // batch 43's tansy-05 (Al Khaleej): the guest conveyed his president's appreciation
    ['a leader whose appreciation is conveyed', 'والتقى رئيس الوزراء الياباني فوميو كيشيدا رئيس الوزراء الأوكراني دينيس شميهال، فيما نقل شميهال إلى مضيفه تقدير الرئيس فولوديمير زيلينسكي واحترامه.', ['دينيس شميغال'], ['فولوديمير زيلينسكي']],
    // waiting quince-08 (SPA): greetings of the King «، وصاحب السمو الملكي الأمير محمد بن سلمان» — both stayed home
    ['the second person joined by «، و» and a form of address to a frame\'s', 'التقى صاحب السمو الأمير تركي بن محمد بن فهد رئيس وزراء اليابان شينزو آبي في طوكيو اليوم، ونقل سموه تحيات خادم الحرمين الشريفين الملك سلمان بن عبدالعزيز آل سعود، وصاحب السمو الملكي الأمير محمد بن سلمان بن عبدالعزيز ولي العهد لدولته.', ['شينزو آبي'], ['محمد بن سلمان']],
    // batch 46's dahlia-05 (Al Bayan): «…، وأخيه صاحب السمو الشيخ محمد بن راشد» after the greetings of the President
    ['the brother joined to a frame\'s person by «، وأخيه»', 'والتقى رئيس الوزراء الياباني شينزو آبي ولي عهد أبوظبي في طوكيو، ونقل سموه خلال اللقاء تحيات صاحب السمو الشيخ خليفة بن زايد آل نهيان رئيس الدولة، حفظه الله، وأخيه صاحب السمو الشيخ محمد بن راشد آل مكتوم نائب رئيس الدولة إلى رئيس الوزراء الياباني.', ['شينزو آبي'], ['محمد بن راشد آل مكتوم']],
    // batch 45's aster-08 (SANA), aster-04 (KUNA), dev heron-09: a letter's addressee, the letter handed to someone else
    ['a letter\'s addressee behind «إلى»', 'سلم الدكتور فيصل المقداد نائب وزير الخارجية اليوم رسالة من السيد الرئيس بشار الأسد إلى رئيس وزراء اليابان تارو آسو، وذلك خلال لقائه وزير الخارجية الياباني هيروفومي ناكاسوني.', ['هيروفومي ناكاسوني'], ['تارو آسو']],
    // batch 59's urtica-05 (KUNA style): the letter's word behind «لل» («للرسالة التي بعث بها الرئيس فور إلى …»)
    ['a letter\'s addressee, the letter\'s word behind «لل»', 'والتقى نائب وزير الخارجية الياباني ماساهيسا ساتو اليوم رئيس جمهورية سيشل داني فور، ونقل ساتو شكر بلاده للرسالة التي بعث بها الرئيس فور إلى رئيس الوزراء الياباني شينزو آبي.', ['داني فور'], ['شينزو آبي']],
    // dev quay-08 (Ammon): … unless a clause says the addressee received the bearer
    ['an addressee who received the bearer took part', 'نقل وزير الخارجية وشؤون المغتربين أيمن الصفدي، رسالة من جلالة الملك عبدالله الثاني إلى رئيس الوزراء الياباني شينزو آبي، الذي استقبله الجمعة في مكتبه بالعاصمة طوكيو.', ['شينزو آبي'], []],
    // batch 98's hemlock-03 (RT) and the waiting set's woodruff-02: «يمثل الجانب» represents a side at the table, no one absent
    ['«فيما يمثل الجانب الياباني نظيره X»', 'عقدت في طوكيو اليوم مشاورات، ترأس فيها الجانب الروسي نائب وزير الخارجية إيغور مورغولوف، فيما يمثل الجانب الياباني نظيره أكيتاكا سايكي.', ['أكيتاكا سايكي', 'إيغور مورغولوف'], []],
    // batch 45's aster-06 (Al-Sabah): the one who sent the envoy («الذي أوفده X») stayed home
    ['who sent the envoy', 'والتقى آبي، الذي أوفده رئيس الوزراء الياباني تارو آسو، رئيس الجمهورية جلال طالباني في بغداد.', [], ['تارو آسو']],
  ])('%s', (_case, text, present, absent) => {
    const names = officialsIn(text).officials.map((official) => official.name);
    for (const name of present) expect(names).toContain(name);
    for (const name of absent) expect(names).not.toContain(name);
  });
  // batch 98's hemlock-07 and the waiting set's bugbane-04: the leaders of an earlier agreement or commitment the talks
  // follow up («الالتزام الذي قطعه …», «تنفيذا لاتفاق توصل إليه …») were not at them
  test.each([
    'وأوضحت الوزارة أن الوزيرين انطلقا من الالتزام الذي قطعه رئيس الوزراء جاستن ترودو ونظيره الياباني شينزو آبي بتعزيز الشراكة.',
    'وجاء الاجتماع تنفيذا لاتفاق توصل إليه رئيس الوزراء الياباني شينزو آبي والرئيس الكندي جاستن ترودو خلال لقائهما العام الماضي.',
    // batch 99's ironweed-06 (Premium Times): a pledge made by a leader
    'وأوضح الوزير أن الزيارة تأتي في سياق تنفيذ التعهد الذي أطلقه رئيس الوزراء الياباني شينزو آبي والرئيس الكندي جاستن ترودو بضخ استثمارات.',
  ])('the leaders of an earlier agreement took no part: %s', (later) => {
    const names = officialsIn('أجرت وزيرة التجارة الدولية الكندية ماري إنغ اتصالا مع وزير الاقتصاد الياباني ياسوتوشي نيشيمورا.', later).officials.map((official) => official.name);
    expect(names).toContain('ماري إنغ');
    expect(names).not.toContain('جاستن ترودو');
    expect(names).not.toContain('شينزو آبي');
  });
  // batch 98's dropseed-08 (Radio Tamazuj): the headline's «رمضان قوك» is the lede's «رمضان محمد عبد الله قوك», listed once
  test('a name of two words is a longer one\'s with its middle names left out', () => {
    const sentences = articleToSentences({ title: 'وزير الخارجية رمضان قوك يبحث مع نظيرته اليابانية في طوكيو المساعدات الغذائية', paragraphs: ['التقى وزير الخارجية والتعاون الدولي رمضان محمد عبد الله قوك، صباح اليوم السبت في طوكيو، وزيرة الخارجية اليابانية يوكو كاميكاوا.'] });
    const names = findOfficials(sentences, findCountries(sentences)).officials.map((official) => official.name);
    expect(names).toContain('رمضان محمد عبد الله قوك');
    expect(names).not.toContain('رمضان قوك');
  });
  // bluebell-06 and dev quad-12: «إيان», a stop-word («when»), is also the given name Ian
  test('«إيان» opens a name after a title', () => {
    expect(officialsIn('وذلك خلال محادثات أجراها مع رئيس بوتسوانا إيان خاما في مقر رئاسة الوزراء بطوكيو.').officials.map((official) => official.name)).toContain('إيان خاما');
  });
  // waiting jade-06 (Al-Ahram): «والمهندس» after the list's comma opens the next person, whose office follows his name
  test('a list of people each named before their office, one behind «، والمهندس»', () => {
    const found = officialsIn('وحضر اللقاء كل من الدكتورة رانيا المشاط، وزيرة التخطيط والتنمية الاقتصادية والتعاون الدولي، ومحمد عبد اللطيف، وزير التربية والتعليم والتعليم الفني، والمهندس وليد جمال الدين، رئيس الهيئة العامة للمنطقة الاقتصادية لقناة السويس.').officials;
    expect(found.map((official) => official.name)).toEqual(['رانيا المشاط', 'محمد عبد اللطيف', 'وليد جمال الدين']);
    expect(found[2]!.role).toMatch(/^رئيس الهيئة العامة/);
  });
  // batch 41 lupin-05: the office after a name, its complement running to a comma and the next (known) person
  test('a name before «، المدير العام …» holds the office when a known name follows behind «، و»', () => {
    const names = officialsIn('وترأس المشاورات بصورة مشتركة هونغ ليانغ، المدير العام لإدارة الحدود والشؤون البحرية بوزارة الخارجية الصينية، وهيرويوكي نامازو، المدير العام لمكتب شؤون آسيا وأوقيانوسيا بوزارة الخارجية اليابانية.').officials.map((official) => official.name);
    expect(names).toEqual(expect.arrayContaining(['هونغ ليانغ', 'هيرويوكي نامازو']));
  });
  // batch 41 yarrow-07: «ملك» without the article, with the country's name between it and the name
  test('a king named after «ملك مملكة X» is the country\'s king; «وملك» after a name opens the next person', () => {
    const found = officialsIn('التقى رئيس الوزراء الياباني شينزو آبي اليوم في طوكيو، ملك مملكة ليسوتو ليتسي الثالث، الذي يزور اليابان.').officials;
    expect(found.map(({ name, country, role }) => [name, country, role])).toContainEqual(['ليتسي الثالث', 'LS', 'ملك']);
    expect(officialsIn('عقدت اليابان وماليزيا قمة بمشاركة سفير اليابان هيراماتسو وملك ماليزيا السلطان محمد الخامس.').officials.map((official) => official.name)).not.toContain('هيراماتسو وملك');
  });
  // brae-02 (Hespress) and pair-65: the minister an office is attached to, named right after «لدى وزير …», is not the
  // office-holder, and did not take part
  test('the minister named after «لدى وزير …» with no comma is not the minister-delegate', () => {
    const found = officialsIn('بوعيدة وكيشي يترأسان بالرباط الدورة الخامسة للمشاورات السياسية', 'ترأست الوزيرة المنتدبة لدى وزير الشؤون الخارجية والتعاون صلاح الدين مزوار، ونوبو كيشي، نائب وزير الشؤون الخارجية الياباني، اليوم الجمعة بالرباط أشغال الدورة الخامسة للمشاورات السياسية.');
    expect(found.officials.map((official) => official.name)).not.toContain('صلاح الدين مزوار');
    // pair-65 (Assabah News): the office-holder named after that minister and a comma, behind «السيد», holds the office
    const tunis = officialsIn('أجرى كاتب الدولة لدى وزير الشؤون الخارجية والهجرة والتونسيين بالخارج محمد علي النفطي، السيد محمد بن عياد، اليوم الإثنين بمقر الوزارة جلسة عمل مع نائب وزير الخارجية البرلماني الياباني هيساشي ماتسوموتو.');
    expect(tunis.officials.map(({ name, role }) => `${name}:${role}`)).toEqual(expect.arrayContaining(['محمد بن عياد:كاتب الدولة']));
    expect(tunis.officials.map((official) => official.name)).not.toContain('محمد علي النفطي');
  });
  // dell-02 (batch 30, ONA): «معالي» stands for a title as «السيد» does, its office written after the name; «عرضاً لموقف
  // بلاده» after «الوزير الياباني» is the talks' matter, no name
  test('a name after «معالي» holds the office written after it; «عرضاً لموقف» is no name', () => {
    const found = officialsIn('عقدت جولة الحوار السياسي الثالثة بين السلطنة واليابان في مسقط.', 'ترأس الجانب العماني سعادة السيد بدر بن حمد بن حمود البوسعيدي أمين عام وزارة الخارجية، فيما ترأس الجانب الياباني معالي كنتارو سونورا وزير الدولة للشؤون الخارجية باليابان.', 'وقدم معالي الوزير الياباني عرضاً لموقف بلاده من الأوضاع في شرق آسيا.');
    const names = found.officials.map(({ name, role }) => `${name}:${role}`);
    // (the gazetteer knows the spelling «كنتارو» and names him as it spells him)
    expect(names).toContain('كينتارو سونورا:وزير الدولة للشؤون الخارجية');
    expect(names.some((name) => name.startsWith('عرضا'))).toBe(false);
  });
  // hale-02 (batch 31, Anadolu): «وضم الاجتماع من الجانب …» lists who attended, as «وضم الوفد» does
  test('«وضم الاجتماع» two paragraphs after the lede names the people of the meeting', () => {
    const found = officialsIn('الوزراء اتفقوا على بدء مفاوضات لنقل المعدات الدفاعية إلى جاكرتا وعقد الاجتماع بصورة دورية', 'عقد وزيرا الخارجية والدفاع في كل من إندونيسيا واليابان، الخميس، في طوكيو أول اجتماع بينهم بصيغة «2+2».', 'وضم الاجتماع من الجانب الإندونيسي وزيرة الخارجية ريتنو مرسودي، ووزير الدفاع رياميزارد رياكودو، ومن الجانب الياباني وزير الخارجية فوميو كيشيدا، ووزير الدفاع جين ناكاتاني.');
    expect(found.officials.map((official) => official.name)).toEqual(expect.arrayContaining(['ريتنو مارسودي', 'رياميزارد رياكودو', 'فوميو كيشيدا', 'جين ناكاتاني']));
  });
  // dell-08 (IRNA) and gale-02 (MENA): a congratulation on office «في الحكومة اليابانية الجديدة برئاسة X» names the head of
  // the government, who was not on the call
  test('the head named «برئاسة» a few words after «الحكومة» did not take part', () => {
    const found = officialsIn('تلقى الدكتور بدر عبد العاطي وزير الخارجية المصري اليوم اتصالا هاتفيا من تاكيشي إيوايا وزير خارجية اليابان، استهله عبد العاطي بتهنئة نظيره على توليه حقيبة الخارجية في الحكومة اليابانية الجديدة برئاسة شيجيرو إيشيبا.');
    expect(found.officials.map((official) => official.name)).not.toContain('شيغيرو إيشيبا');
    // a delegation «برئاسة» its head: he took part
    expect(officialsIn('وصل إلى طوكيو وفد مصري برئاسة وزير الخارجية سامح شكري لإجراء محادثات مع نظيره الياباني.').officials.map((official) => official.name)).toContain('سامح شكري');
  });
  // the waiting set's orchid-07 (Saba), with cypress-04 and equinox-08 beside it, and pairs78: a governing council named
  // in full «برئاسة» its head (Yemen's Presidential Leadership Council …) names a head who was not at the talks; a
  // council's delegation «برئاسة» its head still names who led it there
  test('the head named «برئاسة» after a governing council did not take part, unless he led its delegation', () => {
    const thanks = officialsIn('بحث سفير الجمهورية اليمنية لدى اليابان عادل السنيني مع نائب وزير الخارجية الياباني يوئيتشي فوكازاوا العلاقات الثنائية، مثمنا المواقف اليابانية الداعمة لمجلس القيادة الرئاسي برئاسة فخامة الرئيس الدكتور رشاد محمد العليمي.');
    expect(thanks.officials.map((official) => official.name)).toEqual(expect.arrayContaining(['عادل السنيني', 'يويتشي فوكازاوا']));
    expect(thanks.officials.map((official) => official.name)).not.toContain('رشاد محمد العليمي');
    const delegation = officialsIn('استقبل رئيس الوزراء الياباني فوميو كيشيدا وفد المجلس الرئاسي الليبي برئاسة محمد المنفي في طوكيو.');
    expect(delegation.officials.map((official) => official.name)).toContain('محمد المنفي');
  });
  // the waiting set's voavanga-03 and batch 198's ilama-03: Yoichi written with the hamza's seat («يوئيتشي»), the
  // gazetteer without it («يويتشي»), behind an office the titles do not hold: he is the gazetteer's
  test('a name is the gazetteer\'s whether its vowel hiatus is written «ئي» or «ي»', () => {
    const found = officialsIn('استقبل المسؤول البرلماني في وزارة الخارجية اليابانية يوئيتشي فوكازاوا، ظهر يوم الثلاثاء، سفير لاتفيا لدى اليابان زيغمارس زيلغالفيس في زيارة مجاملة.');
    expect(found.officials.map((official) => official.id)).toContain('yoichi-fukazawa');
  });
  // the held-out hold-10 and the waiting set's saxifrage-07: in the body too, the occasion after «غداة» came the day
  // before, and its people took no part
  test('the people of the occasion after «غداة» took no part', () => {
    const found = officialsIn('أجرى وزير الخارجية الياباني تارو كونو اتصالا هاتفيا مع نظيره الكوري الجنوبي كانغ كيونغ وا، وجاء الاتصال غداة الزيارة التي قام بها وزير الخارجية الأمريكي مايك بومبيو لبيونغ يانغ.');
    expect(found.officials.map((official) => official.name).sort()).toEqual(['تارو كونو', 'كانغ كيونغ هوا']);
  });
  // batch 203's olosapo-01 (ONA) and the waiting set's mudwort-01: «بناء», «مؤسسات» are common nouns, behind «ل» too,
  // and no name read after an office and its country («رئيس جمهورية سيراليون لبناء مؤسسات الدولة»)
  test('«لبناء مؤسسات» after an office and its country is no name', () => {
    const found = officialsIn('أشاد رئيس الوزراء الياباني شينزو آبي اليوم بالجهود التي يبذلها الرئيس جوليوس مادا بيو رئيس جمهورية سيراليون لبناء مؤسسات الدولة، وذلك خلال لقاء ثنائي جمعهما في مدينة يوكوهاما.');
    expect(found.officials.map((official) => official.name).sort()).toEqual(['جوليوس مادا بيو', 'شينزو آبي']);
    // batch 205's rambai-04 (Al-Liwaa): «تأكيد», «وقوف» too («جدد السفير ياماواكي تأكيد وقوف بلاده …»)
    const ambassador = officialsIn('استقبلت رئيسة مجلس النواب القبرصي أنيتا ديميتريو السفير الياباني يوشيو ياماواكي، وجدد السفير ياماواكي تأكيد وقوف بلاده إلى جانب الجهود الأممية.');
    expect(ambassador.officials.map((official) => official.name)).not.toContain('ياماواكي تأكيد وقوف');
  });
  // batch 203's olosapo-04 (Al Ittihad): «مذكّراً بأنه استقبل في مارس الماضي X» recalls another occasion, whose people
  // took no part
  test('the people of an occasion recalled («مذكراً بأنه استقبل …», «مستذكراً زيارة …») took no part', () => {
    const found = officialsIn('استقبل رئيس الوزراء الياباني شينزو آبي الرئيس الإيفواري الحسن واتارا في يوكوهاما، مذكّراً بأنه استقبل في مارس الماضي رئيس الجمعية الوطنية الإيفوارية غيوم سورو، ومبدياً رغبته في تعزيز التعاون.');
    expect(found.officials.map((official) => official.name).sort()).toEqual(['الحسن واتارا', 'شينزو آبي']);
  });
  // batch 195's cocoplum-04 (Le Matin's Arabic daily) and pairs80: «وإلى جانب X،» opening a sentence is «besides X»,
  // no attendance: the people it then tells met the visitor at other meetings
  test('«وإلى جانب X،» opening a sentence attends nothing: who follows met at other meetings', () => {
    const found = officialsIn(
      'أجرت الوزيرة المنتدبة لدى وزير الشؤون الخارجية والتعاون المغربية امباركة بوعيدة، مساء الأحد بطوكيو، لقاء ثنائيا مع وزير الخارجية الياباني فوميو كيشيدا.',
      'وتبادل الجانبان خلال اللقاء وجهات النظر حول العلاقات الثنائية.',
      'وحضر حفل الاستقبال نحو 150 مدعوا.',
      'وإلى جانب الوزيرة المغربية، أجرى رئيس الدبلوماسية اليابانية لقاءات مع وزير التخطيط والتعاون الدولي الأردني إبراهيم سيف.',
    );
    expect(found.officials.map((official) => official.name)).not.toContain('إبراهيم سيف');
    // mid-sentence it still tells who attended beside whom
    expect(officialsIn('التقى وزير الخارجية الياباني فوميو كيشيدا نظيره الأردني ناصر جودة، بحضور وزير التخطيط إبراهيم سيف إلى جانب السفير الياباني.').officials.map((official) => official.name)).toContain('إبراهيم سيف');
  });
  // gale-05 (Hespress): «عباس» alone is Mahmoud Abbas's family name in the gazetteer; followed by another family name it
  // is someone's given name (Morocco's prime minister Abbas El Fassi)
  test('a single gazetteer word followed by another family name is the given name of someone else', () => {
    const names = (text: string) => officialsIn(text).officials.map((official) => official.name);
    expect(names('أجرى الوزير الأول عباس الفاسي، بعد زوال أمس الثلاثاء، مباحثات مع رئيس الوزراء الياباني ياسو فوكودا.')).toEqual(expect.arrayContaining(['عباس الفاسي', 'ياسو فوكودا']));
    expect(names('أجرى الرئيس عباس مباحثات مع رئيس الوزراء الياباني شينزو آبي، الذي التقى الرئيس الفلسطيني محمود عباس في رام الله.')).toContain('محمود عباس');
  });
  // dell-05 (Dunya al-Watan): the envoy «السفير ماساهارو كونو» in the lede, and Foreign Minister Taro Kono named in full
  // in the background; a second article is wanted (pair-69, to write)
  test('a Japanese family name after its title and another given name is someone else, though the gazetteer person is named in full', () => {
    const found = officialsIn('استقبل الرئيس محمود عباس، اليوم الثلاثاء، المبعوث الياباني الخاص لعملية السلام في الشرق الأوسط السفير ماساهارو كونو. ويأتي ذلك بعد نحو ستة أسابيع من الزيارة التي قام بها وزير الخارجية الياباني تارو كونو إلى رام الله.');
    expect(found.officials.map((official) => official.name)).toEqual(expect.arrayContaining(['محمود عباس', 'ماساهارو كونو']));
    expect(found.officials.map((official) => official.name)).not.toContain('تارو كونو');
  });
  // waiting pair-207 (APS) and hale-06 (Khmer Times): in Japanese order the other given name follows the family name,
  // «السفير كونو أكيرا», «هاياشي ماكوتو»; the gazetteer's Taro Kono and Yoshimasa Hayashi are named in full in background
  test.each([
    ['تسلّم رئيس الجمهورية عبد المجيد تبون، أمس الأحد، أوراق اعتماد السفير كونو أكيرا. وكان وزير الخارجية الياباني الأسبق تارو كونو قد زار الجزائر في ديسمبر 2018.', 'كونو أكيرا', 'تارو كونو'],
    ['وترأس الوفد الياباني هاياشي ماكوتو، نائب المدير العام بوزارة الخارجية اليابانية. وكان وزير الخارجية الياباني هاياشي يوشيماسا قد زار بنوم بنه في أغسطس الماضي.', 'هاياشي ماكوتو', 'يوشيماسا هاياشي'],
  ])('a Japanese family name with another given name after it is someone else: %s', (text, present, absent) => {
    const names = officialsIn(text).officials.map((official) => official.name);
    expect(names).toContain(present);
    expect(names).not.toContain(absent);
  });
  // waiting pair-254 (MENA) and pair-259 (Mehr): a leader whose decision or memories a participant tells, after «أن»
  test.each([
    ['استقبل رئيس مجلس الوزراء عاطف عبيد اليوم ماساهيكو كومورا المبعوث الخاص لرئيس الوزراء الياباني. وأوضح المبعوث الياباني خلال اللقاء أن رئيس الوزراء كويزومي قرر إيفاده إلى المنطقة في إطار جهود دبلوماسية أخيرة.', 'كويزومي'],
    ['استقبل وزير الخارجية الإيراني محمد جواد ظريف اليوم في طهران المبعوث الياباني ماساهيكو كومورا. وأضاف وزير الخارجية خلال اللقاء أن الرئيس حسن روحاني يحتفظ بذكريات طيبة عن لقاءاته المتعددة مع كومورا.', 'روحاني'],
  ])('a leader spoken of in a decision or a stance did not take part: %s', (text, absent) => {
    const names = officialsIn(text).officials.map((official) => official.name);
    expect(names).toContain('ماساهيكو كومورا');
    expect(names.some((name) => name.includes(absent))).toBe(false);
  });
  // waiting pair-214 (Al-Quds Al-Arabi) and pair-265 (Anadolu): the ambassador named in full first, the gazetteer's former
  // foreign minister of the same family name in background; the name alone in between is the ambassador's
  test('a family name alone is the bearer named in full first, not a gazetteer person named in full later', () => {
    const names = officialsIn('استقبل وزير الخارجية الأفغاني أمير خان متقي، السبت، في كابل السفير الياباني لدى أفغانستان تاكاشي أوكادا. وأكد أوكادا خلال اللقاء حرص بلاده على مواصلة المساعدات الإنسانية. وكان وزير الخارجية الياباني الأسبق كاتسويا أوكادا قد زار كابل في أكتوبر 2009.').officials.map((official) => official.name);
    expect(names).toContain('تاكاشي أوكادا');
    expect(names).not.toContain('كاتسويا أوكادا');
  });
  // waiting zapote-03 (NHK Arabic) and boxwood-03 (Al-Mada): the word after «عبد» is a name's second half, though it
  // reads as a title («الملك», «الأمير»)
  test.each([
    ['التقى نائب وزير الخارجية الياباني للشؤون البرلمانية كيوتو تسوجي رئيس الوزراء اليمني معين عبد الملك سعيد في مدينة جنيف يوم الثلاثاء.', 'معين عبد الملك سعيد'],
    ['وبحث وزير الدولة الياباني للشؤون الخارجية ماساهيسا ساتو في البصرة مع محافظ البصرة أسعد عبد الأمير العيداني مشاريع الموانئ.', 'أسعد عبد الأمير العيداني'],
  ])('a name in «عبد» + a title\'s word is read whole: %s', (text, name) => {
    expect(officialsIn(text).officials.map((official) => official.name)).toContain(name);
  });
  // waiting coltsfoot-07 (Asharq Al-Awsat) and hackberry-04 (MAP): a former office-holder the lede's first sentence says
  // the talks were held with, no one else of his side named, took part, at his former office; not one named there for
  // an issue after his side's leader (dev glen-02), nor the late («أمير البلاد الراحل طيب الله ثراه»: waiting oleaster-07)
  test.each([
    ['استقبل نائب وزير الخارجية الياباني شونسوكي تاكيي، يوم الثلاثاء، الرئيس التشيلي الأسبق إدواردو فراي رويث، الذي يزور اليابان للمشاركة في منتدى اقتصادي.', 'إدواردو فراي رويث', 'الرئيس السابق'],
    ['أجرى وزير الشؤون الخارجية والتعاون المغربي محمد بنعيسى، اليوم الخميس بطوكيو، مباحثات مع الوزير الأول الياباني الأسبق تسوتومو هاتا بمقر الحزب.', 'تسوتومو هاتا', 'الوزير الأول السابق'],
  ])('a former office-holder the talks were held with: %s', (text, name, role) => {
    const found = officialsIn(text).officials.find((official) => official.name === name);
    expect(found?.role).toBe(role);
  });
  test('a former office-holder named for an issue, his side led by another, took no part', () => {
    const names = officialsIn('عقد رئيس الوزراء الياباني ياسو فوكودا والرئيس البيروفي آلان جارسيا اليوم محادثات في طوكيو، بعد سنوات من الفتور بسبب قضية الرئيس البيروفي الأسبق ألبرتو فوجيموري.').officials.map((official) => official.name);
    expect(names).not.toContain('ألبرتو فوجيموري');
  });
  // dell-01, dell-05, orient-03: «بعد أسابيع من الزيارة التي قام بها X» is an earlier visit, X not at this meeting;
  // pair-60: «رئيس الوزراء الياباني آنذاك X»
  test.each([
    ['an earlier visit the meeting follows', 'والتقى وزير الدولة الإماراتي نظيره الياباني في طوكيو، بعد أسابيع قليلة من الزيارة التي قام بها رئيس الوزراء الياباني شينزو آبي إلى أبوظبي.', 'شينزو آبي'],
    ['an office held at that time («آنذاك»)', 'وتعد زيارة السيد آبي الأولى لرئيس وزراء ياباني إلى الدوحة منذ 29 عاماً، فيما زار سمو الأمير طوكيو في يونيو 2005 وأجرى مباحثات مع رئيس الوزراء الياباني آنذاك جونيتشيرو كويزومي.', 'جونيتشيرو كويزومي'],
  ])('%s: the person named did not take part', (_, text, absent) => {
    expect(officialsIn(text).officials.map((official) => official.name)).not.toContain(absent);
  });
  // batch 32's isle-09 (NHK): «يويري كاغوتا موسيفيني» in the lede, «موسيفيني» after; the gazetteer has «يويري موسيفيني»
  test('a gazetteer person named with a middle name the gazetteer lacks is listed once', () => {
    const found = officialsIn('عقد رئيس الوزراء الياباني شينزو آبي محادثات مع الرئيس الأوغندي يويري كاغوتا موسيفيني في طوكيو.', 'وبحث الرئيس موسيفيني مع آبي سبل تعزيز التعاون بين البلدين.');
    expect(found.officials.filter((official) => official.country === 'UG').map((official) => official.name)).toEqual(['يويري موسيفيني']);
    expect(found.officials.find((official) => official.country === 'UG')!.aliases).toContain('يويري كاغوتا موسيفيني');
  });
  // ridge-08 (Al-Riyadh), holm-04 (Al-Rai), once «اليوم نفسه» no longer dated the sentence; quad-07, lantern-11, marsh-05
  test('a sentence that opens with another meeting\'s marker tells that meeting\'s delegations; «أيضا» after attendance does not', () => {
    const names = (...paragraphs: string[]) => officialsIn(...paragraphs).officials.map((official) => official.name);
    const lede = 'عقدت المجموعة المشتركة اجتماعها الأول أمس الأحد في الرياض بحضور وزير الاقتصاد والتجارة والصناعة الياباني هيروشيغي سيكو.';
    const second = 'وبحث المجتمعون آلية عمل المجموعة واتفقوا على تشكيل مجموعات فرعية للتجارة والاستثمار.';
    expect(names(lede, second, 'وبحث الجانبان فرص التعاون في الطاقة.', 'وفي اليوم نفسه، استقبل صاحب السمو الملكي الأمير محمد بن سلمان في الرياض الوزير الياباني والوفد المرافق له.')).not.toContain('محمد بن سلمان');
    expect(names(lede, second, 'وبحث الجانبان فرص التعاون في الطاقة.', 'وأوضحت الوزارة أن الاجتماع حضره أيضا وزير الاستثمار السعودي خالد الفالح.')).toContain('خالد الفالح');
    // orient-04 (Youm7): «وقد عقد عقب اللقاء جلسة مباحثات مع نظيره …، إلى جانب لقاء مع أحمد أبو الغيط»
    expect(names(lede, second, 'وبحث الجانبان فرص التعاون في الطاقة.', 'وقد عقد الوزير الياباني عقب اللقاء جلسة مباحثات في الرياض، إلى جانب لقاء مع الأمين العام لجامعة الدول العربية أحمد أبو الغيط.')).not.toContain('أحمد أبو الغيط');
  });
  // batch 32's kiln-10 (Anadolu): «استقبل الوفد الياباني برئاسة ماساكي إيكيغامي، الممثل الخاص …»
  test('the head of a delegation named after «برئاسة» took part, with the delegation\'s country', () => {
    const found = officialsIn('واستقبل نائب وزير الخارجية القرغيزي الوفد الياباني برئاسة ماساكي إيكيغامي، الممثل الخاص للحكومة اليابانية لشؤون آسيا الوسطى.');
    expect(found.officials.map((official) => `${official.name}:${official.country}`)).toContain('ماساكي إيكيغامي:JP');
  });
  // batch 32's mere-06 (Asharq Al-Awsat): Malaysia's honorifics «داتو سري», «تان سري» before the name
  test('a Malaysian honorific before a name is no part of it, and the office before it, not the next person\'s, is the role', () => {
    const names = officialsIn('وحضرها من الجانب الماليزي وزير الخارجية داتو سري أنيفه أمان ووزير التجارة الدولية والصناعة داتو سري مصطفى محمد.').officials.map((official) => official.name);
    const found = officialsIn('وحضرها من الجانب الماليزي وزير الخارجية داتو سري أنيفه أمان ووزير التجارة الدولية والصناعة داتو سري مصطفى محمد.').officials;
    expect(found.map(({ name, role }) => `${name}:${role}`)).toEqual(['حنيفة أمان:وزير الخارجية', 'مصطفى محمد:وزير التجارة الدولية والصناعة']);
    expect(names.some((name) => name.includes('داتو'))).toBe(false);
  });
  // batch 33's nook-05 (Xinhua): «وفي إطار الزيارة، التقى المسؤول السنغافوري كذلك وزير الخارجية الياباني تارو كونو …»
  test('«كذلك» past the lede tells another meeting of the visit, as «أيضاً» does', () => {
    const lede = 'بحث وزير الدفاع السنغافوري الثاني مع وزير الدولة الياباني لشؤون الدفاع في سنغافورة التعاون الدفاعي بين البلدين.';
    const names = officialsIn(lede, 'وتناول الجانبان الأمن البحري.', 'وأكدا أهمية التدريبات المشتركة.', 'وفي إطار الزيارة، التقى المسؤول السنغافوري كذلك وزير الخارجية الياباني تارو كونو.').officials.map((official) => official.name);
    expect(names).not.toContain('تارو كونو');
  });
  // holm-01 (batch 24, Al-Rai): «باسم» is a stop-word («in the name of») and Bassem
  test('«باسم» after a title opens a name when a name word follows it, not when an office does', () => {
    const names = (text: string) => officialsIn(text).officials.map((official) => official.name);
    expect(names('وحضر المباحثات وزير الخارجية هاني الملقي ووزير التخطيط والتعاون الدولي باسم عوض الله.')).toContain('باسم عوض الله');
    expect(names('وقال المتحدث باسم وزارة الخارجية الأردنية إن وزير الخارجية الأردني أيمن الصفدي التقى نظيره الياباني.')).toEqual(['أيمن الصفدي']);
  });
  // cove-02 (Xinhua): «دون» («without») is also Don, as «باسم» is Bassem
  test('«دون» after a title opens a name when a name word follows it, not «دون أن»', () => {
    const names = (text: string) => officialsIn(text).officials.map((official) => official.name);
    expect(names('وشارك في الحوار وزير الاقتصاد الياباني ياسوتوشي نيشيمورا، ووزير التجارة والسياحة الأسترالي دون فاريل.')).toContain('دون فاريل');
    expect(names('والتقى وزير الخارجية الياباني يوشيماسا هاياشي نظيره الأسترالي دون أن يعلن موعد الزيارة.')).toEqual(['يوشيماسا هاياشي']);
  });
  // north-12 (Hespress), pair-56: «لدى وزير …» names the minister the office is attached to, not the person's office
  test('a minister-delegate «لدى وزير الشؤون الخارجية …» holds his own office, past a long portfolio', () => {
    const found = officialsIn('ترأس الاجتماع الوزير المنتدب لدى وزير الشؤون الخارجية والتعاون الإفريقي والمغاربة المقيمين بالخارج، محسن الجزولي، ونائب وزير الخارجية الياباني.');
    expect(found.officials.find((official) => official.name === 'محسن الجزولي')).toMatchObject({ role: 'الوزير المنتدب' });
  });
  // rill-10 (batch 26, Al-Sharq) and pair-60: a Gulf name ends with the family after «آل»; the office after it stops at the talks
  test('a name ends with its family after «آل», and the office written after it is the role, up to the words of the talks', () => {
    const found = officialsIn('عقد سعادة الشيخ أحمد بن محمد بن جبر آل ثاني مساعد وزير الخارجية لشؤون التعاون الدولي جلسة مباحثات مع نائب وزير الخارجية الياباني.');
    expect(found.officials.find((official) => official.name.startsWith('أحمد'))).toMatchObject({ name: 'أحمد بن محمد بن جبر آل ثاني', role: 'مساعد وزير الخارجية لشؤون التعاون الدولي' });
  });
  // lark-08 (batch 27, Oman daily): the blessing after a ruler's name («حفظه الله») speaks of him, not of the guest after it
  test('a guest named right after the blessing that follows the host\'s name took part', () => {
    const found = officialsIn('استقبل حضرة صاحب الجلالة السلطان قابوس بن سعيد المعظم - حفظه الله ورعاه - أمس دولة شينزو آبي رئيس وزراء اليابان.');
    expect(found.officials.map((official) => official.name)).toEqual(expect.arrayContaining(['قابوس بن سعيد', 'شينزو آبي']));
  });
  // wren-04 (batch 27, RT): «إمبراطور» without the article is a title too, and ends the name before it
  test('a name ends before «وإمبراطور اليابان»', () => {
    const names = officialsIn('بحث الوزيران في بلغراد الرسائل بين الملك الصربي ميلان أوبرينوفيتش وإمبراطور اليابان ميجي.').officials.map((official) => official.name);
    expect(names.some((name) => name.includes('إمبراطور'))).toBe(false);
  });
  // lark-07 (batch 27, Alsumaria): in an undated story, «نظيره» after «وزير الخارجية» is the foreign minister, not the
  // gazetteer's later prime minister; after a bare «وزير» (its portfolio written apart, glen-10) it tells nothing
  test('in an undated story a counterpart holds the office of the title before it, when that title tells one', () => {
    const role = (text: string, name: string) => officialsIn(text).officials.find((official) => official.name === name)?.role;
    expect(role('بحث وزير الخارجية إبراهيم الجعفري، يوم الجمعة، مع نظيره الياباني فوميو كيشيدا الدعم الدولي للعراق.', 'فوميو كيشيدا')).toBe('وزير الخارجية');
    expect(role('التقى وزير العلاقات الخارجية الأنغولي تيتي أنطونيو، يوم الجمعة، نظيره الياباني تاكيشي إيوايا.', 'تاكيشي إيوايا')).toBe('وزير الخارجية');
  });
  // batch 32's loch-06 (Alnilin): a form of address between the office and the name, «وزير الخارجية الإثيوبي الدكتور تيدروس»
  test('in an undated story, a form of address between an office and the name leaves the office the role, and the counterpart\'s', () => {
    const found = officialsIn('بحث وزير الخارجية الإثيوبي الدكتور تيدروس أدهانوم غيبريسوس مع نظيره الياباني فوميو كيشيدا، يوم الاثنين، سبل تعزيز العلاقات.').officials;
    expect(found.find((official) => official.name === 'تيدروس أدهانوم')?.role).toBe('وزير الخارجية');
    expect(found.find((official) => official.name === 'فوميو كيشيدا')?.role).toBe('وزير الخارجية');
  });
  // sloe-08 (batch 28, SUNA): a headline's topic after a title and its complement is no name
  test('«ومساعي إحلال السلام» after a title is the talks\' topic, not a person', () => {
    const names = officialsIn('جبريل يبحث مع نائب وزير الخارجية الياباني الأوضاع الإنسانية ومساعي إحلال السلام.').officials.map((official) => official.name);
    expect(names.some((name) => name.includes('إحلال'))).toBe(false);
  });
  test('a vice-president named by title, state word and country holds the deputy\'s office', () => {
    const found = officialsIn('استقبل رئيس الوزراء الياباني نائبة رئيس جمهورية الدومينيكان راكيل بينيا رودريجيز.');
    expect(found.officials.map((official) => `${official.name}:${official.country}:${official.role}`)).toEqual(['راكيل بينيا رودريجيز:DO:نائبة رئيس']);
  });
  // sahel-02, nilemag-05, zenith-10, ember-09 (and, relabelled to the same convention, east-03, orient-02, pair-06, pair-17)
  test.each([
    ['«وفي وقت لاحق»', 'وفي وقت لاحق من اليوم نفسه، عقد الوزير الياباني محادثات مع نظيره الأوكراني دميترو كوليبا.'],
    ['«أيضاً»', 'والتقى رئيس الوزراء الياباني في تالين أيضاً الرئيسة الإستونية كيرستي كاليولايد.'],
    ['«كما التقى»', 'كما التقى الوزير خلال الزيارة رئيس الوزراء الياباني فوميو كيشيدا.'],
    // dune-08 (Sputnik Arabic): the president's reception before the ministers' talks
    ['«وقبيل المحادثات»', 'وقبيل المحادثات، استقبل رئيس الوزراء الياباني فوميو كيشيدا الوزير الأوكراني.'],
    // jetty-07, maghreb-02 (relabelled to the convention): talks with another official told «وفي اليوم ذاته»
    ['«وفي اليوم ذاته»', 'وفي اليوم ذاته، عقد الوزير الأوكراني جلسة مباحثات مع رئيس الوزراء الياباني فوميو كيشيدا.'],
    // batch 20's ridge-07, and azimuth-05 («قبل أن يجري مباحثات منفصلة مع …»): talks told as separate
    // batch 49's saffron-02, waiting quince-02, development's brae-07: «وعلى هامش زيارته، التقى …»
    ['«وعلى هامش زيارته»', 'وعلى هامش زيارته، التقى الوزير الياباني رئيس الوزراء الأوكراني دينيس شميهال.'],
    ['«مباحثات منفصلة»', 'وفي سياق الزيارة، استقبل رئيس الوزراء الياباني فوميو كيشيدا الوزير الأوكراني، فيما أجرى الوزير مباحثات منفصلة مع وزير الدفاع الياباني.'],
    // the waiting set's vanilla-03, kava-06, fig-06 and development's south-11: «وفي إطار الزيارة، التقى …»
    ['«وفي إطار الزيارة»', 'وفي إطار الزيارة، التقى الوزير الياباني رئيس الوزراء الأوكراني دينيس شميهال.'],
  ])('past the lede, the people of another meeting of the visit (%s) are another event\'s', (_, sentence) => {
    const found = officialsIn('استقبل الرئيس الأوكراني فولوديمير زيلينسكي وزير الخارجية الياباني يوشيماسا هاياشي.', 'وبحث الجانبان التعاون.', sentence);
    expect(found.officials.map((official) => official.name).sort()).toEqual(['فولوديمير زيلينسكي', 'يوشيماسا هاياشي']);
  });
  // batch 80's bugloss-04, the waiting set's sumac-05 and a third page: a call «كما زار» on someone else, right after the lede
  // … and batch 81's eyebright-08 (ADI): talks «كما أجرى» with someone else
  test.each([
    'كما زار هاياشي نائب رئيس البرلمان الأوكراني أولكسندر كورنينكو، وتناول اللقاء تنشيط التواصل بين نواب البلدين.',
    'كما أجرى السيد هاياشي أمس محادثات مع الأمين العام لوزارة الخارجية الأوكرانية، السيد أولكسندر كورنينكو، تناولت العلاقات.',
  ])('the one met in %s after the lede is another meeting\'s', (sentence) => {
    const found = officialsIn('استقبل الرئيس الأوكراني فولوديمير زيلينسكي وزير الخارجية الياباني يوشيماسا هاياشي.', sentence);
    expect(found.officials.map((official) => official.name).sort()).toEqual(['فولوديمير زيلينسكي', 'يوشيماسا هاياشي']);
  });
  // seed 000: «أجرى … محادثات شاملة خلال سلسلة من الاجتماعات …», then «كما التقى … أيضًا يوشيميتشي تيرادا»
  test('in a visit told as a series of meetings, the people of each meeting are the event\'s', () => {
    const found = officialsIn('أجرى وكيل الخارجية الهندي فيكرام ميسري في طوكيو محادثات شاملة خلال سلسلة من الاجتماعات مع كبار المسؤولين اليابانيين.', 'وبحث الجانبان التعاون.', 'كما التقى وكيل الخارجية الهندي أيضًا يوشيميتشي تيرادا، نائب وزير الشؤون الدولية.');
    expect(found.officials.map((official) => official.name)).toContain('يوشيميتشي تيرادا');
  });
  test('the lede\'s own sentence names the event\'s people, «أيضاً» or not', () => {
    const found = officialsIn('والتقى وزير الخارجية الياباني يوشيماسا هاياشي أيضاً الرئيس الأوكراني فولوديمير زيلينسكي.');
    expect(found.officials.map((official) => official.name).sort()).toEqual(['فولوديمير زيلينسكي', 'يوشيماسا هاياشي']);
  });
  test('people told attending later in the article, by «وحضور» or «بمشاركة», took part', () => {
    const later = (sentence: string) => officialsIn('بحث الجانبان التعاون الثنائي.', 'وأكد الجانبان أهمية العلاقات.', sentence).officials.map((official) => `${official.name}:${official.country}`);
    expect(later('وعلى هامش الزيارة، انعقد الاجتماع الثالث للحوار الأمني الشامل بين البلدين، وحضور المدير العام للشئون الدولية بوزارة الدفاع اليابانية أوسامو إيزاوا.')).toEqual(['أوسامو إيزاوا:JP']);
    expect(later('وانعقدت الجولة الثانية من المشاورات بمشاركة القائم بأعمال سفارة اليابان لدى اليمن كازوهيرو هيغاشي.')).toEqual(['كازوهيرو هيغاشي:JP']);
  });
  // north-09 and pair-55 (Okaz): «كما عقد الوزير … جلسة مباحثات مع …» past the lede tells another meeting of the visit;
  // orient-10's «كما عقدت … جلسة محادثات رسمية بين …» tells the visit's own talks
  test('«كما عقد» past the lede opens another meeting of the visit; «كما عقدت» does not', () => {
    const later = (sentence: string) => officialsIn('التقى وزير الدولة السعودي عادل الجبير وزير الخارجية الياباني في الرياض.', 'وأكد الجانبان أهمية العلاقات.', sentence).officials.map((official) => official.name);
    expect(later('كما عقد الوزير الياباني خلال زيارته جلسة مباحثات مع وزير الخارجية الدكتور إبراهيم العساف.')).toEqual(['عادل الجبير']);
    expect(later('كما عقدت بمبنى وزارة الدفاع جلسة محادثات رسمية بين معالي السيد بدر بن سعود بن حارب البوسعيدي الوزير المسؤول عن شؤون الدفاع ومعالي تارو كونو.')).toContain('تارو كونو');
  });
  // batch 88's sweetflag-07 (TRT), batch 85's betony-08: «كبير مستشاري الرئيس» is an adviser's office, not the president's
  test('a chief adviser to the president holds the adviser\'s office', () => {
    const found = officialsIn('التقى كبير مستشاري الرئيس التركي إيلنور تشيفيك، الثلاثاء، وزير الدولة الياباني للشؤون الخارجية كيسوكي سوزوكي في طوكيو.');
    expect(found.officials.map((official) => `${official.name}:${official.country}:${official.role}`)).toContain('إيلنور تشيفيك:TR:كبير مستشاري الرئيس');
  });
  // the waiting set's dropwort-02 (Al-Alam) and dewberry-07 (Al-Ittihad): «وجاءت تصريحات X في مستهل محادثاته مع …» says the
  // statement before it was made at the talks, as «وجاءت تصريحاته» does
  test('«وجاءت تصريحات X» with a meeting says the statement before it was the talks\'', () => {
    const found = officialsIn('أكد رئيس الجمهورية الإسلامية الإيرانية محمود أحمدي نجاد أن إيران تعارض السلاح النووي.', 'وجاءت تصريحات أحمدي نجاد خلال استقباله رئيس الوزراء الياباني الأسبق يوكيو هاتوياما في طهران.');
    expect(found.officials.map((official) => official.name)).toContain('محمود أحمدي نجاد');
  });
  // batch 88's sweetflag-01 (KUNA: «تاتسو هيرانو», then «الوزير هيرانو»), basil-04 («تاكاشي أوكادا», then «السفير أوكادا
  // طلب»): a Japanese family name the article gives someone else in full is that person's alone too, not the
  // gazetteer's Hirofumi Hirano or Katsuya Okada
  test('a family name alone after a title is the person the article names with it in full', () => {
    const found = officialsIn('أعرب وزير إدارة الكوارث الياباني تاتسو هيرانو اليوم عن امتنان بلاده لدولة الكويت.', 'وجاء ذلك خلال لقاء الوزير هيرانو مع سفير دولة الكويت لدى اليابان عبدالرحمن العتيبي.');
    expect(found.officials.map((official) => official.name)).toEqual(['تاتسو هيرانو', 'عبدالرحمن العتيبي']);
    const okada = officialsIn('التقى سفير اليابان لدى أفغانستان تاكاشي أوكادا يوم الأربعاء في الدوحة وزير الخارجية الأفغاني.', 'وأوضح البيان أن السفير أوكادا طلب من الوزير التعاون.');
    expect(okada.officials.map((official) => official.name)).toEqual(['تاكاشي أوكادا']);
  });
  // batch 55's dill-01 (IRNA) and alder-01 (Al-Ahram), waiting aster-06: a former foreign minister or prime minister sent
  // as the prime minister's special envoy took part, as the envoy; without the envoy's errand, a former office-holder the
  // lede tells received (batch 87f's wolfsbane pages) took part out of his old office
  test('a former office-holder sent as an envoy takes part, holding the envoy\'s role', () => {
    const komura = officialsIn('التقى وزير الخارجية كمال خرازي في طهران المبعوث الخاص لرئيس الوزراء الياباني، وزير الخارجية الأسبق ماساهيكو كومورا، الذي وصل أمس.').officials;
    expect(komura.map((official) => `${official.name}:${official.role}`)).toEqual(['كمال خرازي:وزير الخارجية', 'ماساهيكو كومورا:مبعوث خاص']);
    const hashimoto = officialsIn('استقبل الرئيس حسني مبارك أمس هاشيموتو ريوتارو رئيس وزراء اليابان الأسبق، الذي يزور مصر حاليا بصفته مبعوثا خاصا لرئيس الوزراء.').officials;
    expect(hashimoto.map((official) => `${official.name}:${official.role}`)).toContain('هاشيموتو ريوتارو:مبعوث خاص');
    expect(officialsIn('التقى وزير الخارجية كمال خرازي في طهران وزير الخارجية الياباني الأسبق ماساهيكو كومورا.').officials.map((official) => `${official.name}:${official.role}`)).toEqual(['كمال خرازي:وزير الخارجية', 'ماساهيكو كومورا:وزير الخارجية السابق']);
  });
  // batch 72's allspice-02 (TAP): the Maghreb's «الوزير الأول» is the head of government, not a minister of no portfolio
  test('«الوزير الأول» is the prime minister\'s office', () => {
    const found = officialsIn('التقى السيد محمد الغنوشي الوزير الأول صباح أمس الخميس بمدينة يوكوهاما السيد ياسو فوكودا رئيس وزراء اليابان.').officials;
    expect(found.find((official) => official.name === 'محمد الغنوشي')?.role).toBe('الوزير الأول');
  });
  // batch 72's coriander-07 (ANGOP): Angola's secretary of the presidency for diplomatic affairs, beside the foreign minister
  test('«أمين رئاسة الجمهورية» introduces a senior official\'s name', () => {
    const found = officialsIn('حضر اللقاء وزير العلاقات الخارجية الأنغولي تيتي أنطونيو، وأمين رئاسة الجمهورية للشؤون الدبلوماسية والتعاون الدولي فيكتور ليما.').officials;
    expect(found.map((official) => official.name)).toEqual(['تيتي أنطونيو', 'فيكتور ليما']);
  });
  // willow-03 (SANA): a deputy prime minister «of the council of ministers» is a deputy prime minister, a minister's level
  test('«نائب رئيس مجلس الوزراء» is the deputy prime minister\'s office', () => {
    const found = officialsIn('بحث نائب رئيس مجلس الوزراء للشؤون الاقتصادية عبد الله الدردري مع وزير الخارجية الياباني كاتسويا أوكادا.').officials;
    expect(found.find((official) => official.name === 'عبد الله الدردري')?.role).toMatch(/^نائب رئيس مجلس الوزراء/);
  });
  // next's heather-05 and furze-05: «ترأس الجانب X» heads a side as «ترأس الوفد» does; larch-07 and orris-02: the office
  // written between the delegation's head and the name is the role
  test('the head of a side («ترأس الجانب الكوري الشمالي X»), and the office written before the name', () => {
    expect(officialsIn('فيما ترأس الجانب الكوري الشمالي كيم يونغ تشول، سفير بيونغ يانغ المكلف بالمحادثات.').officials.map((official) => `${official.name}:${official.role}`)).toEqual(['كيم يونغ تشول:رئيس الوفد']);
    expect(officialsIn('وترأس الجانب الماليزي الأمين العام لوزارة الخارجية عمران محمد زين.').officials.map((official) => `${official.name}:${official.role}`)).toEqual(['عمران محمد زين:الأمين العام']);
  });
  // batch 74's ginger-06 (ONA): the headline shortens the lede's «بدر بن سعود بن حارب البوسعيدي» to «بدر البوسعيدي»,
  // the gazetteer's short name of another Badr Al Busaidi (Oman's foreign minister since 2020)
  test('a short name that shortens another person\'s full name in the article is that person', () => {
    const sentences = articleToSentences({ title: 'بدر البوسعيدي يستقبل وزير الدولة للشؤون الخارجية الياباني', paragraphs: ['استقبل معالي السيد بدر بن سعود بن حارب البوسعيدي الوزير المسؤول عن شؤون الدفاع اليوم وزير الدولة للشؤون الخارجية الياباني ماساهيسا ساتو.'] });
    const names = findOfficials(sentences, findCountries(sentences)).officials.map((official) => official.id);
    expect(names).toContain('badr-bin-saud-al-busaidi');
    expect(names).not.toContain('badr-albusaidi');
  });
  // batch 56's gentian-08 (Sky News Arabia): the headline's summit the two ministers prepare is another meeting, whose
  // leaders were not at this one (a clause of preparing counts in the headline, where other clauses do not)
  test('the people of an event being prepared («يمهدان … لقمة X وY») took no part, in the headline too', () => {
    const sentences = articleToSentences({ title: 'موتيغي وروبيو يمهدان في ميونيخ لقمة تاكايتشي وترامب في البيت الأبيض', paragraphs: ['اجتمع وزير الخارجية الياباني توشيميتسو موتيغي ووزير الخارجية الأميركي ماركو روبيو السبت في ميونيخ.', 'ومن المقرر أن تلتقي رئيسة الوزراء اليابانية ساناي تاكايتشي الرئيس الأميركي دونالد ترامب في البيت الأبيض خلال مارس المقبل.'] });
    const names = findOfficials(sentences, findCountries(sentences)).officials.map((official) => official.name);
    expect(names).toContain('توشيميتسو موتيغي');
    expect(names).not.toContain('ساناي تاكايتشي');
    expect(names).not.toContain('دونالد ترامب');
  });
  // batch 57's juncus-08 (WAM): a former prime minister, his former office in apposition after his name, sent as the
  // special envoy of the prime minister named after the envoy's office; waiting pair-90 (KUNA): the envoy's office before
  // the object, the name after it the envoy himself
  test('an envoy named before his office in apposition takes part as the envoy; the name after «المبعوث الخاص لرئيسة الوزراء» is his principal', () => {
    const ishiba = officialsIn('استقبل الشيخ محمد بن زايد آل نهيان اليوم في أبوظبي شيغيرو إيشيبا، رئيس وزراء اليابان السابق، المبعوث الخاص لرئيسة الوزراء اليابانية ساناي تاكايتشي.').officials;
    expect(ishiba.map((official) => `${official.name}:${official.role}`)).toEqual(['محمد بن زايد آل نهيان:الرئيس', 'شيغيرو إيشيبا:مبعوث خاص']);
    const komura = officialsIn('استقبل الرئيس الإيراني حسن روحاني اليوم المبعوث الخاص لرئيس الوزراء الياباني ماساهيكو كومورا نائب رئيس الحزب الحاكم.').officials;
    expect(komura.map((official) => official.name)).toContain('ماساهيكو كومورا');
  });
  // wren-10 (NHK) and sloe-02 (QNA): «وبعد اللقاء»/«وعقب الاجتماع» past the lede opens the visit's next meeting
  test('«وبعد اللقاء» or «وعقب الاجتماع» past the lede opens another meeting', () => {
    const later = (sentence: string) => officialsIn('قام وزير الخارجية الياباني توشيميتسو موتيغي بزيارة مجاملة لرئيس وزراء لاتفيا كريشيانيس كارينش في ريغا.', 'وأكد الجانبان أهمية العلاقات.', sentence).officials.map((official) => official.name);
    expect(later('وبعد اللقاء، أجرى موتيغي محادثات استمرت ساعتين مع وزير الخارجية إدغارس رينكيفيتش في مقر الوزارة.')).not.toContain('إدغارس رينكيفيتش');
    expect(later('وعقب الاجتماع، التقى مساعد وزير الخارجية محمد بن عبدالله الرميحي بالوفد الياباني.')).not.toContain('محمد بن عبدالله الرميحي');
    expect(later('وأجرى موتيغي محادثات استمرت ساعتين مع وزير الخارجية إدغارس رينكيفيتش في مقر الوزارة.')).toContain('إدغارس رينكيفيتش');
  });
  // batch 29 (cove-06, cove-01, cove-04, cove-10): the dual and plural of «في لقاء منفصل», «قبيل الاجتماع» beside
  // «قبيل المحادثات», an arrival as a time («غداة وصول X») beside «عشية زيارة X», a government «التي شكلها» its leader
  test('variants of the other-meeting markers and absence frames', () => {
    const later = (sentence: string) => officialsIn('التقى وزير الخارجية الياباني يوشيماسا هاياشي نظيره الكيني ألفريد موتوا في مونستر.', 'وأكد الجانبان أهمية العلاقات.', sentence).officials.map((official) => official.name);
    expect(later('وفي لقاءين منفصلين، التقى موتوا كلا من مستشار الأمن القومي الياباني ماساتاكا أوكانو.')).not.toContain('ماساتاكا أوكانو');
    expect(later('وقبيل الاجتماع الرباعي، التقى هاياشي وزير الدفاع الكيني أدن دوالي.')).not.toContain('أدن دوالي');
    expect(later('وجاء اللقاء غداة وصول رئيس الوزراء الفيتنامي فام مينه تشينه إلى طوكيو.')).not.toContain('فام مينه تشينه');
    expect(later('وهنأ هاياشي نظيره بتعيينه ضمن الحكومة التي شكلها الرئيس ويليام روتو.')).not.toContain('ويليام روتو');
    // batch 100's oxlip-05 (WAFA): «وخلال زيارته، التقى», as «وفي إطار زيارته»: another meeting of the visit
    expect(later('وخلال زيارته، التقى هاياشي رئيس الوزراء الكيني موساليا مودافادي، وزار ميناء مومباسا.')).not.toContain('موساليا مودافادي');
    // batch 159's bilimbi-01 (Al Bayan): the accusative «لقاءً منفصلاً» after a verb, as «في لقاء منفصل»
    expect(later('وتضمنت زيارة موتوا لقاءً منفصلاً مع رئيس الوزراء الياباني فوميو كيشيدا، نقل إليه خلاله دعوة لزيارة كينيا.')).not.toContain('فوميو كيشيدا');
    expect(later('وأجرى موتوا اتصالاً هاتفياً منفصلاً مع رئيس الوزراء الياباني فوميو كيشيدا.')).not.toContain('فوميو كيشيدا');
  });
  test('in a story whose day is not known, the title the text gives a gazetteer person is the role, not the gazetteer\'s latest', () => {
    const found = officialsIn('أجرى وزير الشؤون الخارجية الياباني، فوميو كيشيدا، صباح اليوم محادثات مع نظيره القيرغيزي.');
    expect(found.officials.find((official) => official.id === 'fumio-kishida')?.role).toBe('وزير الخارجية');
    const dated = findOfficials(articleToSentences({ title: 'عنوان', paragraphs: ['أجرى وزير الشؤون الخارجية الياباني، فوميو كيشيدا، صباح اليوم محادثات مع نظيره القيرغيزي.'] }), [], '2023-05-01');
    expect(dated.officials.find((official) => official.id === 'fumio-kishida')?.role).toBe('رئيس الوزراء');
  });
  // batch 37's lotus-07 (Anadolu): the visit the call comes before, «يسبق» as «سبق» is for one before it
  test('a name after «كما يسبق الاتصال زيارة …» is the coming visit\'s', () => {
    const found = officialsIn('أجرت وزيرة الخارجية اليابانية يوكو كاميكاوا اتصالا هاتفيا مع نظيرها الأوكراني دميترو كوليبا.', 'واتفق الوزيران على مواصلة التعاون.', 'وكان رئيس الوزراء الياباني فوميو كيشيدا قد أجرى اتصالا مع الرئيس الأوكراني قبل أيام.', 'كما يسبق الاتصال زيارة دولة يقوم بها كيشيدا إلى الولايات المتحدة هذا الأسبوع، يتوقع أن يحتل فيها الملف الأوكراني حيزا من المباحثات مع الرئيس جو بايدن.');
    expect(found.officials.map((official) => official.id)).toEqual(expect.arrayContaining(['yoko-kamikawa', 'dmytro-kuleba']));
    expect(found.officials.map((official) => official.id)).not.toContain('fumio-kishida');
  });
  // batch 38's nest-04 (Anadolu): a headline's verb of criticism after an unnamed minister is no name
  test('«ينتقد» after an office in the headline opens no name', () => {
    const sentences = articleToSentences({ title: 'ساعر يستقبل موتيغي في القدس.. ووزير الخارجية الياباني ينتقد الاستيطان', paragraphs: ['استقبل وزير الخارجية الإسرائيلي جدعون ساعر نظيره الياباني توشيميتسو موتيغي في القدس.'] });
    expect(findOfficials(sentences, findCountries(sentences)).officials.map((official) => official.name)).toEqual(['جدعون ساعر', 'توشيميتسو موتيغي']);
  });
  // pairs21's pair-99 (Anadolu) and batch 37's jade-02 (TAP): a person the gazetteer knows only in a later office,
  // met before it, holds the office the text writes before the name, portfolio or attached minister and all
  test('on a day before the gazetteer\'s terms, the office written before the name is the role', () => {
    const role = (lede: string, day: string, id: string) => {
      const sentences = articleToSentences({ title: 'عنوان', paragraphs: [lede] });
      return findOfficials(sentences, findCountries(sentences), day).officials.find((official) => official.id === id)?.role;
    };
    expect(role('وقّع وزير الخارجية الياباني توشيميتسو موتيغي ووزيرة التجارة الدولية البريطانية ليز تراس، الجمعة، في طوكيو اتفاق الشراكة الاقتصادية.', '2020-10-23', 'liz-truss')).toBe('وزيرة التجارة الدولية');
    expect(role('أجرى كاتب الدولة لدى وزير الشؤون الخارجية والهجرة والتونسيين بالخارج، محمد علي النفطي، جلسة محادثات مع وزير الشؤون الخارجية الياباني توشيميتسو موتيغي.', '2020-12-09', 'mohamed-ali-nafti')).toBe('كاتب الدولة');
    // pairs71's pair-211 (Al-Shorouk) and the waiting set's zaatar-07: no comma between the attached minister and the
    // name, the office before «لدى» is still the holder's
    const sentences = articleToSentences({ title: 'باش طبجي في طوكيو: كونو يشيد بنتائج زيارته إلى تونس', paragraphs: ['استقبل وزير الخارجية الياباني تارو كونو، أمس الأربعاء بطوكيو، كاتب الدولة لدى وزير الشؤون الخارجية صبري باش طبجي، الذي يؤدي زيارة عمل إلى اليابان.'] });
    expect(findOfficials(sentences, findCountries(sentences), '2019-02-06').officials.find((official) => official.id === 'sabri-bachtobji')?.role).toBe('كاتب الدولة');
    // on a day of her term, the gazetteer's office
    expect(role('التقت رئيسة الوزراء البريطانية ليز تراس وزير الخارجية الياباني في لندن.', '2022-09-20', 'liz-truss')).toBe('رئيسة الوزراء');
    // batch 65's ume-05 (Tasnim): a form of address between the office with its portfolio and the name
    expect(role('بحث مساعد وزير الخارجية الإيراني للشؤون القانونية والدولية السيد عباس عراقجي اليوم مع نائب وزير الخارجية الياباني كنتارو سونورا العلاقات الثنائية.', '2016-09-03', 'abbas-araghchi')).toBe('مساعد وزير الخارجية');
    // the waiting set's cornflower-07 (2022), stitchwort-08 (2014) and a Syrian page of June 2000: a military rank is the
    // title of a man the gazetteer knows only as a later leader; in his term, the gazetteer's office
    const commander = 'استقبل وزير الدفاع الياباني نوبو كيشي في طوكيو قائد القوات البرية الكمبودية الفريق هون مانيت.';
    expect(role(commander, '2022-02-15', 'hun-manet')).toBe('الفريق');
    expect(role(commander, '2024-02-15', 'hun-manet')).toBe('رئيس الوزراء');
  });
  // pairs73's pair-216, pairs77's pair-223 and pair-224: the subject of an act to come told after «أن» was spoken of at
  // the talks; the verb ends a name («الرئيس يمين سيلتقي»)
  test('a leader who will visit, told at the talks, took no part in them', () => {
    const names = officialsIn('استقبل الملك عبدالله الثاني وزير الخارجية الياباني تارو كونو، وأكد جلالة الملك خلال اللقاء أن رئيس الوزراء الياباني شينزو آبي سيزور المملكة خلال الأيام المقبلة.').officials.map((official) => official.name);
    expect(names).toEqual(expect.arrayContaining(['تارو كونو']));
    expect(names).not.toContain('شينزو آبي');
    const later = officialsIn('استقبل نائب وزير الخارجية الياباني سيجي كيهارا وزير الدولة المالديفي محمد حسين شريف، فيما أعلنت الرئاسة أن الرئيس يمين سيلتقي خلال إقامته في طوكيو الإمبراطور.').officials.map((official) => official.name);
    expect(later.some((name) => name.includes('سيلتقي'))).toBe(false);
  });
  // batch 182's jatoba-01 (BNA) and the waiting set's ceiba-01: «كومنولث» is a state's word in an office, like «جمهورية»
  test('the office «رئيس وزراء كومنولث دومينيكا» introduces its holder', () => {
    const found = officialsIn('التقى رئيس الوزراء الياباني شينزو آبي أمس الاثنين في بورت أوف سبين رئيس وزراء كومنولث دومينيكا روزفلت سكيريت.').officials;
    expect(found.find((official) => official.name === 'روزفلت سكيريت')?.country).toBe('DM');
  });
  // batch 187's pitomba-03 and pitomba-04 (Omani and Egyptian pages): a headline's present verb after an office and its
  // country opens no name
  test.each([
    ['مستشار رئيس الوزراء الياباني يتفقد ميناء الدقم ويلتقي رئيس هيئة المنطقة الاقتصادية الخاصة', 'يتفقد'],
    ['إمبراطور اليابان يستقبل ولي عهد سلطنة عمان ويستعيد ذكرى الفرس العربية «أهازيج»', 'يستعيد'],
  ])('no name read from the verb in «%s»', (title, verb) => {
    const sentences = articleToSentences({ title, paragraphs: ['نص.'] });
    expect(findOfficials(sentences, findCountries(sentences)).officials.some((official) => official.name.includes(verb))).toBe(false);
  });
  // batch 184's lulo-04 (AZERTAC): words of an air crash after a title and its country are no name («ويعزي» alone is one word)
  test('«ويعزي بضحايا تحطم طائرة» after «سفير أذربيجان» is no name', () => {
    const names = officialsIn('نائب وزير الخارجية الياباني هيسايوكي فوجي يستقبل سفير أذربيجان ويعزي بضحايا تحطم طائرة الخطوط الجوية الأذربيجانية.').officials.map((official) => official.name);
    expect(names.some((name) => name.includes('طائرة') || name.includes('ويعزي'))).toBe(false);
  });
  // batch 180's bacuri-03 (Al-Sabah, the day of Abe's state funeral) and the waiting set's bamboo-04, banksia-01,
  // peony-07: a person the gazetteer has dead by the event's day was mourned or remembered at the talks, not met
  test('a person who died before the event\'s day took no part in it', () => {
    const sentences = articleToSentences({ title: 'طوكيو وبانجول تبحثان التنمية', paragraphs: ['بحث وزير الدولة للشؤون الخارجية الياباني كينجي يامادا مع وزير خارجية غامبيا مامادو تانغارا في طوكيو التعاون، واستهله يامادا بالإشادة بالعلاقات التي أرساها آبي مع دول العالم، وبحضور رئيس الوزراء الأسبق شينزو آبي.'] });
    const ids = (day: string) => findOfficials(sentences, findCountries(sentences), day).officials.map((official) => official.id);
    expect(ids('2022-09-27')).not.toContain('shinzo-abe');
    // the same words on a day he lived: the text alone decides
    expect(ids('2022-06-01')).toContain('shinzo-abe');
  });
  // batch 97's bilberry-08 (Echorouk): a former prime minister who sits in the cabinet on the day came in that office, not as
  // a former one; the gazetteer knows him as «لي هسيان لونغ» too
  test('named a former office-holder, a person in another office on the day holds that one', () => {
    const sentences = articleToSentences({ title: 'طوكيو تكرم لي هسيان لونغ بأرفع أوسمتها خلال زيارته لليابان', paragraphs: ['استقبل رئيس الوزراء الياباني، شيغيرو إيشيبا، اليوم الاثنين في طوكيو، كبير الوزراء في حكومة سنغافورة ورئيس وزرائها السابق، لي هسيان لونغ، الذي يقوم بزيارة عمل إلى اليابان.'] });
    expect(findOfficials(sentences, findCountries(sentences), '2025-08-25').officials.find((official) => official.id === 'lee-hsien-loong')?.role).toBe('كبير الوزراء');
  });
  // the waiting set's milfoil-06 (no day): «نظيره» after a bare «الوزير» tells no office; the next sentence's «وزير الخارجية
  // … نظيره» does, where the gazetteer's latest office (prime minister) would make the talks a visit
  test('a counterpart first named after a bare «الوزير» takes the office a later sentence gives', () => {
    const sentences = articleToSentences({ title: 'عنوان', paragraphs: ['بحث الوزير النرويجي بورغه برينده مع نظيره الياباني فوميو كيشيدا سبل التعاون.', 'وأجرى وزير الخارجية النرويجي بورغه برينده يوم الاثنين في طوكيو محادثات مع نظيره الياباني فوميو كيشيدا.'] });
    expect(findOfficials(sentences, findCountries(sentences)).officials.find((official) => official.id === 'fumio-kishida')?.role).toBe('وزير الخارجية');
  });
  // the waiting set's clary-08 (Reuters): a prince's title after an office addresses him; the office is his role
  test('the office written before «الأمير» is the prince\'s role', () => {
    const found = officialsIn('وقع وزير الطاقة السعودي الأمير عبد العزيز بن سلمان ووزير الاقتصاد الياباني ياسوتوشي نيشيمورا اليوم في الرياض مذكرة تعاون.');
    expect(found.officials.find((official) => official.name === 'عبد العزيز بن سلمان')?.role).toBe('وزير الطاقة');
  });
  // the waiting set's thyme-03 (KUNA) and fleabane-05: a frame reaches a person across the offices written before the
  // name; not past another person named first («رسالة من جلالة الملك عبدالله الثاني إلى رئيس الوزراء الياباني …»)
  test('a frame reaches the person its offices introduce, not a second person', () => {
    const found = officialsIn('استقبل وزير الاقتصاد الياباني بانري كايدا في طوكيو السفير الكويتي.', 'وسلمه السفير رسالة من وزير النفط وزير الإعلام رئيس مجلس إدارة مؤسسة البترول الكويتية الشيخ أحمد عبدالله الأحمد الصباح تتضمن تفاصيل المنحة.');
    expect(found.officials.map((official) => official.id)).not.toContain('ahmad-abdullah-al-ahmad-al-sabah');
    const received = officialsIn('نقل وزير الخارجية أيمن الصفدي رسالة من جلالة الملك عبدالله الثاني إلى رئيس الوزراء الياباني شينزو آبي، الذي استقبله الجمعة في مكتبه بطوكيو.');
    expect(received.officials.map((official) => official.id)).toContain('shinzo-abe');
  });
  // the waiting set's wallflower-06, waterwort-07 and knawel-01: the people of a visit a month of its own dates made it
  test('a person of a visit dated by a month of its own took no part in the talks', () => {
    const found = officialsIn('استقبل وزير الخارجية الياباني يوشيماسا هاياشي سفير ليتوانيا أوريليوس زيكاس في طوكيو.', 'وقالت الخارجية اليابانية في بيان إن الوزير هاياشي رحب في رسالته بالارتقاء بالعلاقات إلى مستوى الشراكة الاستراتيجية بمناسبة زيارة رئيسة وزراء ليتوانيا إنغريدا شيمونيتي إلى اليابان في أكتوبر الماضي.');
    expect(found.officials.map((official) => official.name)).toEqual(['يوشيماسا هاياشي', 'أوريليوس زيكاس']);
  });
  // batch 38's opal-05 (Anadolu) and batch 36's fir-04 (Al-Wasat): a sentence of coming tells the other occasion to its end
  test('people after the commas of «وتأتي زيارة X بعد …» met on the other occasion', () => {
    const found = officialsIn('عقدت وزيرة الخارجية اليابانية يوكو كاميكاوا اجتماعا مع نظيرتها الموزمبيقية فيرونيكا ماكامو في طوكيو.', 'وقالت الخارجية اليابانية إن الاجتماع استمر أربعين دقيقة.', 'وأضافت أن الوزيرتين بحثتا التعاون.', 'وتأتي زيارة ماكامو بعد نحو سبعة أشهر من جولة أفريقية لرئيس الوزراء الياباني فوميو كيشيدا، اختتمها في مابوتو مطلع مايو، حيث أجرى محادثات مع الرئيس فيليبي نيوسي.');
    expect(found.officials.map((official) => official.id)).toEqual(['yoko-kamikawa', 'veronica-macamo']);
  });
  // pairs20's pair-90 (KUNA): the envoy named after his principal's office, in an undated story
  test('a name after «المبعوث الخاص لرئيس الوزراء الياباني» is the envoy\'s, not the prime minister\'s', () => {
    const found = officialsIn('استقبل الرئيس الإيراني حسن روحاني اليوم المبعوث الخاص لرئيس الوزراء الياباني ماساهيكو كومورا وتسلم منه رسالة خطية.');
    expect(found.officials.find((official) => official.id === 'masahiko-komura')?.role).toBe('المبعوث الخاص');
  });
  // tarn-04 (Oman Daily): an undated policy dialogue led by the ministry's secretary-general, foreign minister only later
  test('behind a form of address, the office written after a gazetteer person\'s name is the role of an undated story', () => {
    const lede = 'عقدت الجولة الخامسة من الحوار السياسي بين البلدين، ترأس جانب السلطنة فيها سعادة السيد بدر بن حمد بن حمود البوسعيدي الأمين العام لوزارة الخارجية.';
    expect(officialsIn(lede).officials.find((official) => official.id === 'badr-albusaidi')?.role).toBe('الأمين العام لوزارة الخارجية');
    expect(officialsIn('استقبل السيد بدر بن حمد البوسعيدي وزير الخارجية نظيره الياباني.').officials.find((official) => official.id === 'badr-albusaidi')?.role).toBe('وزير الخارجية');
  });
  test('no name is read across the «..» that joins a headline\'s parts', () => {
    const sentences = articleToSentences({ title: 'رئيس باراجواي يستقبل وزير الخارجية اليابانى.. وطوكيو تقرض أسونسيون 9.3 مليار ين', paragraphs: ['استقبل الرئيس وزير الخارجية الياباني في قصر الحكومة.'] });
    expect(findOfficials(sentences, findCountries(sentences)).officials.map((official) => official.name)).not.toContain('وطوكيو تقرض أسونسيون');
  });
  test('a gazetteer name after بن is a father’s, inside a longer name', () => {
    const found = officialsIn('حضر المباحثات الأمير عبدالعزيز بن سلمان بن عبدالعزيز وزير الطاقة.');
    expect(found.officials.map((official) => official.id)).not.toContain('salman-bin-abdulaziz-al-saud');
  });
  test('gives one id to every spelling of a gazetteer person and keeps the spellings met', () => {
    const found = officialsIn('بحث وزيرا الخارجية الياباني تاكاشي إيوايا والأمريكي أنتوني بلينكن.', 'وعبر إيويا عن تقديره لبلينكن.');
    expect(found.officials.map((official) => official.id)).toEqual(['takeshi-iwaya', 'antony-blinken']);
    expect(found.officials[0]!.aliases).toEqual(expect.arrayContaining(['تاكاشي إيوايا', 'إيويا']));
    expect(found.unconfirmed).toEqual([]);
  });
  test('finds unknown people by title and name, with the country from the nisba', () => {
    const found = officialsIn('استقبل نائب وزير الخارجية الياباني ناكامورا هيروكي السفير المصري لدى طوكيو محمد أبو بكر.');
    expect(found.officials.map((official) => [official.name, official.country, official.role])).toEqual([
      ['ناكامورا هيروكي', 'JP', 'نائب وزير الخارجية'],
      ['محمد أبو بكر', 'EG', 'السفير'],
    ]);
    expect(found.unconfirmed).toEqual(['ناكامورا هيروكي', 'محمد أبو بكر']);
  });
  test('gives a counterpart the role of the person met', () => {
    const found = officialsIn('التقى وزير الخارجية الياباني تاكيشي إيوايا نظيره الفلبيني إنريكي مانالو في مانيلا.');
    expect(found.officials[1]).toMatchObject({ name: 'إنريكي مانالو', country: 'PH', role: 'وزير الخارجية' });
  });
  test('reads apposition: name, then title', () => {
    const found = officialsIn('التقى الوفد مع ساتو كينجي، نائب وزير الشؤون الخارجية الياباني.');
    expect(found.officials[0]).toMatchObject({ name: 'ساتو كينجي', country: 'JP', id: 'satu-kinji' });
  });
  test('takes the country of a delegation sentence', () => {
    const found = officialsIn('ترأس الوفد الفيتنامي الفريق أول فان فان جيانغ.');
    expect(found.officials[0]).toMatchObject({ name: 'فان فان جيانغ', country: 'VN', role: 'الفريق أول' });
  });
  test('leaves out former office-holders and people of background sentences', () => {
    const found = officialsIn('بحث الوزيران القضايا الإقليمية.', 'أعرب إيوايا عن تعازيه في وفاة الرئيس الأمريكي الأسبق جيمي كارتر.', 'في وقت سابق، التقى رئيس الوزراء الهندي ناريندرا مودي بالوزراء.');
    expect(found.officials).toEqual([]);
    expect(officialsIn('بحث الوزيران القضايا.', 'وعزى الرئيس الأمريكي الأسبق جيمي كارتر.').officials).toEqual([]);
  });
  // pairs42's pair-153 («… الجنازة الرسمية لرئيس الوزراء الأسبق شينزو آبي», then «بحضور نحو 4300 مدعو …، وذلك بعد أقل من
  // ثلاثة أشهر على اغتيال آبي»): the one killed, as the one who died, was not at the talks
  test.each(['اغتيال', 'مقتل'])('the one named after «%s» took no part', (word) => {
    const found = officialsIn('التقى وزير الخارجية الياباني يوشيماسا هاياشي نظيره الهولندي، الذي وصل للمشاركة في الجنازة الرسمية لرئيس الوزراء الأسبق شينزو آبي.', `وأقيمت المراسم بحضور عدد كبير من القادة، بعد ثلاثة أشهر على ${word} آبي بالرصاص.`);
    expect(found.officials.map((official) => official.id)).toEqual(['yoshimasa-hayashi']);
  });
  // batch 136's jujube-03 («… مذكرًا بأن رئيس الوزراء شينزو آبي زار دول الجماعة الكاريبية»): who a participant recalls
  // did something took no part, as with «مشيراً إلى أن»
  test('the one a participant recalls («مذكراً بأن X زار …») took no part', () => {
    const found = officialsIn('استقبل وزير الدولة للشؤون الخارجية يوجي موتو نائب رئيس وزراء جزر البهاما.', 'وأشار الوزير الياباني إلى حيوية المبادلات، مذكرًا بأن رئيس الوزراء شينزو آبي زار دول الجماعة الكاريبية عامين متتاليين.');
    expect(found.officials.map((official) => official.name)).not.toContain('شينزو آبي');
  });
  // the waiting set's basil-04 and batch 141's jabuticaba-03 (the Taliban's foreign minister), the waiting set's
  // cornflower-02: a movement after the word that names a government's head formed it, and the person after is no head;
  // one heading the movement is named as a government's head is
  test('a government «التي شكلتها حركة …» names no head; a party «… برئاسة X» does', () => {
    const minister = officialsIn('التقى سفير اليابان لدى أفغانستان في الدوحة وزير الخارجية في الحكومة المؤقتة التي شكلتها حركة طالبان أمير خان متقي، في أول لقاء رسمي.');
    expect(minister.officials.map((official) => official.id)).toContain('amir-khan-muttaqi');
    const head = officialsIn('التقى وزير الخارجية الأسترالي نظيره الياباني كاتسويا أوكادا، الذي تولى الحقيبة الأسبوع الماضي في الحكومة الجديدة التي شكلها الحزب الديمقراطي الياباني برئاسة يوكيو هاتوياما.');
    expect(head.officials.map((official) => official.name)).not.toContain('يوكيو هاتوياما');
  });
  // pairs47's pair-163 and pair-164 («استغل مشاركته في تشييع شينزو آبي»): the one whose funeral it was took no part;
  // batch 140's bael-02: a call the sentence says came at the same time («بالتزامن مع اتصال أجراه X بـY») is another's
  test('the one of a funeral («تشييع X») and the people of a call at the same time took no part', () => {
    const funeral = officialsIn('التقى رئيس الوزراء الياباني فوميو كيشيدا نظيره الكوري الجنوبي هان دوك سو، الذي استغل مشاركته في تشييع شينزو آبي ليؤكد رغبته في طي صفحة التوتر.');
    expect(funeral.officials.map((official) => official.id)).not.toContain('shinzo-abe');
    const call = officialsIn('أجرى وزير الخارجية الياباني تارو كونو اتصالاً هاتفياً بنظيره القطري.', 'وجاءت مكالمة الوزيرين بالتزامن مع اتصال أجراه رئيس الوزراء آبي شينزو بأمير قطر الشيخ تميم بن حمد آل ثاني.');
    expect(call.officials.map((official) => official.id)).not.toContain('shinzo-abe');
  });
  // the waiting set's knapweed-05 and marjoram-07, batch 138's nectarine-01: an indefinite envoy's word («ممثلاً»,
  // «ممثلة») before an office behind «ل», or an honorific with it, names the one represented, who was not there
  test.each([
    ['الذي يرأس وفد بلاده إلى المؤتمر، ممثلاً للرئيس آرثر بيتر موثاريكا.', 'آرثر بيتر موثاريكا'],
    ['وذلك عشية الجنازة التي تحضرها ممثلة لرئيس الجمهورية علي بونغو أونديمبا.', 'علي بونغو أونديمبا'],
  ])('«%s»: the one represented took no part', (clause, principal) => {
    const found = officialsIn(`التقى رئيس الوزراء الياباني شينزو آبي نائب رئيس ملاوي إفرتون تشيمولريينجي، ${clause}`);
    expect(found.officials.map((official) => official.name)).not.toContain(principal);
    expect(found.officials.map((official) => official.name)).toContain('إفرتون تشيمولريينجي');
  });
  test('«ممثلاً لفخامة رئيس الجمهورية X»: the one represented, behind an honorific, took no part', () => {
    const found = officialsIn(
      'أجرى رئيس الوزراء معالي السيد عبد القادر كامل محمد، يوم الأربعاء في العاصمة طوكيو، محادثات مع وزير الدفاع الياباني السيد تارو كونو.',
      'ويقوم رئيس الوزراء بزيارة إلى اليابان ممثلاً لفخامة رئيس الجمهورية السيد إسماعيل عمر جيله في مراسم تنصيب الإمبراطور ناروهيتو.',
    );
    expect(found.officials.map((official) => official.name)).not.toContain('إسماعيل عمر جيله');
  });
  // the waiting set's fleawort-03 («ويرافق بيلت الملك كارل السادس عشر غوستاف») and bramble-07 («ويرافق عمروف الرئيس
  // الأوكراني فولوديمير زيلينسكي»), batch 140's feijoa-01: the one a minister accompanies on the visit was not at his talks
  test('the leader a minister accompanies («ويرافق Y الرئيس X») took no part in the minister\'s talks', () => {
    const found = officialsIn('بحث وزير الدفاع الأوكراني رستم عمروف مع وزير الدفاع الياباني مينورو كيهارا التعاون الدفاعي.', 'ويرافق عمروف الرئيس الأوكراني فولوديمير زيلينسكي في زيارته إلى اليابان.');
    expect(found.officials.map((official) => official.name)).not.toContain('فولوديمير زيلينسكي');
    expect(found.officials.map((official) => official.name)).toContain('رستم عمروف');
  });
  test('does not read ministries or verbs as names', () => {
    const found = officialsIn('وأشار نائب الوزير إلى أن الجانبين سيواصلان العمل.', 'زار وزير خارجية اليابان كوريا الجنوبية.', 'والتقى الوفد كييتشي ايشيكاوا، نائب الأمين العام للأمانة الوطنية للأمن.');
    expect(found.officials.map((official) => official.id)).toEqual(['keiichi-ichikawa']);
  });
  test('does not read common nouns and adjectives after a title or nisba as a name', () => {
    expect(officialsIn('عقد وزير الخارجية الياباني تاكيشي إيوايا ونظيره الهندي جولة جديدة من المحادثات.').officials.map((official) => official.id)).toEqual(['takeshi-iwaya']);
    expect(officialsIn('وعقد السفير الياباني جلسة عمل مطولة مع الوفد.').officials).toEqual([]);
    // batch 136's elderberry-04, the headline «كاميكاوا تبحث مع نائبة رئيس وزراء إسواتيني خطط افتتاح سفارة …»
    expect(officialsIn('وبحثت وزيرة الخارجية مع نائبة رئيس وزراء إسواتيني خطط افتتاح سفارة لمملكتها في طوكيو.').officials).toEqual([]);
  });
  test('ends an unknown name at the common noun that follows it', () => {
    const found = officialsIn('وأجرى نظيره الماليزي محمد حسن جولة جديدة من المحادثات.');
    expect(found.officials.map((official) => official.name)).toEqual(['محمد حسن']);
    // batch 173's thimbleberry-04 (Echorouk): «دولة» before the country visited ends the name
    const visitor = officialsIn('زارت نائبة وزير الخارجية البرلمانية اليابانية أرفيا إيري دولة باربادوس الكاريبية، حيث التقت عدداً من المسؤولين.');
    expect(visitor.officials.map((official) => official.name)).toEqual(['أرفيا إيري']);
  });
});

describe('officialsOfParties', () => {
  const person = (id: string, country: string) => ({ id, name: id, aliases: [], country, role: '' });
  test('keeps people of the parties and people whose country is unknown', () => {
    expect(officialsOfParties([person('a', 'JP'), person('b', 'VN'), person('c', ''), person('d', 'IN')], ['IN', 'JP']).map((official) => official.id)).toEqual(['a', 'c', 'd']);
  });
});
