// Page objects for the e2e suite: an outlet's article page (the `parallax-badge` custom element in an
// open shadow root), the popup opened as a page for a tab (`popup.html?tab=<id>`), the options page,
// and the index as the extension reports it. Everything is read through the page or the extension.

import type { IndexStatus, TabReport } from '../../../lib/coverage/types';
import { getTabId, pollUntil, sendToBackground, type ExtensionBrowser, type TestPage } from './extension-browser';

/** Time the content script gets after the background knows the page, before "no badge" is concluded. */
const BADGE_GRACE_MS = 2_000;
/** Lifts the popup's 600 px cap and inner scrolling so a screenshot shows the whole coverage list. */
const POPUP_UNROLL_CSS = 'html, body, .px-popup { max-height: none !important; } .px-main { overflow: visible !important; }';

export interface BadgeState {
  /** `data-outlets` of the badge host: other outlets covering the story. */
  outlets: number | null;
  /** Visible text inside the shadow root. */
  text: string;
}

export class ArticlePage {
  private constructor(
    readonly browser: ExtensionBrowser,
    readonly page: TestPage,
    readonly url: string,
  ) {}

  static async open(browser: ExtensionBrowser, url: string): Promise<ArticlePage> {
    return new ArticlePage(browser, await browser.openPage(url), url);
  }

  async headline(): Promise<string> {
    return this.page.evaluate(() => document.querySelector('h1')?.textContent?.trim() ?? '', null);
  }

  async readBadge(): Promise<BadgeState | null> {
    return this.page.evaluate(() => {
      const host = document.querySelector('parallax-badge');
      if (!host) return null;
      const attr = host.getAttribute('data-outlets');
      return {
        outlets: attr === null ? null : Number(attr),
        text: (host.shadowRoot?.textContent ?? '').replace(/\s+/g, ' ').trim(),
      };
    }, null);
  }

  async waitForBadge(timeoutMs = 30_000): Promise<BadgeState> {
    return pollUntil(() => this.readBadge(), timeoutMs, `no parallax-badge on ${this.url}`);
  }

  async tabId(): Promise<number> {
    return getTabId(this.browser, this.url);
  }

  /** The background's report for this tab once the content script has analysed the page. */
  async waitForAnalysis(timeoutMs = 30_000): Promise<TabReport> {
    const tabId = await this.tabId();
    return pollUntil(
      async () => {
        const report = await sendToBackground(this.browser, 'tab:report', { tabId });
        return report.state === 'loading' ? null : report;
      },
      timeoutMs,
      `the extension never analysed ${this.url}`,
    );
  }

  /** Waits until the extension has analysed the page, then gives the badge time to appear; true if none did. */
  async hasNoBadgeAfterAnalysis(): Promise<{ noBadge: boolean; report: TabReport }> {
    const report = await this.waitForAnalysis();
    await new Promise((r) => setTimeout(r, BADGE_GRACE_MS));
    return { noBadge: (await this.readBadge()) === null, report };
  }

  async screenshot(path: string): Promise<void> {
    await this.page.bringToFront();
    await this.page.screenshot(path);
  }
}

export interface PopupRow {
  outlet: string;
  title: string;
  href: string | null;
}

export class PopupPage {
  private constructor(readonly page: TestPage) {}

  /** Opens `popup.html?tab=<tabId>` as a page and waits for the report to render. */
  static async open(browser: ExtensionBrowser, tabId: number): Promise<PopupPage> {
    const page = await browser.openExtensionPage(`/popup.html?tab=${tabId}`, '#app *');
    return new PopupPage(page);
  }

  async rows(): Promise<PopupRow[]> {
    return this.page.evaluate(
      () =>
        [...document.querySelectorAll('li.px-row')].map((li) => ({
          outlet: li.querySelector('.px-row-outlet')?.textContent?.trim() ?? '',
          title: li.querySelector('.px-row-title')?.textContent?.trim() ?? '',
          href: li.querySelector('.px-row-title a')?.getAttribute('href') ?? null,
        })),
      null,
    );
  }

