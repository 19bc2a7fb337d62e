/**
 * The task pane: 检查, the summary and findings, 标出问题 / 清除标出, 写入问题清单, 生成调研报告,
 * and re-checking after the user edits. Talks to the workbook only through the gateway.
 */
import type { Finding } from '../../ledger/findings/finding.js';
import type { CheckResult } from '../../ledger/check.js';
import type { WorkbookGateway } from '../office/excel-gateway.js';
import { runCheck } from './run-check.js';
import { findingsView, h, readSettingsForm, settingsForm, summaryView } from './views.js';
import { clearMessage, describeError, markMessage, selectMessage } from './messages.js';
import { anchorOf, listState, restoreAnchor } from './list-state.js';
import { hasAnyLedger } from '../../ledger/model/found-ledgers.js';

const EDIT_DEBOUNCE_MS = 700;

export const NO_LEDGER_REPORT = '无法生成调研报告：本工作簿中没有找到党员名册、党费收缴台账、三会一课记录或支部基本信息。请确认打开的是党支部台账工作簿，各工作表有“姓名”“身份证号”“月份”“会议类型”等表头。';

export const MERGE_NOTE = '此版本 Excel 读不到合并单元格：一次会议占多行、两行表头等合并写法可能被误报为漏填。Microsoft 365 或 Excel 网页版、命令行检查无此问题。';

