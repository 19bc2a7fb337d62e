/**
 * Names in the directory of an OLE2 compound file (MS-CFB §2.6), without reading any stream.
 * Enough to tell an encrypted OOXML package ("EncryptedPackage", MS-OFFCRYPTO §2.3.4.4)
 * from a BIFF .xls ("Workbook"/"Book" stream, MS-XLS §2.1.2).
 */

const END_OF_CHAIN = 0xfffffffe;
const MAX_SECTOR = 0xfffffffa;

/** Directory entry names, or null when the header or the chains are not consistent. */
export function cfbNames(buf: Uint8Array): string[] | null {
  if (buf.length < 512) return null;
  const dv = new DataView(buf.buffer, buf.byteOffset, buf.byteLength);
  const shift = dv.getUint16(0x1e, true);
  if (shift !== 9 && shift !== 12) return null;
  const size = 1 << shift;
  const sectorCount = Math.floor((buf.length - size) / size) + 1;
  const at = (s: number): number => (s + 1) * size;
  const fatSectors: number[] = [];
  for (let i = 0; i < 109; i++) fatSectors.push(dv.getUint32(0x4c + i * 4, true));
  // further DIFAT sectors: (size/4 - 1) entries each, then the next DIFAT sector
  let difat = dv.getUint32(0x44, true);
  for (let guard = 0; difat <= MAX_SECTOR && guard < sectorCount; guard++) {
    const o = at(difat);
    if (o + size > buf.length) return null;
    for (let i = 0; i < size / 4 - 1; i++) fatSectors.push(dv.getUint32(o + i * 4, true));
    difat = dv.getUint32(o + size - 4, true);
  }
  const fat: number[] = [];
  for (const s of fatSectors) {
    if (s > MAX_SECTOR) continue;
    const o = at(s);
    if (o + size > buf.length) return null;
    for (let i = 0; i < size / 4; i++) fat.push(dv.getUint32(o + i * 4, true));
  }
  const names: string[] = [];
  let dir = dv.getUint32(0x30, true);
  for (let guard = 0; dir !== END_OF_CHAIN; guard++) {
    if (dir > MAX_SECTOR || guard > sectorCount) return null;
    const o = at(dir);
    if (o + size > buf.length) return null;
    for (let e = o; e < o + size; e += 128) {
      const type = buf[e + 0x42];
      const len = dv.getUint16(e + 0x40, true);
      if (type === 0 || len < 2 || len > 64) continue;
      let name = '';
      for (let i = 0; i < len - 2; i += 2) name += String.fromCharCode(dv.getUint16(e + i, true));
      names.push(name);
    }
    dir = fat[dir] ?? END_OF_CHAIN;
  }
  return names;
}

/** Whether the UTF-16LE bytes of `name` occur anywhere (fallback for a damaged directory). */
export function containsUtf16(buf: Uint8Array, name: string): boolean {
  const pat = Buffer.from(name, 'utf16le');
  return Buffer.from(buf.buffer, buf.byteOffset, buf.byteLength).indexOf(pat) >= 0;
}
