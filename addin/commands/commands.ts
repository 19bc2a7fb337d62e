/**
 * The ribbon's 检查台账 button (ExecuteFunction checkLedger): checks the workbook with the settings the
 * pane saved in it and shows the count in a small dialog. The same page, opened with ?result=…, is
 * that dialog (one page fewer to host).
 */
import { excelGateway } from '../office/excel-gateway.js';
import { detectCapabilities } from '../office/capabilities.js';
import { officeDocumentStore } from '../office/document-store.js';
import { runCheck } from '../pane/run-check.js';
import { summarise } from '../pane/group-findings.js';
import { describeError } from '../pane/messages.js';

interface CommandEvent {
  completed(): void;
}

/** The dialog text for a check result. */
export function countMessage(total: number, bySeverity: Record<string, number>): string {
  if (total === 0) return '检查完成：没有发现问题。';
  return `检查完成：发现 ${total} 个问题（错误 ${bySeverity['错误'] ?? 0}，警告 ${bySeverity['警告'] ?? 0}，提示 ${bySeverity['提示'] ?? 0}）。点击“打开助手”查看详情。`;
}

async function checkLedger(event: CommandEvent): Promise<void> {
  let text: string;
  try {
    const caps = detectCapabilities((n, v) => Office.context.requirements.isSetSupported(n, v));
    const gateway = excelGateway(Excel, caps, officeDocumentStore(Office.context.document.settings));
    const stored = await gateway.loadCheckSettings();
    const { result } = await runCheck(gateway, stored ?? { asOf: null, settings: {} });
    const s = summarise(result.findings);
    text = countMessage(s.total, s.bySeverity);
  } catch (e) {
    // the pane's Chinese explanation of Excel's error codes, never Excel's English text alone
    text = describeError(e).replace(/^操作没有完成/, '检查没有完成');
  }
  const url = new URL(location.href);
  url.search = `?result=${encodeURIComponent(text)}`;
  Office.context.ui.displayDialogAsync(url.href, { height: 25, width: 30, displayInIframe: true }, () => event.completed());
}

function showResult(text: string): void {
  const box = document.getElementById('result')!;
  box.textContent = text;
  document.title = text;
}

const result = new URLSearchParams(location.search).get('result');
if (result != null) showResult(result);
else if (typeof Office !== 'undefined') {
  // older Excel looks the FunctionName up as a global function; newer uses Office.actions
  (globalThis as unknown as Record<string, unknown>).checkLedger = checkLedger;
  void Office.onReady(() => Office.actions?.associate('checkLedger', checkLedger));
}
