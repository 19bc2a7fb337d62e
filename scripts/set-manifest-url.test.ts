/** An administrator's wrong address or path gets a Chinese sentence, never a Node stack trace. */
import { spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const dir = mkdtempSync(join(tmpdir(), 'dj-manifest-url-'));
const run = (args: string[], env: Record<string, string> = {}) =>
  spawnSync(process.execPath, args, { encoding: 'utf8', env: { ...process.env, ...env } });
const STACK = /^\s+at |node:internal|Error:/m;

describe('scripts/set-manifest-url.ts', () => {
  it('refuses an http address with the reason, exit 2', () => {
    copyFileSync('manifest.xml', join(dir, 'm.xml'));
    const r = run(['--import', 'tsx', 'scripts/set-manifest-url.ts', 'http://10.1.2.3/dj/', join(dir, 'm.xml')]);
    expect(r.status).toBe(2);
    expect(r.stderr).toContain('必须使用 https');
    expect(r.stderr).not.toMatch(STACK);
  });
  it('names a manifest it cannot find, exit 1', () => {
    const r = run(['--import', 'tsx', 'scripts/set-manifest-url.ts', 'https://oa.example.gov.cn/dj/', join(dir, 'none.xml')]);
    expect(r.status).toBe(1);
    expect(r.stderr).toContain('找不到清单文件');
    expect(r.stderr).not.toMatch(STACK);
  });
});

describe('npm run build:addin with a wrong ADDIN_BASE_URL', () => {
  it('stops before building, says why, and leaves no half-built folder', () => {
    const out = join(dir, 'dist');
    const r = run(['node_modules/vite/bin/vite.js', 'build', '--outDir', out], { ADDIN_BASE_URL: 'http://10.1.2.3/dj/' });
    expect(r.status).toBe(1);
    expect(r.stderr).toContain('ADDIN_BASE_URL 有误');
    expect(r.stderr).not.toMatch(STACK);
    expect(existsSync(out)).toBe(false);
  }, 60_000);
});
