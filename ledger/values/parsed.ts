/**
 * What a typed parser says about one cell: empty, read, or unreadable.
 * Parsers never throw: an unreadable cell becomes a W03 finding upstream.
 */
export type Parsed<T> = { kind: 'empty' } | { kind: 'ok'; value: T } | { kind: 'bad'; why?: BadReason };

/**
 * Why a cell was not read, where a guess was possible but refused: "03/04/2025" is 3 April or
 * 4 March (`first`/`second` as written), so the W03 can say which and how to write it.
 */
export type BadReason = { kind: 'dayMonthOrder'; year: number; first: number; second: number };

export const EMPTY: Parsed<never> = Object.freeze({ kind: 'empty' });
export const BAD: Parsed<never> = Object.freeze({ kind: 'bad' });
export const ok = <T>(value: T): Parsed<T> => ({ kind: 'ok', value });
