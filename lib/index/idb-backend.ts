// IndexedDB implementation of the index backend (the extension's background worker), with the versioned
// schema and its migrations. One transaction per unit of work, so a worker killed half-way leaves the
// previous state intact. Uses only IndexedDB (via idb); no DOM, no clock.

import { unwrap, wrap, type IDBPDatabase, type IDBPTransaction } from 'idb';
import {
  IndexSession,
  signDisplayText,
  type ArticleDisplay,
  type IndexBackend,
  type IndexMeta,
  type IndexTx,
  type PendingArticle,
  type PendingBatch,
  type PostingBucket,
  type StoredArticle,
  type StoredFeatures,
  type StoredStory,
} from './index-records';
import { ingestArticle } from './story-clusters';
import type { ArticleInput } from './types';

export const INDEX_DB_NAME = 'parallax-index';
/**
 * Schema versions:
 * 1 — `articles` (keyPath id: the whole article with its storyId, index byPublished) and `meta`.
 * 2 — matching data moved out of the article: `features` (by seq), `stories` (members + centroid),
 *     `df` (term -> document frequency), `postings` ([term, day] -> seqs), `days` (day -> seqs);
 *     `articles` keeps display fields only. v1 articles are re-ingested so their features exist.
 * 3 — `pending` (by first seq): batches of articles stored by ingest's first step whose stories the second
 *     step assigns.
 * 4 — `features` gets the index `byStory` ([storyId, seq]): a coverage query reads the members of the
 *     page's story in one request instead of one per member (records unchanged, the index is built
 *     from them on upgrade).
 * 5 — display fields (title, summary, published URL, first-seen time, feed) move from `articles` to the
 *     `features` record (and the pending entry, until it is clustered): a coverage answer reads one record
 *     per article instead of two. `articles` keeps the canonical URL, the seq and a signature of the text.
 */
export const INDEX_DB_VERSION = 5;
/** Index of `features` by [storyId, seq] (schema version 4). */
const BY_STORY_INDEX = 'byStory';

/** The stores of the current schema. */
export const INDEX_STORES = ['meta', 'articles', 'features', 'stories', 'df', 'postings', 'days', 'pending'] as const;
const META_KEY = 'meta';
/** IndexedDB's largest `count` argument. */
const MAX_IDB_COUNT = 2 ** 32 - 1;

/** An article as version 1 stored it. */
export interface ArticleRecordV1 {
  id: string;
  url: string;
  title: string;
  summary: string | null;
  outletId: string | null;
  domain: string;
  lang: string | null;
  published: number;
  firstSeen: number;
  feedUrl: string | null;
  storyId: string;
}

/** An article as versions 2-4 stored it: version 1's display fields (the URL only when it differs from the
 *  id), and the key of its features record instead of a story. */
export interface ArticleRecordV4 extends Omit<ArticleRecordV1, 'url' | 'storyId'> {
  url?: string;
  seq: number;
}

/** Articles converted per request round of the version 5 upgrade (bounds its memory). */
const UPGRADE_CHUNK = 1_000;

// Typed as writable: readonly transactions only ever receive reads (IndexSession writes on flush only).
type AnyTx = IDBPTransaction<unknown, string[], 'readwrite' | 'versionchange'>;

function keyRange(): typeof IDBKeyRange {
  const range = (globalThis as { IDBKeyRange?: typeof IDBKeyRange }).IDBKeyRange;
  if (!range) throw new Error('IDBKeyRange is not available in this context');
  return range;
}

/**
 * `getAllRecords` of stores (Chromium 141+): keys and values in one request. Neither in Firefox nor in
 * TypeScript's DOM types yet: used when present.
 */
interface RecordReader {
  getAllRecords?(options: { query?: IDBKeyRange }): IDBRequest<Array<{ key: IDBValidKey; primaryKey: IDBValidKey; value: unknown }>>;
}

