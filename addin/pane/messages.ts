/**
 * What the pane tells the user after a jump, a marking or a failed Excel call: Simplified Chinese,
 * naming the sheet and the cell. Pure, so every wording is tested without a page.
 */
import type { Finding } from '../../ledger/findings/finding.js';
import type { HiddenLines, SelectOutcome } from '../office/select-cell.js';
import type { ClearResult, MarkResult, SheetCount } from '../office/mark-cells.js';
import { errorCode, ProtectionError } from '../office/office-error.js';
import { maskIdsInText } from '../../ledger/values/mask.js';

export { errorCode };

/** “党员名册”的 E2 / 第7行: where a finding is, as a sentence says it. */
export function placeOf(f: Pick<Finding, 'sheet' | 'cell' | 'row'>): string {
  const at = f.cell ?? (f.row != null ? `第${f.row}行` : '');
  return at ? `工作表“${f.sheet}”的 ${at}` : `工作表“${f.sheet}”`;
}

export function selectMessage(f: Pick<Finding, 'sheet' | 'cell' | 'row'>, outcome: SelectOutcome, unhidden = false): { text: string; kind: 'info' | 'error'; offerUnhide: boolean } {
  switch (outcome.kind) {
    case 'selected': {
      const at = `${f.sheet}${f.cell ? '!' + f.cell : f.row != null ? ` 第${f.row}行` : ''}`;
      const sheetShown = unhidden ? `已取消隐藏工作表“${f.sheet}”，` : '';
      if (outcome.unhiddenLines) return { text: `已取消隐藏${linesText(outcome.unhiddenLines)}，已定位到 ${at}。`, kind: 'info', offerUnhide: false };
      if (!outcome.hidden) return { text: `${sheetShown}已定位到 ${at}。`, kind: 'info', offerUnhide: false };
      const lines = linesText(outcome.hidden);
      if (outcome.linesProtected) {
        return { text: `已定位到 ${at}，但${lines}已隐藏，而工作表“${f.sheet}”设置了保护，无法取消隐藏。${UNPROTECT}后，再点“取消隐藏并定位”。`, kind: 'error', offerUnhide: true };
      }
      // Excel selected a cell no one can see: say so rather than “已定位”
      return { text: `${sheetShown}已定位到 ${at}，但${lines}已隐藏，在表格中看不到${f.cell ? '该单元格' : '该行'}。点击“取消隐藏并定位”即可显示${lines}。`, kind: 'error', offerUnhide: true };
    }
    case 'none':
      return { text: '这个问题涉及整个工作簿，没有对应的单元格。', kind: 'info', offerUnhide: false };
    case 'structure-protected':
      return { text: `无法取消隐藏工作表“${f.sheet}”：工作簿设置了“保护工作簿”，不能显示隐藏的工作表。请在 Excel 的“审阅”选项卡点“保护工作簿”取消保护后，再点“取消隐藏并定位”。`, kind: 'error', offerUnhide: true };
    case 'missing':
      return { text: `找不到工作表“${f.sheet}”，它可能在检查后被重命名或删除了。请点“检查”重新检查后再定位。`, kind: 'error', offerUnhide: false };
    case 'hidden':
      return outcome.visibility === 'VeryHidden'
        ? { text: `无法定位到${placeOf(f)}：该工作表被设置为“深度隐藏”，Excel 的“取消隐藏”列表里看不到它。点击“取消隐藏并定位”即可显示该表并定位。`, kind: 'error', offerUnhide: true }
        : { text: `无法定位到${placeOf(f)}：该工作表已隐藏。点击“取消隐藏并定位”，或在 Excel 中右键任一工作表标签，选“取消隐藏”，再选“${f.sheet}”。`, kind: 'error', offerUnhide: true };
  }
}

/** 第5行 / E 列 / 第5行和 E 列: the hidden lines of a finding, as a sentence says them. */
function linesText(l: HiddenLines): string {
  const parts = [l.row != null ? `第${l.row}行` : '', l.column ? `${l.column}列` : ''].filter(Boolean);
  return parts.join('和');
}

