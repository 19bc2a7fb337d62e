/**
 * 会议类型 from the type text as written: every known type word inside it, longest
 * first, so "支部党员大会暨党课" is both a 党员大会 and a 党课 (支部工作条例 第十五条).
 */
import type { MeetingType } from '../model/ledger.js';
import { MEETING_TYPE } from '../schema/enums.js';
import { compact } from './cell-text.js';
import { memoList } from './memo.js';

let keywords: [string, MeetingType][] | null = null;

function keywordList(): [string, MeetingType][] {
  if (!keywords) {
    keywords = MEETING_TYPE.values
      .flatMap((v) => [v.label, ...v.synonyms].map((s): [string, MeetingType] => [compact(s), v.value]))
      .sort((a, b) => b[0].length - a[0].length);
  }
  return keywords;
}

export const parseMeetingTypes: (text: string) => MeetingType[] = memoList(readMeetingTypes);

function readMeetingTypes(text: string): MeetingType[] {
  const found = typesIn(compact(text));
  if (found.length > 0) return found;
  // a remark inside the name: "支委（扩大）会议" is a 支委会议
  const bare = compact(text).replace(/[(（[【][^)）\]】]*[)）\]】]/g, '');
  return bare.length > 0 && bare !== compact(text) ? typesIn(bare) : found;
}

function typesIn(compacted: string): MeetingType[] {
  let rest = compacted;
  const found: MeetingType[] = [];
  if (rest === '') return found;
  for (const [word, type] of keywordList()) {
    if (!rest.includes(word)) continue;
    if (!found.includes(type)) found.push(type);
    // consume the word, so "支部委员会会议" does not also count as a shorter word
    rest = rest.split(word).join('|');
  }
  const order = MEETING_TYPE.values.map((v) => v.value);
  return found.sort((a, b) => order.indexOf(a) - order.indexOf(b));
}

// what a topic may say before the type it begins with: a number, a verb ("1.召开支委会，…"); the
// longer verb first, and 组织 not where it begins 组织生活会
const LEAD = /^(?:[(（]?\d{1,2}[)）.、．]?)?(?:组织召开|召开|举行|开展|组织(?!生活)|参加)?/;

/**
 * The types a topic begins with ("支委会：研究…", "召开支部党员大会，讨论…"), for a record whose 会议类型
 * says nothing more than 组织生活 or 会议; none where the type word is inside the topic
 * ("学习组织生活会精神" is a topic, not a 组织生活会).
 */
export function leadingTypes(topic: string): MeetingType[] {
  const clause = /^[^，,：:；;。]{1,20}/.exec(compact(topic).replace(LEAD, ''))?.[0];
  if (!clause || !keywordList().some(([word]) => clause.startsWith(word))) return [];
  return parseMeetingTypes(clause);
}

/**
 * A 会议类型 that names the kind of record, not the meeting: 组织生活 (the umbrella word for 三会一课;
 * alone it is read as 组织生活会 only when the topic names no type), 三会一课, 会议, 活动.
 */
export function isGenericType(text: string): boolean {
  return /^(?:组织生活|三会一课|会议|活动|学习|其他|党内生活)$/.test(compact(text));
}

/** The topic or type says the meeting held an election (选举工作条例: four fifths present). */
export function isElectionText(text: string): boolean {
  return /选举|换届|补选|改选/.test(text);
}

/**
 * The meeting was held together with another branch or unit ("联合召开", "与县审计局机关党支部共同开展",
 * 支部党员大会（联合）, 联学联建): its 应到/实到 count both, so they are not this branch's numbers. A
 * 联合党支部 (the branch's own kind) is not such a meeting.
 */
export function isWithOthersText(text: string): boolean {
  return WITH_OTHERS.test(compact(text));
}

// the other side names an organisation ("和全体党员一起学习" is the branch's own meeting), and 共建 is the
// joint kind (党建共建, 结对共建), not the slogan ("推进共建共治共享", "共建文明城市")
const OTHER_BODY = '(?:党支部|支部|党总支|总支|党委|党工委|党组|单位|社区|村|机关|公司|企业|学校|医院|中心|局|所|站|院|厂|队)';
const WITH_OTHERS = new RegExp('联合(?:召开|举办|举行|开展|组织|学习|党课|主题党日|党员大会|支部党员大会|组织生活)|[(（]联合[)）]' +
  `|(?:与|同|和|会同)[^，。；;,]{0,28}?${OTHER_BODY}(?:共同|一起|联合)(?:召开|举办|举行|开展|组织|学习)` +
  '|联学|联建|(?:党建|结对|联学|联建|支部|村企|区域化)共建|共建(?:单位|支部|双方)');

const JOINT = /(?:与|和|同|并|暨)\s*(?:(?:\d{4}\s*年)?度?)?\s*((?:专题)?(?:组织生活会|支部党员大会|党员大会|支委会|党小组会|党课|主题党日|民主评议党员|民主评议))\s*[^，。；;,]{0,4}?(?:合并|一并|同时|一起|结合)|(?:合并|一并|同时)(?:召开|开展|进行)\s*((?:专题)?(?:组织生活会|党员大会|支委会|党课|主题党日|民主评议党员|民主评议))/;

/**
 * A meeting that a remark or the topic says was held together with another ("与组织生活会合并召开",
 * "同时召开组织生活会"): that other meeting's types. Only such a joint remark counts: a topic that
 * merely mentions a meeting ("学习组织生活会精神") does not.
 */
export function jointTypes(text: string | null | undefined): MeetingType[] {
  if (!text) return [];
  const m = JOINT.exec(compact(text));
  return m ? parseMeetingTypes(m[1] ?? m[2]) : [];
}

/**
 * A plan-and-outcome ledger's 完成情况 saying the planned meeting did not take place ("未召开（工作冲突）",
 * "取消", "顺延至下月"): the row is a plan, not a meeting. "已完成" and an empty cell are held.
 */
export function isNotHeldText(text: string): boolean {
  // the outcome comes first: a longer account ("已召开，原定议题推迟") is a meeting held
  return /^(?:未(?:召开|开展|举行|举办|落实|完成)|没有召开|已?取消|顺延|推迟|延期)/.test(compact(text));
}

const POSTPONED = /(?:推迟|延期|顺延|改期|延后)(?:至|到)|未能?(?:召开|开展|举行)|因.{1,15}取消|取消(?:召开|举行|开展)|^(?:本次)?(?:会议|活动)?(?:已|临时)?取消/;

/**
 * Free text (a record's 主题 or 备注) telling that the meeting was put off or called off ("因防汛工作推迟至
 * 8月2日召开", "因疫情取消"), anywhere in it, unlike a 完成情况 (isNotHeldText). A topic that merely
 * mentions a 取消 ("讨论取消XX预备党员资格") is no such text.
 */
export function isPostponedText(text: string): boolean {
  return POSTPONED.test(compact(text));
}
