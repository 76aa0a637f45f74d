import { describe, expect, test } from 'vitest';
import { gnuTimeOutputToCpuSeconds, gnuTimeOutputToPeakRssMb, gnuTimeOutputToSystemSeconds } from './timedRun.ts';

describe('gnuTimeOutputToPeakRssMb', () => {
  test('returns MB for the maximum resident set size line', () => {
    expect(gnuTimeOutputToPeakRssMb('\tUser time (seconds): 1.0\n\tMaximum resident set size (kbytes): 3218948\n')).toBeCloseTo(3143.5, 1);
  });

  test('returns undefined when the line is missing', () => {
    expect(gnuTimeOutputToPeakRssMb('Command exited with non-zero status 1')).toBeUndefined();
  });
});

describe('gnuTimeOutputToCpuSeconds', () => {
  test('returns user plus system seconds', () => {
    expect(gnuTimeOutputToCpuSeconds('\tUser time (seconds): 72.31\n\tSystem time (seconds): 20.82\n')).toBeCloseTo(93.13, 2);
  });

  test('returns undefined without GNU time output', () => {
    expect(gnuTimeOutputToCpuSeconds('')).toBeUndefined();
  });
});

describe('gnuTimeOutputToSystemSeconds', () => {
  test('returns the system time alone', () => {
    expect(gnuTimeOutputToSystemSeconds('\tUser time (seconds): 72.31\n\tSystem time (seconds): 20.82\n')).toBe(20.82);
  });

  test('returns undefined when time printed nothing', () => {
    expect(gnuTimeOutputToSystemSeconds('')).toBeUndefined();
  });
});
