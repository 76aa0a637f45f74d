import type { APIContext, GetStaticPaths } from 'astro';
import { cachedShareImage } from '../../shareImages/cachedShareImage.ts';
import type { ShareCard } from '../../shareImages/shareCard.ts';
import { siteShareCards } from '../../shareImages/siteShareCards.ts';

// The dev server draws share images on demand here. A build has no such routes: src/integrations/shareImages.ts links
// the cached images into dist after the pages, and draws the missing ones on a thread per core.
export const getStaticPaths = (async () => {
  if (!import.meta.env.DEV) return [];
  const cards = await siteShareCards();
  return [...cards].map(([path, card]) => ({ params: { card: path.slice('/og/'.length, -'.png'.length) }, props: { card } }));
}) satisfies GetStaticPaths;

export async function GET({ props, site }: APIContext<{ card: Omit<ShareCard, 'host'> }>) {
  const { png } = await cachedShareImage({ ...props.card, host: site!.host });
  return new Response(new Uint8Array(png), { headers: { 'Content-Type': 'image/png' } });
}
