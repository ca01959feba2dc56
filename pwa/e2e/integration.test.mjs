// End-to-end: the administrator's integration screens — machine clients (secret shown once,
// rotated, deactivated), webhook subscriptions with their delivery log (ping, redeliver, switch
// off and on) against a receiver of our own on loopback, and the ZGW connection with the RSIN's
// eleven-test and every bad field at its field.
//   npm run build && node --test e2e/integration.test.mjs   (screenshots in pwa/screenshots/)
import assert from 'node:assert/strict';
import { createServer } from 'node:http';
import { after, before, describe, test } from 'node:test';
import { apiAs, startBackend } from './backend.mjs';
import { PHONE, launch, phonePage } from './browser.mjs';
import { expectAccessible, expectTapTarget, signIn } from './steps.mjs';

const BEHEER = 'beheer@rijnstede.demo';
const INGRID = 'ingrid@rijnstede.demo';
const run = Date.now().toString(36);
const clientName = `Zaaksysteem ${run}`;

let backend;
let browser;
let context;
let page;
let receiver;
let receiverUrl;
const received = [];

/** The card of a list whose heading is `name`. */
const card = (name) => page.getByRole('listitem').filter({ has: page.getByRole('heading', { level: 3, name }) });

async function openFromHub(link, heading = link) {
  await page.goto(`${backend.url}/#/sturing`);
  await page.getByRole('heading', { level: 1, name: 'Sturing' }).waitFor();
  await page.getByRole('link', { name: link }).click();
  await page.getByRole('heading', { level: 1, name: heading }).waitFor();
}

