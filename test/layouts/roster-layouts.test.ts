/** Roster layouts the corpus generator does not make (DOMAIN.md §1 traps), read from real files. */
import { describe, expect, it } from 'vitest';
import {
  EXPECTED, PEOPLE, checkLayout, idFor, ids, infoVertical, meetingList, plainDues, plainMeetings, plainRoster, stats, wFindings, type SheetIn,
} from './layout-support.js';

const withRoster = (roster: SheetIn) => checkLayout([infoVertical(), roster, plainDues(), plainMeetings()]);

/** 全国党员管理信息系统 export: status in 工作岗位 values, 人员类别, 所在党支部 on every row. */
const national = (category: boolean): SheetIn => {
  const positions = ['公务员', '农牧渔民', '离退休人员', '学生'];
  const head = ['序号', '姓名', '性别', '公民身份号码', '民族', '出生日期', '学历', ...(category ? ['人员类别'] : []), '所在党支部', '入党日期', '转为正式党员日期', '工作岗位', '手机号码'];
  return {
    name: '导出数据(1-4)',
    rows: [head, ...PEOPLE.map((p, i) => [
      i + 1, p.name, p.gender, ids[i], '汉族', p.birth, '大学本科', ...(category ? [p.full ? '正式党员' : '预备党员'] : []),
      'XX局第一党支部', p.join, p.full, positions[i] === '农牧渔民' ? '公务员' : positions[i], '13800138000',
    ])],
  };
};