export async function startApp(root: HTMLElement, gateway: WorkbookGateway): Promise<void> {
  let result: CheckResult | null = null;
  let busy = false;
  let editTimer: ReturnType<typeof setTimeout> | undefined;

  const stored = await gateway.loadCheckSettings().catch(() => null);
  const status = h('div', { id: 'status', class: 'status', role: 'status', 'aria-live': 'polite' });
  const actions = h('div', { class: 'actions', role: 'toolbar', 'aria-label': '处理问题' });
  const results = h('div', { id: 'results' });
  const button = (id: string, label: string, busyText: string, run: () => Promise<void>) => {
    // until there is a check result; the title says why the button is grey
    const b = h('fluent-button', { id, disabled: '', title: '请先点“检查”' }, label);
    b.addEventListener('click', () => void guarded(run, busyText));
    actions.append(b);
    return b;
  };
  const form = settingsForm(stored);
  // the status and the buttons stay in sight while the user scrolls a long list of findings
  const bar = h('div', { class: 'bar' }, status, actions);
  root.replaceChildren(form, bar, results);
  root.hidden = false;

  const say = (text: string, kind: 'info' | 'error' = 'info', ...after: Node[]) => {
    status.replaceChildren(text, ...after);
    status.className = `status ${kind}`;
  };

  /** one Excel action at a time; busyText says what is going on while Excel works (seconds in Excel on the web) */
  async function guarded(run: () => Promise<void>, busyText?: string): Promise<void> {
    if (busy) return;
    busy = true;
    root.setAttribute('aria-busy', 'true');
    if (busyText) say(busyText);
    try {
      await run();
    } catch (e) {
      say(describeError(e), 'error');
    } finally {
      busy = false;
      root.removeAttribute('aria-busy');
    }
  }

  const withResult = (fn: (r: CheckResult) => Promise<void>) => async () => {
    if (result) await fn(result);
  };

  async function check(auto: boolean): Promise<void> {
    const options = readSettingsForm(form);
    say(auto ? '工作表已修改，正在重新检查…' : '正在检查…');
    await gateway.saveCheckSettings(options);
    const run = await runCheck(gateway, options);
    result = run.result;
    root.querySelector('#report-link')?.remove(); // a report of the previous check
    const branch = result.stats.branch;
    // a re-check keeps the user's place in the list (what they closed, opened, and the finding they were on)
    const keep = listState(results);
    const anchor = anchorOf(results, document.activeElement);
    results.replaceChildren(summaryView(result.findings, result.asOf, branch, result.stats.sheets), findingsView(result.findings, pick, keep, result.stats.sheets));
    // before ExcelApi 1.13 merged cells read as blanks: a meeting over merged rows looks like missing fields
    if (!gateway.capabilities.mergedAreas && result.findings.length) results.firstElementChild!.after(h('p', { id: 'merge-note', class: 'muted' }, MERGE_NOTE));
    for (const b of actions.children) {
      b.removeAttribute('disabled');
      b.removeAttribute('title');
    }
    say(`${auto ? '已根据修改重新检查' : '检查完成'}：${result.findings.length} 个问题（读取 ${Math.round(run.readMs)} 毫秒，检查 ${Math.round(run.checkMs)} 毫秒）。`);
    // after the status has its final height: the sticky bar above the list must not shift it again
    if (anchor) restoreAnchor(results, anchor);
    // for the bench and the tests: how long this check took
    Object.assign(document.body.dataset, { checked: String(Date.now()), readMs: String(run.readMs), checkMs: String(run.checkMs) });
  }

  /** unhide: show the finding's hidden sheet ('sheet') or its hidden row and column ('lines') */
  async function pick(f: Finding, unhide?: 'sheet' | 'lines'): Promise<void> {
    if (!f.sheet) {
      say('这个问题涉及整个工作簿，没有对应的单元格。');
      return;
    }
    await guarded(async () => {
      const outcome = await gateway.select(f, { unhide: unhide === 'sheet', unhideLines: unhide === 'lines' });
      const m = selectMessage(f, outcome, unhide === 'sheet');
      if (!m.offerUnhide) return say(m.text, m.kind);
      const show = h('fluent-button', { id: 'btn-unhide', appearance: 'accent' }, '取消隐藏并定位');
      show.addEventListener('click', () => void pick(f, outcome.kind === 'selected' ? 'lines' : 'sheet'));
      say(m.text, m.kind, h('br'), show);
    });
  }

  form.addEventListener('submit', (e) => {
    e.preventDefault();
    void guarded(() => check(false));
  });

  button('btn-mark', '标出问题', '正在标出问题…', withResult(async (r) => {
    const m = markMessage(await gateway.mark(r.findings), gateway.capabilities.comments);
    say(m.text, m.kind);
  }));
  button('btn-clear', '清除标出', '正在清除标出…', async () => {
    const m = clearMessage(await gateway.clearMarks());
    say(m.text, m.kind);
  });
  button('btn-sheet', '写入问题清单', '正在写入问题清单…', withResult(async (r) => {
    const n = await gateway.writeIssueSheet(r.findings);
    say(`已将 ${n} 个问题写入“问题清单”工作表。`);
  }));
  button('btn-report', '生成调研报告', '正在生成调研报告…', withResult(async (r) => {
    // as the CLI: a workbook with none of the ledgers gets no report (it would describe sheets that are not there)
    if (!hasAnyLedger(r.ledger)) return say(NO_LEDGER_REPORT, 'error');
    // the report code (docx, templates) is a separate chunk, loaded only when asked for
    const { makeBranchReport } = await import('./report/make-report.js');
    const { bytes, fileName } = await makeBranchReport(r);
    offerDownload(bytes, fileName);
    say(`调研报告已生成：${fileName}（${Math.round(bytes.length / 1024)} KB）。如未自动下载，请点击下方的下载链接。`);
  }));
  // the check button is always on
  const clear = actions.querySelector('#btn-clear')!;
  clear.removeAttribute('disabled');
  clear.removeAttribute('title');

  function offerDownload(bytes: Uint8Array, fileName: string): void {
    const blob = new Blob([bytes as BlobPart], { type: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document' });
    const url = URL.createObjectURL(blob);
    const link = h('a', { id: 'report-link', href: url, download: fileName }, `下载 ${fileName}`);
    root.querySelector('#report-link')?.remove();
    actions.after(link);
    link.click();
  }

  const recheckSoon = () => {
    clearTimeout(editTimer);
    editTimer = setTimeout(() => (busy ? recheckSoon() : void guarded(() => check(true))), EDIT_DEBOUNCE_MS);
  };
  const listening = await gateway.onUserEdit(() => {
    if (result) recheckSoon();
  }).catch(() => false);
  if (!listening) form.append(h('p', { class: 'muted' }, '此版本 Excel 不能通知修改：修改台账后请再点“检查”。'));
}
