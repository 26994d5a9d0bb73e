// One small interface over Playwright (Chromium) and Puppeteer-BiDi (Firefox), so each e2e test is
// written once and run in both browsers. Only what the tests need: pages, extension pages, screenshots,
// protocol messages to the background, tab ids.

import { cpSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { MessageType, Reply, RequestOf, ResponseOf } from '../../../lib/protocol';

export type BrowserName = 'chromium' | 'firefox';

export interface TestPage {
  url(): string;
  /** Navigates and waits for the load event. */
  goto(url: string): Promise<void>;
  /** Runs `fn(arg)` in the page. Keep `fn` free of named inner functions (transpiler helpers leak). */
  evaluate<R, A>(fn: (arg: A) => R | Promise<R>, arg: A): Promise<R>;
  click(selector: string): Promise<void>;
  /** `fullPage` captures the whole document, not only the viewport. */
  screenshot(path: string, fullPage?: boolean): Promise<void>;
  bringToFront(): Promise<void>;
  close(): Promise<void>;
}

export interface ExtensionBrowser {
  readonly name: BrowserName;
  /** `chrome-extension://<id>` or `moz-extension://<uuid>`, no trailing slash. */
  readonly extensionOrigin: string;
  /** Opens `url` in a new tab and waits for it to load. */
  openPage(url: string): Promise<TestPage>;
  /** Opens an extension page (`/popup.html?tab=1`) in a new tab and waits until `readySelector` exists. */
  openExtensionPage(path: string, readySelector: string, timeoutMs?: number): Promise<TestPage>;
  /** An always-open extension page used to talk to the background like the popup does. */
  extensionPage(): Promise<TestPage>;
  close(): Promise<void>;
}

const POLL_MS = 250;

/** The slice of the WebExtension API the helpers call inside extension pages. */
interface ExtensionApi {
  runtime: { sendMessage(message: unknown): Promise<unknown> };
  tabs: { query(query: object): Promise<{ id?: number; url?: string }[]> };
}

/** Polls `check` until it returns a non-null/undefined/false value; throws `message` on timeout. */
export async function pollUntil<T>(
  check: () => Promise<T | null | undefined | false>,
  timeoutMs: number,
  message: string | (() => string),
): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  let lastError: unknown = null;
  for (;;) {
    try {
      const value = await check();
      if (value !== null && value !== undefined && value !== false) return value;
    } catch (err) {
      lastError = err;
    }
    if (Date.now() > deadline) {
      const text = typeof message === 'string' ? message : message();
      throw new Error(`${text} (after ${timeoutMs} ms${lastError ? `; last error: ${String(lastError)}` : ''})`);
    }
    await new Promise((r) => setTimeout(r, POLL_MS));
  }
}

/** Waits until `selector` matches in `page`. */
export async function waitForSelector(page: TestPage, selector: string, timeoutMs = 15_000): Promise<void> {
  await pollUntil(
    () => page.evaluate((sel) => document.querySelector(sel) !== null, selector),
    timeoutMs,
    `no ${selector} in ${page.url()}`,
  );
}

/** Waits until `page` shows a document of `origin` in which `selector` matches. */
export async function waitForExtensionPage(
  page: TestPage,
  origin: string,
  selector: string,
  timeoutMs = 15_000,
): Promise<void> {
  await pollUntil(
    () =>
      page.evaluate(
        (a) => location.href.startsWith(a.origin) && document.readyState !== 'loading' && document.querySelector(a.selector) !== null,
        { origin, selector },
      ),
    timeoutMs,
    () => `no ${selector} on ${origin} (page at ${page.url()})`,
  );
}

/** Sends a typed protocol message from an extension page, exactly as the popup does. */
export async function sendToBackground<K extends MessageType>(
  browser: ExtensionBrowser,
  type: K,
  data: RequestOf<K>,
): Promise<ResponseOf<K>> {
  const page = await browser.extensionPage();
  const reply = await page.evaluate(
    (msg) => {
      const g = globalThis as unknown as { browser?: ExtensionApi; chrome: ExtensionApi };
      const api = g.browser ?? g.chrome;
      return api.runtime.sendMessage(msg);
    },
    { parallax: 1 as const, type, data },
  );
  const r = reply as Reply<ResponseOf<K>> | undefined;
  if (!r) throw new Error(`no answer to ${type}`);
  if (!r.ok) throw new Error(`${type}: ${r.error}`);
  return r.value;
}

/** The browser's id of the tab showing `url` (read through the extension's tabs API). */
export async function getTabId(browser: ExtensionBrowser, url: string): Promise<number> {
  const page = await browser.extensionPage();
  return pollUntil(
    async () => {
      const tabs = await page.evaluate(() => {
        const g = globalThis as unknown as { browser?: ExtensionApi; chrome: ExtensionApi };
        const api = g.browser ?? g.chrome;
        return api.tabs.query({}).then((list) => list.map((t) => ({ id: t.id ?? -1, url: t.url ?? '' })));
      }, null);
      // The newest tab showing the URL (tab ids only grow): a retried test's earlier tab may still be open.
      const ids = tabs.filter((t) => t.url === url || t.url.split('#')[0] === url).map((t) => t.id);
      return ids.length ? Math.max(...ids) : undefined;
    },
    10_000,
    `no tab shows ${url}`,
  );
}

/** Path (with a leading slash) of the extension page used for messaging: options if built, else popup. */
export function pickConsolePage(buildDir: string): string {
  const manifest = JSON.parse(readFileSync(join(buildDir, 'manifest.json'), 'utf8')) as {
    options_ui?: { page?: string };
    options_page?: string;
  };
  const options = manifest.options_ui?.page ?? manifest.options_page;
  // A tab id no browser hands out: the popup then describes nothing and stays quiet.
  return options ? `/${options.replace(/^\//, '')}` : '/popup.html?tab=2147483647';
}

/**
 * Copies a build folder to a private temp folder, so a rebuild of `.output/` while a browser runs (another
 * test run, `npm run build`) cannot pull files from under the loaded extension. Returns the copy and a remover.
 */
export function snapshotBuild(buildDir: string): { dir: string; remove: () => void } {
  const parent = mkdtempSync(join(tmpdir(), 'parallax-build-'));
  const dir = join(parent, 'extension');
  cpSync(buildDir, dir, { recursive: true });
  return { dir, remove: () => rmSync(parent, { recursive: true, force: true }) };
}
