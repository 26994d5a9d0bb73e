// One feed refresh: fetches due feeds with a concurrency limit, hands items to the ingester, and records
// each feed as done only after its ingest resolved, so a refresh cut short (worker stopped) resumes on
// the next call without losing or duplicating. Runs in the background; I/O only through its deps.

import type { FeedItem, RefreshProgress } from './types';
import { createFeedStatus, fetchFeed, isFeedDue, markFeedFailed, type FetchFeedOptions } from './fetch-feed';
import { createIdleProgress, type FeedStateStore, type RefreshJob, type RefreshJobFeed } from './feed-state-store';

/** Default period of the refresh alarm, in minutes (the background schedules it). */
export const REFRESH_INTERVAL_MINUTES_DEFAULT = 30;
/** Feeds fetched at the same time. */
export const REFRESH_CONCURRENCY_DEFAULT = 4;
/** Requests to the same host at the same time (politeness towards outlets with many feeds). */
export const REFRESH_PER_HOST_CONCURRENCY = 2;
/** An unfinished job older than this (no progress for so long) is restarted instead of resumed, in hours. */
export const REFRESH_JOB_STALE_HOURS = 6;

export interface RefreshFeed {
  url: string;
  outletId: string | null;
}

export interface RefreshDeps {
  fetch: typeof fetch;
  now: () => number;
  random?: () => number;
  store: FeedStateStore;
  feeds: RefreshFeed[];
  /** Stores items; must be idempotent by canonical URL (a resumed feed may be ingested again). */
  ingest: (items: FeedItem[], feed: RefreshFeed) => Promise<{ added: number; pruned?: number }>;
  /**
   * Runs after each feed's outcome (stored, failed, skipped or not modified) and before the feed is recorded
   * done, so work it does is finished before the job reports done. `isLast` is true for exactly one feed of
   * the run: the last one to get here, when every other feed of the run has already been ingested. A failure
   * is ignored (the feed is still recorded); its pruned count adds to the feed's.
   */
  afterFeed?: (feed: RefreshFeed, info: { isLast: boolean }) => Promise<{ pruned?: number }>;
  concurrency?: number;
  onProgress?: (progress: RefreshProgress) => void;
  timeoutMs?: number;
  maxBytes?: number;
}

function describe(error: unknown): string {
  return (error instanceof Error ? error.message : String(error)).split('\n')[0]!.slice(0, 200);
}

function createRunId(now: number, random: () => number): string {
  return `${now.toString(36)}-${Math.floor(random() * 2 ** 32).toString(36)}`;
}

/** The job to work on: the unfinished one (taken over) or a new one over `deps.feeds`. */
async function acquireJob(deps: RefreshDeps, runId: string, now: number): Promise<RefreshJob> {
  const current = await deps.store.getJob();
  const staleMs = REFRESH_JOB_STALE_HOURS * 3_600_000;
  if (current?.progress.running && now - current.updatedAt < staleMs) {
    const claimed = await deps.store.claimJob(runId, now);
    if (claimed) return claimed;
  }
  return deps.store.startJob(runId, deps.feeds, now);
}

/** Fetches, ingests and records one feed. Returns false when another run took the job over. */
async function refreshOne(
  deps: RefreshDeps,
  runId: string,
  feed: RefreshJobFeed,
  random: () => number,
  settle: () => { isLast: boolean },
): Promise<boolean> {
  const stored = await deps.store.getStatus(feed.url);
  const previous = { ...(stored ?? createFeedStatus(feed.url, feed.outletId)), outletId: feed.outletId };
  const startedAt = deps.now();
  const report = async (completion: {
    status: typeof previous;
    added?: number;
    pruned?: number;
    failed?: boolean;
    skipped?: boolean;
    notModified?: boolean;
  }) => {
    let pruned = completion.pruned ?? 0;
    if (deps.afterFeed) {
      try {
        pruned += (await deps.afterFeed({ url: feed.url, outletId: feed.outletId }, settle())).pruned ?? 0;
      } catch {
        // The follow-up work is the caller's to retry (the refresh service finishes it after the run).
      }
    }
    const job = await deps.store.completeFeed({
      runId,
      status: completion.status,
      added: completion.added ?? 0,
      pruned,
      failed: completion.failed ?? false,
      skipped: completion.skipped,
      notModified: completion.notModified,
      now: deps.now(),
    });
    if (job) deps.onProgress?.(job.progress);
    return job !== null;
  };
  if (!isFeedDue(previous, startedAt)) return report({ status: previous, skipped: true });
  const options: FetchFeedOptions = { now: startedAt, random, timeoutMs: deps.timeoutMs, maxBytes: deps.maxBytes };
  const outcome = await fetchFeed(deps.fetch, previous, options);
  if (outcome.kind === 'error') return report({ status: outcome.status, failed: true });
  if (outcome.kind === 'not-modified') return report({ status: outcome.status, notModified: true });
  let added = 0;
  let pruned = 0;
  if (outcome.items.length > 0) {
    try {
      ({ added, pruned = 0 } = await deps.ingest(outcome.items, { url: feed.url, outletId: feed.outletId }));
    } catch (error) {
      const status = markFeedFailed(previous, 'ingest', `Storing the items failed: ${describe(error)}`, options);
      return report({ status, failed: true });
    }
  }
  return report({ status: outcome.status, added, pruned });
}

