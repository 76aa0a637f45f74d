import { describe, expect, test } from 'vitest';
import { formatsToFamilies } from './formatsToFamilies.ts';

const formats = [
  { slug: 'summit', label: 'قمة' },
  { slug: '2+2-ministerial', label: 'حوار 2+2 الوزاري' },
  { slug: '2+2-vice-ministerial', label: 'حوار 2+2 على مستوى نواب الوزراء' },
  { slug: 'phone-call', label: 'اتصال هاتفي' },
];

describe('formatsToFamilies', () => {
  test('names the 2+2 family by 2+2 and 2plus2, and by the noun its labels share before the token, and leaves ordinary words out', () => {
    expect(formatsToFamilies(formats)).toEqual({
      '2+2': '2+2',
      '2plus2': '2+2',
      'حوار 2+2': '2+2',
      'الحوار 2+2': '2+2',
      'حوار 2plus2': '2+2',
      'الحوار 2plus2': '2+2',
    });
  });

  test('takes no noun when the labels of a family disagree before the token, or have none', () => {
    const disagreeing = [
      { slug: '2+2-ministerial', label: 'حوار 2+2 الوزاري' },
      { slug: '2+2-vice-ministerial', label: 'اجتماع 2+2 لنواب الوزراء' },
    ];
    expect(formatsToFamilies(disagreeing)).toEqual({ '2+2': '2+2', '2plus2': '2+2' });
    expect(formatsToFamilies([{ slug: '2+2-ministerial', label: '2+2 الوزاري' }])).toEqual({ '2+2': '2+2', '2plus2': '2+2' });
  });
});
