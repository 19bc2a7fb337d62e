/**
 * ReportDocument → .docx bytes in GB/T 9704-2012 layout. Isomorphic: no fs, no DOM;
 * Packer.toArrayBuffer works in Node and in the browser alike.
 */
import {
  AlignmentType, Document, Footer, LineRuleType, Packer, PageNumber, Paragraph, TextRun,
  type IParagraphOptions, type IRunOptions,
} from 'docx';
import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';
import { tableXml, tableXmlChunks, type TableXmlOptions } from './table-xml.js';
import { paragraphXml, type ParaSpec, type RunSpec, type Spacing } from './paragraph-xml.js';
import { docxShell, SHELL_BODY, SHELL_TITLE } from './docx-shell.js';
import type { Block, ParagraphBlock, ReportDocument, Run, TableBlock } from './document-model.js';
import { CHAR, FONT, FOOTER_DISTANCE, LINE, MARGIN, PAGE, SIZE, TEXT_WIDTH } from './gbt9704-layout.js';
import { titleLines, widthInChars } from './title-lines.js';

type FontName = (typeof FONT)[keyof typeof FONT];

/** A body item: a paragraph, or a table written by table-xml.ts. */
type BodyItem = ParaSpec | { table: TableBlock; options: TableXmlOptions };

/** The font on all four channels: w:eastAsia above all, or Word falls back to its theme font. */
function font(name: string) {
  return { ascii: name, hAnsi: name, eastAsia: name, cs: name };
}

function textRun(r: RunSpec): TextRun {
  const extra: Partial<IRunOptions> = { ...(r.bold ? { bold: true } : {}), ...(r.break ? { break: 1 } : {}) };
  return new TextRun({ text: r.text, font: font(r.face), size: r.size, language: { eastAsia: 'zh-CN' }, ...extra });
}

const ALIGN = { center: AlignmentType.CENTER, right: AlignmentType.RIGHT, both: AlignmentType.JUSTIFIED } as const;

function docxSpacing(s: Spacing) {
  return { line: s.line, lineRule: LineRuleType.EXACT, before: 0, after: s.after ?? 0 };
}

/** A ParaSpec as docx's Paragraph (the reference writer). */
function toParagraph(p: ParaSpec): Paragraph {
  const o: IParagraphOptions = {
    children: p.runs.map(textRun),
    spacing: docxSpacing(p.spacing),
    ...(p.align ? { alignment: ALIGN[p.align] } : {}),
    ...(p.indent ? { indent: p.indent } : {}),
    ...(p.keepNext ? { keepNext: true } : {}),
    ...(p.keepLines ? { keepLines: true } : {}),
    ...(p.pageBreakBefore ? { pageBreakBefore: true } : {}),
  };
  return new Paragraph(o);
}

/**
 * One body paragraph as data. Both writers read it: docx's Paragraph (the reference, and the
 * shell of static parts) and the string writer that renders every report (paragraph-xml.ts).
 */
const exact = (line = LINE): Spacing => ({ line });

function run(text: string, face: FontName = FONT.body, size: number = SIZE.三号, extra: Partial<RunSpec> = {}): RunSpec {
  return { text, face, size, ...extra };
}

/**
 * Body paragraph: 仿宋 三号, justified, first line indented two characters (§7.3.3). A lead-in ending
 * in "：" ("针对上述问题，提出以下建议：") is kept with what it introduces: alone at the foot of a page, under
 * its heading, it left the page ending on a colon.
 */
function bodyParagraph(b: ParagraphBlock): ParaSpec {
  const runs = b.runs.map((r) => runOf(r));
  if (b.align === 'center') return { runs, spacing: exact(), align: 'center' };
  if (b.align === 'right') return { runs, spacing: exact(), align: 'right' };
  const leadIn = b.runs.at(-1)?.text.trimEnd().endsWith('：') ?? false;
  return { runs, spacing: exact(), align: 'both', indent: FIRST_LINE, ...(leadIn ? { keepNext: true } : {}) };
}

const FIRST_LINE = { firstLine: 2 * CHAR, firstLineChars: 200 };

function runOf(r: Run): RunSpec {
  if (r.heading === 2) return run(r.text, FONT.heading2);
  if (r.heading === 3) return run(r.text, FONT.body);
  return run(r.text, FONT.body, SIZE.三号, r.lead ? { bold: true } : {});
}

