// Writes the add-in's ribbon and store icons without any image library, drawn per pixel and
// encoded as PNG with zlib: the add-in and the Reconcile button are a green tile with a white
// tick (icon-<size>.png, reconcile-<size>.png); the pane button is a green tile with a white
// list (pane-<size>.png), so the two buttons differ. Ribbon sizes are every size Office asks for.
// Run: node scripts/make-icons.js   (the PNGs are committed; rerun only to change the design)
'use strict';
const fs = require('node:fs');
const path = require('node:path');
const zlib = require('node:zlib');

const STORE_SIZES = [32, 64, 128];
const RIBBON_SIZES = [16, 20, 24, 32, 40, 48, 64, 80];
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

function insideTile(s, x, y) {
  const radius = s * 0.18;
  const cx = Math.min(Math.max(x + 0.5, radius), s - radius);
  const cy = Math.min(Math.max(y + 0.5, radius), s - radius);
  return Math.hypot(x + 0.5 - cx, y + 0.5 - cy) <= radius;
}

/** A tick: the Reconcile button (and the add-in itself). */
function tick(s, x, y) {
  const stroke = Math.max(1.2, s * 0.09);
  return (
    segmentDistance(x + 0.5, y + 0.5, s * 0.24, s * 0.52, s * 0.42, s * 0.7) < stroke ||
    segmentDistance(x + 0.5, y + 0.5, s * 0.42, s * 0.7, s * 0.77, s * 0.3) < stroke
  );
}

/** Three bullet lines: the pane, a list of findings. */
function list(s, x, y) {
  const stroke = Math.max(0.9, s * 0.06);
  return [0.3, 0.5, 0.7].some(
    (row) =>
      Math.hypot(x + 0.5 - s * 0.27, y + 0.5 - s * row) < stroke * 1.3 ||
      segmentDistance(x + 0.5, y + 0.5, s * 0.4, s * row, s * 0.76, s * row) < stroke,
  );
}

function pixel(size, x, y, glyph) {
  if (!insideTile(size, x, y)) return [0, 0, 0, 0];
  return [...(glyph(size, x, y) ? WHITE : GREEN), 255];
}

function png(size, glyph) {
  const raw = Buffer.alloc(size * (size * 4 + 1));
  for (let y = 0; y < size; y++) {
    raw[y * (size * 4 + 1)] = 0; // filter: none
    for (let x = 0; x < size; x++) {
      Buffer.from(pixel(size, x, y, glyph)).copy(raw, y * (size * 4 + 1) + 1 + x * 4);
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
const files = [
  ...STORE_SIZES.map((size) => [`icon-${size}.png`, png(size, tick)]),
  ...RIBBON_SIZES.map((size) => [`reconcile-${size}.png`, png(size, tick)]),
  ...RIBBON_SIZES.map((size) => [`pane-${size}.png`, png(size, list)]),
];
for (const name of fs.readdirSync(dir))
  if (name.endsWith('.png')) fs.unlinkSync(path.join(dir, name));
for (const [name, data] of files) fs.writeFileSync(path.join(dir, name), data);
console.log(`wrote ${files.length} icons to ${dir}`);