describe('roster layouts', () => {
  it('the plain layout (reference)', async () => {
    const r = await withRoster(plainRoster());
    expect(wFindings(r)).toEqual([]);
    expect(stats(r)).toEqual(EXPECTED);
  });

  it('身份证号 in several cells under one merged header (地区码 | 其余12位, or a character a cell): one ID each, a wrong one found at its first cell', async () => {
    const split = (cuts: number[], wrong: boolean): SheetIn => {
      const width = cuts.length;
      const pieces = (id: string) => cuts.map((at, k) => id.slice(at, cuts[k + 1] ?? 18));
      return {
        name: '党员名册',
        rows: [['姓名', '性别', '身份证号', ...Array(width - 1).fill(null), '出生日期', '入党时间', '转正时间', '党员类别', '党内职务', '在职状态'],
          ...PEOPLE.map((p, i) => {
            const id = wrong && i === 1 ? ids[i].slice(0, 17) + (ids[i][17] === '1' ? '2' : '1') : ids[i];
            return [p.name, p.gender, ...pieces(id), p.birth, p.join, p.full, p.full ? '正式党员' : '预备党员', p.role, p.status];
          })],
        merges: [`C1:${String.fromCharCode(67 + width - 1)}1`],
      };
    };
    for (const cuts of [[0, 6], Array.from({ length: 18 }, (_, i) => i)]) {
      const r = await withRoster(split(cuts, false));
      expect(wFindings(r)).toEqual([]);
      expect(stats(r)).toEqual(EXPECTED);
      expect(r.ledger.members!.members.map((m) => m.idNumber.value?.text)).toEqual(ids);
      expect(r.findings.filter((f) => f.rule.startsWith('M'))).toEqual([]);
      const bad = await withRoster(split(cuts, true));
      const m02 = bad.findings.filter((f) => f.rule === 'M02');
      expect(m02.map((f) => f.cell)).toEqual(['C3']);
      expect(m02[0].message).not.toContain(ids[1].slice(6, 14));
    }
  });

  it('性别 written as the GB/T 2261.1 code (1 男, 2 女), as system exports do: read, and a code the ID disagrees with is found', async () => {
    const coded = (wrong: boolean): SheetIn => {
      const sheet = plainRoster();
      return { ...sheet, rows: [sheet.rows[0], ...PEOPLE.map((p, i) => {
        const row = [...sheet.rows[i + 1]];
        row[1] = (p.gender === '男') !== (wrong && i === 2) ? 1 : 2;
        return row;
      })] };
    };
    const r = await withRoster(coded(false));
    expect(wFindings(r)).toEqual([]);
    expect(stats(r)).toEqual(EXPECTED);
    expect(r.ledger.members!.members.map((m) => m.gender.value)).toEqual(PEOPLE.map((p) => p.gender));
    expect(r.findings.filter((f) => f.rule.startsWith('M'))).toEqual([]);
    const bad = (await withRoster(coded(true))).findings.filter((f) => f.rule === 'M03');
    expect(bad.map((f) => f.cell)).toEqual(['B4']);
    expect(bad[0].message).toContain('性别填写为“2”（即“女”），但身份证号码第17位表明为“男”');
  });

  it('a national-system export with 人员类别 and the status in 工作岗位', async () => {
    const r = await withRoster(national(true));
    expect(wFindings(r)).toEqual([]);
    expect(stats(r)).toEqual(EXPECTED);
    const m = r.ledger.members!.members;
    expect(m.map((x) => x.status.value)).toEqual(['在职', '在职', '离退休', '学生']);
    expect(r.findings.filter((f) => f.rule === 'D02' || f.rule === 'M01' || f.rule === 'D01')).toEqual([]);
  });

  it('a national-system export without any category column: no 转正日期 is a 预备党员', async () => {
    const r = await withRoster(national(false));
    expect(wFindings(r)).toEqual([]);
    expect(stats(r)).toEqual(EXPECTED);
    expect(r.findings.filter((f) => f.rule === 'M01')).toEqual([]);
  });

  it('a system export without 党内职务, the committee named on the info sheet (支部书记 | 张三; 支委会成员：组织委员：李四；宣传委员：王五)', async () => {
    const info = (rows: (string | number)[][]): SheetIn => ({ name: '支部信息', rows: [...infoVertical().rows, ...rows] });
    const named = await checkLayout([info([['支部书记', '张三'], ['支委会成员', '组织委员：李四；宣传委员：王五']]), national(true), plainDues(), plainMeetings()]);
    expect(named.ledger.members!.members.map((m) => m.partyRoles)).toEqual([['书记'], ['组织委员'], ['宣传委员'], []]);
    expect(named.findings.filter((f) => f.rule.startsWith('B'))).toEqual([]);
    // the info sheet names no office: one 提示 that the committee cannot be seen, as before
    const unnamed = await checkLayout([infoVertical(), national(true), plainDues(), plainMeetings()]);
    expect(unnamed.findings.filter((f) => f.rule.startsWith('B')).map((f) => `${f.rule} ${f.severity}`)).toEqual(['B04 提示']);
  });

  it('no 党内职务 column, the offices written in 备注 (支部书记, 支部组织委员): the committee is read from the notes', async () => {
    const head = ['姓名', '性别', '身份证号', '出生日期', '入党时间', '转正时间', '党员类别', '在职状态', '备注'];
    const notes = ['支部书记', '支部组织委员', '宣传委员', ''];
    const roster = (n: string[]): SheetIn => ({
      name: '党员名册',
      rows: [head, ...PEOPLE.map((p, i) => [p.name, p.gender, ids[i], p.birth, p.join, p.full, p.full ? '正式党员' : '预备党员', p.status, n[i]])],
    });
    const r = await withRoster(roster(notes));
    expect(r.ledger.members!.members.map((m) => m.partyRoles)).toEqual([['书记'], ['组织委员'], ['宣传委员'], []]);
    expect(r.findings.filter((f) => f.rule.startsWith('B'))).toEqual([]);
    expect(stats(r)).toEqual(EXPECTED);
    // notes that name no 书记, or say more than an office (原支部书记), are no account of the committee: the 提示 stays
    for (const other of [['', '组织委员', '', ''], ['原支部书记', '', '', '']]) {
      const o = await withRoster(roster(other));
      expect(o.findings.filter((f) => f.rule.startsWith('B')).map((f) => `${f.rule} ${f.severity}`)).toEqual(['B04 提示']);
      expect(o.ledger.members!.members.every((m) => m.partyRoles.length === 0)).toBe(true);
    }
  });

  it('a blank row in the middle, a merged 备注 note row, IDs with trailing spaces, names with spaces', async () => {
    const base = plainRoster();
    const rows = base.rows.map((row, i) => (i === 0 ? row : row.map((c, j) => (j === 2 ? `${String(c)}  ` : j === 0 ? String(c).split('').join(' ') : c))));
    const roster: SheetIn = {
      name: '党员名册',
      rows: [rows[0], rows[1], rows[2], [], ['备注：王五同志2024年退休，党费按退休标准交纳'], rows[3], rows[4]],
      merges: ['A5:I5'],
    };
    const r = await withRoster(roster);
    expect(wFindings(r)).toEqual([]);
    expect(stats(r)).toEqual(EXPECTED);
    expect(r.ledger.members!.members.map((m) => m.nameKey)).toEqual(PEOPLE.map((p) => p.name));
    expect(r.findings.filter((f) => f.rule === 'D01' || f.rule === 'M02')).toEqual([]);
  });

  it('a two-row header: 入党时间 over 预备 | 转正 and 学历 over 全日制 | 在职, saved again by LibreOffice', async () => {
    const roster: SheetIn = {
      name: '党员名册',
      rows: [
        ['姓名', '性别', '身份证号', '出生日期', '入党时间', null, '学历', null, '党内职务', '在职状态'],
        [null, null, null, null, '接收预备党员', '转为正式党员', '全日制', '在职', null, null],
        ...PEOPLE.map((p, i) => [p.name, p.gender, ids[i], p.birth, p.join, p.full, '大学', null, p.role, p.status]),
      ],
      merges: ['A1:A2', 'B1:B2', 'C1:C2', 'D1:D2', 'E1:F1', 'G1:H1', 'I1:I2', 'J1:J2'],
    };
    const r = await withRoster(roster);
    expect(wFindings(r)).toEqual([]);
    expect(stats(r)).toEqual(EXPECTED);
    const m = r.ledger.members!;
    expect(m.members.map((x) => x.nameKey)).toEqual(PEOPLE.map((p) => p.name));
    expect(m.members.map((x) => x.fullDate.value?.date ?? null)).toEqual(PEOPLE.map((p) => p.full || null));
    expect(r.findings.filter((f) => f.rule === 'M01' || f.rule === 'M07')).toEqual([]);
    const again = await checkLayout([infoVertical(), roster, plainDues(), plainMeetings()], { soffice: true });
    expect(stats(again)).toEqual(EXPECTED);
    expect(again.findings).toEqual(r.findings);
  });

  it('出生年月 and 入党时间 typed as numbers (1980.05 as 0.00, 2010.10 stored as 2010.1)', async () => {
    const ym = (iso: string | null) => (iso == null ? null : { v: Number(iso.slice(0, 7).replace('-', '.')), numFmt: '0.00' });
    const roster: SheetIn = {
      name: '党员名册',
      rows: [
        ['姓名', '性别', '身份证号', '出生年月', '入党时间', '转正时间', '党员类别', '党内职务', '在职状态'],
        ...PEOPLE.map((p, i) => [p.name, p.gender, ids[i], ym(p.birth), p.join, p.full, p.full ? '正式党员' : '预备党员', p.role, p.status]),
        ['孙七', '男', idFor('1979-10-01', 19), { v: 1979.1, numFmt: '0.00' }, '2010-10-01', '2011-10-01', '正式党员', '', '在职'],
      ],
    };
    const r = await withRoster(roster);
    expect(wFindings(r)).toEqual([]);
    const births = r.ledger.members!.members.map((m) => m.birthDate.value);
    expect(births.slice(0, 4)).toEqual(PEOPLE.map((p) => ({ date: `${p.birth.slice(0, 7)}-01`, precision: 'month' })));
    expect(births[4]).toEqual({ date: '1979-10-01', precision: 'month' });
    expect(r.findings.filter((f) => f.rule.startsWith('M') && f.member !== '孙七')).toEqual([]);
  });

  it('full-width digits in dates', async () => {
    const fw = (s: string) => s.replace(/[0-9]/g, (d) => String.fromCharCode(d.charCodeAt(0) + 0xfee0));
    const base = plainRoster();
    const roster: SheetIn = { ...base, rows: base.rows.map((row, i) => (i === 0 ? row : row.map((c, j) => (j >= 3 && j <= 5 && typeof c === 'string' ? fw(c.replace(/-/g, '.')) : c)))) };
    const r = await withRoster(roster);
    expect(wFindings(r)).toEqual([]);
    expect(stats(r)).toEqual(EXPECTED);
  });

  it('a title and a subtitle above the header, dates as real Excel dates', async () => {
    const base = plainRoster();
    const roster: SheetIn = {
      name: '花名册',
      rows: [['XX局第一党支部党员花名册'], ['填报单位：XX局第一党支部'], ...base.rows.map((row, i) => (i === 0 ? row : row.map((c, j) => (j >= 3 && j <= 5 && typeof c === 'string' ? new Date(`${c}T00:00:00Z`) : c))))],
      merges: ['A1:I1'],
    };
    const r = await withRoster(roster);
    expect(wFindings(r)).toEqual([]);
    expect(stats(r)).toEqual(EXPECTED);
  });

  it('a 党总支 export whose 所在党支部 column names two branches: one W01 naming the sheet and column', async () => {
    const base = national(true);
    const col = base.rows[0].indexOf('所在党支部');
    const rows = base.rows.map((row, i) => (i === 0 ? row : row.map((c, j) => (j === col ? (i <= 2 ? 'XX局第一党支部' : 'XX局第二党支部') : c))));
    const r = await checkLayout([{ ...base, rows }, plainDues(), plainMeetings()]);
    const w = wFindings(r);
    expect(w.map((f) => [f.rule, f.sheet, f.cell])).toEqual([['W01', '导出数据(1-4)', 'I1']]);
    expect(w[0].message).toContain('I列（“所在党支部”）写有2个不同的党支部：XX局第一党支部（2人）、XX局第二党支部（2人）');
    // no info sheet: the first row's branch is not taken as the workbook's branch
    expect(r.ledger.branch.name.value).toBeNull();
  });

  it('one branch written two ways (中共…支部委员会 / …党支部) and a blank is still one branch', async () => {
    const base = national(true);
    const col = base.rows[0].indexOf('所在党支部');
    const rows = base.rows.map((row, i) => (i === 0 ? row : row.map((c, j) => (j === col ? ['中共XX局第一支部委员会', 'XX局第一党支部', null, ' XX局第一党支部 '][i - 1] : c))));
    const r = await withRoster({ ...base, rows });
    expect(wFindings(r)).toEqual([]);
    // a stray number or ID in the column names no branch
    const stray = base.rows.map((row, i) => (i === 0 ? row : row.map((c, j) => (j === col ? ['XX局第一党支部', '2', ids[0], 'XX局第一党支部'][i - 1] : c))));
    expect(wFindings(await withRoster({ ...base, rows: stray }))).toEqual([]);
  });

  it('a system export with its block above the header and its row count and sign-off below the rows', async () => {
    const base = national(true);
    // without a 序号 column (智慧党建), so the footer lines stand in the 姓名 column
    const noSeq = base.rows.map((row) => row.slice(1));
    const rows = [['导出时间：2025-12-31 10:23:45'], ['共4条记录'], ...noSeq, [], ['共4条记录'], ['导出人：张三  导出时间：2025-12-31 10:23']];
    const r = await withRoster({ ...base, rows });
    expect(wFindings(r)).toEqual([]);
    expect(stats(r)).toEqual(EXPECTED);
    expect(r.findings.filter((f) => f.rule === 'M01' || f.rule === 'D01')).toEqual([]);
  });

  it('an export naming its organisation above the header (所在党组织：中共…支部委员会) names the branch', async () => {
    const base = national(true);
    const col = base.rows[0].indexOf('所在党支部');
    const rows = [['党员信息一览表'], ['所在党组织：中共XX局第一支部委员会'], ['导出时间：2026年1月5日 10:23'], ...base.rows.map((row) => row.filter((_, j) => j !== col))];
    const r = await checkLayout([{ ...base, rows }, plainDues(), plainMeetings()]);
    expect(wFindings(r)).toEqual([]);
    expect(r.ledger.branch.name.value).toBe('中共XX局第一支部委员会');
  });

  it('an upper level\'s template: instruction rows above the header and its filled-in example row (示例 | 张某某) under it', async () => {
    const plain = plainRoster();
    const example = ['示例', '张某某', '男', '370102199001011234', '1990-01-01', '2015-06-30', '2016-06-30', '正式党员', '无', '在职'];
    const rows = [
      ['XX区党员基本信息采集表（2025年度）'],
      ['填表说明：1.身份证号码请设置为文本格式；2.日期填写为YYYY-MM-DD；3.红色字体为示例行，填报时请勿删除表头。'],
      ['序号', ...plain.rows[0]], example.map((v) => v), ...plain.rows.slice(1).map((r, i) => [i + 1, ...r]),
    ];
    const r = await withRoster({ name: '党员基本信息采集表', rows, merges: ['A1:J1', 'A2:J2'] });
    expect(wFindings(r)).toEqual([]);
    expect(stats(r)).toEqual(EXPECTED);
    expect(r.findings).toEqual([]);
  });

  it('a list of 入党积极分子 under the roster on the same sheet, with a header of its own: not members', async () => {
    const roster = plainRoster();
    const rows = [
      ...roster.rows, [], ['入党积极分子、发展对象名单'],
      ['序号', '姓名', '性别', '身份证号', '出生日期', '申请入党时间', '确定积极分子时间', '培养联系人'],
      [1, '孙七', '男', idFor('2001-04-05', 31), '2001-04-05', '2023-03-01', '2023-09-01', '张三'],
      [2, '周八', '女', idFor('2002-06-07', 42), '2002-06-07', '2023-03-15', '2023-09-01', '李四'],
    ];
    const r = await withRoster({ name: '党员名册', rows });
    expect(wFindings(r)).toEqual([]);
    expect(stats(r)).toEqual(EXPECTED);
    expect(r.findings).toEqual([]);
  });

  it('a member who left in an earlier year kept on the roster and the dues sheet (备注 2024年11月转出, 停止党籍): no dues owed this year', async () => {
    const roster = plainRoster();
    const dues = plainDues();
    const gone = [['钱九', '男', '1979-09-09', '2024年11月转出至市财政局机关党支部'], ['吴十', '女', '1982-02-03', '2024年9月经支部大会决定停止党籍']];
    const rows = [[...roster.rows[0], '备注'], ...roster.rows.slice(1)];
    gone.forEach(([name, g, birth, note], i) => rows.push([name, g, idFor(birth, 51 + i), birth, '2005-07-01', '2006-07-01', '正式党员', '', '在职', note]));
    const duesRows = [...dues.rows, ...gone.map(([name]) => [name, 5000, 50])];
    const r = await checkLayout([infoVertical(), { name: '党员名册', rows }, { name: '党费', rows: duesRows }, plainMeetings()]);
    expect(wFindings(r)).toEqual([]);
    expect(r.findings.filter((f) => f.rule.startsWith('D'))).toEqual([]);
    expect(stats(r).dues).toEqual(EXPECTED.dues);
  });

  it('members under 党小组 headings ("第一党小组（组长：张三）") without a 党小组 column: their groups, and C03 judged', async () => {
    const plain = plainRoster();
    const rows = [plain.rows[0], ['第一党小组（组长：张三，共2人）'], plain.rows[1], plain.rows[2], ['第二党小组（组长：王五，共2人）'], plain.rows[3], plain.rows[4]];
    const meetings = plainMeetings();
    // 党小组会 every month but May
    const mrows = [...meetings.rows];
    for (let m = 1; m <= 12; m++) if (m !== 5) mrows.push([`2025-${String(m).padStart(2, '0')}-18`, '党小组会', '学习', '张三', '李四']);
    const r = await checkLayout([infoVertical(), { name: '党员名册', rows, merges: ['A2:I2', 'A5:I5'] }, plainDues(), { ...meetings, rows: mrows }]);
    expect(wFindings(r)).toEqual([]);
    expect(r.ledger.members!.members.map((m) => m.group.value)).toEqual(['第一党小组', '第一党小组', '第二党小组', '第二党小组']);
    expect(r.findings.filter((f) => f.rule === 'C03').map((f) => f.period)).toEqual(['2025-05']);
  });

  it('党内职务 with a remark in brackets (书记（2025年7月补选）, 组织委员（兼纪检委员）): the offices are read, a left office (已调离) is none', async () => {
    const roles = ['书记（2025年7月补选）', '组织委员（兼纪检委员）', '宣传委员(兼)', '支部书记（已调离）'];
    const roster = plainRoster();
    const rows = [roster.rows[0], ...roster.rows.slice(1).map((r, i) => [...r.slice(0, 7), roles[i], ...r.slice(8)])];
    const r = await withRoster({ ...roster, rows });
    expect(r.ledger.members!.members.map((m) => m.partyRoles)).toEqual([['书记'], ['组织委员', '纪检委员'], ['宣传委员'], []]);
    expect(r.findings.filter((f) => f.rule.startsWith('B'))).toEqual([]);
    expect(stats(r)).toEqual(EXPECTED);
  });

  it('rosters side by side on one sheet (a 党总支\'s branches under their headings, or one roster in two halves): one W01 says the right ones were not read', async () => {
    const roster = plainRoster();
    const head = roster.rows[0];
    const halves = (headings: boolean): SheetIn => ({
      name: '党员名册',
      rows: [
        ...(headings ? [['第一党支部', ...Array(head.length - 1).fill(null), null, '第二党支部']] : []),
        [...head, null, ...head],
        ...roster.rows.slice(1, 3).map((r, i) => [...r, null, ...roster.rows[3 + i]]),
      ],
      merges: headings ? ['A1:I1', 'K1:S1'] : [],
    });
    for (const headings of [true, false]) {
      const r = await withRoster(halves(headings));
      const w = wFindings(r);
      expect(w.map((f) => `${f.rule} ${f.sheet}!${f.cell}`)).toEqual([`W01 党员名册!K${headings ? 2 : 1}`]);
      expect(w[0].message).toContain('并排放着2份党员名册');
      expect(w[0].message.includes('（“第一党支部”、“第二党支部”）')).toBe(headings);
    }
    // one roster whose header names a second person further right (紧急联系人) is one table
    const contact: SheetIn = { ...roster, rows: [[...head, '紧急联系人', '联系人电话'], ...roster.rows.slice(1).map((r) => [...r, '王某', '13800138000'])] };
    expect(wFindings(await withRoster(contact))).toEqual([]);
  });

  it('a 备注 saying a bedridden member is excused from meetings with the committee\'s approval: no C11; an excuse alone keeps it', async () => {
    const roster = (note: string): SheetIn => {
      const r = plainRoster();
      return { ...r, rows: [[...r.rows[0], '备注'], ...r.rows.slice(1).map((row, i) => [...row, PEOPLE[i].name === '王五' ? note : null])] };
    };
    const meetings: SheetIn = {
      name: '三会一课',
      rows: [['日期', '会议类型', '主题', '主持人', '缺席人员', '记录人'], ...meetingList().map(([d, t]) => [d, t, '学习', '张三', '王五（卧床）', '李四'])],
    };
    const excused = await checkLayout([infoVertical(), roster('长期卧床，经支部委员会研究同意不参加集中组织生活，由支委上门送学'), plainDues(), meetings]);
    expect(wFindings(excused)).toEqual([]);
    expect(excused.findings.filter((f) => f.rule === 'C11')).toEqual([]);
    const unexplained = await checkLayout([infoVertical(), roster('长期卧床'), plainDues(), meetings]);
    expect(unexplained.findings.filter((f) => f.rule === 'C11').map((f) => f.member)).toEqual(['王五']);
  });
});
