import { normalizeForMatching } from '../../src/arabic/fold.ts';
import { TIME_MARKERS } from '../../src/data/index.ts';

// The words that set one moment beside another, folded once for the stages that read them (otherOccasionClauses,
// relativeClause, openedClauses, sentences).

/** Words of before, after or at the same time (timeMarkers.json comesRelations: «بعد», «قبيل», «بالتزامن»), folded. */
export const RELATION_WORDS: readonly string[] = TIME_MARKERS.comesRelations.map(normalizeForMatching);

/** Spans of time between «بعد» and «من» (timeMarkers.json spansBefore: «يوم», «أسبوعين»), folded. */
export const SPAN_WORDS: readonly string[] = TIME_MARKERS.spansBefore.map(normalizeForMatching);

/** «منذ», folded: the time since which («منذ تولي X», «منذ توليهما مهامهما»). */
export const SINCE = 'منذ';