/**
 * A request as a promise, straight on the IDBRequest: a coverage query makes about a hundred reads and an
 * ingest batch hundreds of writes, and the idb wrapper's per-request listeners and proxies cost the page
 * more than the request itself. Errors reject (and abort the transaction) as through the wrapper.
 */
function read<T>(request: IDBRequest): Promise<T> {
  return new Promise((resolve, reject) => {
    request.onsuccess = () => resolve(request.result as T);
    request.onerror = () => reject(request.error);
  });
}

/** A write as a promise that settles when the store took it (see `read`). */
function write(request: IDBRequest): Promise<void> {
  return new Promise((resolve, reject) => {
    request.onsuccess = () => resolve();
    request.onerror = () => reject(request.error);
  });
}

function makeIdbTx(tx: AnyTx): IndexTx {
  // Reads and writes go to the unwrapped stores (see `read`).
  const rawTx = unwrap(tx) as IDBTransaction;
  const rawStores = new Map<string, IDBObjectStore>();
  const raw = (name: (typeof INDEX_STORES)[number]): IDBObjectStore => {
    let s = rawStores.get(name);
    if (!s) rawStores.set(name, (s = rawTx.objectStore(name)));
    return s;
  };
  return {
    readsAreRoundTrips: true,
    getMeta: () => read<IndexMeta | undefined>(raw('meta').get(META_KEY)),
    getArticle: (id) => read<StoredArticle | undefined>(raw('articles').get(id)),
    listArticleIds: async (from, to, limit) =>
      (await read<IDBValidKey[]>(raw('articles').getAllKeys(keyRange().bound(from, to), Math.min(limit, MAX_IDB_COUNT)))).map(String),
    getFeatures: (seq) => read<StoredFeatures | undefined>(raw('features').get(seq)),
    getStory: (id) => read<StoredStory | undefined>(raw('stories').get(id)),
    getFeaturesOfStory: (storyId, seqFrom, seqTo) =>
      read<StoredFeatures[]>(raw('features').index(BY_STORY_INDEX).getAll(keyRange().bound([storyId, seqFrom], [storyId, seqTo]))),
    getDf: async (term) => (await read<number | undefined>(raw('df').get(term))) ?? 0,
    getPostings: async (term, dayFrom, dayTo) => {
      const range = keyRange().bound([term, dayFrom], [term, dayTo]);
      const s = raw('postings');
      const reader = s as unknown as RecordReader;
      // One request where the browser can return keys with values, else two.
      const [keys, values]: [IDBValidKey[], unknown[]] = reader.getAllRecords
        ? await read<Array<{ key: IDBValidKey; value: unknown }>>(reader.getAllRecords({ query: range })).then((rs) => [
            rs.map((r) => r.key),
            rs.map((r) => r.value),
          ])
        : await Promise.all([read<IDBValidKey[]>(s.getAllKeys(range)), read<unknown[]>(s.getAll(range))]);
      const out: PostingBucket[] = [];
      keys.forEach((k, i) => {
        const day = Array.isArray(k) ? Number(k[1]) : NaN;
        const seqs = values[i] as number[] | undefined;
        if (Number.isFinite(day) && seqs) out.push({ day, seqs });
      });
      return out;
    },
    getDay: (day) => read<number[] | undefined>(raw('days').get(day)),
    listDays: async (beforeDay, limit) =>
      (await read<IDBValidKey[]>(raw('days').getAllKeys(keyRange().upperBound(beforeDay, true), Math.min(limit, MAX_IDB_COUNT)))).map(Number),
    count: (name) => read<number>(raw(name).count()),
    listPending: (limit) => read<PendingBatch[]>(raw('pending').getAll(null, Math.min(limit, MAX_IDB_COUNT))),
    putPending: (p) => write(raw('pending').put(p)),
    deletePending: (seq) => write(raw('pending').delete(seq)),
    putMeta: (meta) => write(raw('meta').put(meta, META_KEY)),
    putArticle: (a) => write(raw('articles').put(a)),
    deleteArticle: (id) => write(raw('articles').delete(id)),
    putFeatures: (f) => write(raw('features').put(f)),
    deleteFeatures: (seq) => write(raw('features').delete(seq)),
    putStory: (s) => write(raw('stories').put(s)),
    deleteStory: (id) => write(raw('stories').delete(id)),
    putDf: (term, df) => write(df > 0 ? raw('df').put(df, term) : raw('df').delete(term)),
    putPostings: (term, day, seqs) =>
      write(seqs.length ? raw('postings').put(seqs, [term, day]) : raw('postings').delete([term, day])),
    putDay: (day, seqs) => write(seqs.length ? raw('days').put(seqs, day) : raw('days').delete(day)),
  };
}

