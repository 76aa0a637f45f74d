import { EVENT_CUES } from '../../src/data/index.ts';
import { commaBetween } from './commaBetween.ts';
import { buildPhraseIndex, findPhrases, type PhraseMatch } from './phraseIndex.ts';
import type { Sentence } from './sentences.ts';
import { normalizeForMatching } from '../../src/arabic/fold.ts';

/** What a clause opener opens: another time or a plan («منذ», «على أن»), or an event being prepared («التحضير لزيارة»). */
export type OpenedClause = PhraseMatch<'other' | 'preparing'>;

/** «أمله في أن», «أمله الكبير في أن»: each noun of hope, with each adjective or none, before the particle. */
const { nouns, adjectives, particle } = EVENT_CUES.hopeClauseOpeners;
const HOPE_OPENERS = nouns.flatMap((noun) => ['', ...adjectives.map((adjective) => `${adjective} `)].map((adjective) => `${noun} ${adjective}${particle}`));

// the longer openers of the talks themselves («قبل أن يعقد», «المشاورات بدأت») are read first and open no other clause
const openerIndex = buildPhraseIndex<'other' | 'preparing' | 'talks'>([
  ...EVENT_CUES.talksClauseOpeners.map((opener) => [opener, 'talks'] as const),
  ...EVENT_CUES.preparingClauseOpeners.map((opener) => [opener, 'preparing'] as const),
  ...[...EVENT_CUES.otherClauseOpeners, ...HOPE_OPENERS].map((opener) => [opener, 'other'] as const),
]);
/** The openers that open a clause in a title too (eventCues.json titleClauseOpeners: «منذ», «غداة», «عشية»), folded. */
const TITLE_OPENERS: ReadonlySet<string> = new Set(EVENT_CUES.titleClauseOpeners.map(normalizeForMatching));
/** How many words after an opener («منذ», «على أن») its clause still covers a name, up to the next comma. */
const CLAUSE_REACH = 14;

/**
 * The clauses a sentence opens on another time, a plan or an event being prepared. In the title a present tense tells
 * the event itself («بوريطة يتباحث مع …»), so there only an event being prepared opens one («يمهدان لقمة X وY»), or a
 * moment beside the event: «منذ», the time since which («… في أول لقاء منذ تنصيب ترامب»: who took office is no one who
 * met), «غداة», the day after, «عشية», the eve («بلخادم وماتشيمورا يبحثان … غداة قمة بوتفليقة - كويزومي»).
 */
export function openedClausesOf(sentence: Sentence): OpenedClause[] {
  return findPhrases(openerIndex, sentence.tokens).filter((clause): clause is OpenedClause => clause.value !== 'talks' && (sentence.index > 0 || clause.value === 'preparing' || TITLE_OPENERS.has(sentence.tokens[clause.start]!.norm)));
}

/** Whether token `at` stands in one of `clauses`: within CLAUSE_REACH words after its opener, no comma between. */
export function inOpenedClause(sentence: Sentence, clauses: readonly OpenedClause[], at: number): boolean {
  return clauses.some((clause) => clause.end <= at + 1 && at - clause.end < CLAUSE_REACH && !commaBetween(sentence, clause.end - 1, at, true));
}
