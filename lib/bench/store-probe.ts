// Browser-side probe for the store reliability tests: builds databases of older schema versions (raw
// IndexedDB; the builders also serve the unit tests in Node), opens them through the extension's store
// (openArticleIndex), and fills a store until the origin's quota runs out. Runs in a page (bundled by
// esbuild, evaluated through DevTools).

import { unwrap } from 'idb';
import { openArticleIndex } from '../index/article-index';
import { createSchemaV1, INDEX_DB_VERSION, INDEX_STORES, openIndexDb, type ArticleRecordV1, type ArticleRecordV4 } from '../index/idb-backend';
import type { PendingBatch, StoredArticle, StoredFeatures } from '../index/index-records';
import { toDomain, toOutletId } from '../index/story-clusters';
import type { ArticleInput } from '../index/types';

function request<T>(req: IDBRequest<T>): Promise<T> {
  return new Promise((resolve, reject) => {
    req.onsuccess = () => resolve(req.result);
    req.onerror = () => reject(req.error);
  });
}

function whenCommitted(tx: IDBTransaction): Promise<void> {
  return new Promise((resolve, reject) => {
    tx.oncomplete = () => resolve();
    tx.onerror = () => reject(tx.error);
  });
}

/** Every record of some stores of a database, as [key, value] pairs in key order. */
export type StoreDump = Record<string, Array<[IDBValidKey, unknown]>>;

export async function dumpStores(db: IDBDatabase, stores: readonly string[]): Promise<StoreDump> {
  const tx = db.transaction([...stores], 'readonly');
  const out: StoreDump = {};
  for (const name of stores) {
    const store = tx.objectStore(name);
    const [keys, values] = await Promise.all([request(store.getAllKeys()), request(store.getAll())]);
    out[name] = keys.map((k, i) => [k, values[i]]);
  }
  return out;
}

/** A dump as JSON with object keys sorted and typed arrays as plain arrays: equal dumps, equal strings
 *  (comparable across the DevTools boundary, which does not carry typed arrays). */
export function toComparableJson(dump: StoreDump): string {
  return JSON.stringify(dump, (_key, value: unknown) => {
    if (ArrayBuffer.isView(value)) return Array.from(value as unknown as ArrayLike<number>);
    if (value && typeof value === 'object' && !Array.isArray(value)) {
      const o = value as Record<string, unknown>;
      return Object.fromEntries(Object.keys(o).sort().map((k) => [k, o[k]]));
    }
    return value;
  });
}

const DISPLAY_FIELDS: ReadonlySet<string> = new Set(['title', 'summary', 'url', 'firstSeen', 'feedUrl']);

function withoutDisplay<T extends object>(r: T, keep?: string): T {
  return Object.fromEntries(Object.entries(r).filter(([k]) => k === keep || !DISPLAY_FIELDS.has(k))) as T;
}

/**
 * The same data in the version-4 shape (display fields in `articles`, none in `features`; pending entries
 * with their title only): what a database of the previous release holds.
 */
export function toV4Records(current: StoreDump): StoreDump {
  const features = new Map((current.features ?? []).map(([, f]) => [(f as StoredFeatures).seq, f as StoredFeatures]));
  const pending = new Map((current.pending ?? []).flatMap(([, b]) => (b as PendingBatch).articles.map((p) => [p.seq, p] as const)));
  return {
    ...current,
    articles: (current.articles ?? []).map(([key, value]) => {
      const a = value as StoredArticle;
      const d = features.get(a.seq) ?? pending.get(a.seq);
      if (!d) throw new Error(`article ${a.id} has neither features nor a pending entry`);
      const old: ArticleRecordV4 = {
        id: a.id,
        ...(d.url ? { url: d.url } : {}),
        title: d.title,
        summary: d.summary ?? null,
        outletId: toOutletId(d.outlet),
        domain: toDomain(a.id),
        lang: d.lang,
        published: d.t,
        firstSeen: d.firstSeen,
        feedUrl: d.feedUrl ?? null,
        seq: a.seq,
      };
      return [key, old];
    }),
    features: (current.features ?? []).map(([key, f]) => [key, withoutDisplay(f as StoredFeatures)]),
    pending: (current.pending ?? []).map(([key, b]) => [
      key,
      { ...(b as PendingBatch), articles: (b as PendingBatch).articles.map((p) => withoutDisplay(p, 'title')) },
    ]),
  };
}

/** Stores whose records are keyed inline (keyPath) rather than by an explicit key. */
const INLINE_KEYED = new Set(['articles', 'features', 'stories', 'pending']);

/** Writes `records` into a database of schema version 4 (as the previous release created it). */
export async function writeV4Database(factory: IDBFactory, name: string, records: StoreDump): Promise<number> {
  const db = await openIndexDb({ idbFactory: factory, name, version: 4 });
  const raw = unwrap(db);
  const tx = raw.transaction(Object.keys(records), 'readwrite');
  for (const [store, rows] of Object.entries(records)) {
    for (const [key, value] of rows) tx.objectStore(store).put(value, INLINE_KEYED.has(store) ? undefined : key);
  }
  await whenCommitted(tx);
  const version = raw.version;
  db.close();
  return version;
}

