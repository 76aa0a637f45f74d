import { foldForMatching } from '../../src/arabic/fold.ts';
import { EVENT_CUES } from '../../src/data/index.ts';
import { buildPhraseIndex, findPhrases, matchPhraseAt, type PhraseIndex, type PhraseMatch } from './phraseIndex.ts';
import { isLetterWord } from './isLetterWord.ts';
import { relativeClauseStart } from './relativeClause.ts';
import { originalSpelling, type Sentence } from './sentences.ts';

/** Words of attendance and delegations («حضر اللقاء», «ترأس الوفد», «بحضور»). */
const attendanceIndex = buildPhraseIndex(EVENT_CUES.attendanceWords.map((word) => [word, true] as const));
/** Words of attendance that, opening a sentence, mean «besides» (eventCues.json besidesOpeners: «وإلى جانب …،»). */
const besidesIndex = buildPhraseIndex(EVENT_CUES.besidesOpeners.map((word) => [word, true] as const));
/** Adverbs of «also» (eventCues.json alsoWords: «أيضاً», «كذلك»), folded. */
const ALSO_WORDS: ReadonlySet<string> = new Set(EVENT_CUES.alsoWords.map(foldForMatching));
/** Words of accompanying a delegation's head («يرافقه», «وإلى جانبه»). */
const delegationMemberIndex = buildPhraseIndex(EVENT_CUES.delegationMemberWords.map((word) => [word, true] as const));
/** Words of a delegation's or a meeting's lead («ترأس الوفد», «قاد الجانب», «ترأس الاجتماع»). */
export const delegationLeadIndex = buildPhraseIndex(EVENT_CUES.delegationLeadWords.map((word) => [word, true] as const));
const talkVerbIndex = buildPhraseIndex(EVENT_CUES.talkVerbs.map((word) => [word, true] as const));
const arrivalPlaceIndex = buildPhraseIndex(EVENT_CUES.arrivalPlaces.map((word) => [word, true] as const));
const arrivalWordIndex = buildPhraseIndex(EVENT_CUES.arrivalWords.map((word) => [word, true] as const));
/** Words of another meeting of the same visit («كما التقى», «أيضاً», «في وقت لاحق»). */
const otherMeetingIndex = buildPhraseIndex(EVENT_CUES.otherMeetingMarkers.map((word) => [word, true] as const));
/** A meeting noun, then «مع» within a few words, or a courtesy call «زيارة مجاملة لـ/إلى»: the person after it was met («اللقاء الهام الآخر مع X»). */
const MEETING_WITH = /(?:^|\s)(?:[وف]?(?:ال)?(?:لقاء|اجتماع|محادثات|مباحثات|اتصال|مكالمه)\S*)(?:\s+\S+){0,3}\s+مع\s|(?:^|\s)[وفب]*زياره مجامله\s+(?:ل|الي\s)/;

/**
 * Whether a sentence opens the article's body and tells no letter: its subject is the story's, who took part, though
 * only a later sentence names the meeting («أبدى نائب وزير الشؤون الخارجية الياباني، X، يوم الأحد بالجزائر العاصمة،
 * رغبة بلاده …», then «عقب المحادثات التي جمعته بـ …»); not a letter's sender («بعث الشيخ X رسالة خطية إلى …»).
 */
function opensTheBody(sentence: Sentence): boolean {
  return sentence.paragraph === 0 && sentence.firstInParagraph && !sentence.tokens.some((token) => isLetterWord(token.norm));
}

/** «خلال الاجتماع», «خلال اللقاء», folded: during the meeting the story tells. */
const DURING_THE_MEETING = /(?:^|\s)خلال ال(?:لقاء|اجتماع|محادثات|مباحثات|اتصال|مكالمه)(?:\s|$)/;

/** Whether one side told the other something during the meeting, said before what was told («وأبلغ X نظيره Y خلال اللقاء أن …»). */
function toldDuringTheMeeting(sentence: Sentence): boolean {
  return sentence.toldFrom !== undefined && DURING_THE_MEETING.test(sentence.norm.slice(0, sentence.toldFrom));
}

/** «حضرة», the form of address of «حضرة صاحب الجلالة», which folds as «حضره» («attended it») does. */
const PRESENCE_ADDRESS = /^[وب]?حضرة$/;

/** Whether the word at token `at` is the form of address «حضرة», written with its «ة», not the verb «حضره». */
function isFormOfAddress(sentence: Sentence, at: number): boolean {
  const token = sentence.tokens[at]!;
  return PRESENCE_ADDRESS.test(originalSpelling(sentence, token.start, token.end));
}

/**
 * Whether a word of attendance («وشارك فيه», «بحضور») ends right before token `at`, or a word of accompanying a
 * delegation's head after its lead («وترأس الوفد الياباني X، وإلى جانبه …», «فيما قاد الجانب الصيني X، يرافقه …»): who is
 * named there took part.
 */
export function afterAttendanceWord(sentence: Sentence, at: number): boolean {
  // (an adverb of «also» may stand between: «في لقاء حضره أيضاً X سفير …», «وشارك فيه أيضاً X مدير …»)
  const word = ALSO_WORDS.has(sentence.tokens[at - 1]?.norm ?? '') ? at - 1 : at;
  if (phraseEndsAt(attendanceIndex, sentence, word)) return true;
  return phraseEndsAt(delegationMemberIndex, sentence, at) && findPhrases(delegationLeadIndex, sentence.tokens).some((match) => match.end < at);
}

