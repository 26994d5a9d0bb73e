// End-to-end flows of the options page in Chromium (MV3 build) and Firefox ESR (MV2 build), against the local
// outlet web: turn an outlet group off and on, add a custom feed served locally (and be refused a missing
// one), "Refresh now" with its progress, OPML export → import round trip, invalid input and reload. Everything
// goes through the page like a user; storage and the background are only read to check the outcome.

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { outletById } from '../../lib/catalog';
import { startDemoServer, type DemoServer } from '../../lib/demo/demo-site';
import type { Settings } from '../../lib/settings';
import { launchChromiumWithExtension } from './support/chromium';
import { launchFirefoxWithExtension } from './support/firefox';
import { pollUntil, sendToBackground, waitForSelector, type ExtensionBrowser, type TestPage } from './support/extension-browser';
import { waitForIndex } from './support/pages';
import { screenshotPath } from './support/paths';

const CUSTOM_FEED_URL = 'https://feeds.parallax-e2e.example/custom.xml';
const MISSING_FEED_URL = 'https://feeds.parallax-e2e.example/missing.xml';
const CUSTOM_FEED_TITLE = 'Parallax e2e custom feed';

function customFeedXml(now: number): string {
  const date = new Date(now - 3_600_000).toUTCString();
  const items = [1, 2]
    .map(
      (i) => `<item><title>Local council approves new riverside park plan, part ${i}</title>
<link>https://www.parallax-e2e.example/news/park-${i}</link><pubDate>${date}</pubDate>
<description>Test item ${i} of the e2e custom feed.</description></item>`,
    )
    .join('\n');
  return `<?xml version="1.0" encoding="UTF-8"?><rss version="2.0"><channel><title>${CUSTOM_FEED_TITLE}</title>
<link>https://www.parallax-e2e.example/</link>${items}</channel></rss>`;
}

/** Runs in the options page: the settings as lib/settings reads them (sync item + local overflow lists). */
async function readSettings(page: TestPage): Promise<Settings> {
  return page.evaluate(async () => {
    interface Area {
      get(key: string): Promise<Record<string, unknown>>;
    }
    const g = globalThis as unknown as { browser?: { storage: { sync: Area; local: Area } }; chrome: { storage: { sync: Area; local: Area } } };
    const api = g.browser ?? g.chrome;
    const sync = ((await api.storage.sync.get('settings')).settings ?? {}) as Record<string, unknown>;
    const local = ((await api.storage.local.get('settings-lists'))['settings-lists'] ?? {}) as Record<string, unknown>;
    const fields = Array.isArray(sync.localFields) ? (sync.localFields as string[]) : [];
    const merged: Record<string, unknown> = { disabledOutlets: [], customFeeds: [], disabledSites: [], ...sync };
    for (const f of fields) merged[f] = local[f];
    return merged as unknown as Settings;
  }, null);
}

/** Types into an input like a user (value + input event), then submits its form. */
async function typeAndSubmit(page: TestPage, selector: string, value: string): Promise<void> {
  await page.evaluate(
    (a) => {
      const input = document.querySelector(a.selector) as HTMLInputElement;
      input.focus();
      input.value = a.value;
      input.dispatchEvent(new Event('input', { bubbles: true }));
      input.form?.requestSubmit();
    },
    { selector, value },
  );
}

/** Chooses a file for a file input (what the file picker would do). */
async function chooseFile(page: TestPage, selector: string, name: string, text: string): Promise<void> {
  await page.evaluate(
    (a) => {
      const input = document.querySelector(a.selector) as HTMLInputElement;
      const transfer = new DataTransfer();
      transfer.items.add(new File([a.text], a.name, { type: 'text/xml' }));
      input.files = transfer.files;
      input.dispatchEvent(new Event('change', { bubbles: true }));
    },
    { selector, name, text },
  );
}

