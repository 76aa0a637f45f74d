import { normalizeForMatching } from '../../src/arabic/fold.ts';
import { TIME_MARKERS } from '../../src/data/index.ts';
import { findDateMentions, type DateMention } from './parseArabicDate.ts';
import { withoutProclitics } from './phraseIndex.ts';
import type { Sentence } from './sentences.ts';

/** The nouns of a visit, folded («زيارة», «الزيارة»; their proclitics are taken off the word). */
const VISIT_NOUNS = new Set(TIME_MARKERS.datedVisits.nouns.map(normalizeForMatching));
/** Words that may stand between a visit and its month («في», «مطلع», «أواخر»), folded. */
const TIME_LEADS = new Set(TIME_MARKERS.datedVisits.timeLeads.map(normalizeForMatching));
/** How many words the visit may span, from its noun to its month. */
const REACH = TIME_MARKERS.datedVisits.reach;
/** Punctuation that ends the visit's noun phrase. */
const CLAUSE_MARK = /[،,؛;.:!?؟]/;

/** Whether a folded word is a visit noun, with or without its proclitics («بزيارة»). */
function isVisitNoun(word: string): boolean {
  return withoutProclitics(word).some((form) => VISIT_NOUNS.has(form));
}

/** Whether a mention dates a month of another time than an event on `eventDay` (any month when the day is not known; never «الشهر الجاري»). */
function isOtherMonth(mention: DateMention, eventDay: string | undefined): boolean {
  if (mention.kind === 'relativeMonth') return mention.offset !== 0;
  if (mention.kind !== 'calendar' || mention.month === undefined || mention.day !== undefined || mention.calendar !== undefined) return false;
  if (mention.relation === 'current') return false;
  if (!eventDay || mention.relation !== undefined) return true;
  const [year, month] = eventDay.split('-').map(Number);
  return mention.month !== month || (mention.year !== undefined && mention.year !== year);
}

/**
 * Where the visits a sentence dates by a month of their own begin (the visit noun's start in the folded text): in
 * «رحب الوزير في رسالته … بمناسبة زيارة رئيسة وزراء ليتوانيا إنغريدا شيمونيتي إلى اليابان في أكتوبر الماضي» the
 * prime minister made that visit and took no part in the talks. A month of the event's own, a day («في 5 مايو») or
 * «الشهر الجاري» dates no other visit.
 */
export function datedVisitStarts(sentence: Sentence, eventDay?: string): number[] {
  const tokens = sentence.tokens;
  if (!tokens.some((token) => isVisitNoun(token.norm))) return [];
  const starts: number[] = [];
  for (const mention of findDateMentions(sentence.norm)) {
    if (!isOtherMonth(mention, eventDay)) continue;
    const month = tokens.findIndex((token) => token.start >= mention.at);
    if (month <= 0) continue;
    // back over the words before the month («في», «مطلع»), then to a visit noun, no clause mark between
    let at = month;
    while (at > 0 && TIME_LEADS.has(tokens[at - 1]!.norm) && !CLAUSE_MARK.test(sentence.norm.slice(tokens[at - 1]!.end, tokens[at]!.start))) at--;
    if (at === month) continue;
    for (let back = at - 1; back >= Math.max(0, at - REACH); back--) {
      if (CLAUSE_MARK.test(sentence.norm.slice(tokens[back]!.end, tokens[back + 1]!.start))) break;
      if (isVisitNoun(tokens[back]!.norm)) {
        starts.push(tokens[back]!.start);
        break;
      }
    }
  }
  return starts;
}
