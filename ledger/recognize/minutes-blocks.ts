/**
 * Minutes kept as blocks of "label：value" lines, no header row (会议名称：支委会 / 会议时间：… 会议地点：…
 * / 主持人：… 记录人：… / 应到：7 实到：7 / 会议内容：…), a label and its value in one cell or in two
 * cells side by side. Each block with a 会议时间 is one meeting, its fields at the cells they are
 * written in (a finding about the meeting points at its 会议时间 cell), so C01–C11 judge it as a row.
 * Read only where the workbook has no 三会一课 table.
 */
import type { Finding } from '../findings/finding.js';
import type { GridCell } from '../grid/grid.js';
import type { CellRef, DateValue, Field, Meeting, MeetingType, MeetingsLedger } from '../model/ledger.js';
import type { FieldSpec } from '../schema/field-spec.js';
import { MEETINGS_SCHEMA } from '../schema/meetings-schema.js';
import { parseAbsentees, participantCount } from '../values/absentees.js';
import { compact, rawText } from '../values/cell-text.js';
import { dayInYear, monthDayText, parseDate } from '../values/date.js';
import { columnDateOrder } from '../values/date-order.js';
import { toHalfWidth } from '../values/half-width.js';
import { isElectionText, isWithOthersText } from '../values/meeting-types.js';
import { namesPlan } from '../values/plan-text.js';
import { meetingGroup } from './meeting-group.js';
import { typesOf } from './meetings.js';
import { emptyField, type FieldContext, readCell } from './read-field.js';
import { RosterNames } from './roster-names.js';
import type { SheetView } from './sheet-view.js';

/** label → field key, longest first so 缺席人员及原因 is not read as 缺席人员 + text */
// 谈话时间: 谈心谈话 blocks are found, so W01 can say they are talks (they name no meeting type: never read)
const LABELS: [string, string][] = ([
  ['会议名称', 'typeText'], ['会议类型', 'typeText'], ['会议形式', 'typeText'], ['活动名称', 'typeText'], ['活动类型', 'typeText'],
  ['会议时间', 'date'], ['会议日期', 'date'], ['召开时间', 'date'], ['开会时间', 'date'], ['活动时间', 'date'], ['谈话时间', 'date'], ['时间', 'date'], ['日期', 'date'],
  ['会议地点', 'place'], ['活动地点', 'place'], ['地点', 'place'],
  ['主持人', 'host'], ['记录人', 'recorder'], ['主讲人', 'speaker'], ['授课人', 'speaker'],
  ['应到人数', 'expected'], ['应到', 'expected'], ['实到人数', 'present'], ['实到', 'present'],
  ['参会人员', 'participants'], ['出席人员', 'participants'], ['参加人员', 'participants'], ['列席人员', 'attendees'],
  ['缺席人员及原因', 'absentText'], ['请假人员及原因', 'absentText'], ['缺席人员', 'absentText'], ['请假人员', 'absentText'],
  ['会议内容', 'topic'], ['会议议题', 'topic'], ['会议主题', 'topic'], ['活动主题', 'topic'], ['活动内容', 'topic'], ['议题', 'topic'], ['主题', 'topic'], ['内容', 'topic'],
] as [string, string][]).sort((a, b) => b[0].length - a[0].length);

const KEY_OF = new Map(LABELS);
const ALTERNATION = LABELS.map(([l]) => l).join('|');
/** A text beginning with a label and its colon ("会议时间：…"). */
const LABEL_FIRST = new RegExp(`^(${ALTERNATION})\\s*[:：]`);
/** a label with its colon, at the start of the text or after a space or separator */
const LABEL_AT = new RegExp(`(?:^|(?<=[\\s，,；;。]))(${ALTERNATION})\\s*[:：]`, 'g');

/** One value a block writes: its field, its text (or the cell itself, side by side), where it is. */
interface Value {
  key: string;
  text: string;
  cell: GridCell | null;
  ref: CellRef;
}

