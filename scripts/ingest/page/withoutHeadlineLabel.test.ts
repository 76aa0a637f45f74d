import { describe, expect, test } from 'vitest';
import { opensWithHeadlineLabel, withoutHeadlineLabel } from './withoutHeadlineLabel.ts';

describe('withoutHeadlineLabel', () => {
  test.each<[string, string]>([
    // batch 103's lungroot-05 and the waiting set's buckthorn-02: a forum's topic title
    ['عنوان الموضوع: وزير الخارجية الياباني يستضيف نظيرته الغانية', 'وزير الخارجية الياباني يستضيف نظيرته الغانية'],
    ['عنوان الخبر : اليابان وعمان تبحثان التعاون الثقافي', 'اليابان وعمان تبحثان التعاون الثقافي'],
    // batch 107's woodsorrel-02, milkwort-06 and goosegrass-06: the topic's own label, with or without the article
    ['الموضوع: موتيغي يهاتف نظيره الكوبي من بنما', 'موتيغي يهاتف نظيره الكوبي من بنما'],
    ['موضوع: هاياشي ولوغار يتفقان هاتفياً على التنسيق', 'هاياشي ولوغار يتفقان هاتفياً على التنسيق'],
    // a headline's own parts joined by a colon, or a label with nothing after it, stay as they are
    ['في طوكيو: آبي وبولسونارو يبحثان التجارة', 'في طوكيو: آبي وبولسونارو يبحثان التجارة'],
    ['عنوان الموضوع:', 'عنوان الموضوع:'],
    ['اليابان وعمان تبحثان التعاون الثقافي', 'اليابان وعمان تبحثان التعاون الثقافي'],
  ])('%s → %s', (line, expected) => {
    expect(withoutHeadlineLabel(line)).toBe(expected);
  });
});

describe('opensWithHeadlineLabel', () => {
  test.each<[string, boolean]>([
    ['الموضوع: غيمبا يستضيف شفارتسنبرغ في عشاء عمل بطوكيو', true],
    ['عنوان الخبر : اليابان وعمان تبحثان التعاون الثقافي', true],
    ['في طوكيو: آبي وبولسونارو يبحثان التجارة', false],
    ['الموضوع:', false],
  ])('%s → %s', (line, expected) => {
    expect(opensWithHeadlineLabel(line)).toBe(expected);
  });
});

