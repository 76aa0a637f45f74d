import { describe, expect, test } from 'vitest';
import { encodeQueryValue } from './encodeQueryValue.ts';

describe('encodeQueryValue', () => {
  test('encodes what has a meaning in a URL, keeps Arabic letters', () => {
    expect(encodeQueryValue('زيارة & لقاء #2+2 100%')).toBe('زيارة%20%26%20لقاء%20%232%2B2%20100%25');
  });

  test('a browser reads it back as the same text', () => {
    const text = 'وزير الخارجية (Takeshi Iwaya) يزور سيول؟ a=b&c';
    expect(new URL(`https://x.example/?text=${encodeQueryValue(text)}`).searchParams.get('text')).toBe(text);
  });

  test('encodes control and separator characters that are not valid in a URL', () => {
    expect(encodeQueryValue('a\u2028b\u0085c')).toBe('a%E2%80%A8b%C2%85c');
  });
});
