// Draws the app icons (a white check mark on the theme colour) as PNG, without image tools.
//   node scripts/make-icons.mjs   writes static/icon-192.png, icon-512.png, icon-maskable-512.png
import { writeFileSync } from 'node:fs';
import { deflateSync } from 'node:zlib';

const ACCENT = [0x24, 0x57, 0x8f];

function crc32(buf) {
  let c;
  let crc = 0xffffffff;
  for (const b of buf) {
    c = (crc ^ b) & 0xff;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    crc = (crc >>> 8) ^ c;
  }
  return (crc ^ 0xffffffff) >>> 0;
}

function chunk(type, data) {
  const len = Buffer.alloc(4);
  len.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([len, body, crc]);
}

function distanceToSegment(px, py, [ax, ay], [bx, by]) {
  const dx = bx - ax;
  const dy = by - ay;
  const t = Math.max(0, Math.min(1, ((px - ax) * dx + (py - ay) * dy) / (dx * dx + dy * dy)));
  return Math.hypot(px - (ax + t * dx), py - (ay + t * dy));
}

/** `scale` shrinks the mark so it stays inside the safe zone of a maskable icon. */
function icon(size, scale) {
  const rows = [];
  const a = [0.3, 0.52];
  const b = [0.44, 0.66];
  const c = [0.72, 0.36];
  for (let y = 0; y < size; y++) {
    const row = Buffer.alloc(1 + size * 3);
    for (let x = 0; x < size; x++) {
      const u = 0.5 + ((x + 0.5) / size - 0.5) / scale;
      const v = 0.5 + ((y + 0.5) / size - 0.5) / scale;
      const d = Math.min(distanceToSegment(u, v, a, b), distanceToSegment(u, v, b, c));
      const white = d < 0.06;
      const rgb = white ? [255, 255, 255] : ACCENT;
      row.set(rgb, 1 + x * 3);
    }
    rows.push(row);
  }
  const header = Buffer.alloc(13);
  header.writeUInt32BE(size, 0);
  header.writeUInt32BE(size, 4);
  header[8] = 8; // bit depth
  header[9] = 2; // RGB
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', deflateSync(Buffer.concat(rows), { level: 9 })),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

const out = (name) => new URL(`../static/${name}`, import.meta.url);
writeFileSync(out('icon-192.png'), icon(192, 1));
writeFileSync(out('icon-512.png'), icon(512, 1));
writeFileSync(out('icon-maskable-512.png'), icon(512, 0.75));
console.log('wrote static/icon-192.png, icon-512.png, icon-maskable-512.png');
