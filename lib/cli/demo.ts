// `npm start`: builds the Chrome extension, serves the bundled demo web under real outlet host names and
// opens Chromium with the extension. With a display: a browser window for the user, until it is closed.
// With `--headless` (or no DISPLAY): writes .output/demo/{article,popup}.png and report.json, then exits.
// CLI (Node); prints one JSON object as its last stdout line. Options: --headless, --no-build.

import { spawnSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { BrowserContext, Page } from 'playwright-core';
import type { IndexStatus, TabReport } from '../coverage/types';
import { findChromium, launchChromium, type ChromiumSession } from '../demo/chromium';
import { buildDemoReport } from '../demo/demo-report';
import { startDemoServer, type DemoSite } from '../demo/demo-site';
import type { OutletServer } from '../demo/outlet-server';
import { CHROMIUM_PACKAGE, ensureSystemBrowsers } from '../demo/system-browsers';
import type { MessageType, Reply, RequestOf, ResponseOf } from '../protocol';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const BUILD_DIR = join(ROOT, '.output', 'chrome-mv3');
const OUTPUT_DIR = join(ROOT, '.output', 'demo');
const INDEX_TIMEOUT_MS = 120_000;
const BADGE_TIMEOUT_MS = 30_000;
const POPUP_TIMEOUT_MS = 30_000;
const POLL_MS = 300;
/** Visible mode: how long to keep reloading the article until its badge shows coverage, and how often. */
const VISIBLE_WAIT_MS = 120_000;
const VISIBLE_RELOAD_MS = 3_000;
const POPUP_VIEWPORT = { width: 420, height: 600 };
/** Lifts the popup's 600 px cap and inner scrolling for the full-length screenshot. */
const POPUP_UNROLL_CSS = 'html, body, .px-popup { max-height: none !important; } .px-main { overflow: visible !important; }';

function log(line: string): void {
  process.stderr.write(`${line}\n`);
}

function fail(message: string): never {
  log(`demo: ${message}`);
  process.stdout.write(`${JSON.stringify({ ok: false, error: message })}\n`);
  process.exit(1);
}

function buildExtension(): void {
  log('Building the extension (wxt build)…');
  const r = spawnSync('npx', ['wxt', 'build'], { cwd: ROOT, stdio: ['ignore', 'inherit', 'inherit'] });
  // stdout of the build goes to our stdout too, which is fine: our JSON line comes last.
  if (r.status !== 0) fail('wxt build failed (see above)');
}

async function poll<T>(check: () => Promise<T | null>, timeoutMs: number, what: () => string): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    try {
      const v = await check();
      if (v !== null) return v;
    } catch {
      // the extension page may still be loading; retry
    }
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what()}`);
    await new Promise((r) => setTimeout(r, POLL_MS));
  }
}

/** Sends a typed protocol message from an extension page, as the popup does. */
async function send<K extends MessageType>(page: Page, type: K, data: RequestOf<K>): Promise<ResponseOf<K>> {
  const reply = (await page.evaluate(
    (msg) => (globalThis as unknown as { chrome: { runtime: { sendMessage(m: unknown): Promise<unknown> } } }).chrome.runtime.sendMessage(msg),
    { parallax: 1, type, data },
  )) as Reply<ResponseOf<K>> | undefined;
  if (!reply) throw new Error(`no answer to ${type}`);
  if (!reply.ok) throw new Error(`${type}: ${reply.error}`);
  return reply.value;
}

async function tabIdOf(page: Page, url: string): Promise<number> {
  return poll(
    async () => {
      const tabs = (await page.evaluate(() =>
        (globalThis as unknown as { chrome: { tabs: { query(q: object): Promise<{ id?: number; url?: string }[]> } } }).chrome.tabs
          .query({})
          .then((list) => list.map((t) => ({ id: t.id ?? -1, url: t.url ?? '' }))),
      )) as { id: number; url: string }[];
      return tabs.find((t) => t.url === url)?.id ?? null;
    },
    10_000,
    () => `a tab showing ${url}`,
  );
}

/** Feeds the extension will fetch: the demo outlets found in the catalog. */
function expectedIndexedArticles(site: DemoSite): number {
  return new Set(site.articles.filter((a) => a.catalogId !== null).map((a) => a.url)).size;
}

async function runHeadless(session: ChromiumSession, site: DemoSite): Promise<void> {
  const { context, extensionOrigin } = session;
  const consolePage = await context.newPage();
  await consolePage.goto(`${extensionOrigin}/popup.html?tab=2147483647`);

  const expected = expectedIndexedArticles(site);
  log(`Waiting for the extension to fetch and index the demo feeds (${expected} demo articles)…`);
  let status: IndexStatus | null = null;
  status = await poll(
    async () => {
      status = await send(consolePage, 'index:status', {});
      return !status.progress.running && status.articles >= expected ? status : null;
    },
    INDEX_TIMEOUT_MS,
    () => `the index to hold ${expected} articles (now: ${JSON.stringify(status)})`,
  );
  log(`Index ready: ${status.articles} articles, ${status.stories} stories, ${status.feeds} feeds.`);

  const article = site.mainArticle;
  const page = await context.newPage();
  await page.goto(article.url, { waitUntil: 'load' });
  const outlets = await poll(
    () => page.evaluate(() => document.querySelector('parallax-badge')?.getAttribute('data-outlets') ?? null),
    BADGE_TIMEOUT_MS,
    () => `the parallax-badge on ${article.url}`,
  );
  await page.waitForTimeout(300); // let the badge finish its first paint
  const articlePng = join(OUTPUT_DIR, 'article.png');
  await page.screenshot({ path: articlePng });
  log(`Badge shown: ${outlets} other outlets.`);

  const tabId = await tabIdOf(consolePage, article.url);
  const popup = await context.newPage();
  await popup.setViewportSize(POPUP_VIEWPORT);
  await popup.goto(`${extensionOrigin}/popup.html?tab=${tabId}`);
  await poll(
    () => popup.evaluate(() => (document.querySelector('li.px-row') ? true : null)),
    POPUP_TIMEOUT_MS,
    () => 'the popup to list coverage',
  );
  await popup.waitForTimeout(300);
  // What the toolbar popup shows on opening (Chromium caps popups at 600 px; the rest scrolls)…
  const firstScreenPng = join(OUTPUT_DIR, 'popup-first-screen.png');
  await popup.screenshot({ path: firstScreenPng });
  // …and the whole popup unrolled, so the coverage list is in the picture.
  await popup.addStyleTag({ content: POPUP_UNROLL_CSS });
  await popup.waitForTimeout(100);
  const popupPng = join(OUTPUT_DIR, 'popup.png');
  await popup.screenshot({ path: popupPng, fullPage: true });

  const tabReport: TabReport = await send(popup, 'tab:report', { tabId });
  const report = buildDemoReport(tabReport);
  const reportPath = join(OUTPUT_DIR, 'report.json');
  writeFileSync(reportPath, `${JSON.stringify(report, null, 2)}\n`);

  const rel = (p: string) => relative(process.cwd(), p) || p;
  log('');
  log(`Article page with its badge: ${rel(articlePng)}`);
  log(`Popup for that tab:          ${rel(popupPng)} (first screen: ${rel(firstScreenPng)})`);
  log(`Report:                      ${rel(reportPath)}`);
  log(`Story: ${report.story.outlets} outlets, ${report.story.articles} articles; bias ${JSON.stringify(report.story.bias)}`);
  process.stdout.write(
    `${JSON.stringify({ ok: true, article: rel(articlePng), popup: rel(popupPng), report: rel(reportPath), story: report.story })}\n`,
  );
}

/** Demo feeds (of catalog outlets) the local web has served with a 200, out of all of them. */
function countServedDemoFeeds(server: OutletServer, site: DemoSite): { served: number; total: number } {
  const feeds = site.feeds.filter((f) => f.catalogId);
  const served = feeds.filter((f) =>
    f.urls.some((u) => {
      const url = new URL(u);
      return server.requests.some((r) => r.status === 200 && r.host === url.hostname && r.path === url.pathname + url.search);
    }),
  ).length;
  return { served, total: feeds.length };
}

/**
 * Opens the demo article in the visible window. The first feed refresh starts when the extension is
 * installed, so the first load may come before the index has the story: once the local web has served
 * every demo feed, the article is reloaded until its badge shows coverage (or VISIBLE_WAIT_MS passes).
 */
async function openArticleWhenIndexed(page: Page, server: OutletServer, site: DemoSite): Promise<void> {
  const url = site.mainArticle.url;
  await page.goto(url, { waitUntil: 'load' }).catch(() => {});
  const deadline = Date.now() + VISIBLE_WAIT_MS;
  while (Date.now() < deadline && !page.isClosed()) {
    const outlets = await page
      .evaluate(() => Number(document.querySelector('parallax-badge')?.getAttribute('data-outlets') ?? '0'))
      .catch(() => 0);
    if (outlets > 0) {
      log(`Badge shown: ${outlets} other outlets cover the story. Click the Parallax toolbar icon for the popup.`);
      return;
    }
    const { served, total } = countServedDemoFeeds(server, site);
    await new Promise((r) => setTimeout(r, VISIBLE_RELOAD_MS));
    if (served === total && page.url() === url) await page.reload({ waitUntil: 'load' }).catch(() => {});
  }
}

async function runVisible(server: OutletServer, site: DemoSite, context: BrowserContext): Promise<void> {
  const page = context.pages()[0] ?? (await context.newPage());
  log('');
  log('Parallax demo is running in the Chromium window.');
  log(`  Demo article: ${site.mainArticle.url}`);
  log(`  Other demo pages: ${site.fronts.map((f) => f.url).join(', ')}`);
  log('  The extension indexes the demo feeds first (about half a minute); the article reloads when it is ready.');
  log('  Close the window (or press Ctrl+C) to stop.');
  const closed = new Promise<void>((resolve) => {
    context.on('close', () => resolve());
    process.once('SIGINT', () => resolve());
    process.once('SIGTERM', () => resolve());
  });
  await Promise.race([openArticleWhenIndexed(page, server, site), closed]);
  await closed;
  process.stdout.write(`${JSON.stringify({ ok: true, mode: 'visible', url: site.mainArticle.url })}\n`);
}

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  const headless = args.includes('--headless') || !process.env.DISPLAY;
  const browsers = ensureSystemBrowsers([CHROMIUM_PACKAGE], log);
  if (!browsers.ok || !findChromium()) fail(browsers.message ?? 'Chromium not found.');
  if (!args.includes('--no-build')) buildExtension();
  mkdirSync(OUTPUT_DIR, { recursive: true });

  const { server, site } = await startDemoServer();
  const missing = site.feeds.filter((f) => !f.catalogId).map((f) => f.outlet.name);
  log(`Demo web on https :${server.httpsPort} / http :${server.httpPort}: ${site.articles.length} articles, ${site.outlets.length} outlets.`);
  if (missing.length) log(`Not in the catalog (their feeds are served but not fetched): ${missing.join(', ')}`);

  let session: ChromiumSession | null = null;
  try {
    session = await launchChromium({ extensionDir: BUILD_DIR, ports: server, headless });
    if (headless) await runHeadless(session, site);
    else await runVisible(server, site, session.context);
  } catch (err) {
    await session?.close();
    await server.stop();
    fail(err instanceof Error ? err.message : String(err));
  }
  await session?.close();
  await server.stop();
}

main().then(
  () => process.exit(0),
  (err: unknown) => fail(err instanceof Error ? err.message : String(err)),
);
