// `npm run --silent bench -- match [--sizes 10000,100000,300000] [--queries N] [--cold-runs N]
//   [--load node|browser] [--max-minutes N] [--no-build] [--keep-db DIR] [--phases]`:
// indexes of growing size from ../shared/data stories plus generated variations, in Chromium's real
// IndexedDB in the extension's own store format, and the time to match a page against them (warm p50/p95,
// and the first match after a cold start: a fresh page, so a new JS context and IndexedDB connection on
// the same database).
// How the databases are filled: `--load node` (default) runs the extension's own ingest-time clustering
// (createArticleIndex) in Node and writes the resulting records through the extension's IndexedDB backend
// (createIdbBackend) in the page — identical records, minutes instead of hours; `--load browser` calls
// ingest() of openArticleIndex in the page for every article (the literal path; slow at 100k+).
// Either way a sample of articles is also ingested in the page to report the browser's ingest rate.
// `--keep-db DIR` (with `--load node`) keeps Chromium's profile in DIR and reuses the databases built there
// by an earlier run (same corpus: its time base is kept too), for quick before/after runs of the query
// path; `--phases` adds, on stderr, where a query's time goes (store reads by kind, the rest).
// Node-only CLI; progress on stderr.

import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Page } from 'playwright-core';
import { startBenchBrowser, readChromiumVersion, type BenchBrowser } from '../bench/bench-browser';
import { bundleForBrowser } from '../bench/browser-bundle';
import { computeMedian, computePercentile, roundTo } from '../bench/bench-stats';
import { ensureBuild } from '../bench/extension-build';
import { createRecordingBackend, toReplayBatches } from '../bench/index-dump';
import type { indexProbe as IndexProbe, MatchPhases } from '../bench/index-probe';
import { buildCorpus, readStoryRows } from '../bench/story-corpus';
import { createArticleIndex } from '../index/article-index';
import { createMemoryBackend } from '../index/memory-backend';
import type { ArticleInput } from '../index/types';

const PROBE_ENTRY = fileURLToPath(new URL('../bench/index-probe.ts', import.meta.url));
const SIZES_DEFAULT = [10_000, 100_000, 300_000];
const QUERIES_DEFAULT = 200;
/** Queries matched by URL (an indexed page) per size, reported separately. */
const URL_QUERIES = 50;
const WARMUP_QUERIES = 5;
const COLD_RUNS_DEFAULT = 3;
/** Articles ingested in the page to measure the browser's ingest rate. */
const BROWSER_INGEST_SAMPLE = 1_000;
/** Articles per ingest call (the store batches them in its own transactions). */
const INGEST_CHUNK = 1_000;
/** Records per replay transaction. */
const REPLAY_BATCH = 20_000;
/** Sizes whose estimated build time would pass this budget are skipped (and reported as such). */
const MAX_MINUTES_DEFAULT = 60;
/** The page the probe runs in: its origin owns the benchmark's IndexedDB databases. */
const HOST_URL = 'https://bench.parallax.test/index.html';

type Probe = typeof IndexProbe;

/** What a kept profile folder holds (see --keep-db). */
interface KeptDatabases {
  /** The corpus' time base (epoch ms) the databases were built with. */
  now: number;
  /** Size labels whose database is complete. */
  built: string[];
}

/** One stderr line: mean time per query, its store reads by kind (time / requests / records), the rest. */
function describePhases(label: string, phases: readonly MatchPhases[]): string {
  const mean = (f: (p: MatchPhases) => number) => roundTo(phases.reduce((sum, p) => sum + f(p), 0) / Math.max(1, phases.length), 2);
  const kinds = [...new Set(phases.flatMap((p) => Object.keys(p.kinds)))].map(
    (k) => `${k} ${mean((p) => p.kinds[k]?.ms ?? 0)} ms/${mean((p) => p.kinds[k]?.n ?? 0)} req/${mean((p) => p.kinds[k]?.records ?? 0)} rec`,
  );
  return `match: phases ${label}: total ${mean((p) => p.total)} ms, store reads ${mean((p) => p.io)} ms in ${mean((p) => p.trips)} round trips (${kinds.join(', ')}), rest ${mean((p) => p.rest)} ms\n`;
}

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

