// The outlet's own dateline line above the text, as the page stage reads it (pageToArticle, findTitle).
/** The most words of a dateline line («طوكيو، (وما) –», «نواكشوط - الأخبار»). */
export const DATELINE_MAX_WORDS = 6;
/**
 * A place of a few words, then a colon, a bracket or a dash, and the outlet's name («طشقند: «الشرق الأوسط»», «عدن (عدن
 * الغد) خاص:», «طوكيو - البيان والوكالات»), a day and month between them too («مابوتو 25 أغسطس (الصومال الجديد) -»),
 * or after the dash («طوكيو - 14 يناير (قراءات إفريقية) -»).
 */
export const CITY_DATELINE = /^[\p{L}\p{M}\s]{2,30}(?:\s*[0-9٠-٩]{1,2}\s+\p{L}+(?:\s+[0-9٠-٩]{4})?)?\s*(?:[:(]|\s[-–—]\s)\s*(?:[0-9٠-٩]{1,2}\s+\p{L}+(?:\s+[0-9٠-٩]{4})?\s*)?[«"(]?\s*\p{L}/u;

/** An outlet's own correspondent's line: a known city (maybe its country in brackets), a colon and the outlet in quotes («برازيليا: «الشرق الأوسط»», «فايسنهاوس (ألمانيا): «الشرق الأوسط»»). */
export const CITY_COLON_DATELINE = /^[\p{L}\p{M}\s]{2,30}(?:\s*\([\p{L}\p{M}\s]{2,30}\))?\s*:\s*[«"“]/u;
