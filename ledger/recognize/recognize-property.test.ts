/**
 * Property: however a roster is laid out (header synonyms, title rows, 序号 column,
 * blank rows, 合计 and footer rows, a shifted used range, dates written any common
 * way), recognition reads back exactly the members that were written.
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { gridFromRows, gridOf, dateCell } from '../grid/grid-from-rows.js';
import type { GridCell, RawValue } from '../grid/grid.js';
import { MEMBERS_SCHEMA } from '../schema/members-schema.js';
import { recognize } from './index.js';

const synonyms = (key: string) => {
  const f = MEMBERS_SCHEMA.fields.find((x) => x.key === key)!;
  return [f.label, ...f.synonyms];
};

const isoArb = fc.date({ min: new Date('1950-01-01T00:00:00Z'), max: new Date('2025-12-31T00:00:00Z'), noInvalidDate: true })
  .map((d) => d.toISOString().slice(0, 10));

/** A date as some branch would type it. */
function writeDate(iso: string, style: number): RawValue | GridCell {
  const [y, m, d] = iso.split('-');
  switch (style) {
    case 0: return iso;
    case 1: return `${y}.${m}.${d}`;
    case 2: return `${y}/${Number(m)}/${Number(d)}`;
    case 3: return `${y}年${Number(m)}月${Number(d)}日`;
    case 4: return Number(`${y}${m}${d}`);
    case 5: return dateCell(iso);
    default: return `${y}${m}${d}`.replace(/\d/g, (c) => String.fromCharCode(c.charCodeAt(0) + 0xfee0));
  }
}

const memberArb = fc.record({
  name: fc.tuple(fc.constantFrom('张', '王', '李', '赵', '欧阳'), fc.constantFrom('伟', '芳', '娜', '敏', '静', '强'), fc.constantFrom('', '明', '华', '丽'), fc.boolean())
    .map(([a, b, c, space]) => (space ? `${a} ${b}${c}` : `${a}${b}${c}`)),
  id: fc.stringMatching(/^[1-6]\d{16}[\dX]$/),
  join: isoArb,
  style: fc.integer({ min: 0, max: 6 }),
  trailingSpace: fc.boolean(),
});

const layoutArb = fc.record({
  nameHeader: fc.constantFrom(...synonyms('name')),
  idHeader: fc.constantFrom(...synonyms('idNumber')),
  joinHeader: fc.constantFrom(...synonyms('joinDate')),
  titles: fc.integer({ min: 0, max: 3 }),
  seq: fc.boolean(),
  blankEvery: fc.integer({ min: 0, max: 4 }),
  total: fc.boolean(),
  footer: fc.boolean(),
  top: fc.integer({ min: 1, max: 4 }),
  left: fc.integer({ min: 1, max: 3 }),
  sheetName: fc.constantFrom('1', 'Sheet1', '导出数据(1-957)', '党员名册', '花名册'),
});

describe('roster recognition, any layout', () => {
  it('reads back every member as written', () => {
    fc.assert(fc.property(fc.array(memberArb, { minLength: 1, maxLength: 25 }), layoutArb, (members, layout) => {
      const rows: (RawValue | GridCell)[][] = [];
      for (let t = 0; t < layout.titles; t++) rows.push([t === 0 ? '党员名册' : '填报单位：XX党支部  填报日期：2025年1月1日']);
      const pre = layout.seq ? ['序号'] : [];
      rows.push([...pre, layout.nameHeader, '性别', layout.idHeader, layout.joinHeader]);
      members.forEach((m, i) => {
        if (layout.blankEvery && i % layout.blankEvery === 0) rows.push([]);
        rows.push([...(layout.seq ? [i + 1] : []), m.name, '男', m.trailingSpace ? `${m.id} ` : m.id, writeDate(m.join, m.style)]);
      });
      if (layout.total) rows.push(['合计', `${members.length}人`]);
      if (layout.footer) rows.push(['填表人：王五', null, '审核人：赵六']);
      const sheet = gridFromRows(layout.sheetName, rows, { top: layout.top, left: layout.left });
      const ledger = recognize(gridOf(sheet));
      const roster = ledger.members!;
      expect(roster.sheet).toBe(layout.sheetName);
      expect(roster.headerRow).toBe(layout.top + layout.titles);
      expect(roster.members.map((m) => m.nameKey)).toEqual(members.map((m) => m.name.replace(/\s/g, '')));
      expect(roster.members.map((m) => m.idNumber.value?.text)).toEqual(members.map((m) => m.id));
      expect(roster.members.map((m) => m.joinDate.value?.date)).toEqual(members.map((m) => m.join));
      expect(ledger.issues.filter((f) => f.rule !== 'W01')).toEqual([]);
    }), { numRuns: 150 });
  });

  it('never throws on arbitrary cells', () => {
    const cell = fc.oneof(fc.string({ maxLength: 12 }), fc.double(), fc.integer(), fc.boolean(), fc.constant(null),
      fc.constantFrom('姓名', '身份证号', '入党时间', '1月', '合计', '注：', '日期', '会议类型', '支部名称', '统计年度：2025'));
    fc.assert(fc.property(fc.array(fc.array(cell, { maxLength: 8 }), { maxLength: 15 }), (rows) => {
      const l = recognize(gridOf(gridFromRows('x', rows)));
      expect(Array.isArray(l.issues)).toBe(true);
    }), { numRuns: 300 });
  });
});

