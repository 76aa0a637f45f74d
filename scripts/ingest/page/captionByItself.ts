import { isCreditText } from './lineToKind.ts';

/** The words a caption opens with: «صورة: …», «التعليق على الصورة، …», «جانب من اللقاء», «من اليمين: …». */
const CAPTION_OPENER = /^[[(]?\s*(صوره|الصوره|التعليق علي الصوره|جانب من|لقطه|من اليمين|من اليسار)[\])]?[\s:،]/;

/** A caption's label alone on its line, the caption itself on the next (BBC's «التعليق على الصورة،»). */
const CAPTION_LABEL_ALONE = /^التعليق علي الصوره[\s:،]*$/;

/** Whether a folded line is only a caption's label, so that the line under it is the caption whatever its length or kind. */
export function captionLabelAlone(key: string): boolean {
  return CAPTION_LABEL_ALONE.test(key);
}

/** Whether a folded line opens as captions do («[صورة: …», «صورة: …», «جانب من …», «من اليمين: …»). */
export function opensAsCaption(key: string): boolean {
  return CAPTION_OPENER.test(key);
}

/**
 * Whether a folded line says by itself that it is a photo's caption: it opens as captions do, or ends with its credit
 * in brackets, after a slash or after a dash («… في كولومبو (مكتب الإعلام الرئاسي).», «… (وزارة المالية/ فيسبوك)»,
 * «… / Reuters», «رئيس الوزراء الياباني فوميو كيشيدا - صورة أرشيفية»), inside square brackets or not.
 */
export function captionByItself(key: string): boolean {
  if (CAPTION_OPENER.test(key)) return true;
  // (a caption a site sets in square brackets ends with them: «[ رايس ورامسفيلد مع آسو ونوكاغا … (أ ب) ]»)
  const inside = key.replace(/^\[([^\][]*)\]$/, '$1').trim();
  const credit = /\(([^()]{1,40})\)\.?$/.exec(inside)?.[1] ?? /\s\/\s*([^/]{1,30})$/.exec(inside)?.[1] ?? /\s[-–—]\s+([^-–—]{1,60})$/.exec(inside)?.[1];
  return credit !== undefined && isCreditText(credit);
}
