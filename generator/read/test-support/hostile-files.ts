/**
 * Builders of hostile inputs for reader tests: truncated zips, zip bombs (by declared size, by
 * ratio, by a lying header), an encrypted-OOXML compound file, text masquerading as a workbook.
 * Everything stays small in memory: bombs are deflated from a reused zero chunk.
 */
import { crc32 } from 'node:zlib';
import { Deflate, zipSync, unzipSync } from 'fflate';

/** The first `fraction` of the bytes (a download cut short). */
export function truncated(bytes: Uint8Array, fraction = 0.6): Buffer {
  return Buffer.from(bytes.subarray(0, Math.floor(bytes.length * fraction)));
}

/** CRC-32 of `size` zero bytes, without allocating them. */
export function zerosCrc(size: number): number {
  const chunk = new Uint8Array(1 << 20);
  let crc = 0;
  for (let left = size; left > 0; left -= chunk.length) crc = crc32(chunk.subarray(0, Math.min(left, chunk.length)), crc);
  return crc;
}

/** Raw deflate of `size` zero bytes, produced chunk by chunk (about size/1000 bytes). */
export function deflatedZeros(size: number): Uint8Array {
  const parts: Uint8Array[] = [];
  const d = new Deflate({ level: 9 }, (chunk) => { parts.push(chunk); });
  const chunk = new Uint8Array(1 << 20);
  for (let left = size; left > 0; left -= chunk.length) {
    const n = Math.min(left, chunk.length);
    d.push(n === chunk.length ? chunk : chunk.subarray(0, n), left - n <= 0);
  }
  const out = new Uint8Array(parts.reduce((s, p) => s + p.length, 0));
  let o = 0;
  for (const p of parts) { out.set(p, o); o += p.length; }
  return out;
}

/** One part of a hand-written zip; `crc` defaults to the CRC-32 of `data` (right for stored parts). */
export interface RawEntry { name: string; data: Uint8Array; method: 0 | 8; size: number; crc?: number }

/** A zip written by hand, so declared sizes can lie (APPNOTE.TXT §4.3.7, §4.3.12). */
export function rawZip(entries: RawEntry[]): Buffer {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const e of entries) {
    const crc = e.crc ?? crc32(e.data);
    const name = Buffer.from(e.name, 'utf8');
    const lh = Buffer.alloc(30);
    lh.writeUInt32LE(0x04034b50, 0); lh.writeUInt16LE(20, 4); lh.writeUInt16LE(0x0800, 6);
    lh.writeUInt16LE(e.method, 8); lh.writeUInt32LE(crc, 14);
    lh.writeUInt32LE(e.data.length, 18); lh.writeUInt32LE(e.size >>> 0, 22); lh.writeUInt16LE(name.length, 26);
    const ch = Buffer.alloc(46);
    ch.writeUInt32LE(0x02014b50, 0); ch.writeUInt16LE(20, 4); ch.writeUInt16LE(20, 6); ch.writeUInt16LE(0x0800, 8);
    ch.writeUInt16LE(e.method, 10); ch.writeUInt32LE(crc, 16);
    ch.writeUInt32LE(e.data.length, 20); ch.writeUInt32LE(e.size >>> 0, 24); ch.writeUInt16LE(name.length, 28);
    ch.writeUInt32LE(offset, 42);
    locals.push(lh, name, Buffer.from(e.data));
    centrals.push(ch, name);
    offset += 30 + name.length + e.data.length;
  }
  const cd = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0); end.writeUInt16LE(entries.length, 8); end.writeUInt16LE(entries.length, 10);
  end.writeUInt32LE(cd.length, 12); end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, cd, end]);
}

/** The parts of a real xlsx as stored entries, to which a hostile entry can be added. */
export function xlsxParts(xlsx: Uint8Array): RawEntry[] {
  return Object.entries(unzipSync(xlsx)).map(([name, data]) => ({ name, data, method: 0 as const, size: data.length }));
}

/** A real workbook plus an entry inflating to `size` zeros: ratio ≈ 1000:1. */
export function zipBombByRatio(xlsx: Uint8Array, size = 64 * 1024 * 1024): Buffer {
  return rawZip([...xlsxParts(xlsx), { name: 'xl/media/image1.png', data: deflatedZeros(size), method: 8, size, crc: zerosCrc(size) }]);
}

/** A real workbook whose central directory declares a huge uncompressed size for one part. */
export function zipBombByDeclaredSize(xlsx: Uint8Array, declared = 0xfff00000): Buffer {
  const parts = xlsxParts(xlsx);
  const big = { name: 'xl/media/image1.png', data: deflatedZeros(1 << 20), method: 8 as const, size: declared, crc: zerosCrc(1 << 20) };
  return rawZip([...parts, big]);
}

/** Many small declared parts adding up past the total limit, each under the per-entry limit. */
export function zipBombByTotal(xlsx: Uint8Array, parts = 40, each = 9 * 1024 * 1024): Buffer {
  const data = deflatedZeros(each);
  const crc = zerosCrc(each);
  const extra: RawEntry[] = [];
  for (let i = 0; i < parts; i++) extra.push({ name: `xl/media/image${i}.png`, data, method: 8, size: each, crc });
  return rawZip([...xlsxParts(xlsx), ...extra]);
}

