import { describe, expect, test } from 'vitest';
import { mentionsOfParties } from './mentionsOfParties.ts';

describe('mentionsOfParties', () => {
  test.each([
    // the parties as read: the mentions as read, less the parties
    [{ parties: ['JO', 'JP'], mentions: ['IL', 'JP'] }, ['JO', 'JP'], ['IL']],
    // two candidates, the editor picks one: the other is a mention
    [{ parties: ['IL', 'JO', 'JP'], mentions: ['LB'] }, ['JO', 'JP'], ['IL', 'LB']],
    // a partner the text did not find, given by the editor, is no mention
    [{ parties: ['JP'], mentions: ['KR', 'US'] }, ['JP', 'KR'], ['US']],
  ])('%j with parties %j', (read, parties, mentions) => {
    expect(mentionsOfParties(read, parties)).toEqual(mentions);
  });
});
