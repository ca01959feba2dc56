// End-to-end: the field app, built, in Debian's Chromium at phone size against the real backend.
//   npm run build && npm run e2e        (screenshots in pwa/test-results/)
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { apiAs, startBackend } from './backend.mjs';
import { PHONE, launch, phonePage, screenshot } from './browser.mjs';
import { expectAccessible, expectTapTarget, recordTouches, signIn as signInAt, touches } from './steps.mjs';

const FATIMA = 'fatima@rijnstede.demo';
const INGRID = 'ingrid@rijnstede.demo';
const FINANCIAL = 'Financiële ondersteuning';
const run = Date.now().toString(36);
const titles = { online: `Online ${run}`, offlineA: `Offline A ${run}`, offlineB: `Offline B ${run}`, changed: `Anders ${run}`, expired: `Verlopen ${run}` };

let backend;
let browser;
let context;
let page;
let fatimaApi;

const signIn = (p, email, firstScreen) => signInAt(p, backend.url, email, firstScreen);

async function fillDecision(p, { title, euros, clientRef }) {
  await p.getByRole('link', { name: 'Nieuw' }).click();
  await p.getByRole('heading', { level: 1, name: 'Nieuwe beslissing' }).waitFor();
  await p.getByLabel('Soort maatwerk').selectOption({ label: FINANCIAL });
  await p.getByLabel('Bedrag in euro').fill(euros);
  await p.getByLabel('Cliëntreferentie').fill(clientRef);
  await p.getByLabel('Korte titel').fill(title);
  await p.getByLabel('Situatie').fill('Huurachterstand, dreigende uithuiszetting');
  await p.getByLabel('Oplossing').fill('Eenmalige bijdrage aan de verhuurder');
  await p.getByLabel('Onderbouwing').fill('Voorkomt een uithuiszetting en hogere kosten later');
}

/** Fatima's decisions on the server with this title. */
async function onServer(title) {
  const me = await fatimaApi('/me');
  // The list runs oldest first; this run's decisions are all from the last day.
  const since = new Date(Date.now() - 36 * 3600_000).toISOString().slice(0, 10);
  const page1 = await fatimaApi(`/decisions?professionalId=${me.id}&from=${since}&limit=200`);
  assert.equal(page1.nextCursor ?? null, null, 'one page holds them all');
  return page1.items.filter((d) => d.title === title);
}

