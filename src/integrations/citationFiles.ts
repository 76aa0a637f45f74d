import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { SITE } from '../config.ts';
import type { DatePrecision } from '../utils/dateToArabic.ts';
import { eventToCitation } from '../utils/eventToCitation.ts';
import { linkOrCopy } from './linkOrCopy.ts';

interface ExportedEvent {
  id: string;
  permalink: string;
  title: string;
  date: string;
  datePrecision: DatePrecision;
}

/** Where the citation files are kept between builds, by content (git-ignored). */
const CACHE_DIR = path.join('.cache', 'citations');

// Two small files per event would cost Astro a route each (seconds at 10,000 events). Written from the built
// /events.json into a cache by content and hard-linked into dist, they cost a directory entry each once built.
/** After a build: puts each event's citation at /events/<id>/cite.bib (biblatex) and /events/<id>/cite.json (CSL-JSON). */
export function citationFiles(): AstroIntegration {
  return {
    name: 'citation-files',
    hooks: {
      'astro:build:done': ({ dir, logger }) => {
        const root = fileURLToPath(dir);
        const exported = path.join(root, 'events.json');
        if (!fs.existsSync(exported)) return;
        const { events } = JSON.parse(fs.readFileSync(exported, 'utf8')) as { events: ExportedEvent[] };
        const cacheDir = path.resolve(CACHE_DIR);
        fs.mkdirSync(cacheDir, { recursive: true });
        const used = new Set<string>();
        let written = 0;
        const place = (content: string, extension: string, target: string) => {
          const name = `${createHash('sha256').update(content).digest('hex').slice(0, 32)}.${extension}`;
          const cached = path.join(cacheDir, name);
          used.add(name);
          if (!fs.existsSync(cached)) {
            fs.writeFileSync(`${cached}.tmp`, content);
            fs.renameSync(`${cached}.tmp`, cached);
            written++;
          }
          linkOrCopy(cached, target);
        };
        for (const event of events) {
          const folder = path.join(root, 'events', event.id);
          if (!fs.existsSync(folder)) continue;
          const citation = eventToCitation({ ...event, site: SITE });
          place(`${citation.bibtex()}\n`, 'bib', path.join(folder, 'cite.bib'));
          place(citation.csl(), 'json', path.join(folder, 'cite.json'));
        }
        for (const name of fs.readdirSync(cacheDir)) if (!used.has(name)) fs.rmSync(path.join(cacheDir, name), { force: true });
        logger.info(`citation files: BibTeX and CSL-JSON for ${events.length} events (${written} files new to ${CACHE_DIR})`);
      },
    },
  };
}
