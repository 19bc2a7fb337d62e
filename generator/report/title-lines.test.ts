import { describe, expect, it } from 'vitest';
import { TITLE_CHARS, titleLines, widthInChars } from './title-lines.js';

const parent = '中共杭州市西湖区直属机关工作委员会';

/** Every line within the 2号 line and nothing lost or added. */
function fits(title: string, names: string[] = []): string[] {
  const lines = titleLines(title, names);
  expect(lines.join('')).toBe(title);
  for (const l of lines) expect(widthInChars(l)).toBeLessThanOrEqual(TITLE_CHARS);
  return lines;
}

describe('titleLines (GB/T 9704-2012 7.3.1: 词意完整，排列对称，长短适宜)', () => {
  it('measures the 2号 line as 20 full-width characters, half-width ones counting half', () => {
    expect(TITLE_CHARS).toBe(20);
    expect(widthInChars('关于XX县')).toBe(4);
    expect(titleLines('关于XX县机关党建工作（台账）情况调研报告')).toEqual(['关于XX县机关党建工作（台账）情况调研报告']);
    expect(titleLines('关于XX县机关党建工作（台账）情况的调研报告')).toHaveLength(2);
  });

  it('breaks the summary title after 关于+the 上级党组织, before 所属, never inside a word', () => {
    const title = `关于${parent}所属党支部建设情况的调研报告`;
    expect(fits(title, [parent])).toEqual([`关于${parent}`, '所属党支部建设情况的调研报告']);
    // the name ends are found without being told the name too
    expect(fits(title)).toEqual([`关于${parent}`, '所属党支部建设情况的调研报告']);
  });

  it('breaks the bank\'s other title forms at word boundaries into balanced lines', () => {
    expect(fits('关于××市机关党建工作（党支部台账）情况的调研报告')).toEqual(['关于××市机关党建工作', '（党支部台账）情况的调研报告']);
    expect(fits('关于中共××县农业农村局机关委员会所属党支部建设情况的调研报告')).toEqual(['关于中共××县农业农村局机关委员会', '所属党支部建设情况的调研报告']);
    const branch = '西湖区卫健局机关党支部';
    expect(fits(`关于${branch}党建工作（党支部台账）情况的调研报告`, [branch])).toEqual([`关于${branch}党建工作`, '（党支部台账）情况的调研报告']);
    const student = '南京某某大学计算机学院学生第一党支部';
    expect(fits(`关于${student}党建工作（党支部台账）情况的调研报告`, [student])).toEqual([`关于${student}`, '党建工作（党支部台账）情况的调研报告']);
  });

  it('never breaks inside a name it is given while a boundary fits, though the name holds a break word', () => {
    const name = '西湖区党建工作指导中心党支部';
    const lines = fits(`关于${name}党建工作（党支部台账）情况的调研报告`, [name]);
    expect(lines.some((l) => l.includes(name))).toBe(true);
  });

  it('breaks a name wider than the line only where no boundary fits: after a level of it (西湖区), not inside a word', () => {
    const long = '中共杭州市西湖区住房和城乡建设局机关支部委员会'; // 23 characters: no line holds 关于 and it
    expect(fits(`关于${long}党建工作（党支部台账）情况的调研报告`, [long]))
      .toEqual(['关于中共杭州市西湖区', '住房和城乡建设局机关支部委员会', '党建工作（党支部台账）情况的调研报告']);
    const longer = '中共新疆维吾尔自治区乌鲁木齐市天山区人民政府办公室机关委员会';
    expect(fits(`关于${longer}所属党支部建设情况的调研报告`, [longer]))
      .toEqual(['关于中共新疆维吾尔自治区乌鲁木齐市', '天山区人民政府办公室机关委员会', '所属党支部建设情况的调研报告']);
  });

  it('still fits a name with no level to break after, anywhere, each line within the width', () => {
    const odd = '某某某某某某某某某某某某某某某某某某某某某某某某某某党支部';
    const lines = fits(`关于${odd}党建工作情况的调研报告`, [odd]);
    expect(lines.length).toBe(3);
  });
});
