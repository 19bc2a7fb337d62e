import { execFileSync } from 'node:child_process';
import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { strFromU8, unzipSync } from 'fflate';
import { beforeAll, describe, expect, it } from 'vitest';
import { composeBranchReport, composeSummaryReport } from './compose-report.js';
import { loadTemplateBank } from './load-template-bank.js';
import { renderDocx } from './render-docx.js';
import { titleLines } from './title-lines.js';
import { sampleDigests } from './sample-digests.js';

const XSD = '../shared/ooxml-xsd/microsoft/wml-2010.xsd';

let dir: string;
let bytes: Uint8Array;
let parts: Record<string, string>;

beforeAll(async () => {
  const bank = await loadTemplateBank();
  const doc = composeSummaryReport(sampleDigests(), bank, { scope: '××市', unit: '中共××市直机关工作委员会' });
  bytes = await renderDocx(doc);
  dir = await mkdtemp(join(tmpdir(), 'dangjian-report-'));
  await writeFile(join(dir, 'report.docx'), bytes);
  const files = unzipSync(bytes);
  parts = Object.fromEntries(Object.entries(files).filter(([n]) => /\.(xml|rels)$/.test(n)).map(([n, b]) => [n, strFromU8(b)]));
});

describe('renderDocx: GB/T 9704-2012 layout in the XML', () => {
  it('A4 page and the standard margins (37/35/28/26 mm at 56.7 twips a mm)', () => {
    const xml = parts['word/document.xml'];
    expect(xml).toMatch(/<w:pgSz w:w="11906" w:h="16838"/);
    const mar = xml.match(/<w:pgMar [^>]*>/)![0];
    expect(mar).toContain('w:top="2098"');
    expect(mar).toContain('w:bottom="1985"');
    expect(mar).toContain('w:left="1588"');
    expect(mar).toContain('w:right="1474"');
  });

  it('sets every typeface as East Asian font and uses exact line spacing (22 lines a page)', () => {
    const xml = parts['word/document.xml'];
    for (const f of ['仿宋_GB2312', '方正小标宋简体', '黑体', '楷体_GB2312']) expect(xml).toContain(`w:eastAsia="${f}"`);
    expect(xml).toContain('w:line="579" w:lineRule="exact"');
    expect(xml).not.toContain('lineRule="exactly"');
    expect(xml).toMatch(/<w:sz w:val="44"\/>/); // title 二号
    expect(xml).toMatch(/<w:sz w:val="32"\/>/); // body 三号
    expect(parts['word/styles.xml']).toContain('w:eastAsia="仿宋_GB2312"');
  });

  it('keeps headings with the next paragraph; tables are fixed-width with a repeated header row', () => {
    const xml = parts['word/document.xml'];
    expect(xml).toContain('<w:keepNext/>');
    expect(xml).toContain('<w:tblHeader/>');
    expect(xml).toContain('<w:tblLayout w:type="fixed"/>');
    expect(/<w:tblW (?=[^>]*w:w="8844")(?=[^>]*w:type="dxa")/.test(xml)).toBe(true);
    expect(xml.match(/<w:tbl>/g)?.length).toBe(4); // three tables in 基本情况, one in the annex
    expect(xml).not.toContain('@@DANGJIAN_TABLE');
  });

  it('keeps a lead-in ending in "：" with the paragraph it introduces', () => {
    const xml = parts['word/document.xml'];
    const paras = xml.split('</w:p>');
    const leadIns = paras.filter((p) => /提出以下建议：<\/w:t>|以下几个方面：<\/w:t>/.test(p));
    expect(leadIns.length).toBeGreaterThanOrEqual(2);
    for (const p of leadIns) expect(p).toContain('<w:keepNext/>');
  });

  it('keeps the short figures tables on one page, and lets the annex of findings break', () => {
    const tbls = parts['word/document.xml'].split('<w:tbl>').slice(1).map((x) => x.split('</w:tbl>')[0]);
    expect(tbls).toHaveLength(4);
    for (const x of tbls.slice(0, 3)) expect(x).toContain('<w:keepNext/>');
    expect(tbls[3]).not.toContain('<w:keepNext/>');
  });

  it('odd and even page-number footers: "— N —" 四号宋体, right on odd pages, left on even', () => {
    expect(parts['word/settings.xml']).toMatch(/<w:evenAndOddHeaders\/>/);
    const xml = parts['word/document.xml'];
    const ref = (type: string) => xml.match(new RegExp(`<w:footerReference w:type="${type}" r:id="(rId\\d+)"`))![1];
    const rels = parts['word/_rels/document.xml.rels'];
    const target = (id: string) => 'word/' + rels.match(new RegExp(`Id="${id}"[^>]*Target="([^"]+)"`))![1];
    const odd = parts[target(ref('default'))];
    const even = parts[target(ref('even'))];
    expect(odd).toContain('<w:jc w:val="right"/>');
    expect(even).toContain('<w:jc w:val="left"/>');
    for (const f of [odd, even]) {
      expect(f).toContain('PAGE');
      expect(f).toContain('>— <');
      expect(f).toContain('> —<');
      expect(f).toContain('w:eastAsia="宋体"');
      expect(f).toContain('<w:sz w:val="28"/>');
    }
  });

  it('document.xml and the footers validate against the OOXML schema', () => {
    const out = join(dir, 'x');
    for (const [name, content] of Object.entries(parts)) {
      if (!/^word\/(document|footer\d+)\.xml$/.test(name)) continue;
      const p = join(out, name.replace('/', '_'));
      execFileSync('mkdir', ['-p', out]);
      execFileSync('sh', ['-c', 'cat > "$1"', 'sh', p], { input: content });
      const r = execFileSync('sh', ['-c', `xmllint --noout --schema "$1" "$2" 2>&1; echo rc=$?`, 'sh', XSD, p]).toString();
      expect(r, name).toContain('validates');
      expect(r, name).toContain('rc=0');
    }
  });
});

