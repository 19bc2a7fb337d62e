import { describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
// @ts-expect-error plain JS module beside the CLI entry
import { tierUpFlags } from '../bin/v8-tuning.js';

describe('V8 tier-up flags of the CLI entry', () => {
  it('raises the bytecode budget on V8 11 (Node 20), the only engine that has that flag', () => {
    expect(tierUpFlags('11.3.244.8-node.38')).toBe('--interrupt-budget=1000000');
  });

  it('delays TurboFan by invocations and fixes 16 MB semi-spaces on Node 22 (V8 12) and Node 24 (V8 13)', () => {
    const flags = '--invocation-count-for-turbofan=100000 --min-semi-space-size=16 --max-semi-space-size=16 --semi-space-growth-factor=1';
    expect(tierUpFlags('12.4.254.21-node.57')).toBe(flags);
    expect(tierUpFlags('13.6.233.17-node.53')).toBe(flags);
  });

  it('leaves engines it was not measured on at their defaults (a flag they lack prints "unrecognized flag")', () => {
    expect(tierUpFlags('14.1.146.11-node.12')).toBe('');
    expect(tierUpFlags('10.2.154.26-node.26')).toBe('');
    expect(tierUpFlags('')).toBe('');
  });

  it('starts on this Node without a word on stderr', () => {
    const bin = fileURLToPath(new URL('../bin/dangjian.js', import.meta.url));
    const r = spawnSync(process.execPath, [bin, '--version'], { encoding: 'utf8' });
    expect(r.status).toBe(0);
    expect(r.stderr).toBe('');
    expect(r.stdout.trim()).toMatch(/^\d+\.\d+\.\d+$/);
  });
});
