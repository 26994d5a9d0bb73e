// Reliability of feed ingestion end to end through the service worker, in Chromium on the local outlet
// web: catalog feed URLs of some outlets answer with hostile feeds (entity bomb, huge, binary, an HTML
// page, javascript:/data: links and XSS payloads); the service worker is stopped (DevTools protocol) in
// the middle of the first refresh. The demo outlets' articles all get indexed exactly once, hostile
// feeds show an error in their status, and no payload ever runs or becomes a link.

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { listOutlets } from '../../lib/catalog';
import type { Outlet } from '../../lib/catalog/types';
import { startDemoServer, type DemoServer } from '../../lib/demo/demo-site';
import type { RouteResponse } from '../../lib/demo/outlet-server';
import { canonicalizeUrl } from '../../lib/index/canonical-url';
import type { FeedOverview } from '../../lib/protocol';
import { launchChromiumWithExtension, type ChromiumExtensionBrowser } from './support/chromium';
import { pollUntil, sendToBackground } from './support/extension-browser';
import { ArticlePage, PopupPage, waitForIndex } from './support/pages';
import { screenshotPath } from './support/paths';
import { findUnsafeLinks, isPwned } from './support/xss-probes';

/** Each demo feed answers this late, so the first refresh lasts long enough to be cut short. */
const DEMO_FEED_DELAY_MS = 2_500;
const HUGE_FEED_BYTES = 12 * 1024 * 1024;
const XSS_IMG = '<img src=x onerror="window.__pwned=1">';

type HostileKind = 'billion-laughs' | 'huge' | 'binary' | 'html-page' | 'xss';

function canonical(url: string): string {
  return canonicalizeUrl(url) ?? url;
}

