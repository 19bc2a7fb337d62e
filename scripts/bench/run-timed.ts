/** Times one whole process: wall clock, and peak RSS from /usr/bin/time -f %M or /proc VmHWM polling. */
import { spawn } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export interface Timed { seconds: number; peakRssMb: number | null; code: number | null }

export function runTimed(cmd: string, args: string[], cwd: string): Promise<Timed> {
  const useTime = existsSync('/usr/bin/time');
  const dir = mkdtempSync(join(tmpdir(), 'bench-time-'));
  const out = join(dir, 'rss');
  const [c, a] = useTime ? ['/usr/bin/time', ['-f', '%M', '-o', out, cmd, ...args]] : [cmd, args];
  return new Promise((resolve, reject) => {
    const t0 = process.hrtime.bigint();
    const child = spawn(c, a, { cwd, stdio: ['ignore', 'ignore', 'pipe'] });
    let hwm = 0;
    let stderr = '';
    child.stderr.on('data', (d) => { stderr += d; });
    const poll = useTime ? null : setInterval(() => {
      try {
        const m = /VmHWM:\s+(\d+)/.exec(readFileSync(`/proc/${child.pid}/status`, 'utf8'));
        if (m) hwm = Math.max(hwm, Number(m[1]));
      } catch { /* exited */ }
    }, 20);
    child.on('error', reject);
    child.on('close', (code) => {
      const seconds = Number(process.hrtime.bigint() - t0) / 1e9;
      if (poll) clearInterval(poll);
      let kb: number | null = hwm || null;
      if (useTime) {
        try { kb = Number(readFileSync(out, 'utf8').trim().split('\n').pop()); } catch { kb = null; }
      }
      rmSync(dir, { recursive: true, force: true });
      if (code !== 0 && code !== 1) process.stderr.write(`  (${cmd} ${args.join(' ')} exited ${code}: ${stderr.slice(-500)})\n`);
      resolve({ seconds, peakRssMb: kb != null && Number.isFinite(kb) ? kb / 1024 : null, code });
    });
  });
}

export function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  const m = Math.floor(s.length / 2);
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
}
