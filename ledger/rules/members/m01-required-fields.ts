/**
 * M01 党员名册必填项: 姓名, 身份证号, 入党时间 (党员名册与党员信息管理的基本要求);
 * 党员类别 only where it cannot be derived (a 转正时间 makes a 正式党员).
 * Judged only where the column exists: a missing column is W02 of recognition.
 */
import type { Finding } from '../../findings/finding.js';
import type { Rule, RuleContext } from '../../findings/rule.js';
import type { Field, Member } from '../../model/ledger.js';
import { makeFinding, placeOf, where } from '../support/make-finding.js';
import { filled } from '../support/text.js';

function empty(f: Field<unknown>): boolean {
  if (!f.ref || f.unreadable) return false;
  const v = f.value as unknown;
  if (v == null) return true;
  if (typeof v === 'string') return v.trim() === '';
  if (typeof v === 'object' && v !== null && 'text' in v) return !filled((v as { text: string }).text);
  return false;
}

export const m01RequiredFields: Rule = {
  id: 'M01',
  area: 'members',
  severity: '错误',
  name: '党员信息必填项缺失',
  description: '党员名册的姓名、身份证号码、入党时间必须填写；党员类别无法由转正时间推定时也必须填写（党员名册与党员信息管理的基本要求）。',
  check(ctx: RuleContext): Finding[] {
    const out: Finding[] = [];
    for (const m of ctx.ledger.members?.members ?? []) out.push(...missing(m));
    return out;
  },
};

function missing(m: Member): Finding[] {
  const name = filled(m.name.value) ? m.name.value : null;
  const who = name ?? `第${m.row}行的党员`;
  const out: Finding[] = [];
  const add = (f: Field<unknown>, label: string, fix: string) => {
    const place = placeOf(f.ref, m, name);
    out.push(makeFinding('M01', '错误', place, `${where(place)}${who}的${label}未填写，${fix}`));
  };
  if (empty(m.name)) add(m.name, '姓名', '请补填姓名（本行其他栏目已有内容）；如为多余行请删除。');
  if (empty(m.idNumber)) add(m.idNumber, '身份证号码', '请按身份证原件补填18位公民身份号码（该列设置为文本格式）。');
  if (empty(m.joinDate)) add(m.joinDate, '入党时间', '请按入党志愿书或党员档案补填入党时间。');
  if (m.effectiveCategory == null && empty(m.category) && !(m.fullDate.value != null)) {
    add(m.category, '党员类别', '且无转正时间可据以判断，请填写“正式党员”或“预备党员”。');
  }
  return out;
}
