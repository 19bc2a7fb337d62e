/**
 * 三会一课 rows → Meeting records (DOMAIN.md §1, 支部工作条例 第十五条). One meeting may be
 * written over several rows, its 日期, 会议类型, 主持人 … merged down and one 议题 a row: the rows
 * inside its merges are its continuation lines, not meetings, and their 议题 join its topic.
 */
import type { Finding } from '../findings/finding.js';
import type { GridCell, GridRange } from '../grid/grid.js';
import type { DateValue, Field, Meeting, MeetingType, MeetingsLedger } from '../model/ledger.js';
import { dayInYear, monthDayText } from '../values/date.js';
import { dayWithoutYear, unreadableCell } from './issues.js';
import { BOTH_COUNTS, MEETINGS_SCHEMA } from '../schema/meetings-schema.js';
import { normalizeHeader } from './header-text.js';
import { parseAbsentees, participantCount } from '../values/absentees.js';
import { EVERYONE } from '../values/count.js';
import { compact, rawText } from '../values/cell-text.js';
import { toHalfWidth } from '../values/half-width.js';
import { isElectionText, isGenericType, isNotHeldText, isPostponedText, isWithOthersText, jointTypes, leadingTypes, parseMeetingTypes } from '../values/meeting-types.js';
import { MEETING_TYPE } from '../schema/enums.js';
import type { HeaderBlock } from './header-match.js';
import { type FieldContext, schemaFieldReader } from './read-field.js';
import { dayFirstColumns } from './date-columns.js';
import type { SheetView } from './sheet-view.js';
import { dataRows } from './table-rows.js';
import { tickedTypeText, typeTickColumns } from './type-ticks.js';
import { RosterNames } from './roster-names.js';
import { blockMeetingType } from './continuation.js';
import { type BlockGroups, blockGroups, meetingGroup } from './meeting-group.js';
import { saysPlanned } from './planned-row.js';

const field = schemaFieldReader(MEETINGS_SCHEMA.fields);

/** What makes a row a meeting of its own: a date or a type. */
const IDENTITY = ['date', 'typeText'] as const;

function isEmpty(view: SheetView, row: number, col: number): boolean {
  const c = view.cell(row, col);
  return !c || c.v == null || c.v === '';
}

/** The vertical merge covering this empty cell from a data row above (not a header's), if any. */
function mergeOver(view: SheetView, block: HeaderBlock, row: number, col: number): GridRange | undefined {
  if (!isEmpty(view, row, col)) return undefined;
  const m = view.mergeAbove(row, col);
  return m && m.top > block.endRow ? m : undefined;
}

/**
 * The row has no date or type of its own and lies inside merged cells coming down from a row at or
 * after `from` (the meeting above: its continuation line). With `from` 0, inside any such merge.
 */
function insideMerge(view: SheetView, block: HeaderBlock, row: number, from: number): boolean {
  let inside = false;
  for (const key of IDENTITY) {
    const col = block.columns.get(key);
    if (col === undefined) continue;
    if (!isEmpty(view, row, col)) return false;
    const m = mergeOver(view, block, row, col);
    if (m && m.top >= from) inside = true;
  }
  return inside;
}

/**
 * A field of a meeting row. An empty cell inside a merge coming down from a row above holds the
 * merge's value (two meetings of one day under one merged 日期, one 主持人 merged over several):
 * it is read at the merge's top cell, whose own row already raised any W03 about it.
 */
function mergedField<T>(ctx: FieldContext, block: HeaderBlock, key: string, row: number, asText = false): Field<T> {
  const col = block.columns.get(key);
  const m = col === undefined ? undefined : mergeOver(ctx.view, block, row, col);
  // a merge over several columns holds the value of its leftmost one only
  if (m && m.left === col) return field<T>({ ...ctx, issues: [] }, block, key, m.top, asText);
  return field<T>(ctx, block, key, row, asText);
}

/**
 * 主题, or where it is empty the 授课题目 a 党课 row writes in a column of its own (会议主题 | 授课人 |
 * 授课题目): that row's subject is written, in the other column.
 */
