/**
 * The placeholders a template may use, by where the text is used. A placeholder outside its
 * key's set is a TemplateError at load time, so a typo never reaches a printed report.
 */

/** Figures and names both the summary and the per-branch report have. */
export const COMMON_VARS = [
  '范围', '调研依据', '发文单位', '调研时间', '统计截止日期', '年度', '支部数',
  '党员总数', '正式党员数', '预备党员数', '男党员数', '女党员数', '女党员占比',
  '年龄结构', '学历结构', '35岁及以下人数', '35岁及以下占比', '大专及以上人数', '大专及以上占比',
  '新发展党员数', '离退休党员数', '党小组数',
  '应交党费', '实交党费', '党费收缴率', '党费收缴情况', '党费统计月份', '欠缴党员数',
  '三会一课情况', '三会一课完成率',
  '问题总数', '错误数', '警告数', '提示数',
  '党员构成', '性别结构', '大专及以上情况', '新发展党员情况', '离退休党员情况', '欠缴情况', '收缴率说明', '问题构成',
] as const;

/** Only the summary over many branches. */
export const SUMMARY_VARS = [
  '设支委会支部数', '未设支委会支部数', '存在问题支部数', '存在问题支部占比',
  '无问题支部数', '无问题支部名单', '足额交纳支部数',
  '支委会设置情况', '党小组设置情况', '党费交纳情况', '上级党组织', '问题涉及情况',
] as const;

/**
 * Only the report on one branch. Most are phrases that read naturally whatever the figure
 * ("未设党小组" rather than "设党小组0个") or name the ledgers the branch did not submit (branch-vars.ts).
 */
export const BRANCH_VARS = [
  '支部名称', '支部书记', '支委会情况', '支委人数', '上级党组织',
  '报送台账', '未报送台账', '查阅台账',
  '党小组情况', '三会一课落实情况', '无法统计情况',
] as const;

/** A problem family paragraph (二、存在的问题), on top of the document's own. */
export const FAMILY_COMMON_VARS = ['问题数', '具体表现'] as const;
export const FAMILY_SUMMARY_VARS = ['问题支部数', '问题支部占比', '支部名单'] as const;

/** The sentences on the workbooks received (intake.yaml, summary only). */
export const INTAKE_VARS = [
  '收到工作簿数', '读取成功数', '无法读取数', '无法读取原因', '报送情况附件',
  '重复报送情况', '未写年度支部名单', '其他截止日期情况', '其他年度情况',
] as const;

/** A good-example sentence in 一、基本情况 (summary only). */
export const EXAMPLE_VARS = ['典型支部'] as const;

export type VarContext =
  | 'common' | 'summary' | 'branch'
  | 'family-common' | 'family-summary' | 'family-branch'
  | 'example' | 'intake';

const sets: Record<VarContext, readonly string[]> = {
  common: COMMON_VARS,
  summary: [...COMMON_VARS, ...SUMMARY_VARS],
  branch: [...COMMON_VARS, ...BRANCH_VARS],
  'family-common': [...COMMON_VARS, ...FAMILY_COMMON_VARS],
  'family-summary': [...COMMON_VARS, ...SUMMARY_VARS, ...FAMILY_COMMON_VARS, ...FAMILY_SUMMARY_VARS],
  'family-branch': [...COMMON_VARS, ...BRANCH_VARS, ...FAMILY_COMMON_VARS],
  example: [...COMMON_VARS, ...SUMMARY_VARS, ...EXAMPLE_VARS],
  intake: [...COMMON_VARS, ...SUMMARY_VARS, ...INTAKE_VARS],
};

export function varsFor(context: VarContext): readonly string[] {
  return sets[context];
}

export type VarValues = Record<string, string>;
