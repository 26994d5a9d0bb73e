// Browser-side probe of the `match` and `popup` benchmarks: drives the extension's own article store
// (openArticleIndex, IndexedDB through idb) in the page it is evaluated in, and times its calls.
// Runs in a page (bundled by esbuild, evaluated through DevTools); no DOM access.

import type { IDBPDatabase } from 'idb';
import { createArticleIndex, openArticleIndex, type ArticleIndex } from '../index/article-index';
import { createIdbBackend, openIndexDb } from '../index/idb-backend';
import type { IndexBackend, IndexTx } from '../index/index-records';
import type { ArticleInput } from '../index/types';
import { applyReplayOps, type ReplayOp } from './index-dump';
import { parseFeed } from '../feeds/parse-feed';
import { REFRESH_CONCURRENCY_DEFAULT } from '../feeds/refresh';
import { computeArticleFeatures } from '../index/article-features';

let index: ArticleIndex | null = null;
/** Requests of the running query, when the index was opened traced: [kind, start, end] (ms). */
let trace: Array<[string, number, number, number]> | null = null;
let bulk: { db: IDBPDatabase; backend: IndexBackend } | null = null;

function requireIndex(): ArticleIndex {
  if (!index) throw new Error('index not opened');
  return index;
}

export interface MatchTiming {
  ms: number[];
  /** Coverage rows returned per query (a sanity check that matching found something). */
  rows: number[];
  via: string[];
}

/** Time spent per kind of store request in one query (the union of its requests' intervals, so
 *  concurrent requests count once), the union of all of them, and the rest (JS: scoring, decoding). */
export interface MatchPhases {
  total: number;
  io: number;
  rest: number;
  /** Per kind: time, requests, records returned. */
  kinds: Record<string, { ms: number; n: number; records: number }>;
  /** Round trips: groups of requests in flight together (a request starting after all earlier ones ended
   *  begins a new group), i.e. how often the query waited on the store in sequence. */
  trips: number;
}

/** Number of groups of overlapping intervals. */
function countGroups(intervals: ReadonlyArray<readonly [number, number]>): number {
  let groups = 0;
  let to = -Infinity;
  for (const [s, e] of [...intervals].sort((a, b) => a[0] - b[0])) {
    if (s > to) groups++;
    if (e > to) to = e;
  }
  return groups;
}

/** Length of the union of intervals. */
function measureUnion(intervals: ReadonlyArray<readonly [number, number]>): number {
  const sorted = [...intervals].sort((a, b) => a[0] - b[0]);
  let total = 0;
  let from = -Infinity;
  let to = -Infinity;
  for (const [s, e] of sorted) {
    if (s > to) {
      if (to > from) total += to - from;
      from = s;
      to = e;
    } else if (e > to) to = e;
  }
  if (to > from) total += to - from;
  return total;
}

/** A backend whose every read is recorded into `trace` (kind = the IndexTx method). */
function traceBackend(inner: IndexBackend): IndexBackend {
  return {
    ...inner,
    run(mode, work) {
      return inner.run(mode, (tx) => {
        const traced: Record<string, unknown> = { readsAreRoundTrips: tx.readsAreRoundTrips };
        for (const [key, fn] of Object.entries(tx)) {
          if (typeof fn !== 'function') continue;
          traced[key] = async (...args: unknown[]) => {
            const start = performance.now();
            let records = 0;
            try {
              const value = await (fn as (...a: unknown[]) => Promise<unknown>).apply(tx, args);
              records = Array.isArray(value) ? value.length : value === undefined ? 0 : 1;
              return value;
            } finally {
              trace?.push([key, start, performance.now(), records]);
            }
          };
        }
        return work(traced as unknown as IndexTx);
      });
    },
  };
}

