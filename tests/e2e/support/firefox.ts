// Firefox ESR with the built extension (.output/firefox-mv2), driven by puppeteer-core over WebDriver BiDi.
//
// Host mapping: Firefox has no --host-resolver-rules. We point its proxy prefs (network.proxy.type=1,
// http/ssl proxy = 127.0.0.1:<httpPort>) at the outlet server's HTTP side, which is also a forward proxy:
// CONNECT host:443 is tunnelled to the local HTTPS server (Host/SNI unchanged) and plain absolute-URI
// requests are routed directly. The throwaway self-signed certificate is accepted through the session's
// `acceptInsecureCerts`, which also covers the extension's background fetches. Verified with Firefox
// 153 ESR: pages, content scripts and background fetch() of https:// and http:// feeds all reach the
// local web. (`network.dns.forceResolve` would need servers on the real ports 80/443; not needed.)
// The moz-extension UUID is pinned through `extensions.webextensions.uuids`.

import { readFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import puppeteer, { type Browser, type Page } from 'puppeteer-core';
import type { OutletServer } from '../../../lib/demo/outlet-server';
import { pickConsolePage, pollUntil, snapshotBuild, waitForExtensionPage, type ExtensionBrowser, type TestPage } from './extension-browser';
import { FIREFOX_BUILD_DIR } from './paths';

export const FIREFOX_CANDIDATES = ['/usr/bin/firefox-esr', '/usr/bin/firefox'];
/** Fixed so extension URLs are known before launch. */
export const FIREFOX_EXTENSION_UUID = '5b1c2f3e-8a4d-4c6e-9f10-2a3b4c5d6e7f';
const NAVIGATION_TIMEOUT_MS = 30_000;

export function findFirefox(): string | null {
  const fromEnv = process.env.PARALLAX_FIREFOX;
  if (fromEnv && existsSync(fromEnv)) return fromEnv;
  return FIREFOX_CANDIDATES.find((p) => existsSync(p)) ?? null;
}

function wrapPage(page: Page): TestPage {
  return {
    url: () => page.url(),
    async goto(url) {
      await page.goto(url, { waitUntil: 'load', timeout: NAVIGATION_TIMEOUT_MS });
    },
    evaluate: (fn, arg) => page.evaluate(fn as never, arg) as never,
    async click(selector) {
      await page.click(selector);
    },
    async screenshot(path, fullPage = false) {
      await page.screenshot({ path: path as `${string}.png`, fullPage });
    },
    async bringToFront() {
      await page.bringToFront();
    },
    async close() {
      await page.close();
    },
  };
}

/**
 * page.setViewport for Firefox. Puppeteer sends the viewport and a screen-orientation override as two
 * WebDriver BiDi commands; Firefox ESR 140 knows only the first ("unknown command
 * emulation.setScreenOrientationOverride"). The viewport is set all the same: that one error is let
 * pass, and the size is checked.
 */
export async function setFirefoxViewport(page: Page, size: { width: number; height: number }): Promise<void> {
  try {
    await page.setViewport(size);
  } catch (err) {
    if (!(err instanceof Error && /unknown command\W+emulation\.setScreenOrientationOverride/.test(err.message))) throw err;
  }
  // (the viewport command may still be on its way when the other one's error arrives)
  let width = 0;
  await pollUntil(
    async () => (width = await page.evaluate(() => window.innerWidth)) === size.width,
    2_000,
    () => `Firefox viewport is ${width} px wide, not ${size.width}`,
  );
}

export interface FirefoxExtensionBrowser extends ExtensionBrowser {
  puppeteer: Browser;
}

export async function launchFirefoxWithExtension(
  server: Pick<OutletServer, 'httpPort'>,
  buildDir = FIREFOX_BUILD_DIR,
): Promise<FirefoxExtensionBrowser> {
  const executablePath = findFirefox();
  if (!executablePath) throw new Error('Firefox not found: apt-get install -y firefox-esr');
  const manifest = JSON.parse(readFileSync(join(buildDir, 'manifest.json'), 'utf8')) as {
    browser_specific_settings?: { gecko?: { id?: string } };
  };
  const geckoId = manifest.browser_specific_settings?.gecko?.id;
  if (!geckoId) throw new Error(`${buildDir}/manifest.json has no browser_specific_settings.gecko.id`);

  const build = snapshotBuild(buildDir);
  const pptr = await puppeteer.launch({
    browser: 'firefox',
    executablePath,
    headless: true,
    acceptInsecureCerts: true,
    defaultViewport: { width: 1280, height: 900 },
    args: ['--remote-allow-system-access'],
    extraPrefsFirefox: {
      'extensions.webextensions.uuids': JSON.stringify({ [geckoId]: FIREFOX_EXTENSION_UUID }),
      'network.proxy.type': 1,
      'network.proxy.http': '127.0.0.1',
      'network.proxy.http_port': server.httpPort,
      'network.proxy.ssl': '127.0.0.1',
      'network.proxy.ssl_port': server.httpPort,
      'network.proxy.share_proxy_settings': false,
      'network.proxy.no_proxies_on': '',
      'network.proxy.allow_hijacking_localhost': true,
      // Plain http:// outlet URLs must stay http (the local web serves both schemes anyway).
      'dom.security.https_only_mode': false,
    },
  });
  await pptr.installExtension(build.dir);
  const extensionOrigin = `moz-extension://${FIREFOX_EXTENSION_UUID}`;
  let consolePage: TestPage | null = null;

  const browser: FirefoxExtensionBrowser = {
    name: 'firefox',
    puppeteer: pptr,
    extensionOrigin,
    async openPage(url) {
      const page = wrapPage(await pptr.newPage());
      await page.goto(url);
      return page;
    },
    async openExtensionPage(path, readySelector, timeoutMs = 15_000) {
      const raw = await pptr.newPage();
      // goto() of a moz-extension:// page never resolves under BiDi: fire it, then wait for content.
      raw.goto(extensionOrigin + path).catch(() => {});
      const page = wrapPage(raw);
      await waitForExtensionPage(page, extensionOrigin, readySelector, timeoutMs);
      return page;
    },
    async extensionPage() {
      if (!consolePage) consolePage = await browser.openExtensionPage(pickConsolePage(build.dir), 'body');
      return consolePage;
    },
    async close() {
      await pptr.close().catch(() => {});
      build.remove();
    },
  };
  return browser;
}