describe('the field app', () => {
  before(async () => {
    backend = await startBackend();
    browser = await launch();
    context = await browser.newContext(PHONE);
    page = await phonePage(context);
    fatimaApi = await apiAs(backend.url, FATIMA);
  });

  after(async () => {
    await browser?.close();
    await backend?.stop();
  });

  test('serves the app with its manifest and a strict CSP', async () => {
    const res = await fetch(`${backend.url}/`);
    assert.match(res.headers.get('content-security-policy') ?? '', /script-src 'self'/);
    const manifest = await (await fetch(`${backend.url}/manifest.webmanifest`)).json();
    assert.equal(manifest.display, 'standalone');
    assert.ok(manifest.icons.some((i) => i.sizes === '512x512'));
  });

  test('signs in', async () => {
    await page.goto(`${backend.url}/`);
    await page.getByRole('heading', { level: 1, name: 'Inloggen' }).waitFor();
    await expectAccessible(page, '01-inloggen');
    await signIn(page, FATIMA);
    await page.getByText(FINANCIAL).first().waitFor();
    await expectAccessible(page, '02-mijn-mandaat');
    // The service worker has the app shell before the connection goes.
    await page.waitForFunction(async () => (await navigator.serviceWorker.ready) && navigator.serviceWorker.controller !== null, null, { timeout: 20_000 });
    // Chromium's own verdict on whether the app can be installed to the home screen.
    const cdp = await context.newCDPSession(page);
    const { installabilityErrors } = await cdp.send('Page.getInstallabilityErrors');
    // Playwright's contexts are incognito profiles, where no browser offers installation.
    const errors = installabilityErrors.filter((e) => e.errorId !== 'in-incognito');
    assert.deepEqual(errors, [], 'installable');
    await cdp.detach();
  });

  test('logs a decision online with the server verdict shown while typing', async () => {
    // An empty form names what is missing and puts focus on the first field.
    await page.getByRole('link', { name: 'Nieuw' }).click();
    await page.getByRole('button', { name: 'Beslissing vastleggen' }).click();
    await page.getByText('Controleer de gemarkeerde velden.').waitFor();
    assert.equal(await page.evaluate(() => document.activeElement?.id), 'f-categoryId');
    // Kind, client reference, rationale and (with nothing to propose it from) the title.
    assert.equal(await page.getByText('Dit veld is verplicht.').count(), 4);
    await expectAccessible(page, '03a-nieuwe-beslissing-fouten');
    await fillDecision(page, { title: titles.online, euros: '25', clientRef: `E2E-${run}-1` });
    await page.getByText('Getoetst door de server.').waitFor();
    await page.getByText('Binnen mandaat').first().waitFor();
    await expectAccessible(page, '03-nieuwe-beslissing-online');
    await page.getByRole('button', { name: 'Beslissing vastleggen' }).click();
    await page.getByRole('heading', { level: 1, name: 'Mijn beslissingen' }).waitFor();
    await page.getByText('Beslissing vastgelegd.').waitFor();
    assert.equal((await onServer(titles.online)).length, 1);
  });

  test('a standard decision takes at most six touches from the home screen', async () => {
    await page.evaluate(() => (location.hash = '#/mandaat'));
    await page.getByRole('heading', { level: 1, name: 'Mijn mandaat' }).waitFor();
    const user = touches();
    await user.tap(page.getByRole('link', { name: 'Nieuw' }));
    await page.getByRole('heading', { level: 1, name: 'Nieuwe beslissing' }).waitFor();
    // The kind used last is chosen already.
    assert.equal(await page.getByLabel('Soort maatwerk').locator('option:checked').textContent(), FINANCIAL);
    await user.fill(page.getByLabel('Bedrag in euro'), '31');
    await user.fill(page.getByLabel('Cliëntreferentie'), `E2E-${run}-6`);
    // The title is proposed from kind and amount.
    assert.equal(await page.getByLabel('Korte titel').inputValue(), `${FINANCIAL} € 31`);
    await page.getByText('Getoetst door de server.').waitFor();
    await user.fill(page.getByLabel('Onderbouwing'), 'Voorkomt een afsluiting van water.');
    await expectAccessible(page, '03b-nieuwe-beslissing-kort');
    await user.tap(page.getByRole('button', { name: 'Beslissing vastleggen' }));
    // Sent and answered before the app moves on to the list.
    await page.getByRole('heading', { level: 1, name: 'Mijn beslissingen' }).waitFor();
    await page.getByText('Beslissing vastgelegd.').waitFor();
    recordTouches('standard decision', user.count);
    assert.ok(user.count <= 6, `${user.count} touches`);
    const [saved] = await onServer(`${FINANCIAL} € 31`);
    const full = await fatimaApi(`/decisions/${saved.id}`);
    assert.equal(full.rationale, 'Voorkomt een afsluiting van water.');
    assert.equal(full.solution, `${FINANCIAL} € 31`);
    assert.equal(full.situation, 'Niet apart beschreven; zie de onderbouwing.');
  });

  test('logs two decisions offline, survives a reload offline, and sends each exactly once', async () => {
    await context.setOffline(true);
    await page.getByText('Geen verbinding', { exact: true }).waitFor();

    await fillDecision(page, { title: titles.offlineA, euros: '40', clientRef: `E2E-${run}-2` });
    await page.getByText(/^Voorlopig: berekend op deze telefoon/).waitFor();
    await page.getByText('Binnen mandaat').first().waitFor();
    await expectAccessible(page, '04-nieuwe-beslissing-offline');
    await page.getByRole('button', { name: 'Beslissing vastleggen' }).click();
    await page.getByText('Bewaard op deze telefoon.', { exact: false }).waitFor();

    // Above €350 alone: the preview says a team lead approves.
    await fillDecision(page, { title: titles.offlineB, euros: '900', clientRef: `E2E-${run}-3` });
    await page.getByText('Goedkeuring nodig').first().waitFor();
    await page.getByRole('button', { name: 'Beslissing vastleggen' }).click();
    await page.getByRole('heading', { level: 1, name: 'Mijn beslissingen' }).waitFor();
    await page.getByText('wacht op verbinding').nth(1).waitFor();
    await expectAccessible(page, '05-mijn-beslissingen-offline');

    await page.reload();
    await page.getByRole('heading', { level: 1, name: 'Mijn beslissingen' }).waitFor();
    assert.equal(await page.getByText('wacht op verbinding', { exact: true }).count(), 2);
    await page.getByText(titles.offlineA).waitFor();
    await page.getByText(titles.offlineB).waitFor();
    await screenshot(page, '06-na-herladen-offline');
    assert.equal((await onServer(titles.offlineA)).length, 0, 'nothing reached the server offline');

    await context.setOffline(false);
    await page.getByText('Online', { exact: true }).waitFor();
    await page.waitForFunction(() => !document.body.textContent?.includes('wacht op verbinding'), null, { timeout: 30_000 });
    // Give any second sender (the service worker's Background Sync) time to act too.
    await page.waitForTimeout(2_000);
    const a = await onServer(titles.offlineA);
    const b = await onServer(titles.offlineB);
    assert.equal(a.length, 1, 'offline decision A exactly once');
    assert.equal(b.length, 1, 'offline decision B exactly once');
    assert.equal(a[0].status, 'recorded');
    assert.equal(b[0].status, 'awaiting_approval');
    await page.getByRole('link', { name: titles.offlineB }).waitFor();
    await screenshot(page, '07-mijn-beslissingen-online');
  });

  test('shows a decision with its timeline and takes a reflection', async () => {
    await page.getByRole('link', { name: titles.online }).click();
    await page.getByRole('heading', { level: 1, name: titles.online }).waitFor();
    await page.getByRole('heading', { name: 'Verloop' }).waitFor();
    await expectAccessible(page, '08-beslissing-detail');
    await page.getByLabel('Wat is er gebeurd? Wat heeft het opgeleverd?').fill('De huur is weer op tijd betaald.');
    // Nothing is chosen beforehand; without a choice it is not saved.
    assert.equal(await page.getByRole('radio', { checked: true }).count(), 0);
    await page.getByRole('button', { name: 'Evaluatie opslaan' }).click();
    await page.getByText('Kies een antwoord.').waitFor();
    await page.getByRole('radio', { name: 'Ja, het werkte' }).check();
    await page.getByRole('button', { name: 'Evaluatie opslaan' }).click();
    await page.getByText('Evaluatie opgeslagen.').waitFor();
    await page.getByText('De huur is weer op tijd betaald.').waitFor();
  });

  test('a team lead approves with the facts in view, in at most three touches', async () => {
    const leadContext = await browser.newContext(PHONE);
    const lead = await phonePage(leadContext);
    await signIn(lead, INGRID);
    const tab = lead.getByRole('link', { name: /Goedkeuren/ });
    await tab.getByText(/\d+/).first().waitFor();
    const user = touches();
    // Ingrid's five tabs fit one row at 390 px, each at least 44 px high.
    const boxes = await Promise.all((await lead.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('link').all()).map((l) => l.boundingBox()));
    assert.equal(boxes.length, 5);
    assert.equal(new Set(boxes.map((b) => Math.round(b.y))).size, 1, 'one row');
    assert.ok(boxes.every((b) => b.x >= 0 && b.x + b.width <= 390 && b.height >= 44), JSON.stringify(boxes));
    await user.tap(tab);
    await lead.getByRole('heading', { level: 1, name: 'Goedkeuren' }).waitFor();
    // Who, what, how much, the deciding line and the rationale, on the card itself.
    const card = lead.getByRole('listitem').filter({ hasText: titles.offlineB });
    await card.getByText(/^Fatima .*, beslist op /).waitFor();
    await card.getByText('€ 900,00', { exact: true }).waitFor();
    await card.getByText(/Grens per beslissing/).waitFor();
    await card.getByText('Voorkomt een uithuiszetting en hogere kosten later').waitFor();
    await expectAccessible(lead, '09-goedkeuren');
    await expectTapTarget(card.getByRole('link', { name: titles.offlineB }));
    // The detail speaks to the lead as the one who decides, and approves from there.
    await user.tap(card.getByRole('link', { name: titles.offlineB }));
    await lead.getByRole('heading', { level: 1, name: titles.offlineB }).waitFor();
    await lead.getByText('Een teamleider keurt goed of wijst af.').waitFor();
    assert.equal(await lead.getByText('Je teamleider keurt goed.').count(), 0);
    await lead.getByRole('heading', { name: 'Jouw besluit als teamleider' }).waitFor();
    await expectAccessible(lead, '09b-goedkeuren-detail');
    await expectTapTarget(lead.getByRole('link', { name: 'Terug' }));
    await user.tap(lead.getByRole('button', { name: 'Goedkeuren' }));
    await lead.getByText('Goedgekeurd.').waitFor();
    recordTouches('lead approves after reading', user.count);
    assert.ok(user.count <= 3, `${user.count} touches`);
    const [approved] = await onServer(titles.offlineB);
    assert.equal(approved.status, 'approved');
    // "Terug" returns to the inbox it came from.
    await lead.getByRole('link', { name: 'Terug' }).tap();
    await lead.getByRole('heading', { level: 1, name: 'Goedkeuren' }).waitFor();
    await leadContext.close();
  });

  test('a team lead without a mandate of their own starts at the inbox', async () => {
    const leadContext = await browser.newContext(PHONE);
    const lead = await phonePage(leadContext);
    await signIn(lead, 'ruben@rijnstede.demo', 'Goedkeuren');
    const tabs = await lead.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('link').allTextContents();
    assert.equal(tabs.length, 2);
    assert.match(tabs[0], /^Goedkeuren/);
    assert.equal(tabs[1], 'Sturing');
    await expectAccessible(lead, '09a-goedkeuren-teamleider');
    await leadContext.close();
  });

  test('says plainly when the server judges an offline decision differently', async () => {
    await context.setOffline(true);
    await page.getByText('Geen verbinding', { exact: true }).waitFor();
    await fillDecision(page, { title: titles.changed, euros: '40', clientRef: `E2E-${run}-4` });
    await page.getByText('Binnen mandaat').first().waitFor();
    await page.getByRole('button', { name: 'Beslissing vastleggen' }).click();
    await page.getByText('Bewaard op deze telefoon.', { exact: false }).waitFor();

    // Meanwhile, from another device, the quarter's budget for the category is used up.
    const [category] = (await fatimaApi('/categories')).items.filter((c) => c.name === FINANCIAL);
    const mandate = await fatimaApi('/me/mandate');
    let left = mandate.categories.find((c) => c.categoryId === category.id).budget.remainingCents;
    for (let i = 0; left > 0; i++) {
      const amountCents = Math.min(left, 35_000);
      await fatimaApi('/decisions', {
        categoryId: category.id,
        clientRef: `E2E-${run}-elders-${i}`,
        amountCents,
        title: `Elders ${run} ${i}`,
        situation: 's',
        solution: 's',
        rationale: 'r',
        decidedAt: new Date().toISOString(),
      });
      left -= amountCents;
    }

    await context.setOffline(false);
    const notice = page.getByText(/De server oordeelt anders dan de telefoon liet zien: Binnen mandaat werd Goedkeuring nodig/);
    await notice.waitFor({ timeout: 30_000 });
    await expectAccessible(page, '10-server-oordeelt-anders');
    const [changed] = await onServer(titles.changed);
    assert.equal(changed.status, 'recorded_urgent');
    await page.getByRole('button', { name: 'Gezien' }).click();
    await notice.waitFor({ state: 'detached' });
  });

  test('a team lead backs the urgent decision afterwards, with a learning', async () => {
    const leadContext = await browser.newContext(PHONE);
    const lead = await phonePage(leadContext);
    await signIn(lead, INGRID);
    await lead.getByRole('link', { name: /Goedkeuren/ }).click();
    const card = lead.getByRole('listitem').filter({ hasText: titles.changed });
    await card.waitFor();
    // Without a learning the review is not sent.
    await card.getByRole('button', { name: 'Gesteund', exact: true }).click();
    await card.getByText('Dit veld is verplicht.').waitFor();
    await card.getByLabel('Wat leren we hiervan? (verplicht)').fill('Budget eerder bijsturen bij veel huurachterstanden.');
    await card.getByRole('button', { name: 'Gesteund', exact: true }).click();
    await lead.getByText('Beoordeeld.').waitFor();
    const [reviewed] = await onServer(titles.changed);
    assert.equal(reviewed.status, 'reviewed');
    await leadContext.close();
    // The professional's timeline says what came of it, with the lesson and who.
    await page.evaluate((id) => (location.hash = `#/beslissingen/${id}`), reviewed.id);
    const step = page.getByRole('listitem').filter({ hasText: 'Beoordeeld: gesteund' });
    await step.getByText('door Ingrid Jansen').waitFor();
    await step.getByText('Les: Budget eerder bijsturen bij veel huurachterstanden.').waitFor();
    // Budget lines name their period in words.
    await page.getByText(/Budget voor deze soort in (het \de kwartaal|\S+) \d{4}/).first().waitFor();
    await expectAccessible(page, '10b-verloop-beoordeeld');
  });

  test('keeps working offline after the sign-in expired, and asks to sign in once online', async () => {
    // The stored token runs out (as after a night offline).
    await page.evaluate(async () => {
      const { promise, resolve, reject } = Promise.withResolvers();
      const open = indexedDB.open('mandaat');
      open.onsuccess = () => resolve(open.result);
      open.onerror = () => reject(open.error);
      const db = await promise;
      await new Promise((done) => {
        const store = db.transaction('session', 'readwrite').objectStore('session');
        const get = store.get('current');
        get.onsuccess = () => {
          store.put({ ...get.result, expiresAt: Date.now() - 1000 }, 'current').onsuccess = done;
        };
      });
      db.close();
    });
    await context.setOffline(true);
    await page.evaluate(() => (location.hash = '#/mandaat'));
    await page.reload();
    await page.getByRole('heading', { level: 1, name: 'Mijn mandaat' }).waitFor();
    await page.getByText(/Je sessie is verlopen: log opnieuw in zodra er verbinding is/).waitFor();
    await fillDecision(page, { title: titles.expired, euros: '10', clientRef: `E2E-${run}-5` });
    await page.getByRole('button', { name: 'Beslissing vastleggen' }).click();
    await page.getByText('Bewaard op deze telefoon.', { exact: false }).waitFor();

    await context.setOffline(false);
    await page.getByRole('heading', { level: 1, name: 'Inloggen' }).waitFor();
    await page.getByText('Je sessie is verlopen. Log opnieuw in; wachtende beslissingen blijven bewaard.').waitFor();
    // A colleague cannot take over the phone while Fatima's decision waits.
    await page.getByLabel('E-mailadres').fill('joost@rijnstede.demo');
    await page.getByLabel('Wachtwoord').fill('demo-wachtwoord');
    await page.getByRole('button', { name: 'Inloggen' }).click();
    await page.getByText(/Op deze telefoon wachten beslissingen van Fatima.* op verzending \(1\)/).waitFor();
    await page.getByLabel('E-mailadres').fill(FATIMA);
    await page.getByLabel('Wachtwoord').fill('demo-wachtwoord');
    await page.getByRole('button', { name: 'Inloggen' }).click();
    await page.getByRole('heading', { level: 1, name: 'Mijn beslissingen' }).waitFor();
    await page.waitForFunction(() => !document.body.textContent?.includes('wacht op verbinding'), null, { timeout: 30_000 });
    assert.equal((await onServer(titles.expired)).length, 1);
  });

  test('says honestly what it knows: nothing cached offline, and whether the server answers', async () => {
    // Without a service worker, so the page's own requests can be cut off below.
    const fresh = await browser.newContext({ ...PHONE, serviceWorkers: 'block' });
    const p = await phonePage(fresh);
    await signIn(p, FATIMA);
    await p.getByText('Online', { exact: true }).waitFor();
    // The network is there but the server does not answer: the badge says so.
    await p.route('**/healthz', (route) => route.abort());
    await p.evaluate(() => document.dispatchEvent(new Event('visibilitychange')));
    await p.getByText('Geen verbinding', { exact: true }).waitFor();
    await p.unroute('**/healthz');
    await p.evaluate(() => document.dispatchEvent(new Event('visibilitychange')));
    await p.getByText('Online', { exact: true }).waitFor();
    // Offline before the list was ever fetched: it says it has nothing kept, not "no decisions".
    await fresh.setOffline(true);
    await p.getByText('Geen verbinding', { exact: true }).waitFor();
    await p.getByRole('link', { name: 'Beslissingen' }).tap();
    await p.getByText('deze telefoon heeft je lijst nog niet bewaard', { exact: false }).waitFor();
    assert.equal(await p.getByText('Nog geen beslissingen.').count(), 0);
    await expectAccessible(p, '05a-niets-bewaard-offline');
    await fresh.close();
  });

  test('reflows at 200% zoom without sideways scrolling', async () => {
    // 200% zoom on a 390 px wide phone leaves 195 CSS pixels.
    const zoomed = await browser.newContext({ ...PHONE, viewport: { width: 195, height: 422 }, deviceScaleFactor: 4 });
    const p = await phonePage(zoomed);
    await signIn(p, FATIMA);
    for (const [hash, name] of [['#/mandaat', '11-zoom-mijn-mandaat'], ['#/nieuw', '12-zoom-nieuwe-beslissing'], ['#/beslissingen', '13-zoom-mijn-beslissingen']]) {
      await p.evaluate((h) => (location.hash = h), hash);
      await p.locator('#screen-title').waitFor();
      await p.waitForTimeout(300);
      const overflow = await p.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      await screenshot(p, name);
      assert.ok(overflow <= 0, `${name}: ${overflow}px sideways overflow`);
    }
    await zoomed.close();
    // A lead's five tabs and the inbox's facts reflow too.
    const zoomedLead = await browser.newContext({ ...PHONE, viewport: { width: 195, height: 422 }, deviceScaleFactor: 4 });
    const lead = await phonePage(zoomedLead);
    await signIn(lead, INGRID);
    await lead.evaluate(() => (location.hash = '#/goedkeuren'));
    await lead.getByRole('heading', { level: 1, name: 'Goedkeuren' }).waitFor();
    await lead.waitForTimeout(300);
    const overflow = await lead.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    await screenshot(lead, '13a-zoom-goedkeuren');
    assert.ok(overflow <= 0, `inbox: ${overflow}px sideways overflow`);
    await zoomedLead.close();
  });

  test('switches to English and signs out, leaving no personal data', async () => {
    await page.getByRole('button', { name: 'English' }).click();
    await page.getByRole('link', { name: 'My mandate' }).click();
    await page.getByRole('heading', { level: 1, name: 'My mandate' }).waitFor();
    await expectAccessible(page, '14-my-mandate-english');
    await page.getByRole('button', { name: 'Sign out' }).click();
    await page.getByRole('heading', { level: 1, name: 'Sign in' }).waitFor();
    const left = await page.evaluate(async () => {
      const { promise, resolve } = Promise.withResolvers();
      const open = indexedDB.open('mandaat');
      open.onsuccess = () => resolve(open.result);
      const db = await promise;
      const counts = {};
      for (const store of ['session', 'cache', 'outbox', 'clientUse']) {
        counts[store] = await new Promise((r) => {
          const req = db.transaction(store).objectStore(store).count();
          req.onsuccess = () => r(req.result);
        });
      }
      return counts;
    });
    assert.deepEqual(left, { session: 0, cache: 0, outbox: 0, clientUse: 0 });
  });

  // Last: the failed sign-ins below make the server wait before this address signs in again.
  test('too many sign-ins: a Dutch message with the wait from Retry-After', async () => {
    const ctx = await browser.newContext(PHONE);
    const p = await phonePage(ctx);
    await p.goto(`${backend.url}/`);
    const message = p.getByText(/^Te veel pogingen om in te loggen\. Probeer het over \d+ (seconden?|minuut|minuten) opnieuw\.$/);
    for (let i = 0; i < 12 && !(await message.isVisible()); i++) {
      await p.getByLabel('E-mailadres').fill('niemand@rijnstede.demo');
      await p.getByLabel('Wachtwoord').fill('fout');
      await p.getByRole('button', { name: 'Inloggen' }).click();
      await p.getByRole('alert').waitFor();
    }
    await message.waitFor();
    await expectAccessible(p, '15-te-veel-pogingen');
    await ctx.close();
  });
});
