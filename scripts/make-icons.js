// Writes the add-in's ribbon and store icons (assets/icon-<size>.png) without any image library:
// a green rounded tile with a white tick, drawn per pixel and encoded as PNG with zlib.
// Run: node scripts/make-icons.js   (the PNGs are committed; rerun only to change the design)
'use strict';
const fs = require('node:fs');
const path = require('node:path');
const zlib = require('node:zlib');

const SIZES = [16, 32, 64, 80, 128];
const GREEN = [0x21, 0x73, 0x46];
const WHITE = [0xff, 0xff, 0xff];

function crc32(buf) {
  let crc = ~0;
  for (const byte of buf) {
    crc ^= byte;
    for (let k = 0; k < 8; k++) crc = (crc >>> 1) ^ (0xedb88320 & -(crc & 1));
  }
  return ~crc >>> 0;
}

function chunk(type, data) {
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([length, body, crc]);
}

/** Distance from point p to segment ab, in pixels. */
function segmentDistance(px, py, ax, ay, bx, by) {
  const dx = bx - ax;
  const dy = by - ay;
  const t = Math.max(0, Math.min(1, ((px - ax) * dx + (py - ay) * dy) / (dx * dx + dy * dy)));
  return Math.hypot(px - (ax + t * dx), py - (ay + t * dy));
}

function pixel(size, x, y) {
  const s = size;
  const radius = s * 0.18;
  const cx = Math.min(Math.max(x + 0.5, radius), s - radius);
  const cy = Math.min(Math.max(y + 0.5, radius), s - radius);
  if (Math.hypot(x + 0.5 - cx, y + 0.5 - cy) > radius) return [0, 0, 0, 0];
  const stroke = Math.max(1.2, s * 0.09);
  const tick =
    segmentDistance(x + 0.5, y + 0.5, s * 0.24, s * 0.52, s * 0.42, s * 0.7) < stroke ||
    segmentDistance(x + 0.5, y + 0.5, s * 0.42, s * 0.7, s * 0.77, s * 0.3) < stroke;
  return [...(tick ? WHITE : GREEN), 255];
}

function png(size) {
  const raw = Buffer.alloc(size * (size * 4 + 1));
  for (let y = 0; y < size; y++) {
    raw[y * (size * 4 + 1)] = 0; // filter: none
    for (let x = 0; x < size; x++) {
      Buffer.from(pixel(size, x, y)).copy(raw, y * (size * 4 + 1) + 1 + x * 4);
    }
  }
  const header = Buffer.alloc(13);
  header.writeUInt32BE(size, 0);
  header.writeUInt32BE(size, 4);
  header[8] = 8; // bit depth
  header[9] = 6; // RGBA
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', zlib.deflateSync(raw, { level: 9 })),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

const dir = path.join(__dirname, '..', 'assets');
fs.mkdirSync(dir, { recursive: true });
for (const size of SIZES) fs.writeFileSync(path.join(dir, `icon-${size}.png`), png(size));
console.log(`wrote ${SIZES.map((s) => `icon-${s}.png`).join(', ')} to ${dir}`);
