import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { gunzipSync } from 'node:zlib';
import { decode } from 'cborg';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { mergePagefindIndexes, type PfChunk, type PfFilter, type PfIndex, type PfMeta, type PfWord } from './mergePagefindIndexes.ts';
import { pruneSearchBundle } from './pruneSearchBundle.ts';
import { readPagefindEntry } from './searchBundleFiles.ts';
import { readRecordFile } from '../build/readRecordFile.ts';
import { wordCountToStep } from './wordCountToStep.ts';
import { writeMergedBundle } from './writeMergedBundle.ts';

// The real Pagefind on a site of events of three decades: each decade indexed on its own, then merged, against one
// Pagefind run over every page. Pages are numbered otherwise (Pagefind numbers them in the order it reads them), so
// the two are compared by what they say of each page, named by its fragment's content.
const root = path.resolve(import.meta.dirname, '../..');
const pagefindBin = path.join(root, 'node_modules', '.bin', 'pagefind');
// Small chunks, so that a site of a few pages still has many, and the merge must cut them where Pagefind does.
const CHUNK_SIZE = 40;
let work = '';

interface EventPage {
  folder: string;
  title: string;
  body: string;
  meta: Record<string, string>;
  filters: Record<string, string>;
}

const pageHtml = ({ title, body, meta, filters, folder }: EventPage) =>
  `<!doctype html><html lang="ar" dir="rtl"><head><meta charset="utf-8"><title>${title}</title></head><body><main><h1 data-pagefind-meta="title">${title}</h1><div data-pagefind-body><p>${body}</p>${Object.entries(meta)
    .map(([key, value]) => `<span data-pagefind-meta="${key}[data-value]" data-value="${value}"></span>`)
    .join('')}${Object.entries(filters)
    .map(([key, value]) => `<span data-pagefind-filter="${key}:${value}"></span>`)
    .join('')}<span data-pagefind-filter="order:${folder.slice(0, 10)} ${folder}"></span></div></main></body></html>`;

// Words every decade shares (اليابان), words of one decade only (كويزومي, سيول), a spelling with diacritics in one
// decade only (طُوكيو), a meta field one decade lacks (mentioned), filter values of one decade (official).
const EVENTS: EventPage[] = [
  { folder: '2003-05-01-kr-summit', title: 'قمة يابانية كورية', body: 'التقى رئيس الوزراء كويزومي الرئيس الكوري في سيول وبحثا العلاقات بين اليابان وكوريا', meta: { terms: 'كوريا الجنوبية كويزومي', date: '2003-05-01' }, filters: { country: 'KR', official: 'junichiro-koizumi' } },
  { folder: '2006-11-20-cn-foreign-ministers', title: 'لقاء وزيري خارجية اليابان والصين', body: 'عقد وزيرا الخارجية لقاء في بكين لبحث التجارة بين اليابان والصين', meta: { terms: 'الصين', date: '2006-11-20' }, filters: { country: 'CN', official: 'taro-aso' } },
  { folder: '2012-02-03-in-strategic-dialogue', title: 'الحوار الاستراتيجي مع الهند', body: 'أجرت اليابان والهند الحوار الاستراتيجي في طُوكيو وتناول الأمن البحري', meta: { terms: 'الهند', mentioned: 'الصين', date: '2012-02-03' }, filters: { country: 'IN' } },
  { folder: '2015-07-09-au-2plus2', title: 'حوار 2+2 مع أستراليا', body: 'عقد وزراء الخارجية والدفاع من اليابان وأستراليا حوار 2+2 في سيدني', meta: { terms: 'أستراليا', mentioned: 'الولايات المتحدة', date: '2015-07-09' }, filters: { country: 'AU', format: '2plus2' } },
  { folder: '2021-04-16-us-summit', title: 'قمة يابانية أمريكية', body: 'التقى رئيس الوزراء سوغا الرئيس الأمريكي في واشنطن وأكدا التحالف بين اليابان والولايات المتحدة', meta: { terms: 'الولايات المتحدة سوغا', mentioned: 'الصين', date: '2021-04-16' }, filters: { country: 'US', official: 'yoshihide-suga' } },
  { folder: '2024-05-29-in-joint-working-group', title: 'مجموعة العمل المشتركة مع الهند', body: 'اجتمعت مجموعة العمل المشتركة في طوكيو لبحث السكك الحديدية بين اليابان والهند', meta: { terms: 'الهند', mentioned: 'أستراليا', date: '2024-05-29' }, filters: { country: 'IN', format: 'joint-working-group' } },
  { folder: '2025-01-07-us-foreign-ministers', title: 'لقاء وزيري خارجية اليابان والولايات المتحدة', body: 'التقى وزير الخارجية نظيره الأمريكي في طوكيو', meta: { terms: 'الولايات المتحدة', date: '2025-01-07' }, filters: { country: 'US' } },
];

