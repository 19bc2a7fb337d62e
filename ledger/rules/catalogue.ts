/**
 * The whole rule catalogue as data (DOMAIN.md §3): W01–W03, which recognition raises,
 * and the rules of RULES. The findings workbook, the task pane and docs/规则目录.md all read
 * their names from here, so they cannot drift apart (markdownlint style: one source).
 */
import type { LedgerArea, RuleId, Severity } from '../findings/finding.js';
import { RULES } from './index.js';

export interface RuleMeta {
  id: RuleId;
  area: LedgerArea;
  severity: Severity;
  name: string;
  description: string;
}

/** Raised while recognising the workbook (ledger/recognize), not by a Rule module. */
export const RECOGNITION_RULES: readonly RuleMeta[] = [
  { id: 'W01', area: 'workbook', severity: '错误', name: '未找到台账', description: '工作簿中找不到党员名册、党费收缴台账或三会一课记录。' },
  { id: 'W02', area: 'workbook', severity: '错误', name: '缺少必要的列', description: '找到的台账缺少必要的列（如姓名、身份证号、入党时间、月份、会议日期、会议类型），或该列一个也读不出（如三会一课的日期全都无法识别）；党费台账只登记实交、既没有应交也没有缴费基数列的（如缴费平台导出的明细），作为提示说明无法核对是否足额交纳。' },
  { id: 'W03', area: 'workbook', severity: '错误', name: '单元格内容无法识别', description: '日期、金额、人数等栏目的单元格无法按其类型读取；党费台账注明由单位从工资中代扣、各月未填交纳金额的，按月应交计为已交，并作为提示说明无法据台账核实；三会一课登记表标题中的年份与支部信息、其他台账一致写明的年份不同，而表中日期没有写年份的，按其他台账的年份读取，并作为警告请核实标题。' },
];

export const CATALOGUE: readonly RuleMeta[] = [
  ...RECOGNITION_RULES,
  ...RULES.map(({ id, area, severity, name, description }) => ({ id, area, severity, name, description })),
];

const BY_ID = new Map(CATALOGUE.map((r) => [r.id, r]));

/** Short Chinese name of a rule, e.g. 身份证号码有误. */
export function ruleName(id: RuleId): string {
  return BY_ID.get(id)?.name ?? id;
}
