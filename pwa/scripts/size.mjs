// The JavaScript and CSS the first screen loads (what dist/index.html references), gzipped.
//   npm run size   (after npm run build)
import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';

const dist = new URL('../dist/', import.meta.url);
const html = readFileSync(new URL('index.html', dist), 'utf8');
const files = [...html.matchAll(/(?:src|href)="\/(assets\/[^"]+\.(?:js|css))"/g)].map((m) => m[1]);
const total = { js: 0, css: 0 };
for (const file of files) {
  const bytes = readFileSync(new URL(file, dist));
  const gz = gzipSync(bytes, { level: 9 }).length;
  const kind = file.endsWith('.js') ? 'js' : 'css';
  total[kind] += gz;
  console.log(`${file}: ${(bytes.length / 1024).toFixed(1)} KiB, gzipped ${(gz / 1024).toFixed(1)} KiB`);
}
console.log(`initial JS gzipped: ${(total.js / 1024).toFixed(1)} KiB; CSS gzipped: ${(total.css / 1024).toFixed(1)} KiB`);
