import { describe, expect, test } from 'vitest';
import { gazetteerById, roleAsWritten, roleOnDay, withMiddleName } from './gazetteerPeople.ts';

describe('roleOnDay', () => {
  test('of two offices held at once, the higher: Jordan\'s prime minister was its defence minister too (grove-09)', () => {
    expect(roleOnDay(gazetteerById.get('bisher-al-khasawneh')!, '2024-02-16')).toBe('رئيس الوزراء');
  });
  // batch 24's holm-03 and tarn-04: people whose earlier office the gazetteer now holds (a foreign minister before he
  // headed the government; a ministry's secretary-general before he became its minister)
  test('an earlier office held on the day: Othmani in 2012, Albusaidi in 2019', () => {
    expect(roleOnDay(gazetteerById.get('saadeddine-othmani')!, '2012-05-04')).toBe('وزير الشؤون الخارجية والتعاون');
    expect(roleOnDay(gazetteerById.get('saadeddine-othmani')!, '2019-05-04')).toBe('رئيس الحكومة');
    expect(roleOnDay(gazetteerById.get('badr-albusaidi')!, '2019-04-09')).toBe('الأمين العام لوزارة الخارجية');
  });
  test('a term the day falls in, else the gazetteer\'s role', () => {
    const official = gazetteerById.get('bisher-al-khasawneh')!;
    expect(roleOnDay(official, undefined)).toBe(official.role);
    expect(roleOnDay(official, '2010-01-01')).toBe(official.role);
  });
});

// isle-09 (NHK) and batch 81's chamomile-04 (QNA): a known person named in full, with a middle name or a second family name
describe('withMiddleName', () => {
  test.each<[string, string, boolean]>([
    ['يويري كاغوتا موسيفيني', 'يويري موسيفيني', true],
    ['لويس ليوناردو ألماغرو ليميس', 'لويس ألماغرو', true],
    // (three words: the last is the family name, not a second one)
    ['لويس ألماغرو ليميس', 'لويس ألماغرو', false],
    ['لويس فرنانديز ليميس', 'لويس ألماغرو', false],
  ])('%s of %s → %s', (name, spelling, expected) => {
    expect(withMiddleName(name, [spelling])).toBe(expected);
  });
});

// dev lantern-09 (undated): the office the text writes, not a later post of the same level (an ambassador is a deputy's
// level too)
describe('roleAsWritten', () => {
  test('«نائب وزير الخارجية الأول» was Yamada\'s vice-ministerial term, not his later embassy', () => {
    expect(roleAsWritten(gazetteerById.get('shigeo-yamada')!, 'نائب وزير الخارجية')).toBe('نائب وزير الخارجية للشؤون السياسية');
  });
  test('a title of the latest office keeps it', () => {
    expect(roleAsWritten(gazetteerById.get('shigeo-yamada')!, 'سفير اليابان لدى الولايات المتحدة')).toBe('سفير اليابان لدى الولايات المتحدة');
  });
});