/** Clicks `selector` and returns the text of the file the page offers for download. */
async function captureDownload(page: TestPage, selector: string): Promise<string> {
  // The page hands the file to URL.createObjectURL before the browser saves it.
  await page.evaluate(() => {
    const g = globalThis as unknown as { __lastBlob?: Blob | null; __hooked?: boolean };
    g.__lastBlob = null;
    if (g.__hooked) return;
    g.__hooked = true;
    const original = URL.createObjectURL.bind(URL);
    URL.createObjectURL = (obj: Blob | MediaSource) => {
      if (obj instanceof Blob) g.__lastBlob = obj;
      return original(obj);
    };
  }, null);
  await page.click(selector);
  return pollUntil(
    () => page.evaluate(() => (globalThis as unknown as { __lastBlob?: Blob | null }).__lastBlob?.text() ?? null, null),
    10_000,
    `${selector} offered no file`,
  );
}

async function textOf(page: TestPage, selector: string): Promise<string> {
  return page.evaluate((sel) => (document.querySelector(sel)?.textContent ?? '').replace(/\s+/g, ' ').trim(), selector);
}

async function waitForText(page: TestPage, selector: string, pattern: RegExp, timeoutMs = 20_000): Promise<string> {
  let last = '';
  return pollUntil(
    async () => {
      last = await textOf(page, selector);
      return pattern.test(last) ? last : null;
    },
    timeoutMs,
    () => `${selector} never matched ${pattern} (last: "${last}")`,
  );
}

/** Reloads the page (a moz-extension:// goto() never resolves in Firefox) and waits for the new document. */
async function reload(page: TestPage, readySelector: string): Promise<void> {
  await page.evaluate(() => {
    (globalThis as unknown as { __beforeReload?: boolean }).__beforeReload = true;
    setTimeout(() => location.reload(), 0);
  }, null);
  await pollUntil(
    () =>
      page.evaluate(
        (sel) => !(globalThis as unknown as { __beforeReload?: boolean }).__beforeReload && document.querySelector(sel) !== null,
        readySelector,
      ),
    15_000,
    'the options page did not come back after a reload',
  );
}

type Launch = (demo: DemoServer) => Promise<ExtensionBrowser>;

