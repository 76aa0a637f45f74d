import { normalizeForMatching } from '../../src/arabic/fold.ts';
import { EVENT_CUES } from '../../src/data/index.ts';
import type { Sentence } from './sentences.ts';

/**
 * Verbs of meeting, travel and taking part in the future («سيزور», «سيلتقي»: eventCues futureVerbs), and of a decision or
 * a stance («قرر», «يحتفظ»: decisionVerbs), folded: the subject of one, told after «أن», is spoken of at the talks.
 */
const actVerbs: ReadonlySet<string> = new Set([...EVENT_CUES.futureVerbs, ...EVENT_CUES.decisionVerbs].map(normalizeForMatching));
/** «أن», «إن», «بأن», «فإن», «وأن», folded: what follows one is what was said. */
const COMPLEMENTIZERS: ReadonlySet<string> = new Set(['أن', 'بأن', 'فإن', 'وأن'].map(normalizeForMatching));
/** How many words the subject of the act may take between «أن» and its verb (titles, nisbas, two names). */
const SUBJECT_REACH = 10;

/**
 * The token spans [start, end) of the subjects of acts to come, or of decisions and stances, told after «أن»: «وأكد
 * جلالة الملك أن [رئيس الوزراء الياباني شينزو آبي] سيزور المملكة …», «واوضح شريف خلال اللقاء ان [الرئيس عبدالله يمين
 * عبدالقيوم] سيبدأ يوم الاثنين المقبل زيارة …», «أوضح أن [رئيس الوزراء كويزومي] قرر إيفاده» (pair-254), «وأضاف وزير
 * الخارجية أن [الرئيس حسن روحاني] يحتفظ بذكريات طيبة …» (pair-259). Who is named there was spoken of at the talks, not
 * one of those who held them. No punctuation may stand between «أن» and the verb. absenceFramesOf reads them as frames,
 * so every stage that asks who was not there (officials, side levels, formats) sees them.
 */
export function spokenOfActClauses(sentence: Sentence): [number, number][] {
  const tokens = sentence.tokens;
  const spans: [number, number][] = [];
  for (let verb = 1; verb < tokens.length; verb++) {
    if (!actVerbs.has(tokens[verb]!.norm)) continue;
    for (let at = verb - 1; at >= 0 && verb - at <= SUBJECT_REACH; at--) {
      if (/[،,.:؛!?؟]/.test(sentence.norm.slice(tokens[at]!.end, tokens[at + 1]!.start))) break;
      if (COMPLEMENTIZERS.has(tokens[at]!.norm)) {
        if (verb - at > 1) spans.push([at + 1, verb]);
        break;
      }
    }
  }
  return spans;
}
