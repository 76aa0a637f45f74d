import { foldForMatching } from '../../src/arabic/fold.ts';
import { describe, expect, test } from 'vitest';
import { articleToSentences, inPlan, originalSpelling, paragraphToSentenceTexts, sentenceToTimeMarks } from './sentences.ts';
import { tokenize } from './tokenize.ts';

describe('paragraphToSentenceTexts', () => {
  // ember-12 (SUNA): «كشف وزير المالية والتخطيط الاقتصادي د. جبريل إبراهيم عن …» was cut after «د.»
  test.each([
    ['كشف وزير المالية د. جبريل إبراهيم عن تفاهمات. وقال إنه راض.', ['كشف وزير المالية د. جبريل إبراهيم عن تفاهمات.', 'وقال إنه راض.']],
    ['استقبل الوزير أ.د. خالد سعد أمس.', ['استقبل الوزير أ.د. خالد سعد أمس.']],
    ['وحضر اللقاء م. أحمد علي. ثم عقد الجانبان جلسة.', ['وحضر اللقاء م. أحمد علي.', 'ثم عقد الجانبان جلسة.']],
  ])('a full stop after a lone letter abbreviates a title and ends no sentence: %s', (paragraph, sentences) => {
    expect(paragraphToSentenceTexts(paragraph)).toEqual(sentences);
  });
  test('splits after full stops and Arabic question marks, not inside numbers', () => {
    expect(paragraphToSentenceTexts('نما بنسبة 3.5 بالمئة. هل اتفقا؟ نعم')).toEqual(['نما بنسبة 3.5 بالمئة.', 'هل اتفقا؟', 'نعم']);
  });
});

describe('articleToSentences', () => {
  // a paragraph that comes back in another article (an outlet's standing line) is read once: its words are shared, its
  // record is the article's own, and marking it there changes no other article's
  test('a sentence read again shares its words, not its record', () => {
    const paragraph = 'وأكد الجانبان أهمية مواصلة التعاون بين البلدين في مختلف المجالات.';
    const lede = 'التقى الوزيران اليوم في طوكيو لبحث التعاون.';
    const a = articleToSentences({ title: 'عنوان أول', paragraphs: [lede, 'وبحثا القضايا الإقليمية.', paragraph] }).at(-1);
    const b = articleToSentences({ title: 'عنوان ثان', paragraphs: [lede, 'وبحثا القضايا الإقليمية والدولية.', 'وتناولا التجارة.', paragraph] }).at(-1);
    expect(b!.tokens).toBe(a!.tokens);
    expect(b).not.toBe(a);
    expect([a!.paragraph, a!.index, b!.paragraph, b!.index]).toEqual([2, 3, 3, 4]);
    b!.background = true;
    expect(a!.background).toBe(false);
  });
  // fen-04 (batch 30, Sputnik): «موسكو - سبوتنيك.» ends with a full stop; the lede after it is still the lede, whose
  // «… الزيارة المرتقبة … في مايو المقبل» is a clause of the talks, not a plan
  test('a dateline cut off by its full stop leaves the next sentence the lede, weak future words and all', () => {
    const lede = 'عقد النائب الأول لوزير الخارجية الروسي ونائب وزير الخارجية الياباني اليوم الخميس في موسكو جولة من الحوار الاستراتيجي تناولت التحضيرات للزيارة المرتقبة لرئيس الوزراء الياباني في مايو المقبل.';
    const withDateline = articleToSentences({ title: 'موسكو وطوكيو تعقدان جولة من الحوار الاستراتيجي', paragraphs: [`موسكو - سبوتنيك. ${lede}`, `وأضاف البيان أن الجانبين سيعقدان الجولة المقبلة في طوكيو.`] });
    expect(withDateline.map((sentence) => sentence.future)).toEqual([false, false, false, true]);
    const without = articleToSentences({ title: 'موسكو وطوكيو تعقدان جولة من الحوار الاستراتيجي', paragraphs: [lede] });
    expect(without[1]!.future).toBe(false);
  });
  // batch 32's loch-03 (Anadolu): a quote as a deck above the lede, whose plan «خلال العام المقبل» is a clause of the talks'
  test('under a deck without a word of meeting, the paragraph that tells the event is the lede: its weak future words count not', () => {
    const deck = 'وزير الخارجية التركي: اليابان كانت في مقدمة الدول التي وقفت إلى جانبنا';
    const lede = 'أعلن وزير الخارجية التركي، الخميس، أن بلاده واليابان ستعقدان خلال العام المقبل مشاورات أمنية، وذلك عقب مباحثات أجراها مع نظيره الياباني في أنقرة.';
    const sentences = articleToSentences({ title: 'تركيا واليابان تتفقان على مشاورات أمنية', paragraphs: [deck, lede, 'وأضاف أن الجانبين سيلتقيان مجددا العام المقبل في طوكيو.'] });
    expect(sentences.map((sentence) => sentence.future)).toEqual([false, false, false, true]);
  });
});

