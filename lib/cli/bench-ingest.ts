// `npm run --silent bench -- ingest [--items N] [--cluster-items N] [--browser-items N] [--no-browser]`:
// feed ingest throughput. Ingest is two steps (lib/index/article-index.ts): store (RSS parse + normalise +
// store articles with their features) and cluster (story assignment, df, postings). `items_per_second` is
// the store step (the "parse + normalize + store") in Node on fake-indexeddb (a pure-JS IndexedDB);
// `store_cluster_per_second` the cluster step there, `ingest_and_cluster_per_second` both together;
// `browser_*` the same in Chromium's real IndexedDB (the extension's store code in a page of the built
// extension's browser; PARALLAX_BENCH_CHROME_DIR or --no-build reuse a build) — what users get; stored
// bytes per article (index entries included); `cluster_per_second` clustering alone on the memory
// backend. Node-only CLI; reads ../shared/data.

import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import { unwrap } from 'idb';
import { serialize } from 'node:v8';
import { fileURLToPath } from 'node:url';
import { performance } from 'node:perf_hooks';
import { parseFeed } from '../feeds/parse-feed';
import type { FeedItem } from '../feeds/types';
import { createArticleIndex, createMemoryIndex } from '../index/article-index';
import { createIdbBackend, openIndexDb } from '../index/idb-backend';
import type { ArticleInput } from '../index/types';
import { readTsv } from './eval-stories';
import { startBenchBrowser, readChromiumVersion } from '../bench/bench-browser';
import { bundleForBrowser } from '../bench/browser-bundle';
import { ensureBuild } from '../bench/extension-build';
import type { indexProbe as IndexProbe } from '../bench/index-probe';

const DATA_DIR = fileURLToPath(new URL('../../../shared/data/stories/', import.meta.url));
const ITEMS_DEFAULT = 5_000;
/** Items ingested in Chromium (on top of an index of the same size built first, as a steady state). */
const BROWSER_ITEMS_DEFAULT = 5_000;
const PROBE_ENTRY = fileURLToPath(new URL('../bench/index-probe.ts', import.meta.url));
/** The page the probe runs in: its origin owns the benchmark's IndexedDB database. */
const HOST_URL = 'https://ingest.parallax.test/index.html';
const CLUSTER_ITEMS_DEFAULT = 10_000;
/** Items per generated feed document (a large real feed). */
const ITEMS_PER_FEED = 100;
const HOUR = 3_600_000;

function readOption(args: readonly string[], name: string, fallback: number): number {
  const i = args.indexOf(name);
  const v = i >= 0 ? Number(args[i + 1]) : NaN;
  return Number.isFinite(v) && v > 0 ? v : fallback;
}

