/**
 * What a row under a header is: data, or one of the things real ledgers put between
 * data rows — blank rows, 合计/小计 rows, footers (填表人：… 审核人：…), notes in merged
 * cells (注：…), the filled-in example of an upper level's template (示例 | 张某某 | …). Hidden rows
 * are data: hiding a row does not take it out of the ledger.
 */
import { compact } from '../values/cell-text.js';
import type { HeaderBlock } from './header-match.js';
import type { SheetView } from './sheet-view.js';

const GROUP_RE = /^(?:第.{1,3})?党?小组$|^.{0,8}党小组$|^[一二三四五六七八九十]+、/;
const FOOTER_ANYWHERE = /(?:填表人|制表人|审核人)[:：]/;

/** 合计/小计 … possibly spaced ("合 计"): test the first character before doing any work. */
function isTotal(text: string): boolean {
  const c = text.charAt(0);
  return '合小总累共本全汇'.includes(c) && c !== '' && TOTAL_RE.test(compact(text));
}

export type RowKind = 'data' | 'blank' | 'total' | 'footer' | 'note';

const TOTAL_RE = /^(?:合计|小计|总计|累计|共计|总合计|本页合计|本月合计|全年合计|汇总)/;
// system exports (全国党员管理信息系统, 智慧党建) sign off with 导出人/导出时间 and count their rows: 共9条记录
const FOOTER_RE = /^(?:填表人|填报人|制表人|审核人|审批人|负责人|统计人|经办人|记录人|书记签字|签字|签名|填表日期|制表日期|填报日期|审核日期|导出人|导出时间|导出日期|打印人|打印时间|打印日期|(?:党支部|支部)?(?:盖章|签章))[:：]?/;
// a heading between records: a period (第二季度, 三月份, 上半年) or a block's title (党课记录, 支委会会议登记表,
// 入党积极分子名单 over a list that follows)
const SECTION_RE = /^(?:\d{4}年(?:度)?)?(?:第?[一二三四1-4]季度|[一二三四五六七八九十]{1,3}月份?|\d{1,2}月份|[上下]半年)$|(?:记录|登记表?|台账|名单|名册|一览表)$/;
// a template's example row starts with the word, in the 序号 column or before the first value
const EXAMPLE_RE = /^(?:示例|样例|范例|举例|例|填写示例|填表示例|填报示例)[:：]?$/;
const NOTE_RE = /^(?:注|备注|说明|附注|注意|填表说明|附)[:：、\d]|^第\d+页|^共\d+页|^共\d+条(?:记录|数据)?$/;

/** A row under the header numbering the columns: 1 2 3 4 … (or （1）（2）…). */
function isColumnNumbers(view: SheetView, row: number, filled: number[]): boolean {
  if (filled.length < 3) return false;
  let prev: number | null = null;
  for (const c of filled) {
    const v = view.cell(row, c)!.v;
    const n = typeof v === 'number' ? v : typeof v === 'string' && /^[(（]?\d{1,2}[)）]?$/.test(v.trim()) ? Number(v.trim().replace(/\D/g, '')) : NaN;
    if (!Number.isInteger(n) || (prev !== null && n !== prev + 1)) return false;
    prev = n;
  }
  return true;
}

const TIMES = /^(?:共|计|合计)?\d+次$/;

/** A tally under the records ("支委会 | 12次"): a count of times and at most two words without digits. */
function isTally(view: SheetView, row: number, filled: number[]): boolean {
  if (filled.length > 3) return false;
  let times = 0;
  for (const c of filled) {
    const t = compact(view.text(row, c));
    if (TIMES.test(t)) times++;
    else if (/\d/.test(t)) return false;
  }
  return times === 1;
}

/**
 * A meetings tally written across the row as pairs ("支委会 | 12 | 党员大会 | 4 | 党课 | 4"): two or more
 * words without digits, each followed by a count (12 or 12次), and nothing else.
 */
function isPairedTally(view: SheetView, row: number, filled: number[], block: HeaderBlock): boolean {
  if (block.kind !== 'meetings' || filled.length < 4 || filled.length % 2 !== 0) return false;
  for (let i = 0; i < filled.length; i += 2) {
    const word = compact(view.text(row, filled[i]));
    const count = view.cell(row, filled[i + 1])!.v;
    const countText = compact(view.text(row, filled[i + 1]));
    if (word === '' || /\d/.test(word)) return false;
    if (!(typeof count === 'number' ? Number.isInteger(count) && count >= 0 && count < 1000 : /^\d{1,3}次?$/.test(countText))) return false;
  }
  return true;
}

export function rowKind(view: SheetView, row: number, block: HeaderBlock): RowKind {
  const filled = view.filledCols(row);
  if (filled.length === 0) return 'blank';
  const seqCol = block.columns.get('seq');
  const first = view.text(row, filled[0]);
  const firstNonSeq = filled.find((c) => c !== seqCol);
  if (firstNonSeq === undefined) return 'blank';
  const lead = view.text(row, firstNonSeq);
  if (isTotal(first) || isTotal(lead)) return 'total';
  if (EXAMPLE_RE.test(compact(first))) return 'note';
  if (/[:：]/.test(lead) && FOOTER_RE.test(compact(lead))) return 'footer';
  if (isTally(view, row, filled) || isPairedTally(view, row, filled, block)) return 'total';
  for (const c of filled) {
    const v = view.cell(row, c)!.v;
    if (typeof v === 'string' && v.includes('人') && FOOTER_ANYWHERE.test(compact(v))) return 'footer';
  }
  if (row === block.endRow + 1 && isColumnNumbers(view, row, filled)) return 'note';
  const meaningful = seqCol === undefined ? filled : filled.filter((c) => c !== seqCol);
  if (meaningful.length === 1) {
    const merge = view.mergeFrom(row, meaningful[0]);
    // a lone cell: a remark (注：…), a group heading (第一党小组) or a sentence no name is as long as
    const c = compact(lead);
    if (NOTE_RE.test(c) || GROUP_RE.test(c) || SECTION_RE.test(c) || c.length > 15 || (merge && merge.right - merge.left >= 2)) return 'note';
  }
  // only cells outside the recognised columns: a stray remark, not a record
  return meaningful.some((c) => block.mapped.has(c)) ? 'data' : 'note';
}
