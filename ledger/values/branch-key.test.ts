import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { branchKey } from './branch-key.js';

describe('branchKey', () => {
  it('gives one key for the usual forms of one branch\'s name', () => {
    const forms = [
      '中共某某局第一支部委员会', '某某局第一党支部', '某某局第一支部', '中国共产党某某局第一支部委员会',
      '某某局 第一 党支部', '某某局第１党支部', '某某局第1支部', '中共某某局一支部委员会', '某某局第一党支部\u3000',
    ];
    expect(new Set(forms.map(branchKey))).toEqual(new Set([branchKey(forms[0])]));
  });
  it('keeps numbered branches and units apart', () => {
    const names = ['某某局第一党支部', '某某局第二党支部', '某某局第十二党支部', '某某局第二十一党支部', '另一局第一党支部', '某某局第一党总支', '某某局机关党支部'];
    expect(new Set(names.map(branchKey)).size).toBe(names.length);
    expect(branchKey('中共某某局第十二支部委员会')).toBe(branchKey('某某局第12党支部'));
    expect(branchKey('中共某某局总支部委员会')).toBe(branchKey('某某局党总支'));
  });
  it('leaves a number that is part of the unit\'s name alone', () => {
    expect(branchKey('县第一中学党支部')).toBe(branchKey('中共县第一中学支部委员会'));
    expect(branchKey('县第一中学党支部')).not.toBe(branchKey('县第二中学党支部'));
  });
  it('never throws', () => fc.assert(fc.property(fc.string(), (s) => { branchKey(s); })));
});
