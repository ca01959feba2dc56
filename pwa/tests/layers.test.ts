// The screens read and write through the data modules in src/app/ only, as the field screens
// always have: no screen holds the API client, calls fetch, or reaches into the phone's store.
import { readFileSync, readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, test } from 'vitest';

const root = join(__dirname, '..', 'src');
const files = (dir: string): string[] =>
  readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? files(join(dir, e.name)) : /\.tsx?$/.test(e.name) ? [join(dir, e.name)] : []));
const imports = (file: string) => [...readFileSync(file, 'utf8').matchAll(/^import\s+(type\s+)?[^;]*?from\s+'([^']+)';/gms)].map((m) => ({ typeOnly: Boolean(m[1]), from: m[2]! }));

describe('the layers', () => {
  test('screens reach the server and the phone’s store only through src/app/', () => {
    const offending: string[] = [];
    for (const file of files(join(root, 'ui'))) {
      const text = readFileSync(file, 'utf8');
      const name = relative(root, file);
      if (/\bfetch\(/.test(text)) offending.push(`${name}: calls fetch`);
      if (/\bapi\.(GET|POST|PUT|PATCH|DELETE)\(/.test(text)) offending.push(`${name}: calls the API client`);
      for (const { typeOnly, from } of imports(file)) {
        if (typeOnly) continue;
        if (/\/app\/client$|\/api\/client$|\/storage\/|\/outbox\//.test(from)) offending.push(`${name}: imports ${from}`);
      }
    }
    expect(offending).toEqual([]);
  });

  test('the domain is pure: it imports nothing outside itself', () => {
    const offending = files(join(root, 'domain')).flatMap((file) => imports(file).filter(({ from }) => !from.startsWith('./')).map(({ from }) => `${relative(root, file)}: ${from}`));
    expect(offending).toEqual([]);
  });
});
