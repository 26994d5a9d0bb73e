import 'fake-indexeddb/auto'; // idb checks `instanceof IDBRequest` against the globals
import { IDBFactory } from 'fake-indexeddb';
import { describe, expect, it } from 'vitest';
import { FEED_DB_NAME, FEED_DB_VERSION, openFeedStateStore } from '../../../lib/feeds/feed-state-store';
import { createFeedStatus } from '../../../lib/feeds/fetch-feed';

const NOW = Date.parse('2026-11-21T12:00:00Z');

describe('feed state store', () => {
  it('creates the versioned parallax-feeds database and keeps statuses across reopening', async () => {
    const idbFactory = new IDBFactory();
    const store = await openFeedStateStore({ idbFactory });
    await store.putStatus({ ...createFeedStatus('https://a.example/rss', 'a'), etag: '"x"', failures: 2 });
    store.close();
    const databases = await idbFactory.databases();
    expect(databases).toContainEqual({ name: FEED_DB_NAME, version: FEED_DB_VERSION });
    const reopened = await openFeedStateStore({ idbFactory });
    expect(await reopened.getStatus('https://a.example/rss')).toMatchObject({ etag: '"x"', failures: 2, outletId: 'a' });
    expect(await reopened.getStatus('https://missing.example/rss')).toBeNull();
    expect(await reopened.getAllStatuses()).toHaveLength(1);
    reopened.close();
  });

  it('tracks a job: pending feeds in order, atomic completion, no double counting, ownership', async () => {
    const store = await openFeedStateStore({ idbFactory: new IDBFactory() });
    const feeds = ['https://c.example/rss', 'https://a.example/rss', 'https://b.example/rss', 'https://a.example/rss'].map((url) => ({ url, outletId: null }));
    const job = await store.startJob('run-1', feeds, NOW);
    expect(job.progress).toMatchObject({ running: true, feedsTotal: 3, feedsDone: 0, startedAt: NOW, finishedAt: null });
    expect((await store.getPendingFeeds()).map((feed) => feed.url)).toEqual(['https://c.example/rss', 'https://a.example/rss', 'https://b.example/rss']);

    const status = { ...createFeedStatus('https://a.example/rss', null), lastSuccess: NOW };
    const afterA = await store.completeFeed({ runId: 'run-1', status, added: 5, failed: false, now: NOW + 1 });
    expect(afterA?.progress).toMatchObject({ feedsDone: 1, newArticles: 5 });
    expect(await store.getStatus('https://a.example/rss')).toMatchObject({ lastSuccess: NOW });
    // The same feed again is not counted twice.
    const again = await store.completeFeed({ runId: 'run-1', status, added: 5, failed: false, now: NOW + 2 });
    expect(again?.progress).toMatchObject({ feedsDone: 1, newArticles: 5 });

    // A newer run takes over; the old one is refused and writes nothing.
    expect(await store.claimJob('run-2', NOW + 3)).toMatchObject({ runId: 'run-2' });
    const refused = await store.completeFeed({
      runId: 'run-1',
      status: createFeedStatus('https://b.example/rss', null),
      added: 1,
      failed: false,
      now: NOW + 4,
    });
    expect(refused).toBeNull();
    expect(await store.getStatus('https://b.example/rss')).toBeNull();

    await store.completeFeed({ runId: 'run-2', status: createFeedStatus('https://b.example/rss', null), added: 0, failed: true, now: NOW + 5 });
    const last = await store.completeFeed({ runId: 'run-2', status: createFeedStatus('https://c.example/rss', null), added: 2, failed: false, skipped: true, now: NOW + 6 });
    expect(last?.progress).toMatchObject({ running: false, feedsDone: 3, newArticles: 7, errors: 1, skipped: 1, finishedAt: NOW + 6 });
    expect(await store.getPendingFeeds()).toEqual([]);
    expect(await store.claimJob('run-3', NOW + 7)).toBeNull();
    store.close();
  });

  it('finishes an empty job at once', async () => {
    const store = await openFeedStateStore({ idbFactory: new IDBFactory() });
    const job = await store.startJob('run', [], NOW);
    expect(job.progress).toMatchObject({ running: false, feedsTotal: 0, finishedAt: NOW });
    store.close();
  });

  it('does not block a schema upgrade from another connection', async () => {
    const idbFactory = new IDBFactory();
    const store = await openFeedStateStore({ idbFactory });
    const upgrade = await new Promise<IDBDatabase>((resolve, reject) => {
      const request = idbFactory.open(FEED_DB_NAME, FEED_DB_VERSION + 1);
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error);
    });
    expect(upgrade.version).toBe(FEED_DB_VERSION + 1);
    expect([...upgrade.objectStoreNames].sort()).toEqual(['job', 'jobFeeds', 'statuses']);
    upgrade.close();
    void store;
  });
});
