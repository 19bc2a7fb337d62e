/**
 * The closed vocabularies of the ledgers, as data: the canonical value (what the
 * template's drop-down offers and the Ledger model carries) and the words real files
 * use for it. Matching is on compact half-width text: exact synonyms first, then
 * `contains` keywords in the order listed (more specific words first).
 */
import type { BranchType, Gender, MeetingType, MemberCategory, WorkStatus } from '../model/ledger.js';

export interface EnumValue<T extends string> {
  value: T;
  /** Chinese label offered in the template drop-down */
  label: string;
  /** exact words meaning this value */
  synonyms: string[];
  /** words that, found inside a longer text, mean this value */
  contains?: string[];
}

export interface EnumSpec<T extends string> {
  key: string;
  values: EnumValue<T>[];
}

/** 党员类别 (党章第七条: 预备党员 until 转正). */
export const MEMBER_CATEGORY: EnumSpec<MemberCategory> = {
  key: 'category',
  values: [
    { value: '正式党员', label: '正式党员', synonyms: ['正式党员', '正式', '中共党员'], contains: ['正式'] },
    { value: '预备党员', label: '预备党员', synonyms: ['预备党员', '预备', '中共预备党员'], contains: ['预备'] },
  ],
};

/**
 * 在职状态: the status that decides the dues rate (中组发〔2008〕3号 第二、三条).
 * National-system exports put it in 工作岗位 (机关干部, 离退休人员, 农牧渔民 …).
 */
export const WORK_STATUS: EnumSpec<WorkStatus> = {
  key: 'status',
  values: [
    { value: '离退休', label: '离退休', synonyms: ['离退休', '退休', '离休', '离退休人员', '退休人员', '离休干部', '退休干部'], contains: ['退休', '离休'] },
    { value: '下岗失业', label: '下岗失业', synonyms: ['下岗失业', '下岗', '失业', '待业', '无业', '下岗失业人员', '失业人员', '无固定职业'], contains: ['下岗', '失业', '待业', '无业'] },
    { value: '低保', label: '低保', synonyms: ['低保', '特困', '低保户', '享受低保', '特困人员', '困难群众'], contains: ['低保', '特困'] },
    { value: '学生', label: '学生', synonyms: ['学生', '在校学生', '大学生', '研究生', '在读学生'], contains: ['学生'] },
    { value: '农民', label: '农民', synonyms: ['农民', '务农', '农牧渔民', '农牧民', '渔民', '牧民', '村民', '农民工'], contains: ['农民', '务农', '农牧', '渔民', '牧民'] },
    {
      value: '在职', label: '在职',
      synonyms: ['在职', '在岗', '在编', '机关干部', '事业编制', '公务员', '干部', '职工', '在职职工', '企业员工', '员工', '工人',
        '教师', '医生', '护士', '专业技术人员', '党政机关工作人员', '事业单位管理人员', '企业管理人员', '工勤技能人员', '军人', '军人武警', '参公人员', '合同制', '聘用'],
      contains: ['在职', '在岗', '在编', '干部', '职工', '员工', '工作人员', '管理人员', '技术人员', '技能人员', '公务员', '编制', '教师', '工人', '科员', '科长', '主任', '局长', '处长'],
    },
    { value: '其他', label: '其他', synonyms: ['其他', '其它'] },
  ],
};

