// Letters beyond ASCII are valid URL code points (WHATWG URL) and a UTF-8 page's links send them percent-encoded as
// UTF-8, so they can stay as they are: an Arabic letter then weighs 2 bytes in the page instead of 6.
/** Percent-encodes a query value like encodeURIComponent, but leaves non-ASCII letters as they are. */
export function encodeQueryValue(text: string): string {
  return text.replace(/[^\u0080-\uFFFF]+|[\uD800-\uDFFF\uFFFE\uFFFF\u0080-\u009F\u2028\u2029]+/g, (run) => encodeURIComponent(run));
}
