// The parts of the search bundle the page reads itself, beside Pagefind: the metadata's page names and whole filter
// files, to count facet values (pagefindFilterToCounts). Pagefind's files are its signature and CBOR, gzipped; the
// same files Pagefind fetched, so the browser's cache usually has them.
const BUNDLE = '/pagefind/';
const SIGNATURE = new TextEncoder().encode('pagefind_dcd');

/** A filter file's values: value → page numbers. */
export type FilterValues = Array<[value: string, pages: number[]]>;

/** What the page reads of the bundle: each page's name by number, and each filter's file. */
interface BundleFacts {
  pageNames: string[];
  filterFiles: Map<string, string>;
}

function startsWithSignature(bytes: Uint8Array): boolean {
  return SIGNATURE.every((byte, i) => bytes[i] === byte);
}

/** A bundle file's CBOR value: gunzipped (unless the server already did), without the signature. */
async function readPagefindFile(url: string): Promise<unknown> {
  // Named by their content's hash, so a copy in the cache, such as the one Pagefind fetched, is the file.
  const response = await fetch(url, { cache: 'force-cache' });
  if (!response.ok) throw new Error(`${url}: ${response.status}`);
  let bytes = new Uint8Array(await response.arrayBuffer());
  if (!startsWithSignature(bytes)) bytes = new Uint8Array(await new Response(new Blob([bytes]).stream().pipeThrough(new DecompressionStream('gzip'))).arrayBuffer());
  if (!startsWithSignature(bytes)) throw new Error(`${url}: not a Pagefind file`);
  const { decode } = await import('cborg');
  return decode(bytes.subarray(SIGNATURE.length));
}

let facts: Promise<BundleFacts> | undefined;

function bundleFacts(): Promise<BundleFacts> {
  facts ??= (async () => {
    const entry = (await (await fetch(`${BUNDLE}pagefind-entry.json`)).json()) as { languages: Record<string, { hash: string }> };
    const [{ hash }] = Object.values(entry.languages) as [{ hash: string }];
    // pf_meta: version, pages ([name, word count, …]), index chunks, filters ([name, file]), …
    const meta = (await readPagefindFile(`${BUNDLE}pagefind.${hash}.pf_meta`)) as [string, Array<[string, ...unknown[]]>, unknown, Array<[string, string]>];
    return { pageNames: meta[1].map(([name]) => name), filterFiles: new Map(meta[3]) };
  })();
  facts.catch(() => (facts = undefined));
  return facts;
}

const filters = new Map<string, Promise<FilterValues>>();

/** A whole filter's values and the metadata's page names; a filter the bundle lacks has no values. */
export async function loadFilterValues(filter: string): Promise<{ values: FilterValues; pageNames: string[] }> {
  const { pageNames, filterFiles } = await bundleFacts();
  const file = filterFiles.get(filter);
  if (!file) return { values: [], pageNames };
  let values = filters.get(filter);
  if (!values) {
    values = readPagefindFile(`${BUNDLE}filter/${file}.pf_filter`).then((content) => (content as [string, FilterValues])[1]);
    filters.set(filter, values);
    values.catch(() => filters.delete(filter));
  }
  return { values: await values, pageNames };
}
