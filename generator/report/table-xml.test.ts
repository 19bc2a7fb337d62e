import { execFileSync } from 'node:child_process';
import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { strFromU8, unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import type { TableBlock } from './document-model.js';
import { columnWidths, tableXml, xmlText } from './table-xml.js';
import { composeBranchReport } from './compose-report.js';
import { loadTemplateBank } from './load-template-bank.js';
import { renderDocx } from './render-docx.js';
import { sampleDigests } from './sample-digests.js';

const t: TableBlock = {
  kind: 'table', title: '', header: ['支部', '问题说明'], rows: [['A&B<支部>', '第一行\n第二行 "引号"\u0007']], widths: [1, 3], numeric: [false, false],
};

describe('tableXml', () => {
  it('escapes markup, drops control characters, breaks lines and repeats the header row', () => {
    const xml = tableXml(t, { width: 8844, textStyle: 'TableText', headerStyle: 'TableHeader' });
    expect(xml).toContain('A&amp;B&lt;支部&gt;');
    expect(xml).toContain('<w:br/><w:t xml:space="preserve">第二行 &quot;引号&quot;</w:t>');
    expect(xml).not.toContain('\u0007');
    expect(xml.match(/<w:tblHeader\/>/g)?.length).toBe(1);
    expect(xml).toContain('<w:tblLayout w:type="fixed"/>');
    expect(xmlText('a\u0000b\u001fc')).toBe('abc');
  });

  it('keeps a short table on one page: every row kept with the next but the last; not asked, no row is', () => {
    const three: TableBlock = { ...t, rows: [['甲', '1'], ['乙', '2'], ['丙', '3']] };
    const rows = tableXml(three, { width: 8844, textStyle: 'TableText', headerStyle: 'TableHeader', keepTogether: true }).split('</w:tr>').slice(0, -1);
    expect(rows.map((r) => r.includes('<w:keepNext/>'))).toEqual([true, true, true, false]);
    // CT_PPr order: pStyle, keepNext, …, jc
    expect(rows[0]).toContain('<w:pStyle w:val="TableHeader"/><w:keepNext/><w:jc w:val="center"/>');
    expect(tableXml(three, { width: 8844, textStyle: 'TableText', headerStyle: 'TableHeader' })).not.toContain('<w:keepNext/>');
  });

  it('column widths add up to the text width exactly', () => {
    const w = columnWidths({ ...t, header: ['a', 'b', 'c'], widths: [1, 1, 1] }, 8844);
    expect(w.reduce((a, b) => a + b, 0)).toBe(8844);
    expect(columnWidths({ ...t, widths: undefined }, 8844)).toEqual([4422, 4422]);
  });

  it('a report whose ledger text carries markup and control characters still validates against the schema', async () => {
    const d = sampleDigests()[1];
    d.stats = { ...d.stats, branch: '办公室<党>支部&\u0001' };
    d.findings = [...d.findings, { ...d.findings[0], message: '姓名“张\u0008三”含有 <非法> & 字符' }];
    const bytes = await renderDocx(composeBranchReport(d, await loadTemplateBank()));
    const xml = strFromU8(unzipSync(bytes)['word/document.xml']);
    expect(xml).toContain('办公室&lt;党&gt;支部&amp;');
    expect(xml).not.toMatch(/[\u0000-\u0008]/);
    const dir = await mkdtemp(join(tmpdir(), 'dangjian-tblxml-'));
    await writeFile(join(dir, 'document.xml'), xml);
    const out = execFileSync('sh', ['-c', 'xmllint --noout --schema "$1" "$2" 2>&1; echo rc=$?', 'sh',
      '../shared/ooxml-xsd/microsoft/wml-2010.xsd', join(dir, 'document.xml')]).toString();
    expect(out).toContain('validates');
    expect(out).toContain('rc=0');
  });
});
