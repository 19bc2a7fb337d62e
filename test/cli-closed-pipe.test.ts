/** Piping the CLI into a reader that leaves early (`| head -1`, here `| true`) ends quietly, with no Node stack trace. */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { ROOT } from './cli-helpers.js';

const dir = mkdtempSync(join(tmpdir(), 'dangjian-pipe-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function piped(args: string): { code: number | null; stderr: string } {
  const r = spawnSync('bash', ['-c', `node bin/dangjian.js ${args} 2>${join(dir, 'err.txt')} | true; echo \${PIPESTATUS[0]} >${join(dir, 'rc.txt')}; cat ${join(dir, 'err.txt')}`], {
    cwd: ROOT, encoding: 'utf8',
  });
  return { code: r.status, stderr: r.stdout };
}

describe('CLI output piped into head', () => {
  it('report: no stack trace when the reader has gone', () => {
    const r = piped(`report examples -o ${join(dir, 'out')} --as-of 2025-12-31`);
    expect(r.stderr).not.toMatch(/EPIPE|at |node:/);
  }, 60_000);
});
