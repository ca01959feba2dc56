// Fails the build when the output would break under the backend's Content-Security-Policy
// (script-src 'self'; style-src 'self'): no inline script or style in index.html, and a
// service worker that loads as a classic script (no module imports).
import { readFileSync } from 'node:fs';

const dist = new URL('../dist/', import.meta.url);
const html = readFileSync(new URL('index.html', dist), 'utf8');
const problems = [];
for (const m of html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/g)) {
  if (!/\bsrc=/.test(m[1]) || m[2].trim()) problems.push('inline <script> in index.html');
}
if (/<style\b/.test(html)) problems.push('inline <style> in index.html');
if (/\sstyle=/.test(html)) problems.push('style attribute in index.html');
if (/\son[a-z]+=/.test(html)) problems.push('inline event handler in index.html');
if (!/<link rel="manifest" href="\/manifest.webmanifest">/.test(html)) problems.push('no manifest link');
const sw = readFileSync(new URL('sw.js', dist), 'utf8');
if (/^\s*import[\s{*]/m.test(sw) || /\bimport\(/.test(sw)) problems.push('sw.js imports modules');
if (problems.length) {
  console.error(`dist/ does not fit the CSP:\n- ${problems.join('\n- ')}`);
  process.exit(1);
}
console.log('dist/ fits the CSP: no inline script or style, classic service worker');
