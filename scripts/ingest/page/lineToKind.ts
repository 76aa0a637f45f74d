import { isStopword } from '../../../src/arabic/stopwords.ts';
import { normalizeForMatching } from '../../../src/arabic/fold.ts';
import { BOILERPLATE } from '../../../src/data/index.ts';
import { isKnownClutter, isKnownClutterByParts, isKnownReadAlso, isKnownReadAlsoGlued } from './knownClutter.ts';
import { bareDateLineToDay, lineToPublishedDay, lineToUpdatedDay } from '../sourceLines.ts';
import type { LineFeatures } from './lineFeatures.ts';
import { opensWithHeadlineLabel } from './withoutHeadlineLabel.ts';

/**
 * What a line of a copied page is, judged alone:
 * - prose: article-like text (long, full of stop-words, ends like a sentence);
 * - text: a shorter Arabic line (a headline, a subheading, a short paragraph);
 * - tail: opens a block after the article (related, most read, comments: «اقرأ أيضاً»);
 * - clutter: site furniture (menus, share bars, language lists, interface words, known patterns);
 * - date: the page's date line («نشرت في: 09/01/2023 - 22:36», «2023/09/03 16:48»), kept for the source stage;
 * - credit: a photo credit or caption marker; signOff: a wire service's closing initials («- مل -», «(النهاية)»);
 * - other: anything else (Latin, numbers, markup), judged by where it stands.
 */
export type LineKind = 'prose' | 'text' | 'date' | 'tail' | 'clutter' | 'credit' | 'signOff' | 'other';

const fold = (words: readonly string[]) => words.map(normalizeForMatching);
/** Tail openers by their first word, so a line is checked against the few that could start it. */
const tailOpenersByFirstWord = new Map<string, string[]>();
for (const opener of fold(BOILERPLATE.tailOpeners)) {
  const first = opener.split(' ')[0]!;
  tailOpenersByFirstWord.set(first, [...(tailOpenersByFirstWord.get(first) ?? []), opener]);
}
/** A line longer than this many words is article text or an appended article, never furniture of one line. */
const FURNITURE_MAX_WORDS = 24;
/**
 * Arabic letters each with a plus or a minus sign, bars or spaces between («أ+ أ-», «ع+ | ع-»): a font-size control,
 * furniture, not a desk's initials (a Latin one, «A+ A-», is no sign-off either, and stays 'other', as the page stage reads it).
 */
const ARABIC_FONT_CONTROL = /^(?:[\u0621-\u064A]\s?[+\-−]\s*\|?\s*){2,}$/;

/** A labelled headline («الموضوع: …») is this long at most, its label's words included. */
const HEADLINE_LABEL_MAX_WORDS = 30;
/** A line that may be a date line: a four-digit number or a day and month with a year next to it. */
const MAY_BE_DATE = /\d{4}|\d{1,2}\s*[/.-]\s*\d{1,2}\s*[/.-]\s*\d{2,4}/;
const creditMarkers = new Set(fold(BOILERPLATE.creditMarkers));
const signOffs = new Set(fold(BOILERPLATE.signOffs));

/**
 * A ticker of other stories' headlines run together by arrows («آخر الأخبار ◂ «الصحة»: افتتاح … ◂ هطول أمطار … ◂»,
 * «عاجل ◂ … ◂ … ◂ …»), however long: prose never sets two arrows between spaces.
 */
function looksLikeTicker(features: LineFeatures): boolean {
  return features.listArrows >= 2 && !features.sentenceEnd;
}

/** Furniture by its shape: a menu of short pieces, interface words, a language list, or no letters at all. */
function looksLikeFurniture(features: LineFeatures): boolean {
  if (!/[\p{L}\p{N}]/u.test(features.key)) return true;
  if (features.foreignScript && features.words <= 12) return true;
  if (features.segments >= 3 && features.wordsPerSegment <= 2.5 && features.stopShare < 0.2 && !features.sentenceEnd) return true;
  if (looksLikeTicker(features)) return true;
  // a breadcrumb of two short pieces («الأرشيف » أخبار وطنية»): the arrow says what a menu's many pieces say
  if (features.trail && features.segments >= 2 && features.wordsPerSegment <= 3 && features.stopShare < 0.2 && !features.sentenceEnd) return true;
  if (features.interfaceShare >= 0.5 && features.words <= 16 && (features.interfaceWords >= 2 || features.words === 1)) return true;
  if (features.interfaceShare >= 0.34 && features.interfaceWords >= 2 && features.words <= 6 && !features.sentenceEnd) return true;
  if (features.webMarks && features.arabicWords <= 5) return true;
  return false;
}

