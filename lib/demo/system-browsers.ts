// Makes sure the system browsers the demo and the e2e tests drive are installed: when one is missing
// and we are root with apt-get (a fresh Debian machine), installs it; otherwise says what to install.
// Node-only (CLIs: npm start, npm test). Never downloads browsers any other way (no `playwright install`).

import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';

export interface SystemBrowser {
  name: string;
  /** Debian package. */
  pkg: string;
  /** Where the package puts the executable. */
  paths: string[];
}

export const CHROMIUM_PACKAGE: SystemBrowser = {
  name: 'Chromium',
  pkg: 'chromium',
  paths: ['/usr/bin/chromium', '/usr/bin/chromium-browser'],
};
export const FIREFOX_ESR_PACKAGE: SystemBrowser = {
  name: 'Firefox ESR',
  pkg: 'firefox-esr',
  paths: ['/usr/bin/firefox-esr', '/usr/bin/firefox'],
};
/** Without it emoji render as boxes in screenshots; installed alongside, never required. */
export const EMOJI_FONT_PACKAGE = 'fonts-noto-color-emoji';

function hasCommand(cmd: string): boolean {
  return spawnSync('sh', ['-c', `command -v ${cmd}`], { stdio: 'ignore' }).status === 0;
}

function isPackageInstalled(pkg: string): boolean {
  const r = spawnSync('dpkg-query', ['-W', '-f=${Status}', pkg], { encoding: 'utf8' });
  return r.status === 0 && r.stdout.includes('install ok installed');
}

export function isBrowserInstalled(browser: SystemBrowser): boolean {
  return browser.paths.some((p) => existsSync(p));
}

export interface EnsureResult {
  ok: boolean;
  /** One line for the user when not ok (what to install). */
  message: string | null;
}

/**
 * Installs missing `browsers` (plus the emoji font) with apt-get when running as root; apt's output
 * goes to stderr. Returns ok=false with a one-line message when a browser is still missing.
 */
export function ensureSystemBrowsers(browsers: SystemBrowser[], log: (line: string) => void): EnsureResult {
  const missing = browsers.filter((b) => !isBrowserInstalled(b));
  const fontMissing = hasCommand('dpkg-query') && !isPackageInstalled(EMOJI_FONT_PACKAGE);
  const packages = [...missing.map((b) => b.pkg), ...(fontMissing ? [EMOJI_FONT_PACKAGE] : [])];
  if (packages.length === 0) return { ok: true, message: null };
  const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
  if (isRoot && hasCommand('apt-get')) {
    log(`Installing ${packages.join(', ')} with apt-get…`);
    const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
    const apt = (args: string[]) => spawnSync('apt-get', args, { env, stdio: ['ignore', 2, 2] }).status === 0;
    if (!(apt(['update']) && apt(['install', '-y', '--no-install-recommends', ...packages]))) {
      log('apt-get failed (see above).');
    }
  }
  const stillMissing = browsers.filter((b) => !isBrowserInstalled(b));
  if (stillMissing.length === 0) {
    if (fontMissing && !isPackageInstalled(EMOJI_FONT_PACKAGE)) {
      log(`Note: ${EMOJI_FONT_PACKAGE} is not installed; emoji render as boxes in screenshots.`);
    }
    return { ok: true, message: null };
  }
  const all = [...browsers.map((b) => b.pkg), EMOJI_FONT_PACKAGE].join(' ');
  return {
    ok: false,
    message: `Missing ${stillMissing.map((b) => b.name).join(' and ')}: install with \`sudo apt-get install -y ${all}\` (Debian/Ubuntu package names).`,
  };
}
