/** The least an event needs here: a YYYY-MM-DD date. */
interface Dated {
  data: { date: string };
}

// Hub timelines are paginated newest first, so a year's events start on whichever page its first (newest) event falls.
/** Where each year's section starts on a paginated timeline at `base`: e.g. 2019 → `/countries/in/2/#y-2019`. */
export function eventsToYearHrefs(newestFirst: readonly Dated[], base: string, pageSize: number): Map<number, string> {
  const hrefs = new Map<number, string>();
  newestFirst.forEach((event, index) => {
    const year = Number(event.data.date.slice(0, 4));
    if (hrefs.has(year)) return;
    const page = Math.floor(index / pageSize) + 1;
    hrefs.set(year, `${base}${page > 1 ? `${page}/` : ''}#y-${year}`);
  });
  return hrefs;
}
