import { splitKeepingAbbreviations } from '../../src/arabic/abbreviationStop.ts';
import { DATE_WORDS as dateTable, EVENT_CUES, TIME_MARKERS as markerTable } from '../../src/data/index.ts';
import { ARABIC_MARKS } from '../../src/arabic/fold.ts';
import { foldForMatching, isDroppedForMatching } from '../../src/arabic/fold.ts';
import { buildPhraseIndex, findPhrases } from './phraseIndex.ts';
import { tokenizeFolded, type Token } from './tokenize.ts';
import { isVisitWord } from './isVisitWord.ts';
import { relativeClauseStart } from './relativeClause.ts';
import { toldContentStart } from './toldContentStart.ts';
import { handsOverInPerson } from './handsOverInPerson.ts';
import type { ArticleText } from './types.ts';
import { collapseSpaces } from '../../src/utils/collapseSpaces.ts';
import { SINCE } from './timeRelationWords.ts';
import { memoised } from '../../src/utils/memoised.ts';

/** One sentence of the article with its tokens and where it stands in time relative to the event. */
export interface Sentence {
  /** The sentence as written. */
  text: string;
  /** foldForMatching(text): same characters one for one, marks and accusative alefs dropped; token positions refer to it. */
  norm: string;
  tokens: Token[];
  /** -1 for the title, else the paragraph's index. */
  paragraph: number;
  /** 0 for the title, then 1, 2, … in reading order. */
  index: number;
  firstInParagraph: boolean;
  /** Tells of an earlier event (في وقت سابق، الماضي …) or, once dates are known, of another date. */
  background: boolean;
  /** In a sentence right after the lede that is background only by dates told in relative clauses («…، الذي وصل الأحد إلى نيودلهي»): where, in `norm`, the first of those clauses opens (before it, words of attendance name the event's people). */
  asideFrom?: number;
  /** Tells of a planned event (المقبل، من المقرر …). */
  future: boolean;
  /** Where, in `norm`, the plan agreed at the talks the sentence tells begins («… اتفقا في اتصال هاتفي جرى اليوم | على عقد قمة في واشنطن يوم 10 فبراير»): a date from there on is the plan's. */
  planFrom?: number;
  /** Where, in `norm`, that plan ends when the talks are told after it behind «خلال» («… على عقد اجتماعات منتظمة، وذلك | خلال لقاء ثنائي جمعهما في طوكيو»). */
  planTo?: number;
  /** Where, in `norm`, what one side told the other at the talks begins («وأبلغ X نظيره Y خلال الاجتماع | أن بلاده …»): the sentence tells the talks, and from there on its times, places, formats and people are what was said (planFrom starts there too). */
  toldFrom?: number;
  /** Holds a word of meeting, talks or a call (التقى، استقبل، مباحثات، اتصال …). */
  meeting: boolean;
  /** Holds a word of the talks themselves, not only of travel (محادثات، التقى — not زيارة، وصل). */
  talks: boolean;
  /** Was said at the meeting the next sentence tells («أكد X … . جاء ذلك خلال استقباله Y»): the people it names took part. */
  saidAtMeeting?: boolean;
}

type Marker = 'background' | 'weakBackground' | 'future' | 'weakFuture' | 'exempt';

const weekdayExemptions = Object.keys(dateTable.weekdays).flatMap((day) => ['الماضي', 'المقبل', 'القادم'].flatMap((relation) => [`${day} ${relation}`, `يوم ${day} ${relation}`]));

const markerIndex = buildPhraseIndex<Marker>([
  ...[...markerTable.exempt, ...weekdayExemptions].map((phrase) => [phrase, 'exempt'] as const),
  ...markerTable.background.map((phrase) => [phrase, 'background'] as const),
  ...markerTable.weakBackground.map((phrase) => [phrase, 'weakBackground'] as const),
  ...markerTable.future.map((phrase) => [phrase, 'future'] as const),
  ...markerTable.weakFuture.map((phrase) => [phrase, 'weakFuture'] as const),
]);

/** Meeting words, with the object pronouns verbs carry («ترأسها», «استقبله»). */
/** A word of the table, with the article where it has none («زيارة» → «الزيارة») and the object pronouns verbs carry («ترأسها»). */
function wordForms(word: string): string[] {
  if (word.includes(' ')) return [word];
  return [word, ...(word.startsWith('ال') ? [] : [`ال${word}`]), `${word}ه`, `${word}ها`, `${word}هما`, `${word}هم`];
}

