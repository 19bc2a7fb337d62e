/**
 * W01–W03 (DOMAIN.md §3): what recognition could not find or read, with a Chinese
 * message saying what is wrong, where, and how to fix it. ID numbers are masked.
 */
import type { Finding } from '../findings/finding.js';
import type { LedgerSchema, FieldSpec, ValueType } from '../schema/field-spec.js';
import type { CellRef } from '../model/ledger.js';
import { maskIdsInText } from '../values/mask.js';
import { formulaErrorMeaning } from '../values/formula-error.js';
import type { BadReason } from '../values/parsed.js';

/** W01: a ledger is missing from the workbook. */
export function ledgerMissing(schema: LedgerSchema, expected: string[], hint?: string): Finding {
  return {
    rule: 'W01', severity: '错误', sheet: null, cell: null, row: null, period: null, member: null,
    message: `工作簿中未找到${schema.label}：没有哪张工作表的表头含有“${expected.join('”“')}”等列。${hint ?? ''}请添加${schema.label}（可参照台账模板），或把表头改为这些名称。`,
  };
}

/** W01: the dues ledger found holds only other years' months (last year's sheet handed in again). */
export function duesOfOtherYear(schema: LedgerSchema, sheet: string, years: number[], year: number): Finding {
  const named = years.map((y) => `${y}年`).join('、');
  return {
    rule: 'W01', severity: '错误', sheet, cell: null, row: null, period: null, member: null,
    message: `工作簿中未找到${year}年的${schema.label}：工作表“${sheet}”记录的是${named}的党费，没有统计年度（${year}年）的月份，本年度党费无法检查。请补充${year}年的${schema.label}；如统计年度填错，请改正。`,
  };
}

/** W01: a roster whose 所在党支部 column names several branches (a 党总支's export): no one branch's roster. */
export function severalBranches(schema: LedgerSchema, ref: CellRef, header: string, branches: { name: string; count: number }[]): Finding {
  const shownList = branches.slice(0, 5).map((b) => `${shown(b.name)}（${b.count}人）`).join('、') + (branches.length > 5 ? '等' : '');
  const column = ref.address.replace(/\d+$/, '');
  return {
    rule: 'W01', severity: '错误', sheet: ref.sheet, cell: ref.address, row: ref.row, period: null, member: null,
    message: `${ref.sheet} ${column}列（“${shown(header)}”）写有${branches.length}个不同的党支部：${shownList}。一个工作簿应是一个党支部的台账，这份${schema.label}像是党总支或党委汇总的名册，按一个支部检查时党员人数、支部委员会、会议应到人数等结论都不可靠。请按党支部分别报送（每个支部一个工作簿）；如确属同一支部，请统一该列的写法；如是已转出的党员，请从名册中移出。`,
  };
}

/** W01: other numbered branches' ledgers on sheets of their own (a 党总支's workbook): not checked. */
export function otherBranchSheets(checked: string, others: string[]): Finding {
  const list = others.slice(0, 6).map((n) => `“${n}”`).join('、') + (others.length > 6 ? `等${others.length}张` : '');
  return {
    rule: 'W01', severity: '错误', sheet: null, cell: null, row: null, period: null, member: null,
    message: `工作簿中有其他党支部的台账（工作表${list}），本次只检查了与工作表“${checked}”同一支部的台账。一个工作簿应是一个党支部的台账：请把各支部的工作表分别另存为一个工作簿，按支部报送。`,
  };
}

/** W01: more tables of a ledger side by side on its sheet, right of the one read: not checked. */
export function sideBySideLedger(schema: LedgerSchema, own: string | null, others: { ref: CellRef; label: string; heading: string | null }[]): Finding {
  const first = others[0].ref;
  const columns = others.map((o) => o.ref.address.replace(/\d+$/, '')).join('、');
  const named = others.map((o) => o.heading).filter((h): h is string => h != null);
  const list = named.length === others.length ? `（${[own, ...named].filter((h) => h != null).map((h) => `“${shown(h!)}”`).join('、')}）` : '';
  return {
    rule: 'W01', severity: '错误', sheet: first.sheet, cell: first.address, row: first.row, period: null, member: null,
    message: `${first.sheet} 第${first.row}行的表头在${columns}列又有“${shown(others[0].label)}”列：这张工作表并排放着${others.length + 1}份${schema.label}${list}，本次只检查了最左边的一份，右边的${others.length}份没有检查。请把各份上下接成一张表，或分别放在不同的工作表；如是其他党支部的${schema.label}，请按党支部分别报送（每个支部一个工作簿）。`,
  };
}

