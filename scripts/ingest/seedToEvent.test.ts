import { describe, expect, test } from 'vitest';
import { seedToEvent, type SeedContext } from './seedToEvent.ts';
import { sureConfidence } from '../../tests/helpers/sureConfidence.ts';
import { reasonToConfidence } from '../extract/fieldConfidence.ts';
import type { Extraction } from '../extract/types.ts';

const iwaya = { id: 'takeshi-iwaya', name: 'تاكيشي إيوايا', aliases: ['إيوايا'], country: 'JP', role: 'وزير الخارجية' };

/** A stand-in extractor: what the text "says" is fixed per test, so these tests exercise only this stage. */
function contextWith(extraction: Partial<Extraction>, seen: { paragraphs?: string[]; publishedAt?: string } = {}): SeedContext {
  return {
    extract: (article) => {
      seen.paragraphs = article.paragraphs;
      if (article.publishedAt) seen.publishedAt = article.publishedAt;
      return { confidence: sureConfidence(), parties: ['IN', 'JP'], mentions: [], format: 'official-visit', formats: ['official-visit'], officials: [], unconfirmedOfficials: [], warnings: [], location: { city: 'طوكيو', country: 'JP' }, ...extraction };
    },
    officialsById: new Map([[iwaya.id, iwaya]]),
  };
}

const seed = (text: string, sidecar?: string) => ({
  name: 'x.txt',
  label: 'seeds/x.txt',
  bytes: new TextEncoder().encode(text),
  ...(sidecar === undefined ? {} : { sidecar: { name: 'x.editorial.yml', label: 'seeds/x.editorial.yml', text: sidecar } }),
});

const article = 'عنوان الخبر عن لقاء الوزيرين\nالتقى الوزيران في طوكيو لبحث التعاون الثنائي بين البلدين في مجالات عديدة.\nالمصدر: البوابة نيوز\nتاريخ النشر: 7th, January 2025 GMT';

