/** Seed files arrive as UTF-8 (with or without BOM), UTF-16 with BOM, or legacy windows-1256 from older Arabic sites. */

const utf8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false });
const utf8Lossy = new TextDecoder('utf-8', { ignoreBOM: false });
const windows1256 = new TextDecoder('windows-1256');

/** A UTF-8 page with a few broken bytes is still UTF-8: only decode as windows-1256 when UTF-8 makes no sense of it. */
function mostlyUtf8(text: string): boolean {
  const broken = text.split('\uFFFD').length - 1;
  const arabic = text.match(/[\u0600-\u06FF]/g)?.length ?? 0;
  return arabic > 20 * broken;
}

function startsWith(bytes: Uint8Array, prefix: number[]): boolean {
  return prefix.every((byte, i) => bytes[i] === byte);
}

/** Turns raw bytes into text whatever the encoding, so later stages only see one form. */
export function bytesToText(bytes: Uint8Array): string {
  let text: string;
  if (startsWith(bytes, [0xff, 0xfe])) text = new TextDecoder('utf-16le').decode(bytes);
  else if (startsWith(bytes, [0xfe, 0xff])) text = new TextDecoder('utf-16be').decode(bytes);
  else {
    try {
      // TextDecoder drops a UTF-8 BOM itself (ignoreBOM: false).
      text = utf8.decode(bytes);
    } catch {
      const lossy = utf8Lossy.decode(bytes);
      text = mostlyUtf8(lossy) ? lossy : windows1256.decode(bytes);
    }
  }
  return normalizeText(text);
}

/** LF line endings, NFC, no stray BOM or control characters (tab kept), so that equal articles compare equal. */
export function normalizeText(text: string): string {
  let normalized = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  if (normalized.includes('\r')) normalized = normalized.replace(/\r\n?/g, '\n');
  if (/[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F\u2028\u2029]/.test(normalized)) {
    normalized = normalized.replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F\u2028\u2029]/g, (char) => (char === '\u2028' || char === '\u2029' || char === '\u000B' || char === '\u000C' ? '\n' : ''));
  }
  return normalized.normalize('NFC');
}
