/**
 * A body paragraph as WordprocessingML text, written exactly as docx 9's Paragraph/TextRun write
 * it (element and attribute order, escaping), so the per-report document.xml needs no docx
 * object tree. render-docx.test.ts proves the two writers give the same document.xml.
 * Element order: ISO/IEC 29500 CT_PPr (keepNext, keepLines, pageBreakBefore, spacing, ind, jc)
 * and CT_RPr (rFonts, b, bCs, sz, szCs, lang).
 */

export interface RunSpec {
  text: string;
  face: string;
  /** half-points */
  size: number;
  bold?: boolean;
  /** a line break before the text (a title's second line) */
  break?: boolean;
}

/** Exact line spacing in twips; before is always 0, after 0 unless given. */
export interface Spacing {
  line: number;
  after?: number;
}

export interface ParaSpec {
  runs: RunSpec[];
  spacing: Spacing;
  align?: 'center' | 'right' | 'both';
  indent?: { firstLine: number; firstLineChars: number } | { left: number } | { right: number };
  keepNext?: boolean;
  keepLines?: boolean;
  pageBreakBefore?: boolean;
}

/** docx's escaping, of text and attributes alike: markup and quotes escaped, characters XML 1.0 cannot carry dropped. */
export function escapeXml(s: string): string {
  return s.replace(/[&"'<>\x00-\x08\x0B\x0C\x0E-\x1F]/g, (c) =>
    c === '&' ? '&amp;' : c === '"' ? '&quot;' : c === "'" ? '&apos;' : c === '<' ? '&lt;' : c === '>' ? '&gt;' : '');
}

const rPrCache = new Map<string, string>();

function rPr(r: RunSpec): string {
  const key = `${r.face}|${r.size}|${r.bold ? 1 : 0}`;
  let x = rPrCache.get(key);
  if (x === undefined) {
    const f = escapeXml(r.face);
    x = `<w:rPr><w:rFonts w:ascii="${f}" w:cs="${f}" w:eastAsia="${f}" w:hAnsi="${f}"/>`
      + (r.bold ? '<w:b/><w:bCs/>' : '')
      + `<w:sz w:val="${r.size}"/><w:szCs w:val="${r.size}"/><w:lang w:eastAsia="zh-CN"/></w:rPr>`;
    rPrCache.set(key, x);
  }
  return x;
}

function indXml(ind: NonNullable<ParaSpec['indent']>): string {
  if ('firstLine' in ind) return `<w:ind w:firstLine="${ind.firstLine}" w:firstLineChars="${ind.firstLineChars}"/>`;
  if ('left' in ind) return `<w:ind w:left="${ind.left}"/>`;
  return `<w:ind w:right="${ind.right}"/>`;
}

export function paragraphXml(p: ParaSpec): string {
  const pPr = (p.keepNext ? '<w:keepNext/>' : '')
    + (p.keepLines ? '<w:keepLines/>' : '')
    + (p.pageBreakBefore ? '<w:pageBreakBefore/>' : '')
    + `<w:spacing w:after="${p.spacing.after ?? 0}" w:before="0" w:line="${p.spacing.line}" w:lineRule="exact"/>`
    + (p.indent ? indXml(p.indent) : '')
    + (p.align ? `<w:jc w:val="${p.align}"/>` : '');
  let runs = '';
  for (const r of p.runs) {
    runs += `<w:r>${rPr(r)}${r.break ? '<w:br/>' : ''}<w:t xml:space="preserve">${escapeXml(r.text)}</w:t></w:r>`;
  }
  return `<w:p><w:pPr>${pPr}</w:pPr>${runs}</w:p>`;
}
