import { foldForMatching } from '../../src/arabic/fold.ts';
import { EVENT_CUES } from '../../src/data/index.ts';
import { isRelativePronoun } from './relativeClause.ts';
import type { Token } from './tokenize.ts';

const table = EVENT_CUES.handingOver;
/** The verbs, with the conjunctions that open a sentence or clause and the pronoun of who received («وسلّمه», «فتسلّم»), folded. */
const verbs = new Set(table.verbs.flatMap((word) => ['', 'ه', 'ها', 'هما', 'هم'].map((pronoun) => `${word}${pronoun}`)).flatMap((word) => [word, `و${word}`, `ف${word}`]).map(foldForMatching));
const objects = new Set(table.objects.map(foldForMatching));

/**
 * Whether the words tell something handed over in person: a verb of handing over or receiving, then within `reach`
 * words and no subordinate clause what is handed over («سلّم وزير الخارجية … اليوم … رئيس الوزراء الياباني … رسالة
 * خطية», «تسلّم … نسخة من أوراق اعتماد …», «نقل الأمير … رسالة من الملك»), a meeting though no word of one is written
 * («تسلّم مهامه», taking up a post, hands nothing over).
 */
export function handsOverInPerson(tokens: readonly Token[]): boolean {
  for (let at = 0; at < tokens.length; at++) {
    if (!verbs.has(tokens[at]!.norm)) continue;
    const last = Math.min(tokens.length, at + 1 + table.reach);
    for (let next = at + 1; next < last; next++) {
      if (objects.has(tokens[next]!.norm)) return true;
      // (a long subject and a long name of who received may stand between, «سلّم المبعوث الخاص لرئيس الوزراء الياباني،
      // النائب X، اليوم الخميس، الرئيس Y رسالة»; a subordinate clause ends the verb's reach: «… بعد أن درستها …»)
      if (tokens[next]!.norm === THAT || isRelativePronoun(tokens[next]!.norm)) break;
    }
  }
  return false;
}

/** «أن», folded: a clause of its own opens, as after a relative pronoun. */
const THAT = 'ان';