describe('the integration screens', () => {
  before(async () => {
    // A receiver on loopback: /ok answers 204, /down 503.
    receiver = createServer((req, res) => {
      let body = '';
      req.on('data', (c) => (body += c));
      req.on('end', () => {
        received.push({ path: req.url, id: req.headers['webhook-id'], body });
        res.writeHead(req.url === '/ok' ? 204 : 503).end();
      });
    });
    await new Promise((resolve) => receiver.listen(0, '127.0.0.1', resolve));
    receiverUrl = `http://127.0.0.1:${receiver.address().port}`;
    // Loopback destinations are allowed for this test's server only; retries come fast.
    backend = await startBackend({ WEBHOOKS_ALLOW_PRIVATE: 'true', WEBHOOK_RETRY_SCHEDULE: '1,1', WEBHOOK_POLL_MILLISECONDS: '200', WEBHOOK_TIMEOUT_SECONDS: '5' });
    browser = await launch();
    context = await browser.newContext(PHONE);
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: backend.url });
    page = await phonePage(context);
    page.on('dialog', (dialog) => void dialog.accept());
    await signIn(page, backend.url, BEHEER, 'Sturing');
  });

  after(async () => {
    await browser?.close();
    await backend?.stop();
    receiver?.close();
  });

  test('only an administrator sees the integration screens', async () => {
    const leadContext = await browser.newContext(PHONE);
    const lead = await phonePage(leadContext);
    await signIn(lead, backend.url, INGRID);
    await lead.goto(`${backend.url}/#/sturing`);
    await lead.getByRole('heading', { level: 1, name: 'Sturing' }).waitFor();
    assert.equal(await lead.getByRole('link', { name: 'Koppelingen' }).count(), 0);
    await lead.goto(`${backend.url}/#/sturing/koppelingen`);
    await lead.getByText('Dit scherm is niet voor jouw rol.').waitFor();
    await leadContext.close();
  });

  test('an administrator creates a machine client, sees its secret once, rotates it and deactivates it', async () => {
    await openFromHub('Koppelingen');
    await expectAccessible(page, '70-koppelingen', { keep: true });
    await page.getByRole('button', { name: 'Nieuwe koppeling' }).click();
    await page.getByRole('button', { name: 'Koppeling aanmaken' }).click();
    await page.locator('#client-name-error').getByText('Vul dit in.').waitFor();
    await page.locator('#client-scopes-error').getByText('Kies minstens één recht.').waitFor();
    await page.getByLabel('Naam van het systeem').fill(clientName);
    await page.getByRole('group', { name: 'Rechten' }).getByLabel('Beslissingen lezen').check();
    await page.getByRole('group', { name: 'Rechten' }).getByLabel('Webhooks beheren').check();
    // A key pair: the server names what is wrong with the pasted keys at their field.
    await page.getByLabel('Met een eigen sleutelpaar (private_key_jwt)').check();
    await page.getByLabel('Publieke sleutels (JSON Web Key Set)').fill('{"keys": [{"kty": "oct", "k": "c2VjcmV0"}]}');
    await page.getByRole('button', { name: 'Koppeling aanmaken' }).click();
    await page.locator('#client-jwks-error').waitFor();
    assert.equal(await page.getByLabel('Publieke sleutels (JSON Web Key Set)').getAttribute('aria-invalid'), 'true');
    await expectAccessible(page, '71-koppeling-nieuw', { keep: true, at: page.getByRole('group', { name: 'Rechten' }) });
    await page.getByLabel('Met een geheim (client_secret_basic)').check();
    await page.getByRole('button', { name: 'Koppeling aanmaken' }).click();

    const item = card(clientName);
    const secretBox = item.getByLabel('Clientgeheim');
    await secretBox.waitFor();
    const secret = await secretBox.inputValue();
    assert.ok(secret.length >= 20, 'a secret is shown');
    await item.getByText(/na het sluiten is het niet meer te zien/).waitFor();
    const copy = item.getByRole('button', { name: /^Kopiëren/ });
    await expectTapTarget(copy);
    await copy.click();
    await item.getByText('Gekopieerd naar het klembord.').waitFor();
    assert.equal(await page.evaluate(() => navigator.clipboard.readText()), secret);
    await expectAccessible(page, '72-koppeling-geheim', { keep: true, at: item.locator('.secret-once') });
    await item.getByRole('button', { name: 'Ik heb het bewaard' }).click();
    assert.equal(await item.getByLabel('Clientgeheim').count(), 0, 'the secret is gone once closed');

    // The secret works at the token endpoint; after rotating, only the new one does.
    const clientId = (await item.locator('.admin-code').first().textContent()).trim();
    const token = (s) =>
      fetch(`${backend.url}/api/v1/auth/token`, {
        method: 'POST',
        headers: { Authorization: `Basic ${Buffer.from(`${clientId}:${s}`).toString('base64')}`, 'Content-Type': 'application/x-www-form-urlencoded' },
        body: 'grant_type=client_credentials&scope=decisions%3Aread',
      });
    assert.equal((await token(secret)).status, 200);
    await item.getByRole('button', { name: /^Nieuw geheim/ }).click();
    const rotated = await item.getByLabel('Clientgeheim').inputValue();
    assert.notEqual(rotated, secret);
    assert.equal((await token(secret)).status, 401, 'the old secret stops working');
    assert.equal((await token(rotated)).status, 200);
    await item.getByRole('button', { name: 'Ik heb het bewaard' }).click();

    await item.getByRole('button', { name: /^Deactiveren/ }).click();
    await item.getByText('Gedeactiveerd').waitFor();
    assert.equal((await token(rotated)).status, 401, 'a deactivated client gets no token');
    await item.getByRole('button', { name: /^Weer activeren/ }).waitFor();
  });

  test('an administrator subscribes a receiver, reads the delivery log, pings, redelivers and switches it off', async () => {
    await openFromHub('Webhooks');
    await page.getByRole('button', { name: 'Nieuw abonnement' }).click();
    // A bad address and no event type: both said at their fields, before anything is sent.
    await page.getByLabel('Adres (URL) van de ontvanger').fill('zaken.gemeente');
    await page.getByRole('button', { name: 'Abonnement aanmaken' }).click();
    await page.locator('#webhook-url-error').getByText(/Vul een webadres in/).waitFor();
    await page.locator('#webhook-events-error').getByText('Kies minstens één gebeurtenis.').waitFor();
    await page.getByLabel('Adres (URL) van de ontvanger').fill(`${receiverUrl}/ok`);
    await page.getByLabel('Omschrijving').fill('Zaaksysteem (test)');
    await page.getByRole('group', { name: 'Gebeurtenissen' }).getByLabel('Beslissing vastgelegd').check();
    await expectAccessible(page, '73-webhook-nieuw', { keep: true, at: page.getByLabel('Adres (URL) van de ontvanger') });
    await page.getByRole('button', { name: 'Abonnement aanmaken' }).click();
    const ok = card(`${receiverUrl}/ok`);
    const signing = ok.getByLabel('Ondertekengeheim');
    await signing.waitFor();
    assert.match(await signing.inputValue(), /^whsec_/);
    await ok.getByRole('button', { name: 'Ik heb het bewaard' }).click();

    // A test message reaches the receiver and is logged as delivered.
    await ok.getByRole('button', { name: /^Testbericht sturen/ }).click();
    const log = ok.locator('.delivery-log');
    await log.locator('strong', { hasText: 'Testbericht (ping)' }).waitFor();
    for (let i = 0; i < 50 && !(await log.getByText('Afgeleverd').count()); i++) {
      await new Promise((r) => setTimeout(r, 300));
      await ok.getByRole('button', { name: /^Vernieuwen/ }).click();
    }
    await log.getByText('Afgeleverd').first().waitFor();
    await log.getByText('Laatste antwoord: HTTP 204').first().waitFor();
    assert.ok(received.some((r) => r.path === '/ok' && JSON.parse(r.body).type === 'ping'));
    await expectAccessible(page, '74-webhook-afleverlog', { keep: true, at: ok });

    // A receiver that is down: the attempts and the last answer are in the log; sent again on request.
    await page.getByRole('button', { name: 'Nieuw abonnement' }).click();
    await page.getByLabel('Adres (URL) van de ontvanger').fill(`${receiverUrl}/down`);
    await page.getByRole('group', { name: 'Gebeurtenissen' }).getByLabel('Beslissing goedgekeurd').check();
    await page.getByRole('button', { name: 'Abonnement aanmaken' }).click();
    const down = card(`${receiverUrl}/down`);
    await down.getByRole('button', { name: 'Ik heb het bewaard' }).click();
    await down.getByRole('button', { name: /^Testbericht sturen/ }).click();
    const downLog = down.locator('.delivery-log');
    for (let i = 0; i < 50 && !(await downLog.getByText('Mislukt').count()); i++) {
      await new Promise((r) => setTimeout(r, 300));
      await down.getByRole('button', { name: /^Vernieuwen/ }).click();
    }
    await downLog.getByText('Mislukt').first().waitFor();
    await downLog.getByText('Laatste antwoord: HTTP 503').first().waitFor();
    await downLog.getByText(/Pogingen: [2-9]/).first().waitFor();
    await expectAccessible(page, '75-webhook-mislukt', { keep: true, at: downLog });
    const before = received.filter((r) => r.path === '/down').length;
    await downLog.getByRole('button', { name: /^Opnieuw versturen/ }).first().click();
    await page.getByText('Het bericht wordt opnieuw verstuurd, met hetzelfde webhook-id.').waitFor();
    for (let i = 0; i < 50 && received.filter((r) => r.path === '/down').length === before; i++) await new Promise((r) => setTimeout(r, 200));
    const downIds = new Set(received.filter((r) => r.path === '/down').map((r) => r.id));
    assert.equal(downIds.size, 1, 'sent again with the same webhook-id');

    await down.getByRole('button', { name: /^Uitschakelen/ }).click();
    await down.getByText('Uitgeschakeld', { exact: true }).waitFor();
    await down.getByRole('button', { name: /^Inschakelen/ }).click();
    await down.getByText('Actief', { exact: true }).waitFor();
  });

  test('an administrator sets up the ZGW connection; the RSIN is checked and the secret never shown', async () => {
    await openFromHub('Zaaksysteem (ZGW)');
    await page.getByText('De koppeling is nog niet ingesteld.').waitFor();
    await page.getByLabel('Adres van de Besluiten API').fill(`${receiverUrl}/besluiten/api/v1`);
    await page.getByLabel('Client-id').fill('mandaat');
    await page.getByLabel('Gedeeld geheim').fill('een-gedeeld-geheim-van-de-test');
    await page.getByLabel('RSIN van de gemeente').fill('002220648');
    await page.getByLabel('Bestuursorgaan').fill('College van B&W');
    await page.getByLabel('Financiële ondersteuning').fill('geen adres');
    await page.getByRole('button', { name: 'Koppeling opslaan' }).click();
    // The eleven-test and the besluittype's address, each at its field.
    await page.locator('#zgw-rsin-error').getByText(/geen geldig RSIN/).waitFor();
    assert.equal(await page.getByLabel('RSIN van de gemeente').getAttribute('aria-invalid'), 'true');
    await page.getByText('Vul een webadres in dat begint met https:// of http://.').waitFor();
    await expectAccessible(page, '76-zgw-fouten', { keep: true, at: page.getByLabel('RSIN van de gemeente') });
    await page.getByLabel('RSIN van de gemeente').fill('002220647');
    await page.getByLabel('Financiële ondersteuning').fill(`${receiverUrl}/catalogi/api/v1/besluittypen/1`);
    await page.getByRole('button', { name: 'Koppeling opslaan' }).click();
    await page.getByText('De koppeling met het zaaksysteem is opgeslagen.').waitFor();
    await page.getByText(/^Laatst gewijzigd/).waitFor();
    // The secret is set but never shown: the field is empty, saying it stays unchanged.
    const secret = page.getByLabel('Gedeeld geheim');
    assert.equal(await secret.inputValue(), '');
    assert.equal(await secret.getAttribute('placeholder'), 'ongewijzigd');
    assert.equal(await page.getByLabel('RSIN van de gemeente').inputValue(), '002220647');
    await expectAccessible(page, '77-zgw', { keep: true });

    // Saved again without a secret: the one set stays.
    await page.getByLabel('Bestuursorgaan').fill('Burgemeester');
    await page.getByRole('button', { name: 'Koppeling opslaan' }).click();
    await page.getByText('De koppeling met het zaaksysteem is opgeslagen.').waitFor();
    const admin = await apiAs(backend.url, BEHEER);
    const stored = await admin('/zgw-connection');
    assert.equal(stored.secretSet, true);
    assert.equal(stored.bestuursorgaan, 'Burgemeester');
    assert.equal(stored.besluittypen.length, 1);

    // The screens speak English when asked.
    await page.getByRole('button', { name: 'English' }).click();
    await page.getByRole('heading', { level: 1, name: 'Case system (ZGW)' }).waitFor();
    await page.getByLabel('RSIN of the municipality').waitFor();
    assert.equal(await page.getByLabel('Shared secret').getAttribute('placeholder'), 'unchanged');
    await page.getByRole('button', { name: 'Nederlands' }).click();
    await page.getByRole('heading', { level: 1, name: 'Zaaksysteem (ZGW)' }).waitFor();
  });
});