function runPagefind(site: string, glob: string, output: string): void {
  const run = spawnSync(pagefindBin, ['--site', site, '--glob', glob, '--output-path', output], { encoding: 'utf8', env: { ...process.env, PAGEFIND_UNSTABLE_INDEX_CHUNK_SIZE: String(CHUNK_SIZE) } });
  if (run.status !== 0) throw new Error(`pagefind failed: ${run.stdout}${run.stderr}`);
}

const content = (file: string) => gunzipSync(fs.readFileSync(file)).subarray('pagefind_dcd'.length);

/** What a bundle says, page by page (named by its fragment's SHA-1 and word count, rounded as the merge rounds it): each word's and value's pages, the date order, the chunks' bounds. */
function bundleToFacts(dir: string) {
  const entry = readPagefindEntry(dir)!;
  const meta = decode(content(path.join(dir, `pagefind.${entry.languages.ar!.hash}.pf_meta`))) as PfMeta;
  const pageNames = meta[1].map(([hash, wordCount]) => `${createHash('sha1').update(content(path.join(dir, 'fragment', `${hash}.pf_fragment`))).digest('hex')}/${wordCountToStep(wordCount)}`);
  const words: Record<string, unknown> = {};
  for (const [, , hash] of meta[2]) {
    for (const [word, pages, variants] of (decode(content(path.join(dir, 'index', `${hash}.pf_index`))) as PfChunk)[0]) {
      const named = (list: typeof pages) => {
        let page = 0;
        return list.map(([delta, locs, metaLocs]) => [pageNames[(page += delta)], locs, metaLocs.map((value) => (value < 0 ? meta[5][-value - 1] : value))]).sort((a, b) => String(a[0]).localeCompare(String(b[0])));
      };
      words[word] = { pages: named(pages), variants: Object.fromEntries(variants.map(([form, formPages]) => [form, named(formPages)])) };
    }
  }
  const filters: Record<string, string[]> = {};
  for (const [, hash] of meta[3]) {
    const [filter, values] = decode(content(path.join(dir, 'filter', `${hash}.pf_filter`))) as PfFilter;
    for (const [value, pages] of values) filters[`${filter}:${value}`] = pages.map((page) => pageNames[page]!).sort();
  }
  return {
    fragmentNames: meta[1].map(([hash]) => hash),
    wordCounts: meta[1].map(([, wordCount]) => wordCount).sort((a, b) => a - b),
    pages: [...pageNames].sort(),
    words,
    filters,
    sorts: meta[4].map(([sort, pages]) => [sort, pages.map((page) => pageNames[page])]),
    chunkBounds: meta[2].map(([from, to]) => [from, to]),
    metaFields: meta[5],
    pageCount: entry.languages.ar!.page_count,
  };
}

beforeAll(() => {
  work = fs.mkdtempSync(path.join(os.tmpdir(), 'merge-pagefind-'));
  for (const event of EVENTS) {
    fs.mkdirSync(path.join(work, 'site', 'events', event.folder), { recursive: true });
    fs.writeFileSync(path.join(work, 'site', 'events', event.folder, 'index.html'), pageHtml(event));
  }
});
afterAll(() => fs.rmSync(work, { recursive: true, force: true }));

