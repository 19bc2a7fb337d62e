import { describe, expect, it } from 'vitest';
import { BRANCH_SCHEMA, DUES_LONG_SCHEMA, DUES_WIDE_SCHEMA, MEETINGS_SCHEMA, MEMBERS_SCHEMA, enumLabels } from './index.js';
import type { LedgerSchema } from './field-spec.js';
import { normalizeHeader } from '../recognize/header-text.js';

const ALL: LedgerSchema[] = [BRANCH_SCHEMA, MEMBERS_SCHEMA, DUES_LONG_SCHEMA, DUES_WIDE_SCHEMA, MEETINGS_SCHEMA];

describe('ledger schema', () => {
  it.each(ALL.map((s) => [s.label + (s === DUES_WIDE_SCHEMA ? '（横表）' : ''), s] as const))(
    '%s: no header names two different fields', (_, schema) => {
      const owner = new Map<string, string>();
      for (const f of schema.fields) {
        for (const s of [f.label, ...f.synonyms]) {
          const k = normalizeHeader(s);
          const prev = owner.get(k);
          expect(prev === undefined || prev === f.key, `${s} names ${prev} and ${f.key}`).toBe(true);
          owner.set(k, f.key);
        }
      }
    });

  it('knows every header synonym DOMAIN.md §1 lists', () => {
    const has = (schema: LedgerSchema, key: string, words: string[]) => {
      const f = schema.fields.find((x) => x.key === key)!;
      const known = new Set([f.label, ...f.synonyms, ...(f.weakSynonyms ?? [])].map(normalizeHeader));
      for (const w of words) expect(known.has(normalizeHeader(w)), `${key}: ${w}`).toBe(true);
    };
    has(BRANCH_SCHEMA, 'lastElection', ['上次换届时间', '换届时间', '本届任期起', '实际换届时间']);
    has(BRANCH_SCHEMA, 'year', ['统计年度', '年度']);
    has(MEMBERS_SCHEMA, 'idNumber', ['身份证号', '公民身份号码', '身份证号码']);
    has(MEMBERS_SCHEMA, 'birthDate', ['出生日期', '出生年月']);
    has(MEMBERS_SCHEMA, 'education', ['学历', '文化程度']);
    has(MEMBERS_SCHEMA, 'joinDate', ['入党时间', '入党日期', '加入党组织日期']);
    has(MEMBERS_SCHEMA, 'fullDate', ['转正时间', '转正日期', '转为正式党员日期']);
    has(MEMBERS_SCHEMA, 'category', ['党员类别', '人员类别', '党员类型', '党籍状态']);
    has(MEMBERS_SCHEMA, 'partyRole', ['党内职务', '职务']);
    has(MEMBERS_SCHEMA, 'position', ['工作岗位', '职务']);
    has(MEMBERS_SCHEMA, 'status', ['在职状态', '个人身份', '人员身份']);
    has(MEMBERS_SCHEMA, 'phone', ['联系电话', '手机号码']);
    has(DUES_LONG_SCHEMA, 'base', ['缴费基数', '工资基数', '计算基数', '缴存基数', '党费基数', '党费基数（取整）', '月工资收入']);
    has(DUES_LONG_SCHEMA, 'due', ['应交', '应缴', '应交党费', '应交党费（取整）', '月应交党费', '缴费标准（元/月）']);
    has(DUES_LONG_SCHEMA, 'paid', ['实交', '实缴', '实交党费', '缴费金额', '月实际党费']);
    has(DUES_LONG_SCHEMA, 'monthRange', ['缴费起止月份']);
    has(DUES_LONG_SCHEMA, 'paidDate', ['交纳日期']);
    has(DUES_WIDE_SCHEMA, 'due', ['月应交', '每月应交', '交纳标准']);
    has(DUES_WIDE_SCHEMA, 'rate', ['比例']);
    has(MEETINGS_SCHEMA, 'date', ['日期', '时间', '召开时间', '实际会议时间']);
    has(MEETINGS_SCHEMA, 'typeText', ['会议类型', '类别', '形式']);
    has(MEETINGS_SCHEMA, 'topic', ['主题', '内容', '议题']);
    has(MEETINGS_SCHEMA, 'expected', ['应到人数', '应到']);
    has(MEETINGS_SCHEMA, 'present', ['实到人数', '实到']);
    has(MEETINGS_SCHEMA, 'absentText', ['缺席人员', '缺席人员及原因']);
  });

  it('marks the required columns of DOMAIN.md §3 (W02)', () => {
    const required = (s: LedgerSchema) => s.fields.filter((f) => f.required).map((f) => f.key);
    expect(required(MEMBERS_SCHEMA)).toEqual(['name', 'idNumber', 'joinDate']);
    expect(required(MEETINGS_SCHEMA)).toEqual(['date', 'typeText']);
    expect(required(DUES_LONG_SCHEMA)).toEqual(['name']);
  });

  it('gives every template column a width, and drop-down lists Excel can hold (255 characters)', () => {
    for (const s of ALL) {
      for (const f of s.fields) {
        if (f.template) expect(f.template.width).toBeGreaterThan(0);
        if (f.enum) expect(`"${enumLabels(f.enum).join(',')}"`.length).toBeLessThanOrEqual(255);
      }
    }
    expect(MEMBERS_SCHEMA.fields.find((f) => f.key === 'idNumber')!.template!.numFmt).toBe('@');
  });
});
