/** Dues ledger layouts the corpus generator does not make (DOMAIN.md §1), read from real files. */
import { describe, expect, it } from 'vitest';
import {
  EXPECTED, PEOPLE, checkLayout, ids, infoVertical, plainMeetings, plainRoster, stats, wFindings, type SheetIn,
} from './layout-support.js';

const withDues = (dues: SheetIn, info = true) => checkLayout([...(info ? [infoVertical()] : []), plainRoster(), dues, plainMeetings()]);
const MONTHS = Array.from({ length: 12 }, (_, i) => i + 1);
const col = (n: number) => {
  let s = '';
  for (; n > 0; n = Math.floor((n - 1) / 26)) s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
  return s;
};

describe('dues layouts', () => {
  it('a two-row header with 应交 and 实交 under each month', async () => {
    const top: (string | null)[] = ['序号', '姓名', '缴费基数'];
    const sub: (string | null)[] = [null, null, null];
    for (const m of MONTHS) top.push(`${m}月`, null), sub.push('应交', '实交');
    const rows = PEOPLE.map((p, i) => [i + 1, p.name, p.base, ...MONTHS.flatMap((m) => (m >= p.from ? [p.due, p.due] : [null, null]))]);
    const merges = ['A2:A3', 'B2:B3', 'C2:C3', ...MONTHS.map((m) => `${col(4 + (m - 1) * 2)}2:${col(5 + (m - 1) * 2)}2`)];
    const r = await withDues({ name: '党费收缴台账', rows: [['2025年党费收缴台账'], top, sub, ...rows], merges });
    expect(wFindings(r)).toEqual([]);
    expect(stats(r)).toEqual(EXPECTED);
    expect(r.findings.filter((f) => f.rule.startsWith('D'))).toEqual([]);
  });

  it('the base on a sheet of its own (缴费基数核定, listed before the ledger): D02 judges the due with it', async () => {
    const baseRows = (wrong: boolean) => PEOPLE.map((p) => [p.name, p.status, p.base, wrong && p.name === '张三' ? 60 : p.due]);
    const ledger = (wrong: boolean): SheetIn => ({
      name: '党费收缴台账',
      rows: [['姓名', '月应交党费', ...MONTHS.map((m) => `${m}月`)],
        ...PEOPLE.map((p) => [p.name, wrong && p.name === '张三' ? 60 : p.due, ...MONTHS.map((m) => (m >= p.from ? (wrong && p.name === '张三' ? 60 : p.due) : null))])],
    });
    const bases: SheetIn = { name: '党费缴费基数核定', rows: [['姓名', '人员身份', '缴费基数', '月应交'], ...baseRows(false)] };
    const ok = await checkLayout([infoVertical(), plainRoster(), bases, ledger(false), plainMeetings()]);
    expect(ok.ledger.dues!.sheet).toBe('党费收缴台账');
    expect(ok.ledger.dues!.records.map((r) => r.base.value)).toEqual(PEOPLE.map((p) => p.base));
    expect(wFindings(ok)).toEqual([]);
    expect(ok.findings.filter((f) => f.rule.startsWith('D'))).toEqual([]);
    const wrong = await checkLayout([infoVertical(), plainRoster(), { ...bases, rows: [bases.rows[0], ...baseRows(true)] }, ledger(true), plainMeetings()]);
    const d02 = wrong.findings.filter((f) => f.rule === 'D02');
    expect(d02.map((f) => `${f.sheet}!${f.cell}`)).toEqual(['党费收缴台账!B2']);
    expect(d02[0].message).toContain('应为90元');
    expect(d02[0].message).toContain('缴费基数见工作表“党费缴费基数核定”C2');
  });

  it('long form paid by the quarter or half-year, the period written in 缴费月份 (第一季度, 2025年上半年)', async () => {
    const periods: [string, number[]][] = [['第一季度', [1, 2, 3]], ['2025年第二季度', [4, 5, 6]], ['2025年下半年', [7, 8, 9, 10, 11, 12]]];
    // (赵六, admitted in March, pays March alone: a 第一季度 row paying its 月应交 once would read as a total)
    const rows = PEOPLE.flatMap((p) => periods.map(([text, months]) => {
      const own = months.filter((m) => m >= p.from);
      return [p.name, own.length === 1 ? `${own[0]}月` : text, p.due, Math.round(own.length * p.due * 100) / 100];
    }));
    const r = await withDues({ name: '党费', rows: [['2025年党费收缴明细'], ['姓名', '缴费月份', '月应交', '实交金额'], ...rows] });
    expect(wFindings(r)).toEqual([]);
    expect(stats(r)).toEqual(EXPECTED);
  });

  it('month cells saying how or that it was paid (工资代扣, 微信, 已交90, 80（含上月补交）) and 缓交', async () => {
    const WORDS = ['工资代扣', '微信', '银行转账', '已交纳', '现金', '支付宝'];
    const cell = (p: typeof PEOPLE[number], m: number): string | number | null => {
      if (m < p.from) return null;
      if (p.name === '李四' && m === 4) return null;
      if (p.name === '李四' && m === 5) return `${p.due * 2}（含4月补交）`;
      if (p.name === '张三') return `已交${p.due}`;
      return p.due < 1 ? p.due : WORDS[m % WORDS.length];
    };
    const rows = PEOPLE.map((p) => [p.name, p.base, p.due, ...MONTHS.map((m) => cell(p, m))]);
    const r = await withDues({ name: '党费', rows: [['姓名', '缴费基数', '月应交党费', ...MONTHS.map((m) => `${m}月`)], ...rows] });
    expect(wFindings(r)).toEqual([]);
    expect(stats(r)).toEqual(EXPECTED);
    expect(r.findings.filter((f) => f.rule.startsWith('D'))).toEqual([]);
    // 缓交 is put off, not paid: judged as unpaid months, not left unread
    const late = PEOPLE.map((p) => [p.name, p.base, p.due, ...MONTHS.map((m) => (p.name === '李四' && m >= 10 ? '缓交' : m >= p.from ? p.due : null))]);
    const r2 = await withDues({ name: '党费', rows: [['姓名', '缴费基数', '月应交党费', ...MONTHS.map((m) => `${m}月`)], ...late] });
    expect(wFindings(r2)).toEqual([]);
    expect(r2.findings.filter((f) => f.rule === 'D03').map((f) => f.period)).toEqual(['2025-10', '2025-11', '2025-12']);
  });

  it('months ticked √ with the amount in 月应交, and 0 before admission', async () => {
    const rows = PEOPLE.map((p) => [p.name, p.base, p.due, ...MONTHS.map((m) => (m >= p.from ? '√' : 0))]);
    const r = await withDues({ name: '党费', rows: [['2025年党费收缴台账'], ['姓名', '缴费基数', '月应交党费', ...MONTHS.map((m) => `${m}月`)], ...rows] });
    expect(wFindings(r)).toEqual([]);
    expect(stats(r)).toEqual(EXPECTED);
    expect(r.findings.filter((f) => f.rule.startsWith('D'))).toEqual([]);
  });

  it('long form with 缴费起止月份 ranges and 交纳日期, amounts with 元 and full-width digits', async () => {
    const rows: (string | number | null)[][] = [['序号', '党员姓名', '缴费基数', '应交党费', '缴费起止月份', '实交金额', '交纳日期']];
    PEOPLE.forEach((p) => {
      for (const q of [0, 1, 2, 3]) {
        const from = Math.max(q * 3 + 1, p.from);
        const to = q * 3 + 3;
        const amount = Math.round(p.due * (to - from + 1) * 100) / 100;
        const paid = p.name === '李四' ? `${String(amount).replace(/[0-9]/g, (d) => String.fromCharCode(d.charCodeAt(0) + 0xfee0))}元` : `${amount}元`;
        rows.push([rows.length, p.name, p.base, p.due, `2025.${String(from).padStart(2, '0')}-2025.${String(to).padStart(2, '0')}`, paid, `2025-${String(to).padStart(2, '0')}-10`]);
      }
    });
    const r = await withDues({ name: '党费', rows });
    expect(wFindings(r)).toEqual([]);
    expect(stats(r)).toEqual(EXPECTED);
    expect(r.findings.filter((f) => f.rule.startsWith('D'))).toEqual([]);
  });

  it('a payment platform export: 缴费人 with a masked phone, 缴费月份 as "2025-01至2025-03" or "2025-04~2025-06"', async () => {
    const rows: (string | number)[][] = [['交易时间', '订单号', '缴费人', '缴费月份', '应缴金额', '实缴金额', '交易状态']];
    PEOPLE.forEach((p, i) => {
      for (const q of [0, 1, 2, 3]) {
        const from = Math.max(q * 3 + 1, p.from), to = q * 3 + 3;
        const mm = (m: number) => `2025-${String(m).padStart(2, '0')}`;
        const period = from === to ? mm(from) : `${mm(from)}${q % 2 ? '~' : '至'}${mm(to)}`;
        rows.push([`${mm(to)}-20 09:15:02`, `4200002025${i}${q}0815`, `${p.name}(138****${1000 + i})`, period, p.due, Math.round(p.due * (to - from + 1) * 100) / 100, '支付成功']);
      }
    });
    const r = await withDues({ name: '微信缴费记录', rows });
    expect(wFindings(r)).toEqual([]);
    expect(stats(r)).toEqual(EXPECTED);
    expect(r.findings.filter((f) => f.rule.startsWith('D'))).toEqual([]);
  });

  it('a wide sheet with a 合计 column and 合计 rows, without an info sheet (year from the data)', async () => {
    const head = ['序号', '姓名', '缴费基数', '应交党费', ...MONTHS.map((m) => `${m}月`), '合计'];
    const body = PEOPLE.map((p, i) => {
      const paid = MONTHS.map((m) => (m >= p.from ? { v: p.due, numFmt: '0.00' } : null));
      return [i + 1, p.name, p.base, { v: p.due, numFmt: '0.00' }, ...paid, { v: p.due * (13 - p.from), numFmt: '0.00' }];
    });
    const total = [null, '合计', null, { v: 145.2, numFmt: '0.00' }, ...MONTHS.map((m) => ({ v: m >= 3 ? 145.2 : 145, numFmt: '0.00' })), { v: 1742, numFmt: '0.00' }];
    const r = await withDues({ name: '党费交纳登记表', rows: [head, ...body, total, ['合 计', null, null, null, 1742]] }, false);
    expect(wFindings(r)).toEqual([]);
    expect(r.ledger.year).toBe(2025);
    expect(r.ledger.dues!.records.map((x) => x.nameKey)).toEqual(PEOPLE.map((p) => p.name));
    expect(stats(r)).toEqual(EXPECTED);
  });

  it('month headers written with their year (2025年1月) and as real dates', async () => {
    const head = ['姓名', '月应交', ...MONTHS.map((m) => (m % 2 ? `2025年${m}月` : { v: new Date(Date.UTC(2025, m - 1, 1)), numFmt: 'yyyy"年"m"月"' }))];
    const body = PEOPLE.map((p) => [p.name, p.due, ...MONTHS.map((m) => (m >= p.from ? p.due : null))]);
    const r = await withDues({ name: 'Sheet3', rows: [head, ...body] }, false);
    expect(wFindings(r)).toEqual([]);
    expect(stats(r)).toEqual(EXPECTED);
  });

  it('headers with line breaks and units, amounts due as formulas with cached results', async () => {
    const head = ['序\n号', '党员\n姓名', '缴费基数\n（元）', '缴纳\n比例', '月应交党费\n（元）', ...MONTHS.map((m) => `${m}月\n（元）`), '全年合计'];
    const rate = [0.015, 0.01, 0.005, 0];
    const body = PEOPLE.map((p, i) => [
      i + 1, p.name, p.base, rate[i] ? `${rate[i] * 100}%` : '/',
      { v: { formula: rate[i] ? `ROUND(C${i + 2}*${rate[i]},2)` : '0.2', result: p.due }, numFmt: '0.00' },
      ...MONTHS.map((m) => (m >= p.from ? p.due : null)),
      { v: { formula: `SUM(F${i + 2}:Q${i + 2})`, result: Math.round(p.due * (13 - p.from) * 100) / 100 }, numFmt: '0.00' },
    ]);
    const r = await withDues({ name: '党费', rows: [head, ...body] });
    expect(wFindings(r)).toEqual([]);
    expect(stats(r)).toEqual(EXPECTED);
    expect(r.ledger.dues!.records.map((x) => x.due.value)).toEqual(PEOPLE.map((p) => p.due));
  });

  it('month amounts as formulas saved without their results (a file another program wrote): one W03, no D03/D04', async () => {
    // each month "=C2" (the due), as a script writes it; Excel or WPS would have saved the results
    const body = PEOPLE.map((p, i) => [p.name, p.base, p.due,
      ...MONTHS.map((m) => (m >= p.from ? { v: { formula: `C${i + 2}` }, numFmt: '0.00' } : null))]);
    const r = await withDues({ name: '党费', rows: [['姓名', '缴费基数', '月应交', ...MONTHS.map((m) => `${m}月`)], ...body] });
    const cells = PEOPLE.reduce((n, p) => n + 13 - p.from, 0);
    expect(wFindings(r).map((f) => `${f.rule} ${f.severity} ${f.sheet}!${f.cell}`)).toEqual(['W03 错误 党费!D2']);
    expect(wFindings(r)[0].message).toBe(`党费 D2等${cells}个单元格是公式，但文件中没有保存公式的计算结果（文件可能由其他软件生成，没有在 Excel 或 WPS 中打开保存过），读不出内容：党费按未知处理，不判断是否交纳，其他检查结果可能不准确。请用 Excel 或 WPS 打开本工作簿，保存后重新报送。`);
    expect(r.findings.filter((f) => f.rule === 'D03' || f.rule === 'D04')).toEqual([]);
  });

  it('long form, one row a member-month, with a 小计 row under each member', async () => {
    const rows: (string | number | null)[][] = [['姓名', '所属月份', '应缴党费', '实缴党费', '缴费时间']];
    for (const p of PEOPLE) {
      for (const m of MONTHS) if (m >= p.from) rows.push([p.name, `2025年${m}月`, p.due, p.due, `2025/${m}/10`]);
      rows.push(['小计', null, null, Math.round(p.due * (13 - p.from) * 100) / 100]);
    }
    const r = await withDues({ name: '党费缴纳', rows });
    expect(wFindings(r)).toEqual([]);
    expect(stats(r)).toEqual(EXPECTED);
  });

  it('long form with each member\'s name, base and due written once, merged down over their months or left blank below', async () => {
    for (const merged of [true, false]) {
      const rows: (string | number | null)[][] = [['姓名', '缴费基数', '月应交', '缴费月份', '实交金额']];
      const merges: string[] = [];
      for (const p of PEOPLE) {
        const top = rows.length + 1;
        // 张三's due is wrong (60 for 90): one D02 at his one 月应交 cell
        const due = p.name === '张三' ? 60 : p.due;
        for (const m of MONTHS) if (m >= p.from) rows.push(m === p.from ? [p.name, p.base, due, `2025年${m}月`, due] : [null, null, null, `2025年${m}月`, due]);
        if (merged) for (const c of ['A', 'B', 'C']) merges.push(`${c}${top}:${c}${rows.length}`);
      }
      const r = await withDues({ name: '党费', rows, merges });
      expect(wFindings(r)).toEqual([]);
      expect(r.ledger.dues!.records.filter((x) => x.name.value == null)).toEqual([]);
      expect(r.findings.filter((f) => f.rule.startsWith('D')).map((f) => `${f.rule} ${f.cell}`)).toEqual(['D02 C2']);
      expect(r.findings.find((f) => f.rule === 'D02')!.message).not.toContain('同样填写');
    }
  });

  it('long form with amounts as "84.00元" text and a refund row "退还 45.00" after a month paid twice over', async () => {
    const rows: (string | number | null)[][] = [['姓名', '缴费月份', '应交金额', '实交金额', '缴费日期', '备注']];
    for (const m of MONTHS) {
      for (const p of PEOPLE) {
        if (m < p.from) continue;
        const twice = p.name === '张三' && m === 5;
        rows.push([p.name, `2025-${String(m).padStart(2, '0')}`, `${p.due.toFixed(2)}元`, `${(twice ? 135 : p.due).toFixed(2)}元`, `2025-${String(m).padStart(2, '0')}-10`, null]);
        if (twice) rows.push([p.name, '2025-05', `${p.due.toFixed(2)}元`, '退还 45.00', '2025-05-20', '退还5月多交党费']);
      }
    }
    const r = await withDues({ name: '党费收缴台账', rows });
    expect(wFindings(r)).toEqual([]);
    expect(stats(r)).toEqual(EXPECTED);
    expect(r.findings).toEqual([]);
  });

  it('a refund written as an accounting negative in brackets, "(45.00)" or "（45.00）", as text: the refund, not W03', async () => {
    for (const refund of ['(45.00)', '（45.00）']) {
      const rows: (string | number | null)[][] = [['姓名', '缴费月份', '应交金额', '实交金额']];
      for (const m of MONTHS) {
        for (const p of PEOPLE) {
          if (m < p.from) continue;
          const twice = p.name === '张三' && m === 5;
          rows.push([p.name, `2025-${String(m).padStart(2, '0')}`, p.due, twice ? 135 : p.due]);
          if (twice) rows.push([p.name, '2025-05', p.due, refund]);
        }
      }
      const r = await withDues({ name: '党费收缴台账', rows });
      expect(r.findings).toEqual([]);
      expect(stats(r)).toEqual(EXPECTED);
    }
  });

  it('a month paid late with the next one, a 备注 saying so (4月含补交3月党费): no D03 for the month', async () => {
    const rows: (string | number | null)[][] = [['姓名', '缴费基数', '月应交', ...MONTHS.map((m) => `${m}月`), '备注']];
    for (const p of PEOPLE) {
      const months = MONTHS.map((m) => (m >= p.from ? p.due : null));
      let note: string | null = null;
      if (p.name === '李四') { months[2] = null; months[3] = 80; note = '4月含补交3月党费40元'; }
      rows.push([p.name, p.base, p.due, ...months, note]);
    }
    const r = await withDues({ name: '党费', rows });
    expect(wFindings(r)).toEqual([]);
    expect(stats(r)).toEqual(EXPECTED);
    expect(r.findings.filter((f) => f.rule === 'D03' || f.rule === 'D04')).toEqual([]);
  });

  it('a transposed sheet (月份 rows, members as columns) is named as not understood, not misread', async () => {
    const rows = [['月份', ...PEOPLE.map((p) => p.name)], ...MONTHS.map((m) => [`${m}月`, ...PEOPLE.map((p) => (m >= p.from ? p.due : null))])];
    const r = await withDues({ name: '党费', rows });
    const w = wFindings(r);
    expect(w.map((f) => f.rule)).toEqual(['W01']);
    expect(w[0].message).toMatch(/工作表“党费”似乎是按月份成行、党员成列的转置表/);
    expect(r.ledger.dues).toBeNull();
  });

  it('paid by the term, the months in brackets (春季学期（1-6月）, 秋季学期（7-12月）): a student branch\'s terms are periods', async () => {
    const term = (p: (typeof PEOPLE)[number], from: number, to: number) => p.due * MONTHS.filter((m) => m >= from && m <= to && m >= p.from).length;
    const dues = (short: boolean): SheetIn => ({
      name: '党费收缴',
      rows: [['姓名', '缴费基数', '月应交党费', '春季学期（1-6月）', '秋季学期（7-12月）', '备注'],
        ...PEOPLE.map((p) => [p.name, p.base, p.due, term(p, 1, 6), term(p, 7, 12) - (short && p.name === '李四' ? 40 : 0), '按学期交纳'])],
    });
    const r = await withDues(dues(false));
    expect(wFindings(r)).toEqual([]);
    expect(stats(r)).toEqual(EXPECTED);
    expect(r.findings.filter((f) => f.rule.startsWith('D'))).toEqual([]);
    const s = await withDues(dues(true));
    expect(s.findings.filter((f) => f.rule.startsWith('D')).map((f) => `${f.rule} ${f.cell} ${f.period}`)).toEqual(['D03 E3 2025-12']);
  });

  it('months before a transfer in or after one out written 未转入 / 已转出 in their cells, the dates in 备注: no W03, nothing owed for them', async () => {
    const notes: Record<string, string> = { 李四: '2025年4月由XX局第二党支部转入', 王五: '2025年9月转出至XX局机关党支部' };
    const cell = (name: string, m: number, due: number) => (name === '李四' && m < 4 ? '未转入' : name === '王五' && m > 9 ? '已转出' : due);
    const r = await withDues({
      name: '党费收缴台账',
      rows: [['姓名', '缴费基数', '月应交', ...MONTHS.map((m) => `${m}月`), '备注'],
        ...PEOPLE.map((p) => [p.name, p.base, p.due, ...MONTHS.map((m) => (m >= p.from ? cell(p.name, m, p.due) : null)), notes[p.name] ?? null])],
    });
    expect(wFindings(r)).toEqual([]);
    expect(r.findings.filter((f) => f.rule.startsWith('D'))).toEqual([]);
    expect(stats(r).dues.paid).toBe(EXPECTED.dues.paid - 3 * 40 - 3 * 15);
  });

  it('long form dated only by 交纳日期, under a title naming another month (2025年度党费收缴明细（12月导出）): each row is its payment date\'s month', async () => {
    const rows = [['2025年度党费收缴明细（12月导出）'], ['姓名', '月应交', '实交', '交纳日期'],
      ...MONTHS.flatMap((m) => PEOPLE.filter((p) => m >= p.from).map((p) => [p.name, p.due, p.due, `2025-${String(m).padStart(2, '0')}-10`]))];
    const r = await withDues({ name: '党费收缴明细', rows });
    expect(wFindings(r)).toEqual([]);
    expect(stats(r)).toEqual(EXPECTED);
    expect(r.findings.filter((f) => f.rule.startsWith('D'))).toEqual([]);
  });

  it('an ID column beside the names, one name written with another character: the row is the member\'s, one D01 says the names differ', async () => {
    const rows = PEOPLE.map((p, i) => [ids[i], i === 1 ? '李思' : p.name, p.base, p.due, ...MONTHS.map((m) => (m >= p.from ? p.due : null))]);
    const r = await withDues({ name: '党费收缴台账', rows: [['身份证号', '姓名', '缴费基数', '月应交党费', ...MONTHS.map((m) => `${m}月`)], ...rows] });
    expect(r.ledger.dues!.records[1].idNumber?.value?.text).toBe(ids[1]);
    expect(wFindings(r)).toEqual([]);
    expect(stats(r)).toEqual(EXPECTED);
    const d = r.findings.filter((f) => f.rule.startsWith('D'));
    expect(d.map((f) => `${f.rule} ${f.sheet}!${f.cell}`)).toEqual(['D01 党费收缴台账!B3']);
    expect(d[0].message).toBe('党费收缴台账 B3：党费台账中的“李思”与党员名册中的“李四”（党员名册 A3）身份证号相同，应为同一人，姓名写法不一致。请核对后统一。');
  });
});
