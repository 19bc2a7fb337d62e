/**
 * A template bank that cannot be used: the message (Chinese) names the file, the line and the key,
 * so party-affairs staff can fix their copy of templates/report without reading code.
 */
export interface TemplateLocation {
  file: string;
  /** 1-based line, or null where the problem is a missing key */
  line: number | null;
  /** dotted key path, e.g. "problems.families.2.summary" */
  key: string;
}

export class TemplateError extends Error {
  readonly location: TemplateLocation;

  constructor(location: TemplateLocation, problem: string) {
    const where = location.line == null ? '' : `第 ${location.line} 行，`;
    super(`报告模板文件“${location.file}”${where}键“${location.key}”：${problem}`);
    this.name = 'TemplateError';
    this.location = location;
  }
}
