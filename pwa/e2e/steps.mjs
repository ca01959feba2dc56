// Steps the end-to-end tests share.
import assert from 'node:assert/strict';
import { axe, screenshot } from './browser.mjs';

export const PASSWORD = 'demo-wachtwoord';

/** Signs in on the app at `url` and waits for the first screen's heading. */
export async function signIn(page, url, email, firstScreen = 'Mijn mandaat') {
  await page.goto(`${url}/`);
  await page.getByLabel('E-mailadres').fill(email);
  await page.getByLabel('Wachtwoord').fill(PASSWORD);
  await page.getByRole('button', { name: 'Inloggen' }).click();
  await page.getByRole('heading', { level: 1, name: firstScreen }).waitFor();
}

/** axe-core finds nothing serious, and the page broke no CSP rule; a screenshot either way. */
export async function expectAccessible(page, name) {
  const findings = await axe(page);
  await screenshot(page, name);
  assert.deepEqual(findings, [], `axe on ${name}`);
  assert.deepEqual(page.problems, [], `no CSP violations or page errors on ${name}`);
}
