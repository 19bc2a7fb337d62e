/**
 * Everything the pane and the ribbon command ask of the workbook, each call one Excel.run batch.
 * The pane depends on this interface only; it is the one door to Office.js.
 */
import type { Finding } from '../../ledger/findings/finding.js';
import type { Settings } from '../../ledger/settings.js';
import type { Capabilities } from './capabilities.js';
import { readWorkbook, type WorkbookRead } from './read-grid.js';
import { selectOrExplain, type SelectOutcome } from './select-cell.js';
import { clearMarks, markFindings, type ClearResult, type MarkResult } from './mark-cells.js';
import { writeIssueSheet } from './issue-sheet.js';
import { ISSUE_SHEET_NAME } from './issue-sheet-name.js';
import { CHECK_SETTINGS_KEY, type KeyValueStore } from './document-store.js';

/** The pane's check settings as the workbook keeps them. */
export interface StoredCheckSettings {
  /** 统计截止日期 'YYYY-MM-DD', or null for the default (end of the ledger year or today) */
  asOf: string | null;
  settings: Partial<Settings>;
}

export interface WorkbookGateway {
  readonly capabilities: Capabilities;
  /** the workbook's sheets, and its file name where Excel tells it */
  readWorkbook(): Promise<WorkbookRead>;
  /** shows the finding's cell; unhide: show its hidden sheet first (only when the user asked) */
  select(finding: Finding, opts?: { unhide?: boolean; unhideLines?: boolean }): Promise<SelectOutcome>;
  mark(findings: readonly Finding[]): Promise<MarkResult>;
  clearMarks(): Promise<ClearResult>;
  writeIssueSheet(findings: readonly Finding[]): Promise<number>;
  loadCheckSettings(): Promise<StoredCheckSettings | null>;
  saveCheckSettings(s: StoredCheckSettings): Promise<void>;
  /**
   * calls back after a cell of a ledger sheet changes (not our 问题清单); false when the host cannot
   * tell (no ExcelApi 1.9). Fills and notes do not raise this event, values do.
   */
  onUserEdit(handler: () => void): Promise<boolean>;
}

/** The slice of the Excel namespace we call. */
export interface ExcelRunner {
  run<T>(batch: (context: Excel.RequestContext) => Promise<T>): Promise<T>;
}

export function excelGateway(excel: ExcelRunner, capabilities: Capabilities, store: KeyValueStore): WorkbookGateway {
  return {
    capabilities,
    readWorkbook: () => excel.run((c) => readWorkbook(c, capabilities)),
    select: (f, opts) => selectOrExplain((batch) => excel.run(batch), f, opts),
    mark: (fs) => excel.run((c) => markFindings(c, fs, capabilities, store)),
    clearMarks: () => excel.run((c) => clearMarks(c, capabilities, store)),
    writeIssueSheet: (fs) => excel.run((c) => writeIssueSheet(c, fs)),
    loadCheckSettings: async () => store.get<StoredCheckSettings>(CHECK_SETTINGS_KEY),
    saveCheckSettings: async (s) => {
      store.set(CHECK_SETTINGS_KEY, s);
      await store.save();
    },
    onUserEdit: async (handler) => {
      if (!capabilities.changeEvents) return false;
      await excel.run(async (c) => {
        c.workbook.worksheets.onChanged.add(async (e: { worksheetId: string }) => {
          if ((await sheetName(excel, e.worksheetId)) !== ISSUE_SHEET_NAME) handler();
        });
        await c.sync();
      });
      return true;
    },
  };
}

async function sheetName(excel: ExcelRunner, id: string): Promise<string | null> {
  return excel.run(async (c) => {
    const ws = c.workbook.worksheets.getItemOrNullObject(id);
    ws.load('name');
    await c.sync();
    return ws.isNullObject ? null : ws.name;
  });
}
