// Browser-side probe of the `match` and `popup` benchmarks: drives the extension's own article store
// (openArticleIndex, IndexedDB through idb) in the page it is evaluated in, and times its calls.
// Runs in a page (bundled by esbuild, evaluated through DevTools); no DOM access.

import type { IDBPDatabase } from 'idb';
import { openArticleIndex, type ArticleIndex } from '../index/article-index';
import { createIdbBackend, openIndexDb } from '../index/idb-backend';
import type { IndexBackend } from '../index/index-records';
import type { ArticleInput } from '../index/types';
import { applyReplayOps, type ReplayOp } from './index-dump';
import { parseFeed } from '../feeds/parse-feed';
import { REFRESH_CONCURRENCY_DEFAULT } from '../feeds/refresh';
import { computeArticleFeatures } from '../index/article-features';

let index: ArticleIndex | null = null;
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

export const indexProbe = {
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
