/** 党员名册 rows → Member records (DOMAIN.md §1). */
import type { Finding } from '../findings/finding.js';
import type { DateValue, Field, Member, MemberCategory, MembersLedger, WorkStatus } from '../model/ledger.js';
import { MEMBERS_SCHEMA } from '../schema/members-schema.js';
import { PARTY_ROLE, WORK_STATUS } from '../schema/enums.js';
import { compact, rawText } from '../values/cell-text.js';
import { matchEnum } from '../values/enum-match.js';
import { nameKey } from '../values/name.js';
import { parsePartyRoles } from '../values/party-roles.js';
import { continuesHeader } from './continuation.js';
import type { HeaderBlock } from './header-match.js';
import { emptyField, type FieldContext, schemaFieldReader } from './read-field.js';
import { dayFirstColumns } from './date-columns.js';
import type { SheetView } from './sheet-view.js';
import { splitIdField } from './split-id.js';
import { dataRows } from './table-rows.js';

const field = schemaFieldReader(MEMBERS_SCHEMA.fields);

/**
 * 在职状态 from its column; else from 工作岗位 values, where national-system exports keep it; else
 * from the section heading the member is listed under ("二、离退休党员").
 */
function statusOf(ctx: FieldContext, block: HeaderBlock, row: number, position: Field<string>, section: Field<WorkStatus> | undefined): Field<WorkStatus> {
  if (block.columns.has('status')) {
    const f = field<WorkStatus>(ctx, block, 'status', row);
    if (f.value == null && f.raw && rawText(f.raw.v) !== '' && !f.unreadable) {
      const text = rawText(f.raw.v);
      return { ...f, value: /^[-—/无]+$/.test(text) ? null : '其他' };
    }
    return f;
  }
  const derived = position.value == null ? null : matchEnum(WORK_STATUS, position.value);
  return derived ? { value: derived, raw: position.raw, ref: position.ref } : section ?? emptyField();
}

/**
 * Section headings inside a roster without `key`'s column, each a lone cell on its row ("二、离退休党员",
 * "第一党小组（组长：…）"): per data row, what the heading above it names.
 */
function sectionValues<T>(view: SheetView, rows: { row: number; block: HeaderBlock }[], key: string, read: (text: string) => T | null): Map<number, Field<T>> {
  const out = new Map<number, Field<T>>();
  let current: Field<T> | undefined;
  let prev = rows[0]?.block.endRow ?? 0;
  for (const { row, block } of rows) {
    if (block.columns.has(key)) return out;
    for (let r = prev + 1; r < row; r++) {
      const cols = view.filledCols(r);
      if (cols.length !== 1) continue;
      const value = read(view.text(r, cols[0]));
      if (value != null) current = { value, raw: view.cell(r, cols[0]), ref: view.ref(r, cols[0]) };
    }
    if (current) out.set(row, current);
    prev = row;
  }
  return out;
}

// a section heading's number: "二、", "(3)", "1."
const HEADING_NUMBER = /^[（(]?[一二三四五六七八九十\d]+[、.．)）]\s*/;

/** "一、在职党员", "二、离退休党员": the 在职状态 a heading names. */
function headingStatus(heading: string): WorkStatus | null {
  const text = heading.replace(HEADING_NUMBER, '').replace(/党员.*$/, '');
  return text.length > 0 && text.length <= 6 ? matchEnum(WORK_STATUS, text) : null;
}

// "第一党小组（组长：…）", "二、机关第二党小组": the 党小组 named, not a 党小组长 or 党小组会
const GROUP_HEADING = /^((?:第[一二三四五六七八九十\d]{1,3}|[^，,（(：:]{1,8}?)党小组)(?![长会])/;

function headingGroup(heading: string): string | null {
  return GROUP_HEADING.exec(compact(heading).replace(HEADING_NUMBER, ''))?.[1] ?? null;
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

/**
 * The category as judged (党章第七条: 预备党员 until 转正): as written; else 正式党员 where a
 * 转正时间 is filled; else 预备党员 where the roster keeps 转正时间 but says nothing of the
 * category (national-system exports have no 党员类别 column, or one such as 党籍状态 holding
 * 正常 rather than a category); else unknown. A 转正时间 that cannot be read decides nothing.
 */
function deriveCategories(members: Member[]): void {
  const categoryColumnSpeaks = members.some((m) => m.category.value != null);
  for (const m of members) {
    if (m.category.value != null) m.effectiveCategory = m.category.value;
    else if (m.fullDate.value != null) m.effectiveCategory = '正式党员';
    else if (!categoryColumnSpeaks && m.fullDate.ref != null && !m.fullDate.unreadable) m.effectiveCategory = '预备党员';
    else m.effectiveCategory = null;
  }
}

export function readMembers(view: SheetView, blocks: HeaderBlock[], first: HeaderBlock, issues: Finding[]): MembersLedger {
  const members: Member[] = [];
  const rows = dataRows(view, blocks, first, undefined, (b) => continuesHeader(MEMBERS_SCHEMA, first, b));
  settleDuty(view, rows);
  const sections = sectionValues(view, rows, 'status', headingStatus);
  const groups = sectionValues(view, rows, 'group', headingGroup);
  const dayFirst = dayFirstColumns(view, rows);
  for (const { row, block } of rows) {
    const ctx: FieldContext = { view, issues, member: null, dayFirst };
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
      idNumber: splitIdField(ctx, block, row) ?? field(ctx, block, 'idNumber', row),
      birthDate: field(ctx, block, 'birthDate', row),
      education: field(ctx, block, 'education', row),
      joinDate: field(ctx, block, 'joinDate', row),
      fullDate,
      category,
      effectiveCategory: null,
      partyRoles: partyRole.value ? parsePartyRoles(partyRole.value) : [],
      partyRole,
      group: groups.get(row) ?? field(ctx, block, 'group', row),
      position,
      status: statusOf(ctx, block, row, position, sections.get(row)),
      phone: field(ctx, block, 'phone', row),
      note: field(ctx, block, 'note', row),
      ...(block.columns.has('transferIn') ? { transferIn: field<DateValue>(ctx, block, 'transferIn', row) } : {}),
      ...(block.columns.has('transferOut') ? { transferOut: field<DateValue>(ctx, block, 'transferOut', row) } : {}),
    });
  }
  deriveCategories(members);
  return { sheet: view.name, headerRow: first.row, members, columns: Object.fromEntries(first.columns) };
}
