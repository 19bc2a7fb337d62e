/** Shows the user where a finding is: activates its sheet and selects its cell (or its row). One sync. */
import type { Finding } from '../../ledger/findings/finding.js';

export async function selectFinding(context: Excel.RequestContext, finding: Pick<Finding, 'sheet' | 'cell' | 'row'>): Promise<boolean> {
  if (!finding.sheet) return false;
  const ws = context.workbook.worksheets.getItem(finding.sheet);
  ws.activate();
  const address = finding.cell ?? (finding.row != null ? `${finding.row}:${finding.row}` : null);
  if (address) ws.getRange(address).select();
  await context.sync();
  return true;
}
