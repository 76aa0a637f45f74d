import { describe, expect, test } from 'vitest';
import { LOCAL_ORIGIN, siteUrlFromEnv } from './siteUrlFromEnv.ts';

describe('siteUrlFromEnv', () => {
  test('a production build without SITE_URL stops with a message that says what to set', () => {
    expect(() => siteUrlFromEnv(undefined, 'build')).toThrow(/SITE_URL is not set[\s\S]*SITE_URL=https:\/\/your\.domain npm run build[\s\S]*npm start/);
    expect(() => siteUrlFromEnv('  ', 'build')).toThrow(/SITE_URL is not set/);
  });

  test('dev, preview and sync fall back to the local origin', () => {
    for (const command of ['dev', 'preview', 'sync'] as const) expect(siteUrlFromEnv(undefined, command)).toBe(LOCAL_ORIGIN);
  });

  test('a given origin is used as it is, without a trailing slash', () => {
    expect(siteUrlFromEnv('https://timeline.example.org/', 'build')).toBe('https://timeline.example.org');
    expect(siteUrlFromEnv('http://localhost:8080', 'dev')).toBe('http://localhost:8080');
  });

  test('rejects what is not an http(s) origin', () => {
    expect(() => siteUrlFromEnv('timeline.example.org', 'build')).toThrow(/not a URL/);
    expect(() => siteUrlFromEnv('ftp://timeline.example.org', 'build')).toThrow(/http\(s\)/);
    expect(() => siteUrlFromEnv('https://example.org/timeline/', 'build')).toThrow(/origin only/);
  });
});
