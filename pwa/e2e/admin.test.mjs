// End-to-end: the controller's audit view and the administrator's screens (categories, teams,
// users and roles), in Debian's Chromium against the real backend.
//   npm run build && node --test e2e/admin.test.mjs        (screenshots in pwa/test-results/)
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { apiAs, startBackend } from './backend.mjs';
import { PHONE, launch, phonePage } from './browser.mjs';
import { expectAccessible, signIn as signInAt } from './steps.mjs';

const CARLA = 'carla@rijnstede.demo';
const BEHEER = 'beheer@rijnstede.demo';
const DESKTOP = { viewport: { width: 1280, height: 800 } };
const run = Date.now().toString(36);
const names = {
  category: `Huisvesting proef ${run}`,
  team: `Wijkteam Proef ${run}`,
  user: `Nina Proef ${run}`,
  email: `nina.${run}@rijnstede.demo`,
};

let backend;
let browser;
let carla;
let beheer;
let adminApi;

const signIn = (p, email) => signInAt(p, backend.url, email, 'Sturing');

async function openFromHub(page, link, heading = link) {
  await page.goto(`${backend.url}/#/sturing`);
  await page.getByRole('heading', { level: 1, name: 'Sturing' }).waitFor();
  await page.getByRole('link', { name: link }).click();
  await page.getByRole('heading', { level: 1, name: heading }).waitFor();
}

/** The card of a list whose heading is `name`. */
const card = (page, name) => page.getByRole('listitem').filter({ has: page.getByRole('heading', { level: 3, name }) });

/** Nothing pushes the page sideways at phone width. */
async function expectNoSidewaysScroll(page) {
  const { scroll, width } = await page.evaluate(() => ({ scroll: document.documentElement.scrollWidth, width: window.innerWidth }));
  assert.ok(scroll <= width, `page is ${scroll}px wide in a ${width}px window`);
}

