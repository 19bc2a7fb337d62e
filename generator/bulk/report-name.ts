/**
 * The name of a branch report's file. A branch that sent a second workbook (初报 and 补报) gets the
 * part of that workbook's file name that tells it apart — "县交通运输局党支部（补报）.docx" — so the
 * file says where it came from: its name without the numbering and the branch name, or else without
 * what it shares with the branch's first file up to a separator, or its numbering where that is all that
 * differs (0008-/0024-); failing these, the whole file name, unless that is the branch's name again
 * ("城关镇第7党支部（城关镇第7党支部）" reads as a mistake): then its folder where that differs from
 * the first file's, else nothing, and the name is told apart by its number (（2）).
 */
import { basename, dirname, extname } from 'node:path';
import { branchNameFromFile } from '../pipeline/check-file.js';
import type { StemAllocator } from '../output/safe-name.js';
import { branchKey } from '../../ledger/values/branch-key.js';
import { compact } from '../../ledger/values/cell-text.js';

const SEPARATOR = /[\s_\-.、，,（）()]/;
const EDGE_SEPARATORS = /^[\s_\-.、，,（）()]+|[\s_\-.、，,（）()]+$/g;

/** Whether `text` names the branch: contains its name, or is its name written another way (中共…支部委员会). */
function namesBranch(text: string, branch: string): boolean {
  const b = compact(branch);
  return b !== '' && (compact(text).includes(b) || branchKey(text) === branchKey(branch));
}

export function sourceSuffix(file: string, branch: string, firstFile?: string): string {
  const name = branchNameFromFile(file);
  const base = basename(file, extname(file));
  const trim = (s: string) => s.replace(EDGE_SEPARATORS, '');
  const numbering = base.endsWith(name) ? trim(base.slice(0, base.length - name.length)) : '';
  if (branch.trim() && name.includes(branch.trim())) {
    const rest = trim(name.split(branch.trim()).join('_'));
    if (rest) return rest;
  }
  if (firstFile) {
    const first = branchNameFromFile(firstFile);
    let common = 0;
    while (common < name.length && name[common] === first[common]) common++;
    // cut only after a separator: 丙局党支部_初报 / 丙局党支部_补报 → 补报, but 支部5 / 支部6 stays whole
    while (common > 0 && !SEPARATOR.test(name[common - 1])) common--;
    const rest = trim(name.slice(common));
    if (common > 0 && rest) return rest;
    // 0008-丙局党支部 / 0024-丙局党支部: only the numbering tells them apart, so it is the source
    if (numbering && name === first) return numbering;
  }
  if (!namesBranch(base, branch)) return base;
  // the file is named by the branch: what else tells it apart, its numbering or its folder
  if (numbering) return numbering;
  const folder = basename(dirname(file));
  if (firstFile && dirname(file) !== dirname(firstFile) && folder !== '.' && folder !== '' && !namesBranch(folder, branch)) return folder;
  return '';
}

/** Stems in input order: a branch's first workbook gets its name, a later one the name and its source. */
export class ReportNames {
  private readonly first = new Map<string, string>();

  constructor(private readonly stems: StemAllocator) {}

  allocate(branch: string, file: string): string {
    const key = branchKey(branch);
    const first = this.first.get(key);
    if (first == null) {
      this.first.set(key, file);
      return this.stems.allocate(branch);
    }
    const source = sourceSuffix(file, branch, first);
    return this.stems.allocate(source ? `${branch}（${source}）` : branch);
  }
}
