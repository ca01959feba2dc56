// Steps the end-to-end tests share.
import assert from 'node:assert/strict';
import { readFileSync, writeFileSync } from 'node:fs';
import { artifacts, axe, keepScreenshot, screenshot } from './browser.mjs';

export const PASSWORD = 'demo-wachtwoord';

/** Signs in on the app at `url` and waits for the first screen's heading. */
export async function signIn(page, url, email, firstScreen = 'Mijn mandaat') {
  await page.goto(`${url}/`);
  await page.getByLabel('E-mailadres').fill(email);
  await page.getByLabel('Wachtwoord').fill(PASSWORD);
  await page.getByRole('button', { name: 'Inloggen' }).click();
  await page.getByRole('heading', { level: 1, name: firstScreen }).waitFor();
}

/**
 * axe-core finds nothing serious, and the page broke no CSP rule; a screenshot either way (with
 * `keep`, also one in pwa/screenshots/ for the repository, from the top or from the locator `at`).
 */
export async function expectAccessible(page, name, { keep = false, at } = {}) {
  const findings = await axe(page);
  await screenshot(page, name);
  if (keep) await keepScreenshot(page, name, at);
  assert.deepEqual(findings, [], `axe on ${name}`);
  assert.deepEqual(page.problems, [], `no CSP violations or page errors on ${name}`);
}

/**
 * Counts a user's touches honestly: every tap on a control and every field focused and typed
 * into is one, however short. Waiting and reading are free.
 */
export function touches() {
  let count = 0;
  return {
    get count() {
      return count;
    },
    async tap(locator) {
      count++;
      await locator.tap();
    },
    async fill(locator, value) {
      count++;
      await locator.tap();
      await locator.fill(value);
    },
    async select(locator, option) {
      count++;
      await locator.selectOption(option);
    },
  };
}

/** Keeps a measured touch count for the README (test-results/touches.json). */
export function recordTouches(name, count) {
  const file = `${artifacts}touches.json`;
  let all = {};
  try {
    all = JSON.parse(readFileSync(file, 'utf8'));
  } catch {
    // The first count of this run.
  }
  all[name] = count;
  writeFileSync(file, `${JSON.stringify(all, null, 2)}\n`);
}

/** The control is at least 44 by 44 CSS pixels (WCAG 2.5.5, the size a thumb hits). */
export async function expectTapTarget(locator) {
  const box = await locator.boundingBox();
  assert.ok(box && box.height >= 44 && box.width >= 44, `tap target ${JSON.stringify(box)}`);
}
