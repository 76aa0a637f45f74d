import { normalizeForMatching } from '../../src/arabic/fold.ts';
import { EVENT_CUES, PARTY_CUES } from '../../src/data/index.ts';
import { buildPhraseIndex, findPhrases, matchPhraseAt, type PhraseMatch, withoutProclitics } from './phraseIndex.ts';
import { ADDRESS_OPENERS, HONORIFICS, titleIndex, titlesIn } from './nameWords.ts';
import { spokenOfActClauses } from './spokenOfActClauses.ts';
import { isLetterWord } from './isLetterWord.ts';
import type { Sentence } from './sentences.ts';

const absenceIndex = buildPhraseIndex(EVENT_CUES.absenceFrames.map((frame) => [frame, true] as const));
const notAbsenceIndex = buildPhraseIndex(EVENT_CUES.notAbsenceFrames.map((phrase) => [phrase, true] as const));

/** How many words after a frame («نقل تحيات», «مثنيا على جهود») the person it speaks of may stand, forms of address aside. */
const ABSENCE_REACH = 4;

/** A phrase that says the person after it was not at the meeting, and how far on that person may stand (`reach`, words). */
export type AbsenceFrame = PhraseMatch<boolean> & { reach?: number };

const governmentWords = new Set(EVENT_CUES.governmentHeads.governmentWords.map(normalizeForMatching));
const headIndex = buildPhraseIndex(EVENT_CUES.governmentHeads.headWords.map((word) => [word, true] as const));
/** A movement, party or front, folded («حركة», «الحزب»): after a head word it formed the government, no person heads it there. */
const movementWords = new Set(EVENT_CUES.governmentHeads.movementWords.map(normalizeForMatching));

const councilIndex = buildPhraseIndex(EVENT_CUES.governmentHeads.councils.map((council) => [council, true] as const));
/** «وفد», «الوفد» …, folded: a council's delegation is led by the head named after it («وفد المجلس الرئاسي برئاسة X»). */
const delegationWords = new Set(PARTY_CUES.delegationWords.map(normalizeForMatching));

/**
 * The words naming a government's or a governing council's head a few words after it («الحكومة اليابانية الجديدة
 * برئاسة …», «لمجلس القيادة الرئاسي برئاسة فخامة الرئيس …»), as frames.
 */
function governmentHeadFrames(sentence: Sentence): PhraseMatch<boolean>[] {
  const { tokens } = sentence;
  const heads = findPhrases(headIndex, tokens);
  if (heads.length === 0) return [];
  const reach = EVENT_CUES.governmentHeads.reach;
  // (not a council's delegation: «وفد المجلس الرئاسي برئاسة X» names who led it to the talks)
  const councils = findPhrases(councilIndex, tokens).filter((council) => !withoutProclitics(tokens[council.start - 1]?.norm ?? '').some((form) => delegationWords.has(form)));
  // (a movement right after the head word formed the government, and the person after it is no head: «الحكومة المؤقتة
  // التي شكلتها حركة طالبان أمير خان متقي» names the movement's foreign minister)
  // (a movement's head is named as a government's is: «التي شكلها الحزب الديمقراطي الياباني برئاسة يوكيو هاتوياما»)
  return heads.filter(
    (head) =>
      (tokens.slice(Math.max(0, head.start - reach), head.start).some((token) => governmentWords.has(token.norm) || movementWords.has(token.norm)) ||
        councils.some((council) => council.end <= head.start && head.start - council.end < reach)) &&
      !movementWords.has(tokens[head.end]?.norm ?? ''),
  );
}

const invitationWords = new Set(EVENT_CUES.invitations.invitationWords.map(normalizeForMatching));
const visitIndex = buildPhraseIndex(EVENT_CUES.invitations.visitWords.map((word) => [word, true] as const));

/**
 * An invitation and the visit it asks for a few words on («دعوة رسمية من اليابان للرئيس ياماندو أورسي لزيارة طوكيو»,
 * «ويدعو إيشيبا لزيارة بيشكك»), as a frame at the invitation word that reaches to the visit: who stands between was
 * invited, or sent the invitation, and was not at the meeting. No punctuation may stand between them.
 */
function invitationFrames(sentence: Sentence): AbsenceFrame[] {
  const tokens = sentence.tokens;
  return findPhrases(visitIndex, tokens).flatMap((visit) => {
    const at = invitationBefore(sentence, visit.start);
    return at === undefined ? [] : [{ value: true, start: at, end: at + 1, prefixed: false, prefix: '', reach: visit.start - at - 1 }];
  });
}