/** §7.3.3 结构层次序数: 一、in 黑体, （一）in 楷体, 1. and （1） in 仿宋; kept with the next paragraph. */
function heading(level: 1 | 2 | 3, text: string): ParaSpec {
  const face = level === 1 ? FONT.heading1 : level === 2 ? FONT.heading2 : FONT.body;
  return { runs: [run(text, face)], spacing: exact(), indent: FIRST_LINE, keepNext: true, keepLines: true };
}

/** §7.2 标题: 二号方正小标宋简体, centred, a blank line below. */
function title(text: string, names: readonly string[] = []): ParaSpec {
  return {
    runs: titleLines(text, names).map((line, i) => run(line, FONT.title, SIZE.二号, i > 0 ? { break: true } : {})),
    align: 'center',
    spacing: { line: LINE, after: LINE },
    keepNext: true,
  };
}

const blank = (): ParaSpec => ({ runs: [], spacing: exact() });

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

/** Body rows of a table kept on one page: with two-line rows of 小四 on 20 pt, well within a page's 22 lines of 三号. */
const KEEP_TOGETHER_ROWS = 12;

/** Caption (四号黑体, centred) and the table itself, fixed layout across the text width, header row repeated. */
function table(t: TableBlock): BodyItem[] {
  const out: BodyItem[] = [];
  if (t.title) {
    out.push({ runs: [run(t.title, FONT.heading1, SIZE.四号)], align: 'center', spacing: exact(), keepNext: true });
  }
  const suffix = t.small ? 'Small' : '';
  // a figures table short enough for any page is not split (the annex and long tables break as they must)
  const keepTogether = !t.small && t.rows.length <= KEEP_TOGETHER_ROWS;
  out.push({ table: t, options: { width: TEXT_WIDTH, textStyle: `TableText${suffix}`, headerStyle: `TableHeader${suffix}`, keepTogether } });
  return out;
}

function blocks(bs: Block[]): BodyItem[] {
  return bs.flatMap((b) => (b.kind === 'paragraph' ? [bodyParagraph(b)] : b.kind === 'heading' ? [heading(b.level, b.text)] : table(b)));
}

/**
 * §7.3.5.2 (不加盖印章): 发文机关署名 below the body, 成文日期 on the next line, the two centred on each other;
 * the longer line keeps four characters from the right edge. Date in Arabic numerals (§7.3.5.1).
 */
function signature(unit: string, date: string): ParaSpec[] {
  const wu = widthInChars(unit);
  const wd = widthInChars(date);
  const right = 4 * CHAR;
  const unitRight = right + Math.max(0, Math.round(((wd - wu) / 2) * CHAR));
  const dateRight = right + Math.max(0, Math.round(((wu - wd) / 2) * CHAR));
  const line = (text: string, r: number): ParaSpec =>
    ({ runs: [run(text)], align: 'right', indent: { right: r }, spacing: exact() });
  return [{ ...line(unit, unitRight), keepNext: true }, line(date, dateRight)];
}

/** §7.5 页码: 四号宋体 "— 1 —", odd pages right, even pages left, one character from the edge. */
function pageNumberFooter(side: 'odd' | 'even'): Footer {
  const em = 280; // one 四号 character
  return new Footer({
    children: [new Paragraph({
      alignment: side === 'odd' ? AlignmentType.RIGHT : AlignmentType.LEFT,
      indent: side === 'odd' ? { right: em } : { left: em },
      children: [textRun(run('— ', FONT.pageNumber, SIZE.四号)), new TextRun({ children: [PageNumber.CURRENT], font: font(FONT.pageNumber), size: SIZE.四号 }), textRun(run(' —', FONT.pageNumber, SIZE.四号))],
    })],
  });
}

/**
 * The signature never stands alone on a page (GB/T 9704-2012 §7.3.5: 署名、日期 follow the body; a
 * page holding only them reads as an unsigned document): from the last paragraph of the body through
 * 特此报告、附件说明 and the blank lines to the issuing body, every paragraph is kept with the next, so a
 * page break falls inside the body and at least its last lines move over with the signature.
 * `from` is the index of the body's last item; a table there is left to break as it may.
 */
function keepWithSignature(items: BodyItem[], from: number): void {
  for (let i = Math.max(0, from); i < items.length - 1; i++) {
    const it = items[i];
    if ('runs' in it) items[i] = { ...it, keepNext: true };
  }
}

