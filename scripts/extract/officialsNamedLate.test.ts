import { describe, expect, test } from 'vitest';
import { officialsNamedLate } from './officialsNamedLate.ts';
import { articleToSentences } from './sentences.ts';

const KOMURA = { name: 'ماساهيكو كومورا', aliases: ['كومورا'] };
const ECEVIT = { name: 'بولنت أجاويد', aliases: ['أجاويد'] };
const MOTEGI = { name: 'توشيميتسو موتيغي', aliases: [] };

const lateIn = (...paragraphs: string[]) => officialsNamedLate(articleToSentences({ title: 'اليابان وتركيا تبحثان تعزيز التعاون', paragraphs }), [KOMURA, ECEVIT, MOTEGI]);

describe('officialsNamedLate', () => {
  test.each<[string, string[], string[]]>([
    ['the full name in the lede', ['التقى وزير الخارجية الياباني ماساهيكو كومورا اليوم في أنقرة رئيس الوزراء التركي بولنت أجاويد وبحثا التعاون الثنائي.'], ['توشيميتسو موتيغي']],
    // a one-word alias behind a comma or a conjunction, as the synthetic and real pages write it
    ['one-word spellings in the lede, behind a comma or a conjunction', ['عقدت اليابان وتركيا قمة ثنائية في طوكيو بمشاركة وزير الخارجية كومورا ورئيس الوزراء أجاويد، لبحث تعزيز التعاون.'], ['توشيميتسو موتيغي']],
    // kava-07: a minister named in the last paragraph, at the remaining meetings of a summit
    [
      'a person named only in the fourth paragraph',
      [
        'عقد رئيس الوزراء التركي بولنت أجاويد ووزير الخارجية الياباني ماساهيكو كومورا اليوم محادثات في أنقرة.',
        'وتناولت المحادثات العلاقات الثنائية.',
        'وتأتي المحادثات في وقت تشهد فيه المنطقة توترات.',
        'ويحضر وزير الخارجية الياباني توشيميتسو موتيغي الاجتماعات المتبقية.',
      ],
      ['توشيميتسو موتيغي'],
    ],
    // seed 003 (a joint working group's statement): the delegations' heads are named in its seventh paragraph
    [
      'a person first named with a word of a delegation\'s lead («وقاد الوفد») is no late one',
      [
        'عقد رئيس الوزراء التركي بولنت أجاويد ووزير الخارجية الياباني ماساهيكو كومورا اليوم محادثات في أنقرة.',
        'وتناولت المحادثات العلاقات الثنائية.',
        'وتأتي المحادثات في وقت تشهد فيه المنطقة توترات.',
        'وقاد الوفد الياباني توشيميتسو موتيغي.',
      ],
      [],
    ],
    [
      'a person named in the paragraph after the lede is no late one',
      ['عقد رئيس الوزراء التركي بولنت أجاويد ووزير الخارجية الياباني ماساهيكو كومورا اليوم محادثات في أنقرة.', 'وحضر المحادثات وزير الدولة توشيميتسو موتيغي.'],
      [],
    ],
  ])('%s', (_, paragraphs, late) => {
    expect(lateIn(...paragraphs)).toEqual(late);
  });
});
