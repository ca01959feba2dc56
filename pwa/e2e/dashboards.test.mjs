// End-to-end: the dashboards and the accountability download, in Debian's Chromium against the
// real backend.
//   npx vite build && node --test e2e/dashboards.test.mjs        (screenshots in pwa/test-results/)
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { after, before, describe, test } from 'node:test';
import { apiAs, startBackend } from './backend.mjs';
import { PHONE, launch, phonePage } from './browser.mjs';
import { expectAccessible, expectTapTarget, signIn } from './steps.mjs';

const CARLA = 'carla@rijnstede.demo';
const RUBEN = 'ruben@rijnstede.demo';
const DESKTOP = { viewport: { width: 1280, height: 800 } };

let backend;
let browser;

/** The period the dashboard opens on: January of this year to this month. */
function defaultPeriod() {
  const now = new Date();
  return { from: `${now.getFullYear()}-01`, to: `${now.getFullYear()}-${String(now.getMonth() + 1).padStart(2, '0')}` };
}

const card = (page, name) => page.locator('section.db-card').filter({ has: page.getByRole('heading', { level: 2, name }) });

async function downloadText(page, click) {
  const [download] = await Promise.all([page.waitForEvent('download'), click()]);
  const path = await download.path();
  return { name: download.suggestedFilename(), text: await readFile(path, 'utf8') };
}

