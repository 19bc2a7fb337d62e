import { describe, expect, it } from 'vitest';
import { clearMessage, describeError, errorCode, markMessage, selectMessage } from './messages.js';
import { ProtectionError } from '../office/office-error.js';

const at = { sheet: "O'Brien's 党员名册", cell: 'E2', row: 2 };
const han = /[\u4e00-\u9fff]/;

describe('pane messages', () => {
  it('a jump names the sheet and the cell, or the row of a whole-row finding', () => {
    expect(selectMessage(at, { kind: 'selected' }).text).toBe("已定位到 O'Brien's 党员名册!E2。");
    expect(selectMessage({ sheet: '党员名册', cell: null, row: 7 }, { kind: 'selected' }).text).toBe('已定位到 党员名册 第7行。');
    expect(selectMessage(at, { kind: 'selected' }, true).text).toBe("已取消隐藏工作表“O'Brien's 党员名册”，已定位到 O'Brien's 党员名册!E2。");
  });

  it('a cell in a hidden row or column is not “已定位” without a word: says what is hidden and offers to show it', () => {
    const col = selectMessage(at, { kind: 'selected', hidden: { row: null, column: 'E' } });
    expect(col).toEqual({ kind: 'error', offerUnhide: true, text: "已定位到 O'Brien's 党员名册!E2，但E列已隐藏，在表格中看不到该单元格。点击“取消隐藏并定位”即可显示E列。" });
    expect(selectMessage({ sheet: '党员名册', cell: null, row: 7 }, { kind: 'selected', hidden: { row: 7, column: null } }).text).toContain('但第7行已隐藏，在表格中看不到该行');
    expect(selectMessage(at, { kind: 'selected', unhiddenLines: { row: 2, column: 'E' } })).toEqual({ kind: 'info', offerUnhide: false, text: "已取消隐藏第2行和E列，已定位到 O'Brien's 党员名册!E2。" });
    const locked = selectMessage(at, { kind: 'selected', hidden: { row: 2, column: null }, linesProtected: true });
    expect(locked).toMatchObject({ kind: 'error', offerUnhide: true });
    expect(locked.text).toContain('撤销工作表保护');
  });

  it('a hidden or very hidden sheet is explained, with how to unhide it', () => {
    const hidden = selectMessage(at, { kind: 'hidden', visibility: 'Hidden' });
    expect(hidden).toMatchObject({ kind: 'error', offerUnhide: true });
    expect(hidden.text).toContain("工作表“O'Brien's 党员名册”的 E2");
    expect(hidden.text).toContain('取消隐藏');
    const very = selectMessage({ ...at, cell: null, row: 9 }, { kind: 'hidden', visibility: 'VeryHidden' });
    expect(very.text).toContain('第9行');
    expect(very.text).toContain('深度隐藏');
    expect(selectMessage(at, { kind: 'missing' })).toMatchObject({ kind: 'error', offerUnhide: false });
  });

  it('marking names protected and hidden sheets', () => {
    const m = markMessage({ cells: 2, notes: 2, protectedSheets: [{ sheet: '党费（上半年）', cells: 5 }], hiddenSheets: [{ sheet: '2025 名册', cells: 2 }] }, true);
    expect(m.kind).toBe('error');
    expect(m.text).toBe('已标出 2 个单元格，加了 2 条批注。“清除标出”可恢复原来的底色。其中工作表“2025 名册”（2 个单元格）是隐藏的，取消隐藏后才能看到标出。'
      + '工作表“党费（上半年）”（5 个单元格）设置了保护，未能标出。请在 Excel 的“审阅”选项卡点“撤销工作表保护”后再点“标出问题”。');
    expect(markMessage({ cells: 0, notes: 0, protectedSheets: [{ sheet: '党员名册', cells: 1 }] }, true).text).toMatch(/^没有标出任何单元格。工作表“党员名册”/);
    expect(markMessage({ cells: 0, notes: 0 }, true)).toEqual({ text: '没有需要标出的单元格：本次检查没有指向具体单元格的问题。', kind: 'info' });
    expect(markMessage({ cells: 3, notes: 0 }, false)).toEqual({ text: '已标出 3 个单元格（此版本 Excel 不支持批注，只加了底色）。“清除标出”可恢复原来的底色。', kind: 'info' });
    expect(clearMessage({ cells: 0 }).text).toBe('没有需要清除的标出。');
    expect(clearMessage({ cells: 0, protectedSheets: [{ sheet: '党员名册', cells: 3 }] }).text).toBe('工作表“党员名册”（3 个单元格）设置了保护，其中的标出未能清除。请在 Excel 的“审阅”选项卡点“撤销工作表保护”后再点“清除标出”。');
  });

  it('Excel’s error codes become Chinese advice, never the raw English text', () => {
    const officeError = Object.assign(new Error('You cannot perform the requested operation.'), { code: 'AccessDenied' });
    expect(errorCode(officeError)).toBe('AccessDenied');
    expect(errorCode(new Error('RequestPayloadSizeLimitExceeded: too big'))).toBe('RequestPayloadSizeLimitExceeded');
    for (const code of ['AccessDenied', 'InvalidOperationInCellEditMode', 'RequestPayloadSizeLimitExceeded', 'ResponsePayloadSizeLimitExceeded', 'ItemNotFound', 'InactiveWorkbook',
      'GeneralException', 'InvalidArgument', 'InvalidReference', 'InvalidOperation', 'ApiNotFound', 'NotImplemented', 'UnsupportedOperation', 'RequestAborted', 'ServiceNotAvailable', 'Conflict', 'ActivityLimitReached']) {
      const text = describeError(Object.assign(new Error('English text'), { code }));
      expect(text).not.toContain('English text');
      expect(text).toMatch(han);
    }
    expect(describeError(officeError)).toContain('撤销工作表保护');
    // an error nobody foresaw: a Chinese sentence first, Excel's words kept for support, no ID number in clear
    const odd = describeError(new Error('SomethingNew: The value 110101199001011237 is not valid.'));
    expect(odd).toMatch(/^操作没有完成：[\u4e00-\u9fff]/);
    expect(odd).toContain('（原始信息：SomethingNew: The value 110101********1237 is not valid）');
    expect(describeError(new Error('无法保存到工作簿：已锁定'))).toBe('操作没有完成：无法保存到工作簿：已锁定。请稍后重试；如果一直出现，请把此提示告诉技术支持。');
    expect(describeError(new ProtectionError('sheet', '问题清单'))).toBe('操作没有完成：工作表“问题清单”设置了保护，无法写入。请在 Excel 的“审阅”选项卡点“撤销工作表保护”后重试。');
    expect(describeError(new ProtectionError('structure', '问题清单'))).toBe('操作没有完成：工作簿设置了“保护工作簿”，无法新建工作表“问题清单”。请在 Excel 的“审阅”选项卡点“保护工作簿”取消保护后重试。');
  });

  it('a protected workbook structure that stops unhiding is named, with the way out', () => {
    const m = selectMessage(at, { kind: 'structure-protected' });
    expect(m).toMatchObject({ kind: 'error', offerUnhide: true });
    expect(m.text).toContain("无法取消隐藏工作表“O'Brien's 党员名册”");
    expect(m.text).toContain('保护工作簿');
  });
});
