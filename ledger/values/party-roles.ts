/**
 * 党内职务 normalised: "支部书记" → 书记, "书记兼组织委员" → 书记 + 组织委员.
 * Unknown offices are kept as written; 无 / 党员 mean none.
 */
import { NO_ROLE, PARTY_ROLE } from '../schema/enums.js';
import { compact } from './cell-text.js';
import { matchEnum } from './enum-match.js';

const NONE = new Set(NO_ROLE.map(compact));

const SEPARATORS = /[、，,;；/／\\|和及兼]+/;
/** a remark in brackets after an office: "书记（2025年7月补选）", "组织委员（兼纪检委员）" */
const REMARK = /[(（]([^()（）]*)[)）]/g;
/** a remark saying the office is no longer held: "支部书记（已调离）" */
const FORMER = /^(?:原|前任|已?调离|已?免|已?卸任|离任|已?退休)/;

/**
 * The parts of a 党内职务 text, one office each ("书记兼组织委员" → 书记, 组织委员). A remark in
 * brackets is no office of its own: only the offices it names count ("（兼纪检委员）"), and one
 * saying the office was left ("（已调离）") leaves none.
 */
function roleParts(text: string): string[] {
  const whole = compact(text);
  const remarks = [...whole.matchAll(REMARK)].map((m) => m[1]);
  if (remarks.some((r) => FORMER.test(r))) return [];
  const named = remarks.flatMap((r) => r.split(SEPARATORS)).filter((p) => p !== '' && officeOf(p) != null);
  return [...whole.replace(REMARK, '、').split(SEPARATORS), ...named].filter((p) => p !== '');
}

/** The parts as written: a note with a remark in brackets says more than an office. */
function plainParts(text: string): string[] {
  return compact(text).split(SEPARATORS).filter((p) => p !== '');
}

/** The office a part names, or null; "机关第一党支部书记" → 书记: the organisation in front goes. */
function officeOf(part: string): string | null {
  return matchEnum(PARTY_ROLE, part) ?? matchEnum(PARTY_ROLE, part.replace(/^.*?(?:党总支|党支部|总支|支部)(?=.)/, ''));
}

export function parsePartyRoles(text: string): string[] {
  const out: string[] = [];
  for (const part of roleParts(text)) {
    if (NONE.has(part)) continue;
    const role = officeOf(part) ?? part;
    if (!out.includes(role)) out.push(role);
  }
  return out;
}

/**
 * The offices a text names when it names nothing else (at most three), else null: a roster's 备注
 * of "支部书记" or "组织委员、宣传委员" is an office; "原支部书记", "书记讲党课" or "2024年退休" is not.
 */
export function officesOnly(text: string): string[] | null {
  const parts = plainParts(text);
  if (parts.length === 0 || parts.length > 3) return null;
  const out: string[] = [];
  for (const part of parts) {
    // a former or acting office is not the member's office now
    if (/^(?:原|前|曾|代|拟)/.test(part)) return null;
    const role = officeOf(part);
    if (role == null) return null;
    if (!out.includes(role)) out.push(role);
  }
  return out;
}
