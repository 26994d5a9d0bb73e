// The end-to-end checks, written once and run per browser (chromium.test.ts, firefox.test.ts).
// One browser + one local outlet web per file; tests run in order and the settings test runs last.

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { digestTabReport } from '../../../lib/coverage/report-digest';
import { canonicalizeUrl } from '../../../lib/index/canonical-url';
import { DEMO_MAIN_STORY } from '../../../lib/demo/demo-articles';
import { listExpectedCoverage, startDemoServer, type DemoServer, type DemoSiteArticle } from '../../../lib/demo/demo-site';
import type { ExtensionBrowser } from './extension-browser';
import { sendToBackground } from './extension-browser';
import { ArticlePage, OptionsPage, PopupPage, waitForIndex } from './pages';
import { screenshotPath } from './paths';

/**
 * Same-story outlets the foundation checks let matching miss. None: the refresh clusters in publication
 * order, so the demo's stories no longer depend on which feed answered first (they did until the cluster
 * step sorted its articles, and one or two outlets went missing in about 1 run in 12).
 */
const MATCH_MISS_TOLERANCE = 0;

export type Launcher = (demo: DemoServer) => Promise<ExtensionBrowser>;

function canonical(url: string): string {
  return canonicalizeUrl(url) ?? url;
}

/** Articles the extension can know: demo outlets found in the catalog (their feeds are fetched). */
function indexable(demo: DemoServer): DemoSiteArticle[] {
  return demo.site.articles.filter((a) => a.catalogId !== null);
}