/** A failed Excel call in words the user can act on; the raw text only for what we cannot explain. */
export function describeError(e: unknown): string {
  if (e instanceof ProtectionError) {
    return e.kind === 'sheet'
      ? `操作没有完成：工作表“${e.sheet}”设置了保护，无法写入。请在 Excel 的“审阅”选项卡点“撤销工作表保护”后重试。`
      : `操作没有完成：工作簿设置了“保护工作簿”，无法新建工作表“${e.sheet}”。请在 Excel 的“审阅”选项卡点“保护工作簿”取消保护后重试。`;
  }
  switch (errorCode(e)) {
    case 'AccessDenied':
      return '操作没有完成：工作表设置了保护，不能修改。请在 Excel 的“审阅”选项卡点“撤销工作表保护”后重试。';
    case 'InvalidOperationInCellEditMode':
      return '操作没有完成：Excel 正在编辑单元格。请按 Enter 或 Esc 结束编辑后重试。';
    case 'RequestPayloadSizeLimitExceeded':
    case 'ResponsePayloadSizeLimitExceeded':
      return '操作没有完成：一次要传给 Excel 的数据超过了网页版 Excel 的 5 MB 上限。请在桌面版 Excel 中打开本工作簿后重试。';
    case 'ItemNotFound':
      return '操作没有完成：找不到要操作的工作表或单元格，工作簿可能在检查后被修改了。请点“检查”重新检查后重试。';
    case 'InactiveWorkbook':
      return '操作没有完成：打开了多个工作簿，请先切换回本工作簿窗口再重试。';
    case 'InvalidArgument':
    case 'InvalidReference':
    case 'InvalidOperation':
      return '操作没有完成：Excel 认为要操作的单元格或工作表已不是检查时的样子，工作簿可能在检查后被修改了。请点“检查”重新检查后重试。';
    case 'ApiNotFound':
    case 'NotImplemented':
    case 'UnsupportedOperation':
    case 'UnsupportedFeature':
      return '操作没有完成：此版本 Excel 不支持这项操作。请更新 Office，或在 Microsoft 365、Excel 网页版中打开本工作簿。';
    case 'RequestAborted':
    case 'ServiceNotAvailable':
    case 'Unauthenticated':
      return '操作没有完成：与 Excel 的连接中断了（网页版 Excel 在网络不稳定或登录过期时常见）。请稍后重试，必要时刷新页面并重新登录。';
    case 'Conflict':
    case 'InsertDeleteConflict':
      return '操作没有完成：工作簿正被其他人或其他程序同时修改。请稍后重试。';
    case 'ActivityLimitReached':
      return '操作没有完成：Excel 一次要处理的操作太多。请稍等片刻后重试。';
    case 'GeneralException':
      return '操作没有完成：Excel 内部出错。请稍后重试；如果一直出现，请保存并关闭本工作簿，重新打开后再试。';
    default: {
      // Excel's (or a bug's) own words are English and mean nothing to the user: lead in Chinese, keep them for support
      const raw = maskIdsInText((e instanceof Error ? e.message : String(e)).trim()).replace(/[。.]+$/, '');
      if (/[\u4e00-\u9fff]/.test(raw)) return `操作没有完成：${raw}。请稍后重试；如果一直出现，请把此提示告诉技术支持。`;
      return `操作没有完成：出现了本助手未能识别的错误。请稍后重试；如果一直出现，请把此提示告诉技术支持（原始信息：${raw || '无'}）。`;
    }
  }
}

const sheetList = (xs: readonly SheetCount[]) => xs.map((x) => `“${x.sheet}”（${x.cells} 个单元格）`).join('、');

const UNPROTECT = '请在 Excel 的“审阅”选项卡点“撤销工作表保护”';

export function markMessage(m: MarkResult, comments: boolean): { text: string; kind: 'info' | 'error' } {
  const notes = comments ? `，加了 ${m.notes} 条批注` : '（此版本 Excel 不支持批注，只加了底色）';
  const parts = m.cells ? [`已标出 ${m.cells} 个单元格${notes}。“清除标出”可恢复原来的底色。`]
    : m.protectedSheets ? ['没有标出任何单元格。']
      // no finding names a cell: none at all, or only ones about a whole sheet or the workbook
      : ['没有需要标出的单元格：本次检查没有指向具体单元格的问题。'];
  if (m.hiddenSheets) parts.push(`其中工作表${sheetList(m.hiddenSheets)}是隐藏的，取消隐藏后才能看到标出。`);
  if (m.protectedSheets) parts.push(`工作表${sheetList(m.protectedSheets)}设置了保护，未能标出。${UNPROTECT}后再点“标出问题”。`);
  return { text: parts.join(''), kind: m.protectedSheets ? 'error' : 'info' };
}

export function clearMessage(r: ClearResult): { text: string; kind: 'info' | 'error' } {
  const done = r.cells ? `已清除 ${r.cells} 个单元格的标出，恢复了原来的底色。` : r.protectedSheets ? '' : '没有需要清除的标出。';
  if (!r.protectedSheets) return { text: done, kind: 'info' };
  return { text: `${done}工作表${sheetList(r.protectedSheets)}设置了保护，其中的标出未能清除。${UNPROTECT}后再点“清除标出”。`, kind: 'error' };
}