async function ingestInPage(page: Page, items: readonly ArticleInput[], now: number): Promise<number> {
  let ms = 0;
  for (let i = 0; i < items.length; i += INGEST_CHUNK) {
    const r = await callProbe(page, 'ingest', [items.slice(i, i + INGEST_CHUNK), now]);
    if (r.quotaExceeded) process.stderr.write('match: the store reported QuotaExceededError\n');
    ms += r.ms;
  }
  return ms;
}

export async function runBenchMatch(args: readonly string[]): Promise<Record<string, number | string>> {
  const started = Date.now();
  const sizes = (readOption(args, '--sizes')?.split(',').map(Number) ?? SIZES_DEFAULT).sort((a, b) => a - b);
  const queryCount = Number(readOption(args, '--queries') ?? QUERIES_DEFAULT);
  const coldRuns = Number(readOption(args, '--cold-runs') ?? COLD_RUNS_DEFAULT);
  const loadInBrowser = readOption(args, '--load') === 'browser';
  const budgetMs = Number(readOption(args, '--max-minutes') ?? MAX_MINUTES_DEFAULT) * 60_000;
  const keepDir = loadInBrowser ? undefined : readOption(args, '--keep-db');
  const keptPath = keepDir ? join(keepDir, 'bench-match.json') : null;
  const kept: KeptDatabases | null = keptPath && existsSync(keptPath) ? (JSON.parse(readFileSync(keptPath, 'utf8')) as KeptDatabases) : null;
  const now = kept?.now ?? Date.now();
  if (keepDir) mkdirSync(keepDir, { recursive: true });
  const rows = readStoryRows();
  const corpus = buildCorpus(rows, sizes[sizes.length - 1] ?? 0, now, queryCount + coldRuns * sizes.length);
  const queries = corpus.queries.slice(0, queryCount);
  const coldQueries = corpus.queries.slice(queryCount);
  process.stderr.write(`match: corpus of ${corpus.articles.length} articles (${rows.length} real rows), ${queries.length} queries\n`);

  const extensionDir = ensureBuild('chrome', args);
  const bundle = await bundleForBrowser(PROBE_ENTRY);
  const bench = await startBenchBrowser(extensionDir, keepDir ? join(keepDir, 'profile') : undefined);
  bench.server.route(HOST_URL, { body: '<!doctype html><title>Parallax index bench</title><p>bench</p>', etag: false });
  const result: Record<string, number | string> = { match_load: loadInBrowser ? 'browser' : 'node' };
  const skipped: string[] = [];
  try {
    let page = await openProbePage(bench, bundle);
    // The browser's own ingest rate, on a database of its own (emptied first: a kept profile has one).
    await page.evaluate(
      `new Promise((done) => { const r = indexedDB.deleteDatabase('parallax-bench-ingest'); r.onsuccess = r.onerror = r.onblocked = () => done(null); })`,
    );
    await callProbe(page, 'open', ['parallax-bench-ingest']);
    const sample = corpus.articles.slice(0, BROWSER_INGEST_SAMPLE);
    const sampleMs = await ingestInPage(page, sample, now);
    result.browser_ingest_items_per_second = Math.round((sample.length / sampleMs) * 1000);
    process.stderr.write(`match: browser ingest ${result.browser_ingest_items_per_second} articles/s\n`);

    const recording = createRecordingBackend(createMemoryBackend());
    const nodeIndex = createArticleIndex(recording.backend);
    let nodeIngested = 0;
    let nodeIngestMs = 0;
    let pageIngested = 0;
    const dbName = 'parallax-bench-index';
    if (loadInBrowser) await callProbe(page, 'open', [dbName]);
    for (const size of sizes) {
      const label = labelOf(size);
      const reused = !!kept?.built.includes(label);
      const rate = loadInBrowser
        ? (result.browser_ingest_items_per_second as number)
        : nodeIngestMs > 0 ? (nodeIngested / nodeIngestMs) * 1000 : 1_000;
      const estimateMs = ((size - (loadInBrowser ? pageIngested : nodeIngested)) / Math.max(1, rate)) * 1000;
      if (!reused && Date.now() - started + estimateMs > budgetMs) {
        process.stderr.write(`match: skipping ${label}: ~${Math.round(estimateMs / 60_000)} min to build exceeds --max-minutes\n`);
        skipped.push(label);
        continue;
      }
      let name = dbName;
      if (reused) {
        name = `${dbName}-${label}`;
        process.stderr.write(`match: reusing ${label} from ${keepDir}\n`);
        await page.close();
        page = await openProbePage(bench, bundle);
        // A database kept by an older release is upgraded here: the time says how long that takes.
        const openMs = await callProbe(page, 'open', [name]);
        process.stderr.write(`match: opened ${label} in ${Math.round(openMs)} ms\n`);
      } else if (loadInBrowser) {
        await ingestInPage(page, corpus.articles.slice(pageIngested, size), now);
        pageIngested = size;
      } else {
        while (nodeIngested < size) {
          const chunk = corpus.articles.slice(nodeIngested, Math.min(size, nodeIngested + 5_000));
          const t0 = performance.now();
          await nodeIndex.ingest(chunk, { feedUrl: null, now });
          nodeIngestMs += performance.now() - t0;
          nodeIngested += chunk.length;
          process.stderr.write(`match: clustered ${nodeIngested} in Node (${Math.round((nodeIngested / nodeIngestMs) * 1000)}/s)\n`);
        }
        // Each size gets a database of its own, written in the store's own format through its backend.
        name = `${dbName}-${label}`;
        await callProbe(page, 'bulkOpen', [name]);
        let replayMs = 0;
        for (const batch of toReplayBatches(recording.dump, REPLAY_BATCH)) replayMs += await callProbe(page, 'bulkApply', [batch]);
        await callProbe(page, 'bulkClose', []);
        process.stderr.write(`match: wrote ${label} to IndexedDB in ${Math.round(replayMs / 1000)} s\n`);
        if (keptPath) {
          const built = [...new Set([...(kept?.built ?? []), label])];
          writeFileSync(keptPath, JSON.stringify({ now, built } satisfies KeptDatabases));
        }
        await page.close();
        page = await openProbePage(bench, bundle);
        await callProbe(page, 'open', [name]);
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
      process.stderr.write(`match: ${label}: ${stats.articles} articles, ${stats.stories} stories, p50 ${result[`match_ms_p50_${label}`]} ms, p95 ${result[`match_ms_p95_${label}`]} ms\n`);
      if (args.includes('--phases')) {
        // Traced on a store of its own (the tracing costs a little): not part of the figures above.
        await callProbe(page, 'openTraced', [name]);
        for (const [kind, qs] of [['content', queries], ['url', corpus.urlQueries.slice(0, URL_QUERIES)]] as const) {
          const phases = await callProbe(page, 'matchPhases', [qs, now]);
          process.stderr.write(describePhases(`${label} ${kind}`, phases));
          // The slowest tenth, which the p95 is made of.
          const slowest = [...phases].sort((a, b) => b.total - a.total).slice(0, Math.ceil(phases.length / 10));
          process.stderr.write(describePhases(`${label} ${kind}, slowest tenth`, slowest));
        }
      }

      // Cold starts: a fresh page (new JS context, new IndexedDB connection) on the same database.
      const cold: number[] = [];
      const coldOpen: number[] = [];
      for (let run = 0; run < coldRuns; run++) {
        await page.close();
        page = await openProbePage(bench, bundle);
        const q = coldQueries[sizes.indexOf(size) * coldRuns + run] ?? queries[run];
        if (!q) break;
        const c = await callProbe(page, 'openAndMatch', [name, q, now]);
        cold.push(c.ms);
        coldOpen.push(c.openMs);
      }
      result[`open_ms_${label}`] = roundTo(computeMedian(cold), 1);
      result[`open_ms_max_${label}`] = roundTo(Math.max(...cold), 1);
      result[`store_open_ms_${label}`] = roundTo(computeMedian(coldOpen), 1);
    }
    if (nodeIngestMs > 0) result.node_cluster_items_per_second = Math.round((nodeIngested / nodeIngestMs) * 1000);
    const usage = await page.evaluate(() => navigator.storage.estimate().then((e) => e.usage ?? 0));
    result.idb_usage_mb = roundTo(usage / 1_048_576, 1);
    if (skipped.length) result.match_skipped = skipped.join(',');
    result.chromium = await readChromiumVersion(bench.session);
    return result;
  } finally {
    await bench.close();
  }
}
