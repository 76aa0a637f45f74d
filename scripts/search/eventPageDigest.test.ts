import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { eventPageDigest, type PageDigests } from './eventPageDigest.ts';
import { pageToDigest } from './partInputsDigest.ts';

let dir = '';
const event = '<main data-pagefind-body><h1>قمة</h1></main>';
const redirect = '<meta http-equiv="refresh" content="0;url=/events/a/">';

beforeAll(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'event-page-digest-'));
});
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

describe('eventPageDigest', () => {
  test('an event page has the digest of its bytes; a redirect page and a missing one have none', () => {
    fs.writeFileSync(path.join(dir, 'event.html'), event);
    fs.writeFileSync(path.join(dir, 'redirect.html'), redirect);
    const next: PageDigests = {};
    expect(eventPageDigest(path.join(dir, 'event.html'), 'e', {}, next)).toEqual(pageToDigest(Buffer.from(event)));
    expect(eventPageDigest(path.join(dir, 'redirect.html'), 'r', {}, next)).toBeNull();
    expect(eventPageDigest(path.join(dir, 'missing.html'), 'm', {}, next)).toBeNull();
    expect(Object.keys(next).sort()).toEqual(['e', 'r']);
  });

  test('an unchanged page is not read again: its recorded digest stands', () => {
    const file = path.join(dir, 'kept.html');
    fs.writeFileSync(file, event);
    const first: PageDigests = {};
    eventPageDigest(file, 'k', {}, first);
    // A record that says otherwise of the same file, as it stands, is believed: proof the bytes were not read.
    const recorded: PageDigests = { k: [first.k![0], first.k![1], first.k![2], 'ab'.repeat(32)] };
    expect(eventPageDigest(file, 'k', recorded, {})!.toString('hex')).toBe('ab'.repeat(32));
  });

  test.each([
    ['rewritten in place with other bytes of the same size', (file: string) => fs.writeFileSync(file, event.replace('قمة', 'قمم'))],
    ['replaced by a renamed file', (file: string) => {
      fs.writeFileSync(`${file}.new`, event.replace('قمة', 'اتصال'));
      fs.renameSync(`${file}.new`, file);
    }],
  ])('a page %s is read again', async (_, change) => {
    const file = path.join(dir, 'changed.html');
    fs.writeFileSync(file, event);
    const first: PageDigests = {};
    eventPageDigest(file, 'c', {}, first);
    await new Promise((resolve) => setTimeout(resolve, 5));
    const size = fs.statSync(file).size;
    change(file);
    if (_.startsWith('rewritten')) expect(fs.statSync(file).size).toBe(size);
    const digest = eventPageDigest(file, 'c', first, {});
    expect(digest).toEqual(pageToDigest(fs.readFileSync(file)));
    expect(digest!.toString('hex')).not.toBe(first.c![3]);
  });
});
