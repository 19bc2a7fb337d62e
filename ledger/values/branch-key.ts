/**
 * One key for the ways one branch's name is written, so the same branch is one branch everywhere:
 * the roster's 所在党支部 column (roster-branches.ts) and the summary over the workbooks sent in
 * (generator/report/intake.ts). "中共X第一支部委员会", "X第一党支部", "X第1支部", "X 第１党支部" are one
 * key; a different number or unit is another.
 */
import { compact } from './cell-text.js';
import { smallNumber } from './cn-number.js';

export function branchKey(name: string): string {
  return compact(name.normalize('NFKC'))
    .replace(/^(中国共产党|中共)/, '')
    .replace(/总支部委员会$/, '总支').replace(/支部委员会$/, '支部')
    .replace(/党总支$/, '总支').replace(/党支部$/, '支部')
    .replace(/[()（）]/g, '')
    // the branch's number, in figures whichever way it was written (第一支部, 第1支部, 一支部)
    .replace(/第?([一二三四五六七八九十]{1,3}|\d{1,2})(支部|总支)$/, (all, n: string, kind: string) => {
      const v = smallNumber(n);
      return Number.isNaN(v) ? all : `第${v}${kind}`;
    });
}
