/**
 * The report as plain data: what the composer produces and the renderer lays out.
 * No fonts or sizes here; the renderer owns the GB/T 9704-2012 layout.
 */

/** A stretch of text. `lead` marks the bold lead sentence of a numbered point (seed 003: "第一，…。");
 * `heading` marks a run-in level-2 heading such as "（一）规范党员信息管理。" (GB/T 9704-2012 §7.3.3). */
export interface Run {
  text: string;
  lead?: boolean;
  heading?: 2 | 3;
}

export interface ParagraphBlock {
  kind: 'paragraph';
  runs: Run[];
  /** default: justified body text with a two-character first-line indent */
  align?: 'body' | 'center' | 'right';
}

/** Section headings: 1 = "一、" (黑体), 2 = "（一）" (楷体), 3 = "1." (仿宋). */
export interface HeadingBlock {
  kind: 'heading';
  level: 1 | 2 | 3;
  text: string;
}

export interface TableBlock {
  kind: 'table';
  /** caption above the table, e.g. "表1　各支部基本情况" */
  title: string;
  header: string[];
  rows: string[][];
  /** relative column widths (any unit); equal when absent */
  widths?: number[];
  /** per column: numbers right-aligned, text left; default left */
  numeric?: boolean[];
  /** long lists (the annex): set in a smaller size so the text column stays readable */
  small?: boolean;
}

export type Block = ParagraphBlock | HeadingBlock | TableBlock;

export interface ReportSection {
  /** full heading text with its numeral, e.g. "一、基本情况" */
  heading: string;
  blocks: Block[];
}

export interface ReportAnnex {
  /** "附件" label line, e.g. "附件" */
  label: string;
  title: string;
  blocks: Block[];
}

export interface ReportDocument {
  title: string;
  /** the organisations the title names (the 上级党组织, the branch): its lines never break inside one while a word boundary fits */
  titleNames?: string[];
  preamble: ParagraphBlock[];
  sections: ReportSection[];
  /** closing paragraphs after the last section */
  closing: ParagraphBlock[];
  signature: {
    unit: string;
    /** 成文日期 in Arabic numerals: "2025年12月31日" (GB/T 9704-2012 §7.3.5.1) */
    date: string;
  };
  annexes: ReportAnnex[];
}

export function para(text: string | Run[], align?: ParagraphBlock['align']): ParagraphBlock {
  const runs = typeof text === 'string' ? [{ text }] : text;
  return align ? { kind: 'paragraph', runs, align } : { kind: 'paragraph', runs };
}

/** Every piece of text in the document, in reading order (for tests and the masking pass). */
export function documentTexts(doc: ReportDocument): string[] {
  const out: string[] = [doc.title];
  const blocks = (bs: Block[]) => {
    for (const b of bs) {
      if (b.kind === 'paragraph') out.push(b.runs.map((r) => r.text).join(''));
      else if (b.kind === 'heading') out.push(b.text);
      else out.push(b.title, ...b.header, ...b.rows.flat());
    }
  };
  blocks(doc.preamble);
  for (const s of doc.sections) { out.push(s.heading); blocks(s.blocks); }
  blocks(doc.closing);
  out.push(doc.signature.unit, doc.signature.date);
  for (const a of doc.annexes) { out.push(a.label, a.title); blocks(a.blocks); }
  return out;
}