/** W02: a required column of a found ledger is missing. */
export function columnMissing(schema: LedgerSchema, sheet: string, headerRow: number, field: Pick<FieldSpec, 'label' | 'synonyms'>, hint?: string): Finding {
  const alt = field.synonyms.slice(0, 2);
  const also = alt.length ? `（也可写作“${alt.join('”“')}”）` : '';
  return {
    rule: 'W02', severity: '错误', sheet, cell: null, row: headerRow, period: null, member: null,
    message: `${sheet} 第${headerRow}行的${schema.label}表头中找不到“${field.label}”列${also}。请在表头中添加该列并逐行填写${hint ? `；${hint}` : ''}。`,
  };
}

/**
 * W02 as 提示: a dues ledger recording payments with neither 月应交 nor 缴费基数 (a payment platform's
 * export). Nothing in it is wrong, but D02 and D03 have no due to judge by and the reports no 收缴率.
 */
export function dueColumnMissing(sheet: string, headerRow: number): Finding {
  return {
    rule: 'W02', severity: '提示', sheet, cell: null, row: headerRow, period: null, member: null,
    message: `${sheet} 第${headerRow}行的党费收缴台账表头中既没有“月应交”列（也可写作“应交党费”），也没有“缴费基数”列：台账只登记了实交金额，` +
      '无法核对应交党费是否按比例计算、各月是否足额交纳（D02、D03 本次未检查），收缴率也无法计算。' +
      '请在表头中添加“月应交”列并逐人填写每月应交党费，或添加“缴费基数”列并逐人填写，按中组发〔2008〕3号规定的比例核算。',
  };
}

const TYPE_NAMES: Partial<Record<ValueType, [string, string]>> = {
  date: ['日期', '请改为 2019-01-01 这样的日期格式'],
  year: ['年份', '请填写四位年份，如 2025'],
  month: ['月份', '请改为 2025-01 或 1月 这样的月份'],
  monthRange: ['月份区间', '请改为 2025.01-2025.06 这样的起止月份'],
  amount: ['金额', '请填写数字金额，如 12.50（免交的填 0 并在备注中注明）'],
  rate: ['比例', '请填写百分比，如 1% 或 0.01'],
  count: ['人数', '请填写整数人数，如 12'],
};

function shown(raw: string): string {
  const s = maskIdsInText(raw.replace(/\s+/g, ' ').trim());
  return s.length > 30 ? s.slice(0, 30) + '…' : s;
}

/** W03: a typed cell cannot be read as its type (`why`: the parser refused to guess, and why). */
export function unreadableCell(ref: CellRef, label: string, type: ValueType, raw: string, member: string | null, why?: BadReason): Finding {
  const [typeName, fix] = TYPE_NAMES[type] ?? ['规定格式', '请按表头要求填写'];
  return {
    rule: 'W03', severity: '错误', sheet: ref.sheet, cell: ref.address, row: ref.row, period: null, member,
    message: why ? `${ref.sheet} ${ref.address} 的${label}“${shown(raw)}”${unclearDate(why)}` : `${ref.sheet} ${ref.address} 的${label}“${shown(raw)}”无法识别为${typeName}，${fix}。`,
  };
}

/** "03/04/2025": both numbers can be the month, so the date is not guessed. */
function unclearDate({ year, first, second }: BadReason): string {
  const iso = `${year}-${String(first).padStart(2, '0')}-${String(second).padStart(2, '0')}`;
  return `无法确定是哪一天：日和月的先后不清楚，可能是${year}年${first}月${second}日，也可能是${year}年${second}月${first}日。请按实际日期写成 ${iso} 或 ${year}年${first}月${second}日 这样年份在前的形式。`;
}

/** W03: a cell holding a formula's error result (#REF!, #N/A …) instead of a value. */
export function formulaErrorCell(ref: CellRef, label: string, code: string, member: string | null): Finding {
  return {
    rule: 'W03', severity: '错误', sheet: ref.sheet, cell: ref.address, row: ref.row, period: null, member,
    message: `${ref.sheet} ${ref.address} 的${label}是公式出错的结果“${code}”（${formulaErrorMeaning(code)}），读不出内容。请修正该单元格的公式，或改为直接填写${label}。`,
  };
}

/** W03, once per sheet: formula cells saved without their results, so their values are unknown. */
export function uncalculatedFormulas(first: CellRef, count: number, dues: boolean): Finding {
  const which = count > 1 ? `${first.sheet} ${first.address}等${count}个单元格是公式` : `${first.sheet} ${first.address} 是公式`;
  const effect = dues ? '党费按未知处理，不判断是否交纳，其他检查结果可能不准确' : '依据这些单元格的检查结果可能不准确';
  return {
    rule: 'W03', severity: '错误', sheet: first.sheet, cell: first.address, row: first.row, period: null, member: null,
    message: `${which}，但文件中没有保存公式的计算结果（文件可能由其他软件生成，没有在 Excel 或 WPS 中打开保存过），读不出内容：${effect}。请用 Excel 或 WPS 打开本工作簿，保存后重新报送。`,
  };
}

