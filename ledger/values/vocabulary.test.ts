import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { matchEnum } from './enum-match.js';
import { isElectionText, isGenericType, isNotHeldText, isWithOthersText, jointTypes, leadingTypes, parseMeetingTypes } from './meeting-types.js';
import { parsePartyRoles } from './party-roles.js';
import { parseAbsentees, participantCount } from './absentees.js';
import { parseYear, yearInTitle, anyYearInTitle } from './year.js';
import { BRANCH_TYPE, GENDER, MEMBER_CATEGORY, WORK_STATUS } from '../schema/enums.js';

describe('在职状态', () => {
  it.each([
    ['在职', '在职'], ['在岗', '在职'], ['机关干部', '在职'], ['事业编制', '在职'], ['专业技术人员', '在职'],
    ['退休', '离退休'], ['离休', '离退休'], ['离退休人员', '离退休'], ['农民', '农民'], ['务农', '农民'], ['农牧渔民', '农民'],
    ['学生', '学生'], ['在校学生', '学生'], ['下岗', '下岗失业'], ['失业人员', '下岗失业'], ['待业', '下岗失业'],
    ['低保', '低保'], ['特困', '低保'], ['其他', '其他'],
  ])('%s → %s', (text, status) => expect(matchEnum(WORK_STATUS, text)).toBe(status));
  it('knows nothing of unrelated words', () => expect(matchEnum(WORK_STATUS, '篮球')).toBeNull());
});

describe('other enums', () => {
  it('reads category, gender and branch type', () => {
    expect(matchEnum(MEMBER_CATEGORY, '正式党员')).toBe('正式党员');
    expect(matchEnum(MEMBER_CATEGORY, '预备')).toBe('预备党员');
    expect(matchEnum(MEMBER_CATEGORY, '群众')).toBeNull();
    expect(matchEnum(GENDER, '女性')).toBe('女');
    expect(matchEnum(GENDER, 'm')).toBe('男');
    expect(matchEnum(BRANCH_TYPE, '农村社区')).toBe('社区');
    expect(matchEnum(BRANCH_TYPE, 'XX村')).toBe('村');
    expect(matchEnum(BRANCH_TYPE, '国有企业')).toBe('企业');
  });
});

describe('会议类型', () => {
  it.each([
    ['支部党员大会', ['general']], ['党员大会', ['general']], ['全体党员大会', ['general']],
    ['支委会', ['committee']], ['支部委员会', ['committee']], ['支委会议', ['committee']], ['支部委员会会议', ['committee']],
    ['党小组会', ['group']], ['党课', ['lecture']], ['专题党课', ['lecture']], ['主题党日', ['themeDay']], ['主题党日活动', ['themeDay']],
    ['组织生活会', ['lifeMeeting']], ['专题组织生活会', ['lifeMeeting']], ['民主评议党员', ['review']], ['民主评议', ['review']],
    ['党员大会暨党课', ['general', 'lecture']], ['组织生活会暨民主评议党员', ['lifeMeeting', 'review']], ['座谈会', []], ['', []],
    ['支委（扩大）会议', ['committee']], ['党员大会（选举）', ['general']], ['主题党日+党课', ['lecture', 'themeDay']],
    ['大会', ['general']], ['党日', ['themeDay']], ['组织生活', ['lifeMeeting']], ['评议', ['review']], ['支委', ['committee']],
    ['支部委员会扩大会议', ['committee']], ['扩大会议', ['committee']], ['书记讲党课', ['lecture']],
    ['第一党小组', ['group']], ['支委', ['committee']], ['支委会+党小组会', ['committee', 'group']],
  ])('%j → %j', (text, types) => expect(parseMeetingTypes(text)).toEqual(types));
  it('sees elections', () => {
    expect(isElectionText('支部换届选举')).toBe(true);
    expect(isElectionText('补选组织委员')).toBe(true);
    expect(isElectionText('学习党章')).toBe(false);
  });
  it('never throws and finds no duplicates', () => {
    fc.assert(fc.property(fc.string(), (s) => { const t = parseMeetingTypes(s); return new Set(t).size === t.length; }));
  });
});

describe('meetings held together, said in the topic or 备注', () => {
  it.each([
    ['与组织生活会合并召开', ['lifeMeeting']], ['与2025年度专题组织生活会合并召开', ['lifeMeeting']], ['本次会议同时召开组织生活会', ['lifeMeeting']], ['和专题党课一并进行', ['lecture']],
    ['学习组织生活会精神', []], ['', []], [null, []],
  ] as const)('%j → %j', (text, types) => expect(jointTypes(text)).toEqual(types));
});

describe('完成情况 of a planned meeting', () => {
  it.each([
    ['未召开（工作冲突）', true], ['取消', true], ['顺延至下月', true], ['未开展', true], ['已完成', false], ['已召开', false],
    ['已召开，原定议题推迟到下次', false], ['', false],
  ] as const)('%j → %j', (text, notHeld) => expect(isNotHeldText(text)).toBe(notHeld));
});

