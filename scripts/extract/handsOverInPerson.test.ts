import { describe, expect, test } from 'vitest';
import { tokenize } from './tokenize.ts';
import { handsOverInPerson } from './handsOverInPerson.ts';

describe('handsOverInPerson', () => {
  // waiting pages zedoary-01 (IRNA), nutmeg-08 (TAP) and iris-09 (Petra): a letter or credentials handed over in person
  test.each([
    'خرازي يسلم كويزومي رسالة من الرئيس خاتمي ويؤكد سلمية البرنامج النووي الإيراني',
    'تسلّم وزير الشؤون الخارجية محمد علي النفطي اليوم الخميس بمقر الوزارة نسخة من أوراق اعتماد السفير الياباني',
    'نقل سمو الأمير الحسن بن طلال، الخميس، رسالة من جلالة الملك عبدالله الثاني إلى رئيس الوزراء الياباني',
    'وسلمه دعوة لزيارة طوكيو',
    // pairs48's pair-166 (AMI), nest-08 and nectarine-04: a long subject and a long name of who received between
    'سلّم المبعوث الخاص لرئيس الوزراء الياباني، النائب ماسايوشي هامادا، اليوم الخميس، الرئيس سيدي محمد ولد الشيخ عبد الله رسالة خطية من رئيس الوزراء',
  ])('handed over in person: %s', (text) => {
    expect(handsOverInPerson(tokenize(text))).toBe(true);
  });
  test.each([
    // taking up a post hands nothing over
    'وكان السفير قد تسلّم مهامه في طوكيو مطلع العام',
    // greetings conveyed are no object handed over
    'ونقل الوزير تحيات رئيس الوزراء الياباني إلى الملك',
    // a letter far from the verb, or after a subordinate clause, is another clause's
    'سلم الوزير الوثائق إلى اللجنة المختصة بعد أن درستها لجان الوزارة طوال أشهر عدة قبل أن تصدر الحكومة رسالة',
    'سلم الوزير الوثائق إلى اللجنة بعد أن وصلت رسالة',
    'سلم الوزير الوثائق إلى اللجنة المختصة التي تلقت رسالة',
    'سلم الوزير الوثائق إلى اللجنة المختصة في مقر الوزارة في العاصمة صباح اليوم بحضور عدد من كبار المسؤولين في الوزارة وممثلي الهيئات الرسمية ثم تلقى رسالة',
  ])('nothing handed over in person: %s', (text) => {
    expect(handsOverInPerson(tokenize(text))).toBe(false);
  });
});
