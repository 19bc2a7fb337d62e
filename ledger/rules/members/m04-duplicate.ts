/**
 * M04 重复登记: the same person listed twice — the same ID number, or the same name where
 * an ID is missing. One finding per later duplicate; row and cell null (a pair is at fault),
 * the message names both rows (and their sheets, where the roster is split over several).
 */
import type { Finding } from '../../findings/finding.js';
import type { Rule, RuleContext } from '../../findings/rule.js';
import type { Member } from '../../model/ledger.js';
import { maskId } from '../../values/mask.js';
import { makeFinding } from '../support/make-finding.js';
import { idKey as idKeyOf } from './id-number.js';

const idKey = (m: Member): string | null => idKeyOf(m.idNumber.value);

/** "张三" when both rows write the same name, else "张三、张山". */
function names(a: string | null, b: string | null): string {
  const x = a ?? '';
  const y = b ?? '';
  return x.replace(/\s+/g, '') === y.replace(/\s+/g, '') ? x || y : [x, y].filter(Boolean).join('、');
}

/** "党员名册：第3行与第7行" in one sheet; "在职党员第3行与预备党员第2行" in a roster split over two. */
function rows(a: Member, b: Member): string {
  return a.sheet === b.sheet ? `${b.sheet}：第${a.row}行与第${b.row}行` : `${a.sheet}第${a.row}行与${b.sheet}第${b.row}行`;
}

/**
 * The roster rows that repeat an earlier one (same ID number; or same name where either lacks an ID
 * number), each with the row it repeats, in roster order. M04 reports them; counts leave them out.
 */
export function duplicateRows(list: readonly Member[]): { row: Member; first: Member; byId: boolean }[] {
  const out: { row: Member; first: Member; byId: boolean }[] = [];
  const byId = new Map<string, Member>();
  const byName = new Map<string, Member[]>();
  for (const m of list) {
    const key = idKey(m);
    const first = key ? byId.get(key) : undefined;
    if (key && first) {
      out.push({ row: m, first, byId: true });
      continue;
    }
    if (key) byId.set(key, m);
    if (!m.nameKey) continue;
    const same = byName.get(m.nameKey) ?? [];
    const dup = same.find((o) => !key || !idKey(o));
    if (dup) {
      out.push({ row: m, first: dup, byId: false });
      continue;
    }
    same.push(m);
    byName.set(m.nameKey, same);
  }
  return out;
}

export const m04Duplicate: Rule = {
  id: 'M04',
  area: 'members',
  severity: '错误',
  name: '党员重复登记',
  description: '同一党员在名册中只能登记一次：身份证号码相同，或缺少身份证号码时姓名相同，即视为重复登记。',
  check(ctx: RuleContext): Finding[] {
    const members = ctx.ledger.members;
    if (!members) return [];
    const out: Finding[] = [];
    for (const { row: m, first, byId } of duplicateRows(members.members)) {
      const name = m.name.value || null;
      // the later row is the one to delete: its sheet, where the roster is split over several
      const place = { sheet: m.sheet, cell: null, row: null, member: name };
      if (byId) {
        out.push(makeFinding('M04', '错误', place,
          `${rows(first, m)}的身份证号码相同（${maskId(idKey(m)!)}），` +
          `同一党员重复登记（${names(first.name.value, name)}）。请核实后删除重复的一行。`));
      } else {
        out.push(makeFinding('M04', '错误', place,
          `${rows(first, m)}姓名相同（${name ?? ''}），且缺少身份证号码无法区分，` +
          `疑似同一党员重复登记。请核实：如为同一人请删除重复的一行，如为同名的两人请补填身份证号码。`));
      }
    }
    return out;
  },
};
