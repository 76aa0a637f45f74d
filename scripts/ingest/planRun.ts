import { createIdSequence } from './eventId.ts';
import { seedEventsToPlan, seedEventToBuiltEvent, type BuildResult, type BuiltEvent } from './buildEvents.ts';
import type { MergeNote } from './merge.ts';
import type { SeedOutcome } from './pipeline.ts';
import { mdxToDigest, type ExistingEvent } from './existingEvent.ts';
import { updateRedirects, type Redirects } from './redirects.ts';
import { compareOutputs, type CheckResult } from './report.ts';
import type { SeedEvent } from './seedEvent.ts';

/** One file the run writes into the events folder. */
export interface PlannedWrite {
  name: string;
  text: string;
}

/** What the events folder holds before the run, and what the run has already written ahead of the plan. */
export interface OutputState {
  /** File name → digest and seeds of every .mdx in the folder before the run. */
  existing: ReadonlyMap<string, ExistingEvent>;
  /** File name → text written early by this run (files that did not exist before it). */
  writtenEarly?: ReadonlyMap<string, string>;
  /**
   * The redirects table's text before the run, and each seed's id as the last finished run left the folder (read from
   * `existing` when not given); undefined when the run keeps no redirects (a folder other than the project's).
   */
  redirects?: { text: string | undefined; previousIds?: ReadonlyMap<string, string> } | undefined;
}

/** Everything one run does, decided before any of it is done: the CLI only carries it out. */
export interface RunPlan {
  /** The events, in seed-name order of their first seed. */
  built: BuiltEvent[];
  merges: MergeNote[];
  /** Seeds that could not be read (empty, a bad sidecar …) and events whose frontmatter is invalid: the run exits 1. */
  errors: string[];
  /** Seeds whose date or partner the text does not settle: not published until an editor's sidecar does; the run still succeeds. */
  reviews: string[];
  /** File name → text of every event file the seeds give. */
  expected: Map<string, string>;
  /** Files to write, in order (a correction lands after the early write it replaces). */
  writes: PlannedWrite[];
  /** Files to delete: written early under an id no event ended with, and, on a run without errors, files ingest made that no seed makes any more. */
  removes: string[];
  /** Files no seed makes that ingest did not make either (no seed field): left for a person. */
  kept: string[];
  /** Published events whose seed now waits for review: left as they are until an editor settles the seed. */
  awaitingReview: string[];
  /** Events whose file differs from what was there before the run. */
  changed: BuiltEvent[];
  /** The redirects table to write, when it changes. */
  redirects?: { text: string; changed: boolean };
  /** What `--check` reports. */
  check: CheckResult;
}

/** Seed name → the id of the event file that names it, in an events folder. */
export function existingToPreviousIds(existing: ReadonlyMap<string, ExistingEvent>): Map<string, string> {
  const previousIds = new Map<string, string>();
  for (const [name, file] of existing) for (const seed of file.seeds) previousIds.set(seed, name.slice(0, -'.mdx'.length));
  return previousIds;
}

/** The results of the seeds that worked; the errors of those that could not be read; the seeds left for review (read, but not settled). */
export function outcomesToSeedEvents(outcomes: readonly SeedOutcome[]): { events: SeedEvent[]; errors: string[]; reviews: string[]; reviewSeeds: Set<string> } {
  const events: SeedEvent[] = [];
  const errors: string[] = [];
  const reviews: string[] = [];
  const reviewSeeds = new Set<string>();
  for (const { seed, result } of outcomes) {
    if (result.ok) events.push(result.event);
    else if (result.draft) {
      reviews.push(...result.errors);
      reviewSeeds.add(seed);
    } else errors.push(...result.errors);
  }
  return { events, errors, reviews, reviewSeeds };
}

/**
 * Decides what each event file is written early, while later seeds are still being read: the seeds are given in
 * seed-name order, and each event is named as if no later seed merged with it. A file already on disk is never
 * replaced early, so a run that fails later loses nothing; the plan corrects the few early guesses a merge changes.
 */
