/**
 * What 标出问题 puts on a cell: a fill by the worst severity and a note listing the findings.
 * Pure, so the colours and the note text are tested without Excel.
 */
import type { Finding, Severity } from '../../ledger/findings/finding.js';
import { SEVERITY_ORDER } from '../../ledger/findings/finding.js';

/** Excel's own "Bad" / "Neutral" / light-blue cell styles, so marks read like Excel's. */
export const MARK_FILL: Record<Severity, string> = { 错误: '#FFC7CE', 警告: '#FFEB9C', 提示: '#DDEBF7' };

/** Every note we add starts with this, so 清除标出 removes ours and only ours. */
export const NOTE_PREFIX = '【党建台账助手】';

export interface CellMark {
  sheet: string;
  cell: string;
  fill: string;
  note: string;
}

/** Findings with a sheet and a cell, one mark per cell (several findings on one cell share it). */
export function marksFor(findings: readonly Finding[]): CellMark[] {
  const byCell = new Map<string, Finding[]>();
  for (const f of findings) {
    if (!f.sheet || !f.cell) continue;
    const key = `${f.sheet}\u0000${f.cell}`;
    const list = byCell.get(key);
    if (list) list.push(f);
    else byCell.set(key, [f]);
  }
  return [...byCell.values()].map((list) => {
    const worst = list.reduce((a, b) => (SEVERITY_ORDER[b.severity] < SEVERITY_ORDER[a.severity] ? b : a));
    const lines = list.map((f) => `${f.rule} ${f.severity}：${f.message}`);
    return { sheet: worst.sheet!, cell: worst.cell!, fill: MARK_FILL[worst.severity], note: NOTE_PREFIX + '\n' + lines.join('\n') };
  });
}