describe('renderDocx: what LibreOffice prints', () => {
  it('the four sections in order, the figures, page numbers and the annex', () => {
    const profile = `file://${join(dir, 'lo-profile')}`;
    execFileSync('soffice', [`-env:UserInstallation=${profile}`, '--headless', '--convert-to', 'pdf', '--outdir', dir, join(dir, 'report.docx')],
      { stdio: 'ignore', timeout: 100_000 });
    const raw = execFileSync('pdftotext', ['-layout', join(dir, 'report.pdf'), '-']).toString();
    const text = raw.replace(/\s+/g, '');
    // each one found after the one before: the order of the document
    let from = 0;
    for (const h of ['一、基本情况', '二、存在的问题', '三、问题成因', '四、对策建议', '特此报告。', '附件：台账问题清单',
      '中共××市直机关工作委员会2025年12月31日', '附件台账问题清单']) {
      const i = text.indexOf(h, from);
      expect(i, `${h} after position ${from}`).toBeGreaterThanOrEqual(from);
      from = i + h.length;
    }
    expect(text).toContain('关于××市机关党建工作（党支部台账）');
    expect(text).toContain('应交党费5239.50元，实交党费5092.50元，收缴率97.2%');
    expect(text).toContain('共发现台账问题14处');
    expect(raw).toMatch(/—\s*1\s*—/);
    expect(raw).toMatch(/—\s*2\s*—/);
    const pages = Number(execFileSync('pdfinfo', [join(dir, 'report.pdf')]).toString().match(/Pages:\s+(\d+)/)![1]);
    expect(pages).toBeGreaterThanOrEqual(5);
  });

  it('a per-branch report renders too', async () => {
    const bank = await loadTemplateBank();
    const b = await renderDocx(composeBranchReport(sampleDigests()[1], bank));
    const xml = strFromU8(unzipSync(b)['word/document.xml']);
    expect(xml).toContain('办公室党支部');
    expect(xml).toContain('w:eastAsia="仿宋_GB2312"');
  });
});

describe('titleLines', () => {
  it('keeps a short title on one line and breaks a long one at a word boundary into balanced lines', () => {
    expect(titleLines('关于机关党建工作的调研报告')).toEqual(['关于机关党建工作的调研报告']);
    expect(titleLines('关于××市机关党建工作（党支部台账）情况的调研报告')).toEqual(['关于××市机关党建工作', '（党支部台账）情况的调研报告']);
    expect(titleLines('关于××市机关党建工作（台账）情况的调研报告')).toEqual(['关于××市机关党建工作', '（台账）情况的调研报告']);
    expect(titleLines('关于离退休干部党支部党建工作（党支部台账）情况的调研报告')).toEqual(['关于离退休干部党支部党建工作', '（党支部台账）情况的调研报告']);
  });
});

describe('renderDocx: the title of one 上级党组织\'s branches', () => {
  it('is one paragraph broken by explicit line breaks after 关于+the name, not inside it', async () => {
    const bank = await loadTemplateBank();
    const parent = '中共杭州市西湖区直属机关工作委员会';
    const digests = sampleDigests().map((d) => ({ ...d, stats: { ...d.stats, parent } }));
    const xml = strFromU8(unzipSync(await renderDocx(composeSummaryReport(digests, bank)))['word/document.xml']);
    const first = xml.match(/<w:p>(?:(?!<\/w:p>).)*?关于(?:(?!<\/w:p>).)*?<\/w:p>/)![0];
    const texts = [...first.matchAll(/<w:r>.*?(<w:br\/>)?<w:t xml:space="preserve">([^<]*)<\/w:t><\/w:r>/g)].map((m) => (m[1] ? '|' : '') + m[2]);
    expect(texts).toEqual([`关于${parent}`, '|所属党支部建设情况的调研报告']);
  });
});