describe('seedToEvent', () => {
  test('builds an event from the text and its extraction', () => {
    const seen: { publishedAt?: string } = {};
    const result = seedToEvent(seed(article), contextWith({ date: { date: '2025-01-07', precision: 'day' } }, seen));
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.event.data).toMatchObject({ title: 'عنوان الخبر عن لقاء الوزيرين', date: '2025-01-07', dateSource: 'text', parties: ['IN', 'JP'], location: { city: 'طوكيو', country: 'JP' } });
    expect(result.event.sources).toEqual([{ outlet: 'البوابة نيوز', publishedAt: '2025-01-07' }]);
    expect(seen.publishedAt).toBe('2025-01-07');
  });

  test('reports a needs-review error quoting the yearless date', () => {
    const text = 'عنوان\nفي الرابع من ديسمبر، عُقد في طوكيو الحوار الأول بين البلدين.';
    const result = seedToEvent(seed(text), contextWith({ partialDate: { month: 12, day: 4 } }));
    expect(!result.ok && result.errors).toEqual(['seeds/x.txt: needs review — the article gives no year for «الرابع من ديسمبر»; add x.editorial.yml with date.value and date.citation']);
    // what the article did give is kept for the review report, never published
    expect(!result.ok && result.draft?.extraction.parties).toEqual(['IN', 'JP']);
  });

  test('takes the date from the sidecar, marked editorial, with a cited note in the body', () => {
    const sidecar = 'date: { value: 2025-12-04, citation: https://example.org/a, note: "reported that day" }';
    const result = seedToEvent(seed(article, sidecar), contextWith({ partialDate: { month: 12, day: 4 } }));
    expect(result.ok && result.event.data).toMatchObject({ date: '2025-12-04', datePrecision: 'day', dateSource: 'editorial' });
    expect(result.ok && result.event.editorialNotes).toEqual([{ label: 'التاريخ', value: '2025-12-04', citation: 'https://example.org/a', note: 'reported that day' }]);
  });

  test('lets the sidecar override officials and the city, keeping the extracted country', () => {
    const sidecar = 'officials: { value: [takeshi-iwaya], citation: https://example.org/o }\nlocation: { value: { city: سيول }, citation: https://example.org/l }';
    const result = seedToEvent(seed(article, sidecar), contextWith({ date: { date: '2025-01-13', precision: 'day' }, location: { city: '', country: 'KR' } }));
    expect(result.ok && result.event.data.officials).toEqual([iwaya]);
    expect(result.ok && result.event.data.location).toEqual({ city: 'سيول', country: 'KR' });
  });

  test('keeps the candidate partner the sidecar\'s parties leave out as a mention, and leaves out its people', () => {
    const sidecar = 'parties: { value: [JO], citation: https://example.org/p }';
    const olmert = { id: 'ehud-olmert', name: 'إيهود أولمرت', aliases: [], country: 'IL', role: 'رئيس الوزراء' };
    const extraction = { date: { date: '2006-07-12', precision: 'day' as const }, parties: ['IL', 'JO', 'JP'], mentions: ['LB'], officials: [iwaya, olmert] };
    const result = seedToEvent(seed(article, sidecar), contextWith(extraction));
    expect(result.ok && result.event.data).toMatchObject({ parties: ['JO', 'JP'], mentions: ['IL', 'LB'], officials: [iwaya] });
    // without the sidecar the two candidates wait for the editor
    expect(seedToEvent(seed(article), contextWith({ ...extraction, confidence: { ...sureConfidence(), parties: reasonToConfidence('partiesSeveral') } })).ok).toBe(false);
  });

  test('names an unknown official id in the sidecar', () => {
    const result = seedToEvent(seed(article, 'officials: { value: [nobody-known], citation: https://example.org/o }'), contextWith({}));
    expect(result.ok === false && result.errors[0]).toMatch(/^seeds\/x\.editorial\.yml: officials\.value\[0\] — unknown official id "nobody-known"/);
  });

  test('reports an empty file', () => {
    expect(seedToEvent(seed(''), contextWith({}))).toEqual({ ok: false, errors: ['seeds/x.txt: the file is empty'] });
  });

  test('reports a clutter-only file', () => {
    expect(seedToEvent(seed('تعليق (0)\nاترك تعليقاً\nإغلاق'), contextWith({}))).toEqual({ ok: false, errors: ['seeds/x.txt: no article text after removing site clutter'] });
  });

  test('gives a phone call no place, as settled: no warning', () => {
    const result = seedToEvent(seed(article), contextWith({ date: { date: '2025-01-07', precision: 'day' }, format: 'phone-call', formats: ['phone-call'], location: { city: '', country: '' } }));
    expect(result.ok && result.event.data.location).toEqual({ city: '', country: '' });
    expect(result.ok && result.event.warnings).toEqual([]);
  });

  test('reports a missing date and missing parties together', () => {
    const result = seedToEvent(seed(article), contextWith({ date: undefined, parties: ['JP'] }));
    expect(result.ok === false && result.errors).toHaveLength(2);
  });

  test('returns an unknown place as empty, with a needs-review warning, for an article that names none', () => {
    const result = seedToEvent(seed(article), contextWith({ date: { date: '2025-01-07', precision: 'day' }, location: undefined }));
    expect(result.ok && result.event.data.location).toEqual({ city: '', country: '' });
    expect(result.ok && result.event.warnings.join()).toMatch(/needs review — the article does not say where the event took place; add x\.editorial\.yml with location\.value/);
  });

  test('lists the fields below the review threshold in the event, until an editor supplies them', () => {
    const unsure = { ...sureConfidence(), location: reasonToConfidence('locationCountryOnly'), format: reasonToConfidence('formatNone') };
    const read = contextWith({ date: { date: '2025-01-07', precision: 'day' }, confidence: unsure });
    const alone = seedToEvent(seed(article), read);
    expect(alone.ok && alone.event.data.review).toEqual(['format', 'location']);
    const settled = seedToEvent(seed(article, 'location: { value: { city: أوساكا, country: JP }, citation: https://example.org/a }'), read);
    expect(settled.ok && settled.event.data.review).toEqual(['format']);
    expect(settled.ok && settled.event.confidence.location.reason).toBe('editorial');
  });

  test('passes only Arabic prose to extraction, not YAML-looking or code lines', () => {
    const seen: { paragraphs?: string[] } = {};
    seedToEvent(seed(`${article}\ndate: 1999-01-01\n{process.exit(1)}`), contextWith({ date: { date: '2025-01-07', precision: 'day' } }, seen));
    expect(seen.paragraphs).toEqual(['التقى الوزيران في طوكيو لبحث التعاون الثنائي بين البلدين في مجالات عديدة.']);
  });

  test('never passes the appended read-also article to extraction', () => {
    const seen: { paragraphs?: string[] } = {};
    seedToEvent(seed(`${article}\nإقرأ أيضاً:\nخبر عن ليبيا وطرابلس.`), contextWith({ date: { date: '2025-01-07', precision: 'day' } }, seen));
    expect(seen.paragraphs?.join(' ')).not.toMatch(/ليبيا/);
  });
});
