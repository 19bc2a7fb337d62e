import { describe, expect, it } from 'vitest';
import { namesOutcome, namesPlan } from './plan-text.js';

describe('plan titles', () => {
  it('a plan names what is to be held; a title naming the outcome too is a record', () => {
    expect(namesPlan(['年度计划', '2025年度三会一课计划表'])).toBe(true);
    expect(namesPlan(['Sheet1', '2025年三会一课工作计划安排表（√为计划召开月份）'])).toBe(true);
    expect(namesPlan(['学习计划'])).toBe(true);
    expect(namesPlan(['三会一课', '2025年度三会一课开展情况登记表'])).toBe(false);
    expect(namesPlan(['计划', '2025年三会一课计划及完成情况'])).toBe(false);
    expect(namesPlan(['会议记录'])).toBe(false);
  });

  it('the outcome sub-header beside 计划', () => {
    expect(['实际', '实际召开', '完成情况'].map(namesOutcome)).toEqual([true, true, true]);
    expect(namesOutcome('计划')).toBe(false);
  });
});
