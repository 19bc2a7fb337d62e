/**
 * Short Chinese names of the rules and the ledger each belongs to, for the findings workbook.
 * The rule catalogue's own metadata wins (markdownlint style: one source); the table below
 * (DOMAIN.md §3) covers W01–W03, which recognition raises, and any rule not yet in the catalogue.
 */
import { RULES } from '../../ledger/rules/index.js';
import type { RuleId } from '../../ledger/findings/finding.js';

const FALLBACK: Record<RuleId, string> = {
  W01: '未找到台账', W02: '缺少必要的列', W03: '单元格内容无法识别',
  M01: '党员信息缺项', M02: '身份证号码有误', M03: '身份证号与出生日期或性别不符', M04: '党员重复登记',
  M05: '入党时未满18周岁', M06: '预备党员逾期未转正', M07: '转正时间有误', M08: '日期不合理', M09: '联系电话有误',
  B01: '正式党员不足3人', B02: '支委会设置不符合规定', B03: '党员人数超过50人', B04: '未明确支部书记', B05: '支部逾期未换届',
  D01: '党费台账与党员名册不一致', D02: '应交党费计算有误', D03: '党费少交', D04: '连续6个月未交党费',
  C01: '未按季度召开支部党员大会', C02: '未按月召开支委会', C03: '未按月召开党小组会', C04: '未按规定上党课',
  C05: '未按月开展主题党日', C06: '未召开组织生活会', C07: '未开展民主评议党员', C08: '应到实到人数有误',
  C09: '到会人数不足', C10: '会议记录要素不全', C11: '党员连续6个月未参加组织生活', C12: '会议日期超出台账年度',
};

export function ruleName(id: RuleId): string {
  return RULES.find((r) => r.id === id)?.name ?? FALLBACK[id] ?? id;
}

const LEDGER_BY_PREFIX: Record<string, string> = {
  W: '工作簿', B: '支部基本情况', M: '党员名册', D: '党费收缴台账', C: '三会一课记录',
};

/** Which ledger a finding is about, by its rule's area letter. */
export function ledgerLabel(id: RuleId): string {
  return LEDGER_BY_PREFIX[id[0]] ?? '';
}
