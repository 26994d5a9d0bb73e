// Builds the extension for a benchmark (`npx wxt build [-b firefox]`) and checks the output exists.
// Node-only (bench CLIs). `--no-build` (or PARALLAX_BENCH_CHROME_DIR) reuses an existing build.

import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { CHROME_BUILD_DIR, FIREFOX_BUILD_DIR, REPO_ROOT } from './bench-paths';

export type BuildTarget = 'chrome' | 'firefox';

/** Whether the command line asks to skip the build. */
export function isBuildSkipped(args: readonly string[]): boolean {
  return args.includes('--no-build') || process.env.PARALLAX_BENCH_CHROME_DIR !== undefined;
}

/** Builds `target` (unless skipped) and returns its output folder; throws when there is no build. */
export function ensureBuild(target: BuildTarget, args: readonly string[]): string {
  const dir = target === 'chrome' ? CHROME_BUILD_DIR : FIREFOX_BUILD_DIR;
  if (!isBuildSkipped(args)) {
    const r = spawnSync('npx', ['wxt', 'build', ...(target === 'firefox' ? ['-b', 'firefox'] : [])], {
      cwd: REPO_ROOT,
      // The build's own log goes to stderr: stdout's last line belongs to the JSON result.
      stdio: ['ignore', process.stderr, process.stderr],
    });
    if (r.status !== 0) throw new Error(`npx wxt build${target === 'firefox' ? ' -b firefox' : ''} failed`);
  }
  if (!existsSync(join(dir, 'manifest.json'))) throw new Error(`No ${target} build in ${dir} (run: npx wxt build)`);
  return dir;
}