// batch 52's ivy-01 (KUNA) and pairs22's pair-110 (RT), pair-111 (Xinhua): the title and lede tell a call and what was
// agreed in it («اتفق … في اتصال هاتفي جرى مساء اليوم … على عقد قمة …»): the sentence tells the call; the plan starts at
// its marker; past the lede, an agreement is a plan as before
describe('a plan agreed at the talks the title or lede tells', () => {
  const title = 'آبي وترامب يتفقان خلال اتصال هاتفي على عقد أول قمة بينهما في واشنطن يوم 10 فبراير';
  const lede = 'اتفق رئيس الوزراء الياباني شينزو آبي والرئيس الأمريكي دونالد ترامب في اتصال هاتفي جرى مساء اليوم على عقد أول اجتماع قمة بينهما في واشنطن.';
  const later = 'واتفق الجانبان على عقد الجولة المقبلة من الحوار في طوكيو.';
  test('leaves the sentence the talks\' and marks where the plan begins', () => {
    const sentences = articleToSentences({ title, paragraphs: [lede, later] });
    expect(sentences.map((sentence) => sentence.future)).toEqual([false, false, true]);
    expect(sentences[0]!.norm.slice(sentences[0]!.planFrom)).toMatch(/^علي عقد اول قمه/);
    expect(sentences[1]!.norm.slice(sentences[1]!.planFrom)).toMatch(/^علي عقد اول اجتماع/);
  });
  // batch 82's coltsfoot-08 (Al-Quds Al-Arabi): the talks told after the plan, behind «خلال», end it there
  test('the talks told after the plan behind «خلال» leave the sentence the talks\', the plan ending there', () => {
    const lede = 'اتفق نائب وزير الخارجية الياباني ونظيره الأمريكي، اليوم الجمعة، على عقد اجتماعات منتظمة، وذلك خلال لقاء ثنائي جمعهما في العاصمة اليابانية طوكيو.';
    const [, sentence] = articleToSentences({ title: 'عنوان', paragraphs: [lede] });
    expect(sentence!.future).toBe(false);
    expect(sentence!.norm.slice(sentence!.planFrom, sentence!.planTo)).toBe('علي عقد اجتماعات منتظمه، وذلك ');
    expect(inPlan(sentence!, sentence!.norm.indexOf('طوكيو'))).toBe(false);
    expect(inPlan(sentence!, sentence!.norm.indexOf('منتظمه'))).toBe(true);
  });
  // the waiting set's cowslip-06 (Al-Bayan) and dittany-01 (Asharq Al-Awsat): a plan told after the lede's past verb of
  // talks is what the talks were about; the names before it took part
  test.each([
    'أجرى وزير الخارجية الياباني كويتشيرو جيمبا مساء الجمعة اتصالاً هاتفياً مع نظيره التايلاندي سورابونغ توفيتشاكتشايكول، أبدى خلاله أسفه لاضطراره إلى إرجاء زيارة كان يعتزم القيام بها إلى تايلاند.',
    'عقدت وزيرة الخارجية اليابانية يوريكو كاواجوتشي أمس جلسة محادثات مع نظيرها السريلانكي تيرون فرناندو، تركزت على عملية السلام وعلى ما تعتزم طوكيو تقديمه لإعادة الإعمار.',
  ])('a plan after the lede\'s past verb of talks leaves the sentence the talks\': %s', (lede) => {
    const [, sentence] = articleToSentences({ title: 'عنوان', paragraphs: [lede] });
    expect(sentence!.future).toBe(false);
    expect(sentence!.norm.slice(sentence!.planFrom)).toMatch(/^(?:يعتزم|تعتزم)/);
  });
  // batch 164's mamoncillo-01 (Al-Ayyam), pairs70's pair-209 (Al-Watan) and pair-210 (Azzaman): what a leader announced,
  // the talks told after it behind «خلال»: the sentence tells the talks, the plan ending at «خلال»
  test.each([
    'أعلن رئيس الوزراء الياباني جونيتشيرو كويزومي، مساء أمس الاثنين، أن حكومته تعتزم تقديم مساعدات جديدة للسلطة الوطنية، وذلك خلال محادثات أجراها مع الرئيس محمود عباس في طوكيو.',
    'أعلن رئيس الوزراء الياباني شينزو آبي، مساء أمس الثلاثاء، أن حكومته تعتزم أن توفد قريباً بعثة إلى فيتنام، وذلك خلال محادثات أجراها مع الرئيس الفيتنامي ترونغ تان سانغ في طوكيو.',
  ])('a plan announced at talks told after it leaves the sentence the talks\': %s', (lede) => {
    const [, sentence] = articleToSentences({ title: 'عنوان', paragraphs: [lede] });
    expect(sentence!.future).toBe(false);
    expect(sentence!.norm.slice(sentence!.planFrom, sentence!.planTo)).toMatch(/^تعتزم .*، وذلك $/);
    expect(inPlan(sentence!, sentence!.norm.indexOf('طوكيو'))).toBe(false);
  });
  test('an announced plan with no talks told after it is still a plan', () => {
    const [, sentence] = articleToSentences({ title: 'عنوان', paragraphs: ['أعلن رئيس الوزراء الياباني أن حكومته تعتزم تقديم مساعدات جديدة.'] });
    expect(sentence!.future).toBe(true);
  });
  test('a plan with no talks told beside it is still a plan', () => {
    const sentences = articleToSentences({ title: 'البلدان يعتزمان عقد قمة في واشنطن', paragraphs: ['من المقرر أن يعقد الزعيمان أول قمة بينهما في واشنطن.'] });
    expect(sentences[1]!.future).toBe(true);
    expect(sentences[1]!.planFrom).toBeUndefined();
  });
});

