/**
 * 党内职务 normalised: "支部书记" → 书记, "书记兼组织委员" → 书记 + 组织委员.
 * Unknown offices are kept as written; 无 / 党员 mean none.
 */
import { NO_ROLE, PARTY_ROLE } from '../schema/enums.js';
import { compact } from './cell-text.js';
import { matchEnum } from './enum-match.js';

const NONE = new Set(NO_ROLE.map(compact));

export function parsePartyRoles(text: string): string[] {
  const out: string[] = [];
  for (const part of compact(text).split(/[、，,;；/／\\|和及兼]+/)) {
    if (part === '' || NONE.has(part)) continue;
    // "机关第一党支部书记" → 书记: drop the organisation in front of the office
    const role = matchEnum(PARTY_ROLE, part) ?? matchEnum(PARTY_ROLE, part.replace(/^.*?(?:党总支|党支部|总支|支部)(?=.)/, '')) ?? part;
    if (!out.includes(role)) out.push(role);
  }
  return out;
}
