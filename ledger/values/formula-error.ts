/**
 * Excel's error results (#REF!, #N/A, …). A formula whose cached value is one of these computed
 * nothing, so the cell is neither empty nor a wrong value of its type: it is a broken formula,
 * and the person who fixes it needs to know which kind (Office.js and both readers keep the text).
 */
import type { GridCell, RawValue } from '../grid/grid.js';

const MEANINGS: Readonly<Record<string, string>> = {
  '#REF!': '公式引用的单元格已被删除',
  '#N/A': '公式（如 VLOOKUP）没有找到要查找的数据',
  '#VALUE!': '公式用到的数据类型不对',
  '#DIV/0!': '公式除以了零或空单元格',
  '#NAME?': '公式中有无法识别的函数或名称',
  '#NUM!': '公式的数值无效',
  '#NULL!': '公式中的区域没有交集',
  '#SPILL!': '公式结果的溢出区域被占用',
  '#CALC!': '公式计算出错',
  '#GETTING_DATA': '公式的数据尚未取回',
  '#FIELD!': '公式引用的字段不存在',
  '#BLOCKED!': '公式需要的功能被禁用',
  '#CONNECT!': '公式无法连接外部数据',
  '#BUSY!': '公式仍在计算',
  '#UNKNOWN!': '公式返回了无法识别的数据类型',
};

/** The error code when the value is an Excel error result ("#REF!"), else null. */
export function formulaError(v: RawValue | undefined): string | null {
  // '#' first: every other string costs one character comparison
  // exactly as Excel writes them: typed text such as "#1 楼" is a value, not an error
  if (typeof v !== 'string' || v.charCodeAt(0) !== 35) return null;
  return Object.hasOwn(MEANINGS, v) ? v : null;
}

/** What the error means, in the words of the person who keeps the ledger. */
export function formulaErrorMeaning(code: string): string {
  return MEANINGS[code] ?? '公式计算出错';
}

/**
 * The text a reader gives a formula cell saved without its result (no cached value: a file another
 * program wrote and Excel or WPS never saved). Its value is unknown, not empty, so the cell is
 * `{ v: null, t: UNCALCULATED }`: empty to every reader of values, known as such to those that ask.
 */
export const UNCALCULATED = '#未计算';

export function isUncalculated(cell: GridCell | null | undefined): boolean {
  return cell != null && cell.v == null && cell.t === UNCALCULATED;
}