describe('the audit view and the administration screens', () => {
  before(async () => {
    backend = await startBackend();
    browser = await launch();
    carla = await phonePage(await browser.newContext(PHONE));
    beheer = await phonePage(await browser.newContext(PHONE));
    adminApi = await apiAs(backend.url, BEHEER);
  });

  after(async () => {
    await browser?.close();
    await backend?.stop();
  });

  test('a controller verifies the chain, reads the trail page by page and filters it', async () => {
    await signIn(carla, CARLA);
    await openFromHub(carla, 'Audittrail');
    const rows = carla.locator('tbody.audit-event');
    await rows.first().waitFor();
    await expectAccessible(carla, '30-audit');

    await carla.getByRole('button', { name: 'Keten controleren' }).click();
    const intact = carla.getByText(/^(\d+) gebeurtenissen gecontroleerd, de keten is intact\.$/);
    await intact.waitFor();
    const checked = Number((await intact.textContent()).match(/^(\d+)/)[1]);
    assert.ok(checked > 0, 'events were checked');

    // A page at a time, in the order of the chain.
    assert.equal(await rows.count(), 25);
    assert.ok(checked > 25, 'the demo has more than one page of events');
    await carla.getByRole('button', { name: 'Meer laden' }).click();
    await carla.waitForFunction((n) => document.querySelectorAll('tbody.audit-event').length > n, 25);
    const seqs = (await carla.locator('.audit-event__seq').allTextContents()).map(Number);
    assert.deepEqual(seqs, [...seqs].sort((a, b) => a - b), 'oldest first');
    assert.equal(new Set(seqs).size, seqs.length, 'no event twice');

    // Only approvals of decisions, with their before and after.
    await carla.getByLabel('Soort object').selectOption({ label: 'Beslissing' });
    await carla.getByLabel('Actie').selectOption({ label: 'Beslissing goedgekeurd' });
    await carla.getByRole('button', { name: 'Filteren' }).click();
    await carla.waitForFunction(() => {
      const actions = [...document.querySelectorAll('.audit-event__action')].map((e) => e.textContent);
      return actions.length > 0 && actions.every((a) => a === 'Beslissing goedgekeurd');
    });
    await rows.first().getByRole('button', { name: /^Details/ }).click();
    const details = carla.locator('.audit-details').first();
    await details.getByRole('columnheader', { name: 'Ervoor' }).waitFor();
    await details.getByText('Goedgekeurd', { exact: true }).waitFor();
    await expectAccessible(carla, '31-audit-gefilterd-details');
    await expectNoSidewaysScroll(carla);

    // A period without events.
    await carla.getByRole('button', { name: 'Filters wissen' }).click();
    await carla.getByLabel('Vanaf').fill('2020-01-01');
    await carla.getByLabel('Tot en met').fill('2020-01-31');
    // Whatever language the browser draws the date field in, the app says the day in Dutch.
    await carla.getByText('woensdag 1 januari 2020').waitFor();
    await carla.getByText('vrijdag 31 januari 2020').waitFor();
    await carla.getByRole('button', { name: 'Filteren' }).click();
    await carla.getByText('Geen gebeurtenissen met deze filters.').waitFor();
  });

  test('the audit view at desktop width', async () => {
    const context = await browser.newContext(DESKTOP);
    const page = await phonePage(context);
    await signIn(page, CARLA);
    await openFromHub(page, 'Audittrail');
    await page.locator('tbody.audit-event').first().waitFor();
    await page.getByRole('button', { name: 'Keten controleren' }).click();
    await page.getByText(/gebeurtenissen gecontroleerd, de keten is intact/).waitFor();
    await page.locator('tbody.audit-event').nth(1).getByRole('button', { name: /^Details/ }).click();
    await page.locator('.audit-details').first().waitFor();
    await expectAccessible(page, '32-audit-desktop');
    await context.close();
  });

  test('a controller cannot open the administration screens', async () => {
    await carla.goto(`${backend.url}/#/sturing/teams`);
    await carla.getByRole('heading', { level: 1, name: 'Teams' }).waitFor();
    await carla.getByText('Dit scherm is niet voor jouw rol.').waitFor();
    assert.equal(await carla.getByRole('button', { name: 'Nieuw team' }).count(), 0);
    await expectAccessible(carla, '33-teams-geweigerd');
  });

  test('the audit view speaks English when asked', async () => {
    await carla.goto(`${backend.url}/#/sturing/audit`);
    await carla.getByRole('button', { name: 'English' }).click();
    await carla.getByRole('heading', { level: 1, name: 'Audit trail' }).waitFor();
    await carla.getByRole('button', { name: 'Verify the chain' }).click();
    await carla.getByText(/events checked, the chain is intact\.$/).waitFor();
    await carla.getByLabel('Kind of object').waitFor();
    await carla.getByRole('columnheader', { name: 'When' }).waitFor();
    await expectAccessible(carla, '34-audit-english');
    await carla.getByRole('button', { name: 'Nederlands' }).click();
    await carla.getByRole('heading', { level: 1, name: 'Audittrail' }).waitFor();
  });

  test('an administrator adds a kind of custom decision', async () => {
    await signIn(beheer, BEHEER);
    await openFromHub(beheer, 'Soorten maatwerk');
    await beheer.getByRole('listitem').first().waitFor();
    await expectAccessible(beheer, '40-soorten');

    await beheer.getByRole('button', { name: 'Nieuwe soort maatwerk' }).click();
    await beheer.getByRole('button', { name: 'Soort toevoegen' }).click();
    await beheer.getByText('Dit veld is verplicht.').first().waitFor();
    await beheer.getByLabel('Naam').fill(names.category);
    assert.equal(await beheer.getByLabel('Code').inputValue(), `huisvesting-proef-${run}`, 'a code is suggested from the name');
    await beheer.getByLabel('Wettelijke grondslag').fill('Wmo 2015 art. 2.3.5');
    await expectAccessible(beheer, '41-soort-nieuw');
    await beheer.getByRole('button', { name: 'Soort toevoegen' }).click();
    await beheer.getByText(`${names.category} is toegevoegd.`).waitFor();
    await card(beheer, names.category).getByText('Wmo 2015 art. 2.3.5').waitFor();

    // Someone else changed it meanwhile (the server answers 412): said plainly, the form reloaded.
    await card(beheer, names.category).getByRole('button', { name: 'Wijzigen' }).click();
    const stale = (route) =>
      route.request().method() === 'PATCH'
        ? route.fulfill({ status: 412, contentType: 'application/problem+json', body: JSON.stringify({ type: 'about:blank', title: 'Precondition Failed', status: 412, detail: 'stale', errors: [] }) })
        : route.continue();
    await beheer.route('**/api/v1/categories/*', stale);
    await beheer.getByLabel('Naam').fill(`${names.category} (oud)`);
    await beheer.getByRole('button', { name: 'Opslaan' }).click();
    await beheer.getByText(/^Iemand anders heeft dit intussen gewijzigd/).waitFor();
    await beheer.waitForFunction((name) => document.querySelector('.admin-form input')?.value === name, names.category);
    await expectAccessible(beheer, '41b-soort-intussen-gewijzigd');
    await beheer.unroute('**/api/v1/categories/*', stale);

    // Made inactive: kept, but marked.
    await beheer.getByLabel('Actief: te kiezen bij nieuwe beslissingen').uncheck();
    await beheer.getByRole('button', { name: 'Opslaan' }).click();
    await card(beheer, names.category).getByText('Inactief').waitFor();
    const { items } = await adminApi('/categories?limit=200');
    const stored = items.find((c) => c.name === names.category);
    assert.equal(stored?.active, false);
    assert.equal(stored?.legalBasis, 'Wmo 2015 art. 2.3.5');
  });

  test('an administrator creates a team with a lead and a member', async () => {
    await openFromHub(beheer, 'Teams');
    await card(beheer, 'Wijkteam Noord').waitFor();
    await expectAccessible(beheer, '42-teams');

    await beheer.getByRole('button', { name: 'Nieuw team' }).click();
    await beheer.getByLabel('Naam').fill(names.team);
    await beheer.getByRole('group', { name: 'Leidinggevenden' }).getByLabel('Ruben Visser').check();
    await beheer.getByRole('group', { name: 'Leden' }).getByLabel('Sanne Bakker').check();
    assert.ok(await beheer.getByRole('group', { name: 'Leden' }).getByLabel('Ruben Visser').isChecked(), 'a lead is a member');
    await expectAccessible(beheer, '43-team-nieuw');
    await beheer.getByRole('button', { name: 'Team toevoegen' }).click();
    await beheer.getByText(`${names.team} is toegevoegd.`).waitFor();
    const created = card(beheer, names.team);
    await created.getByText('Ruben Visser').waitFor();
    await created.getByText('Sanne Bakker').waitFor();
  });

  test('an administrator adds a user with a role and a team, then changes the role', async () => {
    await openFromHub(beheer, 'Medewerkers en rollen');
    await card(beheer, 'Carla Smit').waitFor();
    await expectAccessible(beheer, '44-medewerkers');

    await beheer.getByLabel('Zoeken op naam of e-mailadres').fill('ingrid');
    await card(beheer, 'Ingrid Jansen').waitFor();
    assert.equal(await card(beheer, 'Carla Smit').count(), 0);
    await beheer.getByLabel('Zoeken op naam of e-mailadres').fill('');

    await beheer.getByRole('button', { name: 'Nieuwe medewerker' }).click();
    // The server's field errors appear at their fields: the address is taken.
    await beheer.getByLabel('Naam', { exact: true }).fill(names.user);
    await beheer.getByLabel('E-mailadres', { exact: true }).fill('carla@rijnstede.demo');
    await beheer.getByRole('group', { name: 'Rollen' }).getByLabel('Professional').check();
    await beheer.getByRole('group', { name: 'Teams' }).getByLabel(names.team).check();
    await beheer.getByLabel('Eerste wachtwoord').fill('welkom-bij-rijnstede');
    await beheer.getByRole('button', { name: 'Medewerker toevoegen' }).click();
    await beheer.getByText('Dit e-mailadres heeft al iemand in de organisatie.').waitFor();
    assert.equal(await beheer.getByLabel('E-mailadres', { exact: true }).getAttribute('aria-invalid'), 'true');
    await expectAccessible(beheer, '45-medewerker-fout');

    await beheer.getByLabel('E-mailadres', { exact: true }).fill(names.email);
    await beheer.getByRole('button', { name: 'Medewerker toevoegen' }).click();
    await beheer.getByText(`${names.user} is toegevoegd.`).waitFor();
    const user = card(beheer, names.user);
    await user.getByText(names.team).waitFor();
    await user.getByText('Professional').waitFor();
    await expectNoSidewaysScroll(beheer);

    await user.getByRole('button', { name: 'Wijzigen' }).click();
    await beheer.getByRole('group', { name: 'Rollen' }).getByLabel('Leidinggevende').check();
    await expectAccessible(beheer, '46-medewerker-wijzigen');
    await beheer.getByRole('button', { name: 'Opslaan' }).click();
    await beheer.getByText(`De wijziging van ${names.user} is opgeslagen.`).waitFor();
    await card(beheer, names.user).getByText('Leidinggevende').waitFor();

    const { items } = await adminApi('/users?limit=200');
    const stored = items.find((u) => u.email === names.email);
    assert.deepEqual(stored?.roles.sort(), ['professional', 'team_lead']);
    assert.equal(stored?.hasPassword, true);
    const teams = await adminApi('/teams?limit=200');
    assert.deepEqual(stored?.teamIds, [teams.items.find((t) => t.name === names.team).id]);
  });

  test('the administrator’s changes are in the trail', async () => {
    await openFromHub(beheer, 'Audittrail');
    await beheer.getByLabel('Actie').selectOption({ label: 'Medewerker gewijzigd' });
    await beheer.getByRole('button', { name: 'Filteren' }).click();
    const row = beheer.locator('tbody.audit-event').first();
    await row.getByText('Pieter Mulder').waitFor();
    await row.getByText(`Medewerker: ${names.user}`).waitFor();
    await row.getByRole('button', { name: /^Details/ }).click();
    await beheer.locator('.audit-changes__changed').filter({ hasText: 'Rollen' }).getByText('Professional, Leidinggevende').waitFor();
    await beheer.locator('.audit-changes').getByText('niet vastgelegd').first().waitFor();
    await expectAccessible(beheer, '47-audit-beheer');
    await expectNoSidewaysScroll(beheer);
  });
});
