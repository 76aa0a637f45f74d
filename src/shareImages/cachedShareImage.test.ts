import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import sharp from 'sharp';
import { afterAll, describe, expect, test } from 'vitest';
import { cachedShareImage } from './cachedShareImage.ts';
import type { ShareCard } from './shareCard.ts';

const cacheDir = fs.mkdtempSync(path.join(os.tmpdir(), 'share-images-'));
afterAll(() => fs.rmSync(cacheDir, { recursive: true, force: true }));

const card: ShareCard = {
  eyebrow: 'زيارة رسمية',
  title: 'وزير الخارجية تاكيشي إيوايا (Takeshi Iwaya) يلتقي نظيره الكوري في سيول يوم 13 يناير 2025',
  lines: [{ text: '13 يناير 2025 · 13 رجب 1446 هـ' }, { text: 'اليابان · كوريا الجنوبية' }],
  site: 'دبلوماسية اليابان الثنائية',
  host: 'timeline.example.org',
};

describe('cachedShareImage', () => {
  test('draws a 1200×630 PNG in a small palette, with ink on the paper', async () => {
    const { png } = await cachedShareImage(card, cacheDir);
    const meta = await sharp(png).metadata();
    expect(meta).toMatchObject({ format: 'png', width: 1200, height: 630, isPalette: true });
    expect(meta.bitsPerSample).toBeLessThanOrEqual(4);
    // The title's box holds dark letters; the paper around it stays light.
    const { data, info } = await sharp(png).extract({ left: 80, top: 148, width: 1040, height: 200 }).greyscale().raw().toBuffer({ resolveWithObject: true });
    const dark = data.filter((value) => value < 80).length / (info.width * info.height);
    expect(dark).toBeGreaterThan(0.05);
    expect(png.length).toBeLessThan(60_000);
  });

  test('an unchanged card is read from the cache, not drawn again; a changed one is drawn', async () => {
    const first = await cachedShareImage(card, cacheDir);
    const again = await cachedShareImage({ ...card, lines: card.lines.map((line) => ({ ...line })) }, cacheDir);
    expect(again.drawn).toBe(false);
    expect(again.file).toBe(first.file);
    expect(again.png.equals(first.png)).toBe(true);
    const changed = await cachedShareImage({ ...card, title: 'وزير الخارجية يزور سيول' }, cacheDir);
    expect(changed.drawn).toBe(true);
    expect(changed.png.equals(first.png)).toBe(false);
    expect(fs.readdirSync(cacheDir).filter((name) => name.endsWith('.png'))).toHaveLength(2);
  });
});