/** Creates the version-1 layout (kept so migrations and their tests start from the real old schema). */
export function createSchemaV1(db: IDBDatabase): void {
  const articles = db.createObjectStore('articles', { keyPath: 'id' });
  articles.createIndex('byPublished', 'published');
  db.createObjectStore('meta');
}

/** Version 1 -> 2: new stores, then every v1 article re-ingested (features, postings, stories). */
async function migrateV1toV2(db: IDBDatabase, tx: AnyTx): Promise<void> {
  db.createObjectStore('features', { keyPath: 'seq' });
  db.createObjectStore('stories', { keyPath: 'id' });
  db.createObjectStore('df');
  db.createObjectStore('postings');
  db.createObjectStore('days');
  const articles = tx.objectStore('articles');
  const old = (await articles.getAll()) as ArticleRecordV1[];
  await articles.clear();
  if (articles.indexNames.contains('byPublished')) articles.deleteIndex('byPublished');
  await tx.objectStore('meta').clear();
  old.sort((a, b) => a.published - b.published || (a.id < b.id ? -1 : 1));
  const session = new IndexSession(makeIdbTx(tx));
  for (const a of old) {
    const input: ArticleInput = {
      url: a.url,
      title: a.title,
      summary: a.summary,
      outletId: a.outletId,
      lang: a.lang,
      published: a.published,
    };
    // First-seen time is kept: the article was seen then, not now.
    await ingestArticle(session, input, a.feedUrl, Math.max(a.firstSeen, a.published));
  }
  await session.flush();
}

/** Version 2 -> 3: the store of articles awaiting clustering (none yet: v2 clustered at once). */
function migrateV2toV3(db: IDBDatabase): void {
  db.createObjectStore('pending', { keyPath: 'seq' });
}

/** Version 3 -> 4: the members-of-a-story index (built by IndexedDB from the existing records). */
export function addStoryIndex(tx: IDBTransaction): void {
  const features = tx.objectStore('features');
  if (!features.indexNames.contains(BY_STORY_INDEX)) features.createIndex(BY_STORY_INDEX, ['storyId', 'seq']);
}

function toDisplayV4(a: ArticleRecordV4): ArticleDisplay {
  const d: ArticleDisplay = { title: a.title, firstSeen: a.firstSeen };
  if (a.summary) d.summary = a.summary;
  if (a.url !== undefined && a.url !== a.id) d.url = a.url;
  if (a.feedUrl) d.feedUrl = a.feedUrl;
  return d;
}

/**
 * Version 4 -> 5: each article's display fields go to its features record, or to its pending entry while
 * it waits to be clustered; the article keeps its seq and the signature of its text. Records already in
 * the version 5 shape (a database that version 1 -> 2 re-ingested with this code) are left as they are.
 */
