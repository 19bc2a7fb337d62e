/**
 * Zip checks before exceljs (JSZip) inflates anything: the central directory (APPNOTE.TXT §4.3.12)
 * is read by hand and refused on declared sizes, entry count and ratio; then every entry is
 * inflated once with a hard output cap (a lying header cannot get past it), its CRC-32 checked,
 * and the bytes are dropped.
 * Only xl/workbook.xml is kept, for the date system; `onEntry` may inspect the others in passing.
 */
import { crc32, inflateRawSync } from 'node:zlib';
import { readError } from './read-messages.js';

export interface ZipLimits {
  /** sum of declared uncompressed sizes */
  maxTotal: number;
  /** declared uncompressed size of one entry */
  maxEntry: number;
  maxEntries: number;
  /** ratio uncompressed:compressed refused for entries above `ratioFloor` bytes */
  maxRatio: number;
  ratioFloor: number;
}

export const DEFAULT_ZIP_LIMITS: ZipLimits = {
  maxTotal: 300 * 1024 * 1024,
  maxEntry: 200 * 1024 * 1024,
  maxEntries: 10_000,
  maxRatio: 200,
  ratioFloor: 10 * 1024 * 1024,
};

export interface ZipEntry {
  name: string;
  method: number;
  flags: number;
  compressedSize: number;
  size: number;
  crc: number;
  /** offset of the local file header */
  offset: number;
}

export interface GuardedZip {
  entries: ZipEntry[];
  /** inflated xl/workbook.xml, or null when absent */
  workbookXml: Uint8Array | null;
}

const MB = 1024 * 1024;
const mb = (n: number): string => `${Math.round(n / MB)} MB`;

