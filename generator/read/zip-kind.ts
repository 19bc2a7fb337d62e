/** What a zip that is not a workbook is, for the NOT_XLSX message (both readers say the same). */
export function zipKind(names: string[]): string {
  if (names.includes('content.xml') && names.includes('mimetype')) return '这是 OpenDocument 格式（如 WPS/LibreOffice 的 .ods）';
  if (names.some((n) => n.startsWith('word/'))) return '这是 Word 文档';
  if (names.some((n) => n.startsWith('ppt/'))) return '这是 PowerPoint 演示文稿';
  return '这是普通压缩包';
}
