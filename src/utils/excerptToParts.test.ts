import { describe, expect, test } from 'vitest';
import { excerptToParts } from './excerptToParts.ts';

describe('excerptToParts', () => {
  test('splits an excerpt into plain and matched runs', () => {
    expect(excerptToParts('زيارة <mark>الهند</mark> الأولى')).toEqual([
      { text: 'زيارة ', marked: false },
      { text: 'الهند', marked: true },
      { text: ' الأولى', marked: false },
    ]);
  });

  test('gives the page text back literally, markup-like text included', () => {
    expect(excerptToParts('&lt;script&gt;x&lt;/script&gt; &amp; <mark>2+2</mark>')).toEqual([
      { text: '<script>x</script> &amp; ', marked: false },
      { text: '2+2', marked: true },
    ]);
  });
});
