// One Chromium with the built extension plus the local outlet web, for the browser benchmarks.
// Node-only. Reuses the demo's launcher (lib/demo/chromium.ts) and server (lib/demo/outlet-server.ts).

import type { Page } from 'playwright-core';
import type { IndexStatus } from '../coverage/types';
import { launchChromium, type ChromiumSession } from '../demo/chromium';
import { startOutletServer, type OutletServer } from '../demo/outlet-server';

export interface BenchBrowser {
  server: OutletServer;
  session: ChromiumSession;
  close(): Promise<void>;
}

/** Sends one protocol message from an extension page, as the popup does; its value, or throws. */
export async function askExtension<T>(page: Page, type: string, data: unknown): Promise<T> {
  const reply = (await page.evaluate(
    (msg) => (globalThis as unknown as { chrome: { runtime: { sendMessage(m: unknown): Promise<unknown> } } }).chrome.runtime.sendMessage(msg),
    { parallax: 1, type, data },
  )) as { ok: boolean; value?: T; error?: string } | undefined;
  if (!reply?.ok) throw new Error(`${type}: ${reply?.error ?? 'no answer'}`);
  return reply.value as T;
}

/** How long a bench waits for the extension's feed refresh to finish before it measures anything. */
const REFRESH_WAIT_MS = 300_000;

/**
 * Waits until the extension has finished a feed refresh and runs none. A fresh profile starts one on
 * install (every catalog feed, all absent from the local web) and a kept profile's overdue alarm starts
 * one at launch: left running, it competes with whatever the bench measures. Seconds waited.
 */
async function waitForRefreshDone(session: ChromiumSession): Promise<number> {
  const started = Date.now();
  const page = await session.context.newPage();
  try {
    await page.goto(`${session.extensionOrigin}/popup.html?tab=2147483647`, { waitUntil: 'load' });
    for (;;) {
      const progress = await askExtension<IndexStatus>(page, 'index:status', {})
        .then((status) => status.progress)
        .catch(() => undefined);
      if (progress && !progress.running && progress.finishedAt !== null) return (Date.now() - started) / 1000;
      if (Date.now() - started > REFRESH_WAIT_MS) throw new Error('the extension\'s feed refresh did not finish');
      await new Promise((resolve) => setTimeout(resolve, 250));
    }
  } finally {
    await page.close();
  }
}

/** `profileDir`: a Chromium profile to use and keep (see launchChromium); by default a fresh one. Returns
 *  once the extension is idle (no feed refresh running, see waitForRefreshDone). */
export async function startBenchBrowser(extensionDir: string, profileDir?: string): Promise<BenchBrowser> {
  const server = await startOutletServer();
  let session: ChromiumSession;
  try {
    session = await launchChromium({ extensionDir, ports: server, headless: true, ...(profileDir ? { profileDir } : {}) });
  } catch (err) {
    await server.stop();
    throw err;
  }
  try {
    const waited = await waitForRefreshDone(session);
    process.stderr.write(`bench: the extension's feed refresh finished after ${Math.round(waited)} s\n`);
  } catch (err) {
    await session.close();
    await server.stop();
    throw err;
  }
  return {
    server,
    session,
    async close() {
      await session.close();
      await server.stop();
    },
  };
}

/** Chromium's full version (e.g. "156.0.8078.79"), from the DevTools protocol (the user agent is reduced). */
export async function readChromiumVersion(session: ChromiumSession): Promise<string> {
  const page = await session.context.newPage();
  try {
    const cdp = await session.context.newCDPSession(page);
    const { product } = await cdp.send('Browser.getVersion');
    return /\/([\d.]+)/.exec(product)?.[1] ?? product;
  } catch {
    return 'unknown';
  } finally {
    await page.close();
  }
}