const CN_MONTHS = ['一', '二', '三', '四', '五', '六', '七', '八', '九', '十', '十一', '十二'];

describe('dues and meetings recognition, any layout', () => {
  const amountArb = fc.integer({ min: 0, max: 50_000 }).map((c) => c / 100);

  it('reads back wide dues: every paid month, under one- or two-row headers, 合计 ignored', () => {
    fc.assert(fc.property(
      fc.array(fc.record({ name: fc.constantFrom('张三', '李四', '王五', '赵六'), paid: fc.array(fc.option(amountArb, { nil: null }), { minLength: 12, maxLength: 12 }) }), { minLength: 1, maxLength: 10 }),
      fc.boolean(), fc.boolean(), fc.constantFrom('1月', '一月', '01月', '2025年1月'), fc.integer({ min: 2000, max: 2030 }), fc.boolean(),
      (rows, twoRow, totals, monthStyle, year, yuan) => {
        const monthHeader = (m: number) =>
          monthStyle === '一月' ? `${CN_MONTHS[m - 1]}月` :
          monthStyle === '01月' ? `${String(m).padStart(2, '0')}月` : monthStyle === '2025年1月' ? `${year}年${m}月` : `${m}月`;
        const months = Array.from({ length: 12 }, (_, i) => monthHeader(i + 1));
        const grid: (RawValue | GridCell)[][] = [[`${year}年度党费收缴台账`]];
        if (twoRow) grid.push(['姓名', '缴费基数', '缴费情况', ...Array(11).fill(null), '合计'], [null, null, ...months, null]);
        else grid.push(['姓名', '缴费基数', ...months, '合计']);
        for (const r of rows) grid.push([r.name, 5000, ...r.paid.map((p) => (p == null ? null : yuan ? `${p}元` : p)), 0]);
        if (totals) grid.push(['合计', null, ...Array(12).fill(1)]);
        const l = recognize(gridOf(gridFromRows('党费', grid)));
        expect(l.issues.filter((f) => f.rule !== 'W01')).toEqual([]);
        const d = l.dues!;
        expect(d.form).toBe('wide');
        expect(d.records.map((r) => r.name.value)).toEqual(rows.map((r) => r.name));
        d.records.forEach((rec, i) => {
          expect(rec.months.map((m) => m.month)).toEqual(Array.from({ length: 12 }, (_, k) => `${year}-${String(k + 1).padStart(2, '0')}`));
          expect(rec.months.map((m) => m.paid.value)).toEqual(rows[i].paid);
        });
      }), { numRuns: 100 });
  });

  it('reads back meetings: dates in any form, types and absentees', () => {
    const typeArb = fc.constantFrom(
      ['支部党员大会', ['general']], ['支委会议', ['committee']], ['党小组会', ['group']], ['专题党课', ['lecture']],
      ['主题党日活动', ['themeDay']], ['党员大会暨党课', ['general', 'lecture']], ['组织生活会', ['lifeMeeting']]) as fc.Arbitrary<[string, string[]]>;
    fc.assert(fc.property(
      fc.array(fc.record({ date: isoArb, style: fc.integer({ min: 0, max: 6 }), type: typeArb, absent: fc.subarray(['张三', '李四', '王五']) }), { minLength: 1, maxLength: 12 }),
      fc.constantFrom('日期', '召开时间', '实际会议时间'), fc.constantFrom('会议类型', '类别', '形式'),
      (meetings, dateHeader, typeHeader) => {
        const grid: (RawValue | GridCell)[][] = [[dateHeader, typeHeader, '主题', '缺席人员及原因']];
        for (const m of meetings) grid.push([writeDate(m.date, m.style), m.type[0], '学习', m.absent.map((a) => `${a}（病假）`).join('、')]);
        const l = recognize(gridOf(gridFromRows('Sheet1', grid)));
        expect(l.issues.filter((f) => f.rule !== 'W01')).toEqual([]);
        const got = l.meetings!.meetings;
        expect(got.map((m) => m.date.value?.date)).toEqual(meetings.map((m) => m.date));
        expect(got.map((m) => m.types)).toEqual(meetings.map((m) => m.type[1]));
        expect(got.map((m) => m.absentees)).toEqual(meetings.map((m) => m.absent));
      }), { numRuns: 100 });
  });
});
