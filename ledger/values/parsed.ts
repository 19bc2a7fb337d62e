/**
 * What a typed parser says about one cell: empty, read, or unreadable.
 * Parsers never throw: an unreadable cell becomes a W03 finding upstream.
 */
export type Parsed<T> = { kind: 'empty' } | { kind: 'ok'; value: T } | { kind: 'bad' };

export const EMPTY: Parsed<never> = Object.freeze({ kind: 'empty' });
export const BAD: Parsed<never> = Object.freeze({ kind: 'bad' });
export const ok = <T>(value: T): Parsed<T> => ({ kind: 'ok', value });