export const indexProbe = {
  /** Opens the store with its reads traced (for `matchPhases`; the tracing itself costs a little). */
  async openTraced(name: string): Promise<void> {
    index = createArticleIndex(traceBackend(createIdbBackend(await openIndexDb({ name }))));
  },

  /** Like `match`, with the time of each query split by kind of store request. */
  async matchPhases(queries: ArticleInput[], now: number): Promise<MatchPhases[]> {
    const out: MatchPhases[] = [];
    for (const q of queries) {
      trace = [];
      const t0 = performance.now();
      await requireIndex().coverageFor(q, { now });
      const total = performance.now() - t0;
      const byKind = new Map<string, Array<[number, number]>>();
      const records = new Map<string, number>();
      for (const [kind, s, e, n] of trace) {
        const list = byKind.get(kind) ?? [];
        list.push([s, e]);
        byKind.set(kind, list);
        records.set(kind, (records.get(kind) ?? 0) + n);
      }
      const io = measureUnion(trace.map(([, s, e]) => [s, e] as const));
      const kinds: MatchPhases['kinds'] = {};
      for (const [kind, list] of byKind) kinds[kind] = { ms: measureUnion(list), n: list.length, records: records.get(kind) ?? 0 };
      out.push({ total, io, rest: total - io, kinds, trips: countGroups(trace.map(([, s, e]) => [s, e] as const)) });
      trace = null;
    }
    return out;
  },


  async open(name?: string): Promise<number> {
    const t0 = performance.now();
    index = await openArticleIndex(name ? { name } : {});
    return performance.now() - t0;
  },

  async ingest(items: ArticleInput[], now: number): Promise<{ ms: number; added: number; updated: number; quotaExceeded: boolean }> {
    const t0 = performance.now();
    const r = await requireIndex().ingest(items, { feedUrl: null, now });
    return { ms: performance.now() - t0, added: r.added, updated: r.updated, quotaExceeded: r.quotaExceeded };
  },

  /**
   * Parse + normalise + store, as the worker's refresh does: each feed parsed, its items ingested, with
   * the refresh's concurrency (while one feed's transaction waits on the store, the next is parsed).
   */
  async ingestFeeds(
    feeds: Array<{ xml: string; outletId: string }>,
    feedUrl: string,
    now: number,
    deferClustering = false,
  ): Promise<{ ms: number; parseMs: number; added: number; quotaExceeded: boolean }> {
    const target = requireIndex();
    const t0 = performance.now();
    let added = 0;
    let parseMs = 0;
    let quotaExceeded = false;
    let next = 0;
    const worker = async (): Promise<void> => {
      while (next < feeds.length) {
        const feed = feeds[next++]!;
        const parseStarted = performance.now();
        const parsed = parseFeed(feed.xml, { url: feedUrl, now });
        const items: ArticleInput[] = parsed.items.map((item) => {
          const published = item.published ? Date.parse(item.published) : NaN;
          return {
            url: item.url,
            title: item.title,
            summary: item.summary,
            outletId: feed.outletId,
            lang: item.lang ?? 'en',
            published: Number.isFinite(published) ? published : now,
          };
        });
        parseMs += performance.now() - parseStarted;
        const r = await target.ingest(items, { feedUrl, now, deferClustering });
        added += r.added;
        quotaExceeded ||= r.quotaExceeded;
      }
    };
    await Promise.all(Array.from({ length: REFRESH_CONCURRENCY_DEFAULT }, worker));
    return { ms: performance.now() - t0, parseMs, added, quotaExceeded };
  },

  /** The CPU part of the store step alone (parse, then the features each article gets), timed apart. */
  parseAndFeatures(feeds: Array<{ xml: string; outletId: string }>, feedUrl: string, now: number): { ms: number; featuresMs: number; items: number } {
    const t0 = performance.now();
    let featuresMs = 0;
    let items = 0;
    for (const feed of feeds) {
      const parsed = parseFeed(feed.xml, { url: feedUrl, now });
      const featuresStarted = performance.now();
      for (const item of parsed.items) {
        computeArticleFeatures({ title: item.title, summary: item.summary, lang: item.lang ?? 'en' });
      }
      featuresMs += performance.now() - featuresStarted;
      items += parsed.items.length;
    }
    return { ms: performance.now() - t0, featuresMs, items };
  },

  /** The second step of ingest: stories for every pending article, timed. */
  async clusterPending(): Promise<{ ms: number; clustered: number }> {
    const t0 = performance.now();
    const r = await requireIndex().clusterPending();
    return { ms: performance.now() - t0, clustered: r.clustered };
  },

  async match(queries: ArticleInput[], now: number): Promise<MatchTiming> {
    const out: MatchTiming = { ms: [], rows: [], via: [] };
    for (const q of queries) {
      const t0 = performance.now();
      const coverage = await requireIndex().coverageFor(q, { now });
      out.ms.push(performance.now() - t0);
      out.rows.push(coverage.articles.length);
      out.via.push(coverage.via);
    }
    return out;
  },

  /** What each query returned (story, way, articles with scores), to check that a faster read path
   *  answers exactly as before. */
  async matchDigest(queries: ArticleInput[], now: number): Promise<string[]> {
    const out: string[] = [];
    for (const q of queries) {
      const c = await requireIndex().coverageFor(q, { now });
      out.push([c.storyId, c.via, ...c.articles.map((a) => `${a.article.id}:${a.explanation.score}:${a.explanation.sharedTerms.join(',')}`)].join(' '));
    }
    return out;
  },

  /** A cold start: open the store and answer one match, timed together. */
  async openAndMatch(name: string | undefined, query: ArticleInput, now: number): Promise<{ ms: number; openMs: number; rows: number }> {
    const t0 = performance.now();
    const opened = await openArticleIndex(name ? { name } : {});
    index = opened;
    const openMs = performance.now() - t0;
    const coverage = await opened.coverageFor(query, { now });
    return { ms: performance.now() - t0, openMs, rows: coverage.articles.length };
  },

  /** Opens the store's database for bulk writes through its own backend (schema created by the store). */
  async bulkOpen(name: string): Promise<void> {
    const db = await openIndexDb({ name });
    bulk = { db, backend: createIdbBackend(db) };
  },

  async bulkApply(ops: ReplayOp[]): Promise<number> {
    if (!bulk) throw new Error('bulk store not opened');
    const t0 = performance.now();
    await applyReplayOps(bulk.backend, ops);
    return performance.now() - t0;
  },

  bulkClose(): void {
    bulk?.db.close();
    bulk = null;
  },

  async stats(): Promise<{ articles: number; stories: number; usageBytes: number | null }> {
    const s = await requireIndex().stats();
    const estimate = await navigator.storage?.estimate?.().catch(() => null);
    return { articles: s.articles, stories: s.stories, usageBytes: estimate?.usage ?? null };
  },
};

(globalThis as unknown as { __parallaxIndexProbe: typeof indexProbe }).__parallaxIndexProbe = indexProbe;
