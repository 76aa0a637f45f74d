import { createCanvas, type SKRSContext2D } from '@napi-rs/canvas';
import sharp from 'sharp';
import { fitTitle } from './fitTitle.ts';
import { registerShareFonts, SHARE_FONT_FAMILY } from './shareFonts.ts';
import { SHARE_IMAGE_SIZE, type ShareCard } from './shareCard.ts';
import { wrapWords } from './wrapWords.ts';

// The light theme's tokens of src/styles/global.css: a shared image is seen outside the site, on any background.
const COLOURS = { paper: '#fbfaf7', ink: '#1b1f27', inkSoft: '#4a5161', rule: '#e3e0d8', accent: '#a8231d', badge: '#f4e4e2' };
const { width: W, height: H } = SHARE_IMAGE_SIZE;
const MARGIN = 80;
const TEXT_WIDTH = W - 2 * MARGIN;
const TITLE_BOX = { top: 148, height: 292 };
const TITLE_SIZES = [76, 66, 60, 54, 48, 44] as const;
// Sixteen colours (4-bit PNG) keep the antialiased letters smooth at a third of a full-colour PNG's weight.
const PNG_OPTIONS = { palette: true, colours: 16, effort: 1, dither: 0 } as const;

const font = (size: number, bold = false) => `${bold ? 'bold ' : ''}${size}px "${SHARE_FONT_FAMILY}"`;

/** Draws one line of text against the right (start) edge of the text area, or the left edge; `dir` orders mixed text. */
function drawLine(ctx: SKRSContext2D, text: string, y: number, dir: 'rtl' | 'ltr' = 'rtl', edge: 'right' | 'left' = 'right'): void {
  ctx.direction = dir;
  ctx.textAlign = edge;
  ctx.fillText(text, edge === 'right' ? W - MARGIN : MARGIN, y);
}

/** The text, shortened with «…» to one line of the text area at the context's current font. */
function oneLine(ctx: SKRSContext2D, text: string, width = TEXT_WIDTH): string {
  return wrapWords(text, width, 1, (t) => ctx.measureText(t).width).lines[0] ?? '';
}

/** Draws a share card with the site's font (Skia shapes the Arabic and orders mixed text) and encodes it as a 1200×630 PNG. */
export async function drawShareCard(card: ShareCard): Promise<Buffer> {
  registerShareFonts();
  const canvas = createCanvas(W, H);
  const ctx = canvas.getContext('2d');
  ctx.textBaseline = 'alphabetic';
  ctx.fillStyle = COLOURS.paper;
  ctx.fillRect(0, 0, W, H);
  // The accent band on the start (right) edge, as the timeline's line and dots are on the start side of the pages.
  ctx.fillStyle = COLOURS.accent;
  ctx.fillRect(W - 16, 0, 16, H);

  // The eyebrow: a badge at the top right, like the format badges on the site.
  ctx.font = font(30, true);
  const eyebrow = oneLine(ctx, card.eyebrow, TEXT_WIDTH - 40);
  const badgeWidth = ctx.measureText(eyebrow).width + 40;
  ctx.fillStyle = COLOURS.badge;
  ctx.beginPath();
  ctx.roundRect(W - MARGIN - badgeWidth, 56, badgeWidth, 56, 12);
  ctx.fill();
  ctx.fillStyle = COLOURS.accent;
  ctx.direction = 'rtl';
  ctx.textAlign = 'right';
  ctx.fillText(eyebrow, W - MARGIN - 20, 95);

  // The title, as large as its length allows.
  const title = fitTitle(card.title, { width: TEXT_WIDTH, height: TITLE_BOX.height }, TITLE_SIZES, 1.42, (text, size) => {
    ctx.font = font(size, true);
    return ctx.measureText(text).width;
  });
  ctx.font = font(title.size, true);
  ctx.fillStyle = COLOURS.ink;
  title.lines.forEach((line, i) => drawLine(ctx, line, TITLE_BOX.top + title.size + i * title.lineHeight));

  // Dates, parties or counts.
  ctx.font = font(30);
  ctx.fillStyle = COLOURS.inkSoft;
  card.lines.slice(0, 2).forEach((line, i) => drawLine(ctx, oneLine(ctx, line.text), 480 + i * 44, line.dir));

  // The foot: a rule, the site's mark and name on the right, the host on the left.
  ctx.fillStyle = COLOURS.rule;
  ctx.fillRect(MARGIN, 548, TEXT_WIDTH, 2);
  ctx.font = font(28, true);
  ctx.fillStyle = COLOURS.ink;
  const site = oneLine(ctx, card.site, TEXT_WIDTH / 2);
  drawLine(ctx, site, 596);
  ctx.fillStyle = COLOURS.accent;
  ctx.beginPath();
  ctx.arc(W - MARGIN - ctx.measureText(site).width - 24, 586, 10, 0, 2 * Math.PI);
  ctx.fill();
  ctx.font = font(26);
  ctx.fillStyle = COLOURS.inkSoft;
  drawLine(ctx, card.host, 596, 'ltr', 'left');

  const pixels = canvas.data();
  return sharp(pixels, { raw: { width: W, height: H, channels: 4 } }).png(PNG_OPTIONS).toBuffer();
}
