import path from 'node:path';

/** Pagefind's options that place its bundle (pagefind.yml). */
export interface PagefindPlacement {
  site: string;
  output_subdir?: string;
  output_path?: string;
}

/** Where Pagefind writes its bundle, relative to the folder it runs in, as its own defaults place it. */
export function pagefindConfigToBundleDir(config: PagefindPlacement): string {
  if (typeof config.site !== 'string' || config.site === '') throw new Error('pagefind.yml: no "site" folder');
  return config.output_path ?? path.join(config.site, config.output_subdir ?? 'pagefind');
}
