import fs from 'node:fs';
import path from 'node:path';

/** Every file under a folder with its size. */
export function folderToFiles(dir: string): { file: string; bytes: number }[] {
  return fs.readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => {
      const file = path.join(entry.parentPath, entry.name);
      return { file, bytes: fs.statSync(file).size };
    });
}

const SCRIPT = /<script\b([^>]*)>([\s\S]*?)<\/script>/gi;
const MODULE_PRELOAD = /<link\b[^>]*rel=["']?modulepreload["']?[^>]*>/gi;
const SRC = /\bsrc=["']?([^"'\s>]+)/i;
const HREF = /\bhref=["']?([^"'\s>]+)/i;
// Data blocks (JSON-LD, JSON) are not executed.
const DATA_TYPE = /\btype=["']?application\/(ld\+)?json/i;

/** The JavaScript a page loads on its own: bytes of inline scripts, and the addresses of script files and module preloads. */
export function htmlToScripts(html: string): { inlineBytes: number; sources: string[] } {
  let inlineBytes = 0;
  const sources: string[] = [];
  for (const [, attributes, body] of html.matchAll(SCRIPT)) {
    if (DATA_TYPE.test(attributes!)) continue;
    const src = SRC.exec(attributes!)?.[1];
    if (src) sources.push(src);
    else inlineBytes += Buffer.byteLength(body!);
  }
  for (const [link] of html.matchAll(MODULE_PRELOAD)) {
    const href = HREF.exec(link)?.[1];
    if (href) sources.push(href);
  }
  return { inlineBytes, sources: [...new Set(sources)] };
}

/** HTML bytes and JavaScript bytes of one built page: inline scripts apart from the same-site script files it fetches. */
export function pageToWeight(dist: string, htmlFile: string): { htmlBytes: number; inlineJsBytes: number; fileJsBytes: number } {
  const html = fs.readFileSync(htmlFile, 'utf8');
  const { inlineBytes, sources } = htmlToScripts(html);
  const pageUrl = new URL(`/${path.relative(dist, htmlFile).split(path.sep).join('/')}`, 'http://site.invalid');
  let fileBytes = 0;
  for (const source of sources) {
    const url = new URL(source, pageUrl);
    const file = path.join(dist, decodeURIComponent(url.pathname));
    if (url.host === 'site.invalid' && fs.existsSync(file)) fileBytes += fs.statSync(file).size;
  }
  return { htmlBytes: Buffer.byteLength(html), inlineJsBytes: inlineBytes, fileJsBytes: fileBytes };
}
