// Generates the typed API client's schema from the committed OpenAPI document.
//   node scripts/gen-api.mjs          writes src/api/schema.d.ts
//   node scripts/gen-api.mjs --check  fails when the committed file is stale
import { readFileSync, writeFileSync, existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import openapiTS, { astToString } from 'openapi-typescript';

const spec = fileURLToPath(new URL('../../openapi/openapi.json', import.meta.url));
const target = fileURLToPath(new URL('../src/api/schema.d.ts', import.meta.url));

const header =
  '// Generated from openapi/openapi.json by `npm run gen:api`. Do not edit by hand.\n\n';
const ast = await openapiTS(JSON.parse(readFileSync(spec, 'utf8')));
const text = header + astToString(ast);

if (process.argv.includes('--check')) {
  const committed = existsSync(target) ? readFileSync(target, 'utf8') : '';
  if (committed !== text) {
    console.error('src/api/schema.d.ts is stale: run `npm run gen:api` in pwa/ and commit it.');
    process.exit(1);
  }
  console.log('src/api/schema.d.ts matches openapi/openapi.json');
} else {
  writeFileSync(target, text);
  console.log('wrote src/api/schema.d.ts');
}
