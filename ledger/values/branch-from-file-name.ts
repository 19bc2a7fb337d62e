/**
 * The name a branch goes by when its workbook names none: the workbook's file name without folder,
 * extension and the numbering a submitter put before it. Pure, so the CLI (a path on disk) and the
 * task pane (Excel's Workbook.name) name such a branch alike.
 */

/**
 * A leading number the submitter put before the name to order the files: "09_", "0001-", "3.", "12、",
 * "(12)", "（12）", "07b_". A number that belongs to the name ("2025年…", "第1党支部") has no separator
 * after it and stays.
 */
const FILE_NUMBERING = /^\s*(?:[(（]\s*\d{1,6}\s*[)）]|\d{1,6}[a-z]?(?:\s*[_\-.、．，,]+|\s+))\s*/i;

export function branchNameFromFileName(file: string): string {
  const base = file.split(/[\\/]/).pop() ?? file;
  // the last extension only, as path.extname does ("a.b.xlsx" → "a.b"; ".xlsx" stays)
  const dot = base.lastIndexOf('.');
  const stem = dot > 0 ? base.slice(0, dot) : base;
  const stripped = stem.replace(FILE_NUMBERING, '').trim();
  return stripped || stem;
}