/** Whether a bracketed or closing piece of a line is a credit: an agency, a photographer, an office («ومع», «مكتب الإعلام»). */
export function isCreditText(folded: string): boolean {
  const words = folded.split(/[\s:：/،,.-]+/).filter(Boolean);
  if (words.length === 0) return false;
  // a longer piece is a credit only when it opens with a credit phrase («حقوق النشر مكتب العلاقات العامة في …»)
  if (words.length > 6) return creditMarkers.has(words.slice(0, 2).join(' '));
  return words.some((word) => creditMarkers.has(word)) || creditMarkers.has(words.join(' '));
}

/** A photo credit: short, and its first word (or its bracketed part) is a credit marker («(الصورة: وام)», «تصوير: …»). */
function looksLikeCredit(features: LineFeatures): boolean {
  if (features.words > 14) return false;
  const first = features.key.replace(/^[(\[«"©]+\s*/, '').split(/[\s:：]+/)[0] ?? '';
  // «© AFP / Rodrigo Buendia», «© Sputnik . Alexey Vitvitsky»: a photo agency after the copyright sign, and no year (a
  // site's footer gives one: «© 2026 سبوتنيك. جميع الحقوق محفوظة», «© وكالة الأناضول 2026»)
  if (features.key.startsWith('©')) return !/\d{4}/.test(features.key) && creditMarkers.has(first);
  // («Sputnik / ميخائيل كليمينتيف»: the agency, a slash, the photographer)
  if (creditMarkers.has(first) && /[:：)]|^\(|^\S+\s*\/\s*\S/.test(features.key)) return true;
  // a credit phrase of a few words, then a colon or comma: «صدر الصورة، Getty Images», «مصدر الصورة: …»
  const lead = /^([^:：،,]{2,30})[:：،,]/.exec(features.key)?.[1]?.trim();
  if (lead !== undefined && lead.includes(' ') && creditMarkers.has(lead)) return true;
  if (/^\(.*\)\.?$/.test(features.key) && features.key.split(/[\s:：()]+/).some((word) => creditMarkers.has(word))) return true;
  // a photo agency alone on its line, or its site: «Gettyimages.ru», «Getty Images» (an Arabic agency alone, «قنا», is a byline)
  const bare = features.key.split(/[\s.]+/).filter(Boolean);
  if (bare.length > 3 || !/^[a-z]/.test(bare[0] ?? '')) return false;
  return creditMarkers.has(bare.join(' ')) || (creditMarkers.has(bare[0]!) && bare.slice(1).every((word) => creditMarkers.has(word) || /^(com|net|org|[a-z]{2})$/.test(word)));
}

/** A wire sign-off: a few letters and slashes, dashes or brackets, or a closing word («انتهى»، «(النهاية)»). */
function looksLikeSignOff(features: LineFeatures): boolean {
  if (features.words > 8 || features.sentenceEnd) return false;
  const words = features.key.split(/[^\p{L}\p{N}]+/u).filter(Boolean);
  if (words.some((word) => signOffs.has(word)) && features.words <= 6) return true;
  // «(النهاية) ا س ص / م ع ح»: the closing word, then the editors' initials
  // «--(بترا) م ع/ر ش»: the agency in brackets, then the initials
  const closing = signOffs.has(words[0] ?? '') || (creditMarkers.has(words[0] ?? '') && /^[-–—\s]*\(/.test(features.key));
  if (words.length > 1 && closing && words.slice(1).every((word) => word.length <= 2)) return true;
  // initials: «- مل -», «م ع/ر ش», «ع.ح/ ص.ش», «ا س ص / م ع ح», and two or more Arabic ones without marks («ع ع», not a font control's «A A») that are no words
  if (words.length === 0 || !words.every((word) => word.length <= 2)) return false;
  // Latin letters alone are a font-size control («A+ A-», «A A»), not an Arabic desk's initials
  if (words.every((word) => /^[a-z]$/.test(word))) return false;
  return /[-/.(]/.test(features.key) || (words.length >= 2 && words.every((word) => /^[\u0621-\u064a]+$/.test(word) && !isStopword(word)));
}

/** Whether a folded line opens with a tail opener («اقرأ أيضاً», «الأكثر قراءة»). */
function opensTail(key: string): boolean {
  const openers = tailOpenersByFirstWord.get(key.slice(0, key.search(/[\s:：]|$/)));
  return openers !== undefined && openers.some((opener) => key === opener || (key.startsWith(opener) && OPENER_ENDS.has(key[opener.length]!)));
}

/** What may end an opener in a longer line: a space, a colon, or the bracket that closes it («[اقرأ أيضا] …»). */
const OPENER_ENDS = new Set([' ', ':', ']', ')']);

/** A "read also" opener, a separator and the linked article's headline on one line («اقرأ أيضاً: الحكومة تمدد …», «اقرأ أيضا | …», «[اقرأ أيضا] …»). */
const READ_ALSO_LINK = /^\S+?(?:\s+\S+?)?\s*[:：|\])]\s*\S+(?:\s+\S+){2,}$/;

/** A line that ends with a question or exclamation mark, behind closing quotes or a bracket: a headline may. */
const QUESTION_END = /[؟?!]["'»”)\]]*$/;

/** A folded line without the bullet, arrow or stars a list puts before it («- اقرأ أيضا», «>> اقرأ أيضا», «● اقرأ أيضا»). */
const withoutBullet = (key: string) => key.replace(/^[\p{P}\p{S}]+\s*/u, '');

/** A folded line without the symbols that frame it on both sides: a bullet, a box's sides, rules («┌ اقرا ايضا ┐»). */
const withoutFrame = (key: string) => key.replace(/^[\p{P}\p{S}\s]+|[\p{P}\p{S}\s]+$/gu, '');

/** Whether a folded line is a link to another article set among the paragraphs: an opener, then the headline it links. */
function isReadAlsoLink(features: LineFeatures): boolean {
  const key = withoutBullet(features.key);
  // (the headline it links may ask a question: «اقرأ أيضا: ما هي الدول التي أعادت فتح حدودها؟»)
  // (or its opener is glued to the headline, no separator: «اقرأ أيضاالرئيس الصيني يبدأ الأحد زيارة دولة إلى فرنسا»)
  return features.words <= FURNITURE_MAX_WORDS && (!features.sentenceEnd || QUESTION_END.test(key)) && ((READ_ALSO_LINK.test(key) && (opensTail(key) || isKnownReadAlso(key))) || isKnownReadAlsoGlued(key));
}

/** A forum post's number past the first, alone on its line («#2»): a reply to the copied story opens, not the story. */
const FORUM_REPLY_NUMBER = /^#\s*(?:[2-9]|[1-9]\d+)$/;

/** A line wholly in round brackets: six words or more, a dash, then a source of one to five words (folded). */
const BRACKETED_CAPTION = /^\((?:[^\s()\-–—]+\s+){6,}[-–—]\s+(?:[^\-–—()\s]+\s?){1,5}\)$/;

/** The kind of one line, from its features alone (the page stage then reads kinds in their context). */
export function lineToKind(features: LineFeatures): LineKind {
  const { key } = features;
  // a photo's caption wholly in round brackets, its source after a dash («(رئيس الوزراء … يستقبل … في طوكيو - رويترز)»):
  // however long, no paragraph of the text (read as one, with a standfirst above it, it made a run taken for the article)
  if (BRACKETED_CAPTION.test(key)) return 'credit';
  // a forum's or archive's labelled headline («الموضوع: غيمبا يستضيف شفارتسنبرغ في عشاء عمل …») is no paragraph of the
  // text, however long: the page stage weighs it as a headline
  if (features.words <= HEADLINE_LABEL_MAX_WORDS && opensWithHeadlineLabel(features.key)) return 'text';
  if (features.words > FURNITURE_MAX_WORDS) {
    // a site's standing notice under its stories reads as a sentence: only the clutter table knows it
    if (isKnownClutter(key) || looksLikeTicker(features)) return 'clutter';
    // (a sentence dense with names and offices has few stop-words: «وقدم شكري تعازيه في رحيل رئيس الوزراء الياباني الأسبق
    // شينزو آبي، فيما أعرب هاياشي عن امتنان طوكيو للرئيس عبد الفتاح السيسي لإيفاده وزير النقل …»; its full stop says prose)
    return features.interfaceShare < 0.25 && (features.stopShare >= 0.1 || features.sentenceEnd) ? 'prose' : 'text';
  }
  if (FORUM_REPLY_NUMBER.test(key)) return 'tail';
  // (an opener framed by a bullet or a drawn box, «┌ اقرأ أيضاً ┐», «─── اقرأ أيضاً ───», «● اقرأ أيضا:», is one still)
  const unframed = withoutFrame(key);
  if (features.words <= 8 && (opensTail(unframed) || isKnownReadAlso(unframed))) return 'tail';
  // a longer one stands among the paragraphs: it goes, and the article goes on after it
  if (isReadAlsoLink(features)) return 'clutter';
  if (features.words <= 16 && MAY_BE_DATE.test(key) && (lineToPublishedDay(key) ?? lineToUpdatedDay(key) ?? bareDateLineToDay(key)) !== undefined) return 'date';
  // (a photo credit after the copyright sign, before the copyright footers of the clutter table)
  if (key.startsWith('©') && looksLikeCredit(features)) return 'credit';
  if (isKnownClutter(key) || isKnownClutterByParts(key)) return 'clutter';
  if (looksLikeCredit(features)) return 'credit';
  if (ARABIC_FONT_CONTROL.test(key)) return 'clutter';
  if (looksLikeSignOff(features)) return 'signOff';
  if (looksLikeFurniture(features)) return 'clutter';
  if (features.arabicWords >= 8 && features.stopShare >= 0.1 && (features.sentenceEnd || features.arabicWords >= 16) && features.interfaceShare < 0.25) return 'prose';
  if (features.arabicWords >= 2) return 'text';
  return 'other';
}
