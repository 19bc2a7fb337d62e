/**
 * ReportDocument → .docx bytes in GB/T 9704-2012 layout. Isomorphic: no fs, no DOM;
 * Packer.toArrayBuffer works in Node and in the browser alike.
 */
import {
  AlignmentType, Document, Footer, LineRuleType, Packer, PageNumber, Paragraph, TextRun,
  type IParagraphOptions, type IRunOptions,
} from 'docx';
import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';
import { tableXml } from './table-xml.js';
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
 * §7.3.1 标题 "回行时，要做到词意完整，排列对称": break a long title at a bracket or before
 * 情况/的调研报告/党建工作, preferring the most balanced pair of lines (梯形 or 倒梯形).
 */
export function titleLines(text: string): string[] {
  const w = widthInChars(text);
  if (w <= TITLE_CHARS) return [text];
  const cuts = new Set<number>();
  for (let i = 1; i < text.length; i++) {
    if ('）》”'.includes(text[i - 1]) || '（《“'.includes(text[i])) cuts.add(i);
    if (['情况', '的调研报告', '机关党建', '党建工作'].some((w) => text.startsWith(w, i))) cuts.add(i);
  }
  let best: number | null = null;
  let bestScore = Infinity;
  for (const c of cuts) {
    const a = widthInChars(text.slice(0, c));
    const b = w - a;
    if (a > TITLE_CHARS || b > TITLE_CHARS) continue;
    const score = Math.abs(a - b) + (a < b ? 0.25 : 0); // balanced lines; on a tie, the longer first
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

/**
 * Table text: 小四 on 20 pt exact lines; the annex (small) 五号 on 16 pt; header row in 黑体.
 * Set through paragraph styles rather than on every run: a summary over thousands of branches
 * has tens of thousands of cells, and per-run properties made packing several times slower.
 */
const TABLE_STYLES = [
  { id: 'TableText', face: FONT.body, size: SIZE.小四, line: 400 },
  { id: 'TableHeader', face: FONT.heading1, size: SIZE.小四, line: 400 },
  { id: 'TableTextSmall', face: FONT.body, size: SIZE.五号, line: 320 },
  { id: 'TableHeaderSmall', face: FONT.heading1, size: SIZE.五号, line: 320 },
] as const;

/** Tables are spliced in as XML after packing (see table-xml.ts); here they leave a marker paragraph. */
const marker = (i: number) => `@@DANGJIAN_TABLE_${i}@@`;

interface Build {
  tables: string[];
}

/** Caption (四号黑体, centred) and the table itself, fixed layout across the text width, header row repeated. */
function table(t: TableBlock, build: Build): Paragraph[] {
  const out: Paragraph[] = [];
  if (t.title) {
    out.push(new Paragraph({
      children: [run(t.title, FONT.heading1, SIZE.四号)],
      alignment: AlignmentType.CENTER,
      spacing: exact(),
      keepNext: true,
    }));
  }
  const suffix = t.small ? 'Small' : '';
  build.tables.push(tableXml(t, { width: TEXT_WIDTH, textStyle: `TableText${suffix}`, headerStyle: `TableHeader${suffix}` }));
  out.push(new Paragraph({ children: [new TextRun(marker(build.tables.length - 1))] }));
  return out;
}

function blocksOf(build: Build) {
  return (bs: Block[]): Paragraph[] =>
    bs.flatMap((b) => (b.kind === 'paragraph' ? [bodyParagraph(b)] : b.kind === 'heading' ? [heading(b.level, b.text)] : table(b, build)));
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

export function buildDocument(doc: ReportDocument): { document: Document; tables: string[] } {
  const build: Build = { tables: [] };
  const blocks = blocksOf(build);
  const children: Paragraph[] = [title(doc.title), ...blocks(doc.preamble)];
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
  // Word wants a paragraph after a table at the end of the body
  const lastBlock = doc.annexes.at(-1)?.blocks.at(-1);
  if (lastBlock?.kind === 'table') children.push(blank());

  const document = new Document({
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
      paragraphStyles: TABLE_STYLES.map((st) => ({
        id: st.id,
        name: st.id,
        basedOn: 'Normal',
        quickFormat: false,
        run: { font: font(st.face), size: st.size },
        paragraph: { spacing: exact(st.line), indent: { firstLine: 0 } },
      })),
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
  return { document, tables: build.tables };
}

export async function renderDocx(doc: ReportDocument): Promise<Uint8Array> {
  const { document, tables } = buildDocument(doc);
  const packed = new Uint8Array(await Packer.toArrayBuffer(document));
  return tables.length ? spliceTables(packed, tables) : packed;
}

/** Replace each marker paragraph in word/document.xml by its table. */
function spliceTables(docx: Uint8Array, tables: string[]): Uint8Array {
  const files = unzipSync(docx);
  let xml = strFromU8(files['word/document.xml']);
  tables.forEach((t, i) => {
    const p = `<w:p><w:r><w:t xml:space="preserve">${marker(i)}</w:t></w:r></w:p>`;
    const at = xml.indexOf(p);
    if (at < 0) throw new Error(`renderDocx: table marker ${i} not found in document.xml`);
    xml = xml.slice(0, at) + t + xml.slice(at + p.length);
  });
  files['word/document.xml'] = strToU8(xml);
  return zipSync(files, { level: 6 });
}
