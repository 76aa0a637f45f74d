import { describe, expect, test } from 'vitest';
import { foldForMatching } from '../../src/arabic/fold.ts';
import { tokenize } from './tokenize.ts';
import { toldContentStart } from './toldContentStart.ts';

/** What the sentence says was told, as folded text, or undefined. */
const toldIn = (text: string) => {
  const at = toldContentStart(tokenize(text));
  return at === undefined ? undefined : foldForMatching(text).slice(at);
};

describe('toldContentStart', () => {
  // waiting pages pair-114 (Al-Ahram Gate), pair-115 (Al-Eqtisadiah), narcissus-07 (KUNA), teasel-02 (Asharq Al-Awsat)
  // and cliff-10 (France 24): one side told the other, and what was told follows
  test.each([
    ['وأبلغ وزير الخارجية الياباني يوشيماسا هاياشي نظيره المصري سامح شكري خلال الاجتماع أن بلاده تعتزم استضافة القمة في أغسطس المقبل', 'ان بلاده تعتزم'],
    ['وأبلغ الخريّف نظيره الياباني كين سايتو خلال اللقاء أن المملكة ستستضيف المؤتمر في يناير', 'ان المملكه ستستضيف'],
    ['وذكرت الوزارة أن كويزومي أبلغ نظيره الموريشيوسي خلال اجتماع عقداه عبر الاتصال المرئي أن اليابان تعتزم إرسال خبراء', 'ان اليابان تعتزم'],
    ['أكد وزير الخارجية البريطاني جاك سترو لنظيره الياباني، خلال محادثات جرت بينهما مساء أمس، أن حكومته ما زالت تؤيد', 'ان حكومته'],
    ['أبلغت نائبة وزير الخارجية ماكيكو كيكوتا، الثلاثاء، وزير خارجية بورما، أن طوكيو تعتزم تقديم مساعدات', 'ان طوكيو تعتزم'],
    ['وأبلغت ضيفها بأن حكومتها سترفع الإنفاق الدفاعي', 'بان حكومتها'],
    // batch 134's pear-01 (KUNA): the listener as the verb's pronoun, what was said right after it
    ['عقد رئيس الوزراء الياباني ياسو فوكودا اليوم قمة في طوكيو مع رئيس طاجيكستان أبلغه خلالها بأن حكومته تعتزم تقديم منح جديدة', 'بان حكومته تعتزم'],
    ['وأبلغه أن ولي العهد سيحضر حفل الزفاف المقرر في أكتوبر', 'ان ولي العهد'],
  ])('told: %s', (text, said) => {
    expect(toldIn(text)?.startsWith(said)).toBe(true);
  });
  test.each([
    // journalists or the media told: no one at the talks
    'أبلغ إيشيبا الصحفيين بعد المكالمة أنه يأمل في عقد قمة',
    'وقال الوزير للصحفيين إن المحادثات كانت صريحة',
    // said, but to no listener: a statement, not a telling of the other side
    'وقال الوزير إن بلاده ستستضيف القمة المقبلة',
    'وأكد الجانبان أن العلاقات متينة',
    // a page's «report an error» link
    'أبلغ عن خطأ',
    // what was told behind «ب» and a noun, with no complementizer
    'أبلغ جيمبا نظيره المصري بقرار تمويل مشروع المترو',
  ])('not told at the talks: %s', (text) => {
    expect(toldIn(text)).toBeUndefined();
  });
});