export function defineExtensionSuite(name: 'chromium' | 'firefox', launch: Launcher): void {
  describe(`Parallax in ${name}`, () => {
    let demo: DemoServer;
    let browser: ExtensionBrowser;
    const shot = (what: string) => screenshotPath(name, what);

    beforeAll(async () => {
      demo = await startDemoServer();
      browser = await launch(demo);
    });
    afterAll(async () => {
      await browser?.close();
      await demo?.server.stop();
    });

    it('fetches the outlets’ feeds and indexes the demo articles', async () => {
      const expected = new Set(indexable(demo).map((a) => canonical(a.url))).size;
      const status = await waitForIndex(browser, expected);
      expect(status.articles).toBeGreaterThanOrEqual(expected);
      // Every demo outlet of the catalog had one of its catalog feed URLs fetched from the local web.
      for (const feed of demo.site.feeds.filter((f) => f.catalogId)) {
        const hosts = feed.urls.map((u) => new URL(u));
        const fetched = demo.server.requests.some((r) =>
          hosts.some((u) => u.hostname === r.host && r.path === u.pathname + u.search && r.status < 400),
        );
        expect(fetched, `${feed.outlet.name}: none of ${feed.urls.join(' ')} was fetched`).toBe(true);
      }
      const front = await ArticlePage.open(browser, 'https://www.bbc.com/news');
      await front.screenshot(shot('indexed-front-page'));
      await front.page.close();
    });

    it('shows the parallax-badge with the number of other outlets on an article page', async () => {
      const main = demo.site.mainArticle;
      const article = await ArticlePage.open(browser, main.url);
      expect(await article.headline()).toBe(main.headline);
      const badge = await article.waitForBadge();
      await article.screenshot(shot('article-badge'));
      // Wiring: the badge announces what the popup reports for the tab.
      const report = await article.waitForAnalysis();
      const digest = digestTabReport(report);
      expect(badge.outlets, 'badge vs popup report').toBe(digest.story?.otherOutlets);
      expect(badge.text).toContain(String(badge.outlets));
      // Matching: every other demo outlet covering the story is counted, nothing else.
      const foundIds = new Set(
        report.state === 'article' ? report.story.entries.filter((e) => !e.isReaderOutlet).map((e) => e.outlet?.id) : [],
      );
      const expected = listExpectedCoverage(demo.site, main).filter((a) => a.catalogId);
      const missing = [...new Set(expected.filter((a) => !foundIds.has(a.catalogId ?? '')).map((a) => a.outletName))];
      // Matching quality in general is measured on the dev sets by the eval CLI; on the demo, every outlet
      // of the story is expected (see MATCH_MISS_TOLERANCE).
      if (missing.length) console.warn(`[${name}] outlets missing from the story: ${missing.join(', ')}`);
      expect(missing.length, `badge count; outlets missing from the story: ${missing.join(', ') || 'none'}`).toBeLessThanOrEqual(
        MATCH_MISS_TOLERANCE,
      );
    });

    it('lists the same story’s coverage in the popup for that tab, and nothing of other stories', async () => {
      const main = demo.site.mainArticle;
      const article = await ArticlePage.open(browser, main.url);
      await article.waitForBadge();
      const tabId = await article.tabId();
      const popup = await PopupPage.open(browser, tabId);
      const expected = listExpectedCoverage(demo.site, main).filter((a) => a.catalogId);
      const rows = await popup.waitForRows(expected.length - MATCH_MISS_TOLERANCE);
      await popup.screenshot(shot('popup'));
      // "Why is this here?" fetches the row's evidence from the background (story:why) when opened.
      const why = await popup.openFirstWhy();
      expect(why).toMatch(/Match score\s*\d\.\d\d/);
      expect(why).toContain('Outlet rated by');
      expect(why).not.toContain('not available');

      const listed = new Set(rows.map((r) => (r.href ? canonical(r.href) : '')));
      const missed = expected.filter((a) => !listed.has(canonical(a.url)));
      if (missed.length) console.warn(`[${name}] same-story articles not listed: ${missed.map((a) => a.outletName).join(', ')}`);
      expect(missed.length, `missing: ${missed.map((a) => `${a.outletName}: ${a.headline}`).join(' | ')}`).toBeLessThanOrEqual(
        MATCH_MISS_TOLERANCE,
      );
      const relationOf = new Map(demo.site.stories.map((s) => [s.id, s.relation]));
      const unrelated = demo.site.articles.filter((a) => relationOf.get(a.story) === 'unrelated');
      for (const a of unrelated) expect(listed.has(canonical(a.url)), `unrelated ${a.story} listed: ${a.headline}`).toBe(false);
      // The same-day Xi–Trump call is another event with the same actors: matching should keep it apart
      // (issue "Story matching"); reported here, not failed, so the foundation suite stays about wiring.
      const leaked = demo.site.articles.filter((a) => relationOf.get(a.story) === 'related' && listed.has(canonical(a.url)));
      if (leaked.length) console.warn(`[${name}] related-story articles listed as the same story: ${leaked.map((a) => `${a.outletName}: ${a.headline}`).join(' | ')}`);
      // The popup shows what the background reports for the tab.
      const report = await sendToBackground(browser, 'tab:report', { tabId });
      expect(report.state).toBe('article');
      if (report.state === 'article') {
        const reported = new Set(report.story.entries.map((e) => canonical(e.url)));
        for (const r of rows) expect(reported.has(canonical(r.href ?? '')), `row not in the report: ${r.title}`).toBe(true);
      }
      await popup.close();
    });

    it('shows no article badge on an outlet’s home page', async () => {
      for (const front of demo.site.fronts.filter((f) => f.kind === 'home')) {
        const page = await ArticlePage.open(browser, front.url);
        const { noBadge, report } = await page.hasNoBadgeAfterAnalysis();
        await page.screenshot(shot(`no-badge-${new URL(front.url).hostname}`));
        expect(report.state, front.url).toBe('not-news');
        expect(noBadge, front.url).toBe(true);
        await page.page.close();
      }
    });

    it('turns article badges off from the options page', async () => {
      const options = await OptionsPage.open(browser);
      await options.setArticleBadge(false);
      await options.screenshot(shot('options-badges-off'));
      try {
        const other = demo.site.articles.find((a) => a.story === DEMO_MAIN_STORY && a.outlet === 'bbc');
        if (!other) throw new Error('demo content lacks the BBC article of the main story');
        const article = await ArticlePage.open(browser, other.url);
        const { noBadge, report } = await article.hasNoBadgeAfterAnalysis();
        await article.screenshot(shot('article-badges-off'));
        expect(report.state).toBe('article');
        expect(noBadge).toBe(true);
      } finally {
        await options.setArticleBadge(true);
      }
    });
  });
}