/** Whether a phrase of `index`, of one to three words, ends right before token `at`. */
function phraseEndsAt(index: PhraseIndex<boolean>, sentence: Sentence, at: number): boolean {
  for (let words = 1; words <= 3 && words <= at; words++) if (matchPhraseAt(index, sentence.tokens, at - words)?.end === at) return true;
  return false;
}

/** «وإلى جانب» opening a sentence, «besides», as a match (none elsewhere: mid-sentence it tells who attended beside whom). */
function besidesOpening(sentence: Sentence): PhraseMatch<boolean>[] {
  const match = matchPhraseAt(besidesIndex, sentence.tokens, 0);
  return match ? [match] : [];
}

/**
 * The words of attendance in a sentence («بحضور», «حضره»), not the form of address «حضرة» that folds as one does, nor
 * one in a relative clause, which tells who someone is or another occasion («X، الذي يقود الوفد المشارك في الاجتماع
 * الوزاري», «X، الذي حضر افتتاح الألعاب في 2018»), nor «besides» opening the sentence («وإلى جانب الوزيرة المغربية،
 * أجرى رئيس الدبلوماسية اليابانية لقاءات …»).
 */
export function attendanceWordsIn(sentence: Sentence): PhraseMatch<boolean>[] {
  return findPhrases(attendanceIndex, sentence.tokens).filter((match) => !isFormOfAddress(sentence, match.start) && relativeClauseStart(sentence.norm, sentence.tokens[match.start]!.start) === undefined && !(match.start === 0 && besidesOpening(sentence)[0]?.end === match.end));
}

/**
 * A sentence that names people who took part: it tells the meeting (a meeting word, neither background nor a plan),
 * in the first two paragraphs, which tell the event, or later with a word of attendance («حضر اللقاء X», «ترأس الوفد
 * X») or with a past-tense verb of talks and no date of another time; later sentences otherwise name people in passing or at other
 * meetings («بعد إعلان رئيس الوزراء X …», «بدأ بلقاء X في نوفمبر الماضي»).
 */
export function namesParticipants(sentence: Sentence, ledeParagraph: number, otherTimes: ReadonlySet<number>, visitSeries: boolean): boolean {
  if ((sentence.background && sentence.asideFrom === undefined) || sentence.future) return false;
  // «وكان في استقباله لدى وصوله إلى مطار …»: who greeted the guest at the airport, not who held the talks (an airport
  // with no word of arrival or welcome is the venue: «التقى … على مأدبة غداء في مطار تشانجي»)
  if (findPhrases(arrivalPlaceIndex, sentence.tokens).length > 0 && findPhrases(arrivalWordIndex, sentence.tokens).length > 0) return false;
  // «كما التقى خلال الزيارة X», «والتقى … أيضاً X», «وفي وقت لاحق، عقد محادثات مع X»: past the lede's first sentence,
  // another meeting of the visit, another event — unless the event is the visit's series of meetings itself
  // («وإلى جانب الوزيرة المغربية، أجرى … لقاءات مع X»: besides the story's meeting, the sentence tells others)
  const otherMeeting = sentence.meeting && !visitSeries && sentence.index > 0 && !(sentence.paragraph === ledeParagraph && sentence.firstInParagraph) ? [...findPhrases(otherMeetingIndex, sentence.tokens), ...besidesOpening(sentence)] : [];
  // «حضر اللقاء X», but not «X، الذي حضر افتتاح الألعاب في 2018»: attendance told in a relative clause is another occasion's;
  // nor attendance told after the marker of another meeting, which is that meeting's («وفي اليوم نفسه، استقبل X الوزيرين
  // والوفد المرافق لهما», «وقد عقد عقب اللقاء جلسة مباحثات مع …، إلى جانب لقاء مع X»), unlike who also attended this one
  // («حضره أيضا وزير التجارة X»)
  const afterOtherMeeting = (at: number) => otherMeeting.some((match) => match.end <= at);
  // (nor the words of attendance the marker is made of: «وإلى جانب المباحثات مع X، التقى …», not «إلى جانب X»)
  const inOtherMeeting = (at: number) => otherMeeting.some((match) => match.start <= at && at < match.end);
  // (a sentence dated another time only in its relative clauses names the event's people by words of attendance before
  // them alone: «وترأست وزيرة الدفاع الهندية X وفد بلادها …، فيما قاد الوفد الياباني نظيرها Y، الذي وصل الأحد إلى نيودلهي»)
  const beforeAside = (at: number) => sentence.asideFrom === undefined || sentence.tokens[at]!.start < sentence.asideFrom;
  if (attendanceWordsIn(sentence).some((match) => !afterOtherMeeting(match.start) && !inOtherMeeting(match.start) && beforeAside(match.start))) return true;
  if (sentence.asideFrom !== undefined) return false;
  if (otherMeeting.length > 0) return false;
  // (one side telling the other, «وأبلغ X نظيره Y أن …», tells the talks)
  if (!sentence.meeting && !sentence.saidAtMeeting && sentence.toldFrom === undefined && !opensTheBody(sentence)) return false;
  if (sentence.paragraph <= ledeParagraph + 1) return true;
  // later: a past-tense verb of talks, a meeting «with» someone («وكان اللقاء الآخر مع X») or one side telling the
  // other during the meeting («وأبلغ X نظيره Y خلال الاجتماع أن …»), at no other time
  return !otherTimes.has(sentence.index) && (findPhrases(talkVerbIndex, sentence.tokens).length > 0 || MEETING_WITH.test(sentence.norm) || toldDuringTheMeeting(sentence));
}