/** The report body in order: paragraphs and tables (title … signature, then the annexes). */
export function bodyItems(doc: ReportDocument): BodyItem[] {
  const children: BodyItem[] = [title(doc.title, doc.titleNames), ...blocks(doc.preamble)];
  for (const s of doc.sections) {
    children.push(heading(1, s.heading), ...blocks(s.blocks));
  }
  const lastBody = children.length - 1;
  children.push(...blocks(doc.closing));
  // §7.3.4 附件说明: 正文下空一行左空二字编排"附件"，后标全角冒号和附件名称.
  if (doc.annexes.length) {
    children.push(blank());
    doc.annexes.forEach((a, i) => {
      const label = doc.annexes.length > 1 ? `${i + 1}.${a.title}` : a.title;
      children.push({
        runs: [run(i === 0 ? `附件：${label}` : label)],
        indent: i === 0 ? FIRST_LINE : { left: 5 * CHAR },
        spacing: exact(),
      });
    });
  }
  children.push(blank(), ...signature(doc.signature.unit, doc.signature.date));
  keepWithSignature(children, lastBody);
  // §8 附件: 另面编排, "附件" 黑体 顶格, 标题居中.
  doc.annexes.forEach((a, i) => {
    children.push({
      runs: [run(doc.annexes.length > 1 ? `${a.label}${i + 1}` : a.label, FONT.heading1)],
      pageBreakBefore: true,
      spacing: exact(),
      keepNext: true,
    });
    children.push(title(a.title), ...blocks(a.blocks));
  });
  // Word wants a paragraph after a table at the end of the body
  const lastBlock = doc.annexes.at(-1)?.blocks.at(-1);
  if (lastBlock?.kind === 'table') children.push(blank());
  return children;
}

function* bodyXml(items: BodyItem[]): Generator<string> {
  for (const it of items) {
    if ('runs' in it) yield paragraphXml(it);
    else yield* tableXmlChunks(it.table, it.options);
  }
}

/** docx's objects for a body (tables as marker paragraphs, spliced in after packing). */
function docxChildren(items: BodyItem[], tables: string[]): Paragraph[] {
  return items.map((it) => {
    if ('runs' in it) return toParagraph(it);
    tables.push(tableXml(it.table, it.options));
    return new Paragraph({ children: [new TextRun(marker(tables.length - 1))] });
  });
}

/** Tables are spliced in as XML after packing (see table-xml.ts); here they leave a marker paragraph. */
const marker = (i: number) => `@@DANGJIAN_TABLE_${i}@@`;

/** The docx Document: `children` in the one GB/T 9704 section, with styles and page-number footers. */
function documentOf(titleText: string, children: Paragraph[]): Document {
  const document = new Document({
    creator: '党建台账助手',
    title: titleText,
    evenAndOddHeaderAndFooters: true,
    styles: {
      default: {
        document: {
          run: { font: font(FONT.body), size: SIZE.三号, language: { value: 'zh-CN', eastAsia: 'zh-CN' } },
          paragraph: { spacing: docxSpacing(exact()) },
        },
      },
      paragraphStyles: TABLE_STYLES.map((st) => ({
        id: st.id,
        name: st.id,
        basedOn: 'Normal',
        quickFormat: false,
        run: { font: font(st.face), size: st.size },
        paragraph: { spacing: docxSpacing(exact(st.line)), indent: { firstLine: 0 } },
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
  return document;
}

/** The report as docx objects (the reference writer), tables as markers to splice in. */
export function buildDocument(doc: ReportDocument): { document: Document; tables: string[] } {
  const tables: string[] = [];
  const children = docxChildren(bodyItems(doc), tables);
  return { document: documentOf(doc.title, children), tables };
}

/**
 * The reference renderer: every part through docx's Packer. Slower (the static parts are built
 * and serialised again per document); renderDocx writes the same parts (render-docx.test.ts).
 */
export async function renderDocxWithPacker(doc: ReportDocument): Promise<Uint8Array> {
  const { document, tables } = buildDocument(doc);
  const packed = new Uint8Array(await Packer.toArrayBuffer(document));
  return tables.length ? spliceTables(packed, tables) : packed;
}

/**
 * ReportDocument → .docx bytes. The parts that are the same for every report (styles, footers,
 * settings, theme, numbering, relationships) come from docx's Packer once per thread (docx-shell.ts);
 * only document.xml and core.xml are written per report, as strings, so a bulk run over thousands
 * of branches does not pay docx's object tree and serialisation for each.
 */
export async function renderDocx(doc: ReportDocument): Promise<Uint8Array> {
  const shell = await docxShell(() => documentOf(SHELL_TITLE, [new Paragraph({ children: [new TextRun(SHELL_BODY)] })]));
  return shell.pack(doc.title, bodyXml(bodyItems(doc)));
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
