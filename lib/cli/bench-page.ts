// `npm run --silent bench -- page [--limit N] [--sets l3s,mercury] [--repeats N] [--warm-repeats N] [--no-build]`:
// for each page of ../shared/data/pages served under its own URL by the local web, in the same page and
// run, times analyzePage (the content script's detection + extraction) and Readability's parse() on a
// clone, in Chromium with the built extension loaded. Node-only CLI; prints progress on stderr.

import { readdir, readFile } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { outletForUrl } from '../catalog';
import { startBenchBrowser, readChromiumVersion } from '../bench/bench-browser';
import { bundleForBrowser } from '../bench/browser-bundle';
import { computeMedian, computePercentile, roundTo } from '../bench/bench-stats';
import { requireSharedData } from '../bench/bench-paths';
import { ensureBuild } from '../bench/extension-build';
import type { PageProbeResult } from '../bench/page-probe';
import type { PageHints } from '../page/types';

const PROBE_ENTRY = fileURLToPath(new URL('../bench/page-probe.ts', import.meta.url));
/** Timed analyzePage calls per page after the first (cold) one. */
const CONTENT_REPEATS_DEFAULT = 5;
/** After all other timings of a page, untimed calls and then the warm calls timed: `content_warm_*` shows
 *  the same analysis once V8 has optimised its code (0 skips them). */
const CONTENT_WARMUP_CALLS = 20;
const CONTENT_WARM_REPEATS_DEFAULT = 10;
/** Then Readability alike, so that the warm figures compare like with like (a parse costs milliseconds:
 *  fewer calls; its code is optimised after a few, each parse running many loops). */
const READABILITY_WARMUP_CALLS = 5;
const READABILITY_WARM_REPEATS = 3;
/** Timed Readability parses per page after the first (cold) one. */
const READABILITY_REPEATS_DEFAULT = 2;
const PAGE_LOAD_TIMEOUT_MS = 30_000;
/** Below this a timing is under the timer's granularity (5 µs cross-origin isolated). */
const MIN_MEASURABLE_MS = 0.005;
/**
 * Headers for every benchmarked page: cross-origin isolation gives performance.now() 5 µs granularity
 * (instead of 100 µs), and `script-src 'none'` keeps the pages' own scripts (whose servers are absent
 * here) from changing the DOM between runs. Neither affects the extension's content script.
 */
const BENCH_PAGE_HEADERS = {
  'cross-origin-opener-policy': 'same-origin',
  'cross-origin-embedder-policy': 'require-corp',
  'content-security-policy': "script-src 'none'",
};

interface PageCase {
  name: string;
  url: string;
  file: string;
}

function readOption(args: readonly string[], name: string): string | undefined {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : undefined;
}

async function listPageCases(sets: readonly string[] | null): Promise<PageCase[]> {
  const root = requireSharedData('pages');
  const out: PageCase[] = [];
  for (const set of (await readdir(root)).sort()) {
    if (sets && !sets.includes(set)) continue;
    const setDir = join(root, set);
    if (!existsSync(setDir) || set.includes('.')) continue;
    for (const name of (await readdir(setDir)).sort()) {
      const file = join(setDir, name, 'source.html');
      const metaFile = join(setDir, name, 'meta.json');
      if (!existsSync(file) || !existsSync(metaFile)) continue;
      const meta = JSON.parse(await readFile(metaFile, 'utf8')) as { url?: string | null };
      let url = `https://fakehost/test/${set}/${name}/page.html`;
      try {
        // Served over https (the local web answers both): cross-origin isolation needs a secure context.
        if (meta.url && /^https?:$/.test(new URL(meta.url).protocol)) {
          const u = new URL(meta.url);
          u.protocol = 'https:';
          u.hash = '';
          url = u.href;
        }
      } catch {
        // keep the stand-in URL
      }
      out.push({ name: `${set}/${name}`, url, file });
    }
  }
  return out;
}

function hintsFor(url: string): PageHints {
  const outlet = outletForUrl(url);
  return { knownOutlet: outlet ? { id: outlet.id, name: outlet.name } : null };
}

