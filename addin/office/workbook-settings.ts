/**
 * JSON values kept in the workbook itself (Excel SettingCollection, ExcelApi 1.4), so the check
 * settings and the fills to restore travel with the file.
 */
export const CHECK_SETTINGS_KEY = 'dangjian.check';
export const MARKS_KEY = 'dangjian.marks';

export interface QueuedSetting<T> {
  /** the value after the next sync; null when absent */
  value(): T | null;
  /** queues its deletion (only once value() showed it present) */
  remove(): void;
}

/** Queues a read of one setting. */
export function queueReadSetting<T>(context: Excel.RequestContext, key: string): QueuedSetting<T> {
  const item = context.workbook.settings.getItemOrNullObject(key);
  item.load('value');
  const value = (): T | null => {
    if (item.isNullObject) return null;
    const v = item.value as unknown;
    if (typeof v !== 'string') return (v as T) ?? null;
    try {
      return JSON.parse(v) as T;
    } catch {
      return null;
    }
  };
  return { value, remove: () => { if (!item.isNullObject) item.delete(); } };
}

export function queueWriteSetting(context: Excel.RequestContext, key: string, value: unknown): void {
  context.workbook.settings.add(key, JSON.stringify(value));
}
