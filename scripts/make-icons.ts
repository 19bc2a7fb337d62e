/**
 * Writes the add-in icons (addin/assets/icon-16/32/80.png): a red tile with a white ledger page
 * and a gold check mark. Plain zlib PNG encoding, so no image tool is needed.
 * Run: npx tsx scripts/make-icons.ts
 */
import { writeFileSync, mkdirSync } from 'node:fs';
import { deflateSync } from 'node:zlib';

type Rgba = [number, number, number, number];

const RED: Rgba = [192, 0, 0, 255];
const WHITE: Rgba = [255, 255, 255, 255];
const LINE: Rgba = [220, 120, 120, 255];
const GOLD: Rgba = [255, 196, 0, 255];
const CLEAR: Rgba = [0, 0, 0, 0];

function crc32(buf: Buffer): number {
  let c = ~0;
  for (const b of buf) {
    c ^= b;
    for (let k = 0; k < 8; k++) c = c & 1 ? (c >>> 1) ^ 0xedb88320 : c >>> 1;
  }
  return ~c >>> 0;
}

function chunk(type: string, data: Buffer): Buffer {
  const len = Buffer.alloc(4);
  len.writeUInt32BE(data.length);
  const td = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(td));
  return Buffer.concat([len, td, crc]);
}

export function encodePng(size: number, pixel: (x: number, y: number) => Rgba): Buffer {
  const raw = Buffer.alloc(size * (size * 4 + 1));
  for (let y = 0; y < size; y++) {
    raw[y * (size * 4 + 1)] = 0;
    for (let x = 0; x < size; x++) raw.set(pixel(x, y), y * (size * 4 + 1) + 1 + x * 4);
  }
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(size, 0);
  ihdr.writeUInt32BE(size, 4);
  ihdr[8] = 8; // bit depth
  ihdr[9] = 6; // RGBA
  const sig = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  return Buffer.concat([sig, chunk('IHDR', ihdr), chunk('IDAT', deflateSync(raw)), chunk('IEND', Buffer.alloc(0))]);
}

/** The icon in unit coordinates (0..1), sampled per pixel. */
function icon(u: number, v: number): Rgba {
  const r = 0.16;
  const cx = Math.min(Math.max(u, r), 1 - r);
  const cy = Math.min(Math.max(v, r), 1 - r);
  if ((u - cx) ** 2 + (v - cy) ** 2 > r * r) return CLEAR;
  // gold check mark, lower right
  const d1 = Math.abs((v - 0.72) - (u - 0.55)) / Math.SQRT2;
  const d2 = Math.abs((v - 0.72) + (u - 0.55)) / Math.SQRT2;
  if ((d1 < 0.055 && u >= 0.45 && u <= 0.57) || (d2 < 0.055 && u >= 0.55 && u <= 0.86 && v >= 0.42)) return GOLD;
  // white page with ruled lines
  if (u > 0.2 && u < 0.7 && v > 0.16 && v < 0.84) {
    const inText = u > 0.28 && u < 0.62;
    const line = Math.abs(((v - 0.3) % 0.14) + 0) < 0.045 && v > 0.26 && v < 0.7;
    return inText && line ? LINE : WHITE;
  }
  return RED;
}

function render(size: number): Buffer {
  const ss = 4; // supersampling for smooth edges
  return encodePng(size, (x, y) => {
    const acc = [0, 0, 0, 0];
    for (let i = 0; i < ss; i++) for (let j = 0; j < ss; j++) {
      const p = icon((x + (i + 0.5) / ss) / size, (y + (j + 0.5) / ss) / size);
      for (let k = 0; k < 3; k++) acc[k] += p[k] * p[3];
      acc[3] += p[3];
    }
    const a = acc[3] / (ss * ss);
    if (a === 0) return CLEAR;
    return [Math.round(acc[0] / acc[3]), Math.round(acc[1] / acc[3]), Math.round(acc[2] / acc[3]), Math.round(a)];
  });
}

const out = new URL('../addin/assets/', import.meta.url);
mkdirSync(out, { recursive: true });
for (const size of [16, 32, 80]) writeFileSync(new URL(`icon-${size}.png`, out), render(size));