export const storeProbe = {
  /**
   * Builds `name` in the version-4 layout holding `clustered` (clustered) and `pending` (stored, not yet
   * clustered) articles: ingested by the current store into a scratch database, then rewritten in the
   * previous shape. Returns the current records (toComparableJson), which the upgrade must reproduce.
   */
  async createV4Database(name: string, clustered: ArticleInput[], pending: ArticleInput[], now: number): Promise<string> {
    const scratch = `${name}-scratch`;
    const built = await openArticleIndex({ name: scratch });
    await built.ingest(clustered, { feedUrl: 'https://www.outlet.example/feed.xml', now });
    await built.ingest(pending, { feedUrl: null, now, deferClustering: true });
    const db = await request(indexedDB.open(scratch));
    const current = await dumpStores(db, INDEX_STORES);
    db.close();
    await writeV4Database(indexedDB, name, toV4Records(current));
    return toComparableJson(current);
  },

  /** Opens `name` through the store (upgrading it), returns its records (toComparableJson) and clusters
   *  what was pending. */
  async upgradeAndDump(name: string): Promise<{ version: number; records: string; clustered: number; expectedVersion: number }> {
    const index = await openArticleIndex({ name });
    const db = await request(indexedDB.open(name));
    const records = await dumpStores(db, INDEX_STORES);
    const version = db.version;
    db.close();
    const { clustered } = await index.clusterPending();
    return { version, records: toComparableJson(records), clustered, expectedVersion: INDEX_DB_VERSION };
  },

  /** Writes `articles` in the version-1 layout (as the previous release stored them). */
  async createV1Database(name: string, articles: ArticleRecordV1[]): Promise<number> {
    const open = indexedDB.open(name, 1);
    open.onupgradeneeded = () => createSchemaV1(open.result);
    const db = await request(open);
    const tx = db.transaction(['articles', 'meta'], 'readwrite');
    for (const a of articles) tx.objectStore('articles').put(a);
    tx.objectStore('meta').put({ articles: articles.length }, 'meta');
    await whenCommitted(tx);
    const version = db.version;
    db.close();
    return version;
  },

  /** Opens `name` through the store (upgrading it) and reads back what it holds. */
  async readThroughStore(name: string, ids: string[], query: ArticleInput, now: number) {
    const index = await openArticleIndex({ name });
    const stats = await index.stats();
    const found: { id: string; title: string | null; storyId: string }[] = [];
    for (const id of ids) {
      const a = await index.getArticle(id);
      found.push({ id, title: a?.title ?? null, storyId: a?.storyId ?? '' });
    }
    const coverage = await index.coverageFor(query, { now });
    const version = await new Promise<number>((resolve, reject) => {
      const req = indexedDB.open(name);
      req.onsuccess = () => {
        resolve(req.result.version);
        req.result.close();
      };
      req.onerror = () => reject(req.error);
    });
    return { stats, found, coverageRows: coverage.articles.length, via: coverage.via, version, expectedVersion: INDEX_DB_VERSION };
  },

  /** Ingests batches until the store reports the quota ran out (or `maxBatches`), then checks it still works. */
  async fillUntilQuota(name: string, batches: ArticleInput[][], now: number) {
    const index = await openArticleIndex({ name });
    const results: { added: number; pruned: number; quotaExceeded: boolean }[] = [];
    let thrown: string | null = null;
    for (const batch of batches) {
      try {
        const r = await index.ingest(batch, { feedUrl: null, now });
        results.push({ added: r.added, pruned: r.pruned, quotaExceeded: r.quotaExceeded });
        if (r.quotaExceeded) break;
      } catch (err) {
        thrown = err instanceof Error ? `${err.name}: ${err.message}` : String(err);
        break;
      }
    }
    const last = batches[Math.max(0, results.length - 1)]?.[0];
    const stats = await index.stats();
    const coverage = last ? await index.coverageFor(last, { now }) : null;
    const estimate = await navigator.storage.estimate();
    // What the store really holds, counted with raw IndexedDB (the counters must agree after a prune).
    const db = await request(indexedDB.open(name));
    const tx = db.transaction(['articles', 'stories'], 'readonly');
    const [storedArticles, storedStories] = await Promise.all([
      request(tx.objectStore('articles').count()),
      request(tx.objectStore('stories').count()),
    ]);
    db.close();
    return {
      results,
      thrown,
      stats,
      storedArticles,
      storedStories,
      coverageVia: coverage?.via ?? null,
      usage: estimate.usage ?? 0,
      quota: estimate.quota ?? 0,
    };
  },
};

(globalThis as unknown as { __parallaxStoreProbe: typeof storeProbe }).__parallaxStoreProbe = storeProbe;
