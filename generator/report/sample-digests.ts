/**
 * A small, made-up set of branch digests for tests and for scripts/render-sample-report.ts.
 * Names and figures are fictitious; ID numbers appear masked, as the engine emits them.
 */
import type { Finding, RuleId, Severity } from '../../ledger/findings/finding.js';
import type { BranchDigest, BranchStats, MeetingCounts } from '../../ledger/stats/stats-types.js';

const meetings = (g: number, c: number, gr: number, l: number, t: number, life: number, r: number): MeetingCounts =>
  ({ general: g, committee: c, group: gr, lecture: l, themeDay: t, lifeMeeting: life, review: r });

function stats(branch: string, p: Partial<BranchStats['members']> & { total: number; full: number }, rest: {
  due: number; paid: number; arrears: number; held: MeetingCounts; required: MeetingCounts; met: MeetingCounts; findings: Finding[];
}): BranchStats {
  const bySeverity: Record<Severity, number> = { 错误: 0, 警告: 0, 提示: 0 };
  const byRule: Partial<Record<RuleId, number>> = {};
  for (const f of rest.findings) { bySeverity[f.severity]++; byRule[f.rule] = (byRule[f.rule] ?? 0) + 1; }
  const total = p.total;
  return {
    branch, asOf: '2025-12-31', year: 2025,
    members: {
      total, full: p.full, probationary: total - p.full,
      male: p.male ?? Math.ceil(total / 2), female: p.female ?? Math.floor(total / 2),
      byAge: p.byAge ?? { '35岁及以下': 0, '36至45岁': 0, '46至55岁': 0, '56至60岁': 0, '61岁及以上': 0, 不详: total },
      byEducation: p.byEducation ?? { 研究生: 0, 大学本科: 0, 大专: 0, 中专及高中: 0, 初中及以下: 0, 不详: total },
      newMembers: p.newMembers ?? 0, retired: p.retired ?? 0, committeeSize: p.committeeSize ?? 1,
      hasCommittee: p.hasCommittee ?? false, secretary: p.secretary ?? null, groups: p.groups ?? 0,
    },
    dues: { due: rest.due, paid: rest.paid, membersInArrears: rest.arrears },
    meetings: rest.held, required: rest.required, periodsMet: rest.met,
    findings: { total: rest.findings.length, bySeverity, byRule },
  };
}

const f = (rule: RuleId, severity: Severity, sheet: string | null, cell: string | null, row: number | null,
  period: string | null, member: string | null, message: string): Finding =>
  ({ rule, severity, sheet, cell, row, period, member, message });