  async waitForRows(min = 1, timeoutMs = 20_000): Promise<PopupRow[]> {
    return pollUntil(
      async () => {
        const rows = await this.rows();
        return rows.length >= min ? rows : null;
      },
      timeoutMs,
      `the popup lists fewer than ${min} articles`,
    );
  }

  async text(): Promise<string> {
    return this.page.evaluate(() => document.body.innerText, null);
  }

  /** Opens the first row's "Why is this here?" and returns its text once the evidence has arrived. */
  async openFirstWhy(timeoutMs = 20_000): Promise<string> {
    await this.page.evaluate(() => {
      const button = [...document.querySelectorAll('li.px-row button')].find((b) => b.textContent?.includes('Why is this here?'));
      (button as HTMLButtonElement | undefined)?.click();
    }, null);
    return pollUntil(
      async () => {
        const text = await this.page.evaluate(() => {
          const region = document.querySelector('li.px-row .px-why:not([hidden])');
          return region && region.getAttribute('aria-busy') !== 'true' ? (region.textContent ?? '') : null;
        }, null);
        return text;
      },
      timeoutMs,
      'the "why is this here?" evidence',
    );
  }

  /** The popup as its 420×600 window shows it, or `unrolled` (cap and inner scrolling lifted) in full. */
  async screenshot(path: string, unrolled = true): Promise<void> {
    await this.page.bringToFront();
    if (unrolled) {
      await this.page.evaluate((css) => {
        const style = document.createElement('style');
        style.textContent = css;
        document.head.append(style);
      }, POPUP_UNROLL_CSS);
    }
    await this.page.screenshot(path, unrolled);
  }

  async close(): Promise<void> {
    await this.page.close();
  }
}

export class OptionsPage {
  static readonly ARTICLE_BADGE = '#setting-article-badge';

  private constructor(
    readonly browser: ExtensionBrowser,
    readonly page: TestPage,
  ) {}

  static async open(browser: ExtensionBrowser): Promise<OptionsPage> {
    const page = await browser.openExtensionPage('/options.html', OptionsPage.ARTICLE_BADGE);
    return new OptionsPage(browser, page);
  }

  async isArticleBadgeOn(): Promise<boolean> {
    return this.page.evaluate(
      (sel) => (document.querySelector(sel) as HTMLInputElement | null)?.checked ?? false,
      OptionsPage.ARTICLE_BADGE,
    );
  }

  /** Toggles the "badge on news articles" switch like a user, then waits until it is saved in storage. */
  async setArticleBadge(on: boolean): Promise<void> {
    if ((await this.isArticleBadgeOn()) !== on) await this.page.click(OptionsPage.ARTICLE_BADGE);
    await pollUntil(
      () =>
        this.page.evaluate((want) => {
          const g = globalThis as unknown as { browser?: StorageApi; chrome: StorageApi };
          const api = g.browser ?? g.chrome;
          return api.storage.sync.get('settings').then((v) => {
            const s = v.settings as { articleBadge?: boolean } | undefined;
            return (s?.articleBadge ?? true) === want;
          });
        }, on),
      10_000,
      `the options page did not save articleBadge=${on}`,
    );
  }

  async screenshot(path: string): Promise<void> {
    await this.page.bringToFront();
    await this.page.screenshot(path);
  }
}

interface StorageApi {
  storage: { sync: { get(key: string): Promise<Record<string, unknown>> } };
}

/** Waits until a feed refresh has finished and the index holds at least `minArticles` articles. */
export async function waitForIndex(
  browser: ExtensionBrowser,
  minArticles: number,
  timeoutMs = 90_000,
): Promise<IndexStatus> {
  let last: IndexStatus | null = null;
  return pollUntil(
    async () => {
      last = await sendToBackground(browser, 'index:status', {});
      return !last.progress.running && last.articles >= minArticles ? last : null;
    },
    timeoutMs,
    () => `the index did not reach ${minArticles} articles: ${JSON.stringify(last)}`,
  );
}
