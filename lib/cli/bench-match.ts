// `npm run --silent bench -- match [--sizes 10000,100000,300000] [--queries N] [--cold-runs N] [--no-build]`:
// builds indexes of growing size from ../shared/data stories plus generated variations, stored through the
// extension's own store (openArticleIndex) in Chromium's real IndexedDB, and times matching a page
// against them (warm p50/p95), and the first match after a cold start (fresh page, same database).
// Node-only CLI; progress on stderr.

import { fileURLToPath } from 'node:url';
import type { Page } from 'playwright-core';
import { startBenchBrowser, readChromiumVersion, type BenchBrowser } from '../bench/bench-browser';
import { bundleForBrowser } from '../bench/browser-bundle';
import { computeMedian, computePercentile, roundTo } from '../bench/bench-stats';
import { ensureBuild } from '../bench/extension-build';
import type { indexProbe as IndexProbe } from '../bench/index-probe';
import { buildCorpus, readStoryRows } from '../bench/story-corpus';
import type { ArticleInput } from '../index/types';

const PROBE_ENTRY = fileURLToPath(new URL('../bench/index-probe.ts', import.meta.url));
const SIZES_DEFAULT = [10_000, 100_000, 300_000];
const QUERIES_DEFAULT = 200;
/** Queries matched by URL (an indexed page) per size, reported separately. */
const URL_QUERIES = 50;
const WARMUP_QUERIES = 5;
const COLD_RUNS_DEFAULT = 3;
/** Articles sent to the page per ingest call (the store batches them in its own transactions). */
const INGEST_CHUNK = 2_000;
/** The page the probe runs in: its origin owns the benchmark's IndexedDB database. */
const HOST_URL = 'https://bench.parallax.test/index.html';
const DB_NAME = 'parallax-bench-index';

type Probe = typeof IndexProbe;

function readOption(args: readonly string[], name: string): string | undefined {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : undefined;
}

function labelOf(size: number): string {
  return size % 1000 === 0 ? `${size / 1000}k` : String(size);
}

async function openProbePage(bench: BenchBrowser, bundle: string): Promise<Page> {
  const page = await bench.session.context.newPage();
  await page.goto(HOST_URL, { waitUntil: 'load' });
  await page.evaluate(bundle);
  return page;
}

function callProbe<K extends keyof Probe>(page: Page, method: K, args: Parameters<Probe[K]>): Promise<Awaited<ReturnType<Probe[K]>>> {
  return page.evaluate(
    ({ method, args }) => {
      const probe = (globalThis as unknown as { __parallaxIndexProbe: Record<string, (...a: unknown[]) => unknown> })
        .__parallaxIndexProbe;
      return probe[method]?.(...args);
    },
    { method, args: args as unknown[] },
  ) as Promise<Awaited<ReturnType<Probe[K]>>>;
}

export async function runBenchMatch(args: readonly string[]): Promise<Record<string, number | string>> {
  const sizes = (readOption(args, '--sizes')?.split(',').map(Number) ?? SIZES_DEFAULT).sort((a, b) => a - b);
  const queryCount = Number(readOption(args, '--queries') ?? QUERIES_DEFAULT);
  const coldRuns = Number(readOption(args, '--cold-runs') ?? COLD_RUNS_DEFAULT);
  const now = Date.now();
  const rows = readStoryRows();
  const corpus = buildCorpus(rows, sizes[sizes.length - 1] ?? 0, now, queryCount + coldRuns * sizes.length);
  const queries = corpus.queries.slice(0, queryCount);
  const coldQueries = corpus.queries.slice(queryCount);
  process.stderr.write(`match: corpus of ${corpus.articles.length} articles (${rows.length} real rows), ${queries.length} queries\n`);

  const extensionDir = ensureBuild('chrome', args);
  const bundle = await bundleForBrowser(PROBE_ENTRY);
  const bench = await startBenchBrowser(extensionDir);
  bench.server.route(HOST_URL, { body: '<!doctype html><title>Parallax index bench</title><p>bench</p>', etag: false });
  const result: Record<string, number | string> = {};
  try {
    let page = await openProbePage(bench, bundle);
    await callProbe(page, 'open', [DB_NAME]);
    let ingested = 0;
    let ingestMs = 0;
    for (const size of sizes) {
      const label = labelOf(size);
      while (ingested < size) {
        const chunk: ArticleInput[] = corpus.articles.slice(ingested, Math.min(size, ingested + INGEST_CHUNK));
        const r = await callProbe(page, 'ingest', [chunk, now]);
        if (r.quotaExceeded) process.stderr.write(`match: the store reported QuotaExceededError at ${ingested}\n`);
        ingestMs += r.ms;
        ingested += chunk.length;
        if (ingested % 20_000 === 0) {
          process.stderr.write(`match: ingested ${ingested} (${Math.round((ingested / ingestMs) * 1000)} articles/s)\n`);
        }
      }
      const stats = await callProbe(page, 'stats', []);
      await callProbe(page, 'match', [queries.slice(0, WARMUP_QUERIES), now]);
      const m = await callProbe(page, 'match', [queries, now]);
      const u = await callProbe(page, 'match', [corpus.urlQueries.slice(0, URL_QUERIES), now]);
      result[`match_ms_p50_${label}`] = roundTo(computeMedian(m.ms), 2);
      result[`match_ms_p95_${label}`] = roundTo(computePercentile(m.ms, 95), 2);
      result[`match_url_ms_p95_${label}`] = roundTo(computePercentile(u.ms, 95), 2);
      result[`match_found_share_${label}`] = roundTo(m.rows.filter((n) => n > 0).length / Math.max(1, m.rows.length), 3);
      result[`stories_${label}`] = stats.stories;
      if (stats.usageBytes !== null) result[`idb_bytes_per_article_${label}`] = Math.round(stats.usageBytes / Math.max(1, stats.articles));
      process.stderr.write(`match: ${label}: ${stats.articles} articles, ${stats.stories} stories, p95 ${result[`match_ms_p95_${label}`]} ms\n`);

      // Cold starts: a fresh page (new JS context, new IndexedDB connection) on the same database.
      const cold: number[] = [];
      const coldOpen: number[] = [];
      for (let run = 0; run < coldRuns; run++) {
        await page.close();
        page = await openProbePage(bench, bundle);
        const q = coldQueries[sizes.indexOf(size) * coldRuns + run] ?? queries[run];
        if (!q) break;
        const c = await callProbe(page, 'openAndMatch', [DB_NAME, q, now]);
        cold.push(c.ms);
        coldOpen.push(c.openMs);
      }
      result[`open_ms_${label}`] = roundTo(computeMedian(cold), 1);
      result[`open_ms_max_${label}`] = roundTo(Math.max(...cold), 1);
      result[`store_open_ms_${label}`] = roundTo(computeMedian(coldOpen), 1);
    }
    result.browser_ingest_items_per_second = Math.round((ingested / ingestMs) * 1000);
    result.chromium = await readChromiumVersion(bench.session);
    return result;
  } finally {
    await bench.close();
  }
}