/** The label：value pairs of one row, left to right. */
function rowValues(view: SheetView, row: number): Value[] {
  const out: Value[] = [];
  const cols = view.filledCols(row);
  for (let i = 0; i < cols.length; i++) {
    const cell = view.cell(row, cols[i])!;
    if (typeof cell.v !== 'string') continue;
    const text = toHalfWidth(cell.v).trim();
    const ref = view.ref(row, cols[i]);
    // a label alone in its cell ("会议时间" | 2025-01-06): the value is the next cell
    const alone = KEY_OF.get(compact(text).replace(/[:：]$/, ''));
    if (alone) {
      const next = cols[i + 1];
      const nextCell = next === undefined ? null : view.cell(row, next);
      if (nextCell && !(typeof nextCell.v === 'string' && labelled(nextCell.v))) {
        out.push({ key: alone, text: typeof nextCell.v === 'string' ? nextCell.v.trim() : '', cell: nextCell, ref: view.ref(row, next) });
        i++;
      } else {
        // the label written, its value left empty: "主持人：" in its own cell, else the cell beside it
        // (C10 says 主持人 is missing there)
        out.push({ key: alone, text: '', cell: null, ref: /[:：]$/.test(text) ? ref : view.ref(row, cols[i] + 1) });
      }
      continue;
    }
    const hits = [...text.matchAll(LABEL_AT)];
    hits.forEach((m, j) => {
      const end = j + 1 < hits.length ? hits[j + 1].index : text.length;
      const value = text.slice(m.index + m[0].length, end).trim().replace(/[，,；;]$/, '');
      out.push({ key: KEY_OF.get(m[1])!, text: value, cell: { v: value }, ref });
    });
  }
  return out;
}

function labelled(text: string): boolean {
  const t = toHalfWidth(text).trim();
  return KEY_OF.has(compact(t).replace(/[:：]$/, '')) || LABEL_FIRST.test(t);
}

/** One meeting's block: its values by field, and lines of 会议内容 written below it. */
type Block = Map<string, Value>;

/** Blocks of the sheet, in order; a repeated 会议名称 or 会议时间, or an empty line after a dated block, starts the next. */
function blocksOf(view: SheetView): Block[] {
  const out: Block[] = [];
  let current: Block = new Map();
  const close = () => { if (current.size > 0) out.push(current); current = new Map(); };
  for (let r = view.top; r <= view.bottom; r++) {
    const filled = view.filledCols(r);
    if (filled.length === 0) { if (current.has('date')) close(); continue; }
    const values = rowValues(view, r);
    if (values.length === 0) {
      // 会议内容's next lines ("2.…") under it
      const topic = current.get('topic');
      const line = filled.map((c) => view.text(r, c)).join(' ');
      if (topic) current.set('topic', { ...topic, text: `${topic.text}；${line}`, cell: { v: `${topic.text}；${line}` } });
      continue;
    }
    if (values.some((v) => (v.key === 'date' || v.key === 'typeText') && current.has(v.key))) close();
    for (const v of values) if (!current.has(v.key)) current.set(v.key, v);
  }
  close();
  return out;
}

const SPECS = new Map<string, FieldSpec>(MEETINGS_SCHEMA.fields.map((f) => [f.key, f]));
// 会议名称 as written ("支部委员会会议"), its types read from it as a 会议类型 cell's are (meetings.ts)
const spec = (key: string): FieldSpec => (key === 'typeText' ? TEXT : SPECS.get(key)!);
const TEXT: FieldSpec = { key: 'typeText', label: '会议名称', synonyms: [], type: 'text' };

function read<T>(ctx: FieldContext, block: Block, key: string, label: string): Field<T> {
  const v = block.get(key);
  return v ? readCell<T>(ctx, spec(key), label, v.ref, v.cell) : emptyField<T>();
}

/** 会议时间; a day without its year ("3月5日") is of the ledger's year when one is known. */
function dateOf(ctx: FieldContext, block: Block, year: number | null): Field<DateValue> {
  const v = block.get('date')!;
  const md = year != null && /^\s*\d{1,2}\s*[月./\-]/.test(v.text) ? monthDayText(v.text) : null;
  if (md) {
    const d = dayInYear(year!, md);
    if (d.kind === 'ok') return { value: d.value, raw: v.cell, ref: v.ref };
  }
  return readCell<DateValue>(ctx, spec('date'), '会议时间', v.ref, v.cell);
}

