/**
 * Options shared by `check` and `report`: the as-of date and the rule settings.
 * Invalid values are rejected here, once, with a Chinese message (exit 2).
 */
import { DEFAULT_SETTINGS, SETTING_LABELS, type Settings } from '../../ledger/settings.js';
import { isValidDate } from '../../ledger/time/calendar.js';
import { WORKBOOK_EXTENSIONS } from '../read/find-workbooks.js';
import { UsageError } from './usage-error.js';

export function parseAsOf(value: string | undefined): string | undefined {
  if (value == null) return undefined;
  const m = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(value.trim());
  if (!m || !isValidDate(Number(m[1]), Number(m[2]), Number(m[3]))) {
    throw new UsageError(`统计截止日期“${value}”格式不对，请写成 YYYY-MM-DD，例如 --as-of 2025-12-31。`);
  }
  return `${m[1]}-${m[2].padStart(2, '0')}-${m[3].padStart(2, '0')}`;
}

const CHOICES: Partial<Record<keyof Settings, readonly string[]>> = {
  lectureFrequency: ['month', 'quarter', 'halfyear', 'year'],
  rounding: ['fen', 'jiao', 'yuan'],
  quorumHalf: ['warn', 'strict', 'inclusive'],
};

/** `--set key=value` pairs → a partial Settings. */
export function parseSettings(pairs: string[] | undefined): Partial<Settings> {
  const out: Record<string, unknown> = {};
  for (const pair of pairs ?? []) {
    const eq = pair.indexOf('=');
    const key = (eq < 0 ? pair : pair.slice(0, eq)).trim() as keyof Settings;
    const raw = eq < 0 ? '' : pair.slice(eq + 1).trim();
    if (!(key in DEFAULT_SETTINGS)) {
      const known = Object.keys(DEFAULT_SETTINGS).map((k) => `${k}：${SETTING_LABELS[k as keyof Settings]}`).join('\n  ');
      throw new UsageError(`不认识的设置项“${key}”。可用的设置项：\n  ${known}`);
    }
    if (eq < 0) throw new UsageError(`--set 应写成“设置项=值”，如 --set ${key}=${DEFAULT_SETTINGS[key]}。${key}：${SETTING_LABELS[key]}`);
    const def = DEFAULT_SETTINGS[key];
    if (typeof def === 'boolean') {
      if (raw !== 'true' && raw !== 'false') throw new UsageError(`设置项 ${key} 只能是 true 或 false（${SETTING_LABELS[key]}）。`);
      out[key] = raw === 'true';
    } else if (typeof def === 'number') {
      const n = Number(raw);
      if (!Number.isInteger(n) || n < 1 || n > 10) throw new UsageError(`设置项 ${key} 应为 1 到 10 的整数（${SETTING_LABELS[key]}）。`);
      out[key] = n;
    } else {
      const allowed = CHOICES[key] ?? [];
      if (!allowed.includes(raw)) throw new UsageError(`设置项 ${key} 的值“${raw}”无效。${key}：${SETTING_LABELS[key]}`);
      out[key] = raw;
    }
  }
  return out as Partial<Settings>;
}

export function collect(value: string, previous: string[] = []): string[] {
  return [...previous, value];
}

/** `--jobs n`: how many threads work at once (default: the CPU count). */
export function parseJobs(value: string | undefined): number | undefined {
  if (value == null) return undefined;
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1 || n > 64) throw new UsageError(`--jobs 应为 1 到 64 的整数，收到“${value}”。`);
  return n;
}

/** Nothing to read among the paths given: say which kinds of file were looked for. */
export function noWorkbooksMessage(paths: string[]): string {
  return `在 ${paths.join('、')} 中没有找到 Excel 工作簿（${WORKBOOK_EXTENSIONS.join('、')} 文件）。`;
}
