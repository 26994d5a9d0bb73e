// The article badge and the in-page panel in real browsers: the badge's count equals the popup's report
// for the tab; the panel is the popup page for this tab in a cross-origin frame (the page cannot read it),
// opened from the keyboard (the badge is a button), closed with Escape (from the panel and from inside the
// frame) with focus back on the badge, and not closable by the page's own postMessage; a page with a strict
// CSP and a page whose scripts overwrite built-ins (and try to steal shadow roots / hide the UI) still get
// their badge and chips.
//
// Why the hostile page cannot break the content script: Chromium runs content scripts in an isolated world
// (own globals and own DOM prototypes), Firefox gives them Xray views of native DOM objects; so overwriting
// Array.prototype.map, JSON.parse, fetch, setTimeout, requestIdleCallback, MutationObserver, attachShadow or
// appendChild in the page changes nothing for the extension. What the page shares with the extension is the
// DOM itself and the cascade: the test checks that chips' roots stay closed (attachShadow not hijacked) and
// that page CSS (`parallax-chip { display: none !important }`) cannot hide the UI.

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { listExpectedCoverage, startDemoServer, type DemoServer } from '../../lib/demo/demo-site';
import { launchChromiumWithExtension } from './support/chromium';
import { pollUntil, sendToBackground, type ExtensionBrowser, type TestPage } from './support/extension-browser';
import { launchFirefoxWithExtension } from './support/firefox';
import { ArticlePage, PopupPage, waitForIndex } from './support/pages';
import { screenshotPath } from './support/paths';
import { cspArticleRoute, hostileArticleRoute, pickArticle } from './fixtures/inpage/pages';
import { chromiumPage, countChips, keyboardFor } from './fixtures/inpage/probe';

type Launch = (demo: DemoServer) => Promise<ExtensionBrowser>;

interface PanelState {
  open: boolean;
  src: string | null;
  /** The page's view of the frame's document: must be null (cross-origin). */
  readable: string;
  /** What has focus inside the badge's shadow root: 'badge', 'close', 'frame', or other. */
  focus: string;
}

/** Runs in the page: the panel as the page itself sees it (its own `parallax-panel` host, or inside the badge's). */
async function readPanel(page: TestPage): Promise<PanelState> {
  return page.evaluate(() => {
    const badgeHost = document.querySelector('parallax-badge');
    const panelHost = document.querySelector('parallax-panel') ?? badgeHost;
    const root = panelHost?.shadowRoot ?? null;
    const frame = root?.querySelector('iframe') ?? null;
    let readable = 'no frame';
    if (frame) {
      try {
        const doc = frame.contentDocument;
        readable = doc ? `document readable: ${doc.body?.textContent?.slice(0, 40) ?? ''}` : 'null';
        if (!doc) {
          try {
            readable = `window readable: ${String(frame.contentWindow?.document?.title)}`;
          } catch (err) {
            readable = `blocked: ${(err as Error).name}`;
          }
        }
      } catch (err) {
        readable = `blocked: ${(err as Error).name}`;
      }
    }
    const host = document.activeElement;
    const active = host?.shadowRoot?.activeElement ?? null;
    let focus = `other: ${host?.tagName}/${active?.tagName}.${active?.className}`;
    if (host === badgeHost && active?.classList.contains('px-badge')) focus = 'badge';
    else if (host === panelHost && active?.getAttribute('aria-label') === 'Close Parallax panel') focus = 'close';
    else if (host === panelHost && active?.tagName === 'IFRAME') focus = 'frame';
    return { open: frame !== null, src: frame?.getAttribute('src') ?? null, readable, focus };
  }, null);
}

/** Other outlets in the background's report for the tab (what the popup lists). */
async function reportedOutlets(browser: ExtensionBrowser, article: ArticlePage): Promise<number> {
  const report = await sendToBackground(browser, 'tab:report', { tabId: await article.tabId() });
  if (report.state !== 'article') throw new Error(`report for the tab: ${report.state}`);
  return new Set(report.story.entries.filter((e) => !e.isReaderOutlet).map((e) => e.outlet?.id ?? e.domain)).size;
}

async function waitForPanel(page: TestPage, want: (p: PanelState) => boolean, what: string): Promise<PanelState> {
  let last: PanelState | null = null;
  return pollUntil(
    async () => {
      last = await readPanel(page);
      return want(last) ? last : null;
    },
    10_000,
    () => `panel never ${what}: ${JSON.stringify(last)}`,
  );
}