describe('writeMergedBundle', () => {
  test('merges Pagefind indexes of three decades into what one Pagefind run over every page says', () => {
    const site = path.join(work, 'site');
    const parts = ['events/200?-*/index.html', 'events/201?-*/index.html', 'events/202?-*/index.html'].map((glob, i) => {
      const dir = path.join(work, 'parts', String(i));
      runPagefind(site, glob, dir);
      return dir;
    });
    runPagefind(site, 'events/*/index.html', path.join(work, 'single'));
    const merged = path.join(work, 'merged');
    const sources = path.join(work, 'fragment-sources.json');
    expect(writeMergedBundle(parts, merged, sources, CHUNK_SIZE)).toBeGreaterThan(EVENTS.length);
    expect(pruneSearchBundle(merged, readRecordFile<string>(sources)).unsound).toEqual([]);
    // Without the record of where each event fragment came from, nothing tells that they hold what they should.
    expect(pruneSearchBundle(merged).unsound).toHaveLength(EVENTS.length);
    const one = bundleToFacts(path.join(work, 'single'));
    const fromParts = bundleToFacts(merged);
    // The decades differ in their meta fields (the 2000s have no "mentioned"): renumbered into the merged list.
    expect(bundleToFacts(parts[0]!).metaFields).not.toEqual(one.metaFields);
    expect(one.chunkBounds.length).toBeGreaterThan(5);
    expect(Object.keys(one.words)).toContain('كويزوم');
    // What differs, by design: the order filter is read into the fragments' names and left out.
    const { fragmentNames: orderedNames, filters: mergedFilters, wordCounts: mergedCounts, ...mergedFacts } = fromParts;
    const { fragmentNames: pagefindNames, filters: oneFilters, wordCounts: pagefindCounts, ...oneFacts } = one;
    expect(mergedFacts).toEqual(oneFacts);
    // And the word counts, rounded to steps.
    expect(mergedCounts).toEqual(pagefindCounts.map(wordCountToStep));
    expect(mergedCounts).not.toEqual(pagefindCounts);
    expect(mergedFilters).toEqual(Object.fromEntries(Object.entries(oneFilters).filter(([key]) => !key.startsWith('order:'))));
    expect(Object.keys(oneFilters).filter((key) => key.startsWith('order:'))).toHaveLength(EVENTS.length);
    expect(pagefindNames.every((name) => /^ar_[0-9a-f]{7,}$/.test(name))).toBe(true);
    // Named by date and rank within the day, and numbered in that order: the fragments, page after page, are the
    // events in date order.
    expect(orderedNames).toEqual(EVENTS.map((event) => `${event.folder.slice(0, 10).replaceAll('-', '')}00`).sort());
    const urlOf = (name: string) => (JSON.parse(content(path.join(merged, 'fragment', `${name}.pf_fragment`)).toString()) as { url: string }).url;
    expect(orderedNames.map(urlOf)).toEqual(EVENTS.map((event) => `/events/${event.folder}/`).sort());
    // Pagefind's scripts and WebAssembly come along, so the bundle is whole.
    for (const file of ['pagefind.js', 'pagefind-worker.js', 'wasm.ar.pagefind']) expect(fs.existsSync(path.join(merged, file))).toBe(true);
  });
});

describe('mergePagefindIndexes', () => {
  // Two parts of one page each, whose fragments have the same short name.
  const part = (word: string): PfIndex => ({
    meta: ['1.6.0', [['ar_abc1234', 3, '']], [[word, word, `ar_${word}`]], [], [['date', [0]]], ['title']],
    chunk: () => [[[word, [[0, [1], []]], []]]],
    filters: new Map(),
  });
  const fragmentNames = (fullHashes: [string, string]) => {
    const merged = mergePagefindIndexes([part('a'), part('b')], 'ar', (index) => fullHashes[index]!);
    return { names: merged.fragments.map((names) => names.get('ar_abc1234')), pages: (decode(merged.meta.content) as PfMeta)[1].map(([hash]) => hash) };
  };

  test('a fragment name another part took is made one digit longer, as Pagefind does within one run', () => {
    expect(fragmentNames(['abc1234aaaa', 'abc1234bbbb'])).toEqual({ names: ['ar_abc1234', 'ar_abc1234b'], pages: ['ar_abc1234', 'ar_abc1234b'] });
  });

  test('identical pages keep one name', () => {
    expect(fragmentNames(['abc1234aaaa', 'abc1234aaaa'])).toEqual({ names: ['ar_abc1234', 'ar_abc1234'], pages: ['ar_abc1234', 'ar_abc1234'] });
  });

  test('a word that fills a chunk alone gets a chunk of its own, so that its neighbours do not fetch it', () => {
    // One page; «إلى» stands on it 12 times (size 13 against chunks of 10), its neighbours in byte order once.
    const words: PfWord[] = [['الماني', [[0, [3], []]], []], ['الهند', [[0, [5], []]], []], ['الي', [[0, Array.from({ length: 12 }, (_, i) => 10 + i), []]], []], ['اليابان', [[0, [1], []]], []]];
    const index: PfIndex = { meta: ['1.6.0', [['ar_abc1234', 30, '']], [['الماني', 'اليابان', 'ar_chunk']], [], [], ['title']], chunk: () => [words], filters: new Map() };
    const merged = mergePagefindIndexes([index], 'ar', () => 'abc1234', 10);
    const chunks = (decode(merged.meta.content) as PfMeta)[2].map(([, , hash]) => (decode(merged.chunks.get(hash)!) as PfChunk)[0].map(([word]) => word));
    expect(chunks).toEqual([['الماني', 'الهند'], ['الي'], ['اليابان']]);
  });
});