function topicField(ctx: FieldContext, block: HeaderBlock, row: number): Field<string> {
  const topic = mergedField<string>(ctx, block, 'topic', row);
  if (!block.columns.has('lectureTopic') || (topic.value != null && String(topic.value).trim() !== '')) return topic;
  const lecture = mergedField<string>(ctx, block, 'lectureTopic', row);
  return lecture.value != null && String(lecture.value).trim() !== '' ? lecture : topic;
}

/**
 * 实到人数, or where the record has no such column, the count of names under 参会人员. "全到" (everyone
 * came, count.ts EVERYONE) is the 应到 written beside it.
 */
function presentField(ctx: FieldContext, block: HeaderBlock, row: number, expected: Field<number>): Field<number> {
  if (block.columns.has('present') || !block.columns.has('participants')) {
    const present = mergedField<number>(ctx, block, 'present', row);
    const text = present.value == null && typeof present.raw?.v === 'string' ? toHalfWidth(present.raw.v).trim() : '';
    return text !== '' && EVERYONE.test(text) && expected.value != null ? { ...present, value: expected.value } : present;
  }
  const names = mergedField<string>(ctx, block, 'participants', row);
  const n = names.value == null ? null : participantCount(names.value);
  return n == null ? { value: null, raw: null, ref: null } : { value: n, raw: names.raw, ref: names.ref };
}

/** The types the 会议类型 names, and any meeting the topic or 备注 says was held together with it. */
export function typesOf(typeText: string | null, topic: string | null, note: string | null): MeetingType[] {
  let types = typeText ? parseMeetingTypes(typeText) : [];
  // 会议类型 "组织生活" on every record, the meeting named at the start of the topic ("召开支委会，…")
  if (topic && (types.length === 0 || isGenericType(typeText!))) {
    const lead = leadingTypes(topic);
    if (lead.length > 0) types = lead;
  }
  const joint = [...jointTypes(topic), ...jointTypes(note)].filter((t) => !types.includes(t));
  if (joint.length === 0) return types;
  const order = MEETING_TYPE.values.map((v) => v.value);
  return [...types, ...new Set(joint)].sort((a, b) => order.indexOf(a) - order.indexOf(b));
}

/** A row whose own columns name no type, on a sheet named for one (主题党日活动记录): the sheet's type. */
function typesOrSheetType(types: MeetingType[], sheetType: string | null, topic: string | null, note: string | null): MeetingType[] {
  return types.length > 0 || sheetType == null ? types : typesOf(sheetType, topic, note);
}

/**
 * A row that only says a meeting was not held as planned ("7月支委会因防汛工作推迟至8月2日召开", "因疫情
 * 取消"): no 主持人, 记录人 or counts of its own, its 主题 or 备注 telling of the delay. Not a meeting.
 */
function isPostponedNote(block: HeaderBlock, m: Meeting, note: string | null): boolean {
  // only where the record keeps a 主持人 or 记录人 column: their being empty says the row records no meeting
  if (!block.columns.has('host') && !block.columns.has('recorder')) return false;
  if (m.host.value != null || m.recorder.value != null || m.expected.value != null || m.present.value != null) return false;
  return isPostponedText(`${m.topic.value ?? ''} ${note ?? ''}`);
}

/**
 * The next row repeats the meeting above with its next 议题: the same day, 会议类型, 主持人 and counts,
 * another topic (one row per 议题, nothing merged). A different host or count is another meeting; a
 * row the same in every cell stays a row of its own (an entry made twice is not silently dropped).
 */
function sameMeetingAgain(a: Meeting, b: Meeting): boolean {
  const same = (x: Field<unknown>, y: Field<unknown>) => x.value === y.value;
  return a.date.value != null && b.date.value != null && a.date.value.precision === 'day' && a.date.value.date === b.date.value.date
    && a.typeText.value != null && same(a.typeText, b.typeText) && same(a.host, b.host) && same(a.expected, b.expected) && same(a.present, b.present)
    && a.topic.value != null && b.topic.value != null && !same(a.topic, b.topic);
}

/** A continuation line's 议题 joins the meeting's topic ("1.…；2.…"). */
function joinTopic(m: Meeting, line: Field<string>): void {
  if (line.value == null) return;
  m.topic = m.topic.value == null ? line : { ...m.topic, value: `${m.topic.value}；${line.value}` };
  m.isElection = isElectionText(`${m.typeText.value ?? ''} ${m.topic.value ?? ''}`);
  m.withOthers ||= isWithOthersText(line.value);
}