function meetingOf(view: SheetView, block: Block, issues: Finding[], roster: RosterNames, year: number | null, dayFirst?: ReadonlySet<number>): Meeting {
  // 会议时间 is the blocks' only date field: the columns it is written in are the sheet's date columns
  const ctx: FieldContext = { view, issues, member: null, dayFirst };
  const date = dateOf(ctx, block, year);
  const typeText = read<string>(ctx, block, 'typeText', '会议名称');
  const topic = read<string>(ctx, block, 'topic', '会议内容');
  const absentText = read<string>(ctx, block, 'absentText', '缺席人员');
  let present = read<number>(ctx, block, 'present', '实到');
  if (present.value == null && !block.has('present') && block.has('participants')) {
    const names = block.get('participants')!;
    const n = participantCount(names.text);
    if (n != null) present = { value: n, raw: names.cell, ref: names.ref };
  }
  const text = `${typeText.value ?? ''} ${topic.value ?? ''}`;
  const types = typesOf(typeText.value, topic.value, null);
  const meeting: Meeting = {
    sheet: view.name,
    row: date.ref!.row,
    date,
    typeText,
    types,
    topic,
    host: read(ctx, block, 'host', '主持人'),
    speaker: read(ctx, block, 'speaker', '主讲人'),
    expected: read(ctx, block, 'expected', '应到'),
    present,
    leave: emptyField(),
    absentText,
    absentees: absentText.value ? parseAbsentees(absentText.value, roster.withNotes()).map((a) => roster.match(a)) : [],
    recorder: read(ctx, block, 'recorder', '记录人'),
    isElection: isElectionText(text),
    withOthers: isWithOthersText(text),
  };
  const group = meetingGroup(view, meeting.row, { col: undefined, title: null }, types, typeText.value, topic.value);
  if (group) meeting.group = group;
  return meeting;
}

/** The minutes found on a sheet: how many blocks have a 会议时间, and how many of them read as meetings. */
export interface MinutesSheet {
  view: SheetView;
  blocks: Block[];
  /** blocks with a 会议时间 that is a date and a known type */
  readable: number;
}

/** The 会议时间 is a day or a month ("2025年1月6日", "3月5日"), not a schedule ("每月第一周"). */
function dated(block: Block): boolean {
  const v = block.get('date')!;
  if (v.cell && parseDate(v.cell.v, v.cell.f).kind === 'ok') return true;
  return /^\s*\d{1,2}\s*[月./\-]/.test(v.text) && monthDayText(v.text) != null;
}

/**
 * The same meeting written twice, as a 会议通知 then its 会议记录: one 会议名称 and 会议时间, and no
 * field the two write differently. Read as one, the fuller block first.
 */
function sameMeeting(a: Block, b: Block): boolean {
  // a value beside its label may be a number or a date serial: its raw value is what it writes
  const written = (block: Block, key: string) => { const v = block.get(key); return v ? compact(v.text || rawText(v.cell?.v ?? null)) : ''; };
  const same = (key: string) => written(a, key) === written(b, key);
  if (!a.has('typeText') || !same('typeText') || !same('date')) return false;
  return [...a.keys()].every((k) => !b.has(k) || same(k));
}

function oneBlockAMeeting(blocks: Block[]): Block[] {
  const out: Block[] = [];
  for (const b of blocks) {
    const at = out.findIndex((a) => sameMeeting(a, b));
    if (at < 0) { out.push(b); continue; }
    const [full, other] = b.size > out[at].size ? [b, out[at]] : [out[at], b];
    out[at] = new Map([...other, ...full]);
  }
  return out;
}

/** The sheet's name or its title line says it is a plan (学习计划, 工作要点): its dates are to come. */
function planSheet(view: SheetView): boolean {
  const top = view.filledCols(view.top).map((c) => view.text(view.top, c)).filter((t) => !labelled(t));
  return namesPlan([view.name, ...top]);
}

/** The sheet keeping most minutes blocks (two or more with a 会议时间), or null. */
export function findMinutes(views: SheetView[], read: ReadonlySet<string>): MinutesSheet | null {
  let best: MinutesSheet | null = null;
  for (const view of views) {
    if (view.sheet.hidden || read.has(view.name) || planSheet(view)) continue;
    const blocks = oneBlockAMeeting(blocksOf(view).filter((b) => b.has('date')));
    if (blocks.length < 2 || (best && blocks.length <= best.blocks.length)) continue;
    const readable = blocks.filter((b) => dated(b) && typesOf(b.get('typeText')?.text ?? null, b.get('topic')?.text ?? null, null).length > 0).length;
    best = { view, blocks, readable };
  }
  return best;
}

