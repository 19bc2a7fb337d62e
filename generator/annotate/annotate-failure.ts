/**
 * The annotated copy is a load-and-save of the branch's own workbook through exceljs, which cannot
 * round-trip every workbook (overlapping merges, some sheet names, unusual parts). The user gets a
 * Chinese reason, not exceljs's English error; the report itself is still written.
 */
export function annotateFailureMessage(file: string): string {
  return `无法为文件“${file}”生成问题标注副本：工作簿中有本程序无法原样复制的内容（如重叠的合并单元格、不规范的工作表名称或特殊对象）。调研报告已生成，可对照报告附件或问题清单修改原表。`;
}
