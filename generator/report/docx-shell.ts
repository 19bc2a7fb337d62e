/**
 * The parts of a report .docx that do not depend on its content, packed once per thread by
 * docx's Packer from a Document with a placeholder body and title; each report then only needs
 * its document.xml body and its core properties. Isomorphic (no fs): the add-in uses it too.
 */
import { Packer, type Document } from 'docx';
import { strFromU8, strToU8, unzipSync } from 'fflate';
import { deflatedPart, deflatedTextPart, zipParts, type ZipPart } from './zip-writer.js';
import { escapeXml } from './paragraph-xml.js';

export const SHELL_BODY = '@@DANGJIAN_BODY@@';
export const SHELL_TITLE = '@@DANGJIAN_TITLE@@';

export interface DocxShell {
  /** the .docx: these static parts, `body` (XML chunks, consumed once) as the body of document.xml, `title` in the core properties */
  pack(title: string, body: Iterable<string>): Uint8Array;
}

let shell: Promise<DocxShell> | null = null;

/** `make` builds the placeholder Document (the caller owns the layout); called once per thread. */
export function docxShell(make: () => Document): Promise<DocxShell> {
  shell ??= build(make());
  shell.catch(() => { shell = null; });
  return shell;
}

async function build(document: Document): Promise<DocxShell> {
  const parts = unzipSync(new Uint8Array(await Packer.toArrayBuffer(document)));
  const docXml = strFromU8(parts['word/document.xml']);
  const placeholder = `<w:p><w:r><w:t xml:space="preserve">${SHELL_BODY}</w:t></w:r></w:p>`;
  const at = docXml.indexOf(placeholder);
  const core = strFromU8(parts['docProps/core.xml']);
  if (at < 0 || !core.includes(SHELL_TITLE)) throw new Error('docx shell: placeholder not found');
  const head = docXml.slice(0, at);
  const tail = docXml.slice(at + placeholder.length);
  // the dates docx writes (when the document was made) are written afresh per report, as docx does
  const stamp = /(<dcterms:(?:created|modified) xsi:type="dcterms:W3CDTF">)[^<]*(<\/dcterms:(?:created|modified)>)/g;
  // the static parts deflated once; order as docx writes it
  const order = Object.keys(parts);
  const fixed = new Map<string, ZipPart>();
  for (const name of order) if (name !== 'word/document.xml' && name !== 'docProps/core.xml') fixed.set(name, deflatedPart(name, parts[name]));
  return {
    pack(title: string, body: Iterable<string>): Uint8Array {
      const now = new Date().toISOString();
      return zipParts(order.map((name) => {
        if (name === 'word/document.xml') return deflatedTextPart(name, documentXml(head, body, tail));
        if (name === 'docProps/core.xml') {
          return deflatedPart(name, strToU8(core.replace(SHELL_TITLE, () => escapeXml(title)).replace(stamp, (_, a: string, b: string) => a + now + b)));
        }
        return fixed.get(name)!;
      }));
    },
  };
}

function* documentXml(head: string, body: Iterable<string>, tail: string): Generator<string> {
  yield head;
  yield* body;
  yield tail;
}
