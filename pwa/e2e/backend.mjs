// Starts the real backend binary on a temporary SQLite database loaded with the demo
// organisation, serving the built PWA, on a free loopback port.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const repo = fileURLToPath(new URL('../../', import.meta.url));
// PWA_DIST lets a second build (e.g. another working copy's) be tested side by side.
const dist = process.env.PWA_DIST ?? fileURLToPath(new URL('../dist/', import.meta.url));

function binary() {
  if (process.env.MANDAAT_BIN) return process.env.MANDAAT_BIN;
  const bin = join(repo, 'target/release/mandaat');
  if (!existsSync(bin)) {
    const build = spawnSync('cargo', ['build', '--release'], { cwd: repo, stdio: 'inherit' });
    if (build.status !== 0) throw new Error('cargo build --release failed');
  }
  return bin;
}

/** `extraEnv`: settings for this server, e.g. WEBHOOKS_ALLOW_PRIVATE for a receiver on loopback. */
export async function startBackend(extraEnv = {}) {
  if (!existsSync(join(dist, 'index.html'))) throw new Error('pwa/dist is missing: run `npm run build` first');
  const bin = binary();
  const dir = mkdtempSync(join(tmpdir(), 'mandaat-e2e-'));
  const env = {
    ...process.env,
    DATABASE_URL: `sqlite://${join(dir, 'e2e.sqlite')}?mode=rwc`,
    BIND: '127.0.0.1:0',
    PWA_DIR: dist,
    LOG_LEVEL: 'warn',
    ...extraEnv,
  };
  const demo = spawnSync(bin, ['demo'], { env, encoding: 'utf8' });
  if (demo.status !== 0) throw new Error(`mandaat demo failed: ${demo.stderr}`);

  const server = spawn(bin, ['serve'], { env, stdio: ['ignore', 'pipe', 'pipe'] });
  let stderr = '';
  server.stderr.on('data', (chunk) => (stderr += chunk));
  const url = await new Promise((resolve, reject) => {
    let out = '';
    const timer = setTimeout(() => reject(new Error(`backend did not start: ${stderr}`)), 30_000);
    server.stdout.on('data', (chunk) => {
      out += chunk;
      const m = out.match(/Mandaat listening on (http:\/\/\S+)/);
      if (m) {
        clearTimeout(timer);
        resolve(m[1]);
      }
    });
    server.on('exit', (code) => reject(new Error(`backend exited (${code}): ${stderr}`)));
  });

  return {
    url,
    async stop() {
      server.kill('SIGTERM');
      await new Promise((resolve) => (server.exitCode !== null ? resolve() : server.on('exit', resolve)));
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** A small API client for checking what the server holds. */
export async function apiAs(url, email) {
  const login = await fetch(`${url}/api/v1/auth/login`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ email, password: 'demo-wachtwoord' }),
  });
  const { accessToken } = await login.json();
  return async (path, body) => {
    const res = await fetch(`${url}/api/v1${path}`, {
      method: body ? 'POST' : 'GET',
      headers: { Authorization: `Bearer ${accessToken}`, ...(body ? { 'Content-Type': 'application/json' } : {}) },
      ...(body ? { body: JSON.stringify(body) } : {}),
    });
    if (!res.ok) throw new Error(`${path}: ${res.status} ${await res.text()}`);
    return res.json();
  };
}

/** The raw answer of one request as `email`, for headers and statuses (e.g. ETag, If-Match). */
export async function rawAs(url, email) {
  const login = await fetch(`${url}/api/v1/auth/login`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ email, password: 'demo-wachtwoord' }),
  });
  const { accessToken } = await login.json();
  return (path, { method = 'GET', body, headers = {} } = {}) =>
    fetch(`${url}/api/v1${path}`, {
      method,
      headers: { Authorization: `Bearer ${accessToken}`, ...(body ? { 'Content-Type': 'application/json' } : {}), ...headers },
      ...(body ? { body: JSON.stringify(body) } : {}),
    });
}