describe('参会人员', () => {
  it.each([
    ['卢刚、何强、方霞', 3], ['卢刚,何强;方霞，许娜', 4], ['卢刚等9人', 9], ['共8人', 8], ['全体党员', null], ['卢刚等', null], ['', null],
    ['卢刚 何强  方霞 欧阳建国', 4], ['卢  刚', 1], ['卢刚', 1],
    // two-character names padded to line up, a compound surname set apart: one name each
    ['张建国 王　芳 李志强 卢 刚', 4], ['欧阳 娜 何强', 2], ['王 芳芳', 1],
    // the count of those present, whatever else the cell says
    ['应到10人 实到9人', 9], ['应到10人，实到9人', 9], ['全体党员（到会9人）', 9], ['出席：9人', 9],
  ] as const)('%j → %j', (text, n) => expect(participantCount(text)).toBe(n));
});

describe('党内职务', () => {
  it.each([
    ['书记', ['书记']], ['支部书记', ['书记']], ['党支部副书记', ['副书记']], ['组织委员、宣传委员', ['组织委员', '宣传委员']],
    ['书记兼组织委员', ['书记', '组织委员']], ['机关第一党支部书记', ['书记']], ['党小组长', ['党小组长']], ['无', []], ['党员', []],
    ['工会主席', ['工会主席']], ['支书', ['书记']], ['副支书', ['副书记']], ['党支书、组织委员', ['书记', '组织委员']],
  ])('%j → %j', (text, roles) => expect(parsePartyRoles(text)).toEqual(roles));
});

describe('缺席人员 who share a name, told apart by a bracket the roster writes too', () => {
  it('keeps the roster\'s bracketed name and drops only the reason', () => {
    expect(parseAbsentees('张伟（小）（病休）、李四（出差）', ['张伟（大）', '张伟（小）'])).toEqual(['张伟（小）', '李四']);
    expect(parseAbsentees('张伟(大)请假', ['张伟（大）', '张伟（小）'].map((n) => n.replace('（', '(').replace('）', ')')))).toEqual(['张伟(大)']);
    expect(parseAbsentees('张伟（小）（病休）')).toEqual(['张伟']);
  });
});

describe('缺席人员', () => {
  it.each([
    ['张三（病假）、李四(出差)，王五：事假', ['张三', '李四', '王五']], ['张 三;李四；赵六', ['张三', '李四', '赵六']],
    ['张三（病假，已批准）、李四', ['张三', '李四']], ['无', []], ['—', []], ['', []], ['张三因病请假', ['张三']],
  ])('%j → %j', (text, names) => expect(parseAbsentees(text)).toEqual(names));
  it('never throws', () => fc.assert(fc.property(fc.string(), (s) => { parseAbsentees(s); })));
});

describe('years', () => {
  it('reads a year cell', () => {
    expect(parseYear(2025)).toEqual({ kind: 'ok', value: 2025 });
    expect(parseYear('2025年度')).toEqual({ kind: 'ok', value: 2025 });
    expect(parseYear('２０２５')).toEqual({ kind: 'ok', value: 2025 });
    expect(parseYear('25')).toEqual({ kind: 'bad' });
    expect(parseYear(2025.5)).toEqual({ kind: 'bad' });
  });
  it('finds the 统计年度 in titles', () => {
    expect(yearInTitle('2025年度党费收缴台账')).toBe(2025);
    expect(yearInTitle('填报单位：XX党支部  统计年度：2024')).toBe(2024);
    expect(yearInTitle('2025年党费收缴台账')).toBeNull();
    expect(anyYearInTitle('2025年党费收缴台账')).toBe(2025);
    expect(anyYearInTitle('党员名册')).toBeNull();
  });
});

describe('meetings held with another branch or unit', () => {
  it.each([
    ['支部党员大会（联合）', true], ['联合党课', true], ['与县审计局机关党支部联合召开', true], ['与社区党委共同开展主题党日', true],
    ['联学联建', true], ['党建共建活动', true], ['县审计局联合党支部党员大会', false], ['学习党的二十届四中全会精神', false],
    ['与组织生活会合并召开', false],
    // the branch's own meetings: members together, or 共建 as a slogan or a topic
    ['支部书记和全体党员一起学习新党章', false], ['学习贯彻党的二十大精神，推进共建共治共享', false],
    ['共建文明城市宣讲', false], ['学习《关于推进城乡共建的意见》', false],
    ['和社区一起开展垃圾分类宣传', true], ['与结对帮扶村党支部一起开展主题党日', true], ['开展结对共建活动', true],
  ] as const)('%j → %j', (text, joint) => expect(isWithOthersText(text)).toBe(joint));
});

describe('the type a topic begins with, for a record typed only 组织生活 or 会议', () => {
  it.each([
    ['召开支委会，学习贯彻上级精神', ['committee']], ['支委会：研究发展对象', ['committee']], ['1.召开支部党员大会，讨论发展党员', ['general']],
    ['党员大会暨党课：学习党章', ['general', 'lecture']], ['主题党日活动——参观红色教育基地', ['themeDay']],
    ['学习组织生活会精神', []], ['研究党费收缴情况', []], ['', []],
    ['组织召开支委会，研究发展党员', ['committee']], ['组织生活会：对照检查剖析', ['lifeMeeting']], ['组织党员观看警示片', []],
  ] as const)('%j → %j', (text, types) => expect(leadingTypes(text)).toEqual(types));
  it('knows the words that name the record, not the meeting', () => {
    expect(['组织生活', '三会一课', '会议'].map(isGenericType)).toEqual([true, true, true]);
    expect(['组织生活会', '支委会'].map(isGenericType)).toEqual([false, false]);
  });
});
