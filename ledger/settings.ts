/**
 * The thresholds that practice varies on (DOMAIN.md §3), in one place, with their defaults.
 * The CLI (--set key=value) and the add-in (workbook settings) both change these.
 */
export interface Settings {
  /** 党课 frequency: 条例 sets none; once a quarter is long practice */
  lectureFrequency: 'month' | 'quarter' | 'halfyear' | 'year';
  /** C04 提示 when the branch 书记 gave no 党课 in a year (a common local rule) */
  secretaryLecture: boolean;
  /** D02 rounding of the amount due: 分 by default; 角/元 where the ledger rounds */
  rounding: 'fen' | 'jiao' | 'yuan';
  /**
   * Exactly half (or four fifths) present: '以上' may include the number.
   * 'warn' (default) → 警告; 'strict' → 错误; 'inclusive' → no finding.
   */
  quorumHalf: 'warn' | 'strict' | 'inclusive';
  /** term of a branch committee in years (支部工作条例 第十九条) */
  termYears: number;
  /** term for 村、社区 branches */
  villageTermYears: number;
}

export const DEFAULT_SETTINGS: Readonly<Settings> = Object.freeze({
  lectureFrequency: 'quarter',
  secretaryLecture: true,
  rounding: 'fen',
  quorumHalf: 'warn',
  termYears: 3,
  villageTermYears: 5,
});

/** Chinese labels and allowed values, for `--help`, the pane and error messages. */
export const SETTING_LABELS: Record<keyof Settings, string> = {
  lectureFrequency: '党课频次（month 每月 / quarter 每季度 / halfyear 每半年 / year 每年）',
  secretaryLecture: '支部书记每年至少讲一次党课（true / false）',
  rounding: '应交党费取整方式（fen 分 / jiao 角 / yuan 元）',
  quorumHalf: '到会人数恰好半数（warn 警告 / strict 错误 / inclusive 视为符合）',
  termYears: '支部委员会任期（年）',
  villageTermYears: '村、社区党支部任期（年）',
};

export function resolveSettings(partial?: Partial<Settings>): Settings {
  return { ...DEFAULT_SETTINGS, ...(partial ?? {}) };
}
