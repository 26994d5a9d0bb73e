// Launches the system Chromium with the built extension, every host name mapped to the local web.
// Node-only (demo CLI and e2e tests), via playwright-core; never downloads a browser.
// `--host-resolver-rules` sends :443 to the local HTTPS server and :80 to the HTTP one, keeping the
// original Host header, so pages, feeds and the extension behave exactly as on the real web.

import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type BrowserContext, type Worker } from 'playwright-core';

export const CHROMIUM_CANDIDATES = ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome'];
const WORKER_WAIT_MS = 20_000;

/** The first installed Chromium, or null. */
export function findChromium(): string | null {
  const fromEnv = process.env.PARALLAX_CHROMIUM;
  if (fromEnv && existsSync(fromEnv)) return fromEnv;
  return CHROMIUM_CANDIDATES.find((p) => existsSync(p)) ?? null;
}

export interface ChromiumSession {
  context: BrowserContext;
  /** The extension's service worker (evaluate `chrome.*` calls in it). */
  worker: Worker;
  extensionId: string;
  /** `chrome-extension://<id>` without a trailing slash. */
  extensionOrigin: string;
  profileDir: string;
  close(): Promise<void>;
}

export interface ChromiumLaunchOptions {
  /** Unpacked extension directory (e.g. `.output/chrome-mv3`). */
  extensionDir: string;
  /** Ports of the local web (see startOutletServer). */
  ports: { httpsPort: number; httpPort: number };
  headless: boolean;
  executablePath?: string;
  viewport?: { width: number; height: number };
  extraArgs?: string[];
  /** A profile folder to use and keep (e.g. a benchmark's databases reused between runs); by default a
   *  fresh one, deleted on close. */
  profileDir?: string;
}

/** The command-line flags for the extension and the host mapping (exported for documentation/tests). */
export function chromiumArgs(opts: Pick<ChromiumLaunchOptions, 'extensionDir' | 'ports' | 'headless' | 'extraArgs'>): string[] {
  return [
    ...(opts.headless ? ['--headless=new'] : []),
    `--disable-extensions-except=${opts.extensionDir}`,
    `--load-extension=${opts.extensionDir}`,
    `--host-resolver-rules=MAP *:443 127.0.0.1:${opts.ports.httpsPort}, MAP *:80 127.0.0.1:${opts.ports.httpPort}`,
    '--ignore-certificate-errors',
    '--no-sandbox',
    '--disable-gpu',
    '--disable-quic',
    '--no-first-run',
    '--no-default-browser-check',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    '--disable-features=HttpsUpgrades,HttpsFirstBalancedModeAutoEnable',
    ...(opts.extraArgs ?? []),
  ];
}

/** Starts Chromium on a fresh profile with the extension loaded and waits for its service worker. */
export async function launchChromium(opts: ChromiumLaunchOptions): Promise<ChromiumSession> {
  const executablePath = opts.executablePath ?? findChromium();
  if (!executablePath) throw new Error('Chromium not found: apt-get install -y chromium');
  if (!existsSync(join(opts.extensionDir, 'manifest.json'))) {
    throw new Error(`No built extension in ${opts.extensionDir} (run: npx wxt build)`);
  }
  const profileDir = opts.profileDir ?? mkdtempSync(join(tmpdir(), 'parallax-chromium-'));
  const context = await chromium.launchPersistentContext(profileDir, {
    executablePath,
    // Headless runs use Chromium's new headless mode (flag below), which runs extensions.
    headless: opts.headless,
    args: chromiumArgs(opts),
    ignoreDefaultArgs: ['--disable-extensions', '--disable-component-extensions-with-background-pages'],
    ignoreHTTPSErrors: true,
    viewport: opts.headless ? (opts.viewport ?? { width: 1280, height: 900 }) : null,
  });
  const isExtensionWorker = (w: Worker): boolean => w.url().startsWith('chrome-extension://');
  let worker = context.serviceWorkers().find(isExtensionWorker);
  if (!worker) {
    worker = await context.waitForEvent('serviceworker', { predicate: isExtensionWorker, timeout: WORKER_WAIT_MS });
  }
  const extensionId = new URL(worker.url()).host;
  return {
    context,
    worker,
    extensionId,
    extensionOrigin: `chrome-extension://${extensionId}`,
    profileDir,
    async close() {
      await context.close().catch(() => {});
      if (!opts.profileDir) rmSync(profileDir, { recursive: true, force: true });
    },
  };
}

/** The current service worker of the extension (MV3 may have restarted it since launch). */
export async function getExtensionWorker(session: ChromiumSession): Promise<Worker> {
  const alive = session.context.serviceWorkers().find((w) => w.url().startsWith(session.extensionOrigin));
  if (alive) return alive;
  return session.context.waitForEvent('serviceworker', {
    predicate: (w) => w.url().startsWith(session.extensionOrigin),
    timeout: WORKER_WAIT_MS,
  });
}