function esc(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

function rss(items: string[]): string {
  return `<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0"><channel><title>Feed</title><link>https://example.org/</link><description>d</description>
${items.join('\n')}
</channel></rss>`;
}

function billionLaughs(): string {
  const defs = ['<!ENTITY lol "lol">'];
  for (let i = 1; i <= 9; i++) defs.push(`<!ENTITY lol${i} "${`&lol${i === 1 ? '' : i - 1};`.repeat(10)}">`);
  return `<?xml version="1.0"?>
<!DOCTYPE rss [ ${defs.join('\n')} <!ENTITY xxe SYSTEM "file:///etc/passwd"> ]>
<rss version="2.0"><channel><title>&lol9;</title>
<item><title>&lol9; &xxe;</title><link>https://example.org/a</link></item></channel></rss>`;
}

function hugeFeed(): string {
  const item = (i: number) =>
    `<item><title>Item ${i} ${'padding '.repeat(20)}</title><link>https://example.org/huge/${i}</link><description>${'x'.repeat(200)}</description></item>`;
  const items: string[] = [];
  let bytes = 0;
  for (let i = 0; bytes < HUGE_FEED_BYTES; i++) {
    const s = item(i);
    items.push(s);
    bytes += s.length;
  }
  return rss(items);
}

function binaryGarbage(): Uint8Array {
  const out = new Uint8Array(64 * 1024);
  let x = 12345;
  for (let i = 0; i < out.length; i++) {
    x = (x * 1103515245 + 12345) >>> 0;
    out[i] = x >>> 24;
  }
  return out;
}

/** Items about the demo's main story, with payloads in titles, summaries and links. */
function xssFeed(outlet: Outlet, headline: string, lead: string): { body: string; safeUrls: string[] } {
  const origin = `https://www.${outlet.domains[0] ?? 'example.org'}`;
  const safeUrls = [`${origin}/world/xss-title-1`, `${origin}/world/xss-escaped-2`];
  const items = [
    `<item><title>${esc(`${headline} ${XSS_IMG}`)}</title><link>${safeUrls[0]}</link>
      <description>${esc(`${lead} <script>window.__pwned=1</script> <a href="javascript:window.__pwned=1">more</a>`)}</description></item>`,
    `<item><title>${esc(`${headline} &lt;img src=x onerror=window.__pwned=1&gt;`)}</title><link>${safeUrls[1]}</link>
      <description><![CDATA[${lead} <img src="x" onerror="window.__pwned=1"><iframe src="javascript:window.__pwned=1"></iframe>]]></description></item>`,
    `<item><title>${esc(headline)} (javascript link)</title><link>javascript:window.__pwned=1</link><description>${esc(lead)}</description></item>`,
    `<item><title>${esc(headline)} (data link)</title><link>data:text/html,&lt;script&gt;window.__pwned=1&lt;/script&gt;</link><description>${esc(lead)}</description></item>`,
  ];
  return { body: rss(items), safeUrls };
}

describe('Parallax feed reliability in Chromium (through the service worker)', () => {
  let demo: DemoServer;
  let browser: ChromiumExtensionBrowser;
  const hostile = new Map<HostileKind, { outlet: Outlet; url: string }>();
  let xssSafeUrls: string[] = [];
  let demoFeedUrls: Set<string>;
  const shot = (what: string) => screenshotPath('chromium', `reliability-${what}`);

  beforeAll(async () => {
    demo = await startDemoServer();
    const demoIds = new Set(demo.site.feeds.map((f) => f.catalogId).filter(Boolean));
    demoFeedUrls = new Set(demo.site.feeds.filter((f) => f.catalogId).flatMap((f) => f.urls));
    // Outlets whose first catalog feed (the one the refresher fetches) will be hostile.
    const candidates = listOutlets().filter(
      (o) => !demoIds.has(o.id) && o.domains.length > 0 && /^https?:\/\//.test(o.feeds[0]?.url ?? '') && !demoFeedUrls.has(o.feeds[0]?.url ?? ''),
    );
    const kinds: HostileKind[] = ['billion-laughs', 'huge', 'binary', 'html-page', 'xss'];
    kinds.forEach((kind, i) => {
      const outlet = candidates[i * 7];
      if (!outlet?.feeds[0]) throw new Error('the catalog has too few outlets with feeds');
      hostile.set(kind, { outlet, url: outlet.feeds[0].url });
    });
    const main = demo.site.mainArticle;
    const xss = xssFeed(hostile.get('xss')?.outlet as Outlet, main.headline, main.lead);
    xssSafeUrls = xss.safeUrls;
    const bodies: Record<HostileKind, RouteResponse> = {
      'billion-laughs': { body: billionLaughs(), contentType: 'application/rss+xml' },
      huge: { body: hugeFeed(), contentType: 'application/rss+xml' },
      binary: { body: binaryGarbage(), contentType: 'application/rss+xml' },
      'html-page': { body: '<!doctype html><html><head><title>Home</title></head><body><h1>Not a feed</h1></body></html>', contentType: 'text/html' },
      xss: { body: xss.body, contentType: 'application/rss+xml; charset=utf-8' },
    };
    for (const [kind, { url }] of hostile) demo.server.route(url, bodies[kind]);
    // Slow demo feeds: the refresh is still running when the worker gets stopped.
    for (const [url, route] of demo.site.routes) {
      if (demoFeedUrls.has(url) && typeof route === 'object' && !('handler' in route)) {
        demo.server.route(url, { ...route, delayMs: DEMO_FEED_DELAY_MS });
      }
    }
    browser = await launchChromiumWithExtension(demo.server);
  });
  afterAll(async () => {
    await browser?.close();
    await demo?.server.stop();
  });

  /** Stops the extension's service worker through the DevTools protocol, as Chrome does when it idles. */
  async function stopExtensionWorker(): Promise<void> {
    const page = await browser.session.context.newPage();
    const cdp = await browser.session.context.newCDPSession(page);
    const versions: { versionId: string; scriptURL: string; runningStatus: string }[] = [];
    cdp.on('ServiceWorker.workerVersionUpdated', (e) => versions.push(...e.versions));
    await cdp.send('ServiceWorker.enable');
    const running = await pollUntil(
      async () => versions.find((v) => v.scriptURL.startsWith(browser.extensionOrigin) && v.runningStatus === 'running'),
      10_000,
      'no running extension service worker',
    );
    await cdp.send('ServiceWorker.stopWorker', { versionId: running.versionId });
    await pollUntil(
      async () => versions.some((v) => v.versionId === running.versionId && v.runningStatus === 'stopped'),
      15_000,
      'the extension service worker did not stop',
    );
    await cdp.detach();
    await page.close();
  }

  function demoFeedsFetched(after = 0): number {
    return demo.server.requests.filter(
      (r) => r.time >= after && r.status === 200 && (demoFeedUrls.has(`https://${r.host}${r.path}`) || demoFeedUrls.has(`http://${r.host}${r.path}`)),
    ).length;
  }

  it('loses and duplicates nothing when the service worker is stopped in the middle of the first refresh', async () => {
    const demoFeedCount = demo.site.feeds.filter((f) => f.catalogId).length;
    // Wait until a few demo feeds are in, but not all.
    await pollUntil(async () => demoFeedsFetched() >= 2, 60_000, 'the first refresh never fetched demo feeds');
    const before = await sendToBackground(browser, 'index:status', {});
    expect(before.progress.running, 'the refresh ended before the worker could be stopped').toBe(true);
    expect(demoFeedsFetched()).toBeLessThan(demoFeedCount);

    const stoppedAt = Date.now();
    await stopExtensionWorker();

    // Any message wakes the worker; it resumes the unfinished refresh.
    const expected = new Set(demo.site.articles.filter((a) => a.catalogId).map((a) => canonical(a.url))).size;
    const status = await waitForIndex(browser, expected, 150_000);
    const feeds = await sendToBackground(browser, 'feeds:status', {});
    const hostileUrls = new Set([...hostile.values()].map((h) => h.url));
    const hostileItems = feeds.filter((f) => hostileUrls.has(f.url)).reduce((n, f) => n + (f.status?.items ?? 0), 0);
    // Nothing lost: every demo article is in the index (found by its own headline).
    const missing: string[] = [];
    for (const a of demo.site.articles.filter((x) => x.catalogId)) {
      const hits = await sendToBackground(browser, 'index:search', { query: a.headline });
      if (!hits.some((h) => canonical(h.url) === canonical(a.url))) missing.push(a.url);
    }
    expect(missing, 'demo articles missing after the restart').toEqual([]);
    // Nothing counted twice: the demo articles plus what the hostile feeds yielded, at most.
    const detail = JSON.stringify({ expected, hostileItems, hostile: feeds.filter((f) => hostileUrls.has(f.url)).map((f) => [f.url, f.status?.items]) });
    expect(status.articles, detail).toBeGreaterThanOrEqual(expected);
    expect(status.articles, detail).toBeLessThanOrEqual(expected + hostileItems);
    expect(demoFeedsFetched(stoppedAt), 'no demo feed was fetched after the restart').toBeGreaterThan(0);
    for (const f of feeds.filter((x) => demoFeedUrls.has(x.url) && x.status?.lastFetch)) {
      expect(f.status?.lastError ?? null, f.url).toBeNull();
    }
    // The main story lists each other outlet's article once.
    const article = await ArticlePage.open(browser, demo.site.mainArticle.url);
    await article.waitForBadge();
    const popup = await PopupPage.open(browser, await article.tabId());
    const rows = await popup.waitForRows(1);
    const hrefs = rows.map((r) => canonical(r.href ?? ''));
    expect(new Set(hrefs).size).toBe(hrefs.length);
    await popup.close();
    await article.page.close();
  });

  it('keeps indexing the other feeds and shows an error in each hostile feed’s status', async () => {
    const feeds: FeedOverview[] = await sendToBackground(browser, 'feeds:status', {});
    for (const kind of ['billion-laughs', 'huge', 'binary', 'html-page'] as HostileKind[]) {
      const url = hostile.get(kind)?.url;
      const entry = feeds.find((f) => f.url === url);
      expect(entry?.status?.lastFetch ?? null, `${kind}: ${url} was never fetched`).not.toBeNull();
      // Unusable inputs fail the feed; partly usable ones (a bomb's DOCTYPE ignored, a huge feed capped)
      // may keep their items but must say what happened in the status.
      const partial = kind === 'huge' || kind === 'billion-laughs';
      const problem = entry?.status?.lastError ?? (partial ? (entry?.status?.lastWarnings ?? []).join(' ') || null : null);
      expect(problem, `${kind}: no error in the status of ${url}`).not.toBeNull();
    }
    const xss = feeds.find((f) => f.url === hostile.get('xss')?.url);
    expect(xss?.status?.items ?? 0, 'the XSS feed’s http(s) items were not kept').toBeGreaterThanOrEqual(xssSafeUrls.length);
  });

  it('never runs or links XSS payloads from feed titles, summaries and links (badge panel, popup, search)', async () => {
    const main = demo.site.mainArticle;
    const article = await ArticlePage.open(browser, main.url);
    await article.waitForBadge();
    const raw = browser.session.context.pages().find((p) => p.url() === main.url);
    if (!raw) throw new Error('no page for the main article');
    await raw.locator('parallax-badge button').first().click();
    expect(await isPwned(raw), 'a payload ran in the page').toBe(false);
    expect(await findUnsafeLinks(raw, 'extension-ui')).toEqual([]);
    await article.screenshot(shot('feed-xss-panel'));

    const tabId = await article.tabId();
    const popup = await PopupPage.open(browser, tabId);
    await popup.waitForRows(1);
    const popupRaw = browser.session.context.pages().find((p) => p.url().includes(`popup.html?tab=${tabId}`));
    if (!popupRaw) throw new Error('no popup page');
    // Show every row (the list pages at 30).
    await popupRaw.locator('button.px-more').click().catch(() => undefined);
    expect(await isPwned(popupRaw), 'a payload ran in the popup').toBe(false);
    expect(await findUnsafeLinks(popupRaw, 'document')).toEqual([]);
    for (const r of await popup.rows()) if (r.href !== null) expect(r.href).toMatch(/^https?:\/\//);
    await popup.screenshot(shot('feed-xss-popup'));
    await popup.close();

    const found = await sendToBackground(browser, 'index:search', { query: main.headline });
    expect(found.length).toBeGreaterThan(0);
    for (const e of found) expect(e.url, e.title).toMatch(/^https?:\/\//);
    await article.page.close();
  });
});
