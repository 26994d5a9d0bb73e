// Reliability of the in-page side in Chromium, on the local outlet web: ten article tabs opened at once
// all get the coverage each gets alone; a strict CSP page and a page that overwrites built-ins still get
// a correct badge and keep working; XSS payloads in page metadata never run and never become links.

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startDemoServer, type DemoServer, type DemoSiteArticle } from '../../lib/demo/demo-site';
import type { RouteResponse } from '../../lib/demo/outlet-server';
import { canonicalizeUrl } from '../../lib/index/canonical-url';
import { launchChromiumWithExtension, type ChromiumExtensionBrowser } from './support/chromium';
import { pollUntil } from './support/extension-browser';
import { ArticlePage, PopupPage, waitForIndex } from './support/pages';
import { screenshotPath } from './support/paths';
import { findUnsafeLinks, isPwned } from './support/xss-probes';

const TABS_AT_ONCE = 10;
const STRICT_CSP =
  "default-src 'none'; script-src 'none'; style-src 'none'; img-src 'none'; font-src 'none'; connect-src 'none'; " +
  "require-trusted-types-for 'script'; trusted-types 'none'";
const XSS_IMG = '<img src=x onerror="window.__pwned=1">';
const XSS_SCRIPT = '<script>window.__pwned=1</script>';

interface Coverage {
  badge: number | null;
  urls: string[];
}

function canonical(url: string): string {
  return canonicalizeUrl(url) ?? url;
}