describe('the words of the talks', () => {
  // batch 32's mere-09 (MENA) and a development article: the wire lede «اتفق رئيس الوزراء … ونظيره … على …» tells the
  // talks, so its leaders, not the defence ministers who signed after them, lead the sides
  test('«اتفق» tells the talks as «بحث» does', () => {
    const [, lede] = articleToSentences({ title: 'عنوان', paragraphs: ['اتفق رئيس الوزراء الياباني ونظيره الكمبودي، اليوم الأحد، على الارتقاء بالعلاقات بين البلدين.'] });
    expect(lede!.talks).toBe(true);
    const [, other] = articleToSentences({ title: 'عنوان', paragraphs: ['وصل رئيس الوزراء الكمبودي إلى طوكيو، اليوم الأحد، في زيارة رسمية.'] });
    expect(other!.talks).toBe(false);
  });
});

// words of the past that tell no time of the sentence: a relative clause after a word of who leads a side tells who
// its head is (the waiting set's bilberry-02; pairs27's pair-123, pair-124: wire reports of a round's first day), and
// an office's «former» after a title tells what the head was (stonecrop-01; pairs29's pair-127, pair-128; «السفير
// الأسبق لدى …», timeMarkers.json exempt)
describe('a head described by his past', () => {
  test.each([
    ['ويترأس الوفد الياباني نائب وزير الخارجية تاكيو موري، فيما يترأس الوفد الهندي وكيل الوزارة فيناي كواترا الذي سبق أن شغل منصب سفير بلاده لدى نيبال.', false],
    ['وترأس الوفد الإندونيسي السفير سومادي الذي سبق أن شغل منصب سفير بلاده لدى اليابان.', false],
    ['ويرأس الوفد الياباني كازو أساكاي، بينما يقود الجانب السنغافوري ليم تشين بينغ السفير الأسبق لدى طوكيو.', false],
    ['بينما يقود الجانب الباكستاني نبيل منير السفير السابق لدى سيول.', false],
    // (no word of a side's lead before the clause, or no office before «السابق»: the sentence is still background)
    ['وأشاد البيان بالسفير سومادي الذي سبق أن شغل منصب سفير بلاده لدى اليابان.', true],
    ['وكان الوفد الياباني قد سبق أن زار جاكرتا.', true],
    ['وزار الوفد جاكرتا في الأسبوع السابق.', true],
  ])('%s → background %s', (text, background) => {
    expect(sentenceToTimeMarks(tokenize(text), true, true, foldForMatching(text)).background).toBe(background);
  });
});

