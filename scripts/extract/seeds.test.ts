import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { extractEvent } from './extractEvent.ts';
import type { ArticleText } from './types.ts';
import { blocksToPlainParagraphs } from '../ingest/blocks.ts';
import { bytesToText } from '../ingest/decode.ts';
import { pageToArticle } from '../ingest/page/pageToArticle.ts';
import { pageToSections } from '../ingest/sections.ts';

// The article as the ingest reads it: decoded, cut out of its page, its sections and publication line read.
function seedToArticle(name: string): ArticleText {
  const sections = pageToSections(pageToArticle(bytesToText(readFileSync(new URL(`../../seeds/${name}.txt`, import.meta.url)))))!;
  return {
    title: sections.title,
    paragraphs: blocksToPlainParagraphs(sections.blocks),
    ...(sections.source.publishedAt ? { publishedAt: sections.source.publishedAt } : {}),
    ...(sections.dateline ? { dateline: sections.dateline } : {}),
  };
}

const officialIds = (name: string) => extractEvent(seedToArticle(name)).officials.map((official) => `${official.id}:${official.country}`);

describe('extractEvent on the seeds', () => {
  test('000: Misri visits Tokyo on 27 Nov 2024; the earlier 2+2 and Modi are background', () => {
    const event = extractEvent(seedToArticle('000_f9c508e469cc86fa'));
    expect(event.date).toEqual({ date: '2024-11-27', precision: 'day' });
    expect(event.parties).toEqual(['IN', 'JP']);
    expect(['official-visit', 'vice-ministerial-dialogue']).toContain(event.format);
    expect(event.formats).toContain('economic-dialogue');
    expect(event.formats).not.toContain('2+2-ministerial');
    expect(event.location).toEqual({ city: 'طوكيو', country: 'JP' });
    expect(officialIds('000_f9c508e469cc86fa').sort()).toEqual(
      ['vikram-misri:IN', 'masataka-okano:JP', 'takehiko-matsuo:JP', 'keiichi-ichikawa:JP', 'yoshimichi-terada:JP'].sort(),
    );
    expect(event.mentions).not.toContain('JP');
  });

  test('001: 2+2 of deputies in Tokyo on "the fourth of December" with no year', () => {
    const event = extractEvent(seedToArticle('001_ddb86a17edb0ed4f'));
    expect(event.date).toBeUndefined();
    expect(event.partialDate).toEqual({ month: 12, day: 4 });
    expect(event.parties).toEqual(['JP', 'VN']);
    expect(event.format).toBe('2+2-vice-ministerial');
    expect(event.location).toEqual({ city: 'طوكيو', country: 'JP' });
    expect(officialIds('001_ddb86a17edb0ed4f')).toEqual(['nguyen-minh-vu:VN', 'hoang-xuan-chien:VN', 'hiroyuki-namazu:JP', 'koji-kano:JP']);
  });

  test('002: Iwaya and Blinken on "today, Tuesday" of a 7 Jan 2025 article', () => {
    const event = extractEvent(seedToArticle('002_a16bfe50adc3810a'));
    expect(event.date).toEqual({ date: '2025-01-07', precision: 'day' });
    expect(event.parties).toEqual(['JP', 'US']);
    expect(event.mentions).toEqual(expect.arrayContaining(['CN', 'KP', 'UA']));
    expect(event.mentions).not.toContain('JP');
    expect(event.format).toBe('foreign-ministers-meeting');
    expect(event.location).toEqual({ city: '', country: 'JP' });
    const iwaya = event.officials.find((official) => official.id === 'takeshi-iwaya')!;
    expect(iwaya.aliases).toEqual(expect.arrayContaining(['إيويا', 'تاكاشي إيوايا']));
    expect(officialIds('002_a16bfe50adc3810a')).toEqual(['takeshi-iwaya:JP', 'antony-blinken:US']);
  });

  test('003: sixth joint working group in New Delhi on 29 May 2024; Tokyo is the next meeting', () => {
    const event = extractEvent(seedToArticle('003_6a3457b211413a86'));
    expect(event.date).toEqual({ date: '2024-05-29', precision: 'day' });
    expect(event.parties).toEqual(['IN', 'JP']);
    expect(event.format).toBe('joint-working-group');
    expect(event.location).toEqual({ city: 'نيودلهي', country: 'IN' });
    expect(officialIds('003_6a3457b211413a86')).toEqual(['k-d-dewal:IN', 'hiroyuki-minami:JP']);
  });

  test('004: undated visit to South Korea, city left to the editor; North Korea, China and the USA are mentions', () => {
    const event = extractEvent(seedToArticle('004_8139462e61c2c95d'));
    expect(event.date).toBeUndefined();
    expect(event.partialDate).toBeUndefined();
    expect(event.parties).toEqual(['JP', 'KR']);
    expect(event.mentions).toEqual(['CN', 'KP', 'US']);
    expect(event.format).toBe('official-visit');
    // «بين طوكيو وسيول» names the governments, not the city of the talks: the editorial file gives Seoul, with its source
    expect(event.location).toEqual({ city: '', country: 'KR' });
    expect(event.officials).toEqual([]);
  });
});
