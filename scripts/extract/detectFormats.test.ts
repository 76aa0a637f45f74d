import { describe, expect, test } from 'vitest';
import type { RoleLevel } from '../../src/data/index.ts';
import { detectFormats } from './detectFormats.ts';
import { levelsToFormat } from './levelsToFormat.ts';
import { articleToSentences } from './sentences.ts';

const formatsOf = (title: string, paragraphs: string[], host?: string) => detectFormats(articleToSentences({ title, paragraphs }), undefined, host);

describe('detectFormats', () => {
  // batch 66's wormwood-01 (Koizumi–Musharraf): the calls before the first summit are told in a clause of what came before
  test('a call in a clause of what came before («بعدما تبادلا الحديث عبر الهاتف») makes no phone call of a summit', () => {
    const paragraphs = (clause: string) => ['اتفق رئيس الوزراء الياباني والرئيس الباكستاني أمس في طوكيو على إطلاق حوار أمني خلال أول قمة بينهما.', `وهذه هي المرة الأولى التي يلتقي فيها الزعيمان وجهاً لوجه، ${clause} عبر الهاتف مرتين منذ سبتمبر الماضي.`];
    expect(formatsOf('كويزومي ومشرف في أول قمة بينهما', paragraphs('بعدما تبادلا الحديث')).formats).not.toContain('phone-call');
    expect(formatsOf('كويزومي ومشرف في أول قمة بينهما', paragraphs('بعد أن تبادلا الحديث')).formats).not.toContain('phone-call');
    expect(formatsOf('كويزومي ومشرف يتبادلان الحديث', ['تبادل رئيس الوزراء الياباني والرئيس الباكستاني أمس الحديث عبر الهاتف بشأن الأوضاع الإقليمية.']).format).toBe('phone-call');
  });
  // the waiting set's peach-02 and elder-04, pairs79's pair-227 and pair-228: a mechanism named in a clause of another
  // time («عشية اجتماع 2+2», «غداة قمة X - Y», «وسبقت المباحثات … مشاورات سياسية») is not the meeting's
  test('a format word in a clause of another time names no format of the meeting', () => {
    const eve = formatsOf('وزيرا خارجية اليابان وإندونيسيا يبحثان في طوكيو أزمة ميانمار عشية اجتماع «2+2»', ['بحث وزير الخارجية الياباني توشيميتسو موتيجي مع نظيرته الإندونيسية ريتنو مارسودي، اليوم الاثنين، في طوكيو أزمة ميانمار، عشية اجتماع «2+2» لوزراء الخارجية والدفاع في البلدين.']);
    expect(eve.formats).not.toContain('2+2-ministerial');
    expect(formatsOf('هاياشي وبوي ثانه سون يبحثان في طوكيو الشراكة غداة قمة كيشيدا - فام مينه تشينه', ['عقد وزير الخارجية الياباني يوشيماسا هاياشي اليوم في طوكيو مباحثات مع نظيره الفيتنامي بوي ثانه سون.']).formats).not.toContain('summit');
  });
  // the waiting set's horseradish-05 and batch 200's lakoocha-03: the visit an invitation asks for («دعوة … لزيارة
  // رسمية», «دعوة … للقيام بزيارة رسمية») is not the meeting's format
  test('the visit an invitation asks for names no format', () => {
    const call = formatsOf('سفير اليابان يسلّم الرئيس السريلانكي دعوة رسمية لزيارة طوكيو', ['سلّم سفير اليابان لدى سريلانكا أكيو إيسوماتا صباح الخميس الرئيس السريلانكي أنورا كومارا ديساناياكا دعوة من حكومة بلاده للقيام بزيارة رسمية إلى اليابان.']);
    expect(call.formats).not.toContain('official-visit');
    expect(formatsOf('رئيس الوزراء يبدأ زيارة رسمية إلى اليابان', ['بدأ رئيس الوزراء السريلانكي اليوم زيارة رسمية إلى اليابان يلتقي خلالها نظيره الياباني.']).formats).toContain('official-visit');
  });
  // batch 69's clove-04 (Petra): the definite «الاتصال الهاتفي» is a call; development holm-09 (Stockholm lunch): the
  // call it heads a clause of past time of («… الذي جمعها ببيلستروم الشهر الماضي») came before
  test('«الاتصال الهاتفي» tells a call, unless it heads a clause of past time past the lede', () => {
    expect(formatsOf('الملك يحذر في اتصال مع رئيس وزراء اليابان', ['أكد جلالة الملك عبدالله الثاني، خلال الاتصال الهاتفي الذي تلقاه أمس الاثنين من رئيس الوزراء الياباني فوميو كيشيدا، أن المنطقة تمر بمرحلة خطيرة.']).format).toBe('phone-call');
    const lunch = formatsOf('كاميكاوا وبيلستروم يبحثان التعاون على غداء عمل', ['عقدت وزيرة الخارجية اليابانية يوكو كاميكاوا أمس في ستوكهولم غداء عمل مع نظيرها السويدي توبياس بيلستروم.', 'وأبدت كاميكاوا سرورها بزيارة ستوكهولم بعد الاتصال الهاتفي الذي جمعها ببيلستروم الشهر الماضي.']);
    expect(lunch.formats).not.toContain('phone-call');
  });
  // batch 34's vale-08 (IANS style): a ministerial energy dialogue held by video is that dialogue, the call its second format
  test('a mechanism the title says was held by video is the format, the call the second; a mechanism named beside a call later is not', () => {
    const video = formatsOf('الهند واليابان تعقدان حوار الطاقة الوزاري عبر الفيديو', ['جددت الهند واليابان أمس التزامهما بأمن الطاقة خلال حوار الطاقة الذي عقد عبر الفيديو.']);
    expect(video.formats.slice(0, 2)).toEqual(['economic-dialogue', 'phone-call']);
    expect(video.remote).toBe(true);
    const summit = formatsOf('بايدن وكيشيدا يعقدان أول قمة عبر الفيديو', ['عقد الرئيس الأمريكي ورئيس الوزراء الياباني قمة افتراضية عبر الفيديو استمرت ساعة.', 'وجاءت القمة بعد أسبوعين من اجتماع "2+2" الذي جمع عن بعد وزيري الخارجية والدفاع في البلدين.']);
    expect(summit.format).toBe('phone-call');
  });
  // batch 36's gorse-05 (Al-Rai): the headline's bare «2+2», the lede's «على مستوى كبار المسؤولين»
  test('a 2+2 whose level the lede gives (senior officials) outweighs the headline\'s bare «2+2»', () => {
    const found = formatsOf('الهند واليابان تطلقان أول حوار «2+2» لتعزيز التعاون ضد الإرهاب', ['عقدت الهند واليابان أمس في نيودلهي أولى جولات حوار «2+2» على مستوى كبار المسؤولين في وزارتي الخارجية والدفاع.']);
    expect(found.format).toBe('2+2-vice-ministerial');
    expect(formatsOf('اليابان وبريطانيا تعقدان حوار «2+2»', ['عقد وزيرا الخارجية والدفاع في البلدين أمس اجتماع «2+2» في لندن.']).format).toBe('2+2-ministerial');
  });
  // batch 91's hogweed-05 (Al-Khaleej): the 2+2 «الذي يجمع كبار المسؤولين في وزارتي الخارجية والدفاع», no «مستوى»
  test('a 2+2 that brings together the two ministries\' senior officials is the vice-ministerial one', () => {
    const found = formatsOf('الهند واليابان تعقدان الجولة الثانية من حوار 2+2 في طوكيو', ['عقدت الهند واليابان، اليوم الاثنين في طوكيو، الجولة الثانية من حوارهما الأمني المعروف بصيغة "2+2"، الذي يجمع كبار المسؤولين في وزارتي الخارجية والدفاع.']);
    expect(found.format).toBe('2+2-vice-ministerial');
  });
  // the waiting set's dodder-05 (a ministers' 2+2 being prepared) and knotgrass-07 (one followed up): consultations of the
  // two ministries' senior officials are the vice-ministerial 2+2, whatever 2+2 of ministers they prepare or follow
  test('consultations of senior officials of both the foreign and defence ministries are a vice-ministerial 2+2', () => {
    expect(formatsOf('مشاورات أمنية فرنسية يابانية في طوكيو تمهيداً لاجتماع "2+2" الوزاري', ['عقد كبار المسؤولين في وزارتي الخارجية والدفاع في كل من فرنسا واليابان الثلاثاء في طوكيو جولة من المشاورات السياسية والعسكرية.']).format).toBe('2+2-vice-ministerial');
    expect(formatsOf('مسؤولون كبار من وزارتي الخارجية والدفاع في ألمانيا واليابان يعقدون جولة مشاورات في طوكيو لمتابعة أول اجتماع بصيغة "2+2" بين وزراء البلدين', ['عقدت ألمانيا واليابان أمس في طوكيو جولة من المشاورات حول السياسة الخارجية والأمنية على مستوى المديرين السياسيين في وزارتي الخارجية والدفاع.']).format).toBe('2+2-vice-ministerial');
    // (senior officials of both ministries at a summit make no 2+2)
    expect(formatsOf('قمة يابانية فرنسية في باريس', ['عقد رئيس الوزراء الياباني والرئيس الفرنسي قمة في باريس بحضور كبار المسؤولين في وزارتي الخارجية والدفاع.']).format).toBe('summit');
  });
  // batch 36's hazel-05 (Al-Alam): political consultations «على مستوى مساعدي وزيري الخارجية»
  test('political consultations of the two foreign ministers\' assistants or deputies are a vice-ministerial dialogue, no foreign ministers\' meeting', () => {
    const found = formatsOf('الجولة السادسة والعشرون من المشاورات السياسية بين طهران وطوكيو على مستوى مساعدي وزيري الخارجية', ['عقدت في طهران الجولة السادسة والعشرون من المشاورات السياسية بين إيران واليابان.']);
    expect(found.format).toBe('vice-ministerial-dialogue');
    expect(found.formats).not.toContain('foreign-ministers-meeting');
    expect(formatsOf('وزيرا الخارجية يبحثان التعاون', ['التقى وزيرا الخارجية في البلدين أمس في طوكيو.']).format).toBe('foreign-ministers-meeting');
  });
  // batch 38's pine-10 (Sri Lanka): «حوار السياسات بين وزارتي خارجية البلدين»; dev rill-08: a defence policy dialogue of deputies
  test('a policy dialogue «حوار السياسات» between the foreign ministries, or of deputy ministers, is a vice-ministerial dialogue', () => {
    expect(formatsOf('حوار السياسات الثالث بين سريلانكا واليابان يبحث الديون', ['عقدت سريلانكا واليابان أمس في كولومبو الجولة الثالثة من حوار السياسات بين وزارتي خارجية البلدين.']).format).toBe('vice-ministerial-dialogue');
    expect(formatsOf('فيتنام واليابان تعقدان الجولة السابعة من حوار السياسات الدفاعية', ['عقدت فيتنام واليابان اليوم في هانوي الجولة السابعة من حوار السياسات الدفاعية على مستوى نواب وزراء الدفاع.']).format).toBe('vice-ministerial-dialogue');
  });
  // waiting lupin-05, pair-108 and batch 48's primrose-07; development's east-11, brook-08, holm-05 label the same
  test('a maritime dialogue or consultations mechanism is a joint working group, held in person or by video', () => {
    expect(formatsOf('الفلبين واليابان تعقدان الاجتماع السادس للحوار البحري في مانيلا', ['عقدت الفلبين واليابان اليوم في مانيلا الاجتماع السادس للحوار البحري بين البلدين.']).format).toBe('joint-working-group');
    const video = formatsOf('سريلانكا واليابان تبحثان عبر الفيديو الأمن البحري', ['عقدت سريلانكا واليابان اليوم عبر الفيديو الجولة الرابعة من «حوار الأمن والسلامة البحرية والقضايا المحيطية».']);
    expect(video.formats.slice(0, 2)).toEqual(['joint-working-group', 'phone-call']);
  });
  // a named mechanism the title or lede tells, of the corpora's pages that needed it: development holm-05 and waiting
  // toadflax-06 («البحريين»), oleaster-08 and cudweed-08 (military), selfheal-03 and selfheal-04 (cyber): standing
  // dialogues of senior officials on one field; sanicle-03, knotgrass-03, pignut-03, ramsons-01, and batch 95's
  // woodruff-01 and bugbane-04 («أولى جولات»): rounds of negotiations of an agreement, held by negotiators;
  // dewberry-05 and pennyroyal-03: a joint study group; eyebright-02, sanicle-02, loosestrife-05 and hellebore-03: the
  // foreign ministries' human rights dialogue; larch-06, anise-05 and tarragon-03: a joint committee of trade or
  // industry; horseradish-04 and loosestrife-02: the energy dialogue with two nisbas between its words
  test.each([
    ['سريلانكا واليابان تطلقان حواراً بحرياً', 'عقدت سريلانكا واليابان اليوم في كولومبو الجولة الأولى من حوار ثنائي مخصص للأمن والسلامة البحريين.', 'joint-working-group'],
    ['قطر واليابان تعقدان الحوار العسكري الثاني في طوكيو', 'عقدت اليوم في طوكيو الجولة الثانية من الحوار العسكري بين القوات المسلحة القطرية وقوات الدفاع الذاتي اليابانية.', 'joint-working-group'],
    ['حوار بين العسكريين في أوتاوا', 'عقد في أوتاوا أمس الاجتماع الثالث عشر للحوار بين العسكريين في كندا واليابان.', 'joint-working-group'],
    ['الهند واليابان تعقدان الجولة الخامسة من الحوار السيبراني', 'عقدت الهند واليابان اليوم في طوكيو الجولة الخامسة من الحوار السيبراني بين البلدين.', 'joint-working-group'],
    // the waiting set's seventeen consultations or dialogues of officials on one field (radish-07, seablite-01,
    // marshwort-01: disarmament and non-proliferation; lousewort-01, sneezewort-06: counter-terrorism; bellwort-04,
    // liverwort-06: cyber; sneezeweed-02, knawel-02: space), standing groups as the cyber dialogue is (development's
    // levant-11 labels so too); two other pages label Iran's disarmament consultations a vice-ministerial dialogue
    ['مصر واليابان تعقدان جولة جديدة من مشاورات نزع السلاح ومنع الانتشار', 'عقدت مصر واليابان اليوم في القاهرة جولة جديدة من المشاورات الثنائية في مجال نزع السلاح ومنع الانتشار.', 'joint-working-group'],
    ['تركيا واليابان تعقدان جولة جديدة من المشاورات حول مكافحة الإرهاب', 'عقدت تركيا واليابان اليوم في أنقرة جولة جديدة من المشاورات الثنائية حول مكافحة الإرهاب.', 'joint-working-group'],
    ['ألمانيا واليابان تعقدان الجولة الثانية من مشاوراتهما حول الفضاء السيبراني', 'عقدت ألمانيا واليابان اليوم الجولة الثانية من مشاوراتهما حول الفضاء السيبراني.', 'joint-working-group'],
    ['الهند واليابان تعقدان حوار الفضاء', 'عقدت الهند واليابان اليوم في نيودلهي الاجتماع الثاني لحوار الفضاء بين البلدين.', 'joint-working-group'],
    // batch 99's jewelweed-05 and batch 100's nightshade-02 (Xinhua, CRI): consultations on the East China Sea, a sea's
    // affairs as the maritime consultations are, in a round («جولة مشاورات») as in a session
    ['الصين واليابان تعقدان الجولة الثامنة من المشاورات حول بحر الصين الشرقي في بكين', 'عقدت الصين واليابان صباح اليوم الجولة الثامنة من مشاوراتهما حول قضايا بحر الصين الشرقي.', 'joint-working-group'],
    ['الصين واليابان تعقدان في بكين أول جولة مشاورات حول قضايا بحر الصين الشرقي', 'عقدت الصين واليابان اليوم في بكين جولة مشاورات هي الأولى من نوعها بينهما حول القضايا المتعلقة ببحر الصين الشرقي.', 'joint-working-group'],
    ['تنزانيا واليابان تطلقان مفاوضات اتفاقية للاستثمار', 'انطلقت اليوم في دار السلام الجولة الأولى من المفاوضات الرسمية بين اليابان وتنزانيا حول اتفاقية ثنائية للاستثمار.', 'joint-working-group'],
    ['الجولة السابعة من مفاوضات التجارة الحرة بين أستراليا واليابان', 'بدأت في كانبيرا اليوم الجولة السابعة من المفاوضات حول اتفاق الشراكة الاقتصادية بين البلدين.', 'joint-working-group'],
    ['سيئول وطوكيو تطلقان مفاوضات التجارة الحرة', 'بدأت كوريا الجنوبية واليابان أمس في سيئول أولى جولات المفاوضات الحكومية الهادفة إلى إبرام اتفاقية للتجارة الحرة.', 'joint-working-group'],
    ['اليابان وتشيلي تدرسان جدوى اتفاق للتبادل الحر', 'شرع فريق دراسة مشترك ياباني تشيلي أمس في طوكيو في أعمال اجتماعه الأول المخصص لتقييم جدوى اتفاق للتبادل الحر.', 'joint-working-group'],
    ['منغوليا واليابان تواصلان دراسة اتفاق الشراكة', 'اختتمت اليوم في أولان باتور اجتماعات فريق الدراسة المشترك بين منغوليا واليابان حول جدوى اتفاق للشراكة الاقتصادية.', 'joint-working-group'],
    ['طهران وطوكيو تعقدان الجولة الخامسة من حوارهما حول حقوق الإنسان', 'عقدت إيران واليابان اليوم في طهران الجولة الخامسة من الحوار الثنائي حول حقوق الإنسان.', 'vice-ministerial-dialogue'],
    ['الحوار الإيراني الياباني لحقوق الإنسان يعقد جولته الثالثة عشرة', 'انعقدت في طهران أمس الدورة الثالثة عشرة من الحوار الإيراني الياباني لحقوق الإنسان.', 'vice-ministerial-dialogue'],
    ['فيتنام واليابان تبحثان التعاون الصناعي والتجاري', 'عقدت في هانوي اليوم أعمال الاجتماع السادس للجنة المشتركة للتعاون في الصناعة والتجارة والطاقة بين البلدين.', 'economic-dialogue'],
    ['اللجنة المشتركة تجتمع عبر الفيديو', 'انعقد اليوم الاجتماع الرابع للجنة المشتركة للصناعة والتجارة والطاقة عبر تقنية الاتصال المرئي.', 'economic-dialogue'],
    ['موسكو تستضيف اللجنة الحكومية', 'عقدت اللجنة الحكومية الروسية اليابانية المشتركة للقضايا التجارية والاقتصادية اجتماعها التاسع اليوم في موسكو.', 'economic-dialogue'],
    // batch 100's moonwort-07 (a Somali outlet on Kenya): the Business Dialogue, a public-private economic mechanism
    ['كينيا واليابان تعقدان الجولة الثالثة من «حوار الأعمال»', 'عقدت كينيا واليابان أمس في العاصمة نيروبي الجولة الثالثة من «حوار الأعمال» بين البلدين، وهي آلية مشتركة بين القطاعين العام والخاص.', 'economic-dialogue'],
    ['اليابان والهند تعقدان حوار سياسات الطاقة', 'عقد اليوم في طوكيو الاجتماع الوزاري الثالث للحوار الياباني الهندي حول سياسات الطاقة.', 'economic-dialogue'],
    // batch 97's arnica-04 (ENA) and the waiting set's dittany-03, yellowroot-07: the yearly dialogue on economic cooperation, its parties between
    ['إثيوبيا واليابان تعقدان الجولة الحادية عشرة من الحوار السنوي حول التعاون الاقتصادي', 'انطلقت في أديس أبابا اليوم أعمال الجولة الحادية عشرة من الحوار برئاسة وزير الدولة للمالية وسفير اليابان.', 'economic-dialogue'],
    ['وزير الاقتصاد الياباني في نيودلهي', 'ترأس وزير الاقتصاد الياباني ونائب رئيس لجنة التخطيط الهندية اليوم في نيودلهي الاجتماع السابع للحوار الهندي الياباني حول الطاقة.', 'economic-dialogue'],
    // the waiting set's borage-06, burdock-05, sneezeweed-06: India's and Japan's Act East Forum, a named joint body
    ['الهند واليابان تعقدان الاجتماع السادس لـ"منتدى التحرك شرقاً"', 'عقدت الهند واليابان أمس في نيودلهي الاجتماع المشترك السادس لـ"منتدى التحرك شرقاً" برئاسة وكيل وزارة الخارجية وسفير اليابان.', 'joint-working-group'],
    // the waiting set's quillwort-01, quillwort-07, mudwort-01 …: a dialogue of aid, development or business
    ['رواندا واليابان تعقدان جولة الحوار السنوي الخامسة حول المساعدات في كيغالي', 'عقدت رواندا واليابان أمس في كيغالي الجولة الخامسة من الحوار برئاسة وزيرة الخارجية وسفير اليابان.', 'economic-dialogue'],
    ['إثيوبيا واليابان تستأنفان حوار السياسات الاقتصادية', 'استأنفت وزارة المالية الإثيوبية والسفارة اليابانية اليوم في أديس أبابا الحوار بعد انقطاع سبع سنوات.', 'economic-dialogue'],
    ['اليابان وليبيريا تختتمان أول حوار للأعمال والاستثمار في منروفيا', 'اختتم في منروفيا أمس أول حوار بين البلدين بمشاركة ثماني شركات يابانية.', 'economic-dialogue'],
    // lupin-06 and hogweed-02: a dialogue on export controls; the consultations of an economic partnership
    ['كوريا الجنوبية واليابان تعقدان أول حوار حول الرقابة على الصادرات', 'عقدت كوريا الجنوبية واليابان أمس في سيئول أول حوار بينهما على مستوى المديرين العامين.', 'economic-dialogue'],
    ['الصين واليابان تعقدان اجتماعا رفيع المستوى لمشاورات الشراكة الاقتصادية في بكين', 'عقد نائبا وزيري خارجية البلدين اليوم في بكين الاجتماع.', 'economic-dialogue'],
    // mudwort-03 and dogwood-01: a dialogue on the business climate; a committee on fisheries, nisbas between its words
    ['كوت ديفوار واليابان تطلقان آلية حوار سنوية لتحسين مناخ الأعمال', 'أطلقت كوت ديفوار واليابان أمس في أبيدجان آلية الحوار بحضور وزير التجارة وسفير اليابان.', 'economic-dialogue'],
    ['انطلاق الدورة الـ29 للجنة الروسية اليابانية لمصايد الأسماك في طوكيو', 'انطلقت في طوكيو أمس أعمال الدورة التاسعة والعشرين للجنة بمشاركة وفدي البلدين.', 'joint-working-group'],
    // lilac-08 and batch 115's ebony-03: a round of the annual consultations on economic cooperation
    ['بوتان واليابان تعقدان الجولة الـ20 من المشاورات السنوية حول التعاون الاقتصادي', 'عقدت مملكة بوتان واليابان أمس الجولة العشرين من المشاورات في تيمفو.', 'joint-working-group'],
  ])('a named mechanism: %s → %s', (title, lede, format) => {
    expect(formatsOf(title, [lede]).format).toBe(format);
  });
  // development hale-06 and waiting cudweed-06: the politico-military dialogue is the ministries' political
  // consultations; meadowsweet-04: the negotiations the foreign ministers hold are their meeting
  test.each([
    ['كمبوديا واليابان تعقدان الجولة السابعة من الحوار السياسي العسكري', 'عقدت كمبوديا واليابان الجولة السابعة من الحوار السياسي العسكري بينهما يوم الاثنين في طوكيو.'],
    ['لافروف وكونو يبحثان معاهدة السلام', 'أجرى وزير الخارجية الروسي ونظيره الياباني في موسكو الجولة الثالثة من المفاوضات حول معاهدة السلام.'],
  ])('no joint working group: %s', (title, lede) => {
    expect(formatsOf(title, [lede]).format).not.toBe('joint-working-group');
  });
  // batch 47's hawthorn-08, dev quay-05: «ويبحثان الحوار …» is the subject; dev oast-05: «يبحثان هاتفيا» is a call
  test('a mechanism right after a verb of discussing is the talks\' subject; a call word there is how they talked', () => {
    const topic = formatsOf('وزير الخارجية يلتقي كبير أمناء مجلس الوزراء الياباني ويبحثان الحوار الاستراتيجي بين البلدين', ['التقى وزير الخارجية البحريني يوم الثلاثاء في طوكيو كبير أمناء مجلس الوزراء الياباني.']);
    expect(topic.formats).not.toContain('strategic-dialogue');
    expect(formatsOf('رئيسا وزراء اليابان وكندا يبحثان هاتفيا الرسوم الجمركية', ['بحث رئيس الوزراء الياباني ونظيره الكندي اليوم عددا من القضايا الاقتصادية.']).format).toBe('phone-call');
  });
  // waiting jessamine-01, mullein-08, bladderwort-05 and pairs86's pair-241: the Asia Cooperation Dialogue's ministerial
  test('«حوار» in the name of a multilateral gathering («منتدى حوار التعاون الآسيوي») names no dialogue of the two sides', () => {
    const forum = formatsOf('نائب وزير الخارجية الياباني يلتقي نظيره الطاجيكي في دوشنبه', ['التقى نائب وزير الخارجية الياباني نائب وزير الخارجية الطاجيكي على هامش اجتماع حوار التعاون الآسيوي في دوشنبه.']);
    expect(forum.formats).not.toContain('vice-ministerial-dialogue');
    const dialogue = formatsOf('نائب وزير الخارجية الياباني يلتقي نظيره الطاجيكي في دوشنبه', ['عقد نائب وزير الخارجية الياباني ونائب وزير الخارجية الطاجيكي في دوشنبه جولة الحوار السياسي بين البلدين.']);
    expect(dialogue.format).toBe('vice-ministerial-dialogue');
  });
  // corpora of 2026-12-04: two deputies with no mechanism named were a vice-ministerial dialogue on 38 of 46 pages
  test('two deputies who met with no mechanism named give a vice-ministerial dialogue on the basis an editor is asked to confirm', () => {
    const deputies = { all: new Map<string, Set<RoleLevel>>([['JP', new Set(['deputy'])], ['IN', new Set(['deputy'])]]) };
    const sentences = articleToSentences({ title: 'وكيل الخارجية الهندي يبحث في طوكيو العلاقات', paragraphs: ['التقى وكيل وزارة الخارجية الهندي نائب وزير الخارجية الياباني في طوكيو.'] });
    expect(detectFormats(sentences, deputies, 'JP')).toMatchObject({ format: 'vice-ministerial-dialogue', basis: 'deputies' });
    const named = articleToSentences({ title: 'الهند واليابان تعقدان حواراً على مستوى نواب الوزراء', paragraphs: ['عقد البلدان في طوكيو الحوار على مستوى نواب وزيري الخارجية.'] });
    expect(detectFormats(named, deputies, 'JP').basis).not.toBe('deputies');
  });
  // waiting pair-99, knotweed-01, lungwort-01, hollyhock-05 (labelled visits) against development dahlia-07, hawthorn-08
  // (labelled other): a foreign minister with another portfolio's minister is read as other, for an editor to confirm
  test('a foreign minister with a minister of another portfolio: other, on a basis an editor is asked to confirm', () => {
    const sentences = articleToSentences({ title: 'موتيغي وتراس يوقعان اتفاقية الشراكة الاقتصادية', paragraphs: ['وقع وزير الخارجية الياباني ووزيرة التجارة الدولية البريطانية اليوم في طوكيو اتفاقية الشراكة الاقتصادية الشاملة.'] });
    const levels = (guest: RoleLevel) => ({ all: new Map<string, Set<RoleLevel>>([['JP', new Set<RoleLevel>(['foreignMinister'])], ['GB', new Set<RoleLevel>([guest])]]) });
    expect(detectFormats(sentences, levels('economyMinister'), 'JP')).toMatchObject({ format: 'other', basis: 'portfolios' });
    expect(detectFormats(sentences, levels('defenceMinister'), 'JP')).toMatchObject({ format: 'other', basis: 'portfolios' });
    expect(detectFormats(sentences, levels('foreignMinister'), 'JP')).toMatchObject({ format: 'foreign-ministers-meeting', basis: 'levels' });
  });
  // waiting elder-06 (Al-Akhbar), fir-04 (Libya Observer style) and indigo-06 (Kenyan MFA): a courtesy call the title or
  // lede tells is one side calling on the other, no dialogue of the two ministries
  test.each([
    ['الأمين العام للخارجية يبحث في طوكيو التعاون مع اليابان', 'استقبل نائب وزير الخارجية الياباني يوم الخميس في طوكيو الأمين العام لوزارة الخارجية الموريتانية في زيارة مجاملة.'],
    ['وزير الدولة الياباني يستقبل القائم بالأعمال الليبي', 'استقبل وزير الدولة للشؤون الخارجية الياباني القائم بأعمال سفارة ليبيا، وذلك في زيارة تعارف بمقر الوزارة.'],
  ])('two deputies in a courtesy call the lede tells are no vice-ministerial dialogue: %s', (title, lede) => {
    const deputies = { all: new Map<string, Set<RoleLevel>>([['JP', new Set(['deputy'])], ['MR', new Set(['deputy'])]]) };
    expect(detectFormats(articleToSentences({ title, paragraphs: [lede] }), deputies, 'JP')).toMatchObject({ format: 'other', basis: 'convention' });
    // without the courtesy call's words the lede still tells one receiving the other (below); met, the two deputies hold a dialogue
    const withoutCall = lede.replace(/،? ?(?:وذلك )?في زيارة \S+/, '');
    expect(detectFormats(articleToSentences({ title, paragraphs: [withoutCall] }), deputies, 'JP')).toMatchObject({ format: 'other', basis: 'received' });
    expect(detectFormats(articleToSentences({ title: 'مباحثات في طوكيو', paragraphs: [withoutCall.replace('استقبل', 'التقى')] }), deputies, 'JP').format).toBe('vice-ministerial-dialogue');
  });
  // waiting bugloss-04, knapweed-08, marigold-05 (and agrimony-01, moonwort-02): a junior minister or deputy received only
  // by the host's deputy, no mechanism named, is «other» by the convention, a dialogue of deputies the alternative, for review
  test('two deputies, one received by the other and no mechanism named: other, a vice-ministerial dialogue the alternative', () => {
    const deputies = { all: new Map<string, Set<RoleLevel>>([['JP', new Set(['deputy'])], ['EG', new Set(['deputy'])]]) };
    const received = articleToSentences({ title: 'نائب وزير الخارجية للشئون الإفريقية يستقبل وزير الدولة الياباني', paragraphs: ['استقبل نائب وزير الخارجية للشئون الإفريقية اليوم الخميس بمقر الوزارة وزير الدولة الياباني للشئون الخارجية والوفد المرافق له.'] });
    expect(detectFormats(received, deputies, 'EG')).toMatchObject({ format: 'other', formats: ['other', 'vice-ministerial-dialogue'], basis: 'received' });
    // consultations the lede names are the dialogue, whoever received whom
    const consultations = articleToSentences({ title: 'مشاورات سياسية بين مصر واليابان', paragraphs: ['استقبل نائب وزير الخارجية اليوم وزير الدولة الياباني، وعقد الجانبان جولة المشاورات السياسية بين وزارتي الخارجية.'] });
    expect(detectFormats(consultations, deputies, 'EG').format).toBe('vice-ministerial-dialogue');
  });
  // next's dahlia-02, vale-01; dev glen-01, solstice-08: leaders who agree on a mechanism set it up, they do not hold it
  test('a mechanism the two sides agree on («يتفقان على حوار استراتيجي») is what the talks decided, not their format', () => {
    const agreed = formatsOf('الملك عبدالله الثاني وآبي يتفقان على حوار استراتيجي', ['بحث العاهل الأردني الملك عبدالله الثاني ورئيس الوزراء الياباني شينزو آبي أمس في طوكيو التعاون بين البلدين.']);
    expect(agreed.format).toBe('summit');
    expect(agreed.formats).not.toContain('strategic-dialogue');
    expect(formatsOf('الأردن واليابان تعقدان الحوار الاستراتيجي', ['عقد البلدان أمس في عمان الجولة الأولى من الحوار الاستراتيجي.']).format).toBe('strategic-dialogue');
  });
  // next's sage-03 (Al-Ahram style): sideLevels already passes over an office inside an absence frame; so do the words
  test('the offices of a letter\'s sender and of a leader who sent an envoy count for no summit', () => {
    const letter = formatsOf('وزير النقل يسلم رسالة من الرئيس السيسي لرئيس وزراء اليابان خلال لقائه كبير أمناء مجلس الوزراء', ['التقى وزير النقل اليوم في طوكيو كبير أمناء مجلس الوزراء الياباني.']);
    expect(letter.formats).not.toContain('summit');
    expect(formatsOf('الرئيس السيسي يلتقي رئيس وزراء اليابان', ['التقى الرئيس عبد الفتاح السيسي اليوم رئيس الوزراء الياباني في القاهرة.']).format).toBe('summit');
    // batch 59's teasel-07 (Youm7): the office that sent an envoy, in construct or behind «ل», as a woman's envoy too
    const envoy = formatsOf('ميلي يستقبل مبعوثة رئيس وزراء اليابان', ['استقبل الرئيس الأرجنتيني خافيير ميلي أمس في بوينس آيرس المبعوثة الخاصة لرئيس الوزراء الياباني أكيكو سانتو.']);
    expect(envoy.formats).not.toContain('summit');
  });
  // batch 36's elm-06 (VNA): «لجنة التعاون بين فيتنام واليابان», co-chaired by the two foreign ministers
  test('a cooperation committee «لجنة التعاون» holding its meeting is a joint body', () => {
    expect(formatsOf('فيتنام واليابان تعقدان الاجتماع السادس للجنة التعاون بين البلدين في هانوي', ['ترأس وزيرا الخارجية الاجتماع السادس للجنة التعاون بين فيتنام واليابان.']).format).toBe('joint-working-group');
  });
  // batch 108's butterbur-02 (Rwanda) and the waiting set's meadowrue-01 (Egypt): a policy dialogue on development aid,
  // held by a minister with the ambassador, is the named mechanism's
  test('a dialogue on development aid («حوار … المساعدات التنموية») is an economic dialogue, before who met', () => {
    expect(formatsOf('رواندا واليابان تعقدان الجولة السابعة من حوار السياسات وتتفقان على أولويات المساعدات التنموية', ['عقدت وزيرة الخارجية والتعاون لويز موشيكيوابو أمس مع السفير الياباني كونيو هاتاناكا الجولة السابعة من حوار السياسات السنوي بين البلدين.']).format).toBe('economic-dialogue');
    expect(formatsOf('المشاط وسفير اليابان يعقدان الاجتماع الثاني للحوار رفيع المستوى حول سياسات التعاون الإنمائي', ['عقدت وزيرة التعاون الدولي رانيا المشاط أمس مع سفير اليابان أوكا هيروشي الاجتماع الثاني للحوار رفيع المستوى.']).format).toBe('economic-dialogue');
  });
  test('reads a joint economic committee named with its nisbas between', () => {
    expect(formatsOf('اجتماع', ['ترأس الوزيران اجتماع اللجنة الحكومية الروسية اليابانية للشؤون التجارية والاقتصادية في موسكو.']).format).toBe('economic-dialogue');
    expect(formatsOf('اجتماع', ['عقدت اللجنة القطرية اليابانية الاقتصادية المشتركة اجتماعها في الدوحة.']).format).toBe('economic-dialogue');
    // four words between: pair-85 («المشتركة» too) and dev west-04 («المعنية بالقضايا التجارية»)
    expect(formatsOf('اجتماع', ['عقدت روسيا واليابان اجتماعا لرئيسي اللجنة الحكومية الروسية اليابانية المشتركة للشؤون التجارية والاقتصادية.']).format).toBe('economic-dialogue');
    expect(formatsOf('اجتماع', ['افتتح الوزيران أعمال الدورة الخامسة عشرة للجنة الحكومية الروسية اليابانية المعنية بالقضايا التجارية والاقتصادية.']).format).toBe('economic-dialogue');
    // batch 59's teasel-03 (RT Arabic): «المشتركة للتجارة والقضايا الاقتصادية», trade right after the joint body
    expect(formatsOf('اجتماع', ['عقدت اللجنة الحكومية الروسية اليابانية المشتركة للتجارة والقضايا الاقتصادية اليوم في طوكيو اجتماعها العاشر.']).format).toBe('economic-dialogue');
  });
  // inlet-09 (Echorouk): «يبحث في طوكيو تفعيل اللجنة الاقتصادية المشتركة», «اتفاق إنشاء اللجنة …»; compass-02's headline
  // «يتفقان … على إطلاق "حوار 2+2 اقتصادي"»
  test.each([
    ['activating and setting up a joint economic committee', 'الوزير وليد يبحث في طوكيو تفعيل اللجنة الاقتصادية المشتركة الجزائرية اليابانية', 'ورحب الوزير بدخول اتفاق إنشاء اللجنة الاقتصادية الحكومية المشتركة الجزائرية اليابانية حيز التنفيذ، معربا عن أمله في عقد الدورة الأولى لهذه اللجنة.'],
    ['launching an economic 2+2', 'الوزيران يتفقان على إطلاق "حوار 2+2 اقتصادي" بين البلدين', 'وقال الوزيران إنهما اتفقا على إطلاق "حوار 2+2 اقتصادي" قريبا.'],
  ])('a mechanism being set up is the talks\' subject, not their format: %s', (_, title, body) => {
    const found = formatsOf(title, ['استقبل وزير الدولة الياباني صبيحة أمس بطوكيو الوزير الضيف.', body]);
    expect(found.formats).not.toContain('economic-dialogue');
  });
  // batch 35's dyke-06 (Al Jazeera Net): a memo «تؤسس لمشاورات سياسية منتظمة بين وزارتي خارجية البلدين»
  test('political consultations a memo establishes («تؤسس لمشاورات …») are the talks\' subject, not their format', () => {
    const found = formatsOf('اليابان والبرتغال توقعان مذكرة للمشاورات السياسية', ['وقعت اليابان والبرتغال أمس في طوكيو مذكرة تؤسس لمشاورات سياسية منتظمة بين وزارتي خارجية البلدين، خلال محادثات أجراها وزيرا الخارجية.']);
    expect(found.format).not.toBe('vice-ministerial-dialogue');
  });
  // pair-31 (RT Arabic) and moor-04 (Hespress): deputies preparing a 2+2 or a joint committee's session
  test.each([
    ['preparing a 2+2', 'مورغولوف وموري يبحثان في طوكيو التحضير لاجتماع "2+2"', 'بحث نائب وزير الخارجية الروسي، اليوم في طوكيو، مع نائب وزير الخارجية الياباني، التحضير لانعقاد الجولة الجديدة من المشاورات بين البلدين بصيغة "2+2" على مستوى وزراء الخارجية والدفاع، والقمة المقبلة.', '2+2-ministerial'],
    ['preparing a joint committee', 'بوستة وساتو يمهدان بالرباط لانعقاد اللجنة المختلطة المغربية اليابانية', 'شكلت الاستعدادات الجارية لعقد الدورة الرابعة للجنة المختلطة المغربية اليابانية محور المباحثات التي جرت اليوم.', 'joint-working-group'],
  ])('a session being prepared is the talks\' subject, not their format: %s', (_, title, body, format) => {
    expect(formatsOf(title, [body]).formats).not.toContain(format);
    // past the clause of preparing, the mechanism is named for itself
    expect(formatsOf('اجتماع', ['بحث الجانبان التحضير للقمة المقبلة، وعقدا اجتماع "2+2" على مستوى وزراء الخارجية والدفاع.']).format).toBe('2+2-ministerial');
  });
  test('the same mechanism named without a word of setting up is the format', () => {
    const found = formatsOf('الوزير وليد يبحث في طوكيو أعمال اللجنة الاقتصادية المشتركة الجزائرية اليابانية', ['استقبل وزير الدولة الياباني صبيحة أمس بطوكيو الوزير الضيف.', 'ورحب الوزير بانعقاد اللجنة الاقتصادية الحكومية المشتركة الجزائرية اليابانية في دورتها الأولى.']);
    expect(found.format).toBe('economic-dialogue');
  });
  // moor-05 (Assabah News) and occident-11: a premier who «يشارك … عن بعد» in the multilateral summit, after «على أن»
  test('a format named in a plan\'s clause («على أن يشارك في الجلسات عن بعد») is not the meeting\'s', () => {
    const lede = 'التقى وزير الخارجية الياباني اليوم بالعاصمة تونس نظيره الغابوني.';
    const plan = 'ويحضر الوزير أشغال القمة مبعوثا لرئيس الوزراء، الذي تعذر عليه السفر، على أن يشارك في الجلسات عن بعد.';
    const found = formatsOf('وزير الخارجية الياباني يلتقي نظيره الغابوني', [lede, plan]);
    expect([found.formats.includes('phone-call'), found.remote]).toEqual([false, false]);
    // the same words told as what happened are the meeting's
    expect(formatsOf('وزير الخارجية الياباني يلتقي نظيره الغابوني', [lede, 'وشارك رئيس الوزراء في الجلسات عن بعد.']).remote).toBe(true);
  });
  // delta-12 (Kurdistan24), pair-26: a delegation or a minister received in a party's country, the host's office not a
  // level the table knows («رئيس حكومة إقليم كوردستان»), no format named: a visit when the event's sentences tell one,
  // else «other» (labelled other on 14 such pages of the corpora, a visit on 9, 2026-12-06), for review
  test('a meeting in a party\'s country that names no format is «other» or a visit, for review; on a multilateral\'s sidelines no visit', () => {
    const sentences = articleToSentences({ title: 'رئيس الحكومة يستقبل وفداً يابانياً', paragraphs: ['أربيل - استقبل رئيس حكومة الإقليم اليوم وفداً من وزارة الخارجية اليابانية برئاسة مسؤول قسم الشرق الأوسط.'] });
    const levels = { all: new Map<string, Set<RoleLevel>>([['JP', new Set(['deputy'])]]) };
    expect(detectFormats(sentences, levels)).toMatchObject({ format: 'other', basis: 'none' });
    expect(detectFormats(sentences, levels, 'IQ')).toMatchObject({ format: 'other', formats: ['other', 'official-visit'], basis: 'hosted' });
    // a visit told in the event's sentences: the visit first
    const visit = articleToSentences({ title: 'رئيس الحكومة يستقبل وفداً يابانياً', paragraphs: ['أربيل - استقبل رئيس حكومة الإقليم اليوم وفداً من وزارة الخارجية اليابانية برئاسة مسؤول قسم الشرق الأوسط.', 'وبحث الجانبان خلال اللقاء التعاون.', 'وقال الوفد إن الزيارة تهدف إلى تعزيز العلاقات.'] });
    expect(detectFormats(visit, levels, 'IQ')).toMatchObject({ format: 'official-visit', formats: ['official-visit', 'other'], basis: 'hosted' });
    const sidelines = articleToSentences({ title: 'رئيس الحكومة يستقبل وفداً يابانياً على هامش المؤتمر', paragraphs: ['استقبل رئيس الحكومة اليوم على هامش المؤتمر الدولي وفداً من وزارة الخارجية اليابانية.'] });
    expect(detectFormats(sidelines, levels, 'IQ').format).toBe('other');
  });
  // batch 75's angelica-05 (WAM) and batch 76's jessamine-03: a guest in town for a conference, met on its sidelines,
  // told with words of his visit («الذي يزور الدولة للمشاركة في أعمال المؤتمر»): the words of a visit decide nothing
  test('words of a visit on a multilateral\'s sidelines make no visit', () => {
    const paragraphs = ['التقى سمو الشيخ عبدالله بن زايد آل نهيان وزير الخارجية اليوم معالي كينتارو سونورا نائب وزير الخارجية الياباني، الذي يزور الدولة للمشاركة في أعمال المؤتمر الدولي لحماية التراث.'];
    const levels = { all: new Map<string, Set<RoleLevel>>([['AE', new Set(['foreignMinister'])], ['JP', new Set(['deputy'])]]) };
    expect(detectFormats(articleToSentences({ title: 'عبدالله بن زايد يلتقي نائب وزير الخارجية الياباني على هامش مؤتمر حماية التراث', paragraphs }), levels, 'AE').format).toBe('other');
    // (not on the sidelines: his visit)
    expect(detectFormats(articleToSentences({ title: 'عبدالله بن زايد يلتقي نائب وزير الخارجية الياباني', paragraphs: ['التقى سمو الشيخ عبدالله بن زايد آل نهيان وزير الخارجية اليوم معالي كينتارو سونورا نائب وزير الخارجية الياباني، الذي يزور الدولة حاليا.'] }), levels, 'AE').format).toBe('official-visit');
  });
  // development pair-66 and horizon-12, waiting lilac-07 and batch 75's dandelion-08: a guest in town to take part in a
  // conference or a ceremony, received by the host's leader: no visit of his, «other»
  test('a guest in town for a multilateral meeting makes no visit', () => {
    const levels = { all: new Map<string, Set<RoleLevel>>([['JP', new Set(['leader'])], ['ZW', new Set(['deputy'])]]) };
    const sentences = (clause: string) => articleToSentences({ title: 'كيشيدا يستقبل مسؤولاً زيمبابوياً', paragraphs: [`استقبل رئيس الوزراء الياباني اليوم كيمبو موهادي النائب السابق لرئيس جمهورية زيمبابوي، ${clause}.`] });
    expect(detectFormats(sentences('الذي يزور اليابان للمشاركة في مراسم الجنازة الرسمية'), levels, 'JP').format).toBe('other');
    expect(detectFormats(sentences('الذي يزور اليابان حاليا'), levels, 'JP').format).toBe('official-visit');
  });
  test('reads a 2+2 of deputies', () => {
    expect(formatsOf('حوار', ['عقد الحوار الأول بين نواب وزيري الخارجية والدفاع (2+2).']).format).toBe('2+2-vice-ministerial');
  });
  test('reads a 2+2 of ministers', () => {
    expect(formatsOf('اجتماع', ['عقد وزراء الخارجية والدفاع اجتماع 2+2 في ملبورن.']).format).toBe('2+2-ministerial');
  });
  test('a 2+2 the lede says was held by video is remote; one held in a city is not', () => {
    const video = formatsOf('اجتماع 2+2', ['عقد وزيرا الخارجية والدفاع الفرنسيان اليوم اجتماعا بصيغة "2+2" مع نظيريهما اليابانيين عبر تقنية الفيديو.']);
    expect([video.format, video.formats.includes('phone-call'), video.remote]).toEqual(['2+2-ministerial', true, true]);
    expect(formatsOf('اجتماع 2+2', ['عقد وزراء الخارجية والدفاع اجتماع 2+2 في ملبورن.']).remote).toBe(false);
  });
  test('«قمة» in the lede is the summit on whose sidelines a minister and a deputy met: the format is other, for review', () => {
    const sentences = articleToSentences({ title: 'وزير الخارجية يتحادث في أديس أبابا مع نائب وزير الخارجية الياباني', paragraphs: ['تحادث وزير الخارجية التونسي، على هامش أشغال قمة الاتحاد الإفريقي بأديس أبابا، مع نائب وزير الخارجية الياباني.'] });
    const levels = { all: new Map<string, Set<RoleLevel>>([['JP', new Set(['deputy'])], ['TN', new Set(['foreignMinister'])]]) };
    const found = detectFormats(sentences, levels);
    expect([found.format, found.basis]).toEqual(['other', 'contradicted']);
  });
  test('a deputy calling on the other side\'s minister in the minister\'s country is a visit; received at home by him, not', () => {
    // compass-10: Japan's parliamentary vice-minister received by Azerbaijan's foreign minister in Baku
    const sentences = articleToSentences({ title: 'بيراموف يستقبل نائب الوزير الياباني', paragraphs: ['استقبل وزير الخارجية الأذربيجاني جيحون بيراموف في باكو نائب وزير الخارجية البرلماني الياباني تارو هوندا.'] });
    const levels = { all: new Map<string, Set<RoleLevel>>([['JP', new Set(['deputy'])], ['AZ', new Set(['foreignMinister'])]]) };
    expect(detectFormats(sentences, levels, 'AZ').format).toBe('official-visit');
    expect(detectFormats(sentences, levels, 'JP').format).toBe('other');
    expect(detectFormats(sentences, levels).format).toBe('other');
  });
  // development's glen-04 (Ivorian speaker with Abe), waiting lupin-02 (Larijani with Abe) and tulip-03: a side met by a
  // parliament's people alone meets no government, «other», whoever receives them; not an envoy or a vice-minister who
  // sits in the parliament too (narcissus-06, pair-78)
  test('a speaker or member of parliament received by a leader or minister is other; a government member who sits in parliament is not', () => {
    const sentences = articleToSentences({ title: 'آبي يستقبل رئيس مجلس الشورى الإيراني', paragraphs: ['استقبل رئيس الوزراء الياباني شينزو آبي في طوكيو رئيس مجلس الشورى الإيراني علي لاريجاني الذي يزور اليابان.'] });
    const levels = (guest: RoleLevel[]) => ({ all: new Map<string, Set<RoleLevel>>([['JP', new Set<RoleLevel>(['leader'])], ['IR', new Set<RoleLevel>(guest)]]) });
    expect(detectFormats(sentences, levels(['legislator']), 'JP').format).toBe('other');
    expect(detectFormats(sentences, levels(['legislator', 'deputy']), 'JP').format).toBe('official-visit');
    expect(detectFormats(sentences, { ...levels(['leader', 'legislator']), lead: levels(['legislator']).all }, 'JP').format).toBe('summit');
  });
  // development's cedar-05 (a director general with Syria's foreign minister), oast-08 (Libya's vice president with the
  // Chief Cabinet Secretary), waiting thistle-07 and orchid-03: officials facing a minister or leader visit no one, «other»;
  // officials on both sides keep the deputies' format (aspen-10), and facing no known office so does the words' format
  test('senior officials or a vice president received by a minister or leader is other; officials on both sides are deputies', () => {
    const sentences = articleToSentences({ title: 'الشيباني يستقبل مسؤولا يابانيا', paragraphs: ['استقبل وزير الخارجية السوري أسعد الشيباني في دمشق المدير العام لإدارة الشرق الأوسط في الخارجية اليابانية.'] });
    const levels = (japan: RoleLevel[], syria: RoleLevel[]) => ({ all: new Map<string, Set<RoleLevel>>([['JP', new Set<RoleLevel>(japan)], ['SY', new Set<RoleLevel>(syria)]]) });
    expect(detectFormats(sentences, levels(['official'], ['foreignMinister']), 'SY').format).toBe('other');
    expect(detectFormats(sentences, levels(['deputy'], ['foreignMinister']), 'SY').format).toBe('official-visit');
    expect(detectFormats(sentences, levels(['official'], ['official']), 'SY').format).toBe('vice-ministerial-dialogue');
    expect(detectFormats(sentences, levels(['official'], ['deputy']), 'SY').format).toBe('vice-ministerial-dialogue');
  });
  // batch 56's elder-01 (Al Bayan): consultations the two ministers agreed on, a place between the verb and «على» or a word
  // of setting up before them, are the talks' subject; the two foreign ministers met
  test('what the sides agree on («يتفقان في طوكيو على مشاورات», «اتفقا على إنشاء إطار للمشاورات») is no format of the talks', () => {
    const sentences = articleToSentences({
      title: 'وزيرا خارجية تركيا واليابان يتفقان في طوكيو على مشاورات منتظمة حول الشرق الأوسط',
      paragraphs: ['عقد وزير الخارجية التركي أمس في طوكيو جلسة محادثات مع نظيره الياباني.', 'وقالت مصادر دبلوماسية يابانية إن الوزيرين اتفقا على إنشاء إطار جديد للمشاورات المنتظمة بين وزارتي الخارجية على مستوى المديرين العامين، يعنى بتطورات الشرق الأوسط، إلى جانب مشاورات سياسية دورية لتقييم مسيرة التعاون.'],
    });
    const levels = { all: new Map<string, Set<RoleLevel>>([['JP', new Set<RoleLevel>(['foreignMinister'])], ['TR', new Set<RoleLevel>(['foreignMinister'])]]) };
    expect(detectFormats(sentences, levels, 'JP').format).toBe('foreign-ministers-meeting');
  });
  // the waiting set's brooklime-02, cinquefoil-06 (by video), liverwort-05 and batch 113's knawel-03: the US–Japan
  // Extended Deterrence Dialogue, a standing officials' mechanism the corpus labels a working group
  test('a round of the «حوار الردع الموسع» is a working group', () => {
    expect(formatsOf('اليابان والولايات المتحدة تختتمان جولة من "حوار الردع الموسع"', ['اختتمت اليابان والولايات المتحدة اليوم في طوكيو جولة جديدة من "حوار الردع الموسع" بينهما.']).format).toBe('joint-working-group');
  });
  // batch 56's gentian-07 (Asharq Bloomberg): the first Japan–Ukraine «الحوار المالي», held by the finance ministries
  test('a financial dialogue is an economic dialogue', () => {
    expect(formatsOf('انطلاق الحوار المالي الياباني الأوكراني في كييف', ['عقدت وزارتا المالية في اليابان وأوكرانيا اليوم في كييف الاجتماع الأول لـ"الحوار المالي الياباني الأوكراني".']).format).toBe('economic-dialogue');
  });
  // sloe-08 (SUNA) and inlet-09 (El Moudjahid): a finance or sector minister received in Tokyo by Japan's state minister;
  // tarn-09 (the Iraqi foreign minister) and dell-01, nook-05, zenith-08 (defence): by the convention of 2026-12-04 a
  // minister received by the host's deputies alone makes no visit, even told as his visit («في إطار زيارته»)
  test('a minister received in the other party\'s country by its deputy alone is other', () => {
    const sentences = articleToSentences({ title: 'الوزير يبحث في طوكيو التعاون', paragraphs: ['استقبل وزير الدولة للشؤون الخارجية الياباني في طوكيو وزير المالية السوداني، وبحث معه الأوضاع الإنسانية.'] });
    const levels = (guest: RoleLevel) => ({ all: new Map<string, Set<RoleLevel>>([['JP', new Set(['deputy'])], ['SD', new Set([guest])]]) });
    expect(detectFormats(sentences, levels('economyMinister'), 'JP').format).toBe('other');
    expect(detectFormats(sentences, levels('minister'), 'JP').format).toBe('other');
    expect(detectFormats(sentences, levels('foreignMinister'), 'JP').format).toBe('other');
    const visit = articleToSentences({ title: 'الوزير العراقي يبحث في طوكيو التعاون', paragraphs: ['في إطار زيارته الرسمية لليابان، التقى وزير الخارجية العراقي في طوكيو وزير الدولة للشؤون الخارجية الياباني، وبحث معه الأوضاع في المنطقة.'] });
    const iraq = { all: new Map<string, Set<RoleLevel>>([['JP', new Set(['deputy'])], ['IQ', new Set(['foreignMinister'])]]) };
    expect(detectFormats(visit, iraq, 'JP').format).toBe('other');
  });
  // batch 54's orchid-07 (Saba), batch 68's caraway-08, batch 71's hibiscus-05, batch 50's jasmine-07: Japan's state or
  // parliamentary vice-minister received in Tokyo an ambassador, a civil servant, a royal adviser, a minister — guests
  // whose office the tables do not tell; no leader or minister of the host received them
  test('a guest of no known office received in the other party\'s country by its deputy alone is other, for an editor to confirm', () => {
    const sentences = articleToSentences({ title: 'السفير يبحث مع نائب وزير الخارجية الياباني العلاقات', paragraphs: ['بحث سفير الجمهورية اليمنية لدى اليابان عادل السنيني، الذي يزور مقر الوزارة، مع نائب وزير الخارجية الياباني يوئيتشي فوكازاوا في طوكيو العلاقات الثنائية.'] });
    const juniorOnly = { all: new Map<string, Set<RoleLevel>>([['JP', new Set(['deputy'])]]) };
    expect(detectFormats(sentences, juniorOnly, 'JP')).toMatchObject({ format: 'other', basis: 'juniorHost' });
    // received by a minister of the host: the words of the visit stand
    const minister = { all: new Map<string, Set<RoleLevel>>([['JP', new Set(['foreignMinister'])]]) };
    expect(detectFormats(sentences, minister, 'JP').format).toBe('official-visit');
    // the junior is the guest, in the partner's country: whoever received him, the words of his visit stand
    expect(detectFormats(sentences, juniorOnly, 'YE').format).toBe('official-visit');
  });
  // the waiting set's hawkweed-01 (MAP): a 2+2 «على مستوى كبار موظفي الخارجية والدفاع» is the deputies' 2+2
  test('a «2+2» of senior officials («كبار موظفي») is the deputies\' 2+2', () => {
    expect(formatsOf('طوكيو وأوتاوا تطلقان أول حوار "2+2" على مستوى كبار موظفي الخارجية والدفاع', ['عقدت اليابان وكندا اليوم في طوكيو الدورة الأولى من الحوار.']).format).toBe('2+2-vice-ministerial');
  });
  // batch 112's waterwort-06 (an Arab defence forum): the ministers' «2+2» the paragraph after the lede names beside
  // talks of deputies is another meeting of the two countries
  test('a ministers\' «2+2» named after the lede, where deputies alone met, is no format of the talks', () => {
    const sentences = articleToSentences({
      title: 'ريابكوف وأكيبا يجريان مشاورات في موسكو',
      paragraphs: ['أجرى نائب وزير الخارجية الروسي ونائب وزير الخارجية الياباني يوم الجمعة في موسكو مشاورات ثنائية حول الاستقرار الاستراتيجي.', 'وأدرجت الخارجية الروسية المشاورات ضمن سلسلة من الاتصالات، إلى جانب استئناف الاجتماعات بصيغة "2+2" بين وزراء الخارجية والدفاع في البلدين.'],
    });
    const deputies = { all: new Map<string, Set<RoleLevel>>([['JP', new Set(['deputy'])], ['RU', new Set(['deputy'])]]) };
    expect(detectFormats(sentences, deputies, 'RU').format).toBe('vice-ministerial-dialogue');
    // named in the title, the 2+2 stands whoever the tables found
    const titled = articleToSentences({ title: 'اليابان وروسيا تعقدان اجتماع "2+2" الوزاري في طوكيو', paragraphs: ['عقد وزيرا الخارجية والدفاع في البلدين اليوم في طوكيو اجتماعهما الأول بصيغة "2+2".'] });
    expect(detectFormats(titled, deputies, 'JP').format).toBe('2+2-ministerial');
  });
  // pair-41 (TAP) and dell-04 (Elnashra): Japan's ambassador in Tunis or Beirut received by a minister or the president
  test('a side met by its ambassador alone is the resident envoy\'s call, «other», unless a mechanism is named', () => {
    const sentences = articleToSentences({ title: 'الرئيس عون يستقبل سفير اليابان', paragraphs: ['استقبل الرئيس اللبناني جوزاف عون في قصر بعبدا سفير اليابان لدى لبنان ماساييوكي ماغوشي في زيارة وداعية.'] });
    const levels = { all: new Map<string, Set<RoleLevel>>([['LB', new Set(['leader'])], ['JP', new Set(['deputy'])]]), ambassadorsOnly: new Set(['JP']) };
    expect(detectFormats(sentences, levels, 'LB').format).toBe('other');
    expect(detectFormats(sentences, { all: levels.all }, 'LB').format).toBe('official-visit');
  });
  // pairs16's pair-69 (Shafaq News) and dell-06: the host is someone of no office the tables know (a party leader)
  test('a side met by its ambassador alone in the other side\'s country is «other», though the host holds no known office', () => {
    const sentences = articleToSentences({ title: 'الحكيم يستقبل السفير الياباني', paragraphs: ['استقبل رئيس تحالف قوى الدولة الوطنية السيد عمار الحكيم في مكتبه ببغداد سفير اليابان لدى العراق كوتارو سوزوكي.'] });
    const levels = { all: new Map<string, Set<RoleLevel>>([['JP', new Set(['deputy'])]]), ambassadorsOnly: new Set(['JP']) };
    expect(detectFormats(sentences, levels, 'IQ')).toMatchObject({ format: 'other', basis: 'convention' });
    // (not known for an ambassador: a meeting of unknown offices in the host's country, asked about)
    expect(detectFormats(sentences, { all: levels.all }, 'IQ')).toMatchObject({ format: 'other', basis: 'hosted' });
  });
  test('two economy ministers on the sidelines of a multilateral meeting, told in the paragraph after the lede, hold no economic dialogue', () => {
    // ember-12 and batch 21's marsh-06 (IPEF in Detroit): «جاء ذلك في لقاء ثنائي … على هامش الاجتماع الوزاري …»
    const set = (...levels: RoleLevel[]) => new Set<RoleLevel>(levels);
    expect(levelsToFormat(set('economyMinister'), set('economyMinister'))).toBe('economic-dialogue');
    expect(levelsToFormat(set('economyMinister'), set('economyMinister'), false, false, true)).toBe('other');
    const levels = { all: new Map([['JP', set('economyMinister')], ['ID', set('economyMinister')]]) };
    const sentences = articleToSentences({ title: 'إندونيسيا واليابان تبحثان تسريع تعديل اتفاقية الشراكة الاقتصادية', paragraphs: ['بحث وزير الاقتصاد الإندونيسي المنسق، الجمعة، مع وزير الاقتصاد والتجارة والصناعة الياباني تسريع المفاوضات.', 'جاء ذلك في لقاء ثنائي جمعهما في مدينة ديترويت الأمريكية، على هامش الاجتماع الوزاري للإطار الاقتصادي لمنطقة المحيطين.'] });
    expect(detectFormats(sentences, levels).format).toBe('other');
  });
  // heath-06 (Al Khaleej, Tokyo), pair-22 (Phnom Penh), pair-23 (KUNA, Singapore): no visit on a multilateral's sidelines
  test.each([
    ['in the guest\'s host country', 'وزيرا دفاع اليابان وسنغافورة يبحثان التعاون على هامش حوار شانغريلا', 'بحث وزير الدفاع الياباني مع نظيره السنغافوري اليوم في سنغافورة التعاون الدفاعي، على هامش حوار شانغريلا.', 'SG'],
    ['told as a courtesy call', 'وزير الدفاع الياباني يلتقي نظيره الكمبودي على هامش اجتماع آسيان', 'التقى وزير الدفاع الياباني على هامش زيارته للمشاركة في اجتماع آسيان نظيره الكمبودي، في زيارة مجاملة في بنوم بنه.', 'KH'],
  ])('defence ministers meeting on the sidelines of a multilateral meeting in one party\'s country: other (%s)', (_, title, lede, host) => {
    const levels = { all: new Map<string, Set<RoleLevel>>([['JP', new Set(['defenceMinister'])], [host, new Set(['defenceMinister'])]]) };
    expect(detectFormats(articleToSentences({ title, paragraphs: [lede] }), levels, host).format).toBe('other');
  });
  test('defence ministers meeting in one party\'s country without a multilateral one: a visit', () => {
    const levels = { all: new Map<string, Set<RoleLevel>>([['JP', new Set(['defenceMinister'])], ['SG', new Set(['defenceMinister'])]]) };
    const sentences = articleToSentences({ title: 'وزيرا دفاع اليابان وسنغافورة يبحثان التعاون', paragraphs: ['بحث وزير الدفاع الياباني مع نظيره السنغافوري اليوم في سنغافورة التعاون الدفاعي.'] });
    expect(detectFormats(sentences, levels, 'SG').format).toBe('official-visit');
  });
  test('a strategic partnership dialogue is a strategic dialogue, though deputies lead it', () => {
    expect(formatsOf('فيتنام واليابان تعقدان حوار الشراكة الاستراتيجية الثامن في طوكيو', ['عقدت فيتنام واليابان اليوم الجولة الثامنة من حوار الشراكة الاستراتيجية، وترأس الحوار نائبا وزيري الخارجية.']).format).toBe('strategic-dialogue');
  });
  test('reads a joint working group with either wording', () => {
    expect(formatsOf('اجتماع', ['عقد الاجتماع السادس للمجموعة العاملة المشتركة بشأن مكافحة الإرهاب.']).format).toBe('joint-working-group');
    // ember-02: a joint committee named with its topic between («لجنة التشاور السياسي المشتركة»)
    expect(formatsOf('انعقاد الجولة الثامنة للجنة التشاور السياسي السودانية اليابانية في طوكيو', ['التأمت في طوكيو أعمال الجولة الثامنة للجنة التشاور السياسي المشتركة بين السودان واليابان.']).format).toBe('joint-working-group');
    expect(formatsOf('اجتماع', ['اجتماع مجموعة العمل المشتركة للأمن السيبراني.']).format).toBe('joint-working-group');
    // batch 20's ridge-08: a joint group, with its nisbas or its topic after «المجموعة»
    expect(formatsOf('انطلاق أعمال المجموعة المشتركة للرؤية السعودية اليابانية 2030', ['عقدت المجموعة المشتركة للرؤية السعودية اليابانية 2030 اجتماعها الأول أمس في الرياض.']).format).toBe('joint-working-group');
    expect(formatsOf('اجتماع', ['عقدت المجموعة السعودية اليابانية المشتركة اجتماعها الأول أمس في الرياض.']).format).toBe('joint-working-group');
  });
  test('reads political consultations between the two foreign ministries as a vice-ministerial dialogue, even beside a summit they prepare', () => {
    expect(formatsOf('أوزبكستان واليابان تعقدان جولة من المشاورات السياسية', ['عقدت في طوكيو جولة جديدة من المشاورات السياسية بين وزارتي خارجية أوزبكستان واليابان.']).format).toBe('vice-ministerial-dialogue');
    expect(formatsOf('البلدان يبحثان التحضير لأول قمة', ['بحث البلدان التحضير للقمة خلال الدورة الخامسة للمشاورات السياسية بين وزارتي الشؤون الخارجية.']).format).toBe('vice-ministerial-dialogue');
    // the leaders' talks name political dialogue as a topic, not as the meeting
    expect(formatsOf('قمة يابانية أوزبكية', ['عقد الزعيمان قمة في طوكيو وبحثا تعزيز الحوار السياسي.']).format).toBe('summit');
  });
  // glen-05 and heron-03 (batch 25): officials whose offices the text does not settle, in a party's country
  test('reads a round of talks of officials as a vice-ministerial dialogue, not as a visit; a round of ministers\' or leaders\' talks is theirs', () => {
    expect(formatsOf('أول جولة محادثات بين طوكيو وسيول', ['عقد مسؤولان رفيعان في وزارتي خارجية البلدين أمس في سيول جولة محادثات حول ملف الحرب.'], 'KR').format).toBe('vice-ministerial-dialogue');
    expect(formatsOf('الفلبين واليابان تعقدان الجولة السادسة من المحادثات السياسية العسكرية', ['عقدت الفلبين واليابان أمس في طوكيو الجولة السادسة من محادثاتهما السياسية العسكرية.'], 'JP').format).toBe('vice-ministerial-dialogue');
    // (a minister named in the same sentence only: the rule reads one sentence)
    expect(formatsOf('وزير الخارجية الياباني يجري جولة محادثات في الرياض', ['أجرى وزير الخارجية الياباني جولة محادثات في الرياض مع المسؤولين.'], 'SA').format).not.toBe('vice-ministerial-dialogue');
    expect(formatsOf('قمة', ['عقد الزعيمان جولة محادثات في طوكيو.'], 'JP').format).toBe('summit');
  });
  // lark-08 (batch 27, Oman daily): a memorandum signed «للحوار السياسي … بين وزارتي الخارجية» is the talks' subject
  test('a mechanism a signed memorandum is about is not the format; a memorandum of the mechanism whose meeting is held is', () => {
    expect(formatsOf('جلالة السلطان يستقبل رئيس وزراء اليابان.. وتوقيع مذكرة للحوار السياسي والتشاور بين وزارتي الخارجية', ['استقبل السلطان أمس رئيس وزراء اليابان.']).format).not.toBe('vice-ministerial-dialogue');
    expect(formatsOf('توقيع مذكرة حول الحوار السياسي بين وزارتي الخارجية', ['وقع الجانبان مذكرة حول الحوار السياسي بين وزارتي الخارجية.']).format).not.toBe('vice-ministerial-dialogue');
    expect(formatsOf('الوزيران يوقعان مذكرة الحوار الاستراتيجي.. ويترأسان اجتماعه الأول', ['وقع الوزيران مذكرة الحوار الاستراتيجي وترأسا اجتماعه الأول في الرياض.']).format).toBe('strategic-dialogue');
  });
  // wren-07 (batch 27, CGTN): political consultations of the two foreign ministries held by video are still that dialogue
  test('political consultations held by video are a vice-ministerial dialogue, held remotely', () => {
    const found = formatsOf('اليابان وبوليفيا تعقدان حوارا سياسيا افتراضيا', ['عقدت اليابان وبوليفيا يوم الجمعة جولة من الحوار السياسي بين وزارتي خارجية البلدين عبر تقنية الاتصال المرئي.']);
    expect(found).toMatchObject({ format: 'vice-ministerial-dialogue', remote: true });
  });
  test('leaves a foreign ministers\' meeting that a side\'s offices contradict as other, for review', () => {
    const sentences = articleToSentences({ title: 'لقاء', paragraphs: ['بحث وزير الخارجية خلال لقائه اليوم المدير العام الياباني العلاقات الثنائية.'] });
    const levels = { all: new Map([['JP', new Set(['deputy'] as const)]]) };
    expect(detectFormats(sentences, levels)).toMatchObject({ format: 'other', formats: ['other', 'foreign-ministers-meeting'], basis: 'contradicted' });
    expect(detectFormats(sentences, { all: new Map([['JP', new Set(['foreignMinister'] as const)]]) }).basis).toBe('keywords');
  });
  // pair-48 (INA): Iraq's vice-president with Japan's foreign minister «في إطار الزيارة التي يقوم بها»; batch 23's dale-09:
  // a state minister receiving an army commander on his visit. The words' first format is contradicted, the visit is not.
  test('a format the words tell that those who met contradict steps aside for the next one they tell, for review', () => {
    const sentences = articleToSentences({ title: 'الهاشمي يبحث مع وزير الخارجية الياباني في طوكيو دعم اليابان', paragraphs: ['بحث نائب رئيس الجمهورية طارق الهاشمي مع وزير الخارجية الياباني تارو آسو اليوم العلاقات الثنائية، وذلك في إطار الزيارة التي يقوم بها إلى اليابان حاليا.'] });
    const levels = { all: new Map<string, Set<RoleLevel>>([['JP', new Set(['foreignMinister'])], ['IQ', new Set(['deputy'])]]) };
    expect(detectFormats(sentences, levels)).toMatchObject({ format: 'official-visit', basis: 'contradicted' });
    // with no other format told, the contradicted one is still left as other, for review
    const alone = articleToSentences({ title: 'الهاشمي يبحث مع وزير الخارجية الياباني دعم اليابان', paragraphs: ['بحث نائب رئيس الجمهورية مع وزير الخارجية الياباني اليوم العلاقات الثنائية.'] });
    expect(detectFormats(alone, levels)).toMatchObject({ format: 'other', basis: 'contradicted' });
  });
  test('reads a foreign ministers meeting', () => {
    expect(formatsOf('اليابان والولايات المتحدة تبحثان', ['بحث وزيرا الخارجية الياباني والأمريكي القضايا.']).format).toBe('foreign-ministers-meeting');
  });
  test('reads a phone call, a summit and a strategic dialogue', () => {
    expect(formatsOf('اتصال', ['أجرى وزير الخارجية اتصالا هاتفيا مع نظيره.']).format).toBe('phone-call');
    expect(formatsOf('قمة يابانية فلبينية', ['عقد الزعيمان قمة في مانيلا.']).format).toBe('summit');
    expect(formatsOf('حوار', ['انعقدت الدورة الأولى للحوار الاستراتيجي بين البلدين.']).format).toBe('strategic-dialogue');
  });
  test('keeps the visit first and lists the economic dialogue', () => {
    const found = formatsOf('مناقشات', ['ساهمت الزيارة الرسمية الأولى لوكيل الخارجية في تعزيز العلاقة.', 'وأثناء وجوده في طوكيو أجرى محادثات شاملة.', 'كما أجرى الجولة الأولى من الحوار حول الأمان الاقتصادي.', 'وأثناء زيارته، التقى مسؤولين آخرين.']);
    expect(found.format).toBe('official-visit');
    expect(found.formats).toContain('economic-dialogue');
  });
  test('ignores a format mentioned in a background sentence', () => {
    const found = formatsOf('زيارة', ['زار الوزير طوكيو.', 'في وقت سابق من هذا العام، عقدت الجولة الثالثة من الحوار 2+2.']);
    expect(found.formats).toEqual(['official-visit']);
  });
  test('reads formats written in the accusative with tanween', () => {
    expect(formatsOf('اليابان والهند', ['عقد الجانبان حواراً استراتيجياً في طوكيو.']).format).toBe('strategic-dialogue');
    expect(formatsOf('اليابان والهند', ['عقد الجانبان حواراً اقتصادياً في طوكيو.']).format).toBe('economic-dialogue');
    expect(formatsOf('اليابان والهند', ['أجرى الوزير اتصالاً مرئياً مع نظيره.']).format).toBe('phone-call');
  });
  test('reads the accusative without tanween marks', () => {
    expect(formatsOf('اليابان والهند', ['عقد الجانبان حوارا استراتيجيا في طوكيو.']).format).toBe('strategic-dialogue');
  });
  test('falls back to other', () => {
    expect(formatsOf('بيان', ['أصدرت الوزارة بيانا.'])).toMatchObject({ format: 'other', formats: ['other'] });
  });
});