const meetingIndex = buildPhraseIndex(EVENT_CUES.meetingWords.flatMap(wordForms).map((word) => [word, true] as const));

/** Words opening a sentence that says where the one before it was said («جاء ذلك خلال …»). */
const occasionAnaphoraIndex = buildPhraseIndex(EVENT_CUES.occasionAnaphora.map((word) => [word, true] as const));

const talkIndex = buildPhraseIndex(EVENT_CUES.talkWords.flatMap(wordForms).map((word) => [word, true] as const));

/** Whether the tokens hold a word of meeting, talks or a call. */
export function hasMeetingWord(tokens: Token[]): boolean {
  return findPhrases(meetingIndex, tokens).length > 0;
}

const pluperfectAuxiliaries = new Set(markerTable.pluperfect.auxiliaries.flatMap((word) => [word, `و${word}`, `ف${word}`].map(foldForMatching)));
const pluperfectParticle = foldForMatching(markerTable.pluperfect.particle);
const alreadyVerbs = new Set(markerTable.alreadyBefore.verbs.map(foldForMatching));
const alreadyParticle = foldForMatching(markerTable.alreadyBefore.particle);

/**
 * Whether the tokens hold a pluperfect ("وكان الوزير … قد زار"): an auxiliary with قد a few words after it; `later`
 * (a sentence past the paragraph after the lede) allows a longer subject between them (honorifics, a long name). «سبق»
 * with its subject behind «ل», then «أن» («وسبق لكونو أن زار …»), tells an earlier occasion the same way.
 */
export function hasPluperfect(tokens: Token[], later = false): boolean {
  // «وسبق لكونو أن زار المملكة …»: «سبق», a word behind «ل», «أن»
  for (let at = 0; at + 2 < tokens.length; at++) if (alreadyVerbs.has(tokens[at]!.norm) && tokens[at + 1]!.norm.startsWith('ل') && tokens[at + 2]!.norm === alreadyParticle) return true;
  const window = later ? markerTable.pluperfect.laterWindow : markerTable.pluperfect.window;
  for (let at = 0; at < tokens.length; at++) {
    if (!pluperfectAuxiliaries.has(tokens[at]!.norm)) continue;
    const last = Math.min(tokens.length, at + 1 + window);
    for (let next = at + 1; next < last; next++) if (tokens[next]!.norm === pluperfectParticle) return true;
  }
  return false;
}

const talkVerbIndex = buildPhraseIndex(EVENT_CUES.talkVerbs.map((word) => [word, true] as const));
/** Words of who led a side («يترأس الوفد», «قاد الجانب»; attendanceWords and delegationLeadWords): a relative clause after one tells who its head is. */
const sideLeadIndex = buildPhraseIndex([...new Set([...EVENT_CUES.attendanceWords, ...EVENT_CUES.delegationLeadWords])].filter((words) => /\s(?:الوفد|الجانب)$/.test(words)).map((words) => [words, true] as const));

/** «خلال», folded, with «و» or not: a meeting word after it tells when something happened (the talks). */
const DURING: ReadonlySet<string> = new Set(['خلال', 'وخلال']);
/** Verbs of an agreement reached at the talks («اتفق», «يتفقان»): a plan after one, in the title or lede, is what was agreed. */
const agreementIndex = buildPhraseIndex(markerTable.agreementVerbs.map((word) => [word, true] as const));
/** Verbs of announcing or saying («أعلن», «وأكد»), folded: a plan after one, the talks after it behind «خلال», is what was announced at them. */
const ANNOUNCING: ReadonlySet<string> = new Set(markerTable.announcingVerbs.map(foldForMatching));

/** How many words before a time marker «منذ» may stand for the marker to be the time since which. */
const SINCE_REACH = 4;

/** Whether «منذ» stands at most SINCE_REACH words before token `at`, no comma between («منذ توليهما مهامهما في الخريف الماضي»). */
function afterSince(tokens: Token[], at: number, norm: string | undefined): boolean {
  for (let k = at - 1; k >= 0 && at - k <= SINCE_REACH; k--) {
    if (norm !== undefined && /[،,؛;.]/.test(norm.slice(tokens[k]!.end, tokens[k + 1]!.start))) return false;
    if (tokens[k]!.norm === SINCE) return true;
  }
  return false;
}

