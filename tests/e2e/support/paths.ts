// Where the e2e suite finds the builds and writes its screenshots (.output/, gitignored, beside the builds).

import { mkdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';

export const REPO_ROOT = fileURLToPath(new URL('../../../', import.meta.url));
// PARALLAX_CHROME_BUILD / PARALLAX_FIREFOX_BUILD point every e2e test at a private build (e.g. `wxt build -m
// mycheck` → .output/chrome-mv3-mycheck) while the shared .output/ is being rebuilt by someone else.
export const CHROME_BUILD_DIR = process.env.PARALLAX_CHROME_BUILD ?? join(REPO_ROOT, '.output', 'chrome-mv3');
export const FIREFOX_BUILD_DIR = process.env.PARALLAX_FIREFOX_BUILD ?? join(REPO_ROOT, '.output', 'firefox-mv2');
export const SCREENSHOT_DIR = join(REPO_ROOT, '.output', 'demo', 'e2e');

/** Path of a screenshot, e.g. `.output/demo/e2e/chromium-article-badge.png` (creates the folder). */
export function screenshotPath(browser: string, name: string): string {
  mkdirSync(SCREENSHOT_DIR, { recursive: true });
  return join(SCREENSHOT_DIR, `${browser}-${name}.png`);
}
