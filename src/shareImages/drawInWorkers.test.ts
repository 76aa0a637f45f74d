import sharp from 'sharp';
import { describe, expect, test } from 'vitest';
import { drawInWorkers } from './drawInWorkers.ts';
import type { ShareCard } from './shareCard.ts';

const card = (title: string): ShareCard => ({ eyebrow: 'قمة', title, lines: [{ text: '1 يناير 2025' }], site: 'دبلوماسية اليابان الثنائية', host: 'timeline.example.org' });

describe('drawInWorkers', () => {
  test('draws every card on worker threads and hands each PNG back with its index', async () => {
    const cards = ['قمة أولى', 'قمة ثانية', 'قمة ثالثة'].map(card);
    const got = new Map<number, Uint8Array>();
    await drawInWorkers(cards, async (index, png) => void got.set(index, png), 2);
    expect([...got.keys()].sort()).toEqual([0, 1, 2]);
    for (const png of got.values()) expect(await sharp(png).metadata()).toMatchObject({ width: 1200, height: 630 });
    expect(Buffer.from(got.get(0)!).equals(Buffer.from(got.get(1)!))).toBe(false);
  });

  test('nothing to draw starts no thread', async () => {
    await expect(drawInWorkers([], async () => {})).resolves.toBeUndefined();
  });
});
