/** Report stage: template bank → document model → .docx (isomorphic except load-template-bank). */
export { composeBranchReport, composeSummaryReport, type ReportOptions } from './compose-report.js';
export type { Block, HeadingBlock, ParagraphBlock, ReportAnnex, ReportDocument, ReportSection, Run, TableBlock } from './document-model.js';
export { documentTexts } from './document-model.js';
export { parseTemplateBank, type TemplateFile } from './parse-template-bank.js';
export { renderDocx } from './render-docx.js';
export type { TemplateBank } from './template-bank.js';
export { TemplateError, type TemplateLocation } from './template-error.js';
