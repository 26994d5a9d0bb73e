// Chromium with the built extension (.output/chrome-mv3), through the launcher the demo uses
// (lib/demo/chromium.ts: playwright-core, system Chromium, --host-resolver-rules to the local web).

import type { Page } from 'playwright-core';
import { launchChromium, type ChromiumSession } from '../../../lib/demo/chromium';
import type { OutletServer } from '../../../lib/demo/outlet-server';
import { pickConsolePage, snapshotBuild, waitForExtensionPage, type ExtensionBrowser, type TestPage } from './extension-browser';
import { CHROME_BUILD_DIR } from './paths';

const NAVIGATION_TIMEOUT_MS = 30_000;

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
      await page.screenshot({ path, fullPage });
    },
    async bringToFront() {
      await page.bringToFront();
    },
    async close() {
      await page.close();
    },
  };
}

export interface ChromiumExtensionBrowser extends ExtensionBrowser {
  session: ChromiumSession;
}

export async function launchChromiumWithExtension(
  server: Pick<OutletServer, 'httpsPort' | 'httpPort'>,
  buildDir = CHROME_BUILD_DIR,
): Promise<ChromiumExtensionBrowser> {
  const build = snapshotBuild(buildDir);
  let session: ChromiumSession;
  try {
    session = await launchChromium({ extensionDir: build.dir, ports: server, headless: true });
  } catch (err) {
    build.remove();
    throw err;
  }
  let consolePage: TestPage | null = null;
  const browser: ChromiumExtensionBrowser = {
    name: 'chromium',
    session,
    extensionOrigin: session.extensionOrigin,
    async openPage(url) {
      const page = wrapPage(await session.context.newPage());
      await page.goto(url);
      return page;
    },
    async openExtensionPage(path, readySelector, timeoutMs = 15_000) {
      const page = wrapPage(await session.context.newPage());
      await page.goto(session.extensionOrigin + path);
      await waitForExtensionPage(page, session.extensionOrigin, readySelector, timeoutMs);
      return page;
    },
    async extensionPage() {
      if (!consolePage) consolePage = await browser.openExtensionPage(pickConsolePage(build.dir), 'body');
      return consolePage;
    },
    async close() {
      await session.close();
      build.remove();
    },
  };
  return browser;
}
