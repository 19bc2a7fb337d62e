/**
 * Membership figures of one branch: status, sex, age, education, new members,
 * committee (支部工作条例 第十四条) and 党小组.
 */
import type { IsoDate, Ledger, Member } from '../model/ledger.js';
import { yearCommittee } from '../rules/branch/full-members.js';
import { yearMembers } from '../model/year-members.js';
import { ageBand, ageOn } from './age-band.js';
import { educationGroup } from './education-group.js';
import { AGE_BANDS, EDUCATION_GROUPS, type BranchStats } from './stats-types.js';

export type MemberStats = BranchStats['members'];

/** Sex from the 性别 column, else from the ID's sequence digit (odd = male). */
function genderOf(m: Member): '男' | '女' | null {
  if (m.gender.value) return m.gender.value;
  const id = m.idNumber.value;
  if (!id || id.storedAsNumber || !/^\d{17}[\dX]$/.test(id.text)) return null;
  return Number(id.text[16]) % 2 === 1 ? '男' : '女';
}

function zeros<K extends string>(keys: readonly K[]): Record<K, number> {
  return Object.fromEntries(keys.map((k) => [k, 0])) as Record<K, number>;
}

export function memberStats(ledger: Ledger, asOf: IsoDate, year: number): MemberStats {
  const members = yearMembers(ledger, year);
  const byAge = zeros(AGE_BANDS);
  const byEducation = zeros(EDUCATION_GROUPS);
  const groups = new Set<string>();
  let full = 0, probationary = 0, male = 0, female = 0, newMembers = 0, retired = 0;
  const yearStart = `${String(year).padStart(4, '0')}-01-01`;
  for (const m of members) {
    if (m.effectiveCategory === '正式党员') full++;
    else if (m.effectiveCategory === '预备党员') probationary++;
    const g = genderOf(m);
    if (g === '男') male++;
    else if (g === '女') female++;
    byAge[ageBand(ageOn(m, asOf))]++;
    byEducation[educationGroup(m.education.value)]++;
    const join = m.joinDate.value?.date;
    if (join && join >= yearStart && join <= asOf) newMembers++;
    if (m.status.value === '离退休') retired++;
    const group = m.group.value?.replace(/\s+/g, '');
    if (group) groups.add(group);
  }
  const committee = yearCommittee(ledger, asOf);
  return {
    total: members.length, full, probationary, male, female, byAge, byEducation, newMembers, retired,
    committeeSize: committee.size,
    hasCommittee: committee.hasCommittee,
    secretary: committee.secretary?.name.value ?? null,
    groups: groups.size,
  };
}
