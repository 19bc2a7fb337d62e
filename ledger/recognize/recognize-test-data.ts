/** Small messy workbooks for recognition tests (not a test file itself). */
import { dateCell, gridFromRows } from '../grid/grid-from-rows.js';
import type { GridSheet } from '../grid/grid.js';

export const infoSheet = (): GridSheet => gridFromRows('支部信息', [
  ['项目', '内容'],
  ['支部名称', 'XX局机关第一党支部'],
  ['上级党组织', 'XX局机关党委'],
  ['支部类型', '机关'],
  ['统计年度', 2025],
  ['上次换届时间', '2022.06.30'],
]);

/** A roster with a title, a subtitle, a 序号 column, text dates, an ID as a number, a note, a 合计 row and a footer. */
export const rosterSheet = (): GridSheet => gridFromRows('1', [
  ['XX局机关第一党支部党员名册'],
  ['填报单位：XX局机关第一党支部   统计年度：2025'],
  ['序号', '姓名', '性别', '公民身份号码', '出生年月', '入党日期', '转正日期', '人员类别', '党内职务', '工作岗位', '备注'],
  [1, '张 三', '男', '110101199001011234 ', dateCell('1990-01-01'), '2015.07.01', '2016年7月1日', '', '支部书记', '机关干部'],
  [2, '李四', '女', 110101199202021234, '1992.02', 20190701, '', '预备党员', '组织委员、宣传委员', '离退休人员'],
  [],
  ['注：本表由组织委员维护，每季度更新'],
  [3, '王五', '男', '110101198503031234', '1985-03-03', '２０１０年１月５日', '2011-01-05', '正式党员', '', '在职'],
  ['合计', '3人'],
  ['填表人：王五', '', '', '审核人：赵六'],
], { merges: [{ top: 7, left: 1, bottom: 7, right: 11 }] });

/** Wide dues: a title with the year, a two-row header (缴费情况 over 1月…4月), a 合计 column and row. */
export const wideDuesSheet = (): GridSheet => gridFromRows('党费', [
  ['2025年党费收缴台账'],
  ['序号', '姓名', '缴费基数', '月应交', '缴费情况', null, null, null, '合计'],
  [null, null, null, null, '1月', '2月', '3月', '4月', null],
  [1, '张三', 6000, 90, 90, 90, '９０元', 90, 360],
  [2, '李四', 4000, 20, 20, '—', 20, 20, 60],
  [3, '王五', 3000, 15, 15, 15, 15, 15, 60],
  ['合计', '', '', '', 125, 105, 125, 125, 480],
], { merges: [{ top: 2, left: 5, bottom: 2, right: 8 }, { top: 2, left: 1, bottom: 3, right: 1 }, { top: 2, left: 2, bottom: 3, right: 2 }] });

/** Meetings in a sheet named Sheet1, text and serial dates, a combined type, absentees, synonyms. */
export const meetingsSheet = (): GridSheet => gridFromRows('Sheet1', [
  ['召开时间', '类别', '议题', '主持人', '应到', '实到', '缺席人员及原因', '记录人'],
  ['2025/2/3  14:30', '支部党员大会暨党课', '换届选举', '张三', 3, '3人', '', '王五'],
  [dateCell('2025-03-05'), '支委会议', '研究发展党员', '张三', 3, 2, '李四（病假）', '王五'],
  ['2025.4.8', '主题党日', '志愿服务', '张三', 3, 3, '无', '王五'],
]);
