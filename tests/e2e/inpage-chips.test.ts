// Link chips in real browsers on fixture pages served under the sites' real host names: an aggregator
// (Hacker News-like, Reddit-like), search results (Google-like, Bing-like), links added later (infinite
// scroll), an outlet's home page (chips, no article badge), and a site disabled in settings (nothing).
// Chromium also reads each chip's label inside its closed shadow root (DevTools protocol) to check the
// story's coverage count; Firefox checks which links got a chip and for which outlet.

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { outletForUrl } from '../../lib/catalog';
import { startDemoServer, type DemoServer } from '../../lib/demo/demo-site';
import { launchChromiumWithExtension } from './support/chromium';
import { pollUntil, sendToBackground, type ExtensionBrowser } from './support/extension-browser';
import { launchFirefoxWithExtension } from './support/firefox';
import { ArticlePage, waitForIndex } from './support/pages';
import { screenshotPath } from './support/paths';
import { BING_URL, GOOGLE_URL, HN_URL, REDDIT_URL, SCROLL_URL, inpageRoutes, pickArticle } from './fixtures/inpage/pages';
import {
  chipMismatches,
  countChips,
  coverageOfLabel,
  patchSettings,
  readAnchors,
  readChipLabels,
  waitForChips,
  type AnchorState,
} from './fixtures/inpage/probe';

/** Time a page gets to show chips before "none" is concluded (chips elsewhere appear well within it). */
const NOTHING_GRACE_MS = 3_000;

type Launch = (demo: DemoServer) => Promise<ExtensionBrowser>;

