/**
 * Values kept in the workbook itself for this add-in: the check settings and the fills to restore.
 * Office's document settings (Office.context.document.settings) work in every Excel that runs
 * add-ins (Excel 2016 MSI has only ExcelApi 1.2, without workbook.settings), are private to the
 * add-in, and travel with the file once saved. Values are stored as JSON text.
 */
export interface KeyValueStore {
  get<T>(key: string): T | null;
  set(key: string, value: unknown): void;
  remove(key: string): void;
  /** writes the changes into the document */
  save(): Promise<void>;
}

export const CHECK_SETTINGS_KEY = 'dangjian.check';
export const MARKS_KEY = 'dangjian.marks';

/** The part of Office.Settings used here. */
export interface OfficeSettingsLike {
  get(name: string): unknown;
  set(name: string, value: unknown): void;
  remove(name: string): void;
  saveAsync(callback?: (result: { status: unknown; error?: { message: string } }) => void): void;
}

export function officeDocumentStore(settings: OfficeSettingsLike): KeyValueStore {
  return {
    get<T>(key: string): T | null {
      const v = settings.get(key);
      if (v == null) return null;
      if (typeof v !== 'string') return v as T;
      try {
        return JSON.parse(v) as T;
      } catch {
        return null;
      }
    },
    set: (key, value) => settings.set(key, JSON.stringify(value)),
    remove: (key) => settings.remove(key),
    save: () => new Promise((resolve, reject) => settings.saveAsync((r) => (
      // Office.AsyncResultStatus.Succeeded is the string 'succeeded' at run time
      String(r.status) === 'succeeded' ? resolve() : reject(new Error(`无法保存到工作簿：${r.error?.message ?? String(r.status)}`))
    ))),
  };
}
