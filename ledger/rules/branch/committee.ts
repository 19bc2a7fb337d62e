/**
 * The branch committee as the roster shows it (支部工作条例: 书记, 副书记, 组织委员,
 * 宣传委员, 纪检委员 …). 党小组长 is not a committee role.
 */
import type { Ledger, Member } from '../../model/ledger.js';

/**
 * The roster has no 党内职务 column at all (a 全国党员管理信息系统 export has none) and the info sheet
 * names no office either: who is 书记 or 委员 is not written, which is not the same as nobody being one.
 */
export function rolesNotKept(ledger: Ledger): boolean {
  const m = ledger.members;
  return m != null && m.columns.partyRole === undefined && m.rolesFrom === undefined;
}

export interface Committee {
  secretary: Member | null;
  deputies: Member[];
  /** every member holding at least one committee role, in roster order */
  committeeMembers: Member[];
  size: number;
  hasCommittee: boolean;
}

/** A 党内职务 that makes its holder a member of the branch committee. */
export function isCommitteeRole(role: string): boolean {
  const r = role.replace(/\s+/g, '');
  if (/党小组|小组长|组长/.test(r)) return false;
  if (/^(支部|党支部)?(副)?书记$/.test(r)) return true;
  return /委员$/.test(r);
}

export function isSecretaryRole(role: string): boolean {
  return /^(党?支部)?书记$/.test(role.replace(/\s+/g, ''));
}

export function isDeputyRole(role: string): boolean {
  return /^(党?支部)?副书记$/.test(role.replace(/\s+/g, ''));
}

export function committeeOf(members: readonly Member[]): Committee {
  let secretary: Member | null = null;
  const deputies: Member[] = [];
  const committeeMembers: Member[] = [];
  for (const m of members) {
    const roles = m.partyRoles ?? [];
    if (roles.some(isCommitteeRole)) committeeMembers.push(m);
    if (!secretary && roles.some(isSecretaryRole)) secretary = m;
    if (roles.some(isDeputyRole)) deputies.push(m);
  }
  const size = committeeMembers.length;
  return { secretary, deputies, committeeMembers, size, hasCommittee: size >= 3 };
}
