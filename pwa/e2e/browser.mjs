// Debian's Chromium through playwright-core, at phone size, with axe-core for accessibility.
import { mkdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';

const require = createRequire(import.meta.url);
const axeSource = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');
export const artifacts = fileURLToPath(new URL('../test-results/', import.meta.url));
mkdirSync(artifacts, { recursive: true });
/** Screenshots of the screens kept in the repository (pwa/screenshots/), at 390×844 CSS pixels. */
export const kept = fileURLToPath(new URL('../screenshots/', import.meta.url));

export const PHONE = { viewport: { width: 390, height: 844 }, deviceScaleFactor: 2, isMobile: true, hasTouch: true };

export function launch() {
  return chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    headless: true,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
}

/** Opens a page and records any Content-Security-Policy violation or page error. */
export async function phonePage(context) {
  const page = await context.newPage();
  page.problems = [];
  page.on('console', (msg) => {
    if (msg.type() === 'error' && /Content Security Policy/i.test(msg.text())) page.problems.push(msg.text());
  });
  page.on('pageerror', (error) => page.problems.push(`page error: ${error.message}`));
  return page;
}

/**
 * Runs axe-core (WCAG 2.1 A/AA rules) on the page and returns the serious and critical
 * findings. Evaluated through the DevTools protocol, which the page's CSP does not govern,
 * so the app's own policy stays as strict as in production.
 */
export async function axe(page) {
  await page.evaluate(axeSource);
  const results = await page.evaluate(() =>
    globalThis.axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] }, resultTypes: ['violations'] }),
  );
  return results.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id} (${v.impact}): ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

export async function screenshot(page, name) {
  await page.screenshot({ path: `${artifacts}${name}.png`, fullPage: true });
}

/**
 * A 390×844 picture of what the phone shows, kept in pwa/screenshots/ (committed): from the top,
 * or from `at` (a locator) when what matters lies further down.
 */
export async function keepScreenshot(page, name, at) {
  mkdirSync(kept, { recursive: true });
  if (at) await at.evaluate((el) => window.scrollTo(0, el.getBoundingClientRect().top + window.scrollY - 80));
  else await page.evaluate(() => window.scrollTo(0, 0));
  await page.screenshot({ path: `${kept}${name}.png`, scale: 'css', fullPage: false });
}