describe('Parallax page reliability in Chromium', () => {
  let demo: DemoServer;
  let browser: ChromiumExtensionBrowser;
  const shot = (what: string) => screenshotPath('chromium', `reliability-${what}`);

  beforeAll(async () => {
    demo = await startDemoServer();
    browser = await launchChromiumWithExtension(demo.server);
    const expected = new Set(demo.site.articles.filter((a) => a.catalogId).map((a) => canonical(a.url))).size;
    await waitForIndex(browser, expected);
  });
  afterAll(async () => {
    await browser?.close();
    await demo?.server.stop();
  });

  /** Uncaught errors of pages at `url` from now on (a broken page shows up here). */
  function collectPageErrors(url: string): string[] {
    const errors: string[] = [];
    browser.session.context.on('weberror', (e) => {
      if (e.page()?.url() === url) errors.push(e.error().message);
    });
    return errors;
  }

  async function readCoverage(article: ArticlePage, expectBadge: boolean): Promise<Coverage> {
    const report = await article.waitForAnalysis();
    const badge = expectBadge ? await article.waitForBadge() : null;
    const urls = report.state === 'article' ? report.story.entries.map((e) => canonical(e.url)).sort() : [];
    return { badge: badge?.outlets ?? null, urls };
  }

  function pickArticles(): DemoSiteArticle[] {
    const withCoverage = demo.site.articles.filter(
      (a) => a.catalogId && demo.site.articles.some((o) => o.story === a.story && o.outlet !== a.outlet && o.catalogId),
    );
    return withCoverage.slice(0, TABS_AT_ONCE);
  }

  function routeOf(url: string): RouteResponse {
    const route = demo.site.routes.find(([u]) => u === url)?.[1];
    if (!route || typeof route === 'function' || 'handler' in route) throw new Error(`no static route for ${url}`);
    return route;
  }

  it('gives each of ten article tabs opened at once the coverage it gets alone', async () => {
    const articles = pickArticles();
    expect(articles.length).toBe(TABS_AT_ONCE);
    const alone = new Map<string, Coverage>();
    for (const a of articles) {
      const page = await ArticlePage.open(browser, a.url);
      alone.set(a.url, await readCoverage(page, true));
      await page.page.close();
    }
    const pages = await Promise.all(articles.map((a) => ArticlePage.open(browser, a.url)));
    const together = await Promise.all(pages.map((p) => readCoverage(p, true)));
    await pages[0]?.screenshot(shot('ten-tabs-first'));
    articles.forEach((a, i) => {
      expect(together[i], a.url).toEqual(alone.get(a.url));
      expect(together[i]?.badge ?? 0, a.url).toBeGreaterThan(0);
    });
    await Promise.all(pages.map((p) => p.page.close()));
  });

  it('shows the correct badge on a page with a strict Content-Security-Policy', async () => {
    const main = demo.site.mainArticle;
    const plain = await ArticlePage.open(browser, main.url);
    const expected = await readCoverage(plain, true);
    await plain.page.close();
    const route = routeOf(main.url);
    demo.server.route(main.url, { ...route, headers: { ...route.headers, 'content-security-policy': STRICT_CSP } });
    try {
      const errors = collectPageErrors(main.url);
      const article = await ArticlePage.open(browser, main.url);
      const got = await readCoverage(article, true);
      expect(got).toEqual(expected);
      const box = await article.page.evaluate(() => {
        const r = document.querySelector('parallax-badge')?.getBoundingClientRect();
        return r ? { w: r.width, h: r.height } : null;
      }, null);
      expect(box?.w ?? 0).toBeGreaterThan(0);
      expect(box?.h ?? 0).toBeGreaterThan(0);
      await article.screenshot(shot('strict-csp'));
      expect(errors).toEqual([]);
      await article.page.close();
    } finally {
      demo.server.route(main.url, route);
    }
  });

  it('shows the correct badge on a page that overwrites Array.prototype.map, JSON.parse and fetch, and leaves them alone', async () => {
    const main = demo.site.mainArticle;
    const plain = await ArticlePage.open(browser, main.url);
    const expected = await readCoverage(plain, true);
    await plain.page.close();
    const route = routeOf(main.url);
    const hostile = `<script>
      Array.prototype.map = function pageMap() { throw new Error('page map'); };
      JSON.parse = function pageParse() { throw new Error('page JSON.parse'); };
      window.fetch = function pageFetch() { return Promise.reject(new Error('page fetch')); };
      window.__pageScriptRan = true;
    </script>`;
    const body = String(route.body).replace('<head>', `<head>${hostile}`);
    demo.server.route(main.url, { ...route, body });
    try {
      const errors = collectPageErrors(main.url);
      const article = await ArticlePage.open(browser, main.url);
      const raw = browser.session.context.pages().find((p) => p.url() === main.url);
      if (!raw) throw new Error('no page for the article');
      // Read through Playwright's isolated world: the page's own evaluate path uses the overwritten built-ins.
      const report = await article.waitForAnalysis();
      await raw.locator('parallax-badge').waitFor({ state: 'attached', timeout: 30_000 });
      const got: Coverage = {
        badge: Number(await raw.locator('parallax-badge').getAttribute('data-outlets')),
        urls: report.state === 'article' ? report.story.entries.map((e) => canonical(e.url)).sort() : [],
      };
      expect(got).toEqual(expected);
      const builtins = await article.page.evaluate(
        () => ({
          ran: (window as unknown as { __pageScriptRan?: boolean }).__pageScriptRan === true,
          map: Array.prototype.map.name,
          parse: JSON.parse.name,
          fetch: window.fetch.name,
        }),
        null,
      );
      // The page's own overrides stay in place: the extension neither broke nor "repaired" the page.
      expect(builtins).toEqual({ ran: true, map: 'pageMap', parse: 'pageParse', fetch: 'pageFetch' });
      await article.screenshot(shot('overwritten-builtins'));
      expect(errors).toEqual([]);
      await article.page.close();
    } finally {
      demo.server.route(main.url, route);
    }
  });

  it('never runs or links XSS payloads from page metadata (page, badge panel, popup)', async () => {
    const main = demo.site.mainArticle;
    const origin = new URL(main.url).origin;
    const url = `${origin}/news/world-xss-check-${Date.now()}`;
    const headline = `${main.headline} ${XSS_IMG}`;
    const esc = (t: string) => t.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
    const jsonLd = JSON.stringify({
      '@context': 'https://schema.org',
      '@type': 'NewsArticle',
      headline: `${main.headline} ${XSS_SCRIPT}`,
      description: `${main.lead} ${XSS_IMG}`,
      url: 'javascript:window.__pwned=1',
      mainEntityOfPage: 'javascript:window.__pwned=1',
      image: 'data:text/html,<script>window.__pwned=1</script>',
      author: { '@type': 'Person', name: XSS_IMG, url: 'javascript:window.__pwned=1' },
      datePublished: new Date(main.published).toISOString(),
    }).replace(/</g, '\\u003c');
    const html = `<!doctype html><html lang="en"><head><meta charset="utf-8">
<title>${esc(headline)}</title>
<meta property="og:type" content="article">
<meta property="og:title" content="${esc(headline)}">
<meta property="og:description" content="${esc(`${main.lead} ${XSS_IMG}`)}">
<meta property="og:url" content="javascript:window.__pwned=1">
<meta property="og:site_name" content="${esc(XSS_IMG)}">
<meta property="og:image" content="javascript:window.__pwned=1">
<meta name="author" content="${esc(XSS_IMG)}">
<link rel="canonical" href="javascript:window.__pwned=1">
<script type="application/ld+json">${jsonLd}</script>
</head><body><main><article><h1>${esc(headline)}</h1>
${main.paragraphs.map((p) => `<p>${esc(p)}</p>`).join('\n')}
</article></main></body></html>`;
    demo.server.route(url, { body: html });
    const article = await ArticlePage.open(browser, url);
    const report = await article.waitForAnalysis();
    const raw = browser.session.context.pages().find((p) => p.url() === url);
    if (!raw) throw new Error('no page for the XSS article');
    expect(await isPwned(raw), 'a payload ran in the page').toBe(false);
    if (report.state === 'article') {
      // The canonical URL never takes a javascript: value.
      expect(report.page.canonicalUrl).toMatch(/^https?:\/\//);
      // Open the in-page panel (it renders the report inside the page).
      const hasBadge = await pollUntil(() => article.readBadge(), 10_000, 'no badge for the XSS page').then(() => true, () => false);
      if (hasBadge) {
        await raw.locator('parallax-badge button').first().click().catch(() => undefined);
        expect(await isPwned(raw), 'a payload ran after opening the in-page panel').toBe(false);
      }
    }
    expect(await findUnsafeLinks(raw, 'extension-ui')).toEqual([]);
    await article.screenshot(shot('xss-page'));

    const tabId = await article.tabId();
    const popup = await PopupPage.open(browser, tabId);
    await new Promise((r) => setTimeout(r, 1_000));
    const popupRaw = browser.session.context.pages().find((p) => p.url().includes(`popup.html?tab=${tabId}`));
    if (!popupRaw) throw new Error('no popup page');
    expect(await isPwned(popupRaw), 'a payload ran in the popup').toBe(false);
    expect(await findUnsafeLinks(popupRaw, 'document')).toEqual([]);
    expect(await popupRaw.evaluate(() => document.querySelectorAll('img[onerror], script:not([src]):not([type="module"])').length)).toBe(0);
    await popup.screenshot(shot('xss-popup'));
    await popup.close();
    await article.page.close();
  });
});
