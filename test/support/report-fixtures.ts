/**
 * Small, valid branch workbooks written with exceljs for the `report` tests: a 支部信息 sheet, a roster
 * with real-looking (checksummed) ID numbers, a wide dues ledger and a year of meetings — plus
 * a few planted problems so every report has findings.
 */
import ExcelJS from 'exceljs';

/** GB 11643-1999 check character. */
export function idNumber(region: string, birth: string, seq: number): string {
  const body = `${region}${birth}${String(seq).padStart(3, '0')}`;
  const weights = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
  const sum = [...body].reduce((s, ch, i) => s + Number(ch) * weights[i], 0);
  return body + '10X98765432'[sum % 11];
}

export interface BranchSpec {
  name: string;
  /** distinct seed so every workbook has its own IDs */
  seed: number;
  year?: number;
  /** text written into the first meeting's 主题 (e.g. a formula-like string) */
  topic?: string;
}

export interface BranchWorkbook {
  ids: string[];
}

const SURNAMES = ['王', '李', '张', '刘', '陈', '杨', '赵', '黄', '周', '吴'];
const GIVEN = ['伟', '芳', '娜', '敏', '静', '丽', '强', '磊', '军', '洋', '勇', '艳'];

export async function writeBranchWorkbook(path: string, spec: BranchSpec): Promise<BranchWorkbook> {
  const year = spec.year ?? 2025;
  const wb = new ExcelJS.Workbook();
  const info = wb.addWorksheet('支部信息');
  info.addRows([
    ['支部名称', spec.name],
    ['上级党组织', '中共某县委机关工委'],
    ['支部类型', '机关'],
    ['上次换届时间', `${year - 1}-03-15`],
    ['统计年度', year],
  ]);

  const roster = wb.addWorksheet('党员名册');
  roster.addRow(['序号', '姓名', '性别', '身份证号', '出生日期', '学历', '入党时间', '转正时间', '党员类别', '党内职务', '在职状态', '联系电话']);
  const roles = ['书记', '组织委员', '宣传委员', '', '', '', '', ''];
  const ids: string[] = [];
  const names: string[] = [];
  for (let i = 0; i < 8; i++) {
    const male = i % 2 === 0;
    const birthYear = 1970 + ((spec.seed * 7 + i * 3) % 25);
    const birth = `${birthYear}0${1 + (i % 9)}1${i % 10}`;
    const seq = ((spec.seed * 13 + i * 2) % 400) * 2 + (male ? 1 : 2);
    const id = idNumber('110101', birth, seq);
    ids.push(id);
    const name = SURNAMES[(spec.seed + i) % 10] + GIVEN[(spec.seed * 3 + i) % 12] + (i >= 6 ? GIVEN[i % 12] : '');
    names.push(name);
    const join = `${birthYear + 25}-07-01`;
    const full = `${birthYear + 26}-07-01`;
    roster.addRow([
      i + 1, name, male ? '男' : '女', id, `${birthYear}-${birth.slice(4, 6)}-${birth.slice(6, 8)}`, '大学本科',
      join, full, '正式党员', roles[i], '在职', `1380000${String(1000 + spec.seed * 10 + i).slice(-4)}`,
    ]);
  }
  // planted: the last member's phone is too short (M09), one ID stored as a number (M02)
  roster.getCell(`L${roster.rowCount}`).value = '12345';
  roster.getCell('D3').value = Number(ids[1].replace(/X$/, '0'));

  const dues = wb.addWorksheet('党费');
  dues.addRow(['姓名', '缴费基数', '比例', '月应交', ...Array.from({ length: 12 }, (_, m) => `${m + 1}月`)]);
  for (const n of names) dues.addRow([n, 4000, 0.01, 40, ...Array.from({ length: 12 }, () => 40)]);
  // planted: one month paid short (D03)
  dues.getCell('E2').value = 20;

  const meetings = wb.addWorksheet('三会一课');
  meetings.addRow(['日期', '会议类型', '主题', '主持人', '主讲人', '应到人数', '实到人数', '缺席人员', '记录人']);
  for (let m = 1; m <= 12; m++) {
    const d = (day: number) => `${year}-${String(m).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
    meetings.addRow([d(5), '支委会', `研究${m}月工作`, names[0], '', 3, 3, '', names[1]]);
    meetings.addRow([d(10), '主题党日', `${m}月主题党日`, names[0], '', 8, 8, '', names[1]]);
    if (m % 3 === 0) {
      meetings.addRow([d(15), '支部党员大会', `第${m / 3}季度党员大会`, names[0], '', 8, 7, '', names[1]]);
      meetings.addRow([d(20), '党课', `第${m / 3}季度党课`, names[0], names[0], 8, 8, '', names[1]]);
    }
  }
  meetings.addRow([`${year}-12-25`, '组织生活会', '年度组织生活会', names[0], '', 8, 8, '', names[1]]);
  meetings.addRow([`${year}-12-26`, '民主评议党员', '民主评议党员', names[0], '', 8, 8, '', names[1]]);
  if (spec.topic != null) meetings.getCell('C2').value = spec.topic;
  // planted: a meeting without 记录人 (C10)
  meetings.getCell('I3').value = null;

  await wb.xlsx.writeFile(path);
  return { ids };
}
