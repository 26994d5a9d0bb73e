// Persistent feed state in IndexedDB (database `parallax-feeds`, via idb): per-feed FeedStatus and the
// current refresh job (its feeds, which are done, its progress), so a refresh survives the MV3 worker
// being stopped. Runs in the background (and tests with fake-indexeddb); the only I/O of lib/feeds.

import { wrap, type DBSchema, type IDBPDatabase, type IDBPTransaction, type StoreNames } from 'idb';
import type { FeedStatus, RefreshProgress } from './types';

export const FEED_DB_NAME = 'parallax-feeds';
/** Schema version; bump it and add a step to `upgradeFeedDb` for every schema change. */
export const FEED_DB_VERSION = 1;
const JOB_KEY = 'current';

export interface RefreshJobFeed {
  url: string;
  outletId: string | null;
}

/** One feed of the current job; `done` is set in the same transaction that stores its new status. */
export interface RefreshJobEntry extends RefreshJobFeed {
  done: boolean;
  /** Position in the job (records are keyed by URL, so their order is kept here). */
  order: number;
}

export interface RefreshJob {
  id: typeof JOB_KEY;
  /** The run that currently owns the job; a newer run taking it over makes older ones stop. */
  runId: string;
  progress: RefreshProgress;
  /** Epoch ms of the last change (start, take-over, a finished feed). */
  updatedAt: number;
}

export interface FeedCompletion {
  runId: string;
  status: FeedStatus;
  added: number;
  failed: boolean;
  skipped?: boolean;
  notModified?: boolean;
  /** Articles the index removed to make room while storing this feed (storage full). */
  pruned?: number;
  now: number;
}

interface FeedDbSchema extends DBSchema {
  statuses: { key: string; value: FeedStatus };
  job: { key: string; value: RefreshJob };
  jobFeeds: { key: string; value: RefreshJobEntry };
}

type FeedDb = IDBPDatabase<FeedDbSchema>;

export function createIdleProgress(): RefreshProgress {
  return { running: false, startedAt: null, finishedAt: null, feedsTotal: 0, feedsDone: 0, newArticles: 0, errors: 0, skipped: 0, notModified: 0 };
}

/** Schema steps by version; an existing database runs only the steps above its version. */
function upgradeFeedDb(
  db: FeedDb,
  oldVersion: number,
  _tx: IDBPTransaction<FeedDbSchema, StoreNames<FeedDbSchema>[], 'versionchange'>,
): void {
  if (oldVersion < 1) {
    db.createObjectStore('statuses', { keyPath: 'url' });
    db.createObjectStore('job', { keyPath: 'id' });
    db.createObjectStore('jobFeeds', { keyPath: 'url' });
  }
}

export interface FeedStateStore {
  getStatus(url: string): Promise<FeedStatus | null>;
  getAllStatuses(): Promise<FeedStatus[]>;
  putStatus(status: FeedStatus): Promise<void>;
  getJob(): Promise<RefreshJob | null>;
  /** Replaces any job with a new one over `feeds` (duplicates removed), owned by `runId`. */
  startJob(runId: string, feeds: RefreshJobFeed[], now: number): Promise<RefreshJob>;
  /** Makes `runId` the owner of the unfinished job (a resumed refresh); null when there is none. */
  claimJob(runId: string, now: number): Promise<RefreshJob | null>;
  /** Feeds of the current job not done yet, in job order. */
  getPendingFeeds(): Promise<RefreshJobFeed[]>;
  /**
   * Atomically stores the feed's status, marks it done and updates the progress. Returns the job, or
   * null when `runId` no longer owns it (the caller must stop). A feed already done is not counted twice.
   */
  completeFeed(completion: FeedCompletion): Promise<RefreshJob | null>;
  close(): void;
}

class IdbFeedStateStore implements FeedStateStore {
  constructor(private readonly db: FeedDb) {}

  async getStatus(url: string): Promise<FeedStatus | null> {
    return (await this.db.get('statuses', url)) ?? null;
  }

  getAllStatuses(): Promise<FeedStatus[]> {
    return this.db.getAll('statuses');
  }

  async putStatus(status: FeedStatus): Promise<void> {
    await this.db.put('statuses', status);
  }

  async getJob(): Promise<RefreshJob | null> {
    return (await this.db.get('job', JOB_KEY)) ?? null;
  }