/**
 * The meeting's date. A day written without its year ("1月5日", common where the title names the
 * year) takes `year`; without one, the first such cell is W03 once and every such date stays unread.
 */
function meetingDate(ctx: FieldContext, block: HeaderBlock, row: number, year: YearOf): Field<DateValue> {
  const col = block.columns.get('date');
  if (col === undefined) return splitDate(ctx, block, row, year);
  const cell = ctx.view.cell(row, col);
  // most dates begin with their year: only a text starting "1月", "3." … is tried as a day without one
  const md = cell && typeof cell.v === 'string' && DAY_FIRST.test(cell.v) ? monthDayText(cell.v) : null;
  if (!md) return mergedField<DateValue>(ctx, block, 'date', row);
  return dayOfYear(ctx, block, ctx.view.ref(row, col), cell!, md, year);
}

/**
 * A hand-kept register with 月 and 日 in columns of their own (the month often merged down over its
 * meetings, the year in the title): the day they name together.
 */
function splitDate(ctx: FieldContext, block: HeaderBlock, row: number, year: YearOf): Field<DateValue> {
  const dayCol = block.columns.get('dayPart');
  if (dayCol === undefined || !block.columns.has('monthPart')) return mergedField<DateValue>(ctx, block, 'date', row);
  const day = ctx.view.cell(row, dayCol);
  // the month merged down over its meetings, or written on its first meeting only
  let month = '';
  for (let r = row; r > block.endRow && month === ''; r--) month = compact(mergedField<string>({ ...ctx, issues: [] }, block, 'monthPart', r, true).value ?? '');
  if (month === '' || day == null) return { value: null, raw: day, ref: null };
  const text = `${month.replace(/月份?$/, '')}月${compact(rawText(day.v)).replace(/[日号]$/, '')}日`;
  const md = monthDayText(text);
  const ref = ctx.view.ref(row, dayCol);
  if (!md) {
    ctx.issues.push(unreadableCell(ref, '日期', 'date', text, null));
    return { value: null, raw: day, ref, unreadable: true };
  }
  return dayOfYear(ctx, block, ref, { ...day, v: text }, md, year);
}

function dayOfYear(ctx: FieldContext, block: HeaderBlock, ref: NonNullable<Field<unknown>['ref']>, cell: GridCell, md: { month: number; day: number }, year: YearOf): Field<DateValue> {
  if (year.value != null) {
    const d = dayInYear(year.value, md);
    if (d.kind === 'ok') return { value: d.value, raw: cell, ref };
    ctx.issues.push(unreadableCell(ref, block.labels.get('date') ?? '日期', 'date', String(cell.v), null));
  } else if (!year.warned) {
    year.warned = true;
    ctx.issues.push(dayWithoutYear(ref, String(cell.v)));
  }
  return { value: null, raw: cell, ref, unreadable: true };
}

const DAY_FIRST = /^\s*[0-9０-９]{1,2}\s*[月./\-／．]/;

/** The year of year-less dates, and whether their lack of one was reported. */
interface YearOf {
  value: number | null;
  warned: boolean;
}

/** `year`: the year the titles or the info sheet give, for dates written without one. */
export interface MeetingsContext {
  /** the year the titles or the info sheet give, for dates written without one */
  year?: number | null;
  /** the roster's names: an absentee is the roster member the name fits (许娜 for 许娜（女）, roster-names.ts) */
  roster?: RosterNames;
  /**
   * a sheet named for one meeting type (a sheet named 党课): the type of its rows without a 会议类型
   * column, or whose own column names no type
   */
  sheetType?: string | null;
}

const BOTH = new Set(BOTH_COUNTS.map(normalizeHeader));

/** A block whose 实到 column writes both counts (参会情况: 应到13人，实到12人) reads its 应到 there too. */
function withBothCounts(block: HeaderBlock): HeaderBlock {
  const col = block.columns.get('present');
  if (col === undefined || block.columns.has('expected') || !BOTH.has(normalizeHeader(block.labels.get('present') ?? ''))) return block;
  return { ...block, columns: new Map(block.columns).set('expected', col), labels: new Map(block.labels).set('expected', block.labels.get('present')!) };
}

