// Browser-side probe for the store reliability tests: builds a database of the previous schema version
// with raw IndexedDB, then opens it through the extension's store (openArticleIndex), and fills a store
// until the origin's quota runs out. Runs in a page (bundled by esbuild, evaluated through DevTools).

import { openArticleIndex } from '../index/article-index';
import { createSchemaV1, INDEX_DB_VERSION, type ArticleRecordV1 } from '../index/idb-backend';
import type { ArticleInput } from '../index/types';

function request<T>(req: IDBRequest<T>): Promise<T> {
  return new Promise((resolve, reject) => {
    req.onsuccess = () => resolve(req.result);
    req.onerror = () => reject(req.error);
  });
}

export const storeProbe = {
  /** Writes `articles` in the version-1 layout (as the previous release stored them). */
  async createV1Database(name: string, articles: ArticleRecordV1[]): Promise<number> {
    const open = indexedDB.open(name, 1);
    open.onupgradeneeded = () => createSchemaV1(open.result);
    const db = await request(open);
    const tx = db.transaction(['articles', 'meta'], 'readwrite');
    for (const a of articles) tx.objectStore('articles').put(a);
    tx.objectStore('meta').put({ articles: articles.length }, 'meta');
    await new Promise<void>((resolve, reject) => {
      tx.oncomplete = () => resolve();
      tx.onerror = () => reject(tx.error);
    });
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