export function createEarlyWrites(existingNames: ReadonlySet<string>, seedToLabel: (seed: string) => string): (outcome: SeedOutcome) => PlannedWrite | undefined {
  const nextId = createIdSequence();
  return (outcome) => {
    if (!outcome.result.ok) return undefined;
    // Kept on the outcome, so the plan does not build it again.
    const built = (outcome.built ??= seedEventToBuiltEvent(outcome.result.event, '', seedToLabel));
    const name = `${nextId(outcome.result.event.data)}.mdx`;
    if (!built.ok || existingNames.has(name)) return undefined;
    return { name, text: built.event.mdx };
  };
}

/**
 * The whole run, decided from every seed's outcome (in seed-name order) and what the events folder holds: which
 * events there are, which files to write, remove and keep, the redirects table, and what `--check` would say.
 * Pure: the same outcomes and folder give the same plan.
 */
export function outcomesToPlan(outcomes: readonly SeedOutcome[], output: OutputState, seedToLabel: (seed: string) => string): RunPlan {
  const { events: seedEvents, errors, reviews, reviewSeeds } = outcomesToSeedEvents(outcomes);
  const { events: planned, ids, merges } = seedEventsToPlan(seedEvents);
  // An event merged with no other seed was already built with its seed (in parallel, its id left empty).
  const builtBySeedEvent = new Map<SeedEvent, BuildResult>();
  for (const outcome of outcomes) if (outcome.result.ok && outcome.built) builtBySeedEvent.set(outcome.result.event, outcome.built);
  const built: BuiltEvent[] = [];
  for (let i = 0; i < planned.length; i++) {
    const event = planned[i]!;
    const ready = builtBySeedEvent.get(event);
    const result = ready ?? seedEventToBuiltEvent(event, ids[i]!, seedToLabel);
    if (!result.ok) {
      errors.push(...result.errors);
      continue;
    }
    built.push(ready ? { ...result.event, id: ids[i]! } : result.event);
  }

  const expected = new Map(built.map((event) => [`${event.id}.mdx`, event.mdx]));
  const writtenEarly = output.writtenEarly ?? new Map<string, string>();
  const writes: PlannedWrite[] = [];
  const changed: BuiltEvent[] = [];
  const digests = new Map<string, string>();
  for (const event of built) {
    const name = `${event.id}.mdx`;
    const digest = mdxToDigest(event.mdx);
    digests.set(name, digest);
    const same = output.existing.get(name)?.digest === digest;
    if (!same) changed.push(event);
    if (writtenEarly.has(name) ? writtenEarly.get(name) !== event.mdx : !same) writes.push({ name, text: event.mdx });
  }
  // Written early under an id no event ended with (a later seed merged into it): never published, so always removed.
  const removes = [...writtenEarly.keys()].filter((name) => !expected.has(name));
  // A published event whose seed now waits for review stays as it was until an editor settles it.
  const awaitingReview = [...output.existing.keys()].filter((name) => !expected.has(name) && output.existing.get(name)!.seeds.some((seed) => reviewSeeds.has(seed)));
  const extra = [...output.existing.keys()].filter((name) => !expected.has(name) && !awaitingReview.includes(name));
  // Ingest's own files (they name their seed) go only when every seed could be read: a failing seed never costs its published event.
  const madeByIngest = extra.filter((name) => output.existing.get(name)!.seeds.length > 0);
  if (errors.length === 0) removes.push(...madeByIngest);
  const kept = extra.filter((name) => !madeByIngest.includes(name));
  const checked = new Map([...output.existing].filter(([name]) => !awaitingReview.includes(name)).map(([name, file]) => [name, file.digest]));

  const plan: RunPlan = { built, merges, errors, reviews, expected, writes, removes, kept, awaitingReview, changed, check: compareOutputs(digests, checked) };
  if (output.redirects) {
    const current = output.redirects.text ? (JSON.parse(output.redirects.text) as Redirects) : {};
    const previousIds = output.redirects.previousIds ?? existingToPreviousIds(output.existing);
    const text = `${JSON.stringify(updateRedirects(current, previousIds, built), null, 2)}\n`;
    plan.redirects = { text, changed: text !== output.redirects.text };
  }
  return plan;
}
