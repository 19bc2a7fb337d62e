/**
 * Rules that need a column W02 found missing are not judged: without 会议类型 every period would
 * lack every meeting, without 实交 every member would owe the whole year (a missing column is W02's).
 */
export function lacksColumn(ledger: { missingColumns?: string[] } | null, ...keys: string[]): boolean {
  return !!ledger?.missingColumns?.some((k) => keys.includes(k));
}

/** The meetings' type and date: what C01–C07 and C11 judge by. */
export const MEETING_KEYS = ['date', 'typeText'] as const;

/** Which months a payment is for, and what was paid: what D03 and D04 judge by. */
export const PAYMENT_KEYS = ['month', 'paid'] as const;
