/**
 * ReportDocument → .docx bytes in GB/T 9704-2012 layout. Isomorphic: no fs, no DOM;
 * Packer.toArrayBuffer works in Node and in the browser alike.
 */
import {
  AlignmentType, Document, Footer, LineRuleType, Packer, PageNumber, Paragraph, Table, TableCell,
  TableLayoutType, TableRow, TextRun, VerticalAlignTable, WidthType, BorderStyle,
  type IParagraphOptions, type IRunOptions,
} from 'docx';
import type { Block, ParagraphBlock, ReportDocument, Run, TableBlock } from './document-model.js';
import { CHAR, FONT, FOOTER_DISTANCE, LINE, MARGIN, PAGE, SIZE, TEXT_WIDTH } from './gbt9704-layout.js';

type FontName = (typeof FONT)[keyof typeof FONT];

/** The font on all four channels: w:eastAsia above all, or Word falls back to its theme font. */
function font(name: FontName) {
  return { ascii: name, hAnsi: name, eastAsia: name, cs: name };
}

function run(text: string, face: FontName = FONT.body, size: number = SIZE.三号, extra: Partial<IRunOptions> = {}): TextRun {
  return new TextRun({ text, font: font(face), size, language: { eastAsia: 'zh-CN' }, ...extra });
}

const exact = (line = LINE) => ({ line, lineRule: LineRuleType.EXACT, before: 0, after: 0 });

/** Body paragraph: 仿宋 三号, justified, first line indented two characters (§7.3.3). */
function bodyParagraph(b: ParagraphBlock): Paragraph {
  const children = b.runs.map((r) => runOf(r));
  const base: IParagraphOptions = { children, spacing: exact() };
  if (b.align === 'center') return new Paragraph({ ...base, alignment: AlignmentType.CENTER });
  if (b.align === 'right') return new Paragraph({ ...base, alignment: AlignmentType.RIGHT });
  return new Paragraph({ ...base, alignment: AlignmentType.JUSTIFIED, indent: { firstLine: 2 * CHAR, firstLineChars: 200 } });
}

function runOf(r: Run): TextRun {
  if (r.heading === 2) return run(r.text, FONT.heading2);
  if (r.heading === 3) return run(r.text, FONT.body);
  return run(r.text, FONT.body, SIZE.三号, r.lead ? { bold: true } : {});
}

/** §7.3.3 结构层次序数: 一、in 黑体, （一）in 楷体, 1. and （1） in 仿宋; kept with the next paragraph. */
function heading(level: 1 | 2 | 3, text: string): Paragraph {
  const face = level === 1 ? FONT.heading1 : level === 2 ? FONT.heading2 : FONT.body;
  return new Paragraph({
    children: [run(text, face)],
    spacing: exact(),
    indent: { firstLine: 2 * CHAR, firstLineChars: 200 },
    keepNext: true,
    keepLines: true,
  });
}

/** Characters of 二号 that fit on one line of the text block. */
const TITLE_CHARS = Math.floor(TEXT_WIDTH / (SIZE.二号 * 10));

/**
 * §7.3.1 标题 "回行时，要做到词意完整，排列对称": break a long title after a closing bracket or
 * before 情况/的调研报告, preferring a first line at least as long as the second (梯形).
 */
export function titleLines(text: string): string[] {
  const w = widthInChars(text);
  if (w <= TITLE_CHARS) return [text];
  const cuts = new Set<number>();
  for (let i = 1; i < text.length; i++) {
    if ('）》”'.includes(text[i - 1])) cuts.add(i);
    if (text.startsWith('情况', i) || text.startsWith('的调研报告', i) || text.startsWith('机关党建', i)) cuts.add(i);
  }
  let best: number | null = null;
  let bestScore = Infinity;
  for (const c of cuts) {
    const a = widthInChars(text.slice(0, c));
    const b = w - a;
    if (a > TITLE_CHARS || b > TITLE_CHARS) continue;
    const score = Math.abs(a - b) + (a < b ? 4 : 0);
    if (score < bestScore) { bestScore = score; best = c; }
  }
  return best == null ? [text] : [text.slice(0, best), text.slice(best)];
}

/** §7.2 标题: 二号方正小标宋简体, centred, a blank line below. */
function title(text: string): Paragraph {
  return new Paragraph({
    children: titleLines(text).map((line, i) => run(line, FONT.title, SIZE.二号, i > 0 ? { break: 1 } : {})),
    alignment: AlignmentType.CENTER,
    spacing: { ...exact(), after: LINE },
    keepNext: true,
  });
}

const blank = () => new Paragraph({ children: [], spacing: exact() });

/** Exact line pitch of table text: 20 pt for 小四, 16 pt for 五号 (the annex). */
const TABLE_TEXT = { normal: { size: SIZE.小四, line: 400 }, small: { size: SIZE.五号, line: 320 } } as const;
const thin = { style: BorderStyle.SINGLE, size: 4, color: '000000' };

