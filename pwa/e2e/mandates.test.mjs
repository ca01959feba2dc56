// End-to-end: a team lead widens a professional's mandate, sees it in the timeline and in the
// professional's own app; a stale edit is caught; templates go to several users at once.
// Debian's Chromium against the real backend.
//   npm run build && node --test e2e/mandates.test.mjs        (screenshots in pwa/test-results/)
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { apiAs, startBackend } from './backend.mjs';
import { PHONE, launch, phonePage } from './browser.mjs';
import { PASSWORD, expectAccessible, signIn } from './steps.mjs';

const INGRID = 'ingrid@rijnstede.demo';
const FATIMA = 'fatima@rijnstede.demo';
const RUBEN = 'ruben@rijnstede.demo';
const BEHEER = 'beheer@rijnstede.demo';
const DESKTOP = { viewport: { width: 1280, height: 900 } };
const FINANCIAL = 'Financiële ondersteuning';

let backend;
let browser;

async function openUser(page, name) {
  await page.goto(`${backend.url}/#/sturing`);
  await page.getByRole('link', { name: 'Mandaten van medewerkers' }).click();
  await page.getByRole('heading', { level: 1, name: 'Mandaten van medewerkers' }).waitFor();
  await page.getByRole('link', { name }).click();
  await page.getByRole('heading', { level: 1, name: `Mandaat van ${name}` }).waitFor();
  await page.getByRole('heading', { level: 2, name: 'Hoe het mandaat groeide' }).waitFor();
}

/** The timeline's entries, newest first, as their heading texts. */
const timeline = (page) => page.locator('.md-timeline > li');

/** The fields of one category's rule in the editor. */
const rule = (page, category) => page.getByRole('group', { name: category });

async function expectNoSidewaysScroll(page) {
  const { scroll, width } = await page.evaluate(() => ({ scroll: document.documentElement.scrollWidth, width: window.innerWidth }));
  assert.ok(scroll <= width, `page is ${scroll}px wide in a ${width}px window`);
}

/** Adds a version through the API as `email`, with the current ETag, as another lead would. */
async function addVersionAs(email, userId, change) {
  const login = await fetch(`${backend.url}/api/v1/auth/login`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ email, password: PASSWORD }),
  });
  const auth = { Authorization: `Bearer ${(await login.json()).accessToken}` };
  const current = await fetch(`${backend.url}/api/v1/users/${userId}/mandate/versions`, { headers: auth });
  const [latest] = (await current.json()).items;
  const body = change({ validFrom: latest.validFrom, period: latest.period, periodLimitCents: latest.periodLimitCents, perClientYearLimitCents: latest.perClientYearLimitCents, rules: latest.rules });
  const res = await fetch(`${backend.url}/api/v1/users/${userId}/mandate/versions`, {
    method: 'POST',
    headers: { ...auth, 'Content-Type': 'application/json', 'If-Match': current.headers.get('ETag') },
    body: JSON.stringify(body),
  });
  assert.equal(res.status, 201, await res.text());
}

