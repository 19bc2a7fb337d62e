/**
 * The text of a generated .docx as a reader sees it: paragraphs and tables in document order,
 * read straight from word/document.xml (no renderer in between), for tests that compare a
 * report's figures with `dangjian check --json`.
 */
import { readFileSync } from 'node:fs';
import { strFromU8, unzipSync } from 'fflate';

export type DocBlock = { kind: 'p'; text: string } | { kind: 'table'; title: string; rows: string[][] };

const unescape = (s: string) => s.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&apos;/g, "'").replace(/&amp;/g, '&');

/** The text of an XML fragment's runs; a line break inside a cell reads as "\n". */
function runsText(xml: string): string {
  let out = '';
  for (const m of xml.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>|<w:br\/>|<\/w:p>/g)) out += m[1] != null ? unescape(m[1]) : '\n';
  return out.replace(/\n+$/, '');
}

export function docxBlocks(path: string): DocBlock[] {
  const xml = strFromU8(unzipSync(readFileSync(path))['word/document.xml']);
  const blocks: DocBlock[] = [];
  // top-level tables and paragraphs, in order (report tables are never nested)
  for (const m of xml.matchAll(/<w:tbl>[\s\S]*?<\/w:tbl>|<w:p[ >][\s\S]*?<\/w:p>/g)) {
    const part = m[0];
    if (part.startsWith('<w:tbl>')) {
      const rows = [...part.matchAll(/<w:tr[ >][\s\S]*?<\/w:tr>/g)].map((r) =>
        [...r[0].matchAll(/<w:tc>([\s\S]*?)<\/w:tc>/g)].map((c) => runsText(c[1])));
      // a table's title is the paragraph just before it (表1　…, or an annex title)
      const prev = blocks.length && blocks[blocks.length - 1].kind === 'p' ? (blocks[blocks.length - 1] as { text: string }).text : '';
      blocks.push({ kind: 'table', title: prev, rows });
    } else {
      const text = runsText(part);
      if (text) blocks.push({ kind: 'p', text });
    }
  }
  return blocks;
}

export const paragraphs = (b: DocBlock[]) => b.filter((x): x is { kind: 'p'; text: string } => x.kind === 'p').map((x) => x.text);
export const tables = (b: DocBlock[]) => b.filter((x): x is Extract<DocBlock, { kind: 'table' }> => x.kind === 'table');
/** Every character of the document, for searches such as "no full ID number". */
export const allText = (b: DocBlock[]) => b.map((x) => (x.kind === 'p' ? x.text : [x.title, ...x.rows.flat()].join('\n'))).join('\n');