/** Throws ReadError CORRUPT / ZIP_BOMB / ENCRYPTED; otherwise the entries and workbook.xml. */
export function guardZip(
  buf: Uint8Array,
  file: string,
  limits: ZipLimits = DEFAULT_ZIP_LIMITS,
  /** sees each inflated entry before its bytes are dropped */
  onEntry?: (name: string, bytes: Uint8Array) => void,
): GuardedZip {
  const entries = readCentralDirectory(buf, file, limits);
  let total = 0;
  for (const e of entries) {
    if (e.flags & 1) throw readError('ENCRYPTED', file);
    total += e.size;
    if (e.size > limits.maxEntry) throw readError('ZIP_BOMB', file, `其中“${e.name}”声明解压后 ${mb(e.size)}`);
    if (e.size > limits.ratioFloor && e.size > e.compressedSize * limits.maxRatio) {
      throw readError('ZIP_BOMB', file, `其中“${e.name}”压缩比超过 ${limits.maxRatio}:1`);
    }
  }
  if (total > limits.maxTotal) throw readError('ZIP_BOMB', file, `声明解压后共 ${mb(total)}`);
  let workbookXml: Uint8Array | null = null;
  for (const e of entries) {
    if (e.name.endsWith('/')) continue;
    const out = inflateEntry(buf, e, file);
    if (e.name.replace(/^\//, '') === 'xl/workbook.xml') workbookXml = out;
    onEntry?.(e.name, out);
  }
  return { entries, workbookXml };
}

function readCentralDirectory(buf: Uint8Array, file: string, limits: ZipLimits): ZipEntry[] {
  const dv = new DataView(buf.buffer, buf.byteOffset, buf.byteLength);
  const corrupt = (why: string): never => { throw readError('CORRUPT', file, why); };
  let eocd = -1;
  for (let p = buf.length - 22; p >= 0 && p >= buf.length - 22 - 65535; p--) {
    if (dv.getUint32(p, true) === 0x06054b50) { eocd = p; break; }
  }
  if (eocd < 0) corrupt('文件不完整，缺少压缩包目录');
  let count = dv.getUint16(eocd + 10, true);
  let cdOffset = dv.getUint32(eocd + 16, true);
  if (eocd >= 20 && dv.getUint32(eocd - 20, true) === 0x07064b50) {
    const z = Number(dv.getBigUint64(eocd - 12, true));
    if (z + 56 > buf.length || dv.getUint32(z, true) !== 0x06064b50) corrupt('ZIP64 目录损坏');
    count = Number(dv.getBigUint64(z + 32, true));
    cdOffset = Number(dv.getBigUint64(z + 48, true));
  }
  if (count > limits.maxEntries) throw readError('ZIP_BOMB', file, `包含 ${count} 个压缩项`);
  const entries: ZipEntry[] = [];
  let p = cdOffset;
  for (let i = 0; i < count; i++) {
    if (p + 46 > buf.length || dv.getUint32(p, true) !== 0x02014b50) corrupt('压缩包目录损坏');
    const flags = dv.getUint16(p + 8, true);
    const method = dv.getUint16(p + 10, true);
    const crc = dv.getUint32(p + 16, true);
    let compressedSize = dv.getUint32(p + 20, true);
    let size = dv.getUint32(p + 24, true);
    const nameLen = dv.getUint16(p + 28, true);
    const extraLen = dv.getUint16(p + 30, true);
    const commentLen = dv.getUint16(p + 32, true);
    let offset = dv.getUint32(p + 42, true);
    if (p + 46 + nameLen + extraLen > buf.length) corrupt('压缩包目录损坏');
    const name = Buffer.from(buf.buffer, buf.byteOffset + p + 46, nameLen).toString('utf8');
    // ZIP64 extended information (APPNOTE §4.5.3): only the fields that overflowed are present
    for (let x = p + 46 + nameLen; x + 4 <= p + 46 + nameLen + extraLen;) {
      const id = dv.getUint16(x, true);
      const len = dv.getUint16(x + 2, true);
      if (id === 0x0001) {
        let q = x + 4;
        const u64 = (): number => { const v = Number(dv.getBigUint64(q, true)); q += 8; return v; };
        if (size === 0xffffffff && q + 8 <= x + 4 + len) size = u64();
        if (compressedSize === 0xffffffff && q + 8 <= x + 4 + len) compressedSize = u64();
        if (offset === 0xffffffff && q + 8 <= x + 4 + len) offset = u64();
      }
      x += 4 + len;
    }
    entries.push({ name, method, flags, compressedSize, size, crc, offset });
    p += 46 + nameLen + extraLen + commentLen;
  }
  return entries;
}

function inflateEntry(buf: Uint8Array, e: ZipEntry, file: string): Uint8Array {
  const dv = new DataView(buf.buffer, buf.byteOffset, buf.byteLength);
  if (e.offset + 30 > buf.length || dv.getUint32(e.offset, true) !== 0x04034b50) {
    throw readError('CORRUPT', file, `“${e.name}”的数据缺失`);
  }
  const start = e.offset + 30 + dv.getUint16(e.offset + 26, true) + dv.getUint16(e.offset + 28, true);
  if (start + e.compressedSize > buf.length) throw readError('CORRUPT', file, '文件不完整，可能下载或复制时被截断');
  const data = buf.subarray(start, start + e.compressedSize);
  const out = e.method === 0 ? data : inflate(data, e, file);
  // JSZip does not check CRCs by default: a damaged part would otherwise read as garbled cells
  if (crc32(out) !== e.crc) throw readError('CORRUPT', file, `“${e.name}”校验失败`);
  return out;
}

function inflate(data: Uint8Array, e: ZipEntry, file: string): Uint8Array {
  if (e.method !== 8) throw readError('CORRUPT', file, `“${e.name}”使用了不支持的压缩方式`);
  let out: Uint8Array;
  try {
    // one byte over the declared size tells a lying header from an honest one
    out = inflateRawSync(data, { maxOutputLength: e.size + 1 });
  } catch (err) {
    if ((err as { code?: string }).code === 'ERR_BUFFER_TOO_LARGE') {
      throw readError('ZIP_BOMB', file, `“${e.name}”实际解压大小超过声明`, err);
    }
    throw readError('CORRUPT', file, `“${e.name}”无法解压`, err);
  }
  if (out.length > e.size) throw readError('ZIP_BOMB', file, `“${e.name}”实际解压大小超过声明`);
  return out;
}