function defineChipSuite(name: 'chromium' | 'firefox', launch: Launch): void {
  describe(`link chips in ${name}`, () => {
    let demo: DemoServer;
    let browser: ExtensionBrowser;
    const shot = (what: string) => screenshotPath(name, `inpage-${what}`);

    beforeAll(async () => {
      demo = await startDemoServer();
      for (const [url, route] of inpageRoutes(demo.site)) demo.server.route(url, route);
      browser = await launch(demo);
      const indexable = new Set(demo.site.articles.filter((a) => a.catalogId).map((a) => a.url)).size;
      await waitForIndex(browser, indexable);
    });
    afterAll(async () => {
      await browser?.close();
      await demo?.server.stop();
    });

    /** Chip outlet ids must be the linked URL's catalog outlet. */
    function expectRightOutlets(anchors: AnchorState[]): void {
      for (const a of anchors.filter((x) => x.chip)) expect(a.chip, a.href).toBe(outletForUrl(a.href)?.id);
    }

    /** Other outlets the main article's badge counts (the chip of a link to it must say the same). */
    let mainBadgeOutlets: number | null = null;
    async function readMainBadge(): Promise<number> {
      if (mainBadgeOutlets === null) {
        const article = await ArticlePage.open(browser, demo.site.mainArticle.url);
        mainBadgeOutlets = (await article.waitForBadge()).outlets;
        await article.page.close();
      }
      return mainBadgeOutlets ?? -1;
    }

    /** Chromium: indexed articles' chips announce a coverage count, unindexed ones do not. */
    async function expectCoverageCounts(url: string, anchors: AnchorState[]): Promise<void> {
      if (name !== 'chromium') return;
      const labels = await readChipLabels(browser, url);
      for (const a of anchors.filter((x) => x.chip)) {
        const label = labels.get(a.href);
        expect(label, `no label for the chip after ${a.href}`).toBeTruthy();
        const count = coverageOfLabel(label ?? '');
        if (a.expect === 'count') expect(count, `${a.href}: ${label}`).toBeGreaterThan(0);
        else expect(count, `${a.href}: ${label}`).toBeNull();
      }
      // The main story's article: the chip counts the same outlets the article's badge does.
      const main = anchors.find((a) => a.href === demo.site.mainArticle.url);
      if (main) expect(coverageOfLabel(labels.get(main.href) ?? '')).toBe(await readMainBadge());
    }

    for (const [label, url] of [
      ['hacker-news', HN_URL],
      ['reddit', REDDIT_URL],
      ['google', GOOGLE_URL],
      ['bing', BING_URL],
    ] as const) {
      it(`puts chips next to news links, and only those, on a ${label} page`, async () => {
        const page = await browser.openPage(url);
        const all = await readAnchors(page);
        const wanted = all.filter((a) => a.expect !== 'none').length;
        expect(wanted).toBeGreaterThan(3);
        expect(all.some((a) => a.expect === 'count')).toBe(true);
        expect(all.some((a) => a.expect === 'chip')).toBe(true);
        const anchors = await waitForChips(page, wanted);
        await page.screenshot(shot(`chips-${label}`));
        expect(chipMismatches(anchors)).toEqual([]);
        expect(await countChips(page)).toBe(wanted);
        expectRightOutlets(anchors);
        await expectCoverageCounts(url, anchors);
        await page.close();
      });
    }

    it('puts chips on links added after load (infinite scroll)', async () => {
      const page = await browser.openPage(SCROLL_URL);
      await page.bringToFront(); // background tabs get no scroll events (they run on animation frames)
      const first = (await readAnchors(page)).filter((a) => a.expect !== 'none').length;
      await waitForChips(page, first);
      // The page appends a batch 1.5 s after load, then one per scroll to the bottom.
      await pollUntil(() => page.evaluate(() => document.documentElement.getAttribute('data-batches') === '1', null), 10_000, 'the page appended no batch');
      // Scroll to the bottom until the page has appended all its batches (a scroll may append more than one:
      // chips mounting above the viewport move the scroll position through scroll anchoring).
      await pollUntil(
        async () => {
          const batches = await page.evaluate(() => {
            window.scrollTo(0, document.body.scrollHeight);
            return Number(document.documentElement.getAttribute('data-batches'));
          }, null);
          return batches >= 3;
        },
        15_000,
        'the page did not append its batches on scroll',
      );
      const wanted = (await readAnchors(page)).filter((a) => a.expect !== 'none').length;
      expect(wanted).toBeGreaterThan(first);
      // Chips mount as their links come near the viewport: links scrolled past before they were looked up
      // get theirs when the reader scrolls back.
      await page.evaluate(() => window.scrollTo(0, 0), null);
      const anchors = await waitForChips(page, wanted);
      await page.screenshot(shot('chips-infinite-scroll'));
      expect(chipMismatches(anchors)).toEqual([]);
      expect(await countChips(page)).toBe(wanted);
      expectRightOutlets(anchors);
      await expectCoverageCounts(SCROLL_URL, anchors);
      await page.close();
    });

    it('puts chips on an outlet’s home page, and no article badge', async () => {
      const home = demo.site.fronts.find((f) => f.kind === 'home');
      if (!home) throw new Error('the demo has no outlet home page');
      const page = await ArticlePage.open(browser, home.url);
      const cards = await page.page.evaluate(() => document.querySelectorAll('main h2 a[href]').length, null);
      expect(cards).toBeGreaterThan(1);
      await pollUntil(async () => (await countChips(page.page)) >= cards, 30_000, `fewer than ${cards} chips on ${home.url}`);
      const { noBadge, report } = await page.hasNoBadgeAfterAnalysis();
      await page.screenshot(shot('chips-home-page'));
      expect(report.state).toBe('not-news');
      expect(noBadge).toBe(true);
      // Every chip follows one of the front's article links.
      const stray = await page.page.evaluate(() => {
        let n = 0;
        const chips = document.querySelectorAll('parallax-chip');
        for (let i = 0; i < chips.length; i++) if (!chips[i]!.previousElementSibling?.matches('main h2 a[href]')) n++;
        return n;
      }, null);
      expect(stray).toBe(0);
      await page.page.close();
    });

    it('shows nothing (no badge, no chips) on a site disabled in settings', async () => {
      const article = pickArticle(demo.site, 'cnn');
      // Before: the same pages do get their UI (the test would otherwise prove nothing).
      const before = await ArticlePage.open(browser, article.url);
      await before.waitForBadge();
      await pollUntil(async () => (await countChips(before.page)) > 0, 30_000, 'no chips on the article page before disabling');
      await before.page.close();

      await sendToBackground(browser, 'site:disable', { domain: 'cnn.com' }); // the popup's "don't show on this site"
      await sendToBackground(browser, 'site:disable', { domain: 'www.reddit.com' });
      try {
        const page = await ArticlePage.open(browser, article.url);
        const report = await page.waitForAnalysis();
        expect(report.state).toBe('not-news');
        const reddit = await browser.openPage(REDDIT_URL);
        // A page on an enabled site, opened at the same time, gets its chips meanwhile.
        const control = await browser.openPage(HN_URL);
        await pollUntil(async () => (await countChips(control)) > 0, 30_000, 'no chips on the control page');
        await new Promise((r) => setTimeout(r, NOTHING_GRACE_MS));
        await page.screenshot(shot('disabled-site-article'));
        await reddit.screenshot(shot('disabled-site-reddit'));
        expect(await page.readBadge()).toBeNull();
        expect(await countChips(page.page)).toBe(0);
        expect(await countChips(reddit)).toBe(0);
        expect(await page.page.evaluate(() => document.querySelectorAll('[data-wxt-shadow-root], parallax-panel').length, null)).toBe(0);
        for (const p of [page.page, reddit, control]) await p.close();
      } finally {
        await patchSettings(browser, { disabledSites: [] });
      }
    });
  });
}

defineChipSuite('chromium', (demo) => launchChromiumWithExtension(demo.server));
defineChipSuite('firefox', (demo) => launchFirefoxWithExtension(demo.server));