  async startJob(runId: string, feeds: RefreshJobFeed[], now: number): Promise<RefreshJob> {
    const unique = new Map<string, RefreshJobFeed>();
    for (const feed of feeds) if (!unique.has(feed.url)) unique.set(feed.url, feed);
    const done = unique.size === 0;
    const job: RefreshJob = {
      id: JOB_KEY,
      runId,
      progress: { ...createIdleProgress(), running: !done, startedAt: now, finishedAt: done ? now : null, feedsTotal: unique.size },
      updatedAt: now,
    };
    const tx = this.db.transaction(['job', 'jobFeeds'], 'readwrite');
    const entries = tx.objectStore('jobFeeds');
    const writes: Promise<unknown>[] = [entries.clear()];
    let order = 0;
    for (const feed of unique.values()) {
      writes.push(entries.put({ url: feed.url, outletId: feed.outletId, done: false, order: order++ }));
    }
    writes.push(tx.objectStore('job').put(job));
    await Promise.all([...writes, tx.done]);
    return job;
  }

  async claimJob(runId: string, now: number): Promise<RefreshJob | null> {
    const tx = this.db.transaction('job', 'readwrite');
    const job = await tx.store.get(JOB_KEY);
    if (!job || !job.progress.running) {
      await tx.done;
      return null;
    }
    const claimed: RefreshJob = { ...job, runId, updatedAt: now };
    await tx.store.put(claimed);
    await tx.done;
    return claimed;
  }

  async getPendingFeeds(): Promise<RefreshJobFeed[]> {
    const entries = await this.db.getAll('jobFeeds');
    return entries
      .filter((entry) => !entry.done)
      .sort((a, b) => a.order - b.order)
      .map(({ url, outletId }) => ({ url, outletId }));
  }

  async completeFeed(completion: FeedCompletion): Promise<RefreshJob | null> {
    const tx = this.db.transaction(['job', 'jobFeeds', 'statuses'], 'readwrite');
    const jobStore = tx.objectStore('job');
    const entryStore = tx.objectStore('jobFeeds');
    const job = await jobStore.get(JOB_KEY);
    if (!job || job.runId !== completion.runId) {
      await tx.done;
      return null;
    }
    const entry = await entryStore.get(completion.status.url);
    if (!entry || entry.done) {
      await tx.done;
      return job;
    }
    const progress: RefreshProgress = { ...job.progress };
    progress.feedsDone += 1;
    progress.newArticles += completion.added;
    if (completion.failed) progress.errors += 1;
    if (completion.skipped) progress.skipped = (progress.skipped ?? 0) + 1;
    if (completion.notModified) progress.notModified = (progress.notModified ?? 0) + 1;
    if (completion.pruned) progress.pruned = (progress.pruned ?? 0) + completion.pruned;
    if (progress.feedsDone >= progress.feedsTotal) {
      progress.running = false;
      progress.finishedAt = completion.now;
    }
    const updated: RefreshJob = { ...job, progress, updatedAt: completion.now };
    await Promise.all([
      entryStore.put({ ...entry, done: true }),
      tx.objectStore('statuses').put(completion.status),
      jobStore.put(updated),
      tx.done,
    ]);
    return updated;
  }

  close(): void {
    this.db.close();
  }
}

export interface OpenFeedStateStoreOptions {
  /** IndexedDB implementation; the global `indexedDB` when omitted (tests pass fake-indexeddb). */
  idbFactory?: IDBFactory;
  name?: string;
}

/** Opens (creating or upgrading) the feed-state database. */
export async function openFeedStateStore(options: OpenFeedStateStoreOptions = {}): Promise<FeedStateStore> {
  const factory = options.idbFactory ?? globalThis.indexedDB;
  const request = factory.open(options.name ?? FEED_DB_NAME, FEED_DB_VERSION);
  request.addEventListener('upgradeneeded', (event) => {
    upgradeFeedDb(wrap(request.result) as unknown as FeedDb, event.oldVersion, wrap(request.transaction!) as never);
  });
  const db = (await wrap(request)) as unknown as FeedDb;
  // Another context upgrading the schema must not be blocked by this connection.
  db.addEventListener('versionchange', () => db.close());
  return new IdbFeedStateStore(db);
}
