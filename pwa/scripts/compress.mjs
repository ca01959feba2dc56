// Writes brotli (`.br`) and gzip (`.gz`) variants beside every compressible file of dist/, so
// the server sends phones the smallest body their browser accepts without compressing per
// request. A variant that is not smaller than the file is left out.
import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import { fileURLToPath } from 'node:url';

const dist = fileURLToPath(new URL('../dist/', import.meta.url));
const compressible = /\.(html|js|mjs|css|svg|json|webmanifest|txt)$/;

function* files(dir) {
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) yield* files(path);
    else if (compressible.test(name)) yield path;
  }
}

let before = 0;
let after = 0;
for (const path of files(dist)) {
  const body = readFileSync(path);
  const variants = [
    ['.br', brotliCompressSync(body, { params: { [constants.BROTLI_PARAM_QUALITY]: 11, [constants.BROTLI_PARAM_SIZE_HINT]: body.length } })],
    ['.gz', gzipSync(body, { level: 9 })],
  ];
  let smallest = body.length;
  for (const [suffix, compressed] of variants) {
    if (compressed.length < body.length) {
      writeFileSync(path + suffix, compressed);
      smallest = Math.min(smallest, compressed.length);
    }
  }
  before += body.length;
  after += smallest;
}
console.log(`precompressed dist/: ${(before / 1024).toFixed(1)} KiB as files, ${(after / 1024).toFixed(1)} KiB as the smallest variants`);