// batch 127's kauri-02 (Al-Ahram): a past time after «منذ» is the time since which; the sentence tells the event
describe('a past time after «منذ»', () => {
  test.each([
    ['بحث وزير الدفاع الياباني مع نظيره الإندونيسي اليوم سبل التعاون، في أول لقاء يجمع الوزيرين منذ توليهما مهامهما في الخريف الماضي.', false],
    ['والتقى الوزيران في الخريف الماضي في طوكيو.', true],
    // (a comma ends the reach of «منذ»)
    ['وهو الأول منذ توليه، وكان قد زار طوكيو في الخريف الماضي.', true],
  ])('%s → background %s', (text, background) => {
    expect(sentenceToTimeMarks(tokenize(text), true, true, foldForMatching(text)).background).toBe(background);
  });
});

describe('sentenceToTimeMarks', () => {
  // batch 36's fir-06 (Anadolu): the talks were held; the visit the clause tells is planned
  test('a marker in a relative clause after a past verb of talks marks the clause, not the sentence', () => {
    const text = 'بحثت وزيرة الخارجية الإندونيسية مع نظيرها الياباني مساء الجمعة الترتيبات الخاصة بالزيارة التي يعتزم الرئيس القيام بها إلى طوكيو';
    const norm = foldForMatching(text);
    expect(sentenceToTimeMarks(tokenize(text), true, false, norm).future).toBe(false);
    // without a verb of talks before it the plan is the sentence's
    const plan = 'الرئيس يعتزم القيام بزيارة إلى طوكيو التي يعتزم فيها لقاء رئيس الوزراء';
    expect(sentenceToTimeMarks(tokenize(plan), true, false, foldForMatching(plan)).future).toBe(true);
    // pairs20's pair-88 (Asharq Al-Awsat): «بحث», the masculine verb, tells talks held as «بحثت» does
    const call = 'بحث وزير الخارجية الياباني ونظيره الصيني، مساء الأربعاء، في اتصال هاتفي الترتيبات الخاصة بزيارة الدولة التي يعتزم الرئيس الصيني القيام بها إلى اليابان في أبريل المقبل';
    expect(sentenceToTimeMarks(tokenize(call), true, false, foldForMatching(call)).future).toBe(false);
    // batch 70's lime-02 (EFE): a clause on an indefinite visit opens with no pronoun
    const met = 'التقت وزيرة الخارجية المكسيكية أمس في طوكيو رئيس الوزراء الياباني، وبدأت معه التحضير لزيارة يعتزم الرئيس المكسيكي القيام بها';
    expect(sentenceToTimeMarks(tokenize(met), true, false, foldForMatching(met)).future).toBe(false);
    // (not a plan of the visit itself: «يعتزم» after the definite «الزيارة» with no verb of talks before)
    const planned = 'ويعتزم الرئيس المكسيكي القيام بزيارة يلتقي خلالها رئيس الوزراء';
    expect(sentenceToTimeMarks(tokenize(planned), true, false, foldForMatching(planned)).future).toBe(true);
  });
  // the waiting set's chicory-08 (Montsame): «يعقد» after «أول» says what is held for the first time, not what will be
  test('an imperfect of meeting a few words after «أول» tells no plan', () => {
    const text = 'وحضر الاجتماع سفير اليابان لدى منغوليا كين ايغاواهارا في أول اجتماع للمجلس يعقد في اليابان منذ نحو ثلاث سنوات';
    expect(sentenceToTimeMarks(tokenize(text), true, false, foldForMatching(text)).future).toBe(false);
    const plan = 'ويعقد المجلس اجتماعه المقبل في أولانباتار';
    expect(sentenceToTimeMarks(tokenize(plan), true, false, foldForMatching(plan)).future).toBe(true);
  });
  test('marks an earlier event as background', () => {
    expect(sentenceToTimeMarks(tokenize('في وقت سابق من هذا العام، عقدت الجولة الثالثة'))).toEqual({ background: true, future: false });
  });
  test('marks a pluperfect ("وكان … قد") and a past statement as background', () => {
    expect(sentenceToTimeMarks(tokenize('وكان الوزير الأمريكي أنتوني بلينكن قد زار نيودلهي')).background).toBe(true);
    expect(sentenceToTimeMarks(tokenize('وقال الرئيس الأمريكي في تصريحات سابقة إن التحالف قوي')).background).toBe(true);
    expect(sentenceToTimeMarks(tokenize('وسبق أن أعلن الوزير دعمه للتحالف')).background).toBe(true);
    // batch 38's quill-07 and development's «وسبق لكونو أن زار المملكة …»: the person behind «ل» between
    expect(sentenceToTimeMarks(tokenize('وسبق لديندياس أن زار طوكيو عندما كان وزيرا للخارجية')).background).toBe(true);
    expect(sentenceToTimeMarks(tokenize('وسبق للوزير أن أكد دعمه')).background).toBe(true);
    // batch 119's tamarisk-02 (Anadolu): a season called past, «في الخريف الماضي»
    expect(sentenceToTimeMarks(tokenize('وبأنه التقى في الخريف الماضي وزير الاقتصاد الكونغولي')).background).toBe(true);
    // batch 118's rowanberry-04 (Sada El Balad): «that visit» is the earlier one the paragraph before told
    expect(sentenceToTimeMarks(tokenize('وضم الوفد المرافق للنائبة في تلك الزيارة وزير الصناعة والتجارة')).background).toBe(true);
    expect(sentenceToTimeMarks(tokenize('وضم الوفد المرافق للنائبة في هذه الزيارة وزير الصناعة والتجارة')).background).toBe(false);
    expect(sentenceToTimeMarks(tokenize('وسبق اللقاء توقيع اتفاقية')).background).toBe(false);
    expect(sentenceToTimeMarks(tokenize('وكان اللقاء مثمرا وقال الوزير إنه راض')).background).toBe(false);
  });
  // batch 24's holm-05 (Al Khaleej): «آنذاك» tells of the earlier visit the dialogue came out of; the waiting set's
  // peach-04, walnut-04, hornbeam-03, eglantine-08, elderberry-03, miro-03: a word of «at that time» («في حينه»,
  // «حينها», «آنذاك») tells an earlier occasion even where the sentence's verb is one of talks
  test.each([
    ['وجاء إطلاق الحوار ثمرة للإعلان المشترك الذي صدر آنذاك عقب محادثاته مع نظيره الياباني شينزو آبي', true],
    ['وفي نوفمبر من العام ذاته التقى تكاتشينكو وزير الخارجية الياباني في حينه يوشيماسا هاياشي في بانكوك', true],
    ['وبحث مع رئيس الوزراء الياباني حينها يوشيهيكو نودا سبل التعاون', true],
    ['والتقى الرئيس آنذاك لي ميونغ-باك رئيس الوزراء الياباني في كيوتو', true],
    ['وأكد الوزير وقتها التزام بلاده بالإسهام في استقرار المنطقة', true],
    ['وفي نوفمبر التقى تكاتشينكو وزير الخارجية الياباني يوشيماسا هاياشي في بانكوك', false],
    ['وفي حين أكد الوزير التزام بلاده، دعا نظيره إلى الحوار', false],
  ])('a word of «at that time» marks background, talks or not, in the lede too: %s', (text, background) => {
    expect(sentenceToTimeMarks(tokenize(text), true).background).toBe(background);
    expect(sentenceToTimeMarks(tokenize(text), false).background).toBe(background);
  });
  // tarn-04 (Oman Daily): a minister's honorifics and long name between «وكان» and «قد», told late in the article;
  // west-05 (BBC Arabic): right after the lede, a long pluperfect fills in the meeting the lede refers to
  test('a long subject between «وكان» and «قد» marks background past the paragraph after the lede only', () => {
    const tokens = tokenize('وكان معالي السيد بدر بن سعود بن حارب البوسعيدي الوزير المسؤول عن شؤون الدفاع قد استقبل نائب وزير الخارجية الياباني');
    expect(sentenceToTimeMarks(tokens, true, true).background).toBe(true);
    expect(sentenceToTimeMarks(tokens, true, false).background).toBe(false);
    expect(articleToSentences({ title: 'عنوان', paragraphs: ['الفقرة الأولى.', 'الفقرة الثانية.', 'وكان معالي السيد بدر بن سعود بن حارب البوسعيدي الوزير المسؤول عن شؤون الدفاع قد استقبل الوفد.'] }).at(-1)!.background).toBe(true);
    expect(articleToSentences({ title: 'عنوان', paragraphs: ['الفقرة الأولى.', 'وكان معالي السيد بدر بن سعود بن حارب البوسعيدي الوزير المسؤول عن شؤون الدفاع قد استقبل الوفد.'] }).at(-1)!.background).toBe(false);
  });
  // batch 60's vervain-06 (WAM) and batch 56's furze-01: a prince's honorifics, name and two offices, sixteen words
  // between «وكان» and «قد», late in the article
  test('a subject of sixteen words between «وكان» and «قد» still marks background late in the article', () => {
    const tokens = tokenize('وكان صاحب السمو الشيخ محمد بن زايد آل نهيان، ولي عهد أبوظبي نائب القائد الأعلى للقوات المسلحة، قد استقبل وزير الخارجية الياباني في أبوظبي');
    expect(sentenceToTimeMarks(tokens, true, true).background).toBe(true);
  });
  // dune-05 (Al-Araby Al-Jadeed): «منتدى "مستقبل آسيا"» in the lede made it a plan, and a background month dated the talks
  test('the noun «مستقبل» («the future of …») marks no plan; the adverb «مستقبلا» does', () => {
    expect(sentenceToTimeMarks(tokenize('عقد الوزير اليوم محادثات مع نظيره الذي يزور اليابان للمشاركة في منتدى "مستقبل آسيا"')).future).toBe(false);
    expect(sentenceToTimeMarks(tokenize('وبحث الجانبان مستقبل العلاقات بين البلدين')).future).toBe(false);
    expect(sentenceToTimeMarks(tokenize('واتفقا على عقد جولة ثانية مستقبلا')).future).toBe(true);
    // batch 118's mahogany-03 (Youm7): a visit hoped for «in the near future», past the lede; in the lede it is weak
    expect(sentenceToTimeMarks(tokenize('وأعرب الجانب الياباني عن تطلع طوكيو إلى استقبال الرئيس في المستقبل القريب')).future).toBe(true);
    expect(sentenceToTimeMarks(tokenize('وأعرب الجانب الياباني عن تطلع طوكيو إلى استقبال الرئيس في المستقبل القريب'), false).future).toBe(false);
  });
  test('an agreement to go on holding a body\'s meetings is a plan, not this meeting', () => {
    // grove-01: «واتفق الجانبان على مواصلة عقد اجتماعات «اللجنة المشتركة رفيعة المستوى …»» after a summit over lunch
    expect(sentenceToTimeMarks(tokenize('واتفق الجانبان على مواصلة عقد اجتماعات اللجنة المشتركة رفيعة المستوى')).future).toBe(true);
  });

  test('marks a planned meeting as future', () => {
    expect(sentenceToTimeMarks(tokenize('يعقد الاجتماع المقبل في طوكيو'))).toEqual({ background: false, future: true });
  });
  test('agreeing to seek a meeting is a plan; agreeing to seek a solution is the talks themselves', () => {
    expect(sentenceToTimeMarks(tokenize('واتفق الجانبان على السعي إلى عقد قمة في أقرب فرصة'), false).future).toBe(true);
    expect(sentenceToTimeMarks(tokenize('واتفقا على السعي لعقد لقاء مباشر'), false).future).toBe(true);
    expect(sentenceToTimeMarks(tokenize('اتفق وزير الخارجية ونظيره الياباني مساء اليوم على السعي إلى حل سريع لقضية التعويضات'), false).future).toBe(false);
  });
  test('reads "earlier today" as today', () => {
    expect(sentenceToTimeMarks(tokenize('التقى الوزيران في وقت سابق اليوم'))).toEqual({ background: false, future: false });
  });
  test('a meeting verb in the imperfect past the lede tells a plan or another day of the visit, but not after «أن»', () => {
    // compass-09, equinox-12, east-04: «يعقد كيشيدا مباحثات مع نظيره في وقت لاحق», «ويلتقي إيشيبا على هامش المؤتمر …»
    expect(sentenceToTimeMarks(tokenize('وفي وقت لاحق من اليوم ذاته، يعقد الوزير مباحثات مع نظيره')).future).toBe(true);
    expect(sentenceToTimeMarks(tokenize('ويلتقي رئيس الوزراء على هامش المؤتمر عشرات القادة')).future).toBe(true);
    expect(sentenceToTimeMarks(tokenize('ويلتقي رئيس الوزراء على هامش المؤتمر عشرات القادة'), false).future).toBe(false);
    // «قبل أن يعقد الجانبان جلسة مباحثات» tells the talks that followed the welcome
    expect(sentenceToTimeMarks(tokenize('واستقبل الرئيس ضيفه بمراسم رسمية قبل أن يعقد الجانبان جلسة مباحثات')).future).toBe(false);
  });

  // moss-08, moor-05, marsh-08: the programme of a visit («ويتضمن برنامج الزيارة لقاء …») tells meetings to come
  test('reads a visit\'s programme as planned, past the lede', () => {
    expect(sentenceToTimeMarks(tokenize('ويتضمن برنامج زيارة الوزير لليابان وزيارتي مجاملة لرئيس الوزراء ورئيس مجلس النواب'))).toEqual({ background: false, future: true });
    expect(sentenceToTimeMarks(tokenize('ويتضمن برنامجها مباحثات معه يعقبها عشاء عمل'))).toEqual({ background: false, future: true });
    expect(sentenceToTimeMarks(tokenize('ويتضمن برنامج الزيارة لقاء مع الإمبراطور'), false).future).toBe(false);
  });
  test('ignores weak markers in the title and lede', () => {
    expect(sentenceToTimeMarks(tokenize('وتأتي الجولة الثالثة استكمالا للجولات السابقة'), false)).toEqual({ background: false, future: false });
    expect(sentenceToTimeMarks(tokenize('وتأتي الجولة الثالثة استكمالا للجولات السابقة'))).toEqual({ background: true, future: false });
  });
  test('ignores weak markers in a sentence that tells talks in the past tense', () => {
    expect(sentenceToTimeMarks(tokenize('عقدت الجولة الثالثة استكمالا للجولات السابقة'))).toEqual({ background: false, future: false });
    expect(sentenceToTimeMarks(tokenize('بحثت الوزيرتان التعاون ووجهت كاميكاوا دعوة لزيارة اليابان في مارس المقبل'))).toEqual({ background: false, future: false });
    expect(sentenceToTimeMarks(tokenize('ومن المقرر أن يلتقي الوزيران الشهر المقبل'))).toEqual({ background: false, future: true });
  });
  // batch 72's coriander-01 (IRNA) and 250 pages of the corpora: «من المقرر» behind «و», as «ومن المنتظر» is listed
  test('a plan told with «ومن المقرر» and no other marker', () => {
    expect(sentenceToTimeMarks(tokenize('ومن المقرر أن يجري الرئيس خاتمي اليوم الأربعاء محادثات رسمية مع رئيس الوزراء'))).toEqual({ background: false, future: true });
    expect(sentenceToTimeMarks(tokenize('من المقرر أن يجري الرئيس خاتمي اليوم الأربعاء محادثات رسمية مع رئيس الوزراء'))).toEqual({ background: false, future: true });
  });
  // development heron-05 and batch 209's hackberry-04 (MAP): the Maghreb press's «ومن المرتقب أن» tells a meeting to come
  test('a plan told with «من المرتقب أن», as «من المتوقع أن»', () => {
    expect(sentenceToTimeMarks(tokenize('ومن المرتقب أن يجري الوزير غدا الجمعة مباحثات مع نظيره الياباني'))).toEqual({ background: false, future: true });
    expect(sentenceToTimeMarks(tokenize('من المرتقب أن يلتقي الوزير الأمين العام للأمم المتحدة'))).toEqual({ background: false, future: true });
  });
  test('does not count generic or weekday phrases', () => {
    expect(sentenceToTimeMarks(tokenize('التقى الوزيران يوم الثلاثاء الماضي لبحث التعاون في السنوات المقبلة'))).toEqual({ background: false, future: false });
  });
});