export function sampleDigests(): BranchDigest[] {
  const req = meetings(4, 12, 12, 4, 12, 1, 1);
  const clean = stats('机关第一党支部', {
    total: 12, full: 11, male: 7, female: 5, secretary: '王建国', hasCommittee: true, committeeSize: 5, groups: 2, newMembers: 1,
    byAge: { '35岁及以下': 3, '36至45岁': 4, '46至55岁': 4, '56至60岁': 1, '61岁及以上': 0, 不详: 0 },
    byEducation: { 研究生: 2, 大学本科: 8, 大专: 2, 中专及高中: 0, 初中及以下: 0, 不详: 0 },
  }, { due: 1842.5, paid: 1842.5, arrears: 0, held: meetings(4, 12, 24, 4, 12, 1, 1), required: req, met: req, findings: [] });

  const officeFindings = [
    f('M02', '错误', '党员名册', 'E7', 7, null, '李明', '身份证号码“110105********1234”校验码不正确，请与身份证原件核对后改正。'),
    f('M01', '错误', '党员名册', 'F9', 9, null, '赵丽', '入党时间为空，请按党员档案补填入党时间。'),
    f('D03', '警告', '党费收缴台账', 'H5', 5, '2025-07', '李明', '2025年7月应交党费45.00元，实交30.00元，少交15.00元，请补交。'),
    f('C02', '错误', '三会一课', null, null, '2025-08', null, '2025年8月没有支委会记录。支部委员会会议一般每月召开1次，请补开或补记。'),
  ];
  const office = stats('办公室党支部', {
    total: 9, full: 8, male: 4, female: 5, secretary: '陈红', hasCommittee: true, committeeSize: 3, groups: 0, newMembers: 1,
    byAge: { '35岁及以下': 2, '36至45岁': 3, '46至55岁': 3, '56至60岁': 1, '61岁及以上': 0, 不详: 0 },
    byEducation: { 研究生: 1, 大学本科: 6, 大专: 1, 中专及高中: 1, 初中及以下: 0, 不详: 0 },
  }, { due: 1320, paid: 1305, arrears: 1, held: meetings(4, 11, 0, 4, 12, 1, 1),
    required: meetings(4, 12, 0, 4, 12, 1, 1), met: meetings(4, 11, 0, 4, 12, 1, 1), findings: officeFindings });

  const financeFindings = [
    f('B05', '警告', '支部信息', 'B6', 6, null, null, '上次换届时间为2021年11月，按3年任期应于2024年11月前换届，已超期。确经批准延期的，请在备注中注明。'),
    f('C01', '错误', '三会一课', null, null, '2025-Q2', null, '2025年第二季度没有支部党员大会记录。党员大会一般每季度召开1次。'),
    f('C02', '错误', '三会一课', null, null, '2025-04', null, '2025年4月没有支委会记录。'),
    f('C02', '错误', '三会一课', null, null, '2025-05', null, '2025年5月没有支委会记录。'),
    f('C10', '警告', '三会一课', 'E14', 14, null, null, '该会议记录缺少记录人，请补填。'),
  ];
  const finance = stats('财务科党支部', {
    total: 8, full: 7, male: 3, female: 5, secretary: '周平', hasCommittee: true, committeeSize: 3, groups: 0,
    byAge: { '35岁及以下': 1, '36至45岁': 2, '46至55岁': 4, '56至60岁': 1, '61岁及以上': 0, 不详: 0 },
    byEducation: { 研究生: 0, 大学本科: 5, 大专: 2, 中专及高中: 1, 初中及以下: 0, 不详: 0 },
  }, { due: 1105, paid: 1105, arrears: 0, held: meetings(3, 10, 0, 4, 12, 1, 1),
    required: meetings(4, 12, 0, 4, 12, 1, 1), met: meetings(3, 10, 0, 4, 12, 1, 1), findings: financeFindings });

  const retiredFindings = [
    f('M06', '警告', '党员名册', 'H12', 12, null, '孙志强', '入党时间为2024年3月1日，预备期已满，尚未转正。请及时召开支部党员大会讨论其转正问题。'),
    f('D04', '错误', '党费收缴台账', 'C15', 15, null, '钱进', '2025年5月至2025年12月连续8个月未交纳党费（党章第九条），请核实并按规定处理。'),
    f('C06', '错误', '三会一课', null, null, '2025', null, '2025年没有召开组织生活会。'),
    f('C07', '错误', '三会一课', null, null, '2025', null, '2025年没有开展民主评议党员。'),
    f('W03', '错误', '三会一课', 'A9', 9, null, null, '日期“2025.13.02”无法识别，请改为“2025-12-02”的格式。'),
  ];
  const retired = stats('离退休干部党支部', {
    total: 15, full: 14, male: 10, female: 5, secretary: '吴德明', hasCommittee: true, committeeSize: 5, groups: 3, retired: 15,
    byAge: { '35岁及以下': 0, '36至45岁': 0, '46至55岁': 0, '56至60岁': 2, '61岁及以上': 13, 不详: 0 },
    byEducation: { 研究生: 0, 大学本科: 4, 大专: 5, 中专及高中: 4, 初中及以下: 2, 不详: 0 },
  }, { due: 972, paid: 840, arrears: 1, held: meetings(4, 12, 30, 4, 12, 0, 0),
    required: meetings(4, 12, 36, 4, 12, 1, 1), met: meetings(4, 12, 30, 4, 12, 0, 0), findings: retiredFindings });

  return [
    { file: '机关第一党支部.xlsx', stats: clean, findings: [] },
    { file: '办公室党支部.xlsx', stats: office, findings: officeFindings },
    { file: '财务科党支部.xlsx', stats: finance, findings: financeFindings },
    { file: '离退休干部党支部.xlsx', stats: retired, findings: retiredFindings },
  ];
}