/** The invitation word a few words before the visit word at `visit`, no punctuation between, if any. */
function invitationBefore(sentence: Sentence, visit: number): number | undefined {
  const tokens = sentence.tokens;
  for (let at = visit - 1; at >= 0 && visit - at <= EVENT_CUES.invitations.reach; at--) {
    if (/[،,.:؛;!?؟]/.test(sentence.norm.slice(tokens[at]!.end, tokens[at + 1]!.start))) return undefined;
    if (withoutProclitics(tokens[at]!.norm).some((form) => invitationWords.has(form))) return at;
  }
  return undefined;
}

/**
 * The visit words an invitation asks for, by their last token («سلّمه دعوة من حكومة بلاده لزيارة رسمية إلى اليابان»,
 * «دعوة … للقيام بزيارة رسمية»): the visit invited to, not the meeting the sentence tells.
 */
export function invitedVisits(sentence: Sentence): ReadonlySet<number> {
  return new Set(findPhrases(visitIndex, sentence.tokens).filter((visit) => invitationBefore(sentence, visit.start) !== undefined).map((visit) => visit.end - 1));
}


/** How many words after a frame the second of two people it speaks of may open, behind «، و» and a title. */
const COORDINATED_REACH = 16;

/**
 * The second person a frame speaks of, joined to the first by «، و» and a title («نقل تحيات الملك سلمان بن عبدالعزيز،
 * وصاحب السمو الملكي الأمير محمد بن سلمان ولي العهد»): a frame at that «و» word. Only the first «، و» after a frame
 * counts, and only when a title or a form of address opens there.
 */
function coordinatedFrames(sentence: Sentence, frames: readonly PhraseMatch<boolean>[]): PhraseMatch<boolean>[] {
  const tokens = sentence.tokens;
  return frames.flatMap((frame) => {
    for (let at = frame.end + 1; at < Math.min(tokens.length, frame.end + COORDINATED_REACH); at++) {
      if (!tokens[at]!.norm.startsWith('و') || !/[،,]\s*$/.test(sentence.norm.slice(tokens[at - 1]!.end, tokens[at]!.start))) continue;
      const title = matchPhraseAt(titleIndex, tokens, at);
      const opensPerson = (title !== undefined && title.prefix === 'و') || ADDRESS_OPENERS.has(tokens[at]!.norm.slice(1));
      return opensPerson ? [{ value: true, start: at, end: at + 1, prefixed: true, prefix: 'و' }] : [];
    }
    return [];
  });
}

/** How many words after a letter's frame its addressee («إلى رئيس الوزراء X») may stand, past the sender's name and titles. */
const ADDRESSEE_REACH = 12;
/** How many words after a letter's word its sender may be named behind «من», past the addressee and his honorifics («رسالة خطية لحضرة صاحب الجلالة السلطان قابوس بن سعيد المعظم -حفظه الله ورعاه- من دولة شينزو آبي»). */
const SENDER_REACH = 16;

/** Verbs of receiving and meeting, folded: a relative clause opening with one after the addressee has the addressee as its subject. */
const talkVerbs = EVENT_CUES.talkVerbs.map(normalizeForMatching);
/** How many words after «إلى» a relative clause about the addressee may open. */
const RELATIVE_REACH = 10;

/** Whether a relative clause after the addressee says the addressee received or met the bearer («، الذي استقبله …»). */
function receivedTheBearer(sentence: Sentence, to: number): boolean {
  const tokens = sentence.tokens;
  for (let at = to + 1; at < Math.min(tokens.length - 1, to + RELATIVE_REACH); at++) {
    if ((tokens[at]!.norm === 'الذي' || tokens[at]!.norm === 'التي') && talkVerbs.some((verb) => tokens[at + 1]!.norm.startsWith(verb))) return true;
  }
  return false;
}

/**
 * The addressee of a letter a frame speaks of («رسالة من الرئيس بشار الأسد إلى رئيس وزراء اليابان تارو آسو»): a frame at
 * the first «إلى» within reach after a frame that opens with a word of a letter.
 */