export function readMeetings(view: SheetView, allBlocks: HeaderBlock[], firstBlock: HeaderBlock, issues: Finding[], context: MeetingsContext = {}): MeetingsLedger {
  const blocks = allBlocks.map((b) => (b.kind === 'meetings' ? withBothCounts(b) : b));
  const first = blocks[allBlocks.indexOf(firstBlock)];
  const { roster = new RosterNames([]), sheetType = null } = context;
  const bracketed = roster.withNotes();
  const meetings: Meeting[] = [];
  const yearOf: YearOf = { value: context.year ?? null, warned: false };
  // a lone long 议题 reads as a note; inside a meeting's merges it is that meeting's next line
  // a block without a 会议类型 column is typed by its title or the sheet's name: looked up once a block
  const blockTypes = new Map<HeaderBlock, string | null>();
  const typeOfBlock = (block: HeaderBlock): string | null => {
    if (block.columns.has('typeText')) return null;
    if (!blockTypes.has(block)) blockTypes.set(block, blockMeetingType(view, block) ?? sheetType);
    return blockTypes.get(block)!;
  };
  const groupsOf = new Map<HeaderBlock, BlockGroups>();
  const groupsOfBlock = (block: HeaderBlock): BlockGroups => {
    if (!groupsOf.has(block)) groupsOf.set(block, blockGroups(view, block));
    return groupsOf.get(block)!;
  };
  const rows = dataRows(view, blocks, first, (row, block) => insideMerge(view, block, row, block.endRow + 1));
  let lastRow = -1;
  const dayFirst = dayFirstColumns(view, rows);
  for (const { row, block, kept } of rows) {
    const ctx: FieldContext = { view, issues, member: null, dayFirst };
    const above = meetings.at(-1);
    if (above && insideMerge(view, block, row, above.row)) {
      joinTopic(above, field<string>(ctx, block, 'topic', row));
      continue;
    }
    if (kept) continue;
    if (block.columns.has('outcome') && isNotHeldText(String(field<string>(ctx, block, 'outcome', row).value ?? ''))) continue;
    const ticks = typeTickColumns(view, block);
    const untyped = ticks.length > 0 ? tickedTypeText(view, row, ticks) : typeOfBlock(block);
    const typeText = untyped != null || ticks.length > 0 ? { value: untyped, raw: null, ref: null } : mergedField<string>(ctx, block, 'typeText', row, true);
    const topic = topicField(ctx, block, row);
    const absentText = mergedField<string>(ctx, block, 'absentText', row);
    const note = block.columns.has('note') ? mergedField<string>(ctx, block, 'note', row).value : null;
    const expected = mergedField<number>(ctx, block, 'expected', row);
    const meeting: Meeting = {
      sheet: view.name,
      row,
      date: meetingDate(ctx, block, row, yearOf),
      typeText,
      types: typesOrSheetType(typesOf(typeText.value, topic.value, note), sheetType, topic.value, note),
      topic,
      host: mergedField(ctx, block, 'host', row),
      speaker: mergedField(ctx, block, 'speaker', row),
      expected,
      present: presentField(ctx, block, row, expected),
      leave: mergedField(ctx, block, 'leave', row),
      absentText,
      absentees: absentText.value ? parseAbsentees(absentText.value, bracketed).map((a) => roster.match(a)) : [],
      recorder: mergedField(ctx, block, 'recorder', row),
      isElection: isElectionText(`${typeText.value ?? ''} ${topic.value ?? ''}`),
      withOthers: isWithOthersText(`${typeText.value ?? ''} ${topic.value ?? ''} ${note ?? ''}`),
    };
    if (isPostponedNote(block, meeting, note)) continue;
    const group = meetingGroup(view, row, groupsOfBlock(block), meeting.types, typeText.value, topic.value);
    if (group) meeting.group = group;
    if (saysPlanned(view, row, [block.columns.get('topic'), block.columns.get('lectureTopic')])) meeting.planned = true;
    // a ledger kept one row per 议题 writes the meeting again on each row, unmerged
    if (above && lastRow === row - 1 && sameMeetingAgain(above, meeting)) joinTopic(above, meeting.topic);
    else meetings.push(meeting);
    lastRow = row;
  }
  return { sheet: view.name, headerRow: first.row, meetings, columns: Object.fromEntries(first.columns) };
}