/**
 * Reads a sentence's time markers; weak ones (السابقة، المقبل) count only when `weak` is true (not in the title or
 * lede) and the sentence tells no talks in the past tense: «بحثت الوزيرتان … ووجهت دعوة لزيارة اليابان في مارس
 * المقبل» is the event's, the plan a clause of it.
 */
export function sentenceToTimeMarks(tokens: Token[], weak = true, later = false, norm?: string): { background: boolean; future: boolean; planFrom?: number; planTo?: number; toldFrom?: number } {
  let background = false;
  let future = false;
  let planFrom: number | undefined;
  // what one side told the other («أبلغ X نظيره Y أن المملكة ستستضيف … في يناير المقبل»): its times are what was said
  const toldFrom = toldContentStart(tokens);
  const told = toldFrom === undefined ? tokens.length : tokens.findIndex((token) => token.start >= toldFrom);
  const matches = findPhrases(markerIndex, tokens).filter((match) => match.start < told);
  // in the title and lede, a plan agreed at the talks the sentence tells before it («اتفقا في اتصال هاتفي جرى اليوم على
  // عقد قمة»; not «اتفقا على السعي لعقد لقاء», where the only meeting is the plan's)
  const firstPlan = weak ? undefined : matches.find((match) => match.value === 'future');
  const agreements = firstPlan ? findPhrases(agreementIndex, tokens) : [];
  // (the agreement's verb is a word of meeting too: another word must tell the talks)
  const talksBefore = (end: number) => findPhrases(meetingIndex, tokens).some((word) => word.end <= end && !agreements.some((verb) => verb.start < word.end && word.start < verb.end));
  // (or told after it, behind «خلال»: «اتفقا … على عقد اجتماعات منتظمة، وذلك خلال لقاء ثنائي جمعهما»)
  const duringTalks = firstPlan ? findPhrases(meetingIndex, tokens).find((word) => word.start > firstPlan.end && DURING.has(tokens[word.start - 1]?.norm ?? '')) : undefined;
  const during = agreements.length > 0 ? duringTalks : undefined;
  const agreedAt = firstPlan && agreements.length > 0 && (talksBefore(firstPlan.start) || during) ? agreements[0]!.end : undefined;
  // (or what was announced at the talks told after it: «أعلن X، مساء أمس الأربعاء، أن حكومته تعتزم …، وذلك خلال محادثات
  // أجراها مع الرئيس Y»)
  const announcedAt = firstPlan && agreedAt === undefined && duringTalks && tokens.slice(0, firstPlan.start).some((token) => ANNOUNCING.has(token.norm)) ? firstPlan.start : undefined;
  // (the plan ends at the «خلال» of the talks told after it)
  const talksAfterPlan = during ?? (announcedAt !== undefined ? duringTalks : undefined);
  const planTo = talksAfterPlan && tokens[talksAfterPlan.start - 1]!.start;
  const talkVerbs = matches.length > 0 ? findPhrases(talkVerbIndex, tokens) : [];
  if (weak && matches.some((match) => match.value === 'weakBackground' || match.value === 'weakFuture') && talkVerbs.length > 0) weak = false;
  // a marker in a relative clause after the sentence's past verb of talks tells what the clause is about, not the
  // sentence («بحثت الوزيرة مع نظيرها الترتيبات الخاصة بالزيارة التي يعتزم الرئيس القيام بها»: the talks were held)
  // (so does a clause on an indefinite visit, which Arabic opens with no pronoun: «… آسو، وبدأت معه التحضير لزيارة يعتزم
  // الرئيس المكسيكي القيام بها»)
  const afterIndefiniteVisit = (at: number) => at > 0 && isVisitWord(tokens[at - 1]!.norm) && !/^[وفبل]*ال/.test(tokens[at - 1]!.norm);
  // (or after a word of who led a side: «ويترأس الوفد الإندونيسي السفير X الذي سبق أن شغل منصب سفير بلاده لدى
  // اليابان» tells who X is, and the sentence who led the delegations)
  const sideLeads = matches.length > 0 ? findPhrases(sideLeadIndex, tokens) : [];
  const inClauseAfterTalksOrLead = (at: number) => norm !== undefined && (talkVerbs.some((verb) => verb.end <= at) || sideLeads.some((word) => word.end <= at)) && (relativeClauseStart(norm, tokens[at]!.start) !== undefined || afterIndefiniteVisit(at));
  // in the title and lede, a plan told after a past verb of the talks that came before it is what the talks were about
  // («أجرى … اتصالاً هاتفياً مع نظيره …، أبدى خلاله أسفه لإرجاء زيارة كان يعتزم القيام بها», «عقدت … جلسة محادثات مع
  // نظيرها …، تركزت على … ما تعتزم طوكيو تقديمه»): the sentence tells the talks, the plan is a part of it
  const talkedAt = firstPlan && agreedAt === undefined && talkVerbs.some((verb) => verb.end <= firstPlan.start) ? firstPlan.start : announcedAt;
  for (const match of matches) {
    if (match.value !== 'exempt' && inClauseAfterTalksOrLead(match.start)) continue;
    // the time since which («في أول لقاء يجمعهما منذ توليهما مهامهما في الخريف الماضي»): the sentence tells the event
    if ((match.value === 'background' || match.value === 'weakBackground') && afterSince(tokens, match.start, norm)) continue;
    if (((agreedAt !== undefined && match.start >= agreedAt) || (talkedAt !== undefined && match.start >= talkedAt)) && (match.value === 'future' || match.value === 'weakFuture')) {
      planFrom ??= tokens[match.start]!.start;
      continue;
    }
    if (match.value === 'background' || (weak && match.value === 'weakBackground')) background = true;
    else if (match.value === 'future' || (weak && match.value === 'weakFuture' && !describesFirst(tokens, match.start))) future = true;
  }
  planFrom ??= toldFrom;
  return { background: background || hasPluperfect(told < tokens.length ? tokens.slice(0, told) : tokens, later), future, ...(planFrom !== undefined ? { planFrom } : {}), ...(planFrom !== undefined && planTo ? { planTo } : {}), ...(toldFrom !== undefined ? { toldFrom } : {}) };
}

