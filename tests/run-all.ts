// `npm test`: every test. Unit tests (vitest), then the browsers (apt-get installs them when missing and
// possible), both builds, then the end-to-end suite in real Chromium and Firefox ESR.
// Exits non-zero on any failure; the last line is `N passed, N failed`.
// Options: --unit (unit tests only), --e2e (browsers, builds and e2e only).

import { spawnSync, type SpawnSyncOptions } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { CHROMIUM_PACKAGE, FIREFOX_ESR_PACKAGE, ensureSystemBrowsers } from '../lib/demo/system-browsers';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const RESULTS_DIR = join(ROOT, '.output', 'demo', 'test-results');

let passed = 0;
let failed = 0;

function say(line: string): void {
  process.stdout.write(`${line}\n`);
}

function run(cmd: string, args: string[], options: SpawnSyncOptions = {}): number {
  say(`\n$ ${[cmd, ...args].join(' ')}`);
  const r = spawnSync(cmd, args, { cwd: ROOT, stdio: 'inherit', ...options });
  if (r.error) say(`  could not run ${cmd}: ${r.error.message}`);
  return r.status ?? 1;
}

/** Runs one vitest config and adds its test counts (a crash without results counts as one failure). */
function runVitest(label: string, config: string): boolean {
  mkdirSync(RESULTS_DIR, { recursive: true });
  const out = join(RESULTS_DIR, `${label}.json`);
  rmSync(out, { force: true });
  const status = run('npx', ['vitest', 'run', '-c', config, '--reporter=default', '--reporter=json', `--outputFile.json=${out}`]);
  let p = 0;
  let f = 0;
  if (existsSync(out)) {
    const json = JSON.parse(readFileSync(out, 'utf8')) as { numPassedTests?: number; numFailedTests?: number };
    p = json.numPassedTests ?? 0;
    f = json.numFailedTests ?? 0;
  }
  if (status !== 0 && f === 0) f = 1; // crashed, or a suite failed outside any test
  passed += p;
  failed += f;
  say(`${label}: ${p} passed, ${f} failed`);
  return status === 0 && f === 0;
}

function step(label: string, ok: boolean): boolean {
  if (ok) passed += 1;
  else failed += 1;
  say(`${label}: ${ok ? 'ok' : 'FAILED'}`);
  return ok;
}

/** Makes sure both browsers (and the emoji font) exist; installs them with apt-get when we can. */
function ensureBrowsers(): boolean {
  const r = ensureSystemBrowsers([CHROMIUM_PACKAGE, FIREFOX_ESR_PACKAGE], say);
  if (!r.ok && r.message) say(r.message);
  return r.ok;
}

function main(): void {
  const args = process.argv.slice(2);
  const unit = !args.includes('--e2e');
  const e2e = !args.includes('--unit');
  let ok = true;

  if (unit) ok = runVitest('unit', 'tests/vitest.config.ts') && ok;

  if (e2e) {
    if (!ensureBrowsers()) {
      failed += 1;
      say(`${passed} passed, ${failed} failed`);
      process.exit(1);
    }
    const chrome = step('build chrome-mv3', run('npx', ['wxt', 'build']) === 0);
    const firefox = step('build firefox-mv2', run('npx', ['wxt', 'build', '-b', 'firefox']) === 0);
    ok = chrome && firefox && ok;
    if (chrome && firefox) ok = runVitest('e2e', 'tests/e2e/vitest.config.ts') && ok;
    else say('Skipping the end-to-end tests: a build failed.');
    if (existsSync(join(ROOT, '.output', 'demo', 'e2e'))) say('Screenshots of the end-to-end tests: .output/demo/e2e/');
  }

  say(`${passed} passed, ${failed} failed`);
  process.exit(ok && failed === 0 ? 0 : 1);
}

main();
