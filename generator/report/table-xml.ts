/**
 * A report table as WordprocessingML (<w:tbl>), written directly as text.
 * Why not docx's Table: a summary over thousands of branches has 100 000+ cells, and building
 * and serialising a docx object per cell took over a minute and most of a gigabyte; a string
 * per row takes well under a second. The XML follows the element order of ISO/IEC 29500
 * CT_TblPr / CT_TcPr / CT_PPr, and the tests validate it against the schema.
 */
import type { TableBlock } from './document-model.js';

export interface TableXmlOptions {
  /** total width in twips: the text width (版心宽) */
  width: number;
  /** paragraph style ids for body cells and header cells */
  textStyle: string;
  headerStyle: string;
  /**
   * keep the whole table on one page (every row but the last kept with the next), for a short table:
   * a seven-row table split three and four across two pages, each part under a repeated header
   */
  keepTogether?: boolean;
}

/** Characters XML 1.0 cannot carry (control characters from ledger cells) are dropped. */
export function xmlText(s: string): string {
  return s
    .replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g, '')
    .replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

export function columnWidths(t: TableBlock, width: number): number[] {
  const n = t.header.length;
  const rel = t.widths && t.widths.length === n ? t.widths : Array(n).fill(1);
  const sum = rel.reduce((a, b) => a + b, 0);
  const widths = rel.map((w) => Math.floor((w / sum) * width));
  widths[n - 1] += width - widths.reduce((a, b) => a + b, 0);
  return widths;
}

const BORDER = 'w:val="single" w:sz="4" w:space="0" w:color="000000"';

export function tableXml(t: TableBlock, o: TableXmlOptions): string {
  return [...tableXmlChunks(t, o)].join('');
}

/** The table a row at a time, for writers that stream (a summary annex has tens of thousands of rows). */
export function* tableXmlChunks(t: TableBlock, o: TableXmlOptions): Generator<string> {
  const widths = columnWidths(t, o.width);
  const keep = o.keepTogether ? '<w:keepNext/>' : '';
  const cell = (text: string, col: number, header: boolean, last = false) => {
    const jc = header ? 'center' : t.numeric?.[col] ? 'right' : null;
    const runs = text.split('\n').map((line, i) =>
      `<w:r>${i > 0 ? '<w:br/>' : ''}<w:t xml:space="preserve">${xmlText(line)}</w:t></w:r>`).join('');
    return `<w:tc><w:tcPr><w:tcW w:w="${widths[col]}" w:type="dxa"/><w:vAlign w:val="center"/></w:tcPr>`
      + `<w:p><w:pPr><w:pStyle w:val="${header ? o.headerStyle : o.textStyle}"/>${last ? '' : keep}${jc ? `<w:jc w:val="${jc}"/>` : ''}</w:pPr>${runs}</w:p></w:tc>`;
  };
  const row = (cells: string[], header: boolean, last = false) =>
    `<w:tr><w:trPr><w:cantSplit/>${header ? '<w:tblHeader/>' : ''}</w:trPr>${cells.map((c, i) => cell(c, i, header, last)).join('')}</w:tr>`;

  const parts: string[] = [
    '<w:tbl><w:tblPr>',
    `<w:tblW w:w="${o.width}" w:type="dxa"/>`,
    `<w:tblBorders><w:top ${BORDER}/><w:left ${BORDER}/><w:bottom ${BORDER}/><w:right ${BORDER}/>`
      + `<w:insideH ${BORDER}/><w:insideV ${BORDER}/></w:tblBorders>`,
    '<w:tblLayout w:type="fixed"/>',
    '<w:tblCellMar><w:top w:w="30" w:type="dxa"/><w:left w:w="60" w:type="dxa"/><w:bottom w:w="30" w:type="dxa"/><w:right w:w="60" w:type="dxa"/></w:tblCellMar>',
    '</w:tblPr><w:tblGrid>',
    ...widths.map((w) => `<w:gridCol w:w="${w}"/>`),
    '</w:tblGrid>',
    row(t.header, true, t.rows.length === 0),
  ];
  yield parts.join('');
  for (let i = 0; i < t.rows.length; i++) yield row(t.rows[i], false, i === t.rows.length - 1);
  yield '</w:tbl>';
}