/** «أول», «أولى», folded: the first of its kind (timeMarkers.json firstWords). */
const FIRST: ReadonlySet<string> = new Set(markerTable.firstWords.map(foldForMatching));
/** How many words before a verb in the imperfect «أول» may stand and make it describe the occasion («أول اجتماع للمجلس يعقد في اليابان»). */
const FIRST_REACH = 5;

/**
 * Whether the imperfect at token `at` says what is held for the first time, not what will be: «في أول اجتماع للمجلس
 * يعقد في اليابان منذ نحو ثلاث سنوات», «أول قمة "تيكاد" تعقد على أرض أفريقية».
 */
function describesFirst(tokens: readonly Token[], at: number): boolean {
  return tokens.slice(Math.max(0, at - FIRST_REACH), at).some((token) => FIRST.has(token.norm));
}

/** Whether the position `at` of the sentence's folded text is in the plan agreed at its talks, or in what was told at them. */
export function inPlan(sentence: Sentence, at: number): boolean {
  return sentence.planFrom !== undefined && at >= sentence.planFrom && (sentence.planTo === undefined || at < sentence.planTo);
}


/**
 * Splits a paragraph after . ! ? ؟ ؛ followed by a space, and at line breaks, but not after an abbreviation («د.»); runs
 * of spaces become one (no regex sees a long run).
 */
export function paragraphToSentenceTexts(paragraph: string): string[] {
  return splitKeepingAbbreviations(paragraph, (text) => text.replace(/([.!?؟؛])\s+/g, '$1\n').split('\n'))
    .map(collapseSpaces)
    .filter(Boolean);
}

/** The sentence's text as written for a span of its folded text, marks and all («عمّان»). */
export function writtenSpan(sentence: Sentence, start: number, end: number): string {
  if (sentence.text.length === sentence.norm.length) return sentence.text.slice(start, end);
  let folded = 0;
  let from = -1;
  let to = sentence.text.length;
  for (let i = 0; i < sentence.text.length; i++) {
    if (isDroppedForMatching(sentence.text, i)) continue;
    if (folded === start && from < 0) from = i;
    if (folded === end) {
      to = i;
      break;
    }
    folded++;
  }
  return sentence.text.slice(Math.max(0, from), to).trim();
}

