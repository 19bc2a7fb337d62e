import { readFileSync, writeFileSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkManifestFile, semanticProblems } from './check-manifest.js';
import { setManifestBaseUrl } from './set-manifest-url.js';

const xml = readFileSync('manifest.xml', 'utf8');
const assets = (rel: string) => { try { return readFileSync(join('addin', rel)); } catch { return null; } };

describe('manifest.xml', () => {
  it('passes the schemas and our own checks', () => {
    expect(checkManifestFile('manifest.xml', 'addin')).toEqual([]);
  });

  it('is caught when a resid is undefined, a URL is http or elsewhere, or an icon is missing', () => {
    const bad = xml
      .replace('<Label resid="Group.Label"/>', '<Label resid="Group.Missing"/>')
      .replace('https://localhost:3000/commands.html', 'http://localhost:3000/commands.html')
      .replace('https://localhost:3000/assets/icon-16.png', 'https://localhost:3000/assets/none.png')
      .replace('<SupportUrl DefaultValue="https://localhost:3000/taskpane.html"/>', '<SupportUrl DefaultValue="https://cdn.example.com/x"/>');
    const p = semanticProblems(bad, assets);
    expect(p).toContain('resid="Group.Missing" 在 <Resources> 中没有定义。');
    expect(p).toContain('网址必须使用 https：http://localhost:3000/commands.html');
    expect(p).toContain('网址不在加载项所在的源 https://localhost:3000 下：https://cdn.example.com/x');
    expect(p).toContain('图标文件不存在：https://localhost:3000/assets/none.png');
  });

  it('is caught by the schema when an element is out of place', () => {
    const dir = mkdtempSync(join(tmpdir(), 'manifest-'));
    const file = join(dir, 'manifest.xml');
    writeFileSync(file, xml.replace('<Permissions>ReadWriteDocument</Permissions>', '<Permissions>Everything</Permissions>'));
    expect(checkManifestFile(file, 'addin').some((m) => m.startsWith('架构校验'))).toBe(true);
  });

  it('moves to another base URL as a whole and stays valid', () => {
    const moved = setManifestBaseUrl(xml, 'https://oa.example.gov.cn/dangjian');
    expect(moved).not.toContain('localhost');
    expect(moved).toContain('<AppDomain>https://oa.example.gov.cn</AppDomain>');
    expect(moved).toContain('DefaultValue="https://oa.example.gov.cn/dangjian/assets/icon-80.png"');
    expect(semanticProblems(moved, assets)).toEqual([]);
    expect(() => setManifestBaseUrl(xml, 'http://oa.example.gov.cn/')).toThrow(/https/);
  });
});
