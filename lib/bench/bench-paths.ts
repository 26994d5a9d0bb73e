// Where the benchmarks find the repository, the shared datasets and the builds.
// Node-only (bench CLIs). The datasets are read in place (never copied into the project).

import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const REPO_ROOT = fileURLToPath(new URL('../../', import.meta.url));
export const SHARED_DATA_DIR = join(REPO_ROOT, '..', 'shared', 'data');
/** The Chrome build; PARALLAX_BENCH_CHROME_DIR points elsewhere (e.g. a build of another checkout). */
export const CHROME_BUILD_DIR = process.env.PARALLAX_BENCH_CHROME_DIR ?? join(REPO_ROOT, '.output', 'chrome-mv3');
export const FIREFOX_BUILD_DIR = process.env.PARALLAX_BENCH_FIREFOX_DIR ?? join(REPO_ROOT, '.output', 'firefox-mv2');

/** Throws a clear error when ../shared/data is missing (the benchmarks need the real data). */
export function requireSharedData(sub: string): string {
  const dir = join(SHARED_DATA_DIR, sub);
  if (!existsSync(dir)) throw new Error(`Missing dataset folder ${dir} (../shared/data beside the repository).`);
  return dir;
}
