// End-to-end: the casebook in the field app — a professional drafts a story from an own decision
// (starting from its title, category and the lead's learning, never the client reference),
// edits the draft, a lead of her team publishes it, and the story and the search work offline
// from what the phone kept.
//   npm run build && node --test e2e/casebook.test.mjs   (screenshots in pwa/screenshots/)
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { apiAs, rawAs, startBackend } from './backend.mjs';
import { PHONE, launch, phonePage } from './browser.mjs';
import { expectAccessible, expectTapTarget, signIn } from './steps.mjs';

const FATIMA = 'fatima@rijnstede.demo';
const INGRID = 'ingrid@rijnstede.demo';
const FINANCIAL = 'Financiële ondersteuning';
const run = Date.now().toString(36);
const title = `Huurhulp ${run}`;
const clientRef = `VB-${run}`;
const learning = `Bel de verhuurder op de eerste dag (${run}).`;
const renamed = `Huurhulp bij achterstand ${run}`;

let backend;
let browser;
let context;
let page;
let decisionId;
let storyId;

describe('the casebook', () => {
  before(async () => {
    backend = await startBackend();
    browser = await launch();
    context = await browser.newContext(PHONE);
    page = await phonePage(context);
    const fatima = await apiAs(backend.url, FATIMA);
    const ingrid = await apiAs(backend.url, INGRID);
    const { items } = await fatima('/categories?limit=200');
    const category = items.find((c) => c.name === FINANCIAL);
    // Above what Fatima decides alone, so that deciding urgently is a real urgent decision.
    const mandate = await fatima('/me/mandate');
    const amountCents = mandate.categories.find((c) => c.categoryId === category.id).autonomousUpToCents + 2_500;
    const decision = await fatima('/decisions', {
      categoryId: category.id,
      amountCents,
      clientRef,
      title,
      situation: `Huurachterstand bij ${clientRef}`,
      solution: 'Bijdrage aan de verhuurder',
      rationale: 'Voorkomt uithuiszetting',
      urgent: true,
      decidedAt: new Date(Date.now() - 3 * 86_400_000).toISOString(),
    });
    decisionId = decision.id;
    await ingrid(`/decisions/${decision.id}/review`, { outcome: 'backed', learning });
  });

  after(async () => {
    await browser?.close();
    await backend?.stop();
  });

  test('a professional drafts a story from her decision, without its client reference', async () => {
    await signIn(page, backend.url, FATIMA);
    await page.goto(`${backend.url}/#/beslissingen/${decisionId}`);
    await page.getByRole('heading', { level: 1, name: title }).waitFor();
    const write = page.getByRole('link', { name: 'Schrijf een verhaal' });
    await expectTapTarget(write);
    await write.click();
    await page.getByRole('heading', { level: 1, name: 'Nieuw verhaal' }).waitFor();
    // The form starts from the decision: its title, category and the lead's learning.
    assert.equal(await page.getByLabel('Titel').inputValue(), title);
    assert.equal(await page.getByLabel('Wat we ervan leerden').inputValue(), learning);
    const category = page.getByLabel('Soort maatwerk');
    assert.equal(await category.locator('option:checked').textContent(), FINANCIAL);
    const values = await page.locator('main input, main textarea').evaluateAll((els) => els.map((e) => e.value).join('\n'));
    assert.ok(!values.includes(clientRef), 'no client reference in the form');
    // Nothing typed yet: the body is asked for at its field.
    await page.getByRole('button', { name: 'Concept bewaren' }).click();
    await page.locator('#story-body-error').getByText('Vul dit in.').waitFor();
    await expectAccessible(page, '60-verhaal-schrijven', { keep: true });
    // The server refuses the client reference and names the field; the screen shows it there.
    await page.getByLabel('Het verhaal', { exact: true }).fill(`Bij ${clientRef} liep de huur achter.`);
    await page.getByRole('button', { name: 'Concept bewaren' }).click();
    await page.locator('#story-body-error').getByText('Noem het cliëntnummer niet: een verhaal is anoniem.').waitFor();
    assert.equal(await page.getByLabel('Het verhaal', { exact: true }).getAttribute('aria-invalid'), 'true');
    await page.getByLabel('Het verhaal', { exact: true }).fill('De huur liep achter; een bijdrage aan de verhuurder voorkwam een uithuiszetting.');
    await page.getByLabel('Trefwoorden').fill('Huur, schulden');
    await page.getByRole('button', { name: 'Concept bewaren' }).click();
    await page.getByRole('heading', { level: 1, name: title }).waitFor();
    storyId = decodeURIComponent(new URL(page.url()).hash.split('/')[2]);
    await page.getByText('Concept', { exact: true }).waitFor();
    await page.getByText(/alleen jij en de teamleiders van je team/).waitFor();
    // The author never publishes her own story.
    assert.equal(await page.getByRole('button', { name: 'Publiceren' }).count(), 0);
    await expectAccessible(page, '61-verhaal-concept', { keep: true });
  });

  test('she edits her draft; a change made meanwhile elsewhere is not overwritten', async () => {
    const edit = page.getByRole('link', { name: 'Bewerken' });
    await expectTapTarget(edit);
    await edit.click();
    await page.getByRole('heading', { level: 1, name: 'Verhaal bewerken' }).waitFor();
    await page.getByLabel('Titel').waitFor();
    // Someone changes the story after the form was opened.
    const raw = await rawAs(backend.url, FATIMA);
    const current = await raw(`/stories/${storyId}`);
    const changed = await raw(`/stories/${storyId}`, { method: 'PATCH', body: { tags: ['huur', 'schulden', 'verhuurder'] }, headers: { 'If-Match': current.headers.get('ETag') } });
    assert.equal(changed.status, 200);
    await page.getByLabel('Titel').fill(renamed);
    await page.getByRole('button', { name: 'Opslaan' }).click();
    await page.getByText(/Iemand anders heeft het verhaal intussen gewijzigd/).waitFor();
    await page.waitForFunction(() => document.querySelector('#story-tags')?.value.includes('verhuurder'));
    // On the newest version the change goes through.
    await page.getByLabel('Titel').fill(renamed);
    await page.getByRole('button', { name: 'Opslaan' }).click();
    await page.getByRole('heading', { level: 1, name: renamed }).waitFor();
    const missing = await raw(`/stories/${storyId}`, { method: 'PATCH', body: { title: 'x' } });
    assert.equal(missing.status, 428, 'a change without If-Match is refused');
  });

  test('her decision now leads to her story instead of to a new one, also on a phone that kept none', async () => {
    await page.goto(`${backend.url}/#/beslissingen/${decisionId}`);
    await page.getByRole('heading', { level: 1, name: title }).waitFor();
    const read = page.getByRole('link', { name: 'Bekijk het verhaal' });
    await read.waitFor();
    await page.getByText(`Je schreef al een verhaal over deze beslissing: “${renamed}”.`).waitFor();
    assert.equal(await page.getByRole('link', { name: 'Schrijf een verhaal' }).count(), 0);
    await expectTapTarget(read);
    await read.click();
    await page.getByRole('heading', { level: 1, name: renamed }).waitFor();
    // Another phone knows no stories yet: the server's casebook tells it.
    const otherContext = await browser.newContext(PHONE);
    const other = await phonePage(otherContext);
    await signIn(other, backend.url, FATIMA);
    await other.goto(`${backend.url}/#/beslissingen/${decisionId}`);
    await other.getByRole('heading', { level: 1, name: title }).waitFor();
    await other.getByRole('link', { name: 'Bekijk het verhaal' }).waitFor();
    assert.equal(await other.getByRole('link', { name: 'Schrijf een verhaal' }).count(), 0);
    await otherContext.close();
  });

  test('the casebook lists her draft with its status', async () => {
    await page.goto(`${backend.url}/#/lessen`);
    await page.getByRole('heading', { level: 1, name: 'Lessen' }).waitFor();
    await page.getByRole('link', { name: 'Alle verhalen in het verhalenboek' }).click();
    await page.getByRole('heading', { level: 1, name: 'Verhalenboek' }).waitFor();
    const card = page.getByRole('listitem').filter({ hasText: renamed });
    await card.getByText('Concept', { exact: true }).waitFor();
    await expectTapTarget(card.getByRole('link', { name: renamed }));
    await expectAccessible(page, '62-verhalenboek', { keep: true });
    // Searched by kind: hers is found under its own kind, not under another.
    await page.getByLabel('Soort maatwerk').selectOption({ label: FINANCIAL });
    await page.getByRole('button', { name: 'Zoeken' }).click();
    await page.getByRole('link', { name: renamed }).waitFor();
    const other = await page.getByLabel('Soort maatwerk').locator('option').evaluateAll((os, fin) => os.find((o) => o.value && o.textContent !== fin)?.value, FINANCIAL);
    await page.getByLabel('Soort maatwerk').selectOption(other);
    await page.getByRole('button', { name: 'Zoeken' }).click();
    await page.getByText('Geen verhalen gevonden.').waitFor();
    await page.getByLabel('Soort maatwerk').selectOption('');
    // And by keyword: exactly one of its own, not a part of one.
    await page.getByLabel('Trefwoord').fill('Verhuurder');
    await page.getByRole('button', { name: 'Zoeken' }).click();
    await page.getByRole('link', { name: renamed }).waitFor();
    await page.getByLabel('Trefwoord').fill('verhuur');
    await page.getByRole('button', { name: 'Zoeken' }).click();
    await page.getByText('Geen verhalen gevonden.').waitFor();
    await page.getByLabel('Trefwoord').fill('');
  });

  test('a lead of her team reads the draft and publishes it', async () => {
    const leadContext = await browser.newContext(PHONE);
    const lead = await phonePage(leadContext);
    await signIn(lead, backend.url, INGRID);
    await lead.goto(`${backend.url}/#/verhalen`);
    const card = lead.getByRole('listitem').filter({ hasText: renamed });
    await card.getByText('Concept', { exact: true }).waitFor();
    await card.getByRole('link', { name: renamed }).click();
    await lead.getByRole('heading', { level: 1, name: renamed }).waitFor();
    await lead.getByText(/Concept van een teamlid/).waitFor();
    const publish = lead.getByRole('button', { name: 'Publiceren' });
    await expectTapTarget(publish);
    await expectAccessible(lead, '63-verhaal-publiceren', { keep: true, at: lead.getByRole('heading', { level: 1 }) });
    await publish.click();
    await lead.getByText('Het verhaal is gepubliceerd.').waitFor();
    await lead.getByText('Gepubliceerd', { exact: true }).waitFor();
    assert.equal(await lead.getByRole('button', { name: 'Publiceren' }).count(), 0);
    await leadContext.close();
  });

  test('offline, the kept story and the search of the kept stories still work; what is not kept says so', async () => {
    // Online once: the casebook as the server has it now, kept on the phone.
    await page.goto(`${backend.url}/#/verhalen`);
    await page.reload();
    await page.getByRole('listitem').filter({ hasText: renamed }).getByText('Gepubliceerd', { exact: true }).waitFor();
    await context.setOffline(true);
    await page.evaluate((id) => (location.hash = `#/verhalen/${id}`), storyId);
    await page.getByRole('heading', { level: 1, name: renamed }).waitFor();
    await page.getByText(/Zonder verbinding: het verhaal zoals het op/).waitFor();
    await page.getByText(/Bewerken en publiceren kan als er weer verbinding is/).waitFor();
    await expectAccessible(page, '64-verhaal-offline', { keep: true });
    // Searching on the phone: another Dutch word form finds it.
    await page.evaluate(() => (location.hash = '#/verhalen'));
    await page.getByRole('heading', { level: 1, name: 'Verhalenboek' }).waitFor();
    await page.getByLabel('Zoek in de verhalen').fill('huren verhuurders');
    await page.getByRole('button', { name: 'Zoeken' }).click();
    await page.getByText(/Zonder verbinding: gezocht in de verhalen op deze telefoon/).waitFor();
    await page.getByRole('link', { name: renamed }).waitFor();
    await page.getByLabel('Zoek in de verhalen').fill('energietoeslag');
    await page.getByRole('button', { name: 'Zoeken' }).click();
    await page.getByText('Geen verhalen gevonden.').waitFor();
    // By keyword among the kept stories.
    await page.getByLabel('Zoek in de verhalen').fill('');
    await page.getByLabel('Trefwoord').fill('schulden');
    await page.getByRole('button', { name: 'Zoeken' }).click();
    await page.getByRole('link', { name: renamed }).waitFor();
    await page.getByLabel('Trefwoord').fill('energie');
    await page.getByRole('button', { name: 'Zoeken' }).click();
    await page.getByText('Geen verhalen gevonden.').waitFor();
    // A story the phone never saw.
    await page.evaluate(() => (location.hash = '#/verhalen/0190a1b2-0000-7000-8000-000000000000'));
    await page.getByText(/Niet bewaard offline: dit verhaal staat niet op deze telefoon/).waitFor();
    await context.setOffline(false);
  });

  test('a phone that kept no stories says so offline', async () => {
    const freshContext = await browser.newContext(PHONE);
    const fresh = await phonePage(freshContext);
    await signIn(fresh, backend.url, FATIMA);
    await freshContext.setOffline(true);
    await fresh.evaluate(() => (location.hash = '#/verhalen'));
    await fresh.getByText('Niet bewaard offline: er staan nog geen verhalen op deze telefoon.').waitFor();
    await freshContext.close();
  });
});
