/**
 * One key for the ways one branch's name is written, so the same branch is one branch everywhere:
 * the roster's 所在党支部 column (roster-branches.ts) and the summary over the workbooks sent in
 * (generator/report/intake.ts). "中共X第一支部委员会", "X第一党支部", "X第1支部", "X 第１党支部" are one
 * key; a different number or unit is another.
 */
import { compact } from './cell-text.js';

const CN_DIGITS: Record<string, number> = { 一: 1, 二: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9 };

/** 一 … 九十九 as written in branch numbers (十二, 二十, 二十三), else NaN. */
function cnNumber(text: string): number {
  if (/^\d+$/.test(text)) return Number(text);
  const m = /^([一二三四五六七八九])?(十)?([一二三四五六七八九])?$/.exec(text);
  if (!m) return NaN;
  // 一 … 九 alone; 一二 is no number
  if (!m[2]) return m[1] && !m[3] ? CN_DIGITS[m[1]] : NaN;
  return (m[1] ? CN_DIGITS[m[1]] : 1) * 10 + (m[3] ? CN_DIGITS[m[3]] : 0);
}

export function branchKey(name: string): string {
  return compact(name.normalize('NFKC'))
    .replace(/^(中国共产党|中共)/, '')
    .replace(/总支部委员会$/, '总支').replace(/支部委员会$/, '支部')
    .replace(/党总支$/, '总支').replace(/党支部$/, '支部')
    .replace(/[()（）]/g, '')
    // the branch's number, in figures whichever way it was written (第一支部, 第1支部, 一支部)
    .replace(/第?([一二三四五六七八九十]{1,3}|\d{1,2})(支部|总支)$/, (all, n: string, kind: string) => {
      const v = cnNumber(n);
      return Number.isNaN(v) ? all : `第${v}${kind}`;
    });
}
