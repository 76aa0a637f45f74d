import { describe, expect, test } from 'vitest';
import { otherOccasionClauses } from './otherOccasionClauses.ts';
import { articleToSentences } from './sentences.ts';

/** The folded text from each clause start found to the sentence's end, cut to `words` words. */
const clausesIn = (text: string, words = 3) => {
  const sentence = articleToSentences({ title: 'عنوان', paragraphs: [text] })[1]!;
  return otherOccasionClauses(sentence).map((start) => sentence.norm.slice(start).split(' ').slice(0, words).join(' '));
};

describe('otherOccasionClauses', () => {
  test.each<[string, string, string[]]>([
    // batch 34's sage-06: the leaders' summit of the week before, its venue between pronoun and time
    ['a word of past time far after the pronoun', 'وترأس الحوار نائبا وزيري الخارجية، بعد أيام من القمة الأولى التي جمعت الرئيس الكوري الجنوبي لي جيه-ميونغ ورئيسة الوزراء اليابانية ساناي تاكايتشي على هامش منتدى التعاون الاقتصادي لدول آسيا والمحيط الهادئ (أبيك) في مدينة غيونغجو الأسبوع الماضي.', ['التي جمعت الرييس']],
    // batch 33's oast-06: a year in the clause
    ['a year in the clause', 'استذكر الوزيران البيان المشترك الذي صدر في 10 مارس 2006 خلال زيارة رئيس جمهورية أذربيجان إلهام علييف إلى اليابان.', ['الذي صدر في']],
    // batch 33's nook-01: «مطلع الشهر الجاري»
    ['early this month', 'نوه الوزير بالحوار الاستراتيجي الذي عقدت جولته الأولى في طوكيو مطلع الشهر الجاري بمشاركة وزير الخارجية عبداللطيف الزياني.', ['الذي عقدت جولته']],
    // the waiting set's knotgrass-05 and oxeye-03: the clause of a noun that a past time ends («العام الماضي، والتي …»)
    ['a clause right after the past time of its noun', 'وأشار إلى زيارة رئيس الوزراء السريلانكي إلى طوكيو العام الماضي، والتي وقع خلالها مع نظيره الياباني شينزو آبي إعلاناً مشتركاً.', ['والتي وقع خلالها']],
    ['… and after a year', 'وأشاد بزيارة الرئيس إلى طوكيو في فبراير 2015 التي قرر خلالها مع رئيس الوزراء الارتقاء بالعلاقات.', ['التي قرر خلالها']],
    // batch 34's tide-02 (Al-Ittihad style) and sage-06: a span of time before the clause's noun
    ['«بعد أسبوعين فقط من» before the noun', 'وجاءت القمة بعد أسبوعين فقط من اجتماع "2+2" الذي جمع عن بعد وزيري الخارجية والدفاع الأمريكيين أنتوني بلينكن ولويد أوستن بنظيريهما.', ['بعد اسبوعين فقط', 'الذي جمع عن']],
    // batch 37's lotus-07 (Anadolu) and development's «وتأتي زيارة الجعفري بعد أيام من زيارة …»: a sentence of coming
    // sets the story beside another occasion, told without a relative pronoun too
    ['«ويأتي الاتصال بعد أيام من» another call, to the sentence\'s end', 'ويأتي الاتصال بعد أيام من مكالمة هاتفية جرت في 3 أبريل بين رئيس الوزراء الياباني فوميو كيشيدا والرئيس الأوكراني فولوديمير زيلينسكي، أكد فيها كيشيدا أن موقف بلاده لن يتغير.', ['بعد ايام من', 'اكد فيها كيشيدا']],
    ['«وتأتي زيارة X بعد أيام من» another visit', 'وتأتي زيارة الجعفري بعد أيام من زيارة وزير الخارجية هوشيار زيباري إلى طوكيو.', ['بعد ايام من']],
    // the waiting set's tormentil-08 and toadflax-06: the verb of coming behind «كما»
    ['«كما يأتي بعد نحو ستة أشهر من زيارة» another visit', 'كما يأتي بعد نحو ستة أشهر من زيارة رئيس الوزراء الياباني فوميو كيشيدا لنيروبي، حيث أجرى محادثات مع الرئيس روتو.', ['بعد نحو سته', 'حيث اجري محادثات']],
    // the waiting set's groundsel-04: an aside between two commas, then «في أعقاب»
    ['«ويأتي هذا اللقاء، وهو …، في أعقاب القمة» another summit', 'ويأتي هذا اللقاء، وهو الأول من نوعه بين الوزيرين، في أعقاب القمة التي جمعت رئيس الوزراء توني أبوت بنظيره الياباني شينزو آبي في طوكيو.', ['اعقاب القمه التي']],
    ['one comma before the word of after opens nothing', 'ويأتي هذا اللقاء، بعد أيام من القمة بين الزعيمين.', []],
    // pairs66's pair-201 (Al Eqtisadiah): «غداة» (the day after), as «بعد»; «عشية» (the eve of), as «قبيل»
    ['«وجاء الاجتماع، …، غداة» another meeting', 'وجاء الاجتماع، الذي احتضنه أحد فنادق العاصمة، غداة جلسة المباحثات التي عقدها الملك سلمان بن عبدالعزيز مع رئيس الوزراء الياباني.', ['غداه جلسه المباحثات']],
    ['«ويأتي اللقاء عشية» another visit', 'ويأتي اللقاء عشية زيارة يقوم بها رئيس الوزراء الياباني إلى الرياض.', ['عشيه زياره يقوم']],
    ['«بعد» with no verb of coming before it opens nothing', 'واستقبل الرئيس الوزير بعد أيام من وصوله رئيس الوزراء.', []],
    ['«بعد أيام من» before the noun', 'وترأس الحوار نائبا الوزيرين بعد أيام من القمة التي جمعت الرئيس الكوري ورئيسة الوزراء اليابانية.', ['التي جمعت الرييس']],
    ['a span after «بعد» without «من» is no earlier occasion', 'وعقد الجانبان جولة ثانية بعد أسبوعين في الاجتماع الذي جمع الوزيرين.', []],
    // batch 36's fir-06 (Anadolu): a visit planned, told in a clause of the lede
    ['a word of a plan in a clause', 'بحثت الوزيرة مع نظيرها مساء الجمعة الترتيبات الخاصة بالزيارة التي يعتزم الرئيس جوكو ويدودو القيام بها.', ['التي يعتزم الرييس']],
    ['no past time: no clause', 'بحث الجانبان التعاون الذي يربط البلدين في مجالات الطاقة.', []],
    ['a past time outside any clause', 'وكان الوزير قد زار طوكيو الشهر الماضي.', []],
    ['a comma between pronoun and time ends the clause', 'بحث الجانبان الاتفاق الذي وقعه البلدان، كما تناولا زيارة الشهر الماضي.', []],
  ])('%s', (_, text, expected) => {
    expect(clausesIn(text)).toEqual(expected);
  });
  test('in the lede (no `past`) only a plan\'s clause counts: a past clause there may tell the event itself', () => {
    const sentence = articleToSentences({ title: 'عنوان', paragraphs: ['أشاد الوزير بالاجتماع الذي عقده الأسبوع الماضي مع نظيره، وبالزيارة التي يعتزم القيام بها.'] })[1]!;
    expect(otherOccasionClauses(sentence, false).map((start) => sentence.norm.slice(start).split(' ').slice(0, 2).join(' '))).toEqual(['التي يعتزم']);
  });
  // batch 162's calamansi-04 (Al-Sabah), pairs66's pair-201 and pair-202: no story tells its own event as last year's
  test.each<[string, string, string[]]>([
    ['a clause ending with «العام الماضي» counts in the lede too', 'بحث وزير الخارجية الياباني مع نظيره البرازيلي، في أول لقاء ضمن الآلية التي اتفق عليها الجانبان خلال زيارة رئيس الوزراء شينزو آبي إلى البرازيل العام الماضي.', ['التي اتفق']],
    ['… and one with «السنة الماضية»', 'التقى وزيرا الخارجية، تنفيذاً للتفاهمات التي توصل إليها الزعيمان في هامبورغ السنة الماضية، في سيول.', ['التي توصل']],
    ['«الشهر الماضي» in the lede may still be the event\'s', 'عقد الوزيران الاجتماع الذي جرى الشهر الماضي في طوكيو.', []],
  ])('%s', (_, text, expected) => {
    const sentence = articleToSentences({ title: 'عنوان', paragraphs: [text] })[1]!;
    expect(otherOccasionClauses(sentence, false).map((start) => sentence.norm.slice(start).split(' ').slice(0, 2).join(' '))).toEqual(expected);
  });
});
