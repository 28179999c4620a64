/**
 * Draws the toolbar icons (public/icons/icon-N.png) so they can be regenerated without an image
 * editor: a rounded square with two overlapping discs, the overlap standing for what two reports
 * agree on. Supersampled 4×4 per pixel for anti-aliasing. Run: node scripts/make-icons.mjs
 */
import { deflateSync } from 'node:zlib';
import { writeFileSync } from 'node:fs';
import { resolve } from 'node:path';

const SIZES = [16, 32, 48, 128];
const BG = [31, 78, 121];
const LEFT = [255, 255, 255];
const RIGHT = [255, 196, 61];
const BOTH = [120, 200, 120];

const crcTable = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});
function crc32(buf) {
  let c = 0xffffffff;
  for (const b of buf) c = crcTable[(c ^ b) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}
function chunk(type, data) {
  const len = Buffer.alloc(4);
  len.writeUInt32BE(data.length);
  const td = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(td));
  return Buffer.concat([len, td, crc]);
}

/** Colour and coverage of one point in the unit square, or null outside the icon. */
function shade(x, y) {
  const r = 0.2;
  const dx = Math.max(r - x, 0, x - (1 - r));
  const dy = Math.max(r - y, 0, y - (1 - r));
  if (dx * dx + dy * dy > r * r) return null;
  const inLeft = (x - 0.39) ** 2 + (y - 0.5) ** 2 < 0.25 ** 2;
  const inRight = (x - 0.61) ** 2 + (y - 0.5) ** 2 < 0.25 ** 2;
  if (inLeft && inRight) return BOTH;
  if (inLeft) return LEFT;
  if (inRight) return RIGHT;
  return BG;
}

function png(size) {
  const ss = 4;
  const rows = [];
  for (let py = 0; py < size; py++) {
    const row = Buffer.alloc(1 + size * 4);
    for (let px = 0; px < size; px++) {
      const acc = [0, 0, 0];
      let hits = 0;
      for (let sy = 0; sy < ss; sy++)
        for (let sx = 0; sx < ss; sx++) {
          const c = shade((px + (sx + 0.5) / ss) / size, (py + (sy + 0.5) / ss) / size);
          if (!c) continue;
          hits++;
          for (let i = 0; i < 3; i++) acc[i] += c[i];
        }
      const o = 1 + px * 4;
      for (let i = 0; i < 3; i++) row[o + i] = hits ? Math.round(acc[i] / hits) : 0;
      row[o + 3] = Math.round((255 * hits) / (ss * ss));
    }
    rows.push(row);
  }
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(size, 0);
  ihdr.writeUInt32BE(size, 4);
  ihdr[8] = 8; // bit depth
  ihdr[9] = 6; // RGBA
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', ihdr),
    chunk('IDAT', deflateSync(Buffer.concat(rows), { level: 9 })),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

const dir = resolve(import.meta.dirname, '../public/icons');
for (const size of SIZES) writeFileSync(resolve(dir, `icon-${size}.png`), png(size));
console.log(`wrote ${SIZES.map((s) => `icon-${s}.png`).join(', ')} to ${dir}`);
