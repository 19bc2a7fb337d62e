/**
 * Excel on the web fails a sync whose request or response is over 5 MB (RequestPayloadSizeLimitExceeded):
 * https://learn.microsoft.com/office/dev/add-ins/concepts/resource-limits-and-performance-optimization#excel-add-ins
 * Large writes are split into syncs of at most this many bytes of data, well under the limit because
 * every command also carries its own overhead.
 */
export const SYNC_BUDGET_BYTES = 1_000_000;

const encoder = new TextEncoder();

/** Bytes of a value as Office.js sends it (JSON, UTF-8). */
export function jsonBytes(x: unknown): number {
  return encoder.encode(JSON.stringify(x)).length;
}
