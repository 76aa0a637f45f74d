import { describe, expect, test } from 'vitest';
import { extractDate, markOtherDateSentences } from './extractDate.ts';
import { articleToSentences } from './sentences.ts';

const dateOf = (title: string, paragraphs: string[], publishedAt?: string) => extractDate(articleToSentences({ title, paragraphs }), publishedAt);
/** The sentences of a story whose lede a marker sets aside as another time (as «قبل عامين» in a relative clause did). */
const markedBackground = (lede: string, later: string) => articleToSentences({ title: 'اليابان والصين تطلقان المفاوضات', paragraphs: [lede, later] }).map((sentence) => (sentence.index === 1 ? { ...sentence, background: true } : sentence));

describe('extractDate', () => {
  // batch 52's ivy-01 (KUNA), pairs22's pair-111 (Xinhua): the plan agreed in the call dates nothing: not the headline's
  // «يوم 10 فبراير» after the agreement, nor a month alone there, relative or written («أواخر الشهر الجاري»)
  test('a date of the plan agreed at the talks, or a month alone in the headline, is not the event\'s', () => {
    const lede = 'اتفق رئيس الوزراء الياباني والرئيس الأمريكي في اتصال هاتفي جرى مساء اليوم السبت على عقد أول قمة بينهما في العاشر من فبراير المقبل.';
    expect(dateOf('آبي وترامب يتفقان خلال اتصال هاتفي على عقد أول قمة بينهما في واشنطن يوم 10 فبراير', [lede], '2017-01-28').date).toEqual({ date: '2017-01-28', precision: 'day' });
    const mori = 'اتفق رئيس الوزراء الياباني والرئيس الروسي في اتصال هاتفي جرى مساء اليوم الاثنين على عقد لقاء قمة بينهما في سان بطرسبورغ.';
    expect(dateOf('موري وبوتين يتفقان هاتفيا على عقد قمة في سان بطرسبورغ اواخر الشهر الجاري', [mori], '2000-04-10').date).toEqual({ date: '2000-04-10', precision: 'day' });
  });
  // batch 90's speedwell-03 (Algerian daily): the two ends of the tour's span («من 28 جويلية إلى 4 أوت») are no two days of
  // the talks, which the sentence dates «يوم الخميس 31 جويلية الماضي»
  test('the ends of a span written beside the talks\' day are not two days for the event', () => {
    const lede = 'وأوضح المصدر أن نائب وزير الشؤون الخارجية الياباني نوريو ميتسويا أجرى يوم الخميس 31 جويلية الماضي محادثات مع نائبة وزيرة العلاقات الدولية لجنوب إفريقيا، خلال جولة قادته إلى ثلاثة بلدان خلال الفترة من 28 جويلية إلى 4 أوت.';
    const found = dateOf('اليابان وجنوب إفريقيا تتفقان على الإسراع في عقد منتدى الشراكة', [lede], '2014-08-05');
    expect(found.date).toEqual({ date: '2014-07-31', precision: 'day' });
    expect(found.review).toBeUndefined();
  });
  // batch 53's narcissus-07 (KUNA): a day after a verb of saying gives way only to another day, not to a month in a
  // clause of the story's background («… السفينة التي جنحت … في يوليو الماضي»)
  test('a reported day stands beside a month of the background', () => {
    const lede = 'طوكيو - 3 - 9 (كونا) -- قال وزير البيئة الياباني اليوم الخميس إن الحكومة ستبذل قصارى جهدها لمعالجة التسرب من سفينة جنحت قبالة موريشيوس في يوليو الماضي.';
    expect(dateOf('اليابان وموريشيوس تبحثان عبر الاتصال المرئي تداعيات التسرب', [lede], '2020-09-03').date).toEqual({ date: '2020-09-03', precision: 'day' });
  });
  // batch 54's orchid-05 (NNA): a story that dates nothing of its own, past its lede a clause of the occasion it comes
  // after («وتأتي زيارة … بعد أشهر على الجولة التي قام بها … في كانون الثاني الماضي»): no date, not January
  test('a date of the occasion the story comes after never dates it', () => {
    const paragraphs = ['استقبل رئيس مجلس الوزراء تمام سلام في السراي الحكومي نائب وزير الخارجية الياباني والوفد المرافق.', 'وبحث الجانبان العلاقات الثنائية.', 'وتأتي زيارة المسؤول الياباني بعد أشهر على الجولة التي قام بها رئيس الوزراء الياباني في المنطقة في كانون الثاني (يناير) الماضي.'];
    const dates = dateOf('سلام استقبل نائب وزير الخارجية الياباني', paragraphs, '2015-05-19');
    expect(dates.date).toBeUndefined();
  });
  // batch 82's coltsfoot-08 (Al-Quds Al-Arabi), at its first sight: a lede that dated nothing, past it a month in a
  // clause opened on another time («… الأول منذ اجتماع مماثل عقد في سيول في تشرين الأول/أكتوبر الماضي»): no date, not October
  test('a date in a clause opened by «منذ» past the lede never dates the story', () => {
    const paragraphs = ['اتفق نائب وزير الخارجية الياباني ونائب وزير الخارجية الأمريكي على عقد اجتماعات منتظمة بين الجانبين.', 'وتبادل الجانبان وجهات النظر بشأن القضايا المتعلقة بالصين، بناءً على ما جرى بحثه في الاجتماع الثلاثي.', 'وكان الاجتماع الثلاثي، الذي استمر ساعة وخمساً وثلاثين دقيقة، هو الأول من نوعه منذ عودة الرئيس دونالد ترامب إلى البيت الأبيض، والأول منذ اجتماع مماثل عقد في سيول في تشرين الأول/أكتوبر الماضي.'];
    expect(dateOf('طوكيو وواشنطن تتفقان على لقاءات دورية', paragraphs, '2025-07-18').date).toBeUndefined();
  });
  // batch 75's catnip-05 (NHK-style), batch 76's wintergreen-02 and wintergreen-03: a lede that dates nothing, the talks'
  // day told in a relative clause on them in the next paragraph, a month of the background later in an ordinary clause
  test.each([
    ['جاء ذلك في الاجتماع الثالث لحوار 2+2 على مستوى نواب الوزراء بين البلدين، الذي عُقد في طوكيو اليوم الثلاثاء.', '2016-04-19'],
    ['جاء ذلك خلال جولة "الحوار الاستراتيجي" التي جرت في طوكيو أمس الاثنين بين نائبي وزيري الخارجية.', '2016-04-18'],
  ])('the talks\' day in a relative clause on them, in the paragraph after the lede, dates them: %s', (told, day) => {
    const paragraphs = ['اتفق كبار المسؤولين في وزارتي الخارجية في البلدين على توسيع التعاون في مكافحة الإرهاب.', told, 'وأعيد إحياء هذه الآلية بعد لقاء جمع الزعيمين في نوفمبر الماضي على هامش قمة أبيك.'];
    expect(dateOf('اليابان وكندا تتفقان على تعزيز التعاون', paragraphs, '2016-04-19').date).toEqual({ date: day, precision: 'day' });
  });
  test('takes the event sentence, not a background date', () => {
    const found = dateOf('زيارة', ['في وقت سابق من هذا العام، عقد الحوار في 20 أغسطس 2024.', 'التقى الوزيران في طوكيو يوم 27 نوفمبر 2024.']);
    expect(found.date).toEqual({ date: '2024-11-27', precision: 'day' });
  });
  // jetty-05 (An-Nahar): «… منذ إقامة العلاقات بين البلدين عام 1964» in the lede dated the talks 1964
  test('a year alone dates history, never the meeting: the talks\' own day decides', () => {
    const found = dateOf('هاياشي في ترينيداد وتوباغو', ['حط وزير الخارجية الياباني في بورت أوف سبين، ليصبح أول وزير ياباني يزورها منذ إقامة العلاقات بين البلدين عام 1964.', 'وأجرى هاياشي يوم الاثنين الأول من أيار (مايو) الجاري محادثات مع نظيره.'], '2023-05-02');
    expect(found.date).toEqual({ date: '2023-05-01', precision: 'day' });
    expect(dateOf('زيارة', ['زار الوزير البلاد للمرة الأولى منذ إقامة العلاقات عام 1964.']).date).toBeUndefined();
  });
  // delta-12 (Kurdistan24): «اليوم الثلاثاء 2 كانون الأول (ديسمبر) 2025» on a page with no publication line was refused
  test('a relative day with its full date beside it is that date, with no publication day; a weekday that is not the date\'s is refused', () => {
    const lede = (weekday: string) => [`أربيل - استقبل رئيس الحكومة، اليوم ${weekday} 2 كانون الأول (ديسمبر) 2025، وفداً من وزارة الخارجية اليابانية.`];
    const found = dateOf('رئيس الحكومة يستقبل وفداً يابانياً', lede('الثلاثاء'));
    expect(found.date).toEqual({ date: '2025-12-02', precision: 'day' });
    expect(found.basis).toBe('written');
    expect(found.review).toBeUndefined();
    expect(dateOf('رئيس الحكومة يستقبل وفداً يابانياً', lede('الاثنين')).date).toBeUndefined();
    // with a publication day, «اليوم» and the date must still agree
    expect(dateOf('رئيس الحكومة يستقبل وفداً يابانياً', lede('الثلاثاء'), '2025-12-03').review).toBeDefined();
  });
  test('does not take a future date', () => {
    expect(dateOf('اجتماع', ['اتفق الجانبان على عقد الاجتماع المقبل في 3 مارس 2026.']).date).toBeUndefined();
  });
  test('returns a partial date when the year is missing', () => {
    const found = dateOf('حوار', ['في الرابع من ديسمبر، عقد في طوكيو الحوار الأول.', 'اتفاقية الأمم المتحدة لقانون البحار لعام ١٩٨٢.']);
    expect(found.date).toBeUndefined();
    expect(found.partialDate).toEqual({ month: 12, day: 4 });
  });
  test('a date in a relative clause does not date the event beside a date of the sentence itself, even one without a year', () => {
    const found = dateOf('اجتماع', ['عقد البلدان الاجتماع الرابع للتشاور السياسي يوم الأربعاء (21 ديسمبر/ كانون الأول) في طوكيو، تفعيلاً للمذكرة التي جرى التوقيع عليها خلال زيارة الملك إلى اليابان في أبريل/ نيسان 2012.']);
    expect(found.date).toBeUndefined();
    expect(found.partialDate).toMatchObject({ month: 12, day: 21 });
    // alone in its sentence, a relative clause's date may still be the event's («الاجتماع الذي عُقد في …»)
    expect(dateOf('اجتماع', ['أشاد الوزير بالاجتماع الذي عقد في 5 مايو 2023 في طوكيو.']).date?.date).toBe('2023-05-05');
  });
  test('a sentence whose only date is told aside gives way to a later sentence dating the event', () => {
    const found = dateOf('اتصال', ['أجرى الوزير محادثات عبر الاتصال المرئي مع نظيره الياباني، في أول تواصل منذ قمة تيكاد 8 التي احتضنتها تونس نهاية آب/أغسطس.', 'وقالت الوزارة إن الوزير تباحث اليوم عبر الاتصال المرئي مع نظيره.'], '2022-09-02');
    expect(found.date?.date).toBe('2022-09-02');
  });
  test('a month alone in the headline is a plan\'s, not the story\'s date; a day there still dates it', () => {
    expect(dateOf('ميلوني من طوكيو: آلية أمنية جديدة مع اليابان تنطلق في مارس', ['أعلنت رئيسة الوزراء الإيطالية اليوم الإثنين بعد لقائها نظيرها الياباني إطلاق الآلية.'], '2024-02-05').date?.date).toBe('2024-02-05');
    expect(dateOf('6 يناير 2022.. طوكيو وكانبرا توقعان اتفاقاً دفاعياً', ['وقع رئيسا وزراء البلدين الاتفاق عبر الفيديو.']).date?.date).toBe('2022-01-06');
  });
  test('resolves اليوم + weekday with the publication day', () => {
    expect(dateOf('لقاء', ['بحث الوزيران القضايا.', 'وذكرت الوزارة في بيان نشرته اليوم الثلاثاء أن اللقاء جاء خلال الزيارة.'], '2025-01-07').date).toEqual({ date: '2025-01-07', precision: 'day' });
  });
  test('warns when a relative day has no publication day', () => {
    const found = dateOf('لقاء', ['التقى الوزيران أمس في طوكيو.']);
    expect(found.date).toBeUndefined();
    expect(found.warnings[0]).toMatch(/publication date/);
  });
  test('warns when the weekday does not match the date', () => {
    expect(dateOf('لقاء', ['التقى الوزيران يوم الاثنين 27 نوفمبر 2024.']).warnings.join()).toMatch(/the weekday written with 2024-11-27 is not that day's/);
  });
  test('gives month precision for a month and year', () => {
    expect(dateOf('لقاء', ['عقد الاجتماع في تموز 2023 في طوكيو.']).date).toEqual({ date: '2023-07-01', precision: 'month' });
  });
  test('says so when the text has no date', () => {
    const found = dateOf('زيارة', ['زار الوزير سيول.']);
    expect(found.date).toBeUndefined();
    expect(found.partialDate).toBeUndefined();
    expect(found.warnings).toHaveLength(1);
  });
});

describe('extractDate with a dateline above the lede', () => {
  // batch 60's vervain-05 (Oman Daily, printing the ONA report the next morning): «طوكيو في 26 نوفمبر /العُمانية/»,
  // then «عقدت السلطنة واليابان اليوم …», published «27 نوفمبر 2015»: «اليوم» is the dateline's day, as when the
  // dateline opens the lede itself
  const lede = ['عقدت السلطنة واليابان اليوم في طوكيو الجولة الثانية من الحوار السياسي بين البلدين.'];
  const datedBy = (dateline?: string) => extractDate(articleToSentences({ title: 'السلطنة واليابان تعقدان الحوار السياسي', paragraphs: lede }), '2015-11-27', dateline).date?.date;
  test('relative words count from the dateline\'s day', () => {
    expect(datedBy('طوكيو في 26 نوفمبر /العُمانية/')).toBe('2015-11-26');
    expect(datedBy('الكويت 26 نوفمبر (كونا) -')).toBe('2015-11-26');
  });
  // batch 61's agave-06 (Al Riyadh printing SPA's call report the next morning), development's moss-01 (SPA): both
  // calendars in the dateline, the Gregorian day taken (a Hijri day converts to one of two)
  test('of a dateline\'s Hijri and Gregorian dates, the Gregorian day', () => {
    const call = (dateline: string, publishedAt: string) => extractDate(articleToSentences({ title: 'ولي العهد ورئيس وزراء اليابان يستعرضان هاتفياً العلاقات', paragraphs: ['جرى اليوم اتصال هاتفي بين ولي العهد ورئيس وزراء اليابان.'] }), publishedAt, dateline).date?.date;
    expect(call('الرياض 20 ربيع الأول 1445 هـ الموافق 05 أكتوبر 2023 م واس', '2023-10-06')).toBe('2023-10-05');
    expect(call('نيويورك 16 ذو الحجة 1436 هـ الموافق 30 سبتمبر 2015 م واس', '2015-09-30')).toBe('2015-09-30');
  });
  test('from the publication day when the dateline gives no day, or one after it or long before it', () => {
    expect(datedBy()).toBe('2015-11-27');
    expect(datedBy('طوكيو - العُمانية')).toBe('2015-11-27');
    expect(datedBy('طوكيو في 28 نوفمبر /العُمانية/')).toBe('2015-11-27');
    expect(datedBy('طوكيو في 2 نوفمبر /العُمانية/')).toBe('2015-11-27');
  });
});

// batch 89's bedstraw-05 (Erem News, no publication line): the lede gives no day; a month written far below dates
// earlier visits, not the talks
test('a month written alone past the paragraph after the lede dates no event', () => {
  const sentences = articleToSentences({
    title: 'آبي يبحث مع رئيس الوزراء المنغولي خريطة طريق للتعاون',
    paragraphs: [
      'اتفق رئيس الوزراء الياباني شينزو آبي ونظيره المنغولي، خلال لقائهما في أولان باتور، على وضع خطط للتعاون.',
      'وتناول اللقاء سبل تطبيق اتفاقية الشراكة الاقتصادية بين البلدين.',
      'وتنظر أولان باتور إلى طوكيو بوصفها جاراً ثالثاً.',
      'وهذه هي الزيارة الثالثة لآبي إلى منغوليا منذ عودته إلى رئاسة الحكومة أواخر عام 2012، بعد زيارتين في مارس 2013 وأكتوبر 2015.',
    ],
  });
  const found = extractDate(sentences);
  expect(found.date).toBeUndefined();
  expect(found.review).toBe('a month told late in the story');
});

describe('markOtherDateSentences', () => {
  test('marks sentences with other dates, and the rest of a paragraph they open', () => {
    const sentences = articleToSentences({ title: 'زيارة', paragraphs: ['التقى الوزير نظيره في طوكيو في 27 نوفمبر 2024.', 'والتقى الزعيمان في 19 أغسطس 2024. وأكد مودي أهمية الحوار 2+2.', 'وناقش الجانبان التعاون.'] });
    const marked = markOtherDateSentences(sentences, extractDate(sentences));
    expect(marked.map((sentence) => sentence.background)).toEqual([false, false, true, true, false]);
  });
  // heron-06 (batch 25): «الأول منذ أكتوبر 2018» dates nothing in the sentence, which tells who took part;
  // meridian-03: «منذ يناير 2022، حين عقدت الجولة السادسة عبر الفيديو» tells that other time
  test('a date after «منذ» is the time since which, unless a clause after it tells what happened then', () => {
    const sentences = articleToSentences({
      title: 'اجتماع 2+2',
      paragraphs: [
        'عقد وزيرا الخارجية والدفاع في اليابان وأستراليا في 9 يونيو 2021 اجتماعهما عبر الفيديو.',
        'وشارك في الاجتماع، وهو الأول منذ أكتوبر 2018، وزير الخارجية الياباني ووزير الدفاع.',
        'وهذا أول اجتماع من هذا النوع منذ يناير 2020، حين عقدت الجولة السابقة في سيدني.',
      ],
    });
    expect(markOtherDateSentences(sentences, extractDate(sentences)).map((sentence) => sentence.background)).toEqual([false, false, false, true]);
  });
});

describe('markOtherDateSentences with a full event date and partial ones', () => {
  // batch 124's daisy-03 (INA): «أيار من العام نفسه» and «30 تشرين الأول» give no year, and still another month or day
  // than the event's («وفي آب 2024، التقى …»; «بين 30 تشرين الأول و1 تشرين الثاني 2006»)
  test('a month or a day without a year that is not the event\'s is another time', () => {
    const sentences = articleToSentences({
      title: 'لقاء',
      paragraphs: ['التقى الوزير الياباني نائب الرئيس الغيني في 18 تموز 2025.', 'وفي أيار من العام نفسه، التقى الوزير نظيره في أوساكا.', 'ووصل الوفد في 18 تموز إلى طوكيو.'],
    });
    expect(markOtherDateSentences(sentences, extractDate(sentences)).map((sentence) => sentence.background)).toEqual([false, false, true, false]);
  });
});

describe('extractDate with a lede that tells another time in a clause', () => {
  // batch 189's safou-01 (KUNA): a day in the lede's clause opened by «منذ» dates what came before, not the talks the
  // lede tells with a day of their own
  test('the lede\'s own day, not the one after «منذ»', () => {
    const sentences = articleToSentences({ title: 'لقاء', paragraphs: ['أكدت اليابان اليوم الخميس عزمها مواصلة التعاون مع تايلاند خلال لقاء جمع سفيرها بوكيل وزارة الخارجية التايلاندية في أول اجتماع ثنائي بين الجانبين منذ تولي الجيش السلطة في البلاد يوم 22 مايو الماضي.'] });
    expect(extractDate(sentences, '2014-06-19').date?.date).toBe('2014-06-19');
  });
  // alone in the lede, the day after «منذ» still decides (for the checks that follow to weigh)
  test('a lede\'s only day, after «منذ», is still read', () => {
    const sentences = articleToSentences({ title: 'لقاء', paragraphs: ['يواصل الوفد الياباني محادثاته في بانكوك منذ يوم 17 يونيو الجاري.'] });
    expect(extractDate(sentences, '2014-06-19').date?.date).toBe('2014-06-17');
  });
});

describe('markOtherDateSentences on a page whose event day is refused', () => {
  // batch 127's rimu-04, batch 128's pohutukawa-04, catalpa-04, olive-03, soapwort-03: the lede tells a weekday only; a full
  // date further down is another meeting's, the one the extraction would have dated the event by were it the event's;
  // batch 184's lulo-04 (AZERTAC): so too beside a month alone in a relative clause
  test.each([
    ['a full date past the paragraph after the lede is another time', ['استقبل وزير الدفاع السويدي يوم الاثنين سفير اليابان.', 'وقالت السفارة إن الجانبين بحثا التعاون.', 'وتعود العلاقات إلى عقود.', 'وفي 26 فبراير 2014، بحث وزير الخارجية السويدي آنذاك مع وزير الدفاع الياباني الوضع في آسيا.']],
    ['so is one with a month alone in a relative clause beside it', ['استقبل نائب وزير الخارجية الياباني الأربعاء سفير أذربيجان.', 'وتناول اللقاء التعاون.', 'وتعود العلاقات إلى عقود.', 'وفي مايو/أيار 2024، زار نائب وزير الخارجية الأذربيجاني اليابان، وبحث التحضير لمؤتمر "كوب 29" الذي استضافته باكو في نوفمبر/تشرين الثاني من العام ذاته.']],
  ])('%s', (_, paragraphs) => {
    const sentences = articleToSentences({ title: 'لقاء', paragraphs });
    const dates = extractDate(sentences);
    expect(dates.date).toBeUndefined();
    expect(markOtherDateSentences(sentences, dates).map((sentence) => sentence.background)).toEqual([false, false, false, false, true]);
  });
});

describe('extractDate when the story and the talks give different days', () => {
  // pairs29's pair-127 (NNA): the lede, set aside as another time by a marker of its own, tells the event with a day;
  // a later sentence's day is another meeting's: asked, never written
  test('a day told past a lede that tells the event with another day is left for review', () => {
    const lede = (clause: string) => `انطلقت صباح اليوم الثلاثاء في طوكيو الجولة الأولى من المفاوضات الرسمية بين اليابان والصين ${clause}.`;
    const later = 'وتحدد موعد هذه الجولة خلال لقاء جمع وزيري الخارجية الخميس الماضي في هانوي.';
    const found = extractDate(markedBackground(lede('حول تنفيذ التفاهم الذي توصل إليه البلدان قبل عامين'), later), '2010-07-27');
    expect(found.review).toMatch(/the lede tells the event with another day than 2010-07-22/);
    // a lede read as the event dates it; nothing to ask
    const read = extractDate(articleToSentences({ title: 'اليابان والصين تطلقان المفاوضات', paragraphs: [lede('حول الغاز'), later] }), '2010-07-27');
    expect([read.date?.date, read.review]).toEqual(['2010-07-27', undefined]);
  });
  test('leaves the date for review rather than choose', () => {
    const sentences = articleToSentences({ title: 'زيارة', paragraphs: ['عاد الرئيس بعد أن اختتم يوم الجمعة زيارة رسمية إلى اليابان.', 'وتناولت المحادثات التي أجراها يوم الخميس مع رئيس الوزراء التعاون الاقتصادي.'] });
    const found = extractDate(sentences, '2019-12-22');
    expect(found.review).toMatch(/the story is dated 2019-12-20, the talks 2019-12-19/);
    expect(found.date).toBeDefined();
  });
  // batch 68's mace-04 (MENA): the dateline is the report's day; the talks were the evening before
  test('a story dated by its dateline alone, the talks told on another day, is left for review', () => {
    const paragraphs = (day: string) => [
      'طوكيو 30 يناير (أ ش أ) - بحث نائب وزير الخارجية البرلماني الياباني مانابو هوريي مع وزير الدولة البرتغالي يوريكو بريلانتي دياش سبل تعزيز العلاقات الثنائية.',
      `وذكرت وزارة الخارجية اليابانية في بيان اليوم، أن اللقاء عقد في طوكيو ${day}، واستمر نحو ثلاثين دقيقة.`,
    ];
    const found = extractDate(articleToSentences({ title: 'اليابان والبرتغال تبحثان تعزيز الاستثمارات', paragraphs: paragraphs('مساء أمس الاثنين') }), '2018-01-30');
    expect(found.review).toMatch(/the story is dated 2018-01-30, the talks 2018-01-29/);
    // the talks on the dateline's day: nothing to ask
    expect(extractDate(articleToSentences({ title: 'اليابان والبرتغال تبحثان تعزيز الاستثمارات', paragraphs: paragraphs('صباح اليوم الثلاثاء') }), '2018-01-30').review).toBeUndefined();
  });
  // batch 68's caraway-02 (TAP) and batch 69's clove-04 (Petra): the lede dates the talks in a relative clause on them;
  // a later day is the guest's next leg, or an election to come
  test.each([
    ['قرطاج (وات) - كانت العلاقات التونسية اليابانية محور المقابلة التي خص بها الرئيس زين العابدين بن علي صباح أمس السبت بقصر قرطاج، وزير الشؤون الخارجية الياباني.', 'وتندرج الزيارة في إطار جولة يتحول خلالها رئيس الدبلوماسية اليابانية اليوم الأحد إلى الجزائر.', '2010-12-12', '2010-12-11'],
    ['أكد جلالة الملك عبدالله الثاني، خلال الاتصال الهاتفي الذي تلقاه أمس الاثنين من رئيس الوزراء الياباني فوميو كيشيدا، أن المنطقة تمر بمرحلة خطيرة.', 'ويأتي الاتصال فيما تستعد المملكة لإجراء الانتخابات النيابية يوم الثلاثاء المقبل.', '2024-09-03', '2024-09-02'],
    // batch 71's lavender-01 (Al Bayan): the clause's verb is the meeting's, its head the guest
    ['أكد رئيس الوزراء الماليزي عبدالله أحمد بدوي لوزيرة الخارجية اليابانية يوريكو كاواغوتشي، التي استقبلها بعد ظهر أمس في مكتبه بمدينة بوتراجايا، أن حكومته ماضية في سياستها.', 'وتعد كاواغوتشي أول مسؤول أجنبي رفيع يزور ماليزيا منذ أن تسلم بدوي رئاسة الحكومة في الحادي والثلاثين من أكتوبر الماضي.', '2003-11-12', '2003-11-11'],
  ])('a day in the lede\'s relative clause on the talks dates them: %s', (lede, later, published, day) => {
    expect(dateOf('عنوان', [lede, later], published).date).toEqual({ date: day, precision: 'day' });
  });
  // development rosemary-01 (Al-Bayan): «منذ اللقاء الذي استضافته طوكيو في أكتوبر 2013» is another meeting, the lede's day stands
  test('a relative clause on a meeting after «منذ» dates another meeting', () => {
    const found = dateOf('عنوان', ['أقرت الولايات المتحدة واليابان أمس الاثنين في نيويورك إرشادات جديدة للتعاون الدفاعي.', 'وهو أول اجتماع بهذه الصيغة منذ اللقاء الذي استضافته طوكيو في أكتوبر 2013.'], '2015-04-28');
    expect(found.date).toEqual({ date: '2015-04-27', precision: 'day' });
  });
  // batch 37's lotus-07 (Anadolu): the call of the prime minister days before, in a sentence of coming
  test('a day after «ويأتي الاتصال بعد أيام من» is another call\'s, no day of the talks', () => {
    const sentences = articleToSentences({ title: 'كاميكاوا لكوليبا: اليابان لن تتراجع عن دعم أوكرانيا', paragraphs: ['أكدت وزيرة الخارجية اليابانية يوكو كاميكاوا، الاثنين، لنظيرها الأوكراني دميترو كوليبا أن بلادها تدعم أوكرانيا.', 'جاء ذلك في اتصال هاتفي أجرته كاميكاوا مع كوليبا.', 'ويأتي الاتصال بعد أيام من مكالمة هاتفية جرت في 3 أبريل بين رئيس الوزراء الياباني فوميو كيشيدا والرئيس الأوكراني فولوديمير زيلينسكي، أكد فيها كيشيدا دعمه.'] });
    const found = extractDate(sentences, '2024-04-08');
    expect(found.review).toBeUndefined();
    expect(found.date?.date).toBe('2024-04-08');
  });
  // batch 32's mere-09 (Ahram Gate): the ASEAN summit the day before, «والتى استضافتها العاصمة اليابانية أمس السبت»
  test('a day in a relative clause about something else than the talks is no day of the talks', () => {
    const sentences = articleToSentences({
      title: 'قمة',
      paragraphs: [
        'طوكيو 15 ديسمبر (أ ش أ) - اتفق رئيس الوزراء الياباني ونظيره الكمبودي، اليوم الأحد، على الارتقاء بالعلاقات بين البلدين.',
        'وتأتي زيارة هون سين إلى طوكيو غداة مشاركته في القمة التذكارية بين اليابان ودول آسيان بمناسبة مرور أربعين عاما على علاقات الجانبين، والتي استضافتها العاصمة اليابانية أمس السبت.',
      ],
    });
    const found = extractDate(sentences, '2013-12-15');
    expect(found.review).toBeUndefined();
    expect(found.date).toEqual({ date: '2013-12-15', precision: 'day' });
  });
  // batch 56's gentian-02 (KUNA): the wire's dateline «مكسيكو سيتي - 17 - 9 (كونا) --» gives the story's day; the page's
  // stamp is the next day (GMT), and «اليوم» is the dateline's day
  test('a wire\'s dateline with its day and month in figures dates «اليوم», the year the publication\'s', () => {
    const lede = 'مكسيكو سيتي - 17 - 9 (كونا) -- وقع رئيس الوزراء الياباني والرئيس المكسيكي اليوم اتفاقية لتعزيز الشراكة الاقتصادية.';
    expect(dateOf('اتفاقية', [lede], '2004-09-18').date).toEqual({ date: '2004-09-17', precision: 'day' });
    const kuwait = 'الكويت - 30 - 4 (كونا) -- استقبل سمو الأمير اليوم رئيس الوزراء الياباني.';
    expect(dateOf('الأمير يستقبل', [kuwait], '2007-05-01').date).toEqual({ date: '2007-04-30', precision: 'day' });
    expect(dateOf('الأمير يستقبل', [kuwait]).date).toBeUndefined();
  });
  // batch 56's hyssop-06 (Asharq Business): the tour's span «من 6 إلى 13 أغسطس» is no day of the talks that would ask
  // for review against the signing's Friday
  test('a span of days «من 6 إلى 13 أغسطس» is no day of the talks', () => {
    const lede = 'وقع وزير الاقتصاد الياباني ونظيره الزامبي، الجمعة في لوساكا، إعلاناً مشتركاً للتعاون في التعدين.';
    const tour = 'وأجرى الوزير محادثات في خمس دول أفريقية خلال الفترة من 6 إلى 13 أغسطس، زار خلالها ناميبيا وأنغولا.';
    const found = dateOf('اليابان وزامبيا توقعان إعلاناً للتعاون', [lede, tour], '2023-08-11');
    expect(found.review).toBeUndefined();
    expect(found.date).toEqual({ date: '2023-08-11', precision: 'day' });
  });
  test('the last day of a visit «تستمر حتى بعد غد الخميس» is no day of the talks', () => {
    const sentences = articleToSentences({
      title: 'قمة',
      paragraphs: [
        'طوكيو - 21 - 1 (كونا) -- اتفق رئيس الوزراء الياباني ورئيس وزراء لاوس اليوم الثلاثاء على الارتقاء بالعلاقات بين البلدين.',
        'ويقوم رئيس وزراء لاوس بزيارة لليابان تستمر حتى بعد غد الخميس هي الأولى له منذ لقائه رئيس الوزراء الياباني.',
      ],
    });
    const found = extractDate(sentences, '2025-01-21');
    expect(found.review).toBeUndefined();
    expect(found.date).toEqual({ date: '2025-01-21', precision: 'day' });
  });
  test('a day that dates an agency\'s report («وذكرت وكالة … اليوم /الخميس/ أن …») is not the talks\' day', () => {
    const sentences = articleToSentences({
      title: 'حوار استراتيجي',
      paragraphs: [
        'طوكيو في 28 أغسطس /أ ش أ/ اتفق وزير الخارجية الياباني ونظيره الأوزبكي، أمس /الأربعاء/، على تعزيز التعاون.',
        'وذكرت وكالة أنباء (جيجي برس) اليابانية اليوم /الخميس/ أن ذلك جاء خلال الجولة الأولى من الحوار الاستراتيجي بين البلدين.',
      ],
    });
    const found = extractDate(sentences, '2025-08-28');
    expect(found.review).toBeUndefined();
    expect(found.date).toEqual({ date: '2025-08-27', precision: 'day' });
  });

  test('a day told aside about the visit («الزيارة التي بدأها … مساء امس السبت») leaves the talks\' day unquestioned', () => {
    // ember-03: the call on the president on Sunday, the visit begun on Saturday evening
    const found = dateOf('رئيسي يستقبل وزير الخارجية الياباني', [
      'طهران/ 22 آب/ اغسطس/ ارنا - اكد رئيس الجمهورية خلال استقباله وزير الخارجية الياباني اليوم الاحد اهمية التعاون.',
      'وجرى اللقاء في مقر رئاسة الجمهورية بطهران، في اطار الزيارة التي بدأها الوزير الى ايران مساء امس السبت.',
    ], '2021-08-22');
    expect(found.date).toEqual({ date: '2021-08-22', precision: 'day' });
    expect(found.review).toBeUndefined();
  });

  test('in one sentence, the day of the report yields to the day of the talks told after it', () => {
    // cedar-04: «وقالت وزارة الخارجية في سيئول اليوم الخميس إن المدير العام … زار أمس الأربعاء مقر وزارة الخارجية اليابانية»
    const found = dateOf('سيئول وطوكيو تعقدان مشاورات', [
      'عقد مسؤولون من وزارتي الخارجية في البلدين مشاورات حول سياسات الشرق الأوسط.',
      'وقالت وزارة الخارجية في سيئول اليوم الخميس إن المدير العام زار أمس الأربعاء مقر وزارة الخارجية اليابانية حيث عقد الجولة الثامنة من المشاورات.',
    ], '2020-11-19');
    expect(found.date).toEqual({ date: '2020-11-18', precision: 'day' });
  });
  test('under a teaser paragraph, the lede that tells the talks without a word of meeting dates them before a later sentence of the talks', () => {
    // batch 22's weir-05 (DW): the next paragraph's «يوم الجمعة الماضي» is the day a trade agreement came into force
    const found = dateOf('ميركل وآبي في طوكيو: رسالة مشتركة دعماً للتجارة الحرة', [
      'في مستهل زيارة تستغرق يومين لليابان، اتفقت المستشارة الألمانية أنغيلا ميركل مع رئيس الوزراء شينزو آبي على العمل معا.',
      'أكدت المستشارة الألمانية أنغيلا ميركل ورئيس الوزراء الياباني شينزو آبي اليوم الاثنين (الرابع من فبراير/ شباط 2019) في طوكيو التزام بلديهما بالتجارة الحرة.',
      'وقال آبي في مستهل القمة إن زيارة ميركل بعد أيام قليلة من بدء العمل باتفاقية التجارة الحرة يوم الجمعة الماضي تبعث برسالة قوية.',
    ], '2019-02-04');
    expect(found.date?.date).toBe('2019-02-04');
  });
  test('the day of the report set off by commas («أعلنت الوزارة، اليوم الأربعاء، أن …») yields to the day of the talks', () => {
    // batch 22's tarn-09 (Alsumaria), wrong on first sight: the talks were «مساء أمس الثلاثاء»
    const found = dateOf('الجعفري يبحث مع نائب وزير الخارجية الياباني على مأدبة عشاء عمل دعم العراق', [
      'أعلنت وزارة الخارجية، اليوم الأربعاء، أن الوزير إبراهيم الجعفري بحث مع نائب وزير الخارجية الياباني، خلال مأدبة عشاء عمل أقيمت في العاصمة طوكيو مساء أمس الثلاثاء، العلاقات الثنائية.',
    ], '2015-11-25');
    expect(found.date).toEqual({ date: '2015-11-24', precision: 'day' });
  });
});