export async function runBenchPage(args: readonly string[]): Promise<Record<string, number | string>> {
  const limit = Number(readOption(args, '--limit') ?? Number.POSITIVE_INFINITY);
  const sets = readOption(args, '--sets')?.split(',') ?? null;
  const repeats = Number(readOption(args, '--repeats') ?? CONTENT_REPEATS_DEFAULT);
  const warmRepeats = Number(readOption(args, '--warm-repeats') ?? CONTENT_WARM_REPEATS_DEFAULT);
  const cases = (await listPageCases(sets)).slice(0, limit);
  const extensionDir = ensureBuild('chrome', args);
  const probe = await bundleForBrowser(PROBE_ENTRY);
  const bench = await startBenchBrowser(extensionDir);
  const content: number[] = [];
  const contentCold: number[] = [];
  const contentWarm: number[] = [];
  const readabilityWarm: number[] = [];
  const speedupsWarm: number[] = [];
  const readability: number[] = [];
  const readabilityCold: number[] = [];
  const speedups: number[] = [];
  const speedupsCold: number[] = [];
  let isolated = 0;
  let failed = 0;
  try {
    const page = await bench.session.context.newPage();
    // Only the document itself: subresources would come from servers that are absent here anyway, and
    // waiting for their 404s only slows the run down (layout still happens, without images).
    await page.route('**/*', (route) =>
      route.request().resourceType() === 'document' ? route.continue() : route.abort('blockedbyclient'),
    );
    for (const [i, c] of cases.entries()) {
      bench.server.route(c.url, {
        body: await readFile(c.file),
        contentType: 'text/html; charset=utf-8',
        headers: BENCH_PAGE_HEADERS,
        etag: false,
      });
      try {
        const t0 = Date.now();
        await page.goto(c.url, { waitUntil: 'load', timeout: PAGE_LOAD_TIMEOUT_MS });
        const t1 = Date.now();
        await page.evaluate(probe);
        const r = await page.evaluate(
          (input) =>
            (globalThis as unknown as { __parallaxPageProbe: { measurePage(i: unknown): PageProbeResult } })
              .__parallaxPageProbe.measurePage(input),
          {
            hints: hintsFor(c.url),
            repeats,
            readabilityRepeats: READABILITY_REPEATS_DEFAULT,
            warmupCalls: warmRepeats > 0 ? CONTENT_WARMUP_CALLS : 0,
            warmRepeats,
            readabilityWarmupCalls: warmRepeats > 0 ? READABILITY_WARMUP_CALLS : 0,
            readabilityWarmRepeats: warmRepeats > 0 ? READABILITY_WARM_REPEATS : 0,
          },
        );
        const c1 = Math.max(computeMedian(r.contentMs), MIN_MEASURABLE_MS);
        const r1 = computeMedian(r.readabilityMs);
        content.push(c1);
        contentCold.push(r.contentColdMs);
        readability.push(r1);
        readabilityCold.push(r.readabilityColdMs);
        speedups.push(r1 / c1);
        speedupsCold.push(r.readabilityColdMs / Math.max(r.contentColdMs, MIN_MEASURABLE_MS));
        if (r.contentWarmMs.length > 0 && r.readabilityWarmMs.length > 0) {
          const cw = computeMedian(r.contentWarmMs);
          const rw = computeMedian(r.readabilityWarmMs);
          contentWarm.push(cw);
          readabilityWarm.push(rw);
          speedupsWarm.push(rw / Math.max(cw, MIN_MEASURABLE_MS));
        }
        if (r.crossOriginIsolated) isolated++;
        if (process.env.PARALLAX_BENCH_VERBOSE) process.stderr.write(`${c.name} load ${t1 - t0} ms, probe ${Date.now() - t1} ms, content ${c1}, readability ${r1}\n`);
      } catch (err) {
        failed++;
        process.stderr.write(`page ${c.name}: ${err instanceof Error ? err.message.split('\n')[0] : String(err)}\n`);
      } finally {
        bench.server.unroute(c.url);
      }
      if ((i + 1) % 50 === 0) process.stderr.write(`page: ${i + 1}/${cases.length}\n`);
    }
    const chromium = await readChromiumVersion(bench.session);
    return {
      pages: content.length,
      pages_failed: failed,
      content_ms_median: roundTo(computeMedian(content), 4),
      content_ms_p95: roundTo(computePercentile(content, 95), 4),
      content_cold_ms_median: roundTo(computeMedian(contentCold), 4),
      content_cold_ms_p95: roundTo(computePercentile(contentCold, 95), 4),
      // Both sides warm (optimised code), per page: the same comparison as speedup_median, later in the
      // code's life. A real page load runs the content script once, as content_ms/content_cold_ms time it.
      ...(contentWarm.length > 0
        ? {
            content_warm_ms_median: roundTo(computeMedian(contentWarm), 4),
            readability_warm_ms_median: roundTo(computeMedian(readabilityWarm), 3),
            speedup_warm_median: roundTo(computeMedian(speedupsWarm), 1),
          }
        : {}),
      readability_ms_median: roundTo(computeMedian(readability), 3),
      readability_cold_ms_median: roundTo(computeMedian(readabilityCold), 3),
      speedup_median: roundTo(computeMedian(speedups), 1),
      speedup_cold_median: roundTo(computeMedian(speedupsCold), 1),
      timer_isolated_share: roundTo(isolated / Math.max(1, content.length), 3),
      chromium,
    };
  } finally {
    await bench.close();
  }
}
