import { resolve } from 'node:path';
import { describe, expect, test } from 'vitest';
import { folderToSeeds, seedsToPlan } from '../../tests/helpers/seedsInMemory.ts';
import { textsToExistingEvents } from './existingEvent.ts';
import { existingToPreviousIds } from './planRun.ts';

const label = (name: string) => `seeds/${name}`;
const seeds = folderToSeeds(resolve(import.meta.dirname, '../../seeds'), label).filter((seed) => seed.name === '003_6a3457b211413a86.txt');
const file = (seed: string) => `---\ntitle: "x"\nseed: "${seed}"\n---\n\nbody\n`;

describe('existingToPreviousIds', () => {
  test('gives each seed the id of the file that names it', () => {
    const existing = textsToExistingEvents(new Map([
      ['2025-01-07-us-summit.mdx', file('a.txt')],
      ['2025-01-08-kr-summit.mdx', `---\ntitle: "x"\nseed:\n  - "b.txt"\n  - "c.txt"\n---\n`],
      ['hand-made.mdx', '---\ntitle: "x"\n---\n'],
    ]));
    expect(existingToPreviousIds(existing)).toEqual(
      new Map([
        ['a.txt', '2025-01-07-us-summit'],
        ['b.txt', '2025-01-08-kr-summit'],
        ['c.txt', '2025-01-08-kr-summit'],
      ]),
    );
  });
});

describe('outcomesToPlan, the redirects table', () => {
  // One of the project's seeds, whose published file had an older id.
  const [seed] = seeds;
  const id = seedsToPlan(seeds, label).built[0]!.id;

  test('records the old id of a seed from the files in the folder', () => {
    const existing = textsToExistingEvents(new Map([['2000-01-01-in-official-visit.mdx', file(seed!.name)]]));
    const plan = seedsToPlan(seeds, label, { output: { existing, redirects: { text: '{}\n' } } });
    expect(JSON.parse(plan.redirects!.text)).toEqual({ '2000-01-01-in-official-visit': id });
  });

  test('takes the ids the last finished run left over the files in the folder, which a crashed run may have added to', () => {
    // A crashed run wrote the new file early and was killed before it removed the old one and wrote the table.
    const existing = textsToExistingEvents(new Map([
      ['2000-01-01-in-official-visit.mdx', file(seed!.name)],
      [`${id}.mdx`, file(seed!.name)],
    ]));
    const previousIds = new Map([[seed!.name, '2000-01-01-in-official-visit']]);
    const plan = seedsToPlan(seeds, label, { output: { existing, redirects: { text: '{}\n', previousIds } } });
    expect(JSON.parse(plan.redirects!.text)).toEqual({ '2000-01-01-in-official-visit': id });
    // Read from the folder alone, the file named later hides the published id, and its redirect is lost.
    expect(JSON.parse(seedsToPlan(seeds, label, { output: { existing, redirects: { text: '{}\n' } } }).redirects!.text)).toEqual({});
  });
});

describe('outcomesToPlan, seeds left for review', () => {
  const noYear = folderToSeeds(resolve(import.meta.dirname, '../../tests/fixtures/ingest/no-year'), label).filter((seed) => seed.name === 'input.txt');

  test('a seed the text does not settle is a review, not an error: the run succeeds and stale events still go', () => {
    const existing = textsToExistingEvents(new Map([['2001-01-01-xx-other.mdx', file('gone.txt')]]));
    const plan = seedsToPlan([...seeds, ...noYear], label, { output: { existing } });
    expect(plan.errors).toEqual([]);
    expect(plan.reviews.join()).toMatch(/seeds\/input\.txt: needs review — the article gives no year/);
    expect(plan.removes).toEqual(['2001-01-01-xx-other.mdx']);
  });

  test('keeps the published event of a seed that now waits for review, and --check does not call it extra', () => {
    const existing = textsToExistingEvents(new Map([['2024-12-04-vn-joint-working-group.mdx', file('input.txt')]]));
    const plan = seedsToPlan(noYear, label, { output: { existing } });
    expect(plan.removes).toEqual([]);
    expect(plan.awaitingReview).toEqual(['2024-12-04-vn-joint-working-group.mdx']);
    expect(plan.check.extra).toEqual([]);
  });
});
