import { describe, expect, test } from 'vitest';
import { dataToYaml, yamlToData } from '../../src/utils/yaml.ts';
import { eventToFrontmatter, eventToMdx } from './mdx.ts';
import { sampleEvent } from '../../tests/helpers/sampleEvent.ts';
import type { EventData } from '../../src/schemas/event.ts';

const event: EventData = sampleEvent({
  title: '---\ntitle: hacked',
  summary: 'title: x',
  officials: [{ role: 'وزير', country: 'JP', aliases: ['إيويا'], name: 'تاكيشي إيوايا', id: 'takeshi-iwaya' }],
  source: { publishedAt: '2025-01-07', outlet: 'البوابة نيوز' },
  seed: '002.txt',
});

describe('eventToFrontmatter', () => {
  test('round-trips every value exactly, hostile strings included', () => {
    expect(yamlToData(eventToFrontmatter(event))).toEqual(event);
  });

  test('writes keys in SPEC order', () => {
    const keys = eventToFrontmatter(event)
      .split('\n')
      .filter((line) => /^[a-zA-Z]+:/.test(line))
      .map((line) => line.split(':')[0]);
    expect(keys).toEqual(['title', 'summary', 'date', 'datePrecision', 'dateSource', 'parties', 'mentions', 'format', 'formats', 'location', 'officials', 'source', 'seed']);
  });

  test('writes what one dump of the whole mapping writes, with every field, a list of sources and the memos warm', () => {
    const full: EventData = {
      ...event,
      mentions: ['CN', 'KR'],
      formats: ['summit', 'other'],
      format: 'summit',
      location: { city: 'طوكيو', country: 'JP' },
      review: ['date', 'location'],
      officials: [{ id: 'takeshi-iwaya', name: 'تاكيشي إيوايا', aliases: ['إيويا'], country: 'JP', role: 'وزير' }, { id: 'wang-yi', name: 'وانغ يي', aliases: [], country: 'CN', role: 'وزير الخارجية' }],
      source: [{ outlet: 'أ', url: 'https://example.org/a' }, { publishedAt: '2025-01-08' }],
      seed: ['002.txt', '003.txt'],
    };
    const keys = ['title', 'summary', 'date', 'datePrecision', 'dateSource', 'parties', 'mentions', 'format', 'formats', 'location', 'officials', 'review', 'source', 'seed'] as const;
    // keys already in SPEC order, so that the one dump is the reference
    for (const each of [full, { ...full, review: undefined, source: { outlet: 'ب' }, seed: '004.txt' }, full, { ...full, officials: [] }]) {
      const whole = Object.fromEntries(keys.filter((key) => each[key] !== undefined).map((key) => [key, each[key]]));
      expect(eventToFrontmatter(each)).toBe(dataToYaml(whole));
    }
  });

  test('quotes dates so no YAML reader turns them into Date objects', () => {
    expect(eventToFrontmatter(event)).toContain('date: "2025-01-07"');
  });
});

describe('eventToMdx', () => {
  const body = {
    blocks: [
      { kind: 'paragraph' as const, text: '<script>alert(1)</script>' },
      { kind: 'list' as const, ordered: false, items: ['{process.exit(1)}'] },
    ],
    alsoReported: [{ text: 'موقع آخر', url: 'https://example.org/b' }],
    editorialNotes: [{ label: 'التاريخ', value: '2025-12-04', citation: 'https://example.org/a' }],
  };

  test('writes one frontmatter block, then the escaped body, ending with one newline', () => {
    const mdx = eventToMdx(event, body);
    expect(mdx.startsWith('---\ntitle: "---\\ntitle: hacked"\n')).toBe(true);
    expect(mdx.split(/^---$/m)).toHaveLength(3);
    expect(mdx).toContain('\\<script\\>alert(1)\\</script\\>');
    expect(mdx).toContain('- \\{process.exit(1)\\}');
    expect(mdx.endsWith('\n') && !mdx.endsWith('\n\n')).toBe(true);
  });

  test('cites every editorial value with a link', () => {
    expect(eventToMdx(event, body)).toContain('## ملاحظة تحريرية');
    expect(eventToMdx(event, body)).toContain('- التاريخ: 2025-12-04 ([المصدر](https://example.org/a))');
  });

  test('names the other sources of a merged event', () => {
    expect(eventToMdx(event, body)).toContain('ورد هذا الحدث أيضاً في: [موقع آخر](https://example.org/b).');
  });

  test('returns byte-identical text for the same event', () => {
    expect(eventToMdx(event, body)).toBe(eventToMdx(structuredClone(event), structuredClone(body)));
  });
});
