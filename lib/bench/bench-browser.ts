// One Chromium with the built extension plus the local outlet web, for the browser benchmarks.
// Node-only. Reuses the demo's launcher (lib/demo/chromium.ts) and server (lib/demo/outlet-server.ts).

import { launchChromium, type ChromiumSession } from '../demo/chromium';
import { startOutletServer, type OutletServer } from '../demo/outlet-server';

export interface BenchBrowser {
  server: OutletServer;
  session: ChromiumSession;
  close(): Promise<void>;
}

/** `profileDir`: a Chromium profile to use and keep (see launchChromium); by default a fresh one. */
export async function startBenchBrowser(extensionDir: string, profileDir?: string): Promise<BenchBrowser> {
  const server = await startOutletServer();
  let session: ChromiumSession;
  try {
    session = await launchChromium({ extensionDir, ports: server, headless: true, ...(profileDir ? { profileDir } : {}) });
  } catch (err) {
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