function defineBadgeSuite(name: 'chromium' | 'firefox', launch: Launch): void {
  describe(`article badge and panel in ${name}`, () => {
    let demo: DemoServer;
    let browser: ExtensionBrowser;
    const shot = (what: string) => screenshotPath(name, `inpage-${what}`);

    beforeAll(async () => {
      demo = await startDemoServer();
      demo.server.route(pickArticle(demo.site, 'bbc').url, cspArticleRoute(demo.site, pickArticle(demo.site, 'bbc').url));
      demo.server.route(pickArticle(demo.site, 'apnews').url, hostileArticleRoute(demo.site, pickArticle(demo.site, 'apnews').url));
      browser = await launch(demo);
      const indexable = new Set(demo.site.articles.filter((a) => a.catalogId).map((a) => a.url)).size;
      await waitForIndex(browser, indexable);
    });
    afterAll(async () => {
      await browser?.close();
      await demo?.server.stop();
    });

    it('shows on the badge the number of other outlets the popup lists for that tab', async () => {
      const main = demo.site.mainArticle;
      const article = await ArticlePage.open(browser, main.url);
      const badge = await article.waitForBadge();
      const tabId = await article.tabId();
      const popup = await PopupPage.open(browser, tabId);
      const expected = listExpectedCoverage(demo.site, main).filter((a) => a.catalogId);
      const rows = await popup.waitForRows(expected.length);
      const listedOutlets = new Set(rows.map((r) => r.outlet));
      expect(badge.outlets).toBe(listedOutlets.size);
      expect(badge.text).toContain(String(listedOutlets.size));
      const report = await sendToBackground(browser, 'tab:report', { tabId });
      if (report.state !== 'article') throw new Error(`report for the tab: ${report.state}`);
      const others = new Set(report.story.entries.filter((e) => !e.isReaderOutlet).map((e) => e.outlet?.id ?? e.domain));
      expect(badge.outlets).toBe(others.size);
      await popup.close();
      await article.screenshot(shot('badge'));
      await article.page.close();
    });

    // Keyboard events go through the browser's input pipeline; on a loaded 2-core machine a key press has
    // been seen to hang until the test timeout once. A hang is retried; a wrong result fails every time.
    it('opens the panel (the popup for this tab, in a frame the page cannot read) from the keyboard; Escape closes it and focus returns to the badge', { retry: 2, timeout: 90_000 }, async () => {
      const main = demo.site.mainArticle;
      const article = await ArticlePage.open(browser, main.url);
      await article.waitForBadge();
      const tabId = await article.tabId();
      const page = article.page;
      // Closed whatever happens: a retry must not find this attempt's tab still showing the URL.
      try {
        await page.bringToFront();
        const keys = await keyboardFor(browser, main.url);

        // The badge is a real button, reachable by Tab from the page (it sits after the headline).
        const isButton = await page.evaluate(() => {
          const b = document.querySelector('parallax-badge')?.shadowRoot?.querySelector('.px-badge');
          return b?.tagName === 'BUTTON' && b.getAttribute('aria-haspopup') === 'dialog' && b.getAttribute('aria-expanded') === 'false';
        }, null);
        expect(isButton).toBe(true);
        await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur(), null);
        let reached = false;
        for (let i = 0; i < 40 && !reached; i++) {
          await keys.press('Tab');
          reached = (await readPanel(page)).focus === 'badge';
        }
        expect(reached, 'Tab never reached the badge').toBe(true);

        await keys.press('Enter');
        const open = await waitForPanel(page, (p) => p.open && p.focus === 'close', 'opened with focus on its close button');
        expect(open.src).toBe(`${browser.extensionOrigin}/popup.html?tab=${tabId}&embed=1`);
        const expanded = await page.evaluate(
          () => document.querySelector('parallax-badge')?.shadowRoot?.querySelector('.px-badge')?.getAttribute('aria-expanded'),
          null,
        );
        expect(expanded).toBe('true');
        // The frame shows the popup's coverage list for this tab (read from the extension's side).
        const frameRows = async (): Promise<number> => {
          if (name !== 'chromium') {
            await new Promise((r) => setTimeout(r, 2_000)); // Firefox: no handle on extension frames here
            return -1;
          }
          const raw = chromiumPage(browser, main.url);
          return pollUntil(
            async () => {
              const f = raw.frames().find((x) => x.url().startsWith(`${browser.extensionOrigin}/popup.html`));
              const n = f ? await f.evaluate(() => document.querySelectorAll('li.px-row').length) : 0;
              return n > 0 ? n : null;
            },
            20_000,
            'the panel frame never listed the coverage',
          );
        };
        const rows = await frameRows();
        if (name === 'chromium') {
          expect(rows).toBeGreaterThanOrEqual(listExpectedCoverage(demo.site, main).filter((a) => a.catalogId).length);
        }
        await article.screenshot(shot('panel-open'));
        // Loaded and showing the story, the frame stays closed to the page.
        expect((await readPanel(page)).readable).toMatch(/^(null|blocked: SecurityError)$/);

        // A page script cannot close (or otherwise drive) the panel by posting the panel's message.
        await page.evaluate(() => window.postMessage('parallax:close-panel', '*'), null);
        await new Promise((r) => setTimeout(r, 500));
        expect((await readPanel(page)).open).toBe(true);

        // Escape in the panel's head closes it; focus returns to the badge.
        await keys.press('Escape');
        await waitForPanel(page, (p) => !p.open && p.focus === 'badge', 'closed with focus back on the badge');

        // Escape from inside the frame (the popup page) closes it too.
        await keys.press('Enter');
        await waitForPanel(page, (p) => p.open && p.focus === 'close', 'reopened');
        await frameRows(); // a frame still loading is skipped by Tab
        await keys.press('Tab'); // close button → into the frame
        await waitForPanel(page, (p) => p.focus === 'frame', 'took focus into the frame');
        await new Promise((r) => setTimeout(r, 300));
        // The frame is removed while Chromium still delivers this key, and its input pipeline then sometimes
        // never acknowledges the press (seen: a 90 s hang in 1 of 3 runs, the panel already closed). The
        // outcome is read from the page, not from the press.
        void keys.press('Escape').catch(() => undefined);
        await waitForPanel(page, (p) => !p.open && p.focus === 'badge', 'closed from inside the frame with focus back on the badge');
      } finally {
        await page.close().catch(() => undefined);
      }
    });

    it('shows the badge and chips on an article page with a strict Content-Security-Policy', async () => {
      const a = pickArticle(demo.site, 'bbc');
      const article = await ArticlePage.open(browser, a.url);
      const badge = await article.waitForBadge();
      expect(badge.outlets).toBe(await reportedOutlets(browser, article));
      expect(badge.outlets).toBeGreaterThan(0);
      // Its related links (the outlet's own indexed articles) get chips.
      const related = await article.page.evaluate(() => document.querySelectorAll('aside.related a[href]').length, null);
      expect(related).toBeGreaterThan(0);
      await pollUntil(async () => (await countChips(article.page)) >= related, 30_000, 'no chips under a strict CSP');
      // Styled: the badge is a visible pill (its shadow stylesheet was not blocked by the page's CSP).
      const box = await article.page.evaluate(() => {
        const b = document.querySelector('parallax-badge')?.shadowRoot?.querySelector('.px-badge');
        if (!b) return null;
        const r = b.getBoundingClientRect();
        return { w: r.width, h: r.height, radius: getComputedStyle(b).borderTopLeftRadius };
      }, null);
      expect(box?.h).toBeGreaterThan(16);
      expect(box?.radius).not.toBe('0px');
      await article.screenshot(shot('csp-page'));
      await article.page.close();
    });

    it('still works on a page that overwrites built-ins, hijacks attachShadow and hides custom elements with CSS', async () => {
      const a = pickArticle(demo.site, 'apnews');
      const article = await ArticlePage.open(browser, a.url);
      const overwritten = await article.page.evaluate(() => (window as unknown as { __hostile?: object }).__hostile !== undefined, null);
      expect(overwritten, 'the hostile script did not run').toBe(true);
      const badge = await article.waitForBadge();
      expect(badge.outlets).toBe(await reportedOutlets(browser, article));
      expect(badge.outlets).toBeGreaterThan(0);
      const related = await article.page.evaluate(() => document.querySelectorAll('aside.related a[href]').length, null);
      await pollUntil(async () => (await countChips(article.page)) >= related, 30_000, 'no chips on the hostile page');
      const seen = await article.page.evaluate(() => {
        const h = (window as unknown as { __hostile: { stolen: ShadowRoot[]; calls: number } }).__hostile;
        const chip = document.querySelector('parallax-chip');
        const badgeHost = document.querySelector('parallax-badge');
        // The chip's host is an empty inline box at the link's end (it takes no room); the chip is drawn just
        // right of it. The page cannot see into the closed root, but hit-testing there finds the host.
        chip?.scrollIntoView({ block: 'center' });
        const chipBox = chip?.getBoundingClientRect();
        const hit = chipBox ? document.elementFromPoint(chipBox.left + 8, chipBox.top - 4) : null;
        const badgeBox = badgeHost?.shadowRoot?.querySelector('.px-badge')?.getBoundingClientRect();
        return {
          stolen: h.stolen.length,
          calls: h.calls,
          chipRootHidden: chip !== null && chip.shadowRoot === null,
          chipVisible: hit === chip && chip !== null && getComputedStyle(chip).display !== 'none',
          badgeVisible: !!badgeBox && badgeBox.width > 0 && badgeHost !== null && getComputedStyle(badgeHost).visibility !== 'hidden',
        };
      }, null);
      await article.screenshot(shot('hostile-page'));
      expect(seen).toEqual({ stolen: 0, calls: 0, chipRootHidden: true, chipVisible: true, badgeVisible: true });
      await article.page.close();
    });
  });
}

defineBadgeSuite('chromium', (demo) => launchChromiumWithExtension(demo.server));
defineBadgeSuite('firefox', (demo) => launchFirefoxWithExtension(demo.server));