describe('dashboards and the accountability export', () => {
  before(async () => {
    backend = await startBackend();
    browser = await launch();
  });

  after(async () => {
    await browser?.close();
    await backend?.stop();
  });

  test('a controller reads the dashboard: charts, tables matching the API, a CSV download', async () => {
    const page = await phonePage(await browser.newContext({ ...PHONE, acceptDownloads: true }));
    await signIn(page, backend.url, CARLA, 'Sturing');
    await expectAccessible(page, 'dashboards-hub');
    await page.getByRole('link', { name: 'Dashboard' }).click();
    await page.getByRole('heading', { level: 1, name: 'Dashboard' }).waitFor();

    const budget = card(page, 'Budgetgebruik per maand');
    await budget.getByRole('img').waitFor();
    for (const name of ['Oordelen over beslissingen', 'Doorlooptijd van medeondertekenen en goedkeuren', 'Spoedbeslissingen en hun beoordeling', 'Evaluaties: werkte het?', 'Gebruik van het mandaat per professional']) {
      await card(page, name).getByRole('button', { name: 'Download CSV' }).waitFor();
    }
    await page.locator('[aria-busy="true"]').first().waitFor({ state: 'detached' }).catch(() => {});
    await expectAccessible(page, 'dashboards-phone');
    // The longest waiting decisions are named by their title and the person, each a tap target.
    const waiting = card(page, 'Doorlooptijd van medeondertekenen en goedkeuren').getByRole('listitem').getByRole('link');
    await waiting.first().getByText(/, van \S+/).waitFor();
    await expectTapTarget(waiting.first());

    // The verdict chart's table says the same as the API's JSON for the same filter.
    const api = await apiAs(backend.url, CARLA);
    const { from, to } = defaultPeriod();
    const mix = await api(`/reports/verdict-mix?from=${from}&to=${to}`);
    const within = mix.rows.filter((r) => r.verdict === 'within_mandate').reduce((a, r) => a + r.decisions, 0);
    const all = mix.rows.reduce((a, r) => a + r.decisions, 0);
    assert.ok(all > 0, 'the demo has decisions this year');
    const verdicts = card(page, 'Oordelen over beslissingen');
    const summary = await verdicts.getByRole('img').getAttribute('aria-label');
    assert.match(summary, new RegExp(`^${all} beslissingen .*; ${within} binnen mandaat`));
    await expectTapTarget(verdicts.getByText('Toon als tabel'));
    await verdicts.getByText('Toon als tabel').click();
    const table = verdicts.getByRole('table');
    await table.waitFor();
    const cells = await table.locator('tbody tr').evaluateAll((rows) => rows.map((r) => Number(r.querySelectorAll('td')[0].textContent)));
    assert.equal(cells.reduce((a, b) => a + b, 0), within, 'the within-mandate column adds up to the API total');

    // Reflections: the API's count of worked is in the table.
    const refl = await api(`/reports/reflections?from=${from}&to=${to}`);
    const reflCard = card(page, 'Evaluaties: werkte het?');
    await reflCard.getByText('Toon als tabel').click();
    assert.equal(await reflCard.getByRole('row', { name: /Werkte\b/ }).first().locator('td').textContent(), String(refl.worked));

    const csv = await downloadText(page, () => card(page, 'Budgetgebruik per maand').getByRole('button', { name: 'Download CSV' }).click());
    assert.equal(csv.name, `mandaat-budget-use-${from}-${to}.csv`);
    const header = csv.text.split('\r\n')[0];
    assert.match(header, /month/);
    assert.match(header, /committed/i);
    await expectAccessible(page, 'dashboards-phone-tables');
  });

  test('the dashboard at desktop width', async () => {
    const page = await phonePage(await browser.newContext(DESKTOP));
    await signIn(page, backend.url, CARLA, 'Sturing');
    await page.goto(`${backend.url}/#/sturing/dashboard`);
    await card(page, 'Gebruik van het mandaat per professional').getByRole('img').waitFor();
    await card(page, 'Oordelen over beslissingen').getByRole('img').waitFor();
    await expectAccessible(page, 'dashboards-desktop');
  });

  test('a controller downloads the accountability export of the demo year', async () => {
    const page = await phonePage(await browser.newContext({ ...PHONE, acceptDownloads: true }));
    await signIn(page, backend.url, CARLA, 'Sturing');
    await page.getByRole('link', { name: 'Verantwoording' }).click();
    await page.getByRole('heading', { level: 1, name: 'Verantwoording' }).waitFor();
    const year = new Date().getFullYear();
    await page.getByLabel('Jaar').selectOption(String(year));
    const api = await apiAs(backend.url, CARLA);
    const json = await api(`/reports/accountability?year=${year}`);
    await page.getByText(`Beslissingen in de export: ${json.rows.length}`).waitFor();
    await expectAccessible(page, 'accountability-phone');
    const csv = await downloadText(page, () => page.getByRole('button', { name: 'Download CSV' }).click());
    assert.equal(csv.name, `mandaat-verantwoording-${year}.csv`);
    const lines = csv.text.split('\r\n').filter(Boolean);
    assert.ok(lines[0].startsWith('decision_id,decided_on,professional_name'), lines[0]);
    assert.equal(lines.length - 1, json.rows.length);
    const desktop = await phonePage(await browser.newContext(DESKTOP));
    await signIn(desktop, backend.url, CARLA, 'Sturing');
    await desktop.goto(`${backend.url}/#/sturing/verantwoording`);
    await desktop.getByText(/Beslissingen in de export: \d+/).waitFor();
    await expectAccessible(desktop, 'accountability-desktop');
  });

  test('a team lead sees only their own team', async () => {
    const page = await phonePage(await browser.newContext(PHONE));
    await signIn(page, backend.url, RUBEN, 'Goedkeuren');
    await page.goto(`${backend.url}/#/sturing/dashboard`);
    await page.getByRole('heading', { level: 1, name: 'Dashboard' }).waitFor();
    const team = page.getByLabel('Team');
    await team.locator('option', { hasText: 'Zuid' }).waitFor({ state: 'attached' });
    const options = await team.locator('option').allTextContents();
    assert.ok(options.every((o) => /Zuid/.test(o)), `only Zuid: ${options.join(', ')}`);
    await card(page, 'Budgetgebruik per maand').getByRole('img').waitFor();
    assert.equal(await page.getByRole('alert').count(), 0, 'no report refused');
    await expectAccessible(page, 'dashboards-lead');
  });
});