/** The sentence's original text for a span of its folded text, marks removed (keeps hamza spellings such as إيويا). */
export function originalSpelling(sentence: Sentence, start: number, end: number): string {
  if (sentence.text.length === sentence.norm.length) return sentence.text.slice(start, end);
  return writtenSpan(sentence, start, end).replace(ARABIC_MARKS, '').trim();
}

/** Builds one sentence record from its text (index 0 is the title, 1 the lede); weak time markers count past the lede. */
export function textToSentence(text: string, paragraph: number, index: number, firstInParagraph: boolean, pastLede = index > 1): Sentence {
  const later = paragraph > 1;
  const read = memoised(sentencesRead, SENTENCES_KEPT, `${pastLede ? 1 : 0}${later ? 1 : 0}${text}`, () => readSentence(text, pastLede, later));
  // a record of its own: later stages mark it (background, a plan's clause); its words are shared, never changed
  return { text, ...read, paragraph, index, firstInParagraph };
}

/** What a sentence's words say whatever its place: its folded text, tokens, time markers and words of meeting and talks. */
function readSentence(text: string, pastLede: boolean, later: boolean): Omit<Sentence, 'text' | 'paragraph' | 'index' | 'firstInParagraph'> {
  const norm = foldForMatching(text);
  const tokens = tokenizeFolded(norm);
  return { norm, tokens, ...sentenceToTimeMarks(tokens, pastLede, later, norm), meeting: hasMeetingWord(tokens) || handsOverInPerson(tokens), talks: findPhrases(talkIndex, tokens).length > 0 };
}

/**
 * Sentences read before, by their text and the two facts of place their markers depend on: an outlet's standing lines,
 * and paragraphs that come back in article after article, are read once.
 */
const sentencesRead = new Map<string, ReturnType<typeof readSentence>>();
const SENTENCES_KEPT = 20_000;

/** How many words a dateline cut off as a sentence of its own may have («موسكو - سبوتنيك.»): the lede follows it. */
const DATELINE_SENTENCE_WORDS = 4;

/** Splits the title and paragraphs into sentences (the title is sentence 0), with time markers read. */
export function articleToSentences(article: Pick<ArticleText, 'title' | 'paragraphs'>): Sentence[] {
  const sentences: Sentence[] = [textToSentence(collapseSpaces(article.title), -1, 0, true)];
  article.paragraphs.forEach((paragraph, paragraphIndex) => {
    let first = true;
    // the first paragraph's sentences up to its first one past a dateline's full stop are the lede
    let lede = paragraphIndex === 0;
    for (const text of paragraphToSentenceTexts(paragraph)) {
      const sentence = textToSentence(text, paragraphIndex, sentences.length, first, sentences.length > 1 && !lede);
      if (lede && sentence.tokens.length > DATELINE_SENTENCE_WORDS) lede = false;
      if (sentence.tokens.length === 0) continue;
      sentences.push(sentence);
      first = false;
    }
  });
  // «أكد X … . جاء ذلك خلال استقباله Y»: a statement made at the meeting the next sentence tells
  for (let at = 2; at < sentences.length; at++) {
    if (sentences[at]!.meeting && findPhrases(occasionAnaphoraIndex, sentences[at]!.tokens)[0]?.start === 0) sentences[at - 1]!.saidAtMeeting = true;
  }
  // a deck or a quote right above the lede («وزير الخارجية التركي: اليابان كانت …»): the paragraph after it that tells the
  // event is the lede, and its first sentence's weak future words («العام المقبل» of a plan announced there) do not make
  // it a plan
  const lede = ledeParagraphOf(sentences) === 1 ? sentences.findIndex((sentence) => sentence.paragraph === 1) : -1;
  if (lede > 0) sentences[lede]!.future = sentenceToTimeMarks(sentences[lede]!.tokens, false, false, sentences[lede]!.norm).future;
  return sentences;
}

/**
 * The paragraph that tells the event: the first whose sentences hold a word of meeting, talks or agreement (a deck
 * or a photo caption may stand before it); the first paragraph when none does.
 */
export function ledeParagraphOf(sentences: readonly Sentence[]): number {
  const body = sentences.filter((sentence) => sentence.paragraph >= 0);
  return (body.find((sentence) => sentence.meeting && sentence.tokens.length >= 8) ?? body[0])?.paragraph ?? 0;
}
