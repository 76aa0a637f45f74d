import { describe, expect, test } from 'vitest';
import { pageToArticle } from './pageToArticle.ts';

const LEDE = 'عقد وزير الدفاع الهندي راجناث سينغ، الاثنين، محادثات في نيودلهي مع نظيره الياباني جين ناكاتاني، تناولت سبل تعميق التعاون الدفاعي بين البلدين والأوضاع الأمنية الإقليمية.';
const SECOND = 'وتبادل الوزيران وجهات النظر حول البيئة الأمنية في منطقة المحيطين الهندي والهادئ، وبحثا فرص التعاون بين الصناعات الدفاعية في البلدين.';
const DECK = 'وزير الدفاع الياباني جين ناكاتاني يجري زيارة رسمية إلى نيودلهي تستمر يومين، هي الثانية من نوعها للقاء نظيره الهندي خلال ستة أشهر.';

describe('pageToArticle', () => {
  test('puts the byline and dates between a deck and the text in the header, keeping the deck', () => {
    const page = ['الهند واليابان تبحثان توسيع التعاون الدفاعي', '', DECK, '', 'TRT عربي - وكالات', 'تاريخ النشر: 5 أيار/مايو 2025 - 18:06', 'تحديث: 5 أيار/مايو 2025 - 19:30', '', LEDE, '', SECOND].join('\n');
    const parts = pageToArticle(page);
    expect(parts.title).toBe('الهند واليابان تبحثان توسيع التعاون الدفاعي');
    expect(parts.header).toEqual(['TRT عربي - وكالات', 'تاريخ النشر: 5 أيار/مايو 2025 - 18:06', 'تحديث: 5 أيار/مايو 2025 - 19:30']);
    expect(parts.body.filter(Boolean)).toEqual([DECK, LEDE, SECOND]);
  });
  // batch 135's carob-01 (DW) and pairs46's pair-161 (euronews): the headline, a one-sentence standfirst, the photo, then
  // labelled lines with the article's date and a topics line naming the two countries, then the text; the topics line
  // shares the lede's words but the headline stands above the standfirst
  test('a standfirst under the headline, the date line below it: the headline is the line above the standfirst', () => {
    const headline = 'سينغ وناكاتاني يبحثان في نيودلهي توسيع التعاون الدفاعي';
    const standfirst = 'محادثات استمرت نحو ساعة بين وزيري الدفاع الهندي والياباني تناولت الصناعات الدفاعية والأمن البحري، في ثانية زيارات الوزير الياباني إلى الهند خلال ستة أشهر فقط.';
    const page = ['DW عربية', 'الاثنين 07 ديسمبر 2026', 'أخبار | سياسة | اقتصاد | ثقافة', '', headline, '', standfirst, '', '[صورة أرشيفية: وزير الدفاع الهندي ونظيره الياباني]', '', 'التاريخ 05.05.2025', 'المواضيع الهند، اليابان', 'الكلمات المفتاحية راجناث سينغ، جين ناكاتاني', '', LEDE, '', SECOND].join('\n');
    const parts = pageToArticle(page);
    expect(parts.title).toBe(headline);
    expect(parts.body.filter(Boolean)).toEqual([LEDE, SECOND]);
  });
  // pairs46's pair-162 and pairs47's pair-163, pair-164 (Asharq Al-Awsat, Independent Arabia, Al-Ghad), development's
  // cedar-08: a long caption wholly in round brackets, its source after a dash, is no paragraph; with the standfirst above
  // it, it made a run of two paragraphs taken for the article, and the text under the labelled lines was lost
  test('a caption wholly in round brackets under a standfirst is no paragraph of the article', () => {
    const headline = 'سينغ وناكاتاني يبحثان في نيودلهي توسيع التعاون الدفاعي';
    const standfirst = 'محادثات استمرت نحو ساعة بين وزيري الدفاع الهندي والياباني تناولت الصناعات الدفاعية والأمن البحري.';
    const caption = '(وزير الدفاع الهندي راجناث سينغ يصافح نظيره الياباني جين ناكاتاني قبل محادثاتهما في العاصمة الهندية نيودلهي، في ثانية زياراته خلال ستة أشهر - رويترز)';
    const page = ['الغد', 'الاثنين، 7 كانون الأول 2026', 'الرئيسية | محليات | عربي ودولي', '', headline, '', standfirst, '', caption, '', 'كتب: قسم الشؤون الدولية - (وكالات)', 'نُشر: الاثنين 5 أيار (مايو) 2025 - 06:40 م', 'الوسوم: الهند، اليابان', '', LEDE, '', SECOND].join('\n');
    const parts = pageToArticle(page);
    expect(parts.title).toBe(headline);
    expect(parts.body.filter(Boolean)).toEqual([LEDE, SECOND]);
  });
  // development's hale-07 and batch 49's eglantine-01 (Asharq Al-Awsat), batch 53's kumquat-07 (Aden al-Ghad): a long
  // headline read as prose, then the outlet's own dateline, a known city and its name («طشقند: «الشرق الأوسط»»): the
  // headline is the line above the dateline, not the masthead's tagline
  test('an outlet\'s own dateline under a long headline makes it the headline', () => {
    const headline = 'وزير الدفاع الياباني في أول زيارة من نوعها إلى الهند منذ عامين: محادثات مع سينغ حول الصناعات الدفاعية والأمن البحري';
    // (batch 55's dill-05, Al-Soumal al-Jadid: a day and month between the city and the outlet)
    // (batch 56's elder-01, Al Bayan: the outlet set off by a dash)
    for (const dateline of ['نيودلهي: «الشرق الأوسط»', 'نيودلهي (الأيام) خاص:', 'نيودلهي 25 أغسطس (الأيام) -', 'نيودلهي - الأيام والوكالات']) {
      const parts = pageToArticle(['الأيام', 'صحيفة مستقلة تصدر من المنامة', 'الخميس 3 ديسمبر 2026', 'الرئيسية | محليات | عربي ودولي | اقتصاد | رياضة', '', headline, '', dateline, '', LEDE, '', SECOND].join('\n'));
      expect(parts.title).toBe(headline);
      expect(parts.body.filter(Boolean)).toEqual([LEDE, SECOND]);
    }
    // development's moor-07: a photo's caption with its credit in brackets above the dateline is no headline
    const caption = 'وزير الدفاع الياباني جين ناكاتاني مستقبلاً نظيره الهندي راجناث سينغ في نيودلهي أمس (مكتب العلاقات العامة في الحكومة اليابانية)';
    const captioned = pageToArticle(['الأيام', 'صحيفة مستقلة تصدر من المنامة', '', 'الهند واليابان تبحثان توسيع التعاون الدفاعي', '', caption, '', 'نيودلهي: «الأيام»', '', LEDE, '', SECOND].join('\n'));
    expect(captioned.title).toBe('الهند واليابان تبحثان توسيع التعاون الدفاعي');
  });
  // batch 77's ironwood-04 (SUNA): the agency's name with its short name in brackets is its masthead, never the headline
  // (taken for it, the banner's viewing date under it was read as the article's day)
  test('an agency\'s name with another of its names in brackets is the masthead', () => {
    const headline = 'طوكيو وكمبالا تتعهدان بالتنسيق داخل مجلس الأمن وتبحثان الاستقرار في القرن الأفريقي';
    const lede = 'طوكيو (سونا) - بحث وزير الخارجية الياباني هيروفومي ناكاسونه مع نظيره الأوغندي سام كاهامبا كوتيسا عصر الأربعاء بمقر وزارة الخارجية اليابانية في طوكيو سبل تعزيز علاقات الصداقة والتعاون بين البلدين.';
    const second = 'واستهل الوزيران اللقاء الذي استمر نحو نصف ساعة بالتعبير عن سعادتهما بلقائهما مجدداً بعد اجتماع المتابعة الوزاري لمؤتمر تيكاد.';
    const parts = pageToArticle(['وكالة السودان للأنباء (سونا)', 'Sudan News Agency', 'السبت 5 ديسمبر 2026م الموافق 25 جمادى الآخرة 1448هـ', 'الرئيسية | الأخبار السياسية | الاقتصادية', '', 'الأخبار العالمية', '', headline, '', '[ اطبع الخبر ]  [ أرسل الخبر ]', '', lede, '', second].join('\n'));
    expect(parts.title).toBe(headline);
  });
  // batch 79's skirret-03 (IRNA): the agency's full name, whose words the lede's «رئيس الجمهورية الاسلامية» shares
  test('IRNA\'s full name is its masthead, not the headline', () => {
    const headline = 'روحاني وآبي يبحثان في نيويورك تطوير التعاون الاقتصادي بعد تنفيذ الاتفاق النووي';
    const lede = 'نيويورك/ 22 أيلول/ سبتمبر/ ارنا – التقى رئيس الجمهورية الاسلامية الايرانية الدكتور حسن روحاني مساء أمس الأربعاء رئيس الوزراء الياباني شينزو آبه على هامش الجمعية العامة للأمم المتحدة.';
    const second = 'واعرب الرئيس روحاني في مستهل اللقاء الذي استمر نحو اربعين دقيقة عن ارتياحه لانتظام تبادل الزيارات بين البلدين.';
    const parts = pageToArticle(['وكالة الجمهورية الإسلامية للأنباء', 'IRNA | ارنا', 'السبت ١٤ آذر ١٤٠٥ - 5 كانون الأول/ديسمبر 2026', 'الرئيسية  السياسة  الاقتصاد  المجتمع', '', 'السياسة > السياسة الخارجية', '', headline, '', 'رمز الخبر: 82240117', 'تاريخ النشر: ١ مهر ١٣٩٥ – ٠٢:١٥ | 22 أيلول/سبتمبر 2016', '', lede, '', second].join('\n'));
    expect(parts.title).toBe(headline);
  });
  // batch 64's pimento-03 (RIA Novosti): the headline is the text's first line, no byline between it and the lede; the
  // masthead's tagline above shares none of the text's words; the date line above the headline is the article's
  test('a headline opening the text, right above the lede, wins over a masthead that shares none of its words', () => {
    const headline = 'سينغ وناكاتاني يتفقان في نيودلهي على مواصلة الحوار حول التعاون الدفاعي وتبادل الزيارات بين البلدين قبل نهاية العام';
    const parts = pageToArticle(['ريا نوفوستي', 'وكالة الأنباء الروسية', 'الجمعة، 4 ديسمبر/كانون الأول 2026 | موسكو 14:20', 'الرئيسية | روسيا | العالم | اقتصاد | ثقافة', '', '08/09/2007 14:35', '', headline, '', LEDE, '', SECOND].join('\n'));
    expect(parts.title).toBe(headline);
    expect(parts.header).toEqual(['08/09/2007 14:35']);
    expect(parts.body.filter(Boolean)).toEqual([LEDE, SECOND]);
  });
  // the waiting set's hoarhound-06 (Sky News Arabia) and knawel-08 (a blog): the site's long lines between the headline
  // and the lede (a byline with its section and source, a summary's label) leave it the headline
  test('a headline opening the text, a long byline line under it, wins over the masthead', () => {
    const headline = 'سينغ وناكاتاني يتفقان في نيودلهي على مواصلة الحوار حول التعاون الدفاعي وتبادل الزيارات بين البلدين قبل نهاية العام';
    const parts = pageToArticle(['نافذة على آسيا', 'مدونة إخبارية مستقلة تهتم بشؤون شرق آسيا وعلاقاتها بالعالم', 'الرئيسية | اليابان | الصين | الكوريتان | جنوب شرق آسيا | من نحن', '', headline, 'بقلم: فريق التحرير | منقول بتصرف عن وكالات ومصادر رسمية', '', LEDE, '', SECOND].join('\n'));
    expect(parts.title).toBe(headline);
  });
  // the waiting set's saltwort-08 (a blog) and cinquefoil-02 (SWI): a masthead's motto above the site's menus shares the
  // text's words; the headline stands under the menus
  test('the headline is under the site\'s menus, whatever words a motto above them shares with the text', () => {
    const headline = 'الشهرستاني بعد لقائه مبعوثا يابانيا: العراق سيؤمن احتياجات اليابان من النفط والغاز';
    const lede = 'بغداد - قال وزير النفط العراقي حسين الشهرستاني، يوم الأربعاء، إن العراق سيؤمن احتياجات اليابان من النفط والغاز المسال، بعد لقائه المبعوث الياباني في بغداد.';
    const second = 'وأوضح بيان صدر بعد الاجتماع أن الجانب الياباني عرض تقديم قروض واستثمارات في قطاعي النفط والغاز في العراق.';
    const parts = pageToArticle(['مدونة نفط الرافدين', 'متابعات في شؤون النفط والغاز والطاقة في العراق والمنطقة', 'الرئيسية | أخبار النفط | جولات التراخيص | الكهرباء | تقارير', 'ابحث في المدونة...', '', headline, 'بقلم: إدارة المدونة | التصنيف: علاقات نفطية | 3 تعليقات', '', lede, '', second].join('\n'));
    expect(parts.title).toBe(headline);
  });
  // batch 119's tamarisk-04 (Al-Akhbar Info): a section path between slashes shares the lede's words (the agency's name)
  test('a section path between slashes is no headline', () => {
    const headline = 'اليابان تجدد دعمها لغينيا في مواجهة إيبولا وتحث على رئاسيات شفافة';
    const lede = 'الأخبار (وكالات) – بحث وزير الدولة للشؤون الخارجية والغينيين في الخارج فرانسوا لونسيني فال، يوم الاثنين في العاصمة الإندونيسية جاكرتا، مع السكرتير البرلماني لوزارة الخارجية اليابانية كازويوكي ناكاني، جهود كوناكري لتجاوز الوباء والاستحقاق الرئاسي المرتقب.';
    const second = 'وجرى اللقاء، الذي استمر قرابة عشرين دقيقة ابتداء من الساعة الحادية عشرة والنصف صباحا بالتوقيت المحلي، على هامش الاجتماع الوزاري الذي تحتضنه إندونيسيا.';
    const parts = pageToArticle(['الأخبار إنفو', 'وكالة الأخبار المستقلة - موريتانيا', 'الأحد 06 دجمبر 2026', 'الرئيسية | أخبار | تقارير | مقابلات | آراء | الأخبار الدولية | اقتصاد', '', 'الأخبار الدولية / إفريقيا', headline, '[صورة: جانب من لقاء الوزير الغيني فرانسوا لونسيني فال والمسؤول الياباني كازويوكي ناكاني في جاكرتا]', 'مشاركة: فيسبوك | تويتر | واتساب | طباعة', '', lede, '', second].join('\n'));
    expect(parts.title).toBe(headline);
  });
  // batch 90's cornflower-03 (Yonhap): the masthead shares one word with the text, the agency's name in its dateline
  test('a headline opening the text wins over a masthead that shares one of its words (the agency\'s name)', () => {
    const headline = 'وزيرا خارجية كوريا الجنوبية واليابان يتفقان هاتفيا على رد حازم على إطلاق بيونغ يانغ صاروخها البعيد المدى';
    const lede = 'سيول (يونهاب) -- أجرى وزير الخارجية والتجارة كيم سونغ-هوان بعد ظهر اليوم الأربعاء محادثة هاتفية مع نظيره الياباني كويتشيرو غيمبا، تناولت الرد على قيام كوريا الشمالية بإطلاق صاروخ بعيد المدى.';
    const second = 'وأجمع الوزيران على أن إقدام بيونغ يانغ على الإطلاق يعد استفزازا خطيرا يقوض السلام والاستقرار في المنطقة.';
    const parts = pageToArticle(['وكالة يونهاب للأنباء', 'YONHAP NEWS AGENCY', 'السبت، 5 ديسمبر 2026', 'الرئيسية | كوريا الشمالية | السياسة | الاقتصاد | المجتمع', '', 'كوريا الشمالية', '', headline, '', lede, '', second].join('\n'));
    expect(parts.title).toBe(headline);
    expect(parts.body.filter(Boolean)).toEqual([lede, second]);
  });
  // batch 91's milfoil-08 (Annahar): a logo's placeholder in square brackets under the date line shares the lede's words
  test('a line wholly in square brackets («[شعار وزارة الدفاع اليابانية]») is no headline', () => {
    const page = [
      'النهار العربي',
      'annahar al arabi',
      'السبت 5 كانون الأول 2026',
      'الرئيسية | لبنان | العالم العربي | العالم | اقتصاد | ثقافة | رياضة | آراء | فيديو | بودكاست',
      'تسجيل الدخول | اشترك | EN',
      '',
      'سعر الصرف: الدولار في السوق الموازية 89,500 ل.ل. | الذهب 2418 $',
      '',
      'العالم > آسيا',
      '',
      'طوكيو ولندن تتفقان عبر الفيديو على مواجهة "الإكراه" في بحري الصين الشرقي والجنوبي',
      '',
      'المصدر: النهار العربي',
      'الجمعة 15 كانون الثاني 2021 - 08:47',
      '[شعار وزارة الدفاع اليابانية]',
      '',
      'حجم الخط   أ أ أ',
      '',
      'أجرى وزير الدفاع الياباني نوبو كيشي، أمس الخميس، محادثات عبر تقنية الاتصال المرئي مع وزير الدفاع البريطاني بن والاس استمرت قرابة 55 دقيقة، تناولت القضايا الإقليمية وسبل تطوير التعاون الدفاعي بين البلدين.',
      '',
      'وبحسب بيان لوزارة الدفاع اليابانية، استهل والاس المحادثات بتهنئة نظيره الياباني على توليه منصبه، وهو الذي تسلم حقيبة الدفاع في أيلول الماضي خلفاً لتارو كونو مع تشكيل حكومة رئيس الوزراء يوشيهيدي سوغا، فيما عبّر كيشي عن شكره.',
      '',
      'واتفق الوزيران على مواصلة تبادل وجهات النظر حول التطورات في بحر الصين الشرقي وبحر الصين الجنوبي، وعلى توجيه "رسالة واضحة" بأن البلدين يعارضان بشدة أي محاولة لتغيير الوضع القائم من جانب واحد بالإكراه أو أي نشاط يزيد من حدة التوتر، وأكدا أهمية نظام بحري حر ومفتوح قائم على سيادة القانون، في إشارة إلى تنامي النشاط العسكري والبحري للصين في المنطقة.',
      '',
    ];
    expect(pageToArticle(page.join('\n')).title).toBe('طوكيو ولندن تتفقان عبر الفيديو على مواجهة "الإكراه" في بحري الصين الشرقي والجنوبي');
  });
  // batch 94's pignut-01 (Al-Bayan): a deck under the headline, its parts joined by «..», told the round's last day «اليوم»
  test('a deck right under the headline, its parts joined by «..», opens no article', () => {
    const headline = 'سنغافورة واليابان تطلقان رسمياً مفاوضات أول اتفاق للتجارة الحرة في تاريخ طوكيو';
    const deck = 'الجولة الأولى تختتم اليوم خلف أبواب مغلقة.. ولي كوان يو يدافع من دافوس عن الاتفاقات الثنائية';
    const lede = 'بدأت سنغافورة واليابان أمس الأربعاء رسمياً مفاوضات ترمي إلى إبرام اتفاق ثنائي للتجارة الحرة، سيكون في حال إقراره الأول من نوعه الذي توقعه طوكيو مع أي دولة.';
    const second = 'وتجري الجولة الأولى، التي تستمر يومين وتختتم اليوم الخميس، خلف أبواب مغلقة في أحد الفنادق الفخمة بالدولة المدينة.';
    const parts = pageToArticle(['البيان', 'الخميس 7 ذو القعدة 1421 هـ - 1 فبراير 2001 - العدد 7430', '', headline, '', deck, '', 'أرسل لصديق | طباعة | حجم الخط أ+ أ-', '', 'سنغافورة - أ.ف.ب:', '', lede, '', second].join('\n'));
    expect(parts.title).toBe(headline);
    expect(parts.body.filter(Boolean)).toEqual([lede, second]);
  });
  // batch 62's galangal-01 (Xinhua): a long headline read as prose, then the wire's byline and the page's controls on one line
  test('a wire\'s byline with the page\'s controls after it («المصدر: وكالة أنباء شينخوا | حجم الخط: …») under a long headline makes it the headline', () => {
    const headline = 'وزير الدفاع الياباني في أول زيارة من نوعها إلى الهند منذ عامين يبحث مع نظيره الصناعات الدفاعية والأمن البحري';
    for (const byline of ['المصدر: وكالة أنباء شينخوا | حجم الخط: [كبير] [متوسط] [صغير] | [طباعة]', 'المصدر: شينخوا   |   حجم الخط: A A A']) {
      const parts = pageToArticle(['شبكة شينخوا الإخبارية | arabic.news.cn', 'الرئيسية | الصين | العالم | اقتصاد | ثقافة | صور | فيديو', 'الموقع الحالي: الصفحة الرئيسية > العالم', '', headline, '', byline, '', LEDE, '', SECOND].join('\n'));
      expect(parts.title).toBe(headline);
      expect(parts.body.filter(Boolean)).toEqual([LEDE, SECOND]);
    }
  });
  // batch 62's indigo-06 (Qira'at Ifriqiya): a dateline with its day after the dash, under the byline and font controls,
  // shares the lede's words («نيودلهي», the month) more than the headline does; it opens the text, it is no headline
  test('a dateline ending in its dash, the day after the city («نيودلهي - 25 أغسطس (الأيام) -»), is no headline', () => {
    const headline = 'الهند واليابان تتفقان على خطة عمل جديدة';
    for (const dateline of ['نيودلهي - 25 أغسطس (قراءات آسيوية) -', 'نيودلهي - 25 أغسطس 2025 (الأيام):']) {
      const parts = pageToArticle(['الأيام', 'الخميس 3 ديسمبر 2026', 'الرئيسية | محليات | عربي ودولي | اقتصاد | رياضة', '', headline, '', 'كتب: فريق التحرير', 'حجم الخط: A+ | A-', '', dateline, '', `${LEDE} ويستمر حتى 26 أغسطس في نيودلهي.`, '', SECOND].join('\n'));
      expect(parts.title).toBe(headline);
    }
  });
  // batch 50's rosemary-06 (Al Riyadh), development's dell-07 (El Massa), batch 38's quill-03 (Anadolu), batch 55's
  // basil-08 (Al Ittihad): a kicker of circumstance above or under the headline shares the lede's words too, but is not it
  test('a kicker above or under the headline is not the headline', () => {
    const headline = 'الهند واليابان تبحثان توسيع التعاون الدفاعي';
    for (const page of [
      ['الرياض', 'الخميس 3 ديسمبر 2026', 'الرئيسية | محليات | دولي', '', 'خلال محادثات في نيودلهي', headline, '', 'نيودلهي - واس', '', LEDE, '', SECOND],
      ['الأناضول', '', headline, 'خلال محادثات في نيودلهي', '13.05.2023', 'نيودلهي/ الأناضول', '', LEDE, '', SECOND],
    ]) expect(pageToArticle(page.join('\n')).title).toBe(headline);
  });
  // batch 58's quassia-07 (Al-Soumal al-Jadid): the masthead's motto shares the lede's words more than the headline does;
  // taken for the headline, it had made the day's banner under it the publication day
  test('a masthead\'s motto is no headline, and the banner under it no publication day', () => {
    const headline = 'الهند واليابان تبحثان توسيع التعاون الدفاعي';
    const parts = pageToArticle(['الدفاع اليوم', 'موقع إخباري مستقل يهتم بشؤون الدفاع والتعاون العسكري في الهند', 'الجمعة 4 ديسمبر 2026', 'الرئيسية | أخبار | تقارير | مقالات', '', headline, '', 'بواسطة: المحرر', '', LEDE, '', SECOND].join('\n'));
    expect(parts.title).toBe(headline);
    expect(parts.header).not.toContain('الجمعة 4 ديسمبر 2026');
  });
  // cove-07 (Al-Qabas) and pair-66 (Oman Daily): the story's date line, then its agency alone, then the headline
  // batch 36's gorse-06 (Al-Watan): a ticker of other headlines run together by «◂» under the menu was read as the
  // story's first paragraph, the masthead's tagline as its headline and the banner's day as its publication day
  test('a ticker of headlines run together by arrows is furniture, so the banner above stays the banner', () => {
    const headline = 'سوغا ومودي يتفقان على تعزيز الشراكة بين اليابان والهند';
    const lede = 'أجرى رئيس الوزراء الياباني يوشيهيدي سوغا، الجمعة، اتصالاً هاتفياً مع نظيره الهندي ناريندرا مودي، بحثا خلاله تعزيز الشراكة بين البلدين.';
    const page = ['الوطن', 'صحيفة بحرينية يومية', 'الخميس 3 ديسمبر 2026', 'الرئيسية   البحرين   الخليج   العرب والعالم   اقتصاد   رياضة', 'آخر الأخبار ◂ «الصحة»: افتتاح مركز صحي جديد في المحافظة الجنوبية ◂ هطول أمطار متفرقة على مناطق المملكة ◂', '', 'العرب والعالم', '', headline, '', 'وكالات', '', lede, '', SECOND];
    const parts = pageToArticle(page.join('\n'));
    expect(parts.title).toBe(headline);
    expect(parts.header).not.toContain('الخميس 3 ديسمبر 2026');
    // pairs20's pair-87 (Al Khaleej): a ticker of four headlines, longer than any line of furniture, is one still
    const ticker = 'عاجل ◂ ارتفاع حصيلة ضحايا الفيضانات في جنوب البرازيل إلى 12 قتيلا ◂ المركزي الأوروبي يبقي أسعار الفائدة دون تغيير ◂ انطلاق مهرجان الشارقة للكتاب بمشاركة 1500 ناشر ◂ أسعار النفط تتراجع مع زيادة المخزونات الأمريكية';
    const long = pageToArticle(['الخليج', 'الإمارات | عربي | دولي | اقتصاد | رياضة | منوعات', ticker, 'الخميس 3 ديسمبر 2026', '', 'دولي', '', headline, '', lede, '', SECOND].join('\n'));
    expect(long.title).toBe(headline);
    expect(long.body.join(' ')).not.toContain('البرازيل');
  });
  // batch 34's rook-05 (Fars) and tide-01 (Al-Watan), batch 36's gorse-04 (Oman Daily): the day's banner over the menus,
  // then the article's date, a kicker or a section's label, and the headline
  test('a date line above a kicker or label right above the headline is the article\'s when the banner\'s date stands higher', () => {
    const headline = 'الأمين العام لوزارة الخارجية يلتقي وزير الدولة الياباني';
    const lede = 'طوكيو في 21 نوفمبر /العمانية/ التقى الأمين العام لوزارة الخارجية اليوم وزير الدولة الياباني للشؤون الخارجية، وبحث الجانبان المستجدات الإقليمية.';
    const withBanner = pageToArticle(['جريدة عمان', 'الخميس 3 ديسمبر 2026', 'الرئيسية | المحليات | السياسة | الاقتصاد | الرياضة', '', 'السياسة  ›  الثلاثاء 22 نوفمبر 2016', '', 'في أول زيارة من نوعها منذ عقد كامل', headline, '', lede, '', SECOND].join('\n'));
    expect(withBanner.title).toBe(headline);
    expect(withBanner.header.join(' ')).toContain('الثلاثاء 22 نوفمبر 2016');
    expect(withBanner.banner).toContain('الخميس 3 ديسمبر 2026');
  });
  // pairs18's pair-78 (AMI): a breadcrumb of two short pieces above the headline
  test('a breadcrumb of two pieces with an arrow («الأرشيف » أخبار وطنية») is furniture, not the headline', () => {
    const headline = 'وزير الشؤون الاقتصادية يستقبل وفدا حكوميا يابانيا';
    const lede = 'استقبل وزير الشؤون الاقتصادية والتنمية، وزير الخارجية بالنيابة، السيد محمد ولد العابد، مساء اليوم بمقر وزارته وفدا يابانيا برئاسة نائب وزير الخارجية، وعقد معه جلسة عمل.';
    const parts = pageToArticle(['وكالة الأنباء', 'الرئيسية | أخبار وطنية | اقتصاد | ثقافة | رياضة | دولية | الأرشيف', '3 ديسمبر 2026', '', 'الأرشيف » أخبار وطنية', '', headline, '', lede, '', SECOND].join('\n'));
    expect(parts.title).toBe(headline);
  });
  test('a date line above the headline with the agency\'s name alone between them is the article\'s, not the banner\'s', () => {
    const page = ['القبس', 'الخميس 22 يناير 2026 | آخر تحديث: 10:41 م', 'عربي ودولي', '', 'الثلاثاء 26 أغسطس 2025', 'كونا', '', 'الهند واليابان تبحثان توسيع التعاون الدفاعي', '', LEDE, '', SECOND].join('\n');
    const parts = pageToArticle(page);
    expect(parts.title).toBe('الهند واليابان تبحثان توسيع التعاون الدفاعي');
    expect(parts.header).toContain('الثلاثاء 26 أغسطس 2025');
    expect(parts.banner).not.toContain('الثلاثاء 26 أغسطس 2025');
  });
  test('a caption that ends no sentence, under the byline and date of a long headline, is the header\'s', () => {
    const headline = 'في أول زيارة رسمية لوزير دفاع ياباني منذ عقد كامل.. سينغ وناكاتاني يبحثان في نيودلهي التعاون في الصناعات الدفاعية';
    const caption = 'وزير الدفاع الهندي راجناث سينغ يستقبل نظيره الياباني جين ناكاتاني بمراسم عسكرية في نيودلهي';
    const parts = pageToArticle([headline, '', 'نيودلهي — وكالات', '5 مايو 2025 — 18:22', 'الخط  أ  أ', '', caption, '', LEDE, '', SECOND].join('\n'));
    expect(parts.body.filter(Boolean)).toEqual([LEDE, SECOND]);
    expect(parts.header).toContain(caption);
  });
  test('the headline is the line the lede repeats word for word, punctuation aside, not a masthead that shares one word', () => {
    const lede = 'يوكوهاما (اليابان) 22 أوت 2025 (وات) - التقت رئيسة الحكومة سارة الزعفراني الزنزري، صباح اليوم الجمعة، برئيس الوزراء الياباني شيغيرو إيشيبا، على هامش مؤتمر إفريقيا الذي تشارك فيه تونس بوفد كبير.';
    const page = ['وكالة تونس إفريقيا للأنباء', 'الثلاثاء 01 ديسمبر 2026', 'الرئيسية  وطنية  سياسة  اقتصاد', 'الزنزري وإيشيبا يتفقان بيوكوهاما على تسريع اتفاق الاستثمار', '22/08/2025 11:47', '', lede, '', SECOND].join('\n');
    const parts = pageToArticle(page);
    expect(parts.title).toBe('الزنزري وإيشيبا يتفقان بيوكوهاما على تسريع اتفاق الاستثمار');
    expect(parts.banner).toContain('الثلاثاء 01 ديسمبر 2026');
    expect(parts.header).toEqual(['22/08/2025 11:47']);
  });
  test('a headline with a photo right under it is no caption when the only line above it is a masthead that shares none of the lede\'s words', () => {
    // batch 20's brook-03: «بي بي سي العربية», the menus, the update line, the headline, «[صورة: …]», a deck, the text
    const lede = 'أجرى رئيس الوزراء الياباني جونيتشيرو كويزومي الاثنين محادثات مع الرئيس الكازاخستاني نور سلطان نزارباييف في العاصمة أستانا، في مستهل جولة في آسيا الوسطى.';
    const headline = 'كويزومي يبحث مع نزارباييف تعاون الطاقة في أول زيارة لرئيس وزراء ياباني لآسيا الوسطى';
    const page = ['بي بي سي العربية', 'الصفحة الرئيسية | الشرق الأوسط | العالم | اقتصاد وأعمال | منوعات', 'آخر تحديث: الاثنين 28 أغسطس/ آب 2006 13:06 GMT', '', headline, '', '[صورة: كويزومي ونزارباييف خلال مراسم الاستقبال في أستانا]', 'كويزومي يغادر منصبه الشهر المقبل', '', lede, '', SECOND].join('\n');
    expect(pageToArticle(page).title).toBe(headline);
  });
  test('a headline with a bracketed caption right under it is no caption, though a banner date above shares a word of the lede', () => {
    // batch 32's kiln-07 (Sahara Medias): «نواكشوط: الخميس 03 ديسمبر 2026 - آخر تحديث 11:40» shares «الخميس» with the lede;
    // the caption «[صورة: … - (الرئاسة السنغالية)]» is the photo's own, and the line above it the headline
    const lede = 'التقى الرئيس السنغالي ماكي صال، بعد ظهر الخميس، رئيس الوزراء الياباني شينزو آبي على هامش مؤتمر طوكيو الدولي السابع للتنمية في إفريقيا المنعقد في يوكوهاما.';
    const headline = 'ماكي صال يلتقي آبي في يوكوهاما ويطلب دعماً يابانياً للتكوين المهني';
    const page = ['صحراء ميديا', 'أخبار | تقارير | مقابلات | رأي | اقتصاد', 'نواكشوط: الخميس 03 ديسمبر 2026 - آخر تحديث 11:40', '', 'إفريقيا', '', headline, '', '[صورة: الرئيس السنغالي ماكي صال ورئيس الوزراء الياباني شينزو آبي في يوكوهاما - (الرئاسة السنغالية)]', '', lede, '', SECOND].join('\n');
    expect(pageToArticle(page).title).toBe(headline);
  });
  test('a photo credit after the copyright sign («© AFP / …») makes the line under it a caption, not the headline', () => {
    // batch 32's kiln-03 and holm-06 (Sputnik): «© AFP / Rodrigo Buendia» under the headline, then the photo's caption
    const headline = 'وزير الدفاع الياباني في نيودلهي: نريد توسيع التعاون الدفاعي مع الهند';
    const caption = 'وزير الدفاع الهندي راجناث سينغ ونظيره الياباني جين ناكاتاني في نيودلهي';
    // (batch 63's lemongrass-08: a handout's credit, «© Photo / SRE», before a caption that shares more of the lede's words)
    for (const credit of ['© AFP / Rodrigo Buendia', '© Photo / SRE']) {
      const page = ['سبوتنيك عربي', 'الخميس، 3 ديسمبر 2026 | 09:12 بتوقيت موسكو', '', headline, '', credit, caption, '', LEDE, '', SECOND, '', '© 2026 سبوتنيك. جميع الحقوق محفوظة'].join('\n');
      const parts = pageToArticle(page);
      expect(parts.title).toBe(headline);
      expect(parts.trailer).toContain('© 2026 سبوتنيك. جميع الحقوق محفوظة');
    }
  });
  test('a caption among the paragraphs that opens with its label goes, though it reads as a sentence', () => {
    // batch 32's kiln-01 (Yonhap), loch-07 (Xinhua) and four of the development corpus: «[صورة: … في كيوتو. (يونهاب)]»
    const caption = '[صورة: وزير الدفاع الهندي (يسار) يصافح وزير الدفاع الياباني قبيل المحادثات التي جرت في نيودلهي. (وكالات)]';
    const page = ['الهند واليابان تبحثان توسيع التعاون الدفاعي', '', LEDE, '', caption, '', SECOND].join('\n');
    expect(pageToArticle(page).body.filter(Boolean)).toEqual([LEDE, SECOND]);
  });
  test('a whole caption in a credit line («[صورة أرشيفية: مقر … (الأناضول)]») makes no caption of the lede under it; a bare credit does of the line above', () => {
    // batch 32's kiln-10 (Anadolu): the lede under the archive photo's caption was taken for a second caption and lost
    const lede = 'عقدت الهند واليابان، الأربعاء، جولة من المشاورات السياسية بين وزارتي خارجية البلدين في العاصمة الهندية نيودلهي، تناولت سبل تعزيز التعاون.';
    const page = ['الهند واليابان تجريان مشاورات سياسية في نيودلهي', '', 'نيودلهي/ الأناضول', '', '[صورة أرشيفية: مقر وزارة الخارجية الهندية في نيودلهي (الأناضول)]', '', lede, '', SECOND].join('\n');
    const parts = pageToArticle(page);
    expect(parts.title).toBe('الهند واليابان تجريان مشاورات سياسية في نيودلهي');
    expect(parts.body.filter(Boolean)).toEqual([lede, SECOND]);
    // weir-05 (DW): the caption above «صورة من: picture-alliance/dpa/…» still goes
    const caption = 'وزير الدفاع الهندي ونظيره الياباني خلال مراسم الاستقبال في نيودلهي';
    const dw = pageToArticle(['الهند واليابان تبحثان توسيع التعاون الدفاعي', '', LEDE, '', caption, 'صورة من: picture-alliance/dpa/M. Kappeler', '', SECOND].join('\n'));
    expect(dw.body.filter(Boolean)).toEqual([LEDE, SECOND]);
  });
  test('an agency\'s name with its service («… إفي - الخدمة العربية») is its masthead, not the headline', () => {
    // batch 21's marsh-12 (EFE): the headline shares one word with the lede, as the masthead does («إفي»)
    const headline = 'اليابان تحث غواتيمالا على إقرار قرض لتحسين الطرق وتعرض تقنيتها للبث الرقمي';
    const lede = 'طوكيو، 23 مايو/أيار (إفي): أجرى وزير الخارجية الياباني كويتشيرو غيمبا مباحثات، اليوم الأربعاء، مع نظيره الغواتيمالي هارولد كاباييروس، تناولت التعاون والبث الرقمي.';
    const second = 'وعقد اللقاء، الذي استمر نحو أربعين دقيقة، ظهرا في دار إيكورا للضيافة في طوكيو، وفقا لبيان وزارة الخارجية اليابانية.';
    const page = ['EFE', 'وكالة الأنباء الإسبانية إفي - الخدمة العربية', 'الرئيسية | الشرق الأوسط | أمريكا اللاتينية | أوروبا | آسيا', 'الثلاثاء 20 يناير 2026 - 11:04 ت.غ', '', 'آسيا', '', headline, '', '23/05/2012 | 07:52 ت.غ', '', lede, '', second].join('\n');
    expect(pageToArticle(page).title).toBe(headline);
  });
  test('Xinhua\'s Arabic site\'s name is its masthead, though the lede\'s dateline names the agency and the headline shares no word', () => {
    // batch 24's fell-06: the banner's day under the masthead had dated the story, and refused its date as too old
    const headline = 'رئيسا وزراء إثيوبيا واليابان يبحثان تعزيز العلاقات ويحثان على السلام في جنوب السودان';
    const lede = 'أديس أبابا 13 يناير 2014 (شينخوا) أجرى رئيس الوزراء الإثيوبي هايلي ماريام ديسالين اليوم محادثات مع نظيره الياباني شينزو آبي الذي يزور البلاد.';
    const page = ['arabic.news.cn', 'شبكة أخبار شينخوا', 'الرئيسية | الصين | الشرق الأوسط | العالم | الاقتصاد', 'الأربعاء، 6 مايو 2026', '', headline, '2014-01-13 22:41:07 | arabic.news.cn | تحرير: وانغ يانغ', '', lede, '', SECOND].join('\n');
    expect(pageToArticle(page).title).toBe(headline);
  });
  test.each([
    // batch 207's emblic-03 (KUNA): the ticker's headlines between dots were taken for the page's own
    'آخر الأخبار: سمو ولي العهد يستقبل رئيس مجلس الأمة ... وزير المالية: الميزانية المقبلة تركز على المشاريع التنموية ... الأرصاد: طقس بارد ليلاً مع فرصة لأمطار متفرقة',
    // waiting nance-01: «the most read now», then other stories' headlines between bars
    'الأكثر قراءة الآن: وزير المالية: الميزانية المقبلة تركز على المشاريع التنموية | قمة أوروبية طارئة حول الدفاع المشترك',
  ])('a ticker of other stories under its label is not the headline: %s', (ticker) => {
    const headline = 'السفير العتيبي يبحث مع نائب ياباني مقترح طوكيو لإعلان يوم عالمي للتوعية بأخطار التسونامي';
    const lede = 'طوكيو - 30 - 7 (كونا) -- استقبل سفير دولة الكويت لدى اليابان عبدالرحمن العتيبي في مكتبه بمقر السفارة اليوم عضو مجلس النواب الياباني تسويوشي ياماغوتشي.';
    const page = ['كونا | وكالة الأنباء الكويتية', 'الاثنين 7 ديسمبر 2026', 'الرئيسية | محليات | سياسة | اقتصاد | رياضة', '', ticker, '', 'سياسة', '', headline, '', lede, '', SECOND].join('\n');
    const parts = pageToArticle(page);
    expect(parts.title).toBe(headline);
    expect(parts.body.join('\n')).not.toContain('وزير المالية');
  });
  test('a masthead line that shares the lede\'s words, over the day\'s banner date and the menus, is not the headline', () => {
    // cedar-11: «رئيس مجلس الإدارة : د. …» over «الأحد 19 أبريل 2026» and the menus; the lede names a «نائب رئيس مجلس الوزراء»
    const lede = 'عقد نائب رئيس مجلس الوزراء وزير الخارجية الشيخ محمد بن عبدالرحمن آل ثاني ووزير الخارجية الياباني، مساء أمس في طوكيو، الجولة الثانية من الحوار الاستراتيجي بين البلدين.';
    const page = ['الشرق', 'رئيس مجلس الإدارة : د. خالد بن ثاني آل ثاني', 'الأحد 19 أبريل 2026', 'محليات | اقتصاد | عربي ودولي | رياضة', '', 'قطر واليابان تعقدان الجولة الثانية من الحوار الاستراتيجي في طوكيو', '', '01 فبراير 2023 , 07:10ص', '', lede, '', SECOND].join('\n');
    const parts = pageToArticle(page);
    expect(parts.title).toBe('قطر واليابان تعقدان الجولة الثانية من الحوار الاستراتيجي في طوكيو');
    expect(parts.banner).toContain('الأحد 19 أبريل 2026');
    expect(parts.header).toEqual(['01 فبراير 2023 , 07:10ص']);
  });
  test.each([
    // batch 12 (cedar-01, cedar-03, cedar-08, cedar-10, delta-01, delta-06) and a development article: a link set among the paragraphs
    'اقرأ أيضاً: الحكومة تمدد العمل بقرار تعطيل المؤسسات الرسمية أسبوعين إضافيين',
    'إقرأ أيضا: بري التقى الوزير الياباني في عين التينة وعرض معه الأوضاع',
    'اقرأ أيضا | الاحتلال يواصل قصف شمال القطاع ويستهدف محيط مستشفى الإندونيسي',
    '- اقرأ أيضا: اليابان تعيد فتح سفارتها في طرابلس بعد عشر سنوات من الإغلاق',
    // batch 20 (brook-01, brook-06, brook-08): other bullets and arrows before the opener
    '>> اقرأ أيضا: البنك المركزي يرفع نسبة الاحتياطي الإلزامي للبنوك التجارية',
    '** اقرأ أيضا: مقتل خمسة عسكريين في هجوم جنوبي البلاد',
    '● اقرأ أيضا: إطلاق قمر صناعي للاتصالات من مركز شيتشانغ',
    // batch 48's primrose-07 and maple-05, waiting birch-10, development's gill-08: a linked headline that asks a question
    'اقرأ أيضا: ما هي الدول التي أعادت فتح حدودها أمام السائحين؟',
    'اقرأ أيضاً: السويد وفنلندا.. هل تنهي الحرب في أوكرانيا عقوداً من الحياد العسكري؟',
    // batch 50's clover-04: the opener in brackets, the headline after them
    '[اقرأ أيضا] الصين وتركمانستان تتعهدان بتعزيز التعاون في مجال الطاقة',
    // France 24's pages copied (development fen-05, waiting quill-05 and zinnia-08, batch 212's rollinia-03): the opener glued to the headline
    'اقرأ أيضاالرئيس الصيني شي جينبينغ يبدأ الأحد زيارة دولة إلى فرنسا',
    'إقرأ أيضاالاتحاد الأوروبي يتفق على سقف لسعر النفط الروسي المنقول بحرا',
    'اقرأ أيضامنتدى داكار الدولي للسلام والأمن: ماذا تعرف عن هذا الموعد السنوي؟',
  ])('a "read also" link among the paragraphs goes, and the article goes on after it: %s', (link) => {
    const page = ['الهند واليابان تبحثان توسيع التعاون الدفاعي', '', LEDE, '', link, '', SECOND].join('\n');
    const parts = pageToArticle(page);
    expect(parts.body.filter(Boolean)).toEqual([LEDE, SECOND]);
  });
  test.each<[string, string[], boolean]>([
    // cedar-06, delta-04, delta-07 of batch 12: the block links headlines, and the story goes on after it
    ['an opener and one headline', ['اقرأ أيضا', 'بيسكوف: الكرملين لا يستبعد عقد لقاء بين الزعيمين'], true],
    ['an opener and two headlines, one written as a question', ['قد يهمك أيضاً', 'ما الذي نعرفه عن الهجوم على المنطقة؟', 'كيف ترد الحكومة؟ خيارات صعبة'], true],
    ['related topics as the opener', ['موضوعات مقترحة', 'السيسي يتلقى اتصالاً هاتفياً من رئيس الإمارات', 'ارتفاع أسعار القمح عالمياً لليوم الثالث'], true],
    // batch 20's ridge-09 (Anadolu): «ذو صلة:»
    ['«ذو صلة:» as the opener', ['ذو صلة:', 'الخارجية تطلق منصة إلكترونية لخدمات المواطنين في الخارج'], true],
    // batch 22's tarn-03 (Al-Sharq): a short link, the opener and its headline on one line, then the story goes on
    ['an opener with its headline on one short line', ['اقرأ أيضاً: قطر والأرجنتين توقعان اتفاقية للتعاون الجمركي'], true],
    // batch 31's gale-03 and batch 30's dell-01, dell-05, dell-07: the story's last photo, its caption, then the block
    ['a photo caption, an opener and a headline', ['صورة: وزير الدفاع الهندي خلال استقباله نظيره الياباني - (بترا)', 'اقرأ أيضاً', 'الأمن العام يدعو إلى الحذر من تشكل الضباب على الطرق'], true],
    ['a bracketed caption, an opener and two headlines', ['[صورة: الوزيران يتبادلان نسختي المذكرة عقب التوقيع]', 'اقرأ أيضاً:', '- مطار أبوظبي يستقبل 2.1 مليون مسافر خلال شهر', '- انطلاق المرحلة الثانية من برنامج التدريب الصيفي'], true],
    // batch 33's nook-09 (Nabd): the linked headline reads as furniture by its words
    ['an opener and a headline that reads as furniture', ['ــــــــــــــــــــــــــــ', 'إقرأ أيضاً على نبض:', 'أسعار الذهب اليوم في الأسواق العربية', 'ــــــــــــــــــــــــــــ'], true],
    // batch 28's pair-60 (Al-Sharq): rules drawn above and under the block
    ['rules drawn around an opener and two headlines', ['ــــــــــــــــــــــــــــ', 'اقرأ أيضاً:', '• افتتاح معرض الكتاب المدرسي بمشاركة 40 مدرسة مستقلة', '• «كهرماء» تدعو المشتركين إلى ترشيد الاستهلاك', 'ــــــــــــــــــــــــــــ'], true],
    // batch 33's oast-03 (Hespress): an advertisement's label between the story and the block
    ['an advertisement\'s label, an opener and two headlines', ['[إعلان]', 'اقرأ أيضا', 'الحكومة تصادق على مشروع مرسوم يتعلق بتنظيم النقل المدرسي', 'ارتفاع مفاجئ في أسعار الخضر بأسواق الدار البيضاء'], true],
    // batch 36's gorse-06, gorse-07, gorse-08 (Al-Watan Bahrain, DW, Al-Ayam): the opener framed by a drawn box or rules
    ['an opener framed by a drawn box and a headline', ['┌ اقرأ أيضاً ┐', 'ألمانيا والهند.. شراكة اقتصادية تبحث عن دفعة جديدة', '└──────────┘'], true],
    ['an opener between rules and two bulleted headlines', ['─── اقرأ أيضاً ───', '▪ ولي العهد يبحث مع وزير الخارجية الأمريكي المستجدات الإقليمية', '▪ تسجيل 700 إصابة جديدة بكورونا', '──────────────'], true],
    ['an opener and a headline behind a box\'s side', ['┃ اقرأ أيضاً', '┃ الصين تحذر من «تصعيد تجاري» بعد قرار واشنطن رفع الرسوم الجمركية'], true],
    // batch 38's opal-07 and development's dune-01 (Al Jazeera): a screen reader's words around the list, then a subheading
    ['a screen reader\'s list and a subheading', ['اقرأ أيضا', 'list 1 of 2   اليابان تعتزم زيادة إنفاقها الدفاعي إلى مستويات غير مسبوقة', 'list 2 of 2   تونس تحتضن قمة "تيكاد" وسط أزمة اقتصادية خانقة', 'end of list', '', 'الحرب والغذاء والديون'], true],
    // the waiting set's quill-08 and pairs24's pair-118 (BBC): the box closed by «نهاية», a screen reader's skip link above
    // it, its bulleted headlines long enough to read as prose
    ['a box closed by «نهاية»', ['مواضيع قد تهمك', 'أولمبياد طوكيو: منع الجماهير الأجنبية من حضور المنافسات', 'أستراليا تعلن تسريع حملة التطعيم في الدول الجزرية', 'نهاية'], true],
    ['a skip link, a box of headlines read as prose, «نهاية»', ['تخطى مواضيع قد تهمك وواصل القراءة', 'مواضيع قد تهمك', '- كيف غيّرت الهواتف الذكية عادات النوم لدى المراهقين في العالم العربي والغرب؟', '- مصر: الكشف عن مقبرة أثرية جديدة في البر الغربي بالأقصر', '- الأرز الياباني: لماذا تضاعفت أسعاره في عام واحد وما علاقة ذلك بالمناخ والسياحة؟', 'نهاية'], true],
    ['«نهاية» alone after the story, no box', ['نهاية'], false],
    ['a photo caption above an opener right above a paragraph', ['صورة: وزير الدفاع الهندي خلال استقباله نظيره الياباني - (بترا)', 'إقرأ أيضاً:'], false],
    // seed 002 and the synthetic seeds: an opener right above paragraphs opens an appended article, whatever they say
    ['an opener right above a paragraph', ['إقرأ أيضاً:'], false],
    ['openers and menus, no headline', ['مقالات ذات صلة', 'اظهر المزيد', 'إقرأ أيضاً:'], false],
  ])('a "read also" block among the paragraphs, %s: the article goes on after it only past a headline', (_, block, goesOn) => {
    const more = 'وتبادل وزير الدفاع الهندي ونظيره الياباني وجهات النظر حول التعاون الدفاعي بين البلدين في منطقة المحيطين، وبحثا تعزيز الصناعات الدفاعية.';
    const page = ['الهند واليابان تبحثان توسيع التعاون الدفاعي', '', LEDE, '', SECOND, '', ...block, '', more].join('\n');
    expect(pageToArticle(page).body.filter(Boolean)).toEqual(goesOn ? [LEDE, SECOND, more] : [LEDE, SECOND]);
  });
  // pairs20's pair-86 (Al-Shorouk; the second article for oast-03's advertisement label): the paragraph above the
  // block is dense with names, few stop-words, yet a paragraph by its full stop
  test('a long sentence of names and offices above an advertisement\'s label and a block is the story\'s, which goes on after it', () => {
    const names = 'وقدم شكري تعازيه في رحيل رئيس الوزراء الياباني الأسبق شينزو آبي، فيما أعرب هاياشي عن امتنان طوكيو للرئيس عبد الفتاح السيسي لإيفاده وزير النقل الفريق كامل الوزير مبعوثا خاصا لحضور الجنازة الرسمية لآبي، المقررة أواخر الشهر الجاري.';
    const more = 'وأشار وزير الخارجية الياباني إلى أن العدوان الروسي على أوكرانيا زعزع أسس النظام الدولي، بينما شدد شكري على الحاجة إلى حل سياسي.';
    const lede = 'التقى وزير الخارجية سامح شكري، يوم الخميس، نظيره الياباني هاياشي يوشيماسا، على هامش أعمال الجمعية العامة للأمم المتحدة في نيويورك.';
    const page = ['شكري يبحث مع وزير خارجية اليابان في نيويورك التعاون', '', lede, '', names, '', 'إعلان', '', 'اقرأ أيضاً:', '- وزيرة البيئة: الاستعدادات لاستضافة مؤتمر المناخ تسير وفق الجدول', '- وزير التعليم العالي يفتتح معرضا للجامعات اليابانية بالقاهرة', '', more].join('\n');
    expect(pageToArticle(page).body.filter(Boolean)).toEqual([lede, names, more]);
  });
  // waiting set's iris-04 (KUNA): the story's last paragraph above the block is a short sentence, too short for prose
  test('a short last sentence of the story above a "read also" block stays the story\'s, which goes on after the block', () => {
    const short = 'وبحث الوزيران فرص تعزيز التعاون الدفاعي والصناعي.';
    const more = 'وكان وزير الدفاع الهندي قد زار طوكيو العام الماضي حيث بحث مع نظيره الياباني إطلاق حوار دفاعي سنوي بين البلدين.';
    const page = ['الهند واليابان تبحثان توسيع التعاون الدفاعي', '', LEDE, '', SECOND, '', short, '', '--------------------', 'اقرأ أيضا', 'ولي العهد يتلقى برقية تهنئة من رئيس الوزراء', '--------------------', '', more].join('\n');
    expect(pageToArticle(page).body.filter(Boolean)).toEqual([LEDE, SECOND, short, more]);
  });
  // waiting set's gorse-04 (Oman News Agency): a boxed block whose two headlines each wrap onto a second line
  test('a "read also" box whose bulleted headlines wrap onto a second line is one block; the story goes on after it', () => {
    const more = 'كما تبادل الوزيران وجهات النظر حول عدد من القضايا الإقليمية، واتفقا على مواصلة التنسيق بين البلدين في التعاون الدفاعي.';
    const box = ['┌─────────────────────────────┐', '│ اقرأ أيضاً                    │', '│ ◂ وزارة السياحة تستعد لموسم    │', '│   الشتاء بفعاليات متنوعة       │', '│ ◂ ارتفاع حجم التبادل التجاري   │', '│   غير النفطي خلال الربع الثالث │', '└─────────────────────────────┘'];
    const page = ['الهند واليابان تبحثان توسيع التعاون الدفاعي', '', LEDE, '', SECOND, '', ...box, '', more].join('\n');
    expect(pageToArticle(page).body.filter(Boolean)).toEqual([LEDE, SECOND, more]);
  });
  // development's dell-07 (APS): a paragraph of background opening «للتذكير،» after the block goes on with the story
  test('a paragraph opening «للتذكير،» after a "read also" block goes on with the story', () => {
    const more = 'للتذكير، كان وزير الدفاع الهندي قد زار طوكيو العام الماضي حيث بحث مع نظيره الياباني إطلاق حوار دفاعي سنوي بين البلدين.';
    const page = ['الهند واليابان تبحثان توسيع التعاون الدفاعي', '', LEDE, '', SECOND, '', 'اقرأ أيضا', 'الحكومة تصادق على مشروع قانون المالية التكميلي', '', more].join('\n');
    expect(pageToArticle(page).body.filter(Boolean)).toEqual([LEDE, SECOND, more]);
  });
  test('a paragraph opening with an opener behind «و» («ومن جانبه،») after a "read also" block goes on with the story', () => {
    // batch 22's tarn-05 (Youm7): «اقرأ أيضا..», two headlines, then «ومن جانبه، أعرب الرئيس …» and three more paragraphs
    const more = 'ومن جانبه، أعرب الوزير الهندي عن تقديره لحفاوة الاستقبال، مؤكدا حرص بلاده على تعزيز الشراكة الدفاعية مع طوكيو.';
    const page = ['الهند واليابان تبحثان توسيع التعاون الدفاعي', '', LEDE, '', SECOND, '', 'اقرأ أيضا..', 'وزير الخارجية يلتقي نظيره الصيني على هامش الاجتماعات', 'الأرصاد: طقس مائل للبرودة غدا', '', more, '', 'شارك:   فيسبوك   تويتر'].join('\n');
    expect(pageToArticle(page).body.filter(Boolean)).toEqual([LEDE, SECOND, more]);
  });
  test('a paragraph opening with a short word behind «و» («ورداً», folded «ورد») after a "read also" block goes on with the story', () => {
    // batch 31's hale-08 (TRT): «اقرأ أيضاً», one headline, then «ورداً على المخاوف …، قال أردوغان …»
    const more = 'ورداً على سؤال حول الصناعات الدفاعية، قال وزير الدفاع الهندي إن التعاون مع نظيره الياباني سيشمل الإنتاج المشترك.';
    const page = ['الهند واليابان تبحثان توسيع التعاون الدفاعي', '', LEDE, '', SECOND, '', 'اقرأ أيضاً', 'وزير الطاقة: سنواصل تنويع مصادر إمدادات الغاز', '', more, '', 'شارك:   فيسبوك   تويتر'].join('\n');
    expect(pageToArticle(page).body.filter(Boolean)).toEqual([LEDE, SECOND, more]);
  });
  test.each(['من جهة أخرى', 'على صعيد آخر', 'إلى ذلك'])('a paragraph opening with «%s،» after a "read also" block goes on with the story', (opener) => {
    // batch 32's kiln-01 (Yonhap): «اقرأ أيضاً:», two listed headlines, then «من جهة أخرى، أكد الزعيمان …»
    const more = `${opener}، أكد وزير الدفاع الهندي ونظيره الياباني أن البلدين يتقاسمان قيم السلام، واتفقا على تعزيز التعاون الدفاعي.`;
    const page = ['الهند واليابان تبحثان توسيع التعاون الدفاعي', '', LEDE, '', SECOND, '', 'اقرأ أيضاً:', '- الهند واليابان تتفقان على تفعيل الحوار البحري', '- الحكومة تعيد التأكيد على أولوياتها', '', more, '', 'شارك:   فيسبوك   تويتر'].join('\n');
    expect(pageToArticle(page).body.filter(Boolean)).toEqual([LEDE, SECOND, more]);
  });
  test('a paragraph opening with «وفي» after a "read also" block goes on with the story', () => {
    // batch 21's marsh-10 (Ahram Gate): «اقرأ أيضًا:», one headline, then «وفى ملف نزع السلاح، أشار الوزير اليابانى …»
    const more = 'وفي ملف التعاون الدفاعي، أشار الوزير الياباني إلى المقترح الذي طرحه نظيره الهندي العام الماضي لتعزيز المناورات المشتركة.';
    const page = ['الهند واليابان تبحثان توسيع التعاون الدفاعي', '', LEDE, '', SECOND, '', 'اقرأ أيضًا:', 'الرئيس يستقبل رئيس الوزراء الإيطالي بشرم الشيخ', '', more, '', 'شارك:   فيسبوك   تويتر   واتساب'].join('\n');
    expect(pageToArticle(page).body.filter(Boolean)).toEqual([LEDE, SECOND, more]);
  });
  test('a "read also" block among the paragraphs: a paragraph after it in other words resumes the article when the ones after it go on with its story', () => {
    // batch 20's brook-05: «اقرأ المزيد», one headline, then «واستهل الزعيمان اللقاء …», which shares one word with the story
    const block = ['اقرأ المزيد', 'زاخاروفا: على طوكيو الاعتراف بنتائج الحرب العالمية الثانية بالكامل'];
    const resumed = 'واستهل الزعيمان اللقاء بمحادثة على انفراد، قبل أن تنضم إليهما الوفود في جولة موسعة تناولت مشاريع كبرى.';
    const goesOn = ['وأكد سينغ أن الصناعات الدفاعية في البلدين تملك فرصا كبيرة للتعاون في منطقة المحيطين الهندي والهادئ.', 'وأوضح ناكاتاني أن الوزيرين اتفقا على عقد محادثات مماثلة في طوكيو العام المقبل.'];
    const other = ['وارتفعت أسعار الذهب في الأسواق العالمية اليوم مع تراجع الدولار أمام سلة من العملات الرئيسية.', 'وقال محللون إن المستثمرين يترقبون بيانات التضخم المقرر صدورها الأسبوع المقبل في واشنطن.'];
    const pageWith = (after: string[]) => ['الهند واليابان تبحثان توسيع التعاون الدفاعي', '', LEDE, '', SECOND, '', ...block, '', resumed, '', ...after.flatMap((line) => [line, ''])].join('\n');
    expect(pageToArticle(pageWith(goesOn)).body.filter(Boolean)).toEqual([LEDE, SECOND, resumed, ...goesOn]);
    expect(pageToArticle(pageWith(other)).body.filter(Boolean)).toEqual([LEDE, SECOND]);
  });
  test.each([
    // levant-03, compass-05, knoll-03, mashriq-10 and batch 20's ridge-09, brook-06: Anadolu's notice in its wordings
    'الموقع الإلكتروني لوكالة الأناضول يعرض ملخصا لجزء من الأخبار التي تُقدم للمشتركين عبر نظام البث الإخباري (HAS)',
    'الأخبار المنشورة على الصفحة الرسمية لوكالة الأناضول، هي ملخص لجزء من الأخبار التي تُعرض للمشتركين عبر نظام تدفق الأخبار (HAS). للاشتراك يرجى التواصل معنا.',
    // batch 22's weir-04: «… لمشتركي نظام تدفق الأخبار (HAS)»
    'الأخبار المنشورة على الصفحة الرسمية لوكالة الأناضول، هي ملخص مقتضب من الأخبار التي تُعرض لمشتركي نظام تدفق الأخبار (HAS). للاشتراك في الوكالة يرجى التواصل معنا.',
  ])('a site\'s standing notice under the story, after its tags and share bar, is no paragraph of it: %s', (notice) => {
    const page = ['الهند واليابان تبحثان توسيع التعاون الدفاعي', '', LEDE, '', SECOND, '', 'المواضيع:  #الهند   #اليابان', '', 'Share   Tweet   WhatsApp', '', notice, '', 'أخبار ذات صلة', '- خبر آخر عن موضوع مختلف'].join('\n');
    expect(pageToArticle(page).body.filter(Boolean)).toEqual([LEDE, SECOND]);
  });
  // batch 47's larch-08 (Anadolu style): the related list headed «الأخبار المتعلقة», then the site's notices
  test.each(['الأخبار المتعلقة', 'أخبار ذات صلة'])('a related list headed «%s» ends the story, with the notices under it', (heading) => {
    const page = ['الهند واليابان تبحثان توسيع التعاون الدفاعي', '', LEDE, '', SECOND, '', '#الهند #اليابان', '', heading, '- أردوغان يستقبل رئيس وزراء باكستان في المجمع الرئاسي بأنقرة', '- الجيش التركي يحيّد 4 إرهابيين شمالي العراق', '', 'يُسمح بنشر ملخص الخبر دون الصور وفقا لشروط الاستخدام.'].join('\n');
    expect(pageToArticle(page).body.filter(Boolean)).toEqual([LEDE, SECOND]);
  });
  test('a long headline read as prose, with the agency\'s dateline under it, is the headline; the dateline is the header\'s', () => {
    // batch 21's marsh-04 (the Mauritanian agency): seventeen words without a full stop, then «طوكيو، (وما) –», then the text
    const headline = 'وزير الشؤون الخارجية يجري مباحثات مع نظيره الياباني ويحضر توقيع اتفاقية لتشييد فصول دراسية في نواكشوط ونواذيبو';
    const lede = 'أجرى وزير الشؤون الخارجية والتعاون، السيد محمد سالك ولد محمد الأمين، مساء أمس الخميس بدار إيكورا للضيافة في طوكيو، مباحثات مع نظيره الياباني السيد تارو آسو.';
    const parts = pageToArticle(['الوكالة الموريتانية للأنباء', 'الرئيسية | الأخبار الوطنية | الأخبار الدولية', '', headline, '', 'طوكيو، (وما) –', '', lede, '', SECOND].join('\n'));
    expect(parts.title).toBe(headline);
    expect(parts.header).toEqual(['طوكيو، (وما) –']);
    expect(parts.body.filter(Boolean)).toEqual([lede, SECOND]);
  });
  // batch 59's radish-06 (an Africa-affairs site) and development's nilemag-05 (Al-Musawwar): an undated page whose long
  // headline reads as prose stands over the site's furniture alone (a section's label, a byline, the font-size and
  // reading-time controls), not over a date line: it is the headline, not the lede, and the masthead's tagline is not
  test('a long headline read as prose over the furniture alone (no date line) is the headline; the furniture is the header\'s', () => {
    const headline = 'الهند واليابان تبحثان في نيودلهي الأمن البحري والصناعات الدفاعية وتبادل الخبرات على هامش زيارة الوزير الياباني الأولى';
    const masthead = ['قراءات آسيوية', 'موقع متخصص في الشؤون الآسيوية والدفاعية', 'الجمعة 4 ديسمبر 2026', 'الرئيسية | أخبار | تقارير | دراسات | من نحن'];
    for (const furniture of [['قسم الأخبار', 'حجم الخط: A+ | A-'], ['بقلم: هبة عادل', 'وقت القراءة: 4 دقائق', 'تكبير الخط | تصغير الخط']]) {
      const parts = pageToArticle([...masthead, '', headline, '', ...furniture, '', LEDE, '', SECOND].join('\n'));
      expect(parts.title).toBe(headline);
      expect(parts.header).toEqual(furniture);
      expect(parts.body.filter(Boolean)).toEqual([LEDE, SECOND]);
    }
    // batch 38's quill-02 (Euronews): a photo's caption over its copyright is no headline, the headline above it is
    const caption = 'وزير الدفاع الياباني جين ناكاتاني يصل إلى نيودلهي في زيارة رسمية للقاء نظيره الهندي راجناث سينغ';
    const captioned = pageToArticle([...masthead, '', 'الهند واليابان تبحثان تعميق التعاون الدفاعي', 'بقلم: يورونيوز مع أ ب', 'حجم النص Aa Aa', caption, 'حقوق النشر  AP Photo', LEDE, '', SECOND].join('\n'));
    expect(captioned.title).toBe('الهند واليابان تبحثان تعميق التعاون الدفاعي');
  });
  test('a long lede right under a photo credit is the article\'s, not a caption', () => {
    // batch 22's tarn-01 (Okaz): the lede, 41 words and few stop-words, reads as text, and a credit stands above it
    const lede = 'عقدت المملكة العربية السعودية واليابان، أمس (الإثنين)، في العاصمة اليابانية طوكيو، الاجتماع الوزاري الثامن لمجموعة «الرؤية السعودية اليابانية 2030»، بمشاركة وزير الاستثمار المهندس خالد بن عبدالعزيز الفالح، ووزير الاقتصاد والتجارة والصناعة الياباني يوجي موتو، ووزير الدولة للشؤون الخارجية الياباني هيسايوكي فوجي.';
    const second = 'وضم الوفد السعودي رئيس مجلس إدارة الاتحاد السعودي للرياضات الإلكترونية الأمير فيصل بن بندر بن سلطان، ونائبة وزير الاستثمار سارة السيد، وسفير خادم الحرمين الشريفين لدى اليابان غازي بن زقر، إلى جانب ممثلين عن عدد من الجهات الحكومية وشركات القطاع الخاص في البلدين.';
    const page = ['اجتماع وزاري ثامن لـ«الرؤية السعودية اليابانية 2030» في طوكيو يبحث الاستثمار', '', 'طوكيو – «عكاظ» (متابعة)', 'الثلاثاء 23 سبتمبر 2025 01:14', '', '(صورة) جانب من الاجتماع الوزاري في مقر وزارة الخارجية اليابانية. (واس)', '', lede, '', second].join('\n');
    expect(pageToArticle(page).body.filter(Boolean)).toEqual([lede, second]);
  });
  test('a headline with its subtitle on the next line: the first is the headline, though the subtitle repeats more of the lede', () => {
    // pair-09, pair-19, south-01, mashriq-10: «محمد بن زايد ورئيس وزراء اليابان يبحثان …», then «ولي عهد أبوظبي يستقبل …»
    const headline = 'سينغ وناكاتاني يبحثان في نيودلهي التعاون الدفاعي';
    const subtitle = 'وزير الدفاع الهندي راجناث سينغ يجري محادثات في نيودلهي مع نظيره الياباني جين ناكاتاني';
    const withByline = pageToArticle([headline, subtitle, '', 'نيودلهي — وكالات', '5 مايو 2025 — 18:22', '', LEDE, '', SECOND].join('\n'));
    expect(withByline.title).toBe(headline);
    expect(withByline.header).toContain(subtitle);
    expect(withByline.body.filter(Boolean)).toEqual([LEDE, SECOND]);
    expect(pageToArticle([headline, subtitle, '', LEDE, '', SECOND].join('\n')).title).toBe(headline);
    // weir-04 (Anadolu), dale-07 (Alhurra), reef-06 (Asharq Al-Awsat): a blank line between the headline and its deck
    expect(pageToArticle([headline, '', subtitle, '', 'نيودلهي — وكالات', '5 مايو 2025 — 18:22', '', LEDE, '', SECOND].join('\n')).title).toBe(headline);
    // a line of the site's separated parts above is no headline, whatever words it shares («حالة الطقس: نيودلهي 31° | …»)
    expect(pageToArticle(['حالة الطقس: نيودلهي 31° | وزير الدفاع يتابع', '', subtitle, '', LEDE, '', SECOND].join('\n')).title).toBe(subtitle);
    // batch 98's fescue-02 (Al-Sharq; north-03 writes a kicker so too): a line ending in «..» leads into the headline under it
    expect(pageToArticle(['جولة جديدة من المحادثات الدفاعية في نيودلهي..', subtitle, '', 'نيودلهي — وكالات', '', LEDE, '', SECOND].join('\n')).title).toBe(subtitle);
  });
  test('the headline stands above the byline: a caption of names under it is not the headline, though the lede repeats its words', () => {
    const caption = 'وزير الدفاع الهندي راجناث سينغ ونظيره الياباني جين ناكاتاني';
    const page = ['الهند واليابان تبحثان توسيع التعاون الدفاعي', '', 'كتب- محمد صفوت:', '5 مايو 2025 - 10:20 م', '', caption, '', 'نيودلهي- (أ ش أ):', '', LEDE, '', SECOND].join('\n');
    expect(pageToArticle(page).title).toBe('الهند واليابان تبحثان توسيع التعاون الدفاعي');
  });
  // pairs20's pair-94 (Asharq Al-Awsat) and batch 36's fir-01 (Le360): a headline that shares two words with the lede,
  // the article's stamp under it (long, labelled: «نشر في … | عدّل في …»), then a caption that shares more
  test('a headline right above the article\'s stamp stays the headline when a caption under the stamp repeats more of the lede', () => {
    const caption = 'وزير الدفاع الهندي راجناث سينغ ونظيره الياباني جين ناكاتاني في نيودلهي';
    const headline = 'نيودلهي وطوكيو تتعهدان بتوسيع التعاون الدفاعي';
    for (const stamp of ['السبت - 13 شوال 1443 هـ - 14 مايو 2022 مـ', 'نشر في 01/06/2013 على الساعة 20:39 | عدّل في 01/06/2013 على الساعة 22:38']) {
      expect(pageToArticle(['العالم', '', headline, '', stamp, '', caption, '', LEDE, '', SECOND].join('\n')).title).toBe(headline);
    }
  });
  test('a caption with its credit under it, below the headline, is not the headline, though it repeats more of the lede', () => {
    // delta-03: «المستشار الألماني أولاف شولتس ورئيس الوزراء الياباني …» over «صورة من: Kimimasa Mayama/REUTERS»
    const caption = 'وزير الدفاع الهندي راجناث سينغ ونظيره الياباني جين ناكاتاني أمام الصحفيين في نيودلهي';
    const parts = pageToArticle(['سينغ وناكاتاني يبحثان في نيودلهي التعاون الدفاعي', '', caption, 'صورة من: Getty Images', '', LEDE, '', SECOND].join('\n'));
    expect(parts.title).toBe('سينغ وناكاتاني يبحثان في نيودلهي التعاون الدفاعي');
    expect(parts.body.filter(Boolean)).toEqual([LEDE, SECOND]);
  });
  test('under the headline, a line that ends by saying when the photo was taken is its caption', () => {
    // fjord-01: «شينزو آبي وإسماعيل عمر جيله خلال لقائهما في نيروبي» under the headline and the stamp
    const caption = 'وزير الدفاع الهندي راجناث سينغ ونظيره الياباني جين ناكاتاني خلال لقائهما في نيودلهي';
    const parts = pageToArticle(['سينغ وناكاتاني يبحثان في نيودلهي التعاون الدفاعي', '', caption, '', LEDE, '', SECOND].join('\n'));
    expect(parts.title).toBe('سينغ وناكاتاني يبحثان في نيودلهي التعاون الدفاعي');
    expect(parts.body.filter(Boolean)).toEqual([LEDE, SECOND]);
  });
  test.each([
    // inlet-04: the people, «خلال لقائه» the guest and the city, then the photo's credit
    ['the meeting, then who and where, then a credit', 'وزير الدفاع الهندي راجناث سينغ خلال لقائه نظيره الياباني جين ناكاتاني في نيودلهي (وزارة الدفاع الهندية)'],
    // inlet-08: «معالي … خلال الاتصال المرئي مع وزير الدفاع الياباني», no credit
    ['a call, with whom', 'وزير الدفاع الهندي راجناث سينغ خلال الاتصال المرئي مع نظيره الياباني جين ناكاتاني'],
    ['a welcome', 'وزير الدفاع الهندي راجناث سينغ خلال استقباله نظيره الياباني جين ناكاتاني في نيودلهي'],
    // batch 37's kelp-03 (NHK) and the corpus's «… قبيل محادثاتهما في طوكيو (إ.ب.أ)» captions: before the talks
    ['before the talks', 'وزير الدفاع الهندي راجناث سينغ ونظيره الياباني جين ناكاتاني قبيل محادثاتهما في نيودلهي'],
    // batch 34's sage-06 (Asharq News), and batch 36's fir-01 and 37's lotus-06 captions: a handshake in the present
    ['a handshake', 'وزير الدفاع الهندي راجناث سينغ يصافح نظيره الياباني جين ناكاتاني في نيودلهي'],
  ])('under the headline, a line saying when the photo was taken anywhere in it is its caption: %s', (_, caption) => {
    const parts = pageToArticle(['سينغ وناكاتاني يبحثان في نيودلهي التعاون الدفاعي', '', 'نيودلهي - وكالات', '', caption, '', LEDE, '', SECOND].join('\n'));
    expect(parts.title).toBe('سينغ وناكاتاني يبحثان في نيودلهي التعاون الدفاعي');
  });
  test('a stamp above the headline, with the item\'s number between them, dates the article', () => {
    // ember-03 (IRNA): «٣١ مرداد ١٤٠٠ - ٢٢ آب ٢٠٢١ - ١٤:٤٧», «رمز الخبر: ٨٤٤٤٦١٧٢», then the headline
    const parts = pageToArticle(['الرئيسية  |  سياسة  |  اقتصاد  |  دولي', '٣١ مرداد ١٤٠٠ - ٢٢ آب ٢٠٢١ - ١٤:٤٧', 'رمز الخبر: ٨٤٤٤٦١٧٢', '', 'سينغ وناكاتاني يبحثان في نيودلهي التعاون الدفاعي', '', LEDE, '', SECOND].join('\n'));
    expect(parts.header).toEqual(['٣١ مرداد ١٤٠٠ - ٢٢ آب ٢٠٢١ - ١٤:٤٧']);
    expect(parts.body.filter(Boolean)).toEqual([LEDE, SECOND]);
  });
  // jetty-05 (An-Nahar): «02-05-2023 | 09:12», «المصدر: "النهار"», then the headline
  test('a stamp above the headline, with the source between them, dates the article', () => {
    const parts = pageToArticle(['الأربعاء 2 كانون الأول 2026', 'لبنان  العالم العربي  دوليات', '02-05-2023 | 09:12', 'المصدر: "النهار"', 'سينغ وناكاتاني يبحثان في نيودلهي التعاون الدفاعي', '', LEDE, '', SECOND].join('\n'));
    expect(parts.header).toEqual(['02-05-2023 | 09:12']);
    expect(parts.title).toBe('سينغ وناكاتاني يبحثان في نيودلهي التعاون الدفاعي');
  });
  // jetty-06 (INA), solstice-10 (MENA): the agency's name heads its page, and its lede names the agency too
  test('a news agency\'s name alone is its masthead, not the headline', () => {
    const lede = 'عقد وزير الدفاع الهندي راجناث سينغ، الاثنين، محادثات في نيودلهي مع نظيره الياباني جين ناكاتاني، بحسب ما ذكرت وكالة الأنباء العراقية.';
    const parts = pageToArticle(['وكالة الأنباء العراقية', 'INA', 'الأربعاء 2 كانون الأول 2026', 'بغداد 14°', 'الرئيسية  محلي  عربي ودولي', 'سينغ وناكاتاني يبحثان في نيودلهي التعاون', '2024/11/07 10:22 ص', '', lede, '', SECOND].join('\n'));
    expect(parts.title).toBe('سينغ وناكاتاني يبحثان في نيودلهي التعاون');
    expect(parts.header).toContain('2024/11/07 10:22 ص');
  });
  // jetty-04, knoll-07 (RT Arabic): «وزيرة الخارجية اليابانية يوكو كاميكاوا», then «Gettyimages.ru», under a headline
  // that shares few words with the lede
  test.each(['Gettyimages.ru', 'Getty Images'])('a photo agency alone under a line («%s») makes it the caption, under any headline', (credit) => {
    const headline = 'الليثيوم على الطاولة.. أول لقاء بين البلدين منذ 11 عاما';
    const parts = pageToArticle(['العالم', headline, 'تاريخ النشر:23.02.2024 | 07:15 GMT', 'انسخ الرابط', 'وزير الدفاع الهندي راجناث سينغ ونظيره الياباني جين ناكاتاني', credit, LEDE, SECOND].join('\n'));
    expect(parts.title).toBe(headline);
  });
  test('an Arabic agency alone under the headline is its byline: the headline stays', () => {
    // horizon-04 (Al Sharq): the headline, then «قنا», then the stamp
    const parts = pageToArticle(['الرئيسية › محليات › دبلوماسية', 'انطلاق الحوار الدفاعي بين الهند واليابان', 'قنا', '23 أغسطس 2021 , 07:18م', LEDE, SECOND].join('\n'));
    expect(parts.title).toBe('انطلاق الحوار الدفاعي بين الهند واليابان');
  });
  // knoll-01 (Okaz): a headline long enough to read as prose, then «وكالات (ريغا)», the stamp, the caption, the text
  test('a long headline that reads as prose, alone above the byline and stamp, is still the headline and the stamp dates the story', () => {
    const headline = 'آبي في ريغا: طوكيو ولاتفيا تتفقان على «أقصى الضغوط» على بيونغ يانغ وإطلاق حوار مع البلطيق';
    const caption = 'رئيس الوزراء الياباني ونظيره اللاتفي يضعان إكليلاً من الزهور عند نصب الحرية في ريغا';
    const lede = 'اتفق رئيس الوزراء الياباني شينزو آبي ونظيره اللاتفي ماريس كوتشينسكيس، أمس (السبت)، في ريغا على ممارسة أقصى الضغوط على بيونغ يانغ، وعلى إطلاق حوار للتعاون بين اليابان ودول البلطيق.';
    const parts = pageToArticle(['سياسة > دولية', '', headline, '', 'وكالات (ريغا)', 'الأحد 27 ربيع الآخر 1439 هـ - 14 يناير 2018 م', 'A+ A-', '', caption, '', lede, '', SECOND].join('\n'));
    expect(parts.title).toBe(headline);
    expect(parts.header).toContain('الأحد 27 ربيع الآخر 1439 هـ - 14 يناير 2018 م');
  });
  test('«نص: …» is a byline: the caption under it is not the headline', () => {
    // delta-09: «نص: مونت كارلو الدولية», then the photo's caption
    const caption = 'وزير الدفاع الهندي راجناث سينغ ونظيره الياباني جين ناكاتاني خلال محادثاتهما في نيودلهي';
    const parts = pageToArticle(['سينغ وناكاتاني يبحثان في نيودلهي التعاون الدفاعي', '', 'نص: وكالات', 'دقيقتان', '', caption, '', LEDE, '', SECOND].join('\n'));
    expect(parts.title).toBe('سينغ وناكاتاني يبحثان في نيودلهي التعاون الدفاعي');
  });
  test('a photo credit right under the headline leaves it the headline, though the caption under the credit repeats more of the lede', () => {
    const caption = 'التعليق على الصورة، وزير الدفاع الهندي راجناث سينغ ونظيره الياباني جين ناكاتاني';
    const parts = pageToArticle(['الهند واليابان تبحثان توسيع التعاون الدفاعي', 'صدر الصورة، Getty Images', caption, '', LEDE, '', SECOND].join('\n'));
    expect(parts.title).toBe('الهند واليابان تبحثان توسيع التعاون الدفاعي');
  });
  test.each([
    ['a caption of names under the date line', 'نُشر الاثنين، 5 مايو 2025', 'وزير الدفاع الهندي راجناث سينغ ونظيره الياباني جين ناكاتاني في نيودلهي'],
    ['a caption with a dash and its credit', 'الاثنين 5 مايو 2025', 'وزير الدفاع الهندي راجناث سينغ ونظيره الياباني جين ناكاتاني - صورة أرشيفية'],
  ])('%s is not the headline, though it repeats more of the lede', (_, dateLine, caption) => {
    const headline = 'الهند واليابان تبحثان في نيودلهي توسيع التعاون الدفاعي';
    const parts = pageToArticle(['الصفحة الرئيسية | سياسة | اقتصاد', headline, dateLine, '', caption, '', LEDE, '', SECOND].join('\n'));
    expect(parts.title).toBe(headline);
  });
  test('a line that is only a known person\'s name captions a portrait: it is not the headline, though the lede repeats it', () => {
    const lede = 'قام وزير الخارجية الياباني فوميو كيشيدا، اليوم الثلاثاء، بزيارة مجاملة للرئيس الكازاخستاني نور سلطان نزارباييف في مقر إقامته بطوكيو، وبحث معه التعاون الثنائي.';
    const parts = pageToArticle(['كيشيدا يزور نزارباييف ويدعو إلى تشديد الضغط على بيونغ يانغ', '', 'المصدر: وكالات', '', 'نور سلطان نزارباييف', '', lede, '', SECOND].join('\n'));
    expect(parts.title).toBe('كيشيدا يزور نزارباييف ويدعو إلى تشديد الضغط على بيونغ يانغ');
  });
  test('a long headline read as prose, then a dateline with its date, then the text: the headline is the first line, not the masthead', () => {
    const headline = 'وزيرا خارجية الهند واليابان يبحثان على مأدبة غداء عمل في نيودلهي تعميق التعاون الدفاعي وملف المحيطين';
    const parts = pageToArticle(['وكالة أنباء الهند', 'الرئيسية  الهند  آسيا  دولي  اقتصادي  رياضي', '', headline, '', 'نيودلهي 07 رجب 1446 هـ الموافق 07 يناير 2025 م واس', LEDE, SECOND].join('\n'));
    expect(parts.title).toBe(headline);
    expect(parts.body.filter(Boolean)).toEqual([LEDE, SECOND]);
  });
  test('keeps short lines of the article between two paragraphs when no date line is among them', () => {
    const page = ['الهند واليابان تبحثان توسيع التعاون الدفاعي', '', DECK, '', 'التعاون الدفاعي', '', LEDE, '', SECOND].join('\n');
    expect(pageToArticle(page).body.filter(Boolean)).toEqual([DECK, 'التعاون الدفاعي', LEDE, SECOND]);
  });
  test.each([
    ['a credit after a slash', 'وزير الدفاع الهندي راجناث سينغ ونظيره الياباني جين ناكاتاني / Reuters'],
    ['a credit in brackets with a slash', 'وزير الدفاع الهندي راجناث سينغ يستقبل نظيره الياباني جين ناكاتاني في نيودلهي (وزارة الدفاع/ فيسبوك)'],
  ])('a caption under the headline (%s) is neither the headline nor the article', (_, caption) => {
    const parts = pageToArticle(['الهند واليابان تبحثان توسيع التعاون الدفاعي', '5 أيار/مايو 2025', '', caption, '', LEDE, '', SECOND].join('\n'));
    expect(parts.title).toBe('الهند واليابان تبحثان توسيع التعاون الدفاعي');
    expect(parts.header).toContain(caption);
    expect(parts.body.filter(Boolean)).toEqual([LEDE, SECOND]);
  });
  test('a broadcaster\'s «صدر الصورة،» credit and «التعليق على الصورة،» caption are the header\'s', () => {
    const caption = 'التعليق على الصورة، وزير الدفاع الهندي ونظيره الياباني قبيل انطلاق المحادثات';
    const parts = pageToArticle(['الهند واليابان تبحثان توسيع التعاون الدفاعي', 'صدر الصورة، Getty Images', caption, LEDE, '', SECOND].join('\n'));
    expect(parts.title).toBe('الهند واليابان تبحثان توسيع التعاون الدفاعي');
    expect(parts.header).toEqual(['صدر الصورة، Getty Images', caption]);
    expect(parts.body.filter(Boolean)).toEqual([LEDE, SECOND]);
  });
  test('a caption that ends like a sentence, with its credit, above the first paragraph is the header\'s', () => {
    const caption = 'وزير الدفاع الهندي راجناث سينغ ونظيره الياباني جين ناكاتاني خلال مراسم الاستقبال في نيودلهي، 5 مايو 2025. (أ ب)';
    const parts = pageToArticle(['الهند واليابان تبحثان توسيع التعاون الدفاعي', 'نشر في: 6 مايو 2025 - 11:05', '', caption, '', LEDE, '', SECOND].join('\n'));
    expect(parts.header).toContain(caption);
    expect(parts.body.filter(Boolean)).toEqual([LEDE, SECOND]);
  });
  test('a «[صورة]» caption above the text, and the dateline under it, are the header\'s', () => {
    const caption = '[صورة] وزير الدفاع الهندي راجناث سينغ ونظيره الياباني جين ناكاتاني خلال الجلسة الافتتاحية للحوار الدفاعي بين البلدين في نيودلهي اليوم';
    const parts = pageToArticle(['الهند واليابان تبحثان توسيع التعاون الدفاعي', '5 مايو 2025', '', caption, '', 'نيودلهي - كونا', LEDE, '', SECOND].join('\n'));
    expect(parts.header).toEqual(['5 مايو 2025', caption, 'نيودلهي - كونا']);
    expect(parts.body.filter(Boolean)).toEqual([LEDE, SECOND]);
  });
  test('an archive photo\'s caption with a date, above the text, is the header\'s: its date is not the story\'s', () => {
    const caption = 'ناقلة البضائع "واكاشيو" الجانحة قبالة السواحل الجنوبية الشرقية لموريشيوس بعد أن تسرب منها النفط إلى البحر في 7 آب/أغسطس. © أ ف ب (أرشيف)';
    const parts = pageToArticle(['الهند واليابان تبحثان توسيع التعاون الدفاعي', 'نشرت في: 07/09/2020 - 12:40', caption, 'نص: فرانس24 / أ ف ب', '', LEDE, '', SECOND].join('\n'));
    expect(parts.header).toContain(caption);
    expect(parts.body.filter(Boolean)).toEqual([LEDE, SECOND]);
  });
  test('a cookie consent notice written as a sentence above the headline is neither headline nor article', () => {
    const notice = 'نستخدم ملفات تعريف الارتباط لتحسين تجربتك على موقعنا. يمكنك تعديل إعداداتك في أي وقت.';
    const parts = pageToArticle(['قبول جميع ملفات تعريف الارتباط', notice, 'العالم', 'الهند واليابان تبحثان توسيع التعاون الدفاعي', 'بقلم: وكالات', 'نشرت في 13/04/2022 - 10:15', '', LEDE, '', SECOND].join('\n'));
    expect(parts.title).toBe('الهند واليابان تبحثان توسيع التعاون الدفاعي');
    expect(parts.body.filter(Boolean)).toEqual([LEDE, SECOND]);
  });
  test('a caption between two paragraphs leaves the article', () => {
    const caption = 'صورة: وزير الدفاع الهندي راجناث سينغ يصافح نظيره الياباني جين ناكاتاني في نيودلهي. صورة من: Press Information Bureau/AP';
    const parts = pageToArticle(['الهند واليابان تبحثان توسيع التعاون الدفاعي', LEDE, '', caption, '', SECOND].join('\n'));
    expect(parts.body.filter(Boolean)).toEqual([LEDE, SECOND]);
  });
  // west-05 (BBC Arabic): the label «التعليق على الصورة،» alone on its line, a long caption under it, then the lede
  test('the line under a caption\'s label alone is the caption, however long, and not the lede', () => {
    const caption = 'وزير الدفاع الهندي راجناث سينغ يصافح نظيره الياباني جين ناكاتاني قبل محادثاتهما في نيودلهي بحضور قادة الجيش';
    const headline = 'مقاتلات يابانية في طريقها إلى الهند.. ماذا اتفق وزيرا الدفاع في نيودلهي على هامش زيارة ناكاتاني؟';
    const parts = pageToArticle([headline, '', '5 مايو/ أيار 2025', '', 'صدر الصورة، Getty Images', 'التعليق على الصورة،', caption, '', LEDE, '', SECOND].join('\n'));
    expect(parts.body.filter(Boolean)).toEqual([headline, LEDE, SECOND]);
  });
  test('the tags line ends the article: a rights notice after it, written like a sentence, is not the article\'s', () => {
    const notice = '* يمنع نقل أو نشر أو إعادة توزيع الأخبار والصور ومقاطع الفيديو المنشورة على الموقع دون إذن خطي مسبق من إدارة الوكالة.';
    const parts = pageToArticle(['الهند واليابان تبحثان توسيع التعاون الدفاعي', LEDE, '', SECOND, '', 'الوسوم: الهند، اليابان، الدفاع', '', notice].join('\n'));
    expect(parts.body.filter(Boolean)).toEqual([LEDE, SECOND]);
    expect(parts.trailer).toContain(notice);
  });
  test('the story\'s last short sentence stays, beside a photo credit or with the agency\'s closing mark', () => {
    const last = 'وتستضيف الفلبين هذا العام قمم آسيان بصفتها رئيسة الدورة الحالية للرابطة.';
    const beforeCredit = pageToArticle(['الهند واليابان تبحثان توسيع التعاون الدفاعي', LEDE, '', SECOND, '', last, '', 'الصورة: وزير الدفاع الهندي ونظيره الياباني في نيودلهي (رويترز)', 'مشاركة'].join('\n'));
    expect(beforeCredit.body.filter(Boolean)).toEqual([LEDE, SECOND, last]);
    const closing = pageToArticle(['الهند واليابان تبحثان توسيع التعاون الدفاعي', LEDE, '', SECOND, '', 'ويشارك في المناورات قادة وممثلو عشرات الدول والمنظمات الدولية. /انتهى/', 'م ب', 'شارك الخبر:  تويتر  فيسبوك'].join('\n'));
    expect(closing.body.filter(Boolean)).toEqual([LEDE, SECOND, 'ويشارك في المناورات قادة وممثلو عشرات الدول والمنظمات الدولية.']);
  });
  // levant-02 and batch 20's ridge-07: Petra's agency in brackets, then the editors' initials
  // … and batch 103's lungroot-05 and the waiting set's buckthorn-02 (forums): the poster's «منقول للفائدة» under a
  // copied story, his signature and the members' replies after it
  test.each(['(النهاية) ا س ص / م ع ح', '- مل -', 'انتهى', '--(بترا) م ع/ر ش', '--(بترا) ن ع/ س ص', 'منقول للفائدة'])('ends the article at the wire sign-off %s', (line) => {
    const parts = pageToArticle(['الهند واليابان تبحثان توسيع التعاون الدفاعي', LEDE, '', SECOND, line, 'خبر آخر عن موضوع مختلف تماماً نشر في الموقع نفسه بعد الخبر.'].join('\n'));
    expect(parts.body.filter(Boolean)).toEqual([LEDE, SECOND]);
    expect(parts.trailer[0]).toBe(line);
  });
  // batch 101's woundwort-06 (Asharq Al-Awsat): a headline that shares no word with the lede, under a switch of the site's
  // editions between bars and over the correspondent's line «طوكيو: «الشرق الأوسط»», neither of them a headline
  test('an editions menu and a correspondent\'s line are no headline, even beside one that shares no word with the lede', () => {
    const headline = 'بولندا واليابان تعمّقان تعاونهما الدفاعي على وقع التوتر';
    const lede = 'أجرى وزير الدفاع الياباني نوبو كيشي، مساء أمس، محادثات عبر الفيديو مع نظيره البولندي ماريوش بواشتشاك، استمرت قرابة ثمانين دقيقة.';
    const second = 'وقال كيشي في مؤتمر صحافي إن المذكرة تضع أسساً ملموسة للتعاون بين وزارتي الدفاع في طوكيو ووارسو.';
    const parts = pageToArticle(['الشرق الأوسط', 'الطبعة الدولية | طبعة السعودية', '', 'العالم › آسيا', '', headline, '', 'طوكيو: «الشرق الأوسط»', '', lede, '', second].join('\n'));
    expect(parts.title).toBe(headline);
  });
  // batch 104's hawkbit-04 (a forum; bellwort-02, groundsel-02 and mayweed-07 number their posts so too): the second
  // post («#2»), a member's reply to the copied story, is no part of it though it reads as a sentence and no sign-off ends the story
  test('a forum\'s second post «#2» ends the copied story', () => {
    const reply = 'شكرا على النقل يا استاذ .. يعني الحكومة الجديدة ناوية تركز على آسيا اكثر من امريكا وتترك الملفات الأخرى للوزارات؟';
    const parts = pageToArticle(['الهند واليابان تبحثان توسيع التعاون الدفاعي', '', '#1', 'سفير_الشرق', '', LEDE, '', SECOND, '', '#2', 'ابو_يزن', 'عضو جديد', '', reply].join('\n'));
    expect(parts.body.filter(Boolean)).toEqual([LEDE, SECOND]);
  });
  // batch 103's lungroot-05 and the waiting set's buckthorn-02 (forums): the topic's label before the headline is no part of it
  test('a forum\'s «عنوان الموضوع:» before the headline is left out of it', () => {
    const headline = 'الهند واليابان تبحثان توسيع التعاون الدفاعي';
    const parts = pageToArticle(['منتديات الأصدقاء', '', `عنوان الموضوع: ${headline}`, '', 'المشاركة رقم 1', '', LEDE, '', SECOND].join('\n'));
    expect(parts.title).toBe(headline);
  });
  // batch 109's spikenard-08 (Alsumaria) and the waiting set's cornflower-04: a headline long enough to read as prose, then
  // a photo's caption and a short byline, then the lede — the headline opens the text, not the banner or masthead above
  test('a long headline over a caption and a short byline is the headline, not the banner above it', () => {
    const headline = 'وزير الدفاع الهندي يبحث مع نظيره الياباني في نيودلهي تعميق التعاون الدفاعي بين البلدين والأوضاع الأمنية في المنطقة';
    const page = ['السومرية نيوز', 'السبت 5 كانون الأول 2026 - بغداد 16° مشمس', 'الرئيسية | محليات | سياسة | أمن | اقتصاد | دوليات', '', headline, '', '[صورة: وزيرا الدفاع الهندي والياباني خلال المحادثات - أرشيف]', '', 'السومرية نيوز/ دوليات', LEDE, '', SECOND];
    const parts = pageToArticle(page.join('\n'));
    expect(parts.title).toBe(headline);
    expect(parts.body).toContain(LEDE);
    expect(parts.body).not.toContain('بغداد 16°');
  });
  // batch 110's feverwort-06: a forum topic's labelled title long enough to read as prose, the poster's details under it,
  // then the copied story — the labelled line is the headline, the poster's lines no part of the text
  test('a long labelled topic title («الموضوع: …») is the headline, and the poster\'s lines under it stay out', () => {
    const headline = 'وزير الدفاع الهندي يستقبل نظيره الياباني في نيودلهي ويبحثان تعميق التعاون الدفاعي بين البلدين والأوضاع الأمنية في منطقة المحيطين الهندي والهادئ';
    const page = ['منتديات الدبلوماسي العربي :: ملتقى السياسة والعلاقات الدولية', 'مرحباً بك يا زائر | تسجيل الدخول | التسجيل', '', `الموضوع: ${headline}`, '', 'أبو يوسف الدبلوماسي', 'عضو مميز', 'المشاركات: 3,412', '', LEDE, '', SECOND];
    const parts = pageToArticle(page.join('\n'));
    expect(parts.title).toBe(headline);
    expect(parts.body).toContain(LEDE);
    expect(parts.body).not.toContain('المشاركات');
  });
  // batch 43's tansy-04 (An-Nahar), dev grove-08 and moss-05: a font-size control «A+ A-» under a caption is no wire
  // sign-off, so the story does not end there and the headline above stays the headline
  test('a font-size control «A+ A-» after a caption is no sign-off', () => {
    const headline = 'باشينيان في طوكيو: إيشيبا يرحّب بإعلان السلام ويعد بتوسيع الاستثمارات';
    const caption = '[صورة] رئيسا الوزراء الياباني شيغيرو إيشيبا والأرميني نيكول باشينيان يستعرضان حرس الشرف في طوكيو (أ ف ب)';
    const parts = pageToArticle(['دوليات', '', headline, '', 'المصدر: "النهار"، أ ف ب، كيودو', '04-09-2025 | 14:20', '', caption, '', 'A+ A-', '', LEDE, '', SECOND].join('\n'));
    expect(parts.title).toBe(headline);
    expect(parts.body.filter(Boolean)).toContain(LEDE);
  });
  // batch 216's icaco-01 (an archive page): the font control in Arabic letters, «ع+ ع-», read as a desk's initials, ended
  // the run of the standfirst and the caption, which was then taken for the article and the text after it lost; now it is
  // furniture, and a run of lines none of which ends a sentence is passed over for the run of sentences after it
  test.each(['ع+ ع-', 'أ+ | أ-'])('a font-size control in Arabic letters «%s» is no sign-off', (control) => {
    const headline = 'كويزومي يشرح لكارامانليس وصفة «خصخصة البريد» وأثينا تجدد دعمها لتوسيع مجلس الأمن';
    const standfirst = 'رئيس الوزراء اليوناني في أول زيارة له إلى اليابان منذ توليه السلطة.. واتفاق على دفع «خطة العمل المشتركة»';
    const caption = 'رئيس الوزراء الياباني جونيتشيرو كويزومي يصافح ضيفه اليوناني كوستاس كارامانليس قبيل محادثاتهما في مقر رئاسة الحكومة (إ.ب.أ)';
    const parts = pageToArticle(['العالم | آسيا', '', headline, standfirst, '', 'طوكيو: «الشرق الأوسط»', '', caption, '', 'حجم الخط', control, 'طباعة', 'أرسل لصديق', 'تعليقات', '', LEDE, '', SECOND].join('\n'));
    expect(parts.title).toBe(headline);
    // (the standfirst and the caption, a run of lines that read as prose but end no sentence, are the header's)
    expect(parts.body.filter(Boolean)).toEqual([LEDE, SECOND]);
  });
  test('a story whose paragraphs all lack a full stop is the story, not the appended article with full stops after it', () => {
    const headline = 'اليابان والهند تبحثان توسيع التعاون الدفاعي';
    const story = [
      'عقد وزير الدفاع الهندي راجناث سينغ الاثنين في نيودلهي محادثات مع نظيره الياباني جين ناكاتاني تناولت سبل تعميق التعاون الدفاعي بين البلدين والأوضاع الأمنية في المنطقة',
      'وتبادل الوزيران وجهات النظر حول البيئة الأمنية في منطقة المحيطين الهندي والهادئ وبحثا فرص التعاون بين الصناعات الدفاعية في البلدين وتبادل الخبرات العسكرية',
      'واتفق الجانبان على مواصلة التدريبات المشتركة بين قواتهما البحرية والجوية خلال العام المقبل وعلى عقد الجولة المقبلة من الحوار في طوكيو في موعد يحدد لاحقا',
    ];
    const appended = ['أعلنت وزارة الصحة اليوم عن إطلاق حملة وطنية للتطعيم ضد الإنفلونزا الموسمية تستهدف كبار السن والأطفال في جميع المحافظات.', 'وقالت الوزارة في بيان إن الحملة ستستمر شهرين وإن اللقاحات ستتوفر مجاناً في المراكز الصحية.'];
    const parts = pageToArticle([headline, '', ...story.flatMap((line) => [line, '']), 'شارك', 'فيسبوك', 'تويتر', 'واتساب', '', ...appended].join('\n'));
    expect(parts.body.filter(Boolean).slice(0, 3)).toEqual(story);
  });
  // batch 43's tansy-08 (France 24) and waiting zinnia-04 (Al-Liwaa): a long headline that reads as prose, then a caption
  // or the font controls, then a byline that credits wires, then the text
  test('a long headline above a byline of wires is the headline, with or without a caption between', () => {
    const headline = 'على هامش اجتماع «آسيم» في مدريد.. موتيغي وأوريسكو يتعهدان بالمضي نحو شراكة استراتيجية بين اليابان ورومانيا';
    const caption = '[صورة] وزير الخارجية الياباني توشيميتسو موتيغي لدى وصوله إلى مقر الاجتماعات في مدريد. © أ ف ب';
    const lede = 'التقى وزير الخارجية الياباني توشيميتسو موتيغي الأحد نظيره الروماني بوغدان أوريسكو في العاصمة الإسبانية مدريد، على هامش اجتماع وزراء خارجية منتدى التعاون الآسيوي الأوروبي «آسيم»، وبحثا سبل الارتقاء بالعلاقات بين البلدين إلى مستوى الشراكة الاستراتيجية.';
    const withCaption = pageToArticle(['FRANCE 24 فرانس 24', 'الخميس 3 ديسمبر 2026', '', 'آسيا - المحيط الهادئ', '', headline, '', caption, '', 'فرانس24 / أ ف ب', '', lede, '', SECOND].join('\n'));
    expect(withCaption.title).toBe(headline);
    expect(withCaption.body.filter(Boolean)).toEqual([lede, SECOND]);
    const liwaa = 'وزيرا دفاع اليابان وفنلندا: وحدة الصف في مواجهة روسيا ضرورة... وتعاون من أجل «المحيطين الهندي والهادئ»';
    const withControls = pageToArticle(['اللـواء', 'جريدة يومية سياسية مستقلة - بيروت', 'الخميس 3 كانون الأول 2026', '', 'عربي ودولي', '', liwaa, '', 'طوكيو - «اللـواء» - وكالات', '', 'حجم الخط   أ+   أ-', '', 'تعهّد وزيرا الدفاع الياباني ياسوكازو هامادا والفنلندي أنتي كايكونن، اليوم الأربعاء 26 تشرين الأول، بالتضامن في مواجهة روسيا على خلفية حربها في أوكرانيا، وذلك خلال محادثات عقداها في مقر وزارة الدفاع اليابانية في طوكيو، في ظل بيئة أمنية دولية وصفها الجانبان بـ«الشديدة الخطورة».', '', SECOND].join('\n'));
    expect(withControls.title).toBe(liwaa);
  });
  // batch 44's tulip-02 (Youm7): the story's date, its byline «كتبت: …» under it, then a caption of names that shares more of
  // the lede's words than the headline: a byline under a date is no menu, so the date is the story's and the headline stays
  test('a date with a byline under it stops the search for the headline: the caption below is none', () => {
    const page = ['اليوم السابع', 'الخميس، 03 ديسمبر 2026 01:12 م', 'الرئيسية   عاجل   سياسة   حوادث   اقتصاد وبورصة   رياضة   فن   عرب وعالم   محافظات   المرأة والمنوعات   تكنولوجيا   فيديو', 'تابعونا: فيسبوك | إكس | يوتيوب | إنستجرام', '', 'عرب وعالم', '', 'وزيرة خارجية اليابان تبحث مع نظيرتها السلوفينية التعاون فى مجلس الأمن على هامش الجمعية العامة', '', 'الثلاثاء، 19 سبتمبر 2023 11:40 م', 'كتبت: ندى سليم', '', 'وزيرة خارجية اليابان يوكو كاميكاوا ونظيرتها السلوفينية تانيا فايون', '', 'التقت وزيرة الخارجية اليابانية يوكو كاميكاوا، اليوم الثلاثاء، نائبة رئيس الوزراء ووزيرة الخارجية والشؤون الأوروبية فى سلوفينيا تانيا فايون، وذلك على هامش أعمال الدورة الـ78 للجمعية العامة للأمم المتحدة المنعقدة حاليا فى مدينة نيويورك الأمريكية.'];
    expect(pageToArticle(page.join('\n')).title).toBe(page[7]);
  });

});
