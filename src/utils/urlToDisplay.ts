/** Decodes percent-escapes for reading (an Arabic slug), leaving the text as it was where it is not valid UTF-8. */
function decode(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}

// Readers recognise a source by its site and the start of its path; the full address stays in the link itself.
/** A source URL shortened for display: no scheme, no `www.`, decoded, and cut with «…» past `max` characters. */
export function urlToDisplay(url: string, max = 40): string {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return url.length > max ? `${url.slice(0, max - 1)}…` : url;
  }
  const host = parsed.hostname.replace(/^www\./, '');
  const rest = decode(`${parsed.pathname === '/' ? '' : parsed.pathname}${parsed.search}`).replace(/\/$/, '');
  const whole = `${host}${rest}`;
  if (whole.length <= max) return whole;
  return host.length >= max - 1 ? `${host.slice(0, max - 1)}…` : `${whole.slice(0, max - 1)}…`;
}
