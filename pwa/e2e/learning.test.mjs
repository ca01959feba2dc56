// End-to-end: learning in the field app — comparable decisions beside a new one (also offline),
// reflections due in the inbox, the timeline's names from the events, and the Lessen screen.
//   npm run build && node --test e2e/learning.test.mjs        (screenshots in pwa/test-results/)
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { apiAs, startBackend } from './backend.mjs';
import { PHONE, launch, phonePage } from './browser.mjs';
import { expectAccessible, expectTapTarget, signIn } from './steps.mjs';

const FATIMA = 'fatima@rijnstede.demo';
const INGRID = 'ingrid@rijnstede.demo';
const FINANCIAL = 'Financiële ondersteuning';
const run = Date.now().toString(36);
const title = `Les ${run}`;
const clientRef = `LES-${run}`;
const storyTitle = `Verhaal ${run}`;
const learning = `Vroeg bellen met de verhuurder scheelt veel (${run}).`;

let backend;
let browser;
let context;
let page;
// Above what Fatima decides alone, so that deciding urgently is a real urgent decision.
let amountCents;
const euros = () => (amountCents / 100).toFixed(2).replace('.', ',');

describe('learning in the field app', () => {
  before(async () => {
    backend = await startBackend();
    browser = await launch();
    context = await browser.newContext(PHONE);
    page = await phonePage(context);
    // Fatima decided urgently two months ago; Ingrid backed it with a learning.
    const fatima = await apiAs(backend.url, FATIMA);
    const ingrid = await apiAs(backend.url, INGRID);
    const { items } = await fatima('/categories?limit=200');
    const category = items.find((c) => c.name === FINANCIAL);
    const mandate = await fatima('/me/mandate');
    amountCents = mandate.categories.find((c) => c.categoryId === category.id).autonomousUpToCents + 1_743;
    const decidedAt = new Date(Date.now() - 60 * 86_400_000).toISOString();
    const decision = await fatima('/decisions', {
      categoryId: category.id,
      amountCents,
      clientRef,
      title,
      situation: 'Huurachterstand',
      solution: 'Bijdrage aan de verhuurder',
      rationale: 'Voorkomt uithuiszetting',
      urgent: true,
      decidedAt,
    });
    await ingrid(`/decisions/${decision.id}/review`, { outcome: 'backed', learning });
    // Fatima tells it as a story; Ingrid publishes it.
    const story = await fatima('/stories', {
      decisionId: decision.id,
      title: storyTitle,
      body: 'De huur liep achter; een bijdrage voorkwam de uithuiszetting.',
      learning: 'Bel de verhuurder op de eerste dag.',
      tags: ['huur'],
    });
    await ingrid(`/stories/${story.id}/publish`, {});
  });

  after(async () => {
    await browser?.close();
    await backend?.stop();
  });

  test('the inbox lists decisions due for a reflection, and the timeline names who took each step', async () => {
    await signIn(page, backend.url, FATIMA);
    await page.getByRole('link', { name: /Goedkeuren/ }).click();
    await page.getByRole('heading', { level: 2, name: /Terugblikken op je beslissingen/ }).waitFor();
    const card = page.getByRole('listitem').filter({ hasText: title });
    await card.waitFor();
    await card.getByText(/Terugblik sinds/).waitFor();
    await expectTapTarget(card.getByRole('link', { name: 'Terugblikken' }));
    await expectAccessible(page, '20-inbox-terugblikken');
    await card.getByRole('link', { name: 'Terugblikken' }).click();
    await page.getByRole('heading', { level: 1, name: title }).waitFor();
    await page.getByRole('listitem').filter({ hasText: 'Beoordeeld: gesteund' }).getByText('door Ingrid Jansen').waitFor();
    await page.getByRole('heading', { level: 2, name: 'Evaluatie toevoegen' }).waitFor();
  });

  test('a new decision shows comparable decisions under the verdict, without a client reference, also offline', async () => {
    await page.getByRole('link', { name: 'Nieuw' }).click();
    await page.getByRole('heading', { level: 1, name: 'Nieuwe beslissing' }).waitFor();
    await page.getByLabel('Soort maatwerk').selectOption({ label: FINANCIAL });
    await page.getByLabel('Bedrag in euro').fill(euros());
    const section = page.getByRole('region', { name: 'Vergelijkbare beslissingen' });
    await section.getByText(learning).waitFor();
    const card = section.getByRole('listitem').filter({ hasText: learning });
    assert.ok(!(await section.textContent()).includes(clientRef), 'no client reference among the precedents');
    await expectTapTarget(card.getByRole('link', { name: title }));
    await expectAccessible(page, '21-vergelijkbare-beslissingen');
    // Offline: the kept answer for the nearest amount asked stands in, and says so.
    await context.setOffline(true);
    await page.getByLabel('Bedrag in euro').fill(String(Math.round(amountCents / 100) + 3));
    await section.getByText(/Zonder verbinding: vergelijkbare beslissingen van/).waitFor();
    await section.getByText(learning).waitFor();
    await expectAccessible(page, '22-vergelijkbare-beslissingen-offline');
    await context.setOffline(false);
    // The precedent's published story, on its own page.
    const story = section.getByRole('link', { name: 'Lees het verhaal' }).first();
    await expectTapTarget(story);
    await story.click();
    await page.getByRole('heading', { level: 1, name: storyTitle }).waitFor();
    await page.getByText('Bel de verhuurder op de eerste dag.').waitFor();
    assert.ok(!(await page.locator('main').textContent()).includes(clientRef), 'no client reference in the story');
    await expectAccessible(page, '24-verhaal', { keep: true });
  });

  test('a team lead finds the lessons in the steering hub', async () => {
    const leadContext = await browser.newContext(PHONE);
    const lead = await phonePage(leadContext);
    await signIn(lead, backend.url, INGRID);
    await lead.getByRole('link', { name: 'Sturing' }).click();
    await lead.getByRole('link', { name: 'Lessen' }).click();
    await lead.getByRole('heading', { level: 1, name: 'Lessen' }).waitFor();
    await lead.getByRole('listitem').filter({ hasText: learning }).waitFor();
    await leadContext.close();
  });

  test('the Lessen screen gathers the teams’ learnings', async () => {
    const tab = page.getByRole('link', { name: 'Lessen' });
    await expectTapTarget(tab);
    await tab.click();
    await page.getByRole('heading', { level: 1, name: 'Lessen' }).waitFor();
    const card = page.getByRole('listitem').filter({ hasText: learning });
    await card.waitFor();
    await card.getByText(/Ingrid Jansen/).waitFor();
    await expectTapTarget(card.getByRole('link', { name: title }));
    await page.getByRole('listitem').filter({ hasText: storyTitle }).getByText('Verhaal', { exact: true }).waitFor();
    await expectAccessible(page, '23-lessen', { keep: true });
    // Searching the stories finds a word in another Dutch form (huren → huur).
    await page.getByLabel('Zoek in de verhalen').fill('huren');
    await page.getByRole('button', { name: 'Zoeken' }).click();
    const hit = page.getByRole('search').getByRole('link', { name: storyTitle });
    await hit.waitFor();
    await expectTapTarget(hit);
    await expectAccessible(page, '25-verhalen-zoeken');
  });
});
