import { describe, expect, test } from 'vitest';
import type { ShareCard } from './shareCard.ts';
import { cardsToShareImageWork } from './shareImageWork.ts';

const card = (title: string): ShareCard => ({ eyebrow: 'قمة', title, lines: [{ text: '20 مارس 2016' }], site: 'دبلوماسية اليابان الثنائية', host: 'timeline.example.org' });
const keyOf = (shown: ShareCard) => shown.title;

describe('cardsToShareImageWork', () => {
  test('links what the cache has and draws each missing image once, for every page that shows it', () => {
    // two events of one day and partner with the same card (the 50,000-seed bench's 2016-03-20-tr pages): one drawing
    const cards: Array<[string, ShareCard]> = [
      ['og/events/a.png', card('لقاء')],
      ['og/events/a-2.png', card('لقاء')],
      ['og/events/b.png', card('قمة')],
      ['og/events/c.png', card('محادثات')],
    ];
    const work = cardsToShareImageWork(cards, keyOf, '/cache', '/dist', (file) => file === '/cache/قمة.png');
    expect(work.linkNow).toEqual([['/cache/قمة.png', '/dist/og/events/b.png']]);
    expect(work.toDraw.map((image) => [image.cached, image.targets])).toEqual([
      ['/cache/لقاء.png', ['/dist/og/events/a.png', '/dist/og/events/a-2.png']],
      ['/cache/محادثات.png', ['/dist/og/events/c.png']],
    ]);
  });
});