/** A zip with more entries than any workbook has. */
export function zipBombByCount(count = 10_001): Buffer {
  const entries: RawEntry[] = [];
  const empty = new Uint8Array(0);
  for (let i = 0; i < count; i++) entries.push({ name: `x/${i}`, data: empty, method: 0, size: 0 });
  return rawZip(entries);
}

/** A part whose header declares 1 KB but which inflates to `actual` bytes. */
export function lyingHeaderZip(xlsx: Uint8Array, actual = 8 * 1024 * 1024): Buffer {
  return rawZip([...xlsxParts(xlsx), { name: 'xl/media/image1.png', data: deflatedZeros(actual), method: 8, size: 1024, crc: zerosCrc(actual) }]);
}

/** A normal zip (fflate) that is not a workbook. */
export function plainZip(): Buffer {
  return Buffer.from(zipSync({ 'readme.txt': new TextEncoder().encode('hello') }));
}

/**
 * An OLE2 compound file (MS-CFB v3, 512-byte sectors) holding "EncryptionInfo" and
 * "EncryptedPackage" streams: the container Excel writes for an .xlsx with an open password
 * (MS-OFFCRYPTO §2.3.4.4). Streams are 4096 bytes so no mini stream is needed.
 */
export function encryptedOoxml(): Buffer {
  return compoundFile(['EncryptionInfo', 'EncryptedPackage']);
}

/** A compound file with the given stream names (each 4096 bytes of filler). */
export function compoundFile(streams: string[]): Buffer {
  const S = 512, FREE = 0xffffffff, END = 0xfffffffe, FATSECT = 0xfffffffd;
  const perStream = 8; // 4096 / 512
  // sector 0: FAT, sector 1: directory (4 entries), then the streams
  const dirEntries = 1 + streams.length;
  const dirSectors = Math.ceil(dirEntries / 4);
  const total = 1 + dirSectors + streams.length * perStream;
  const out = Buffer.alloc(S * (1 + total));
  out.set([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1], 0);
  out.writeUInt16LE(0x3e, 0x18); out.writeUInt16LE(3, 0x1a); out.writeUInt16LE(0xfffe, 0x1c);
  out.writeUInt16LE(9, 0x1e); out.writeUInt16LE(6, 0x20);
  out.writeUInt32LE(1, 0x2c); out.writeUInt32LE(1, 0x30); out.writeUInt32LE(4096, 0x38);
  out.writeUInt32LE(END, 0x3c); out.writeUInt32LE(END, 0x44);
  for (let i = 0; i < 109; i++) out.writeUInt32LE(i === 0 ? 0 : FREE, 0x4c + i * 4);
  const fat = new Array<number>(S / 4).fill(FREE);
  fat[0] = FATSECT;
  for (let i = 0; i < dirSectors; i++) fat[1 + i] = i === dirSectors - 1 ? END : 2 + i;
  const sector = (n: number): number => S * (n + 1);
  const firstStream = 1 + dirSectors;
  streams.forEach((_, k) => {
    const s0 = firstStream + k * perStream;
    for (let i = 0; i < perStream; i++) fat[s0 + i] = i === perStream - 1 ? END : s0 + i + 1;
  });
  fat.forEach((v, i) => out.writeUInt32LE(v >>> 0, sector(0) + i * 4));
  const entry = (idx: number, name: string, type: number, child: number, right: number, start: number, size: number): void => {
    const o = sector(1) + idx * 128;
    out.write(name, o, 'utf16le');
    out.writeUInt16LE((name.length + 1) * 2, o + 0x40);
    out[o + 0x42] = type; out[o + 0x43] = 1;
    out.writeUInt32LE(FREE, o + 0x44); out.writeUInt32LE(right, o + 0x48); out.writeUInt32LE(child, o + 0x4c);
    out.writeUInt32LE(start, o + 0x74); out.writeUInt32LE(size, o + 0x78);
  };
  entry(0, 'Root Entry', 5, streams.length ? 1 : FREE, FREE, END, 0);
  streams.forEach((name, k) => {
    entry(1 + k, name, 2, FREE, k + 1 < streams.length ? 2 + k : FREE, firstStream + k * perStream, 4096);
    out.fill(0x5a, sector(firstStream + k * perStream), sector(firstStream + k * perStream) + 4096);
  });
  return out;
}

/** Delimited text, as Excel saves "CSV (逗号分隔)". */
export function csvBytes(): Buffer {
  return Buffer.from('\uFEFF姓名,性别,身份证号\n张三,男,110101199001011234\n', 'utf8');
}

/** A web page that business systems export under a .xls name. */
export function htmlXls(): Buffer {
  return Buffer.from('<html><head><meta charset="utf-8"></head><body><table><tr><td>姓名</td></tr></table></body></html>');
}
