/** Reading Office.js failures: the error code, and the protection that stopped a change. */

/** The code of an Office.js error (OfficeExtension.Error.code), or the "Code:" our stand-in host puts first. */
export function errorCode(e: unknown): string | null {
  const code = (e as { code?: unknown } | null)?.code;
  if (typeof code === 'string' && code) return code;
  const m = /^([A-Za-z]+):/.exec(e instanceof Error ? e.message : String(e));
  return m ? m[1] : null;
}

/**
 * Excel refused a change (AccessDenied) because a sheet is protected (审阅 → 保护工作表) or the
 * workbook's structure is (审阅 → 保护工作簿: no sheet added, hidden or unhidden); names the sheet.
 */
export class ProtectionError extends Error {
  constructor(readonly kind: 'sheet' | 'structure', readonly sheet: string) {
    super(`AccessDenied: ${kind === 'sheet' ? 'worksheet' : 'workbook structure'} protected (${sheet})`);
    this.name = 'ProtectionError';
  }
}