function hostOf(url: string): string {
  try {
    return new URL(url).hostname;
  } catch {
    return url;
  }
}

/** Hands out queued feeds in order, never more than REFRESH_PER_HOST_CONCURRENCY per host at once. */
function createHostScheduler(queue: RefreshJobFeed[]) {
  const active = new Map<string, number>();
  const hosts = new Map(queue.map((feed) => [feed.url, hostOf(feed.url)]));
  const hostOfFeed = (feed: RefreshJobFeed): string => hosts.get(feed.url) ?? feed.url;
  let waiters: (() => void)[] = [];
  const next = async (): Promise<RefreshJobFeed | null> => {
    for (;;) {
      if (queue.length === 0) return null;
      const index = queue.findIndex((feed) => (active.get(hostOfFeed(feed)) ?? 0) < REFRESH_PER_HOST_CONCURRENCY);
      if (index >= 0) {
        const [feed] = queue.splice(index, 1);
        const host = hostOfFeed(feed!);
        active.set(host, (active.get(host) ?? 0) + 1);
        return feed!;
      }
      // Every queued feed is on a busy host: wait until some feed finishes.
      await new Promise<void>((resolve) => waiters.push(resolve));
    }
  };
  const release = (feed: RefreshJobFeed): void => {
    const host = hostOfFeed(feed);
    active.set(host, (active.get(host) ?? 1) - 1);
    const woken = waiters;
    waiters = [];
    for (const wake of woken) wake();
  };
  return { next, release };
}

/**
 * Runs a refresh, or resumes the one a stopped worker left unfinished. Feeds in backoff are skipped;
 * each feed is marked done only after its ingest resolved. A second call while one runs takes the job
 * over (the first stops at its next feed). Returns the progress at the end.
 */
export async function runRefresh(deps: RefreshDeps): Promise<RefreshProgress> {
  const random = deps.random ?? Math.random;
  const runId = createRunId(deps.now(), random);
  const job = await acquireJob(deps, runId, deps.now());
  deps.onProgress?.(job.progress);
  const queue = await deps.store.getPendingFeeds();
  const concurrency = Math.max(1, Math.floor(deps.concurrency ?? REFRESH_CONCURRENCY_DEFAULT));
  const scheduler = createHostScheduler(queue);
  const runFeeds = queue.length;
  let settled = 0;
  // Synchronous count: exactly one feed of this run is told it is the last.
  const settle = () => ({ isLast: ++settled === runFeeds });
  let superseded = false;
  const worker = async (): Promise<void> => {
    while (!superseded) {
      const feed = await scheduler.next();
      if (!feed) return;
      try {
        if (!(await refreshOne(deps, runId, feed, random, settle))) superseded = true;
      } catch {
        // Only the store can throw here (fetch and ingest failures are recorded per feed). The feed
        // stays pending and is retried when the job resumes; the other feeds go on.
      } finally {
        scheduler.release(feed);
      }
    }
  };
  await Promise.all(Array.from({ length: Math.min(concurrency, Math.max(queue.length, 1)) }, worker));
  return getProgress(deps.store);
}

/** The progress of the current or last refresh (idle when there was none), for the popup and options. */
export async function getProgress(store: FeedStateStore): Promise<RefreshProgress> {
  return (await store.getJob())?.progress ?? createIdleProgress();
}
