import type { APIContext, GetStaticPaths } from 'astro';
import { cachedShareImage } from '../../shareImages/cachedShareImage.ts';
import type { ShareCard } from '../../shareImages/shareCard.ts';
import { siteShareCards } from '../../shareImages/siteShareCards.ts';

// One PNG per event, hub and the site (src/shareImages/pagesToShareCards.ts), drawn once and then read from .cache/share-images.
export const getStaticPaths = (async () => {
  const cards = await siteShareCards();
  return [...cards].map(([path, card]) => ({ params: { card: path.slice('/og/'.length, -'.png'.length) }, props: { card } }));
}) satisfies GetStaticPaths;

export async function GET({ props, site }: APIContext<{ card: Omit<ShareCard, 'host'> }>) {
  if (!site) throw new Error('share images need the public origin (SITE_URL) to print its host');
  const png = await cachedShareImage({ ...props.card, host: site.host });
  return new Response(new Uint8Array(png), { headers: { 'Content-Type': 'image/png' } });
}
