/** «عبد» before a name with the article, written joined («عبدالله») or apart («عبد الله»). */
const ABD_JOINED = 'عبدال';
const ABD_APART = 'عبد ال';

/**
 * A name and its other spelling of «عبد ال…»: outlets write the same person «فيصل بن فرحان بن عبدالله» and «… بن عبد
 * الله», «عبدالعزيز» and «عبد العزيز». Names without «عبد ال…» come back alone.
 */
export function withAbdSpellings(name: string): string[] {
  if (name.includes(ABD_JOINED)) return [name, name.replaceAll(ABD_JOINED, ABD_APART)];
  if (name.includes(ABD_APART)) return [name, name.replaceAll(ABD_APART, ABD_JOINED)];
  return [name];
}