function escapeXml(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

interface BenchRow {
  title: string;
  lead: string;
  url: string;
  outlet: string;
  lang: string;
  t: number;
}

/** Real headlines and leads from the story sets, spread over a week, each with a unique URL; the rows of one
 *  feed document (ITEMS_PER_FEED) are on one site, as a real outlet's feed is. */
function loadRows(count: number, now: number): BenchRow[] {
  const rows = ['uci', 'neus', 'basil'].flatMap((name) => readTsv(`${DATA_DIR}${name}.dev.tsv.gz`));
  const out: BenchRow[] = [];
  for (let i = 0; out.length < count && rows.length; i++) {
    const r = rows[i % rows.length]!;
    const round = Math.floor(i / rows.length);
    out.push({
      title: round ? `${r.title} (${round})` : (r.title ?? ''),
      lead: r.lead ?? '',
      url: `https://news${Math.floor(i / ITEMS_PER_FEED) % 50}.example/${round}/${encodeURIComponent(r.id ?? String(i))}`,
      outlet: r.outlet || `outlet-${i % 50}`,
      lang: r.lang || 'en',
      t: now - ((i * 7919) % (7 * 24)) * HOUR,
    });
  }
  return out;
}

function toRss(rows: readonly BenchRow[]): string {
  const items = rows
    .map(
      (r) =>
        `<item><title>${escapeXml(r.title)}</title><link>${escapeXml(r.url)}</link>` +
        `<description>${escapeXml(r.lead)}</description><pubDate>${new Date(r.t).toUTCString()}</pubDate></item>`,
    )
    .join('');
  return `<?xml version="1.0" encoding="UTF-8"?><rss version="2.0"><channel><title>Bench</title><link>https://news.example/</link><language>en</language>${items}</channel></rss>`;
}

function toInput(item: FeedItem, outletId: string | null, now: number): ArticleInput {
  const published = item.published ? Date.parse(item.published) : NaN;
  return {
    url: item.url,
    title: item.title,
    summary: item.summary,
    outletId,
    lang: item.lang ?? 'en',
    published: Number.isFinite(published) ? published : now,
  };
}

/** Bytes of every record (value as structured-clone serialised, plus its key) in every store. */
async function measureStoredBytes(db: IDBDatabase): Promise<number> {
  let bytes = 0;
  const names = [...db.objectStoreNames];
  const tx = db.transaction(names, 'readonly');
  await Promise.all(
    names.map(
      (name) =>
        new Promise<void>((resolve, reject) => {
          const req = tx.objectStore(name).openCursor();
          req.onerror = () => reject(req.error);
          req.onsuccess = () => {
            const cursor = req.result;
            if (!cursor) return resolve();
            bytes += serialize(cursor.value).byteLength + serialize(cursor.key).byteLength;
            cursor.continue();
          };
        }),
    ),
  );
  return bytes;
}

type Probe = typeof IndexProbe;

/** Parse + normalise + store in Chromium's real IndexedDB: `warm` feeds first, then `timed` feeds timed. */
async function measureInBrowser(
  args: readonly string[],
  warm: ReadonlyArray<{ xml: string; outletId: string }>,
  timed: ReadonlyArray<{ xml: string; outletId: string }>,
  now: number,
): Promise<Record<string, number | string>> {
  const bench = await startBenchBrowser(ensureBuild('chrome', args));
  try {
    bench.server.route(HOST_URL, { body: '<!doctype html><title>Parallax ingest bench</title><p>bench</p>', etag: false });
    const page = await bench.session.context.newPage();
    await page.goto(HOST_URL, { waitUntil: 'load' });
    await page.evaluate(await bundleForBrowser(PROBE_ENTRY));
    const call = <K extends keyof Probe>(method: K, a: Parameters<Probe[K]>) =>
      page.evaluate(
        ({ method, a }) =>
          (globalThis as unknown as { __parallaxIndexProbe: Record<string, (...x: unknown[]) => unknown> }).__parallaxIndexProbe[
            method
          ]?.(...a),
        { method, a: a as unknown[] },
      ) as Promise<Awaited<ReturnType<Probe[K]>>>;
    await call('open', ['parallax-bench-ingest']);
    const feedUrl = 'https://news.example/feed.xml';
    let warmMs = 0;
    for (let i = 0; i < warm.length; i += 10) warmMs += (await call('ingestFeeds', [warm.slice(i, i + 10), feedUrl, now])).ms;
    // The CPU part alone on the same feeds first (parse + features, no storage): where the store step's time goes.
    const cpu = await call('parseAndFeatures', [timed as Array<{ xml: string; outletId: string }>, feedUrl, now]);
    let ms = 0;
    let parseMs = 0;
    let added = 0;
    for (let i = 0; i < timed.length; i += 10) {
      const r = await call('ingestFeeds', [timed.slice(i, i + 10), feedUrl, now, true]);
      ms += r.ms;
      parseMs += r.parseMs;
      added += r.added;
    }
    const clustering = await call('clusterPending', []);
    const warmItems = warm.length * ITEMS_PER_FEED;
    return {
      browser_items: added,
      // Store step: parse + normalise + store.
      browser_items_per_second: Math.round((added / ms) * 1000),
      // RSS parsing alone, within the store step.
      browser_parse_per_second: Math.round((added / Math.max(1, parseMs)) * 1000),
      // Parse + features without storing: the store step's ceiling in this browser.
      browser_parse_and_features_per_second: Math.round((cpu.items / Math.max(1, cpu.ms)) * 1000),
      browser_features_per_second: Math.round((cpu.items / Math.max(1, cpu.featuresMs)) * 1000),
      browser_cluster_per_second: Math.round((clustering.clustered / Math.max(1, clustering.ms)) * 1000),
      browser_ingest_and_cluster_per_second: Math.round((added / (ms + clustering.ms)) * 1000),
      // The first half, stored and clustered feed by feed into an empty index.
      browser_first_items_per_second: Math.round((warmItems / Math.max(1, warmMs)) * 1000),
      chromium: await readChromiumVersion(bench.session),
    };
  } finally {
    await bench.close();
  }
}

export async function runBenchIngest(args: string[]): Promise<Record<string, number | string>> {
  const count = readOption(args, '--items', ITEMS_DEFAULT);
  const clusterCount = readOption(args, '--cluster-items', CLUSTER_ITEMS_DEFAULT);
  const now = Date.UTC(2026, 10, 1);
  const rows = loadRows(count, now);
  const feeds: Array<{ xml: string; outletId: string }> = [];
  for (let i = 0; i < rows.length; i += ITEMS_PER_FEED) {
    const chunk = rows.slice(i, i + ITEMS_PER_FEED);
    feeds.push({ xml: toRss(chunk), outletId: chunk[0]?.outlet ?? 'bench' });
  }

  // Parse + normalise + store, in IndexedDB (fake-indexeddb: a pure-JS IndexedDB, slower than browsers').
  const db = await openIndexDb({ idbFactory: new IDBFactory(), name: 'bench-ingest' });
  const index = createArticleIndex(createIdbBackend(db));
  const started = performance.now();
  const cpuStarted = process.cpuUsage();
  let added = 0;
  for (const feed of feeds) {
    const parsed = parseFeed(feed.xml, { url: 'https://news.example/feed.xml', now, maxItems: ITEMS_PER_FEED });
    const items = parsed.items.map((item) => toInput(item, feed.outletId, now));
    added += (await index.ingest(items, { feedUrl: 'https://news.example/feed.xml', now, deferClustering: true })).added;
  }
  const ingestMs = performance.now() - started;
  const ingestCpu = process.cpuUsage(cpuStarted);
  // Step 2: every stored article gets its story (as a refresh does before it reports done).
  const storeClusterStarted = performance.now();
  const storeClusterCpuStarted = process.cpuUsage();
  const { clustered } = await index.clusterPending();
  const storeClusterMs = performance.now() - storeClusterStarted;
  const storeClusterCpu = process.cpuUsage(storeClusterCpuStarted);
  const bytes = await measureStoredBytes(unwrap(db));
  const stats = await index.stats();

  // Clustering alone (memory backend): the ingest-time story assignment without storage costs.
  const clusterRows = loadRows(clusterCount, now);
  const memory = createMemoryIndex();
  const inputs: ArticleInput[] = clusterRows.map((r) => ({
    url: r.url,
    title: r.title,
    summary: r.lead || null,
    outletId: r.outlet,
    lang: r.lang,
    published: r.t,
  }));
  const clusterStarted = performance.now();
  const clusterCpuStarted = process.cpuUsage();
  await memory.ingest(inputs, { feedUrl: null, now });
  const clusterMs = performance.now() - clusterStarted;
  const clusterCpu = process.cpuUsage(clusterCpuStarted);

  // The same in Chromium's real IndexedDB: an index of `browserCount` articles first, then as many more timed.
  const browserCount = readOption(args, '--browser-items', BROWSER_ITEMS_DEFAULT);
  let browser: Record<string, number | string> = {};
  if (!args.includes('--no-browser')) {
    const browserRows = loadRows(browserCount * 2, now);
    const browserFeeds: Array<{ xml: string; outletId: string }> = [];
    for (let i = 0; i < browserRows.length; i += ITEMS_PER_FEED) {
      const chunk = browserRows.slice(i, i + ITEMS_PER_FEED);
      browserFeeds.push({ xml: toRss(chunk), outletId: chunk[0]?.outlet ?? 'bench' });
    }
    const half = Math.ceil(browserFeeds.length / 2);
    process.stderr.write(`ingest: Chromium, ${browserCount} articles, then ${browserCount} more timed\n`);
    browser = await measureInBrowser(args, browserFeeds.slice(0, half), browserFeeds.slice(half), now);
  }

  return {
    note:
      'items_per_second = store step (parse + normalise + store) in Node on fake-indexeddb; browser_items_per_second = the same in Chromium; stories are assigned by the cluster step (*cluster_per_second)',
    items: added,
    // Store step (parse + normalise + store), Node on fake-indexeddb.
    items_per_second: Math.round((added / ingestMs) * 1000),
    store_cluster_per_second: Math.round((clustered / storeClusterMs) * 1000),
    ingest_and_cluster_per_second: Math.round((added / (ingestMs + storeClusterMs)) * 1000),
    bytes_per_article: Math.round(bytes / Math.max(1, stats.articles)),
    stories: stats.stories,
    cluster_items: clusterRows.length,
    cluster_per_second: Math.round((clusterRows.length / clusterMs) * 1000),
    // Per CPU-second too: on a loaded machine wall-clock rates mostly measure the other processes.
    items_per_cpu_second: Math.round((added / (ingestCpu.user + ingestCpu.system)) * 1e6),
    store_cluster_per_cpu_second: Math.round((clustered / (storeClusterCpu.user + storeClusterCpu.system)) * 1e6),
    cluster_per_cpu_second: Math.round((clusterRows.length / (clusterCpu.user + clusterCpu.system)) * 1e6),
    ...browser,
  };
}