/** W03: a dues month ticked as paid (√, or the date it was paid) on a row that states no amount due. */
export function tickWithoutDue(ref: CellRef, label: string, mark: string, member: string | null): Finding {
  return {
    rule: 'W03', severity: '错误', sheet: ref.sheet, cell: ref.address, row: ref.row, period: null, member,
    message: `${ref.sheet} ${ref.address} 的${label}写作“${mark}”，表示已交，但本行没有填写月应交党费，无法知道交了多少。请在该单元格填写实交金额，或在本行填写月应交党费。`,
  };
}

/** W03: a meeting date without a year, in a workbook that names no year either (reported once). */
export function dayWithoutYear(ref: CellRef, raw: string): Finding {
  return {
    rule: 'W03', severity: '错误', sheet: ref.sheet, cell: ref.address, row: ref.row, period: null, member: null,
    message: `${ref.sheet} ${ref.address} 的日期“${shown(raw)}”没有年份，工作簿中也找不到统计年度，这类日期都无法使用。请在支部信息表填写统计年度、在标题中写明年度（如“2025年三会一课记录”），或把日期写成 2025-01-05 这样的完整日期。`,
  };
}

/**
 * W03 as 警告: a 三会一课 grid's title names one year, the workbook's other ledgers agree on another, and
 * its cells write no year: read as the others' year (a title kept from last year's file), to be confirmed.
 */
export function staleTitleYear(ref: CellRef, title: string, titleYear: number, year: number, from: string[]): Finding {
  return {
    rule: 'W03', severity: '警告', sheet: ref.sheet, cell: ref.address, row: ref.row, period: null, member: null,
    message: `${ref.sheet} ${ref.address} 的标题“${shown(title)}”写的是${titleYear}年，但${from.join('、')}都是${year}年；表中的会议日期没有写年份，已按${year}年读取和检查。` +
      `如确是${year}年的记录，请把标题中的年份改为${year}年；如是${titleYear}年的记录，请改报${year}年的三会一课记录。`,
  };
}

/** W03: a quarter's cell of a 三会一课 grid holding a count or a tick (3次, √) where the others write dates. */
export function countWithoutDates(ref: CellRef, label: string, raw: string): Finding {
  return {
    rule: 'W03', severity: '错误', sheet: ref.sheet, cell: ref.address, row: ref.row, period: null, member: null,
    message: `${ref.sheet} ${ref.address} 的${label}写作“${shown(raw)}”，只有次数、没有会议日期，无法判断在哪个月召开，按日期无法识别处理。请像其他格一样写明每次会议的日期（如“3月15日、3月28日”）。`,
  };
}

/**
 * W02, once for the dues sheet: its months have no year ("1月" … "12月") and nothing in the workbook
 * names one (统计年度, a title, the sheet or file name, the meetings' dates). No month can be placed,
 * so the dues are not counted (stats uncountable.ts) nor judged, rather than a year of months unread.
 */
export function monthsWithoutYear(ref: CellRef, raw: string): Finding {
  return {
    rule: 'W02', severity: '错误', sheet: ref.sheet, cell: ref.address, row: ref.row, period: null, member: null,
    message: `${ref.sheet} ${ref.address} 的月份（如“${shown(raw)}”）都没有写年份，工作簿中也找不到统计年度（支部信息表、标题、工作表名和文件名都没有写明年度），无法确定是哪一年的党费：` +
      '应交、实交党费和收缴率本次未统计，是否按月足额交纳未检查（D03、D04）。请在标题中写明年度（如“2025年度党费收缴台账”）或在支部信息表填写统计年度，或把月份写成“2025年3月”、2025-03 这样的完整月份。',
  };
}

/**
 * W03 as 提示: the month cells hold no amounts because a note says dues are deducted from pay; the
 * months were counted as paid at the due, so whether they were paid in full cannot be judged from the ledger.
 */
export function payrollDeducted(ref: CellRef, note: string, members: number, withoutDue: number): Finding {
  const unknown = withoutDue > 0 ? `其中${withoutDue}人未填写月应交党费，交纳金额无法统计。` : '';
  return {
    rule: 'W03', severity: '提示', sheet: ref.sheet, cell: ref.address, row: ref.row, period: null, member: null,
    message: `${ref.sheet} ${ref.address} 写明“${shown(note)}”（党费从工资中代扣），台账各月未登记交纳金额：已将${members}名党员的空白月份按月应交党费计为已交纳。${unknown}` +
      '是否足额交纳、有无连续未交，无法据本台账核实，请以单位财务的代扣记录为准核对；建议在各月栏内登记代扣金额。',
  };
}
