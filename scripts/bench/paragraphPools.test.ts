import { describe, expect, test } from 'vitest';
import { seedTextsToParagraphPools } from './paragraphPools.ts';

const monthSets = [['يناير', 'فبراير', 'مارس', 'أبريل', 'مايو', 'يونيو', 'يوليو', 'أغسطس', 'سبتمبر', 'أكتوبر', 'نوفمبر', 'ديسمبر']];

const neutral = 'ناقش الجانبان سبل تعزيز التعاون في مجالات الدفاع والأمن والتكنولوجيا المتقدمة بين البلدين الصديقين.';
const dated = 'عقدت الجولة الثالثة من الحوار في العاصمة يوم 20 أغسطس 2024 وناقش الجانبان خلالها تعزيز التعاون الدفاعي.';
const naming = 'ناقشت الوفود بشكل مطول التحديات الأمنية في المحيط الهندي ومكافحة الإرهاب واستخدام التكنولوجيات الجديدة في الصين.';
const paired = 'ناقشت الوفود الهندية واليابانية بشكل مطول التحديات المتعلقة بمكافحة الإرهاب واستخدام التكنولوجيات الجديدة.';
const libya = 'جرى خلال اللقاء استعراض آخر المستجدات على الساحة السياسية المحلية وتبادل وجهات النظر حول التطورات الإقليمية.';

describe('seedTextsToParagraphPools', () => {
  test('returns date-free paragraphs and leaves out the headline and dated ones', () => {
    const pools = seedTextsToParagraphPools([`${neutral}\n${neutral} ثانياً\n${dated}`], monthSets);
    expect(pools.paragraphs).toEqual([`${neutral} ثانياً`]);
  });

  test('returns paragraphs naming a seed country apart, and leaves out those that pair it with Japan', () => {
    const pools = seedTextsToParagraphPools([`عنوان\n${naming}\n${paired}\n${neutral}`], monthSets);
    expect(pools.mentioning).toEqual([naming]);
    expect(pools.paragraphs).toEqual([neutral]);
  });

  test('returns what follows "إقرأ أيضاً" as unrelated', () => {
    const pools = seedTextsToParagraphPools([`عنوان\n${neutral}\nإقرأ أيضاً:\n${libya}`], monthSets);
    expect(pools.unrelated).toEqual([libya]);
    expect(pools.paragraphs).toEqual([neutral]);
  });
});
