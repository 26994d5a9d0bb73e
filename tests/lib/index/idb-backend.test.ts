import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import { describe, expect, it } from 'vitest';
import { createArticleIndex, createMemoryIndex, openArticleIndex } from '../../../lib/index/article-index';
import type { IndexBackend } from '../../../lib/index/index-records';
import { createIdbBackend, createSchemaV1, INDEX_DB_NAME, INDEX_DB_VERSION, INDEX_STORES, openIndexDb, type ArticleRecordV1 } from '../../../lib/index/idb-backend';
import { dumpStores, toV4Records, writeV4Database } from '../../../lib/bench/store-probe';
import { FED_HIKE, FED_TESTIMONY, HOUR, QUAKE, QUAKE_DE, T0 } from './fixtures';

const ctx = { feedUrl: null, now: T0 + 48 * HOUR };
const ALL = [...FED_HIKE, ...QUAKE, FED_TESTIMONY, QUAKE_DE];

function request<T>(req: IDBRequest<T>): Promise<T> {
  return new Promise((resolve, reject) => {
    req.onsuccess = () => resolve(req.result);
    req.onerror = () => reject(req.error);
  });
}

/** Writes a database exactly as schema version 1 left it. */
async function createV1Database(factory: IDBFactory, records: ArticleRecordV1[]): Promise<void> {
  const open = factory.open(INDEX_DB_NAME, 1);
  open.onupgradeneeded = () => createSchemaV1(open.result);
  const db = await request(open);
  const tx = db.transaction(['articles', 'meta'], 'readwrite');
  for (const r of records) tx.objectStore('articles').put(r);
  tx.objectStore('meta').put({ version: 1, count: records.length }, 'meta');
  await new Promise<void>((resolve, reject) => {
    tx.oncomplete = () => resolve();
    tx.onerror = () => reject(tx.error);
  });
  db.close();
}

const V2_STORES = ['meta', 'articles', 'features', 'stories', 'df', 'postings', 'days'];

/** Writes a database exactly as schema version 2 left it (its stores, no index on features). */
async function createV2Database(factory: IDBFactory, name: string, records: Record<string, Array<[IDBValidKey, unknown]>>): Promise<void> {
  const open = factory.open(name, 2);
  open.onupgradeneeded = () => {
    const db = open.result;
    db.createObjectStore('articles', { keyPath: 'id' });
    db.createObjectStore('meta');
    db.createObjectStore('features', { keyPath: 'seq' });
    db.createObjectStore('stories', { keyPath: 'id' });
    db.createObjectStore('df');
    db.createObjectStore('postings');
    db.createObjectStore('days');
  };
  const db = await request(open);
  const tx = db.transaction(V2_STORES, 'readwrite');
  for (const [store, rows] of Object.entries(records)) {
    const inline = store === 'articles' || store === 'features' || store === 'stories';
    for (const [key, value] of rows) tx.objectStore(store).put(value, inline ? undefined : key);
  }
  await new Promise<void>((resolve, reject) => {
    tx.oncomplete = () => resolve();
    tx.onerror = () => reject(tx.error);
  });
  db.close();
}

/** The demo articles as a version-1 store held them (display fields and a story id per record). */
function toV1Records(): ArticleRecordV1[] {
  return ALL.map((a, i) => ({
    id: a.url.replace(/\?.*$/, ''),
    url: a.url,
    title: a.title,
    summary: a.summary,
    outletId: a.outletId,
    domain: new URL(a.url).hostname.replace(/^www\./, ''),
    lang: a.lang,
    published: a.published ?? T0,
    firstSeen: (a.published ?? T0) + HOUR,
    feedUrl: 'https://feeds.example/' + i,
    storyId: 'legacy-' + i,
  }));
}

