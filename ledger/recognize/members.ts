/** 党员名册 rows → Member records (DOMAIN.md §1). */
import type { Finding } from '../findings/finding.js';
import type { DateValue, Field, Member, MemberCategory, MembersLedger, WorkStatus } from '../model/ledger.js';
import { MEMBERS_SCHEMA } from '../schema/members-schema.js';
import { PARTY_ROLE, WORK_STATUS } from '../schema/enums.js';
import type { FieldSpec } from '../schema/field-spec.js';
import { rawText } from '../values/cell-text.js';
import { matchEnum } from '../values/enum-match.js';
import { nameKey } from '../values/name.js';
import { parsePartyRoles } from '../values/party-roles.js';
import type { HeaderBlock } from './header-match.js';
import { emptyField, readField, type FieldContext } from './read-field.js';
import type { SheetView } from './sheet-view.js';
import { dataRows } from './table-rows.js';

const SPEC = new Map<string, FieldSpec>(MEMBERS_SCHEMA.fields.map((f) => [f.key, f]));
const TEXT: FieldSpec = { key: 'text', label: '', synonyms: [], type: 'text' };

function field<T>(ctx: FieldContext, block: HeaderBlock, key: string, row: number, asText = false): Field<T> {
  const spec = SPEC.get(key)!;
  const label = block.labels.get(key) ?? spec.label;
  return readField<T>(ctx, asText ? TEXT : spec, label, row, block.columns.get(key));
}

/** 在职状态 from its column; else from 工作岗位 values, where national-system exports keep it. */
function statusOf(ctx: FieldContext, block: HeaderBlock, row: number, position: Field<string>): Field<WorkStatus> {
  if (block.columns.has('status')) {
    const f = field<WorkStatus>(ctx, block, 'status', row);
    if (f.value == null && f.raw && rawText(f.raw.v) !== '' && !f.unreadable) {
      const text = rawText(f.raw.v);
      return { ...f, value: /^[-—/无]+$/.test(text) ? null : '其他' };
    }
    return f;
  }
  if (position.value == null) return emptyField();
  const derived = matchEnum(WORK_STATUS, position.value);
  return derived ? { value: derived, raw: position.raw, ref: position.ref } : emptyField();
}

/**
 * A lone "职务" column is 党内职务 in one file and 工作岗位 in another (DOMAIN.md §1):
 * it is 党内职务 only when some of its values are party offices (书记, 组织委员 …).
 */
function settleDuty(view: SheetView, rows: { row: number; block: HeaderBlock }[]): void {
  for (const block of new Set(rows.map((r) => r.block))) {
    const col = block.columns.get('partyRole');
    if (col === undefined || block.columns.has('position') || block.labels.get('partyRole') !== '职务') continue;
    const anyOffice = rows.some((r) => r.block === block && parsePartyRoles(view.text(r.row, col)).some((role) => KNOWN_ROLES.has(role)));
    if (anyOffice) continue;
    block.columns.delete('partyRole');
    block.columns.set('position', col);
    block.labels.set('position', block.labels.get('partyRole')!);
    block.labels.delete('partyRole');
  }
}

const KNOWN_ROLES = new Set(PARTY_ROLE.values.map((v) => v.value));

export function readMembers(view: SheetView, blocks: HeaderBlock[], first: HeaderBlock, issues: Finding[]): MembersLedger {
  const members: Member[] = [];
  const rows = dataRows(view, blocks, first);
  settleDuty(view, rows);
  for (const { row, block } of rows) {
    const ctx: FieldContext = { view, issues, member: null };
    const name = field<string>(ctx, block, 'name', row);
    ctx.member = name.value;
    const partyRole = field<string>(ctx, block, 'partyRole', row, true);
    const position = field<string>(ctx, block, 'position', row);
    const category = field<MemberCategory>(ctx, block, 'category', row);
    const fullDate = field<DateValue>(ctx, block, 'fullDate', row);
    members.push({
      sheet: view.name,
      row,
      name,
      nameKey: name.value ? nameKey(name.value) : '',
      gender: field(ctx, block, 'gender', row),
      ethnicity: field(ctx, block, 'ethnicity', row),
      idNumber: field(ctx, block, 'idNumber', row),
      birthDate: field(ctx, block, 'birthDate', row),
      education: field(ctx, block, 'education', row),
      joinDate: field(ctx, block, 'joinDate', row),
      fullDate,
      category,
      // 转正时间 makes a 正式党员 (党章第七条); without either the category is unknown
      effectiveCategory: category.value ?? (fullDate.value ? '正式党员' : null),
      partyRoles: partyRole.value ? parsePartyRoles(partyRole.value) : [],
      partyRole,
      group: field(ctx, block, 'group', row),
      position,
      status: statusOf(ctx, block, row, position),
      phone: field(ctx, block, 'phone', row),
      note: field(ctx, block, 'note', row),
    });
  }
  return { sheet: view.name, headerRow: first.row, members, columns: Object.fromEntries(first.columns) };
}
