/**
 * Built-in number formats as Chinese Excel shows them. ECMA-376 Part 1 §18.8.30 leaves ids 14, 22,
 * 27–36 and 50–58 to the locale. exceljs 4.4.0 resolves 14/22 to US codes ("mm-dd-yy") and the
 * East Asian ids to nothing at all, so a cell formatted 31 (yyyy"年"m"月"d"日", what Excel zh-CN
 * writes) would read as a bare number, not a date.
 */
import { createRequire } from 'node:module';

type DefaultFormats = Record<number, { f?: string; 'zh-cn'?: string }>;

let installed = false;

/**
 * Fills exceljs's read-side table with the zh-CN codes for the ids it leaves empty. Purely
 * additive: ids that exceljs resolves are untouched, and writing is unaffected (exceljs built its
 * code → id map when it loaded).
 */
export function installChineseBuiltinFormats(): void {
  if (installed) return;
  installed = true;
  const table = createRequire(import.meta.url)('exceljs/lib/xlsx/defaultnumformats.js') as DefaultFormats;
  for (const entry of Object.values(table)) {
    if (entry.f === undefined && entry['zh-cn'] !== undefined) entry.f = entry['zh-cn'];
  }
}

/** exceljs's US codes for the locale short-date ids → what Excel zh-CN shows (and Office.js reports). */
const ZH_CN_SHORT_DATE: Record<string, string> = {
  'mm-dd-yy': 'yyyy/m/d',
  'm/d/yy "h":mm': 'yyyy/m/d h:mm',
};

export function localeFormat(f: string): string {
  return ZH_CN_SHORT_DATE[f] ?? f;
}
