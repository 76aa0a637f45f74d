import { describe, expect, test } from 'vitest';
import type { RoleLevel } from '../../src/data/index.ts';
import { levelsToFormat } from './levelsToFormat.ts';

const set = (...levels: RoleLevel[]) => new Set<RoleLevel>(levels);

describe('levelsToFormat', () => {
  // occident-08 (SUNA): Sudan's finance minister, with his ambassador, receives Japan's envoy
  test('a side led by a minister with a deputy beside him is no deputy\'s side: no vice-ministerial dialogue', () => {
    expect(levelsToFormat(set('deputy'), set('economyMinister', 'deputy'))).toBeUndefined();
    expect(levelsToFormat(set('deputy'), set('minister', 'deputy'))).toBeUndefined();
    expect(levelsToFormat(set('deputy'), set('deputy'))).toBe('vice-ministerial-dialogue');
  });
  test('the foreign and defence ministers of both parties together are a 2+2, though the text never names one', () => {
    // batch 20's brook-02 and pair-42: «اجتماع ضم وزيري الخارجية ووزيري الدفاع في البلدين»
    expect(levelsToFormat(set('foreignMinister', 'defenceMinister'), set('foreignMinister', 'defenceMinister'))).toBe('2+2-ministerial');
    expect(levelsToFormat(set('foreignMinister', 'defenceMinister'), set('foreignMinister'))).toBe('foreign-ministers-meeting');
    expect(levelsToFormat(set('leader', 'foreignMinister', 'defenceMinister'), set('leader', 'foreignMinister', 'defenceMinister'))).toBe('summit');
  });
  // batch 45's dahlia-07, batch 47's hawthorn-08, batch 48's nettle-04 (a visiting foreign minister with the chief cabinet
  // secretary), fell-04 (the foreign minister with the Swiss economy minister): no counterparts, no leader called on
  test('a foreign minister with a minister of another portfolio is «other»; not when a deputy is on a side', () => {
    expect(levelsToFormat(set('minister'), set('foreignMinister'), false, true)).toBe('other');
    expect(levelsToFormat(set('foreignMinister'), set('economyMinister'))).toBe('other');
    // fjord-10: a vice-minister's side with a minister named beside him
    expect(levelsToFormat(set('deputy', 'minister'), set('foreignMinister'), false, true)).toBeUndefined();
    expect(levelsToFormat(set('leader'), set('foreignMinister'), false, true)).toBe('official-visit');
  });
  test('defence ministers meeting in one party\'s country make a visit; a defence minister with the host\'s deputy is no pair of levels', () => {
    expect(levelsToFormat(set('defenceMinister'), set('defenceMinister'))).toBe('other');
    expect(levelsToFormat(set('defenceMinister'), set('defenceMinister'), false, true)).toBe('official-visit');
    expect(levelsToFormat(set('defenceMinister'), set('deputy'), false, true)).toBeUndefined();
    expect(levelsToFormat(set('defenceMinister'), set('deputy'))).toBeUndefined();
  });
  // waiting henbane-04 (Slovakia's president on a visit), sweetcicely-04 (Djibouti's), sycamore-02: the guest's foreign minister
  // with Japan's, his leader beside him in the text, is their meeting; Japan's foreign minister who travels and is received
  // by the host's leader and foreign minister is a visit
  test('two foreign ministers, a leader on the guest\'s side only: their meeting; on the host\'s side: a visit', () => {
    expect(levelsToFormat(set('foreignMinister'), set('foreignMinister', 'leader'), false, true, false, true)).toBe('foreign-ministers-meeting');
    expect(levelsToFormat(set('foreignMinister'), set('foreignMinister', 'leader'), false, true, false, false)).toBe('official-visit');
    // where the meeting was is not known: no side is the guest
    expect(levelsToFormat(set('foreignMinister'), set('foreignMinister', 'leader'))).toBe('official-visit');
    expect(levelsToFormat(set('foreignMinister', 'leader'), set('foreignMinister'), false, true, false, false)).toBe('foreign-ministers-meeting');
  });
  // knoll-05 (NNA): Lebanon's premier meets Japan's foreign minister on the sidelines of the Brussels conference on Syria
  test('a minister meeting a leader on the sidelines of a multilateral meeting: other, not a visit', () => {
    expect(levelsToFormat(set('foreignMinister'), set('leader'), false, false, true)).toBe('other');
    expect(levelsToFormat(set('foreignMinister'), set('leader'))).toBe('official-visit');
    expect(levelsToFormat(set('leader'), set('leader'), false, false, true)).toBe('summit');
  });
});
