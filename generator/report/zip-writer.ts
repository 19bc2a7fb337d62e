/**
 * A minimal zip writer (PKWARE APPNOTE 6.3: local headers, central directory, end record) for
 * parts deflated ahead of time. fflate's zipSync deflates every part on every call; a report's
 * static parts (styles, theme, footers…) are the same each time, so they are deflated once per
 * thread and only the per-report parts are deflated per report. Isomorphic: no Node APIs.
 */
import { Deflate, deflateSync, strToU8 } from 'fflate';

export interface ZipPart {
  name: Uint8Array;
  crc: number;
  /** uncompressed size */
  size: number;
  /** raw deflate stream */
  data: Uint8Array;
}

const CRC_TABLE = (() => {
  const t = new Int32Array(256);
  for (let n = 0; n < 256; n++) {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    t[n] = c;
  }
  return t;
})();

/** CRC-32 of `bytes`; pass the previous result to continue over a following chunk. */
export function crc32(bytes: Uint8Array, previous = 0): number {
  let c = previous ^ -1;
  for (let i = 0; i < bytes.length; i++) c = CRC_TABLE[(c ^ bytes[i]) & 0xff] ^ (c >>> 8);
  return (c ^ -1) >>> 0;
}

export function deflatedPart(name: string, bytes: Uint8Array): ZipPart {
  return { name: strToU8(name), crc: crc32(bytes), size: bytes.length, data: deflateSync(bytes, { level: 6 }) };
}

/**
 * A part given as a sequence of text chunks, deflated as it is produced: a summary annex of tens
 * of thousands of rows never exists as one string, only as its compressed bytes.
 */
export function deflatedTextPart(name: string, chunks: Iterable<string>): ZipPart {
  const out: Uint8Array[] = [];
  const deflate = new Deflate({ level: 6 }, (chunk) => { out.push(chunk); });
  let crc = 0, size = 0;
  let batch: string[] = [];
  let batchLength = 0;
  const flush = (final: boolean) => {
    const bytes = strToU8(batch.join(''));
    batch = [];
    batchLength = 0;
    crc = crc32(bytes, crc);
    size += bytes.length;
    deflate.push(bytes, final);
  };
  for (const c of chunks) {
    batch.push(c);
    batchLength += c.length;
    if (batchLength >= 1 << 16) flush(false);
  }
  flush(true);
  const data = new Uint8Array(out.reduce((n, c) => n + c.length, 0));
  let at = 0;
  for (const c of out) { data.set(c, at); at += c.length; }
  return { name: strToU8(name), crc, size, data };
}

/** DOS date 1980-01-01 00:00: the archive's bytes depend on its parts only. */
const DOS_TIME = 0;
const DOS_DATE = (0 << 9) | (1 << 5) | 1;

export function zipParts(parts: ZipPart[]): Uint8Array {
  let total = 22;
  for (const p of parts) total += 30 + 46 + 2 * p.name.length + p.data.length;
  const out = new Uint8Array(total);
  const v = new DataView(out.buffer);
  const offsets: number[] = [];
  let o = 0;
  const common = (p: ZipPart, at: number) => {
    v.setUint16(at, 20, true); // version needed: 2.0 (deflate)
    v.setUint16(at + 2, 0x0800, true); // names are UTF-8
    v.setUint16(at + 4, 8, true); // deflate
    v.setUint16(at + 6, DOS_TIME, true);
    v.setUint16(at + 8, DOS_DATE, true);
    v.setUint32(at + 10, p.crc, true);
    v.setUint32(at + 14, p.data.length, true);
    v.setUint32(at + 18, p.size, true);
    v.setUint16(at + 22, p.name.length, true);
    v.setUint16(at + 24, 0, true); // extra field length
  };
  for (const p of parts) {
    offsets.push(o);
    v.setUint32(o, 0x04034b50, true);
    common(p, o + 4);
    out.set(p.name, o + 30);
    out.set(p.data, o + 30 + p.name.length);
    o += 30 + p.name.length + p.data.length;
  }
  const cdStart = o;
  parts.forEach((p, i) => {
    v.setUint32(o, 0x02014b50, true);
    v.setUint16(o + 4, 20, true); // version made by
    common(p, o + 6);
    // comment length, disk number, internal and external attributes: 0
    v.setUint32(o + 42, offsets[i], true);
    out.set(p.name, o + 46);
    o += 46 + p.name.length;
  });
  v.setUint32(o, 0x06054b50, true);
  v.setUint16(o + 8, parts.length, true);
  v.setUint16(o + 10, parts.length, true);
  v.setUint32(o + 12, o - cdStart, true);
  v.setUint32(o + 16, cdStart, true);
  return out;
}