/**
 * Beside the 三会一课 records (a table or a grid), minutes on a sheet of their own keeping meetings of
 * types those records have none of (组织生活会 and 民主评议党员 written up apart): those blocks, dated
 * and typed, from the sheet keeping most of them. Blocks of a type the records keep are theirs to count.
 */
export function minutesOfOtherTypes(views: SheetView[], read: ReadonlySet<string>, have: ReadonlySet<MeetingType>): MinutesSheet | null {
  let best: MinutesSheet | null = null;
  for (const view of views) {
    if (view.sheet.hidden || read.has(view.name) || planSheet(view)) continue;
    const blocks = oneBlockAMeeting(blocksOf(view).filter((b) => b.has('date'))).filter((b) => {
      const types = typesOf(b.get('typeText')?.text ?? null, b.get('topic')?.text ?? null, null);
      return dated(b) && types.length > 0 && types.every((t) => !have.has(t));
    });
    if (blocks.length > (best?.blocks.length ?? 0)) best = { view, blocks, readable: blocks.length };
  }
  return best;
}

/** A sheet of minutes blocks read with confidence, whatever header a label row may look like. */
export function isMinutesSheet(view: SheetView): boolean {
  const found = findMinutes([view], new Set());
  return found != null && minutesReadable(found);
}

/** Read with confidence: most dated blocks name a known meeting type. */
export function minutesReadable(found: MinutesSheet): boolean {
  return found.readable >= 2 && found.readable * 2 >= found.blocks.length;
}

/** 谈心谈话 written up as blocks ("时间：… 谈话人：… 谈话对象：…"): talks with members, not meetings. */
const TALK = /谈心谈话|谈话人|谈话对象/;

function talkRecords(view: SheetView): boolean {
  if (TALK.test(view.name)) return true;
  for (let r = view.top; r <= view.bottom; r++) if (view.filledCols(r).some((c) => TALK.test(view.text(r, c)))) return true;
  return false;
}

/** W01's hint where minutes were found but cannot be read with confidence: it names what was found. */
export function minutesHint(found: MinutesSheet): string {
  // calling talks 会议纪要 would send the branch to rewrite them as meetings they never were
  if (found.readable === 0 && talkRecords(found.view)) {
    return `工作表“${found.view.name}”中有${found.blocks.length}段谈心谈话记录。谈心谈话不属于三会一课（支部党员大会、支委会、党小组会、党课），未作为会议记录读取；工作簿中没有三会一课的会议记录。`;
  }
  return `工作表“${found.view.name}”中有${found.blocks.length}段“会议时间：…”式的会议纪要，但其中只有${found.readable}段写明了可识别的会议类型和会议日期，无法可靠地作为三会一课记录读取。` +
    '请在每段写明“会议名称：支委会（或支部党员大会、党课、主题党日等）”“会议时间：2025年1月6日”，或改为每次会议一行的表格。';
}

/**
 * The cells the sheet's 会议时间 are written in when they are written day first, decided over all its
 * blocks as a table's date column's order is (date-order.ts): one 15/03/2025 makes 03/04/2025 3 April.
 */
function dayFirstDates(blocks: Block[]): ReadonlySet<number> | undefined {
  const dates = blocks.map((b) => b.get('date')!);
  if (columnDateOrder(dates.map((v) => v.cell?.v)) !== 'dayFirst') return undefined;
  return new Set(dates.map((v) => v.ref.col));
}

export function readMinutes(found: MinutesSheet, issues: Finding[], roster: RosterNames, year: number | null): MeetingsLedger {
  const dayFirst = dayFirstDates(found.blocks);
  const meetings = found.blocks.map((b) => meetingOf(found.view, b, issues, roster, year, dayFirst));
  const columns: Record<string, number> = {};
  for (const b of found.blocks) for (const [key, v] of b) columns[key] ??= v.ref.col;
  return { sheet: found.view.name, headerRow: meetings[0]?.row ?? found.view.top, meetings, columns };
}
