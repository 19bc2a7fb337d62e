/**
 * One corpus file end to end: plan the violations, build the branch, plant, lay out, write,
 * and compute its truth entry. Deterministic in (seed, index).
 */
import type ExcelJS from 'exceljs';
import { makeRng, fileSeed } from './prng.js';
import { buildBranch, addMeetings, type Shape } from './build-branch.js';
import { chooseLayout } from './layout.js';
import { planRules } from './plant.js';
import { writeWorkbook } from './write-workbook.js';
import { resolve, truthStats } from './truth.js';
import type { Expectation } from './model.js';
import type { TruthFile } from './contract.js';

export interface BranchFileOptions {
  seed: number;
  index: number;
  violations: boolean;
  minMembers?: number;
  maxMembers?: number;
}

export interface BranchFile {
  fileName: string;
  wb: ExcelJS.Workbook;
  truth: TruthFile;
}

export function makeBranchFile(o: BranchFileOptions): BranchFile {
  const rng = makeRng(fileSeed(o.seed, o.index));
  const planters = o.violations ? planRules(o.index) : [];
  const shape: Shape = { minMembers: o.minMembers ?? 5, maxMembers: o.maxMembers ?? 50 };
  for (const p of planters) Object.assign(shape, p.shape ?? {});
  const branch = buildBranch(rng, o.index, shape);
  const layout = chooseLayout(rng, o.index);
  for (const p of planters) p.layout?.(layout);
  const expectations: Expectation[] = [];
  for (const p of planters.filter((x) => x.phase === 'members')) expectations.push(...(p.apply(rng, branch) ?? []));
  addMeetings(rng, branch);
  for (const p of planters.filter((x) => x.phase === 'after')) expectations.push(...(p.apply(rng, branch) ?? []));
  if (branch.members.length > 50 && !expectations.some((e) => e.rule === 'B03')) {
    // large branches (bench) break 支部工作条例's 50-member norm by construction: record it
    expectations.push({ rule: 'B03', target: { kind: 'none' }, period: null, member: null });
  }
  const { wb, loc } = writeWorkbook(rng, branch, layout);
  const fileName = `${String(o.index + 1).padStart(4, '0')}-${branch.name}.xlsx`;
  const truth: TruthFile = {
    file: fileName,
    // the info sheet names the branch, else a title that opens with it ("XX党支部党员名册"), else the file does
    branch: layout.names.info || layout.titles.members || layout.titles.dues || layout.titles.meetings ? branch.name : fileName.replace(/\.xlsx$/, ''),
    expectedError: null,
    expectedFindings: expectations.map((e) => resolve(e, loc, layout.duesForm)),
    stats: truthStats(branch),
  };
  return { fileName, wb, truth };
}