describe('IndexedDB article index', () => {
  it('persists across re-opening (a restarted worker) and answers like the memory index', async () => {
    const factory = new IDBFactory();
    const idb = await openArticleIndex({ idbFactory: factory });
    await idb.ingest(ALL, ctx);
    const reopened = await openArticleIndex({ idbFactory: factory });
    const mem = createMemoryIndex();
    await mem.ingest(ALL, ctx);
    expect(await reopened.stats()).toMatchObject({ articles: 7 });
    for (const page of [FED_HIKE[0]!, QUAKE_DE]) {
      expect(await reopened.coverageFor(page, { now: ctx.now })).toEqual(await mem.coverageFor(page, { now: ctx.now }));
    }
    const again = await reopened.ingest(ALL, ctx);
    expect(again.added).toBe(0);
  });

  it('upgrades a populated version-1 database without losing articles', async () => {
    const factory = new IDBFactory();
    const records = toV1Records();
    await createV1Database(factory, records);
    const index = await openArticleIndex({ idbFactory: factory });
    expect(await index.stats()).toMatchObject({ articles: records.length });
    for (const r of records) {
      const a = await index.getArticle(r.url);
      expect(a).toMatchObject({ title: r.title, feedUrl: r.feedUrl, published: r.published, firstSeen: r.firstSeen });
    }
    // Migrated articles were clustered like freshly ingested ones.
    const cov = await index.coverageFor(FED_HIKE[0]!, { now: ctx.now });
    expect(cov.via).toBe('url');
    expect(cov.articles.map((c) => c.article.outletId).sort()).toEqual(['bbc', 'fox']);
  });

  it('upgrades a populated database without the story index (v2 layout) without loss, and reads stories through it', async () => {
    // The records a version-2 store held: written by the current code (the record formats are unchanged).
    const source = new IDBFactory();
    const built = await openArticleIndex({ idbFactory: source, name: 'source' });
    await built.ingest(ALL, ctx);
    const records = await dumpStores(await request(source.open('source')), V2_STORES);
    const factory = new IDBFactory();
    await createV2Database(factory, INDEX_DB_NAME, records);

    const index = await openArticleIndex({ idbFactory: factory });
    const mem = createMemoryIndex();
    await mem.ingest(ALL, ctx);
    expect(await index.stats()).toMatchObject({ articles: ALL.length, stories: (await mem.stats()).stories });
    const upgraded = await request(factory.open(INDEX_DB_NAME));
    expect(upgraded.version).toBe(INDEX_DB_VERSION);
    expect(await dumpStores(upgraded, V2_STORES)).toEqual(records);
    const byStory = upgraded.transaction('features').objectStore('features').index('byStory');
    expect(await request(byStory.count())).toBe(records.features?.length);
    upgraded.close();
    for (const a of ALL) expect((await index.getArticle(a.url))?.title).toBe(a.title);
    // Coverage by URL and by content reads story members through the index: same answers as in memory.
    const unseen = { ...QUAKE[0]!, url: 'https://news.example/quake-report' };
    for (const page of [FED_HIKE[0]!, QUAKE_DE, unseen]) {
      expect(await index.coverageFor(page, { now: ctx.now })).toEqual(await mem.coverageFor(page, { now: ctx.now }));
    }
    await index.ingest([{ ...FED_HIKE[1]!, url: 'https://www.cnn.com/fed-rates' }], ctx);
    expect(await index.stats()).toMatchObject({ articles: ALL.length + 1 });
  });

  it('answers queries after a write as a freshly opened store does (no stale counters or frequencies)', async () => {
    const factory = new IDBFactory();
    const index = await openArticleIndex({ idbFactory: factory });
    await index.ingest([FED_HIKE[0]!, QUAKE[0]!], ctx);
    const page = { ...FED_HIKE[1]!, url: 'https://news.example/fed-story' };
    const before = await index.coverageFor(page, { now: ctx.now });
    expect(await index.coverageFor(page, { now: ctx.now })).toEqual(before);
    await index.ingest(ALL, ctx);
    const after = await index.coverageFor(page, { now: ctx.now });
    expect(after).not.toEqual(before);
    expect(after).toEqual(await (await openArticleIndex({ idbFactory: factory })).coverageFor(page, { now: ctx.now }));
  });

  it('lets the queries between two writes share the records they read, and starts afresh after a write', async () => {
    const inner = createIdbBackend(await openIndexDb({ idbFactory: new IDBFactory() }));
    let reads = 0;
    const counted = new Set(['getFeatures', 'getFeaturesOfStory', 'getStory']);
    const counting: IndexBackend = {
      ...inner,
      run: (mode, work) =>
        inner.run(mode, (tx) =>
          work(
            new Proxy(tx, {
              get(target, key, receiver) {
                const value = Reflect.get(target, key, receiver) as unknown;
                if (typeof value !== 'function') return value;
                return (...args: unknown[]) => {
                  if (typeof key === 'string' && counted.has(key)) reads++;
                  return (value as (...a: unknown[]) => unknown).apply(target, args);
                };
              },
            }),
          ),
        ),
    };
    const index = createArticleIndex(counting);
    await index.ingest([...FED_HIKE.slice(0, 2), ...QUAKE], ctx);
    const page = { ...FED_HIKE[2]!, url: 'https://news.example/fed-story' };
    reads = 0;
    const first = await index.coverageFor(page, { now: ctx.now });
    const firstReads = reads;
    expect(firstReads).toBeGreaterThan(0);
    reads = 0;
    // Another page of the same story reads none of the records again.
    expect(await index.coverageFor(page, { now: ctx.now })).toEqual(first);
    expect(reads).toBe(0);
    // A write makes every query read afresh: the new member is listed, nothing stale is served.
    await index.ingest([FED_HIKE[2]!], ctx);
    reads = 0;
    const after = await index.coverageFor({ ...FED_HIKE[0]!, url: 'https://news.example/other-fed-page' }, { now: ctx.now });
    expect(reads).toBeGreaterThan(0);
    expect(after.articles.map((a) => a.article.outletId)).toContain(FED_HIKE[2]!.outletId);
  });

  it('upgrades a populated version-2 database (no pending store) without loss, then ingests in two steps', async () => {
    const factory = new IDBFactory();
    // A v2 database as v2 code built it: v1 articles upgraded (re-ingested) to v2.
    const records = toV1Records();
    await createV1Database(factory, records.slice(0, 5));
    const v2 = await openIndexDb({ idbFactory: factory, version: 2 });
    expect([...v2.objectStoreNames]).not.toContain('pending');
    const v2Stories = await v2.getAll('stories');
    v2.close();
    const index = await openArticleIndex({ idbFactory: factory });
    expect(await index.stats()).toMatchObject({ articles: 5, stories: v2Stories.length });
    for (const r of records.slice(0, 5)) expect(await index.getArticle(r.url)).toMatchObject({ title: r.title, feedUrl: r.feedUrl });
    const more = ALL.slice(5);
    expect((await index.ingest(more, { ...ctx, deferClustering: true })).added).toBe(more.length);
    expect((await index.clusterPending()).clustered).toBe(more.length);
    expect(await index.stats()).toMatchObject({ articles: ALL.length });
    expect((await index.coverageFor(QUAKE_DE, { now: ctx.now })).via).toBe('url');
  });

  it('upgrades a populated version-4 database (display fields in articles) without loss, pending articles included', async () => {
    // The current records (clustered and pending), rewritten in the version-4 shape.
    const source = new IDBFactory();
    const built = await openArticleIndex({ idbFactory: source, name: 'source' });
    await built.ingest(ALL.slice(0, 5), { ...ctx, feedUrl: 'https://feeds.example/rss' });
    await built.ingest(ALL.slice(5), { ...ctx, deferClustering: true });
    const current = await dumpStores(await request(source.open('source')), INDEX_STORES);
    expect(current.pending?.length).toBe(1);
    const factory = new IDBFactory();
    expect(await writeV4Database(factory, INDEX_DB_NAME, toV4Records(current))).toBe(4);

    const index = await openArticleIndex({ idbFactory: factory });
    const upgraded = await request(factory.open(INDEX_DB_NAME));
    expect(upgraded.version).toBe(INDEX_DB_VERSION);
    expect(await dumpStores(upgraded, INDEX_STORES)).toEqual(current);
    upgraded.close();
    // The pending articles are clustered with their display text, as if never upgraded.
    expect((await index.clusterPending()).clustered).toBe(ALL.length - 5);
    for (const a of ALL) expect((await index.getArticle(a.url))?.title).toBe(a.title);
    expect(await index.getArticle(ALL[0]!.url)).toEqual(await built.getArticle(ALL[0]!.url));
  });

  it('prunes and clears in the database', async () => {
    const index = await openArticleIndex({ idbFactory: new IDBFactory(), name: 'prune-test' });
    await index.ingest(ALL, ctx);
    expect(await index.prune({ now: T0 + 30 * 24 * HOUR, retentionDays: 7 })).toBe(7);
    expect(await index.stats()).toMatchObject({ articles: 0, stories: 0 });
    await index.ingest(ALL, ctx);
    await index.clear();
    expect(await index.stats()).toMatchObject({ articles: 0, stories: 0 });
  });
});