export async function migrateV4toV5(tx: IDBTransaction): Promise<void> {
  const articles = tx.objectStore('articles');
  const features = tx.objectStore('features');
  const pendingStore = tx.objectStore('pending');
  const batches = await read<PendingBatch[]>(pendingStore.getAll());
  const pendingBySeq = new Map<number, { entry: PendingArticle; batch: PendingBatch }>();
  for (const batch of batches) for (const entry of batch.articles) pendingBySeq.set(entry.seq, { entry, batch });
  const changedBatches = new Set<PendingBatch>();
  let after: string | null = null;
  for (;;) {
    const chunk: Array<ArticleRecordV4 | StoredArticle> = await read(
      articles.getAll(after === null ? null : keyRange().lowerBound(after, true), UPGRADE_CHUNK),
    );
    const last = chunk[chunk.length - 1];
    if (!last) break;
    after = last.id;
    const old = chunk.filter((a): a is ArticleRecordV4 => 'title' in a);
    const found = await Promise.all(old.map((a) => read<StoredFeatures | undefined>(features.get(a.seq))));
    const writes: Array<Promise<void>> = [];
    old.forEach((a, i) => {
      const display = toDisplayV4(a);
      const f = found[i];
      if (f) writes.push(write(features.put({ ...f, ...display })));
      else {
        const p = pendingBySeq.get(a.seq);
        if (p) {
          Object.assign(p.entry, display);
          changedBatches.add(p.batch);
        }
      }
      const slim: StoredArticle = { id: a.id, seq: a.seq, sig: signDisplayText(a.title, a.summary) };
      writes.push(write(articles.put(slim)));
    });
    await Promise.all(writes);
  }
  await Promise.all([...changedBatches].map((b) => write(pendingStore.put(b))));
}

/** Opens (creating or upgrading) the index database; `version` only for tests that build an older schema. */
export async function openIndexDb(
  opts: { idbFactory?: IDBFactory; name?: string; version?: number } = {},
): Promise<IDBPDatabase> {
  const factory = opts.idbFactory ?? (globalThis as { indexedDB?: IDBFactory }).indexedDB;
  if (!factory) throw new Error('IndexedDB is not available in this context');
  const version = opts.version ?? INDEX_DB_VERSION;
  const request = factory.open(opts.name ?? INDEX_DB_NAME, version);
  let migration: Promise<void> = Promise.resolve();
  request.onupgradeneeded = (event) => {
    const db = request.result;
    const raw = request.transaction;
    if (!raw) return;
    const tx = wrap(raw) as unknown as AnyTx;
    const oldVersion = event.oldVersion;
    if (oldVersion < 1) createSchemaV1(db);
    if (oldVersion < 2) migration = migrateV1toV2(db, tx);
    // Synchronous, and needs no data: safe after the (asynchronous) v1 -> v2 re-ingest was started.
    if (oldVersion < 3 && version >= 3) migrateV2toV3(db);
    // Synchronously too, while the upgrade transaction is active (migrateV1toV2 creates `features` before
    // it first waits).
    if (oldVersion < 4 && version >= 4) addStoryIndex(raw);
    // Data written by versions 2-4 (version 1's was just re-ingested in the current shape).
    if (oldVersion >= 2 && oldVersion < 5 && version >= 5) migration = migrateV4toV5(raw);
    migration.catch(() => {
      try {
        raw.abort();
      } catch {
        // already finished
      }
    });
  };
  const db = await wrap(request);
  await migration;
  if (!db) throw new Error('IndexedDB open failed');
  return db;
}

/** The index backend over an open database. */
export function createIdbBackend(db: IDBPDatabase): IndexBackend {
  return {
    readsAreRoundTrips: true,
    async run(mode, work) {
      const tx = db.transaction([...INDEX_STORES], mode) as unknown as AnyTx;
      try {
        const result = await work(makeIdbTx(tx));
        await tx.done;
        return result;
      } catch (err) {
        try {
          tx.abort();
        } catch {
          // The transaction already ended (aborted by the error itself).
        }
        throw err;
      }
    },
    async clear() {
      const tx = db.transaction([...INDEX_STORES], 'readwrite');
      await Promise.all([...INDEX_STORES.map((s) => tx.objectStore(s).clear()), tx.done]);
    },
  };
}