describe('articleToSentences', () => {
  test('puts the title first and numbers sentences in reading order', () => {
    const sentences = articleToSentences({ title: 'عنوان', paragraphs: ['جملة أولى. جملة ثانية.', 'فقرة ثانية'] });
    expect(sentences.map((sentence) => [sentence.index, sentence.paragraph, sentence.firstInParagraph])).toEqual([
      [0, -1, true],
      [1, 0, true],
      [2, 0, false],
      [3, 1, true],
    ]);
  });
});

describe('originalSpelling', () => {
  test('returns the written letters of a span, without diacritics', () => {
    const [sentence] = articleToSentences({ title: 'وعبّر إيويا عن تقديره', paragraphs: [] });
    const token = sentence!.tokens[1]!;
    expect(originalSpelling(sentence!, token.start, token.end)).toBe('إيويا');
  });
});

describe('sentenceToTimeMarks, what one side told the other', () => {
  // pair-114 (Al-Ahram Gate), pair-115 (Al-Eqtisadiah): the coming summit is what was told at the talks, which were held
  test.each([
    ['وأبلغ وزير الخارجية الياباني يوشيماسا هاياشي نظيره المصري سامح شكري خلال الاجتماع أن بلاده تعتزم أن تجعل من القمة المقرر عقدها في أغسطس المقبل فرصة'],
    ['أبلغت نائبة وزير الخارجية ماكيكو كيكوتا، الثلاثاء، وزير خارجية بورما، أن طوكيو تعتزم تقديم مساعدات'],
  ])('a time word in what was told marks neither the sentence a plan nor a past: %s', (text) => {
    const marks = sentenceToTimeMarks(tokenize(text), true, false, foldForMatching(text));
    expect(marks.future).toBe(false);
    expect(marks.background).toBe(false);
    // dates, places and formats from there on are what was told: the plan's boundary starts there
    expect(marks.planFrom).toBe(marks.toldFrom);
    expect(foldForMatching(text).slice(marks.toldFrom)).toMatch(/^ان /);
  });
  test('said to no one at the talks, the sentence is a plan', () => {
    const text = 'وقال الوزير إن بلاده تعتزم استضافة القمة في أغسطس المقبل';
    expect(sentenceToTimeMarks(tokenize(text), true, false, foldForMatching(text)).future).toBe(true);
  });
});

describe('articleToSentences, meetings told by what was handed over', () => {
  // waiting pages zedoary-01 (IRNA), nutmeg-08 (TAP): no word of a meeting, a letter or credentials handed over in person
  test.each([
    'خرازي يسلم كويزومي رسالة من الرئيس خاتمي',
    'تسلّم وزير الشؤون الخارجية محمد علي النفطي اليوم الخميس بمقر الوزارة نسخة من أوراق اعتماد السفير الياباني',
  ])('a sentence of something handed over in person tells a meeting: %s', (text) => {
    expect(articleToSentences({ title: text, paragraphs: [] })[0]!.meeting).toBe(true);
  });
});
