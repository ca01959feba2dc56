// Time to an interactive form on a throttled phone: Chromium's CDP network throttling (Slow 4G:
// 150 ms round trip, 1.6 Mbit/s down, 750 kbit/s up) and 4x CPU slowdown, the real backend.
//   npm run build && npm run perf
// Prints the median of 5 runs for: a first visit to the sign-in form (nothing cached), and a
// returning visit to the Nieuwe beslissing form online and offline (the service worker serves
// the app, IndexedDB the mandate and categories).
import { apiAs, startBackend } from './backend.mjs';
import { PHONE, launch } from './browser.mjs';

const RUNS = 5;
const SLOW_4G = { offline: false, latency: 150, downloadThroughput: (1.6 * 1024 * 1024) / 8, uploadThroughput: (750 * 1024) / 8 };

async function throttle(context, page, offline) {
  const cdp = await context.newCDPSession(page);
  await cdp.send('Network.enable');
  await cdp.send('Network.emulateNetworkConditions', { ...SLOW_4G, offline });
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
}

/** Milliseconds from navigation start until the field is there and usable. */
async function timeTo(page, url, selector, ready) {
  await page.goto(url, { waitUntil: 'commit' });
  return page.waitForFunction(
    ([sel, needsOptions]) => {
      const el = document.querySelector(sel);
      if (!el || el.disabled || (needsOptions && el.options.length < 2)) return false;
      return performance.now();
    },
    [selector, ready === 'options'],
    { timeout: 60_000, polling: 16 },
  ).then((h) => h.jsonValue());
}

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

const backend = await startBackend();
const browser = await launch();
try {
  await apiAs(backend.url, 'fatima@rijnstede.demo'); // the server is warm

  const first = [];
  for (let i = 0; i < RUNS; i++) {
    const context = await browser.newContext(PHONE);
    const page = await context.newPage();
    await throttle(context, page, false);
    first.push(await timeTo(page, `${backend.url}/`, '#email', 'present'));
    await context.close();
  }

  // One signed-in phone with the service worker installed and the data cached.
  const context = await browser.newContext(PHONE);
  const setup = await context.newPage();
  await setup.goto(`${backend.url}/`);
  await setup.getByLabel('E-mailadres').fill('fatima@rijnstede.demo');
  await setup.getByLabel('Wachtwoord').fill('demo-wachtwoord');
  await setup.getByRole('button', { name: 'Inloggen' }).click();
  await setup.getByRole('heading', { level: 1, name: 'Mijn mandaat' }).waitFor();
  await setup.waitForFunction(() => navigator.serviceWorker.controller !== null, null, { timeout: 20_000 });
  await setup.close();

  const measure = async (offline) => {
    const times = [];
    for (let i = 0; i < RUNS; i++) {
      const page = await context.newPage();
      await context.setOffline(offline);
      await throttle(context, page, offline);
      times.push(await timeTo(page, `${backend.url}/#/nieuw`, '#f-categoryId', 'options'));
      await page.close();
      await context.setOffline(false);
    }
    return times;
  };
  const online = await measure(false);
  const offline = await measure(true);

  const show = (name, xs) => console.log(`${name}: median ${Math.round(median(xs))} ms (runs: ${xs.map(Math.round).join(', ')})`);
  show('first visit, sign-in form interactive (Slow 4G, 4x CPU)', first);
  show('returning, Nieuwe beslissing interactive online (Slow 4G, 4x CPU)', online);
  show('returning, Nieuwe beslissing interactive offline (4x CPU)', offline);
} finally {
  await browser.close();
  await backend.stop();
}