describe('mandate management', () => {
  let fatimaId;
  let categories;

  before(async () => {
    backend = await startBackend();
    browser = await launch();
    const asFatima = await apiAs(backend.url, FATIMA);
    fatimaId = (await asFatima('/me')).id;
    categories = (await asFatima('/categories')).items;
  });

  after(async () => {
    await browser?.close();
    await backend?.stop();
  });

  test('a lead widens a professional’s mandate on the phone and sees it in the timeline and in her app', async () => {
    const context = await browser.newContext(PHONE);
    const page = await phonePage(context);
    await signIn(page, backend.url, INGRID);

    // Only the users of her own team, not herself.
    await page.goto(`${backend.url}/#/sturing`);
    await page.getByRole('link', { name: 'Mandaten van medewerkers' }).click();
    const list = page.getByRole('list', { name: /^Medewerkers/ });
    await list.getByRole('link', { name: 'Fatima el Amrani' }).waitFor();
    const names = await list.getByRole('heading', { level: 3 }).allTextContents();
    assert.deepEqual(names, ['Fatima el Amrani', 'Joost de Vries']);
    await list.getByText('Tweede stap: huisvesting zelfstandig tot €750', { exact: false }).waitFor();
    await expectAccessible(page, '60-mandaten-medewerkers');

    await openUser(page, 'Fatima el Amrani');
    assert.equal(await timeline(page).count(), 3);
    const newest = timeline(page).first();
    await newest.getByText('In werking').waitFor();
    await newest.getByText('Huisvesting en dreigende uithuiszetting, beslisrecht: Goedkeuring → Zelf beslissen').waitFor();
    await timeline(page).last().getByText('Eerste mandaat').waitFor();
    await expectAccessible(page, '61-mandaat-tijdlijn');

    await page.getByRole('button', { name: 'Nieuwe versie maken' }).click();
    await page.getByRole('heading', { level: 2, name: 'Nieuwe versie' }).waitFor();
    // The form starts from the newest version: nothing changed yet.
    await page.getByText('Nog niets veranderd.').waitFor();
    await page.getByLabel('Waarom verandert het mandaat?').fill('Derde stap: financiële ondersteuning zelfstandig tot €500');
    const financial = rule(page, FINANCIAL);
    await financial.getByLabel('Zelf beslissen tot (euro)').fill('500');
    await financial.getByLabel('Met goedkeuring tot (euro)').fill('2000');
    // The before/after view marks the changed row and says which way it goes.
    const row = page.locator('.md-compare tbody tr', { has: page.getByRole('rowheader', { name: new RegExp(`^${FINANCIAL}`) }) });
    await row.getByText('zelf tot € 500,00').waitFor();
    assert.match(await row.locator('td').first().textContent(), /zelf tot € 350,00/);
    await row.getByText('↑ ruimer').waitFor();
    await page.getByText('2 ruimer, 0 beperkter').waitFor();
    await expectAccessible(page, '62-mandaat-voor-en-na');
    await expectNoSidewaysScroll(page);

    await page.getByRole('button', { name: 'Versie opslaan' }).click();
    await page.getByText(/Nieuwe versie van het mandaat van Fatima el Amrani opgeslagen/).waitFor();
    assert.equal(await timeline(page).count(), 4);
    const added = timeline(page).first();
    await added.getByText('Derde stap: financiële ondersteuning zelfstandig tot €500').waitFor();
    await added.getByText(`${FINANCIAL}, zelf (of met collega) tot: € 350,00 → € 500,00`).waitFor();
    await added.getByText('Door Ingrid Jansen', { exact: false }).waitFor();
    // Focus lands on the new version in the timeline.
    await page.waitForFunction((reason) => document.activeElement?.closest('li')?.querySelector('.md-version__reason')?.textContent === reason, 'Derde stap: financiële ondersteuning zelfstandig tot €500');
    // What is in force now shows the new room at once.
    await page.locator('section', { has: page.getByRole('heading', { name: 'Nu in werking' }) }).getByText('Zelf beslissen tot € 500,00; met goedkeuring tot € 2.000,00').waitFor();

    // Fatima sees the effect in her own app.
    const phone = await phonePage(await browser.newContext(PHONE));
    await signIn(phone, backend.url, FATIMA);
    await phone.getByText('Zelf beslissen tot € 500,00; met goedkeuring tot € 2.000,00').waitFor();
    await phone.context().close();
    await context.close();
  });

  test('an edit made stale by someone else is explained, keeps what was typed, and saves on the newest version', async () => {
    const context = await browser.newContext(DESKTOP);
    const page = await phonePage(context);
    await signIn(page, backend.url, INGRID);
    await openUser(page, 'Fatima el Amrani');
    const before = await timeline(page).count();
    await page.getByRole('button', { name: 'Nieuwe versie maken' }).click();
    await page.getByLabel('Waarom verandert het mandaat?').fill('Schulden zelfstandig tot €400');
    await rule(page, 'Schulden').getByRole('combobox', { name: 'Beslisrecht' }).selectOption({ label: 'Zelf beslissen' });
    await rule(page, 'Schulden').getByLabel('Zelf beslissen tot (euro)').fill('400');
    await expectAccessible(page, '63-mandaat-editor-desktop');

    // Meanwhile the admin raises the total budget.
    await addVersionAs(BEHEER, fatimaId, (terms) => ({ ...terms, reason: 'Totaalbudget omhoog voor de winter', periodLimitCents: 600_000 }));

    await page.getByRole('button', { name: 'Versie opslaan' }).click();
    const stale = page.getByRole('alert').filter({ hasText: 'Iemand anders heeft het mandaat van Fatima el Amrani intussen gewijzigd' });
    await stale.waitFor();
    await stale.getByText('Totaalbudget omhoog voor de winter', { exact: false }).waitFor();
    // The typed change is still there; the "was" column now holds the admin's version.
    assert.equal(await rule(page, 'Schulden').getByLabel('Zelf beslissen tot (euro)').inputValue(), '400');
    const total = page.locator('.md-compare tbody tr', { has: page.getByRole('rowheader', { name: /^Totaalbudget per periode/ }) });
    assert.match(await total.locator('td').first().textContent(), /€ 6\.000,00/);
    assert.equal(await timeline(page).count(), before + 1, 'the timeline shows the admin’s version');
    await expectAccessible(page, '64-mandaat-verouderd');

    await page.getByRole('button', { name: 'Versie opslaan' }).click();
    await page.getByText(/Nieuwe versie van het mandaat van Fatima el Amrani opgeslagen/).waitFor();
    const [newest, admins] = [timeline(page).nth(0), timeline(page).nth(1)];
    await newest.getByText('Schulden zelfstandig tot €400').waitFor();
    await admins.getByText('Totaalbudget omhoog voor de winter').waitFor();
    // Her version kept the admin's budget: nothing was overwritten.
    const mandate = await (await apiAs(backend.url, FATIMA))('/me/mandate');
    assert.equal(mandate.version.periodLimitCents, 600_000);
    const debts = categories.find((c) => c.name.startsWith('Schulden'));
    assert.deepEqual(
      mandate.categories.filter((c) => c.categoryId === debts.id).map((c) => [c.right, c.autonomousUpToCents]),
      [['autonomous', 40_000]],
    );
    await context.close();
  });

  test('bad input is named at its field and nothing is saved', async () => {
    const context = await browser.newContext(PHONE);
    const page = await phonePage(context);
    await signIn(page, backend.url, INGRID);
    await openUser(page, 'Joost de Vries');
    const before = await timeline(page).count();
    await page.getByRole('button', { name: 'Nieuwe versie maken' }).click();
    await rule(page, FINANCIAL).getByLabel('Met goedkeuring tot (euro)').fill('veel');
    await page.getByLabel('Totaalbudget per periode (euro)').fill('-5');
    await page.getByRole('button', { name: 'Versie opslaan' }).click();
    await page.getByText('Controleer de gemarkeerde velden.').first().waitFor();
    await page.getByText('Vul dit in.').waitFor();
    assert.equal(await page.getByText('Vul een bedrag in euro in, bijvoorbeeld 750 of 750,50.').count(), 2);
    // Focus moves to the first bad field once the errors are drawn.
    await page.waitForFunction(() => document.activeElement?.getAttribute('aria-invalid') === 'true');
    await expectAccessible(page, '65-mandaat-fouten');
    await page.getByRole('button', { name: 'Annuleren' }).click();
    assert.equal(await timeline(page).count(), before);
    await context.close();
  });

  test('users outside one’s teams and other roles get no mandate editor', async () => {
    const context = await browser.newContext(PHONE);
    const ruben = await phonePage(context);
    await signIn(ruben, backend.url, RUBEN, 'Goedkeuren');
    await ruben.goto(`${backend.url}/#/sturing/mandaten`);
    const list = ruben.getByRole('list', { name: /^Medewerkers/ });
    await list.getByRole('heading', { level: 3 }).first().waitFor();
    const names = await list.getByRole('heading', { level: 3 }).allTextContents();
    assert.ok(!names.includes('Fatima el Amrani'), `Ruben leads Zuid only: ${names}`);
    // Opening Fatima's page by its address: the server refuses, the screen says so.
    await ruben.goto(`${backend.url}/#/sturing/mandaten/${fatimaId}`);
    await ruben.getByText(/^Laden lukte niet/).waitFor();
    assert.equal(await ruben.getByRole('button', { name: 'Nieuwe versie maken' }).count(), 0);
    await context.close();

    const fatima = await phonePage(await browser.newContext(PHONE));
    await signIn(fatima, backend.url, FATIMA);
    await fatima.goto(`${backend.url}/#/sturing/mandaten`);
    await fatima.getByText('Dit scherm is niet voor jouw rol.').waitFor();
    await fatima.context().close();
  });

  test('a lead makes a template and gives it to two users at once', async () => {
    const context = await browser.newContext(PHONE);
    const page = await phonePage(context);
    await signIn(page, backend.url, INGRID);
    await page.goto(`${backend.url}/#/sturing`);
    await page.getByRole('link', { name: 'Mandaatsjablonen' }).click();
    await page.getByRole('heading', { level: 1, name: 'Mandaatsjablonen' }).waitFor();
    await page.getByRole('heading', { level: 2, name: /^Sjablonen/ }).waitFor();

    await page.getByRole('button', { name: 'Nieuw sjabloon' }).click();
    await page.getByLabel('Naam', { exact: true }).fill('Ervaren consulent');
    await page.getByLabel('Totaalbudget per periode (euro)').fill('5000');
    await page.getByLabel('Kies een soort om toe te voegen').selectOption({ label: FINANCIAL });
    await page.getByRole('button', { name: 'Soort toevoegen' }).click();
    const financial = rule(page, FINANCIAL);
    await financial.getByRole('combobox', { name: 'Beslisrecht' }).selectOption({ label: 'Zelf beslissen' });
    await financial.getByLabel('Zelf beslissen tot (euro)').fill('600');
    await financial.getByLabel('Met goedkeuring tot (euro)').fill('100');
    await page.getByRole('button', { name: 'Sjabloon opslaan' }).click();
    await financial.getByText('Mag niet lager zijn dan het eerste bedrag.').waitFor();
    await financial.getByLabel('Met goedkeuring tot (euro)').fill('2000');
    await page.getByRole('button', { name: 'Sjabloon opslaan' }).click();
    await page.getByText('Sjabloon Ervaren consulent opgeslagen.').waitFor();

    const card = page.getByRole('listitem').filter({ has: page.getByRole('heading', { level: 3, name: 'Ervaren consulent' }) });
    await card.getByText(`${FINANCIAL}: zelf tot € 600,00; met goedkeuring tot € 2.000,00`).waitFor();
    await card.getByRole('button', { name: 'Toepassen op medewerkers Ervaren consulent' }).click();
    await card.getByLabel('Joost de Vries').check();
    await card.getByLabel('Fatima el Amrani').check();
    await card.getByText(/^Joost de Vries: \d+ ruimer, \d+ beperkter$/).waitFor();
    await card.getByText(/^Fatima el Amrani: \d+ ruimer, \d+ beperkter$/).waitFor();
    await expectAccessible(page, '66-sjabloon-toepassen');
    await expectNoSidewaysScroll(page);
    await card.getByRole('button', { name: 'Toepassen', exact: true }).click();
    await page.getByText('Ervaren consulent toegepast: 2 nieuwe mandaatversies.').waitFor();

    // Each got a version that names the template, with its terms.
    await openUser(page, 'Joost de Vries');
    const newest = timeline(page).first();
    await newest.getByText(/· Volgens sjabloon Ervaren consulent$/).waitFor();
    await newest.getByText('Afspraken van sjabloon Ervaren consulent').waitFor();
    const joost = (await (await apiAs(backend.url, 'joost@rijnstede.demo'))('/me/mandate')).version;
    assert.equal(joost.periodLimitCents, 500_000);
    assert.deepEqual(joost.rules.map((r) => [r.right, r.autonomousUpToCents, r.approvalUpToCents]), [['autonomous', 60_000, 200_000]]);
    await context.close();
  });
});