function addresseeFrames(sentence: Sentence, frames: readonly PhraseMatch<boolean>[]): PhraseMatch<boolean>[] {
  const tokens = sentence.tokens;
  return frames.flatMap((frame) => {
    // (behind any proclitic: «وبرسالة», «للرسالة التي بعث بها الرئيس فور إلى رئيس الوزراء الياباني شينزو آبي»)
    if (!isLetterWord(tokens[frame.start]!.norm)) return [];
    const found: PhraseMatch<boolean>[] = [];
    for (let at = frame.end; at < Math.min(tokens.length, frame.end + SENDER_REACH); at++) {
      // the sender after the addressee («رسالة خطية لحضرة صاحب الجلالة السلطان قابوس … من دولة شينزو آبي»), when the
      // frame named no sender
      if (tokens[at]!.norm === 'من' && tokens[frame.end - 1]!.norm !== 'من' && found.length === 0) found.push({ value: true, start: at, end: at + 1, prefixed: false, prefix: '' });
      if (tokens[at]!.norm !== 'الي' || at >= frame.end + ADDRESSEE_REACH) continue;
      // («… إلى رئيس الوزراء الياباني شينزو آبي، الذي استقبله الجمعة»: the addressee who received the bearer was there)
      return receivedTheBearer(sentence, at) ? found : [...found, { value: true, start: at, end: at + 1, prefixed: false, prefix: '' }];
    }
    return found;
  });
}

/** The frames of a sentence that speak of someone who was not there («نقل تحيات X», «مثنيا على جهود X», «الحكومة … برئاسة X»). */
export function absenceFramesOf(sentence: Sentence): AbsenceFrame[] {
  // three stages ask (officials, side levels, formats): read once per sentence's words, whatever copy of it asks
  let frames = framesByTokens.get(sentence.tokens);
  if (frames === undefined) framesByTokens.set(sentence.tokens, (frames = readAbsenceFrames(sentence)));
  return frames;
}

/** The frames of each sentence read so far, by its tokens (a sentence marked as background is a copy sharing them). */
const framesByTokens = new WeakMap<readonly unknown[], AbsenceFrame[]>();

/**
 * The subjects of acts to come told after «أن» («وأكد جلالة الملك أن [رئيس الوزراء الياباني X] سيزور المملكة …»), as
 * frames at «أن» that reach to the verb: spoken of at the talks, not there.
 */
function spokenOfActFrames(sentence: Sentence): AbsenceFrame[] {
  return spokenOfActClauses(sentence).map(([start, end]) => ({ value: true, start: start - 1, end: start, prefixed: false, prefix: '', reach: end - start - 1 }));
}

function readAbsenceFrames(sentence: Sentence): AbsenceFrame[] {
  // an invitation's frames and those of acts to come open no second person behind «، و» nor a letter's addressee: added as read
  const asRead = [...invitationFrames(sentence), ...spokenOfActFrames(sentence)];
  const found = [...findPhrases(absenceIndex, sentence.tokens), ...governmentHeadFrames(sentence)];
  if (found.length === 0) return asRead;
  // («مجلس إدارة الاتحاد»: a board, whose chairman is named after it)
  const otherSenses = findPhrases(notAbsenceIndex, sentence.tokens);
  // («وزير الخارجية في حكومة تصريف الأعمال السورية، X», «ممثل الحكومة اليابانية X»: a government right after an office,
  // or in it, is the office's, and the person after it holds the office — not «a government of X»)
  const titles = titlesIn(sentence);
  const inTitle = (frame: PhraseMatch<boolean>) =>
    sentence.tokens.slice(frame.start, frame.end).some((token) => governmentWords.has(token.norm)) && titles.some((title) => title.start < frame.start && frame.start <= title.end);
  const frames = found.filter((frame) => !otherSenses.some((phrase) => phrase.start <= frame.start && frame.end <= phrase.end) && !inTitle(frame));
  return [...frames, ...coordinatedFrames(sentence, frames), ...addresseeFrames(sentence, frames)].map((frame) => withAddressReach(sentence, frame)).concat(asRead);
}

/** Forms of address and honorifics a frame's reach passes over («تحيات رئيس الجمهورية آية الله السيد إبراهيم رئيسي»), folded. */
const ADDRESS_WORDS: ReadonlySet<string> = new Set([...ADDRESS_OPENERS, ...HONORIFICS, normalizeForMatching('آية'), normalizeForMatching('الله')]);

/** A frame whose reach counts no form of address between it and the person («آية الله السيد», «صاحب السمو»). */
function withAddressReach(sentence: Sentence, frame: PhraseMatch<boolean>): AbsenceFrame {
  let extra = 0;
  for (let at = frame.end; at < Math.min(sentence.tokens.length, frame.end + ABSENCE_REACH + extra + 1); at++) if (ADDRESS_WORDS.has(sentence.tokens[at]!.norm)) extra++;
  return extra > 0 ? { ...frame, reach: ABSENCE_REACH + extra } : frame;
}

/** Whether the word at `at` stands right after one of the frames, as the person it speaks of. */
export function isAbsent(at: number, frames: readonly AbsenceFrame[]): boolean {
  return frames.some((frame) => frame.end <= at && at - frame.end <= (frame.reach ?? ABSENCE_REACH));
}