/** Tables: fixed layout across the text width, 小四, the header row repeated on every page. */
function table(t: TableBlock): (Paragraph | Table)[] {
  const n = t.header.length;
  const rel = t.widths && t.widths.length === n ? t.widths : Array(n).fill(1);
  const sum = rel.reduce((a, b) => a + b, 0);
  const widths = rel.map((w) => Math.floor((w / sum) * TEXT_WIDTH));
  widths[n - 1] += TEXT_WIDTH - widths.reduce((a, b) => a + b, 0);

  const tt = t.small ? TABLE_TEXT.small : TABLE_TEXT.normal;
  const cell = (text: string, col: number, header: boolean) =>
    new TableCell({
      width: { size: widths[col], type: WidthType.DXA },
      verticalAlign: VerticalAlignTable.CENTER,
      margins: { top: 30, bottom: 30, left: 60, right: 60 },
      children: [new Paragraph({
        alignment: header ? AlignmentType.CENTER : t.numeric?.[col] ? AlignmentType.RIGHT : AlignmentType.LEFT,
        spacing: exact(tt.line),
        children: text.split('\n').map((line, i) =>
          run(line, header ? FONT.heading1 : FONT.body, tt.size, i > 0 ? { break: 1 } : {})),
      })],
    });

  const rows = [
    new TableRow({ tableHeader: true, cantSplit: true, children: t.header.map((h, i) => cell(h, i, true)) }),
    ...t.rows.map((r) => new TableRow({ cantSplit: true, children: r.map((c, i) => cell(c, i, false)) })),
  ];
  const out: (Paragraph | Table)[] = [];
  if (t.title) {
    out.push(new Paragraph({
      children: [run(t.title, FONT.heading1, SIZE.四号)],
      alignment: AlignmentType.CENTER,
      spacing: exact(),
      keepNext: true,
    }));
  }
  out.push(new Table({
    rows,
    width: { size: TEXT_WIDTH, type: WidthType.DXA },
    columnWidths: widths,
    layout: TableLayoutType.FIXED,
    borders: { top: thin, bottom: thin, left: thin, right: thin, insideHorizontal: thin, insideVertical: thin },
  }));
  return out;
}

function blocks(bs: Block[]): (Paragraph | Table)[] {
  return bs.flatMap((b) => (b.kind === 'paragraph' ? [bodyParagraph(b)] : b.kind === 'heading' ? [heading(b.level, b.text)] : table(b)));
}

/** Display width in characters: CJK and full-width count 1, ASCII ½. */
function widthInChars(s: string): number {
  let w = 0;
  for (const ch of s) w += /[\u0000-\u00ff]/.test(ch) ? 0.5 : 1;
  return w;
}

/**
 * §7.3.5.2 (不加盖印章): 发文机关署名 below the body, 成文日期 on the next line, the two centred on each other;
 * the longer line keeps four characters from the right edge. Date in Arabic numerals (§7.3.5.1).
 */
function signature(unit: string, date: string): Paragraph[] {
  const wu = widthInChars(unit);
  const wd = widthInChars(date);
  const right = 4 * CHAR;
  const unitRight = right + Math.max(0, Math.round(((wd - wu) / 2) * CHAR));
  const dateRight = right + Math.max(0, Math.round(((wu - wd) / 2) * CHAR));
  const line = (text: string, r: number) =>
    new Paragraph({ children: [run(text)], alignment: AlignmentType.RIGHT, indent: { right: r }, spacing: exact(), keepNext: true });
  return [line(unit, unitRight), line(date, dateRight)];
}

/** §7.5 页码: 四号宋体 "— 1 —", odd pages right, even pages left, one character from the edge. */
function pageNumberFooter(side: 'odd' | 'even'): Footer {
  const em = 280; // one 四号 character
  return new Footer({
    children: [new Paragraph({
      alignment: side === 'odd' ? AlignmentType.RIGHT : AlignmentType.LEFT,
      indent: side === 'odd' ? { right: em } : { left: em },
      children: [run('— ', FONT.pageNumber, SIZE.四号), new TextRun({ children: [PageNumber.CURRENT], font: font(FONT.pageNumber), size: SIZE.四号 }), run(' —', FONT.pageNumber, SIZE.四号)],
    })],
  });
}

export function buildDocument(doc: ReportDocument): Document {
  const children: (Paragraph | Table)[] = [title(doc.title), ...blocks(doc.preamble)];
  for (const s of doc.sections) {
    children.push(heading(1, s.heading), ...blocks(s.blocks));
  }
  children.push(...blocks(doc.closing));
  // §7.3.4 附件说明: 正文下空一行左空二字编排"附件"，后标全角冒号和附件名称.
  if (doc.annexes.length) {
    children.push(blank());
    doc.annexes.forEach((a, i) => {
      const label = doc.annexes.length > 1 ? `${i + 1}.${a.title}` : a.title;
      children.push(new Paragraph({
        children: [run(i === 0 ? `附件：${label}` : label)],
        indent: i === 0 ? { firstLine: 2 * CHAR, firstLineChars: 200 } : { left: 5 * CHAR },
        spacing: exact(),
      }));
    });
  }
  children.push(blank(), ...signature(doc.signature.unit, doc.signature.date));
  // §8 附件: 另面编排, "附件" 黑体 顶格, 标题居中.
  doc.annexes.forEach((a, i) => {
    children.push(new Paragraph({
      children: [run(doc.annexes.length > 1 ? `${a.label}${i + 1}` : a.label, FONT.heading1)],
      pageBreakBefore: true,
      spacing: exact(),
      keepNext: true,
    }));
    children.push(title(a.title), ...blocks(a.blocks));
  });

  return new Document({
    creator: '党建台账助手',
    title: doc.title,
    evenAndOddHeaderAndFooters: true,
    styles: {
      default: {
        document: {
          run: { font: font(FONT.body), size: SIZE.三号, language: { value: 'zh-CN', eastAsia: 'zh-CN' } },
          paragraph: { spacing: exact() },
        },
      },
    },
    sections: [{
      properties: {
        page: {
          size: { width: PAGE.width, height: PAGE.height },
          margin: { ...MARGIN, header: 851, footer: FOOTER_DISTANCE, gutter: 0 },
        },
      },
      footers: { default: pageNumberFooter('odd'), even: pageNumberFooter('even') },
      children,
    }],
  });
}

export async function renderDocx(doc: ReportDocument): Promise<Uint8Array> {
  return new Uint8Array(await Packer.toArrayBuffer(buildDocument(doc)));
}
