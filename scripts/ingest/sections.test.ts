import { describe, expect, test } from 'vitest';
import { pageToArticle } from './page/pageToArticle.ts';
import { earlierOfTwoBannerDays, pageToSections } from './sections.ts';

/** The sections of a page made of these lines, through the boilerplate stage as the ingest runs it. */
const linesToSections = (text: string) => pageToSections(pageToArticle(text));
const lines = (text: string) => text;

describe('pageToSections', () => {
  test('takes the first line as the title and the lede as the summary', () => {
    const sections = linesToSections(lines('اليابان والهند تعقدان حواراً\n\nعقد البلدان حواراً في طوكيو يوم الاثنين الماضي لبحث التعاون الاقتصادي والأمني بين الجانبين. وتناول اللقاء قضايا عدة.'));
    expect(sections?.title).toBe('اليابان والهند تعقدان حواراً');
    expect(sections?.summary).toBe('عقد البلدان حواراً في طوكيو يوم الاثنين الماضي لبحث التعاون الاقتصادي والأمني بين الجانبين. وتناول اللقاء قضايا عدة.');
    expect(sections?.blocks).toHaveLength(1);
  });

  test('of two dateline-shaped header lines, the one that opens with a known city is the dateline', () => {
    const page = 'عدن تبحث مع طوكيو دعم الاقتصاد\nالمشهد اليمني - متابعات\nروما - سبأنت:\nبحث وزير الخارجية اليمني، اليوم السبت، مع وزير الدولة للشؤون الخارجية الياباني سبل دعم الاقتصاد الوطني وتعزيز التعاون.\n\nوجاء اللقاء على هامش مشاركة الوزير في منتدى حوارات المتوسط في العاصمة الإيطالية.';
    expect(linesToSections(page)?.dateline).toBe('روما - سبأنت:');
  });

  // batch 34's sage-01 (Emarat Al Youm): «المصدر: دبي - وام    التاريخ: 03 مايو 2013» under the headline
  test('a source line that carries the date after a wide gap gives the outlet and the publication day', () => {
    const page = ['محمد بن راشد يستقبل رئيس الوزراء الياباني', '', 'المصدر: دبي - وام    التاريخ: 03 مايو 2013', '', 'استقبل صاحب السمو الشيخ محمد بن راشد آل مكتوم أمس في قصر زعبيل رئيس الوزراء الياباني شينزو آبي والوفد المرافق له.', '', 'وتناول اللقاء علاقات التعاون بين البلدين وسبل تعزيزها في مختلف المجالات.'].join('\n');
    expect(linesToSections(page)?.source).toEqual({ outlet: 'دبي - وام', publishedAt: '2013-05-03' });
  });
  test('a newspaper\'s issue line above the headline dates the article, with its label «العدد» or «العدد الورقي», over the day\'s banner', () => {
    // batch 21's marsh-03 (Al-Sabah, Baghdad): «العدد الورقي: 3211 - الجمعة 26 ايلول 2014»
    const page = (issue: string) => ['جريدة الصباح', 'الاربعاء 8 نيسان 2026', 'الرئيسية     سياسية     محليات     اقتصادية', '', issue, '', 'سياسية', '', 'معصوم وآبي يتفقان على تعزيز التعاون في نيويورك', '', 'بحث رئيس الجمهورية فؤاد معصوم مع رئيس الوزراء الياباني شينزو آبي، صباح امس الخميس، العلاقات الثنائية بين البلدين على هامش أعمال الجمعية العامة للأمم المتحدة في نيويورك.', '', 'وتناول اللقاء سبل تعزيز التعاون في مجالات الطاقة والإعمار ودعم النازحين، بحسب بيان صادر عن مكتب رئيس الجمهورية.'].join('\n');
    expect(linesToSections(page('العدد الورقي: 3211 - الجمعة 26 ايلول 2014'))?.source.publishedAt).toBe('2014-09-26');
    expect(linesToSections(page('العدد: 3211 - الجمعة 26 ايلول 2014'))?.source.publishedAt).toBe('2014-09-26');
    // batch 38's opal-01 (Al-Ahram's archive): today's edition over the menus, the article's issue right above the headline
    const archive = ['الأهرام اليومي', 'الثلاثاء 14 من رمضان 1447 هــ 3 مارس 2026 السنة 150 العدد 50841', 'الرئيسية | مصر | العرب | العالم | اقتصاد', '', 'الأرشيف > العالم', '', 'السبت 10 من ربيع الأول 1435 هــ 11 يناير 2014 السنة 138 العدد 46431', '', 'معصوم وآبي يتفقان على تعزيز التعاون في نيويورك', '', 'بحث رئيس الجمهورية فؤاد معصوم مع رئيس الوزراء الياباني شينزو آبي، صباح امس الخميس، العلاقات الثنائية بين البلدين على هامش أعمال الجمعية العامة للأمم المتحدة في نيويورك.', '', 'وتناول اللقاء سبل تعزيز التعاون في مجالات الطاقة والإعمار.'].join('\n');
    expect(linesToSections(archive)?.source.publishedAt).toBe('2014-01-11');
    // batch 34's tide-06 (Al-Mada, Baghdad): the number in brackets, the date in figures
    expect(linesToSections(page('العدد (2486) الأربعاء 30/05/2012'))?.source.publishedAt).toBe('2012-05-30');
  });
  // pairs20's pair-86 (Al-Shorouk): the site's «آخر تحديث» over the menus, the article's age under its headline
  test('a stamp under the headline that gives no day («نشر في: منذ 4 سنوات») leaves a banner\'s update stamp the site\'s', () => {
    const page = (stamp: string) => ['بوابة الشروق', 'الرئيسية | أخبار مصر | عرب وعالم | اقتصاد | رياضة', 'آخر تحديث: الخميس 3 ديسمبر 2026 - 1:20 م', 'حالة الطقس: القاهرة 21° | أسعار العملات | مواقيت الصلاة', '', 'عرب وعالم', '', 'شكري يبحث مع وزير خارجية اليابان في نيويورك التعاون', '', stamp, '', 'التقى وزير الخارجية سامح شكري، يوم الخميس، نظيره الياباني هاياشي يوشيماسا على هامش أعمال الجمعية العامة للأمم المتحدة في نيويورك.', '', 'وتناول اللقاء مسار العلاقات الثنائية وعددا من الملفات الإقليمية والدولية.'].join('\n');
    expect(linesToSections(page('نشر في: منذ 4 سنوات'))?.source.publishedAt).toBeUndefined();
    // pairs21's pair-96 (an Egyptian site): the age without a colon
    expect(linesToSections(page('نُشر منذ 5 سنوات'))?.source.publishedAt).toBeUndefined();
    expect(linesToSections(page('نشر في: 22 سبتمبر 2022'))?.source.publishedAt).toBe('2022-09-22');
    // with no stamp of its own under the headline, the labelled update line is all the page gives
    expect(linesToSections(page('كتب - محمد علاء:'))?.source.publishedAt).toBe('2026-12-03');
  });
  // batch 117's walnut-04 (Tunisie Numérique): the headline taken too high, the masthead; the banner's day, over the
  // menus and the breadcrumb, is still the day the page was seen, not the article's
  test('a date over the site\'s menus is the banner\'s, under a headline taken too high', () => {
    const page = ['تونس الرقمية | أخبار تونس والعالم على مدار الساعة', 'الأحد 06 ديسمبر 2026', 'الرئيسية | وطنية | جهات | اقتصاد | عالمية | رياضة', 'الرئيسية › وطنية › أمن', '', 'استقبل وزير الداخلية كمال الفقي، يوم الثلاثاء، سفير اليابان بتونس تاكيشي أوسوغا والوفد المرافق له، وذلك في تونس العاصمة.', '', 'واستعرض الجانبان خلال اللقاء برامج التعاون الثنائي القائمة بين وزارتي الداخلية في البلدين، والسبل الكفيلة بتطويرها.'].join('\n');
    expect(linesToSections(page)?.source.publishedAt).toBeUndefined();
    // a date under the menus, right above the article, is the article's
    const dated = page.replace('الأحد 06 ديسمبر 2026\n', '').replace('الرئيسية › وطنية › أمن\n', 'الرئيسية › وطنية › أمن\nالثلاثاء 16 يناير 2024\n');
    expect(linesToSections(dated)?.source.publishedAt).toBe('2024-01-16');
  });
  test('a dateline with a comma after the city is the dateline («طوكيو، (وما) –»)', () => {
    const sections = linesToSections(['وزير الشؤون الخارجية يجري مباحثات مع نظيره الياباني في طوكيو', 'طوكيو، (وما) –', '', 'أجرى وزير الشؤون الخارجية والتعاون مساء أمس الخميس في طوكيو مباحثات مع نظيره الياباني تناولت علاقات التعاون بين البلدين.', '', 'واستعرض الجانبان خلال اللقاء علاقات التعاون القائمة بين البلدين وسبل تطويرها.'].join('\n'));
    expect(sections?.dateline).toBe('طوكيو، (وما) –');
  });
  // batch 47's juniper-07 (SUNA): the issue's own dateline shape, «القاهرة 14 أكتوبر (أ ش أ) -», on a line of its own
  test.each(['الخرطوم ١٧ فبراير ٢٠٢٠ (سونا) -', 'القاهرة 14 أكتوبر (أ ش أ) -'])('a dateline with its date on a line of its own («%s») is the dateline', (line) => {
    const sections = linesToSections(['وكيل الخارجية يودع سفير اليابان', line, '', 'استقبل وكيل وزارة الخارجية بمكتبه اليوم الإثنين سفير اليابان بمناسبة انتهاء فترة عمله بالبلاد.', '', 'وأكد وكيل الوزارة خلال اللقاء تطلع بلاده إلى مزيد من تعزيز علاقاتها مع اليابان.'].join('\n'));
    expect(sections?.dateline).toBe(line);
  });
  // batch 61's agave-06 and development's moss-01 (SPA): a known city, both calendars' dates and the agency, no mark
  test('a dateline with both dates and the agency, no mark between («الرياض 20 ربيع الأول 1445 هـ الموافق 05 أكتوبر 2023 م واس»), is the dateline', () => {
    const line = 'الرياض 20 ربيع الأول 1445 هـ الموافق 05 أكتوبر 2023 م واس';
    const sections = linesToSections(['ولي العهد ورئيس وزراء اليابان يستعرضان هاتفياً العلاقات الثنائية', 'الجمعة 21 ربيع الأول 1445هـ - 6 أكتوبر 2023م', line, 'جرى اليوم اتصال هاتفي بين صاحب السمو الملكي الأمير محمد بن سلمان ولي العهد ودولة رئيس وزراء اليابان فوميو كيشيدا.', '', 'وجرى خلال الاتصال استعراض العلاقات الثنائية بين البلدين الصديقين وسبل تعزيزها.'].join('\n'));
    expect(sections?.dateline).toBe(line);
    expect(sections?.source.publishedAt).toBe('2023-10-06');
  });
  // batch 48's oleander-04 (Al-Anbaa): the issue line above the lede opens with a weekday, no place
  test('an issue line with its date («الجمعة ١٥ سبتمبر ٢٠٠٦ - العدد ١١٠٤٨») is no dateline', () => {
    const sections = linesToSections(['كويزومي يودع أوباسانجو', 'الجمعة ١٥ سبتمبر ٢٠٠٦ - العدد ١١٠٤٨', '', 'طوكيو - كونا: استقبل رئيس الوزراء الياباني أمس في مقر إقامته الرسمي الرئيس النيجيري في لقاء وداعي.', '', 'وعقب المباحثات أقام رئيس الوزراء الياباني مأدبة عشاء على شرف الرئيس النيجيري.'].join('\n'));
    expect(sections?.dateline).toBeUndefined();
  });
  // waiting elm-02 (Al-Ghad): the shadda of «عمّان» is a mark, no letter, and the dateline is one all the same
  test('a dateline whose city carries a shadda («عمّان – الغد») is the dateline', () => {
    const sections = linesToSections(['الخصاونة يبحث مع قائد ياباني التعاون العسكري', 'عمّان – الغد', '', 'بحث رئيس الوزراء وزير الدفاع بشر الخصاونة اليوم مع رئيس هيئة الأركان المشتركة اليابانية التعاون بين البلدين.', '', 'واستعرض الجانبان خلال اللقاء علاقات التعاون القائمة بين البلدين وسبل تطويرها.'].join('\n'));
    expect(sections?.dateline).toBe('عمّان – الغد');
  });
  // waiting parsley-02 and oleander-03 (Asharq Al-Awsat): the correspondent's city, a colon and the paper's name in quotes
  test.each(['برازيليا: «الشرق الأوسط»', 'فايسنهاوس (ألمانيا): «الشرق الأوسط»'])('a known city, a colon and the outlet in quotes («%s») is the dateline', (line) => {
    const sections = linesToSections(['لولا وكويزومي يتعهدان بدعم متبادل', line, 'نُشر: 17 سبتمبر 2004 م', 'حجم الخط: أ+ | أ-', '', 'تعهد الرئيس البرازيلي ورئيس الوزراء الياباني أمس بدعم متبادل في أول قمة تجمعهما.', '', 'وجرت المحادثات قرابة الظهر بالتوقيت المحلي.'].join('\n'));
    expect(sections?.dateline).toBe(line);
  });
  test('a colon line that opens with no known city («حجم الخط: «أ+»») is no dateline', () => {
    const sections = linesToSections(['لولا وكويزومي يتعهدان بدعم متبادل', 'حجم الخط: «أ+»', '', 'تعهد الرئيس البرازيلي ورئيس الوزراء الياباني أمس بدعم متبادل في أول قمة تجمعهما.', '', 'وجرت المحادثات قرابة الظهر بالتوقيت المحلي.'].join('\n'));
    expect(sections?.dateline).toBeUndefined();
  });
  // batch 113's saltwort-08: a blog's motto read as the headline put the banner's «اليوم: …» under it
  test('a line labelled as today\'s date never dates the article, even under the headline', () => {
    const page = ['الشهرستاني يلتقي مبعوثاً يابانياً', 'اليوم: الأحد 6 ديسمبر 2026', '', 'بغداد - قال وزير النفط العراقي يوم الأربعاء إن بلاده ستؤمن احتياجات اليابان من النفط بعد لقائه المبعوث الياباني.', '', 'وأوضح بيان صدر بعد الاجتماع أن الجانب الياباني عرض تقديم مساعدات فنية.'].join('\n');
    expect(linesToSections(page)?.source.publishedAt).toBeUndefined();
  });
  test('a date stamp at the story\'s foot, after its sign-off, dates it; a date under the share bar or in the footer does not', () => {
    const story = 'وزير الخارجية يلتقي وزير خارجية اليابان\n\nالمنامة في 27 أكتوبر / بنا / التقى وزير الخارجية، بعد ظهر اليوم، وزير خارجية اليابان الذي يزور المملكة للمشاركة في حوار المنامة.\n\nوتناول اللقاء مستجدات الأوضاع في المنطقة والقضايا ذات الاهتمام المشترك بين البلدين الصديقين.';
    expect(linesToSections(`${story}\nج.ع\nبنا 1735 جمت 27/10/2018\nالسبت 27 أكتوبر 2018  18 صفر 1440\nمشاركة:  تويتر  فيسبوك`)?.source.publishedAt).toBe('2018-10-27');
    // the waiting set's gorse-02 and orpine-04 (BNA): the agency's code and stamp alone, under the sign-off
    expect(linesToSections(`${story}\nع ع / ح ج\nبنا 1652 جمت 21/03/2013\n\nالوسوم: #اليابان`)?.source.publishedAt).toBe('2013-03-21');
    expect(linesToSections(`${story}\nج م ع / ع ه ش\n12/05/2016 14:20\nشارك`)?.source.publishedAt).toBe('2016-05-12');
    expect(linesToSections(`${story}\nع ع\nالخميس 7 سبتمبر 2023\nمشاركة`)?.source.publishedAt).toBe('2023-09-07');
    // batch 20's ridge-07: Petra's sign-off, then its stamp
    expect(linesToSections(`${story}\n--(بترا) ن ع/ س ص\n25/7/2013 - 04:37 م\nاقرأ المزيد:`)?.source.publishedAt).toBe('2013-07-25');
    expect(linesToSections(`${story}\nA A\nالخميس 7 سبتمبر 2023`)?.source.publishedAt).toBeUndefined();
    expect(linesToSections(`${story}\nمشاركة:  تويتر  فيسبوك\nأخبار ذات صلة\nالثلاثاء 1 ديسمبر 2026`)?.source.publishedAt).toBeUndefined();
    expect(linesToSections(`${story}\nشارك\nالثلاثاء 1 ديسمبر 2026`)?.source.publishedAt).toBeUndefined();
  });

  test('keeps a headline whose parts an ellipsis joins whole', () => {
    const sections = linesToSections(lines('كيشيدا في كييف... أول زيارة لزعيم ياباني لمنطقة نزاع\n\nوصل رئيس الوزراء الياباني فوميو كيشيدا، الثلاثاء، إلى العاصمة الأوكرانية كييف، حيث أجرى محادثات مع الرئيس فولوديمير زيلينسكي.\n\nوأصدر الزعيمان بياناً مشتركاً في ختام المحادثات التي تناولت الدعم الياباني لأوكرانيا.'));
    expect(sections?.title).toBe('كيشيدا في كييف... أول زيارة لزعيم ياباني لمنطقة نزاع');
    expect(sections?.blocks[0]).toMatchObject({ text: expect.stringMatching(/^وصل رئيس الوزراء/) });
  });

  test('drops a repeated headline', () => {
    const sections = linesToSections(lines('عنوان الخبر\nعنوان الخبر\nنص الخبر الطويل بما يكفي ليكون فقرة حقيقية من فقرات المقال المنشور.'));
    expect(sections?.blocks).toEqual([{ kind: 'paragraph', text: 'نص الخبر الطويل بما يكفي ليكون فقرة حقيقية من فقرات المقال المنشور.' }]);
  });

  test('uses the first sentence as title when the article starts with a whole paragraph, and keeps the paragraph', () => {
    const sections = linesToSections(lines('في الرابع من ديسمبر، عُقد في طوكيو الحوار الأول (2+2). ترأس الوفد الفيتنامي نائب الوزير.'));
    expect(sections?.title).toBe('في الرابع من ديسمبر، عُقد في طوكيو الحوار الأول (2+2)');
    expect(sections?.summary).toBe('ترأس الوفد الفيتنامي نائب الوزير.');
    expect(sections?.blocks).toHaveLength(1);
  });

  test('moves source and publication lines into source', () => {
    const sections = linesToSections(lines('عنوان\nتاريخ النشر: 7th, January 2025 GMT\nفقرة.\nالمصدر: البوابة نيوز'));
    expect(sections?.source).toEqual({ publishedAt: '2025-01-07', outlet: 'البوابة نيوز' });
    expect(sections?.blocks).toEqual([{ kind: 'paragraph', text: 'فقرة.' }]);
  });

  test('keeps numbered lists and turns bullets into one list, folding indented continuation lines', () => {
    const sections = linesToSections(lines('عنوان\nمقدمة.\n  1. البند الأول:\n    شرحه.\n  2. البند الثاني.\n• نقطة أ\n• نقطة ب'));
    expect(sections?.blocks).toEqual([
      { kind: 'paragraph', text: 'مقدمة.' },
      { kind: 'list', ordered: true, items: ['البند الأول: شرحه.', 'البند الثاني.'] },
      { kind: 'list', ordered: false, items: ['نقطة أ', 'نقطة ب'] },
    ]);
  });

  test('marks a short line between paragraphs as a subheading', () => {
    const sections = linesToSections(lines('عنوان الخبر عن لقاء الوزيرين\nالتقى وزير الخارجية الياباني نظيره الهندي في طوكيو لبحث التعاون بين البلدين.\nالاستنتاج\nواتفق الجانبان على مواصلة الحوار في المجالات الاقتصادية والأمنية خلال الفترة المقبلة.'));
    expect(sections?.blocks[1]).toEqual({ kind: 'heading', text: 'الاستنتاج' });
  });

  test('keeps "title: x" inside the article as its own line, drops a --- rule, and leaves both out of the title', () => {
    const sections = linesToSections(lines('عنوان عربي للقاء الوزيرين\nالتقى وزير الخارجية الياباني نظيره الهندي في طوكيو لبحث التعاون بين البلدين.\n---\ntitle: x\nواتفق الجانبان على مواصلة الحوار في المجالات الاقتصادية والأمنية خلال الفترة المقبلة.'));
    expect(sections?.title).toBe('عنوان عربي للقاء الوزيرين');
    expect(sections?.blocks).toEqual([
      { kind: 'paragraph', text: 'التقى وزير الخارجية الياباني نظيره الهندي في طوكيو لبحث التعاون بين البلدين.' },
      { kind: 'paragraph', text: 'title: x' },
      { kind: 'paragraph', text: 'واتفق الجانبان على مواصلة الحوار في المجالات الاقتصادية والأمنية خلال الفترة المقبلة.' },
    ]);
  });

  test('does not make a markup-looking short line a subheading', () => {
    const sections = linesToSections(lines('عنوان الخبر عن لقاء الوزيرين\nالتقى وزير الخارجية الياباني نظيره الهندي في طوكيو لبحث التعاون بين البلدين.\n{globalThis.x = 1}\nواتفق الجانبان على مواصلة الحوار في المجالات الاقتصادية والأمنية خلال الفترة المقبلة.'));
    expect(sections?.blocks[1]).toEqual({ kind: 'paragraph', text: '{globalThis.x = 1}' });
  });

  test('keeps "* text" as text, not a list', () => {
    expect(linesToSections(lines('عنوان الخبر عن لقاء الوزيرين\nالتقى وزير الخارجية الياباني نظيره الهندي في طوكيو لبحث التعاون بين البلدين.\n* ليس قائمة\nواتفق الجانبان على مواصلة الحوار في المجالات الاقتصادية والأمنية خلال الفترة المقبلة.'))?.blocks[1]).toEqual({ kind: 'paragraph', text: '* ليس قائمة' });
  });

  test('returns undefined when nothing is left', () => {
    expect(linesToSections('')).toBeUndefined();
  });
});

describe('earlierOfTwoBannerDays', () => {
  // the waiting set's lovage-01 (Asharq Al-Awsat's print archive): the issue's date under the day the page was seen
  test.each<[string[], string | undefined]>([
    [['الشرق الأوسط', 'الجمعة - 24 جمادى الآخرة 1448 هـ - 4 ديسمبر 2026 م', 'الرئيسية | أخبار', 'الثلاثاء 12 ربيع الثاني 1422 هـ 3 يوليو 2001'], '2001-07-03'],
    // one day alone is the day the page was seen
    [['الشرق الأوسط', 'الجمعة - 24 جمادى الآخرة 1448 هـ - 4 ديسمبر 2026 م'], undefined],
    // the same day twice, in two calendars' lines
    [['الجمعة 4 ديسمبر 2026', 'الجمعة 24 جمادى الآخرة 1448 هـ'], undefined],
    // a date inside a ticker's headline is no line of its own
    [['الجمعة 4 ديسمبر 2026', 'عاجل: الوزير يزور طوكيو في 3 يوليو 2001 لبحث التعاون'], undefined],
  ])('%j', (banner, day) => {
    expect(earlierOfTwoBannerDays(banner)).toBe(day);
  });
});