/** 党内职务 (支部工作条例 第十八条: 书记, 副书记, 组织/宣传/纪检委员 …). */
export const PARTY_ROLE: EnumSpec<string> = {
  key: 'partyRole',
  values: [
    { value: '书记', label: '书记', synonyms: ['书记', '支部书记', '党支部书记', '总支书记', '党总支书记', '第一书记', '支书', '党支书', '总支书'] },
    { value: '副书记', label: '副书记', synonyms: ['副书记', '支部副书记', '党支部副书记', '总支副书记', '副支书', '支部副书'] },
    { value: '组织委员', label: '组织委员', synonyms: ['组织委员', '支部组织委员'] },
    { value: '宣传委员', label: '宣传委员', synonyms: ['宣传委员', '支部宣传委员'] },
    { value: '纪检委员', label: '纪检委员', synonyms: ['纪检委员', '纪律检查委员', '纪委委员', '纪检监察委员'] },
    { value: '统战委员', label: '统战委员', synonyms: ['统战委员'] },
    { value: '青年委员', label: '青年委员', synonyms: ['青年委员', '青年工作委员'] },
    { value: '保密委员', label: '保密委员', synonyms: ['保密委员'] },
    { value: '委员', label: '委员', synonyms: ['委员', '支委', '支部委员', '支委委员'] },
    { value: '党小组长', label: '党小组长', synonyms: ['党小组长', '小组长', '党小组组长', '组长'] },
  ],
};

/** Words in a 党内职务 cell that mean "no office". */
export const NO_ROLE = ['无', '党员', '普通党员', '/', '-', '—', '否'];

/**
 * 会议类型 (支部工作条例 第十五条: 三会一课, 主题党日, 组织生活会, 民主评议党员).
 * Matched as keywords inside the text, longest first, so "党员大会暨党课" has two types.
 */
export const MEETING_TYPE: EnumSpec<MeetingType> = {
  key: 'meetingType',
  values: [
    { value: 'general', label: '支部党员大会', synonyms: ['支部党员大会', '党员大会', '全体党员大会', '全体党员会议', '党员会议', '支部大会', '党员会', '大会'] },
    { value: 'committee', label: '支委会', synonyms: ['支委会', '支部委员会', '支委会议', '支部委员会会议', '支委扩大会', '支委扩大会议', '总支委员会', '支委', '扩大会议', '扩大会'] },
    { value: 'group', label: '党小组会', synonyms: ['党小组会', '党小组会议', '党小组学习', '小组会', '党小组'] },
    { value: 'lecture', label: '党课', synonyms: ['党课', '专题党课', '微党课'] },
    { value: 'themeDay', label: '主题党日', synonyms: ['主题党日', '主题党日活动', '党日活动', '党员活动日', '固定党日', '党日'] },
    { value: 'lifeMeeting', label: '组织生活会', synonyms: ['组织生活会', '专题组织生活会', '组织生活'] },
    { value: 'review', label: '民主评议党员', synonyms: ['民主评议党员', '民主评议', '评议党员', '评议'] },
  ],
};

export const GENDER: EnumSpec<Gender> = {
  key: 'gender',
  values: [
    // 1 and 2: the codes of GB/T 2261.1 that system exports write in 性别 (学历 and 民族 are coded too)
    { value: '男', label: '男', synonyms: ['男', '男性', 'M', 'MALE', '1'] },
    { value: '女', label: '女', synonyms: ['女', '女性', 'F', 'FEMALE', '2'] },
  ],
};

/** 支部类型: decides the term (村、社区 5 years, 支部工作条例 第十九条). */
export const BRANCH_TYPE: EnumSpec<BranchType> = {
  key: 'branchType',
  values: [
    { value: '社区', label: '社区', synonyms: ['社区', '社区党支部'], contains: ['社区'] },
    { value: '村', label: '村', synonyms: ['村', '农村', '村党支部'], contains: ['村'] },
    { value: '机关', label: '机关', synonyms: ['机关', '党政机关', '机关党支部'], contains: ['机关'] },
    { value: '学校', label: '学校', synonyms: ['学校', '高校', '中学', '小学'], contains: ['学校', '高校', '中学', '小学', '学院', '大学'] },
    { value: '事业单位', label: '事业单位', synonyms: ['事业单位', '事业'], contains: ['事业'] },
    { value: '企业', label: '企业', synonyms: ['企业', '国有企业', '国企', '民营企业', '非公企业', '公司'], contains: ['企业', '公司'] },
    { value: '其他', label: '其他', synonyms: ['其他', '其它', '社会组织'] },
  ],
};

/** The drop-down list of an enum, in order. */
export function enumLabels<T extends string>(spec: EnumSpec<T>): string[] {
  return spec.values.map((v) => v.label);
}