function defineOptionsFlows(name: 'chromium' | 'firefox', launch: Launch): void {
  describe(`options page flows in ${name}`, () => {
    let demo: DemoServer;
    let browser: ExtensionBrowser;
    let options: TestPage;
    const shot = (what: string) => screenshotPath(name, `options-${what}`);

    beforeAll(async () => {
      demo = await startDemoServer();
      demo.server.route(CUSTOM_FEED_URL, { body: customFeedXml(demo.site.now), contentType: 'application/rss+xml' });
      browser = await launch(demo);
      // The first refresh starts on install; let it finish so "Refresh now" below is a refresh of its own.
      await waitForIndex(browser, 1);
      options = await browser.openExtensionPage('/options.html', '#setting-article-badge');
    });
    afterAll(async () => {
      await browser?.close();
      await demo?.server.stop();
    });

    it('turns a whole outlet group off and on again, and the refresher follows', async () => {
      const feed = demo.site.feeds.find((f) => f.catalogId && f.fromCatalog);
      if (!feed?.catalogId) throw new Error('the demo has no catalog outlet with a feed');
      const outletId = feed.catalogId;
      // The outlet's country group (the list is grouped by country); open it to see its rows.
      const country = outletById(outletId)?.country;
      if (!country) throw new Error(`outlet ${outletId} is not in the catalog`);
      const group = `[data-group="${country}"]`;
      await options.click(`${group} summary`);
      await waitForSelector(options, `${group} [data-outlet="${outletId}"]`);
      const members = await options.evaluate(
        (sel) => [...document.querySelectorAll(`${sel} [data-outlet]`)].map((e) => e.getAttribute('data-outlet') ?? ''),
        group,
      );
      expect(members).toContain(outletId);

      await options.click(`${group} button[aria-label^="All off"]`);
      const off = await pollUntil(
        async () => {
          const s = await readSettings(options);
          return members.every((id) => s.disabledOutlets.includes(id)) ? s : null;
        },
        10_000,
        'the group was not saved as disabled',
      );
      expect(off.disabledOutlets.length).toBeGreaterThanOrEqual(members.length);
      await waitForText(options, '#save-status', /^Saved: \d+ outlets? turned off\.$/);
      expect(await textOf(options, `${group} .px-opt-count`)).toBe(`0 of ${members.length} on`);
      await options.screenshot(shot('group-off'));
      // The background no longer plans to fetch any of the group's feeds.
      const planned = await sendToBackground(browser, 'feeds:status', {});
      expect(planned.filter((f) => f.outletId && members.includes(f.outletId))).toEqual([]);

      await options.click(`${group} button[aria-label^="All on"]`);
      await pollUntil(
        async () => {
          const s = await readSettings(options);
          return members.every((id) => !s.disabledOutlets.includes(id));
        },
        10_000,
        'the group was not turned back on',
      );
      const replanned = await sendToBackground(browser, 'feeds:status', {});
      expect(replanned.some((f) => f.outletId === outletId)).toBe(true);
    });

    it('adds a custom feed served locally after checking it, and refuses a missing one with a reason', async () => {
      await typeAndSubmit(options, '#custom-feed-url', MISSING_FEED_URL);
      const refusal = await waitForText(options, '#custom-feed-result', /HTTP 404/);
      expect(refusal).toContain('feeds.parallax-e2e.example');
      expect((await readSettings(options)).customFeeds).toEqual([]);

      await typeAndSubmit(options, '#custom-feed-url', CUSTOM_FEED_URL);
      const added = await waitForText(options, '#custom-feed-result', /^Added/);
      expect(added).toContain(CUSTOM_FEED_TITLE);
      expect(added).toContain('2 items');
      const settings = await readSettings(options);
      expect(settings.customFeeds).toEqual([{ url: CUSTOM_FEED_URL, title: CUSTOM_FEED_TITLE }]);
      expect(await textOf(options, '#custom-feed-list')).toContain(CUSTOM_FEED_URL);
      // The check fetched it from the local web.
      expect(demo.server.requests.some((r) => r.host === 'feeds.parallax-e2e.example' && r.path === '/custom.xml')).toBe(true);
      await options.screenshot(shot('custom-feed'));
    });

    it('refreshes now with visible progress, and the custom feed gets a status', async () => {
      const before = await sendToBackground(browser, 'index:status', {});
      await options.click('#refresh-now');
      await waitForSelector(options, '#refresh-progress [role="progressbar"]', 10_000);
      const after = await pollUntil(
        async () => {
          const s = await sendToBackground(browser, 'index:status', {});
          return !s.progress.running && (s.lastRefresh ?? 0) > (before.lastRefresh ?? 0) ? s : null;
        },
        90_000,
        'the refresh started from the options page never finished',
      );
      // The page shows the finished run and the index figures.
      const total = after.progress.feedsTotal;
      const n = `(?:${total}|${total.toLocaleString('en')})`; // with or without a thousands separator
      await waitForText(options, '#refresh-progress', new RegExp(`${n} of ${n} feeds? fetched`));
      await waitForText(options, '#index-articles', new RegExp(`^${after.articles.toLocaleString('en')}$`));
      expect(after.articles).toBeGreaterThanOrEqual(before.articles + 2);
      const feeds = await sendToBackground(browser, 'feeds:status', {});
      const custom = feeds.find((f) => f.url === CUSTOM_FEED_URL);
      expect(custom?.status?.items).toBe(2);
      expect(custom?.status?.lastError ?? null).toBeNull();
      await options.screenshot(shot('refreshed'));
    });

    it('exports feeds as OPML and imports them back (round trip)', async () => {
      const opml = await captureDownload(options, '#opml-export');
      expect(opml).toContain('<opml version="2.0">');
      expect(opml).toContain(`xmlUrl="${CUSTOM_FEED_URL}"`);
      const catalogFeed = demo.site.feeds.find((f) => f.catalogId && f.fromCatalog);
      expect(catalogFeed && catalogFeed.urls.some((u) => opml.includes(u.replace(/&/g, '&amp;')))).toBe(true);

      await options.click(`button[aria-label="Remove feed ${CUSTOM_FEED_TITLE}"]`);
      await pollUntil(async () => (await readSettings(options)).customFeeds.length === 0, 10_000, 'the custom feed was not removed');

      await chooseFile(options, '#opml-import', 'parallax-feeds.opml', opml);
      const outcome = await waitForText(options, '#opml-result', /^Imported/);
      expect(outcome).toContain('1 new feed added');
      const settings = await readSettings(options);
      // Only the custom feed comes back as a custom feed; the catalog's feeds are recognised as such.
      expect(settings.customFeeds).toEqual([{ url: CUSTOM_FEED_URL, title: CUSTOM_FEED_TITLE }]);

      await chooseFile(options, '#opml-import', 'not-opml.opml', '<html><body>nope</body></html>');
      await waitForText(options, '#opml-result', /not an OPML file/);
      await options.screenshot(shot('opml'));
    });

    it('rejects invalid input with a message and keeps saved values across a reload', async () => {
      await options.evaluate(() => {
        const input = document.querySelector('#setting-refresh-minutes') as HTMLInputElement;
        input.value = '1';
        input.dispatchEvent(new Event('input', { bubbles: true }));
        input.dispatchEvent(new Event('change', { bubbles: true }));
      }, null);
      await waitForText(options, '#setting-refresh-minutes-error', /from 5 to 1440/);
      expect((await readSettings(options)).refreshMinutes).toBe(30);
      await options.click('#setting-link-chips');
      await pollUntil(async () => (await readSettings(options)).linkChips === false, 10_000, 'link chips not saved');
      await reload(options, '#setting-link-chips');
      expect(await options.evaluate(() => (document.querySelector('#setting-link-chips') as HTMLInputElement).checked, null)).toBe(false);
      expect(await textOf(options, '#custom-feed-list')).toContain(CUSTOM_FEED_URL);
      await options.click('#setting-link-chips');
      await pollUntil(async () => (await readSettings(options)).linkChips === true, 10_000, 'link chips not restored');
    });

    it('clears the index after confirmation, and the next refresh fetches every feed again', async () => {
      const before = await sendToBackground(browser, 'index:status', {});
      expect(before.articles).toBeGreaterThan(0);
      await options.click('#clear-index');
      await options.click('#clear-index-confirm');
      await waitForText(options, '#index', /The index is empty now\./);
      expect((await sendToBackground(browser, 'index:status', {})).articles).toBe(0);
      // Feeds were fetched minutes ago (ETags, minimum interval): clearing must not leave the index empty.
      await options.click('#refresh-now');
      const after = await pollUntil(
        async () => {
          const s = await sendToBackground(browser, 'index:status', {});
          return !s.progress.running && (s.lastRefresh ?? 0) > (before.lastRefresh ?? 0) ? s : null;
        },
        90_000,
        'the refresh after clearing never finished',
      );
      expect(after.articles).toBe(before.articles);
      await waitForText(options, '#index-articles', new RegExp(`^${after.articles.toLocaleString('en')}$`));
    });

    it('exports settings as JSON, resets them, and imports the file back', async () => {
      await options.click('#setting-badge-detailed');
      await pollUntil(async () => (await readSettings(options)).badgeStyle === 'detailed', 10_000, 'badge style not saved');
      const json = await captureDownload(options, '#export-settings');
      expect(JSON.parse(json).settings.badgeStyle).toBe('detailed');

      await options.click('#reset-settings');
      await options.click('#reset-settings-confirm');
      const reset = await pollUntil(
        async () => {
          const s = await readSettings(options);
          return s.badgeStyle === 'compact' && s.customFeeds.length === 0 ? s : null;
        },
        10_000,
        'settings were not reset',
      );
      expect(reset.articleBadge).toBe(true);
      expect(await options.evaluate(() => (document.querySelector('#setting-badge-compact') as HTMLInputElement).checked, null)).toBe(true);

      await chooseFile(options, '#import-settings', 'parallax-settings.json', '{"not": "settings"}');
      await waitForText(options, '#settings-file [role="alert"]', /no Parallax setting/);
      await chooseFile(options, '#import-settings', 'parallax-settings.json', json);
      await waitForText(options, '#settings-file', /Settings imported\./);
      const restored = await readSettings(options);
      expect(restored.badgeStyle).toBe('detailed');
      expect(restored.customFeeds).toEqual([{ url: CUSTOM_FEED_URL, title: CUSTOM_FEED_TITLE }]);
      expect(await options.evaluate(() => (document.querySelector('#setting-badge-detailed') as HTMLInputElement).checked, null)).toBe(true);
      await options.screenshot(shot('settings-imported'));
    });
  });
}

defineOptionsFlows('chromium', (demo) => launchChromiumWithExtension(demo.server));
defineOptionsFlows('firefox', (demo) => launchFirefoxWithExtension(demo.server));
