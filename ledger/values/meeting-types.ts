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

/** The topic or type says the meeting held an election (选举工作条例: four fifths present). */
export function isElectionText(text: string): boolean {
  return /选举|换届|补选|改选/.test(text);
}
