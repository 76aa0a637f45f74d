import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { SITE } from '../config.ts';
import type { DatePrecision } from '../utils/dateToArabic.ts';
import { eventToCitation } from '../utils/eventToCitation.ts';

interface ExportedEvent {
  id: string;
  permalink: string;
  title: string;
  date: string;
  datePrecision: DatePrecision;
}

// Two small files per event would cost Astro a route each (seconds at 10,000 events); written from the built
// /events.json they take a fraction of that, and keep the reference managers' formats out of the page's 30 KB.
/** After a build: writes each event's citation as /events/<id>/cite.bib (biblatex) and /events/<id>/cite.json (CSL-JSON). */
export function citationFiles(): AstroIntegration {
  return {
    name: 'citation-files',
    hooks: {
      'astro:build:done': ({ dir, logger }) => {
        const root = fileURLToPath(dir);
        const exported = path.join(root, 'events.json');
        if (!fs.existsSync(exported)) return;
        const { events } = JSON.parse(fs.readFileSync(exported, 'utf8')) as { events: ExportedEvent[] };
        for (const event of events) {
          const folder = path.join(root, 'events', event.id);
          if (!fs.existsSync(folder)) continue;
          const citation = eventToCitation({ ...event, site: SITE });
          fs.writeFileSync(path.join(folder, 'cite.bib'), `${citation.bibtex()}\n`);
          fs.writeFileSync(path.join(folder, 'cite.json'), citation.csl());
        }
        logger.info(`citation files: BibTeX and CSL-JSON for ${events.length} events`);
      },
    },
  };
}
