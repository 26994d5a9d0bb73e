import 'fake-indexeddb/auto'; // idb checks `instanceof IDBRequest` against the globals
import { IDBFactory } from 'fake-indexeddb';
import { describe, expect, it } from 'vitest';
import { openFeedStateStore, type FeedStateStore } from '../../../lib/feeds/feed-state-store';
import { createFeedStatus } from '../../../lib/feeds/fetch-feed';
import { getProgress, runRefresh, REFRESH_INTERVAL_MINUTES_DEFAULT, type RefreshFeed } from '../../../lib/feeds/refresh';
import type { FeedItem, RefreshProgress } from '../../../lib/feeds/types';
import { createFakeFetch, hangUntilAborted, rssBody, type FakeRoute } from './feed-fakes';

const NOW = Date.parse('2026-11-21T12:00:00Z');
const feedUrl = (name: string) => `https://${name}.example.com/rss`;
const articleUrl = (name: string, i: number) => `https://${name}.example.com/story/${i}`;

function okFeed(name: string, count = 2): FakeRoute {
  return () =>
    new Response(rssBody(Array.from({ length: count }, (_, i) => ({ title: `${name} ${i}`, url: articleUrl(name, i) }))), {
      headers: { etag: `"${name}-v1"` },
    });
}

/** An idempotent ingester keyed by URL, like the article index. */
function createIndex() {
  const articles = new Map<string, FeedItem>();
  const calls: string[] = [];
  const ingest = async (items: FeedItem[], feed: RefreshFeed) => {
    calls.push(feed.url);
    let added = 0;
    for (const item of items) {
      if (!articles.has(item.url)) added++;
      articles.set(item.url, item);
    }
    return { added };
  };
  return { articles, calls, ingest };
}

/** Lets pending promise callbacks and fake-indexeddb's scheduled work run. */
async function settle(rounds = 20): Promise<void> {
  for (let i = 0; i < rounds; i++) await new Promise((resolve) => setTimeout(resolve, 0));
}

async function openStore(idbFactory = new IDBFactory()): Promise<FeedStateStore> {
  return openFeedStateStore({ idbFactory });
}

describe('runRefresh', () => {
  it('fetches every feed, ingests items, reports progress and stores statuses', async () => {
    const store = await openStore();
    const names = ['a', 'b', 'c', 'd', 'e'];
    const { fetch } = createFakeFetch(Object.fromEntries(names.map((name) => [feedUrl(name), okFeed(name)])));
    const index = createIndex();
    const seen: RefreshProgress[] = [];
    const progress = await runRefresh({
      fetch,
      now: () => NOW,
      store,
      feeds: names.map((name) => ({ url: feedUrl(name), outletId: name })),
      ingest: index.ingest,
      concurrency: 2,
      onProgress: (p) => seen.push(p),
    });
    expect(progress).toMatchObject({ running: false, feedsTotal: 5, feedsDone: 5, newArticles: 10, errors: 0, startedAt: NOW, finishedAt: NOW });
    expect(index.articles.size).toBe(10);
    expect(seen[0]).toMatchObject({ running: true, feedsDone: 0, feedsTotal: 5 });
    expect(seen.map((p) => p.feedsDone)).toEqual([0, 1, 2, 3, 4, 5]);
    expect(await getProgress(store)).toEqual(progress);
    expect(await store.getStatus(feedUrl('c'))).toMatchObject({ etag: '"c-v1"', items: 2, outletId: 'c', failures: 0 });
    expect(REFRESH_INTERVAL_MINUTES_DEFAULT).toBe(30);
  });

  it('reports articles the index pruned because storage was full, and goes on with the other feeds', async () => {
    const store = await openStore();
    const names = ['a', 'b', 'c'];
    const { fetch } = createFakeFetch(Object.fromEntries(names.map((name) => [feedUrl(name), okFeed(name, 3)])));
    const index = createIndex();
    // Feed b arrives when storage is full: the index drops 4 old articles to make room, then stores b's items.
    const ingest = async (items: FeedItem[], feed: RefreshFeed) => {
      const result = await index.ingest(items, feed);
      return feed.url === feedUrl('b') ? { ...result, pruned: 4 } : result;
    };
    const progress = await runRefresh({
      fetch,
      now: () => NOW,
      store,
      feeds: names.map((name) => ({ url: feedUrl(name), outletId: name })),
      ingest,
      concurrency: 1,
    });
    expect(progress).toMatchObject({ running: false, feedsDone: 3, newArticles: 9, errors: 0, pruned: 4 });
    expect(await getProgress(store)).toEqual(progress);
  });

  it('keeps at most `concurrency` requests in flight', async () => {
    const store = await openStore();
    let inFlight = 0;
    let maxInFlight = 0;
    const routes: Record<string, FakeRoute> = {};
    for (let i = 0; i < 9; i++) {
      routes[feedUrl(`f${i}`)] = async (request) => {
        inFlight++;
        maxInFlight = Math.max(maxInFlight, inFlight);
        await settle(20); // long enough for the other workers to start their requests
        inFlight--;
        return okFeed(`f${i}`, 1)(request);
      };
    }
    const { fetch } = createFakeFetch(routes);
    const progress = await runRefresh({
      fetch,
      now: () => NOW,
      store,
      feeds: Object.keys(routes).map((url) => ({ url, outletId: null })),
      ingest: createIndex().ingest,
      concurrency: 3,
    });
    expect(progress.feedsDone).toBe(9);
    expect(maxInFlight).toBe(3);
  });

  it('sends at most two requests at once to the same host', async () => {
    const store = await openStore();
    const inFlightByHost = new Map<string, number>();
    let maxSameHost = 0;
    let maxTotal = 0;
    let total = 0;
    const routes: Record<string, FakeRoute> = {};
    const urls = [
      ...Array.from({ length: 6 }, (_, i) => `https://feeds.shared.example/${i}.xml`),
      ...Array.from({ length: 3 }, (_, i) => feedUrl(`solo${i}`)),
    ];
    for (const url of urls) {
      routes[url] = async () => {
        const host = new URL(url).hostname;
        inFlightByHost.set(host, (inFlightByHost.get(host) ?? 0) + 1);
        total++;
        maxSameHost = Math.max(maxSameHost, inFlightByHost.get(host)!);
        maxTotal = Math.max(maxTotal, total);
        await settle(20);
        inFlightByHost.set(host, inFlightByHost.get(host)! - 1);
        total--;
        return new Response(rssBody([{ title: url, url: `${url}/story` }]));
      };
    }
    const { fetch } = createFakeFetch(routes);
    const progress = await runRefresh({
      fetch,
      now: () => NOW,
      store,
      feeds: urls.map((url) => ({ url, outletId: null })),
      ingest: createIndex().ingest,
      concurrency: 4,
    });
    expect(progress).toMatchObject({ feedsDone: 9, errors: 0 });
    expect(maxSameHost).toBe(2);
    expect(maxTotal).toBe(4);
  });

  it('isolates failing feeds: each gets its own error and backoff, the others are ingested', async () => {
    const store = await openStore();
    const { fetch } = createFakeFetch({
      [feedUrl('good')]: okFeed('good'),
      [feedUrl('html')]: () => new Response('<!DOCTYPE html><html><body>hi</body></html>'),
      [feedUrl('binary')]: () => new Response(new Uint8Array([0, 1, 2, 3, 255, 254, 0, 0, 7])),
      [feedUrl('down')]: () => {
        throw new TypeError('Failed to fetch');
      },
      [feedUrl('bad-ingest')]: okFeed('bad-ingest'),
    });
    const index = createIndex();
    const progress = await runRefresh({
      fetch,
      now: () => NOW,
      random: () => 0.5,
      store,
      feeds: ['good', 'html', 'binary', 'down', 'bad-ingest', 'missing'].map((name) => ({ url: feedUrl(name), outletId: null })),
      ingest: async (items, feed) => {
        if (feed.url === feedUrl('bad-ingest')) throw new Error('QuotaExceededError');
        return index.ingest(items, feed);
      },
    });
    expect(progress).toMatchObject({ feedsDone: 6, errors: 5, newArticles: 2, running: false });
    const codes = Object.fromEntries((await store.getAllStatuses()).map((status) => [status.url, status.lastErrorCode]));
    expect(codes).toEqual({
      [feedUrl('good')]: null,
      [feedUrl('html')]: 'html-page',
      [feedUrl('binary')]: 'binary',
      [feedUrl('down')]: 'network',
      [feedUrl('bad-ingest')]: 'ingest',
      [feedUrl('missing')]: 'http',
    });
    const badIngest = await store.getStatus(feedUrl('bad-ingest'));
    // Its items were not stored, so its validators are not kept: the next fetch is a full one.
    expect(badIngest).toMatchObject({ etag: null, failures: 1 });
    expect(badIngest!.nextAllowed).toBeGreaterThan(NOW);
  });

  it('runs afterFeed for every outcome before the feed is recorded; exactly one call, the last, is told isLast', async () => {
    for (const concurrency of [1, 3]) {
      const store = await openStore();
      const { fetch } = createFakeFetch({
        [feedUrl('a')]: okFeed('a'),
        [feedUrl('b')]: okFeed('b'),
        [feedUrl('c')]: okFeed('c'),
        // The run's last feed fails: its follow-up work must still run before the job reports done.
        [feedUrl('down')]: () => {
          throw new TypeError('Failed to fetch');
        },
      });
      const index = createIndex();
      const calls: { url: string; isLast: boolean; ingested: number; running: boolean; feedsDone: number }[] = [];
      const progress = await runRefresh({
        fetch,
        now: () => NOW,
        random: () => 0.5,
        store,
        concurrency,
        feeds: ['a', 'b', 'c', 'down'].map((name) => ({ url: feedUrl(name), outletId: null })),
        ingest: index.ingest,
        afterFeed: async (feed, { isLast }) => {
          const job = await getProgress(store);
          calls.push({ url: feed.url, isLast, ingested: index.calls.length, running: job.running, feedsDone: job.feedsDone });
          return { pruned: isLast ? 2 : 0 };
        },
      });
      expect(progress).toMatchObject({ running: false, feedsDone: 4, errors: 1, newArticles: 6, pruned: 2 });
      expect(calls.map((call) => call.url).sort()).toEqual(['a', 'b', 'c', 'down'].map(feedUrl).sort());
      expect(calls.filter((call) => call.isLast)).toHaveLength(1);
      const last = calls.at(-1)!;
      // Told last only once every other feed was ingested, and while the job still runs.
      expect(last).toMatchObject({ isLast: true, ingested: 3, running: true, feedsDone: 3 });
      if (concurrency === 1) expect(last.url).toBe(feedUrl('down'));
    }
  });

  it('records the feed even when afterFeed fails', async () => {
    const store = await openStore();
    const { fetch } = createFakeFetch({ [feedUrl('a')]: okFeed('a') });
    const index = createIndex();
    const progress = await runRefresh({
      fetch,
      now: () => NOW,
      store,
      feeds: [{ url: feedUrl('a'), outletId: null }],
      ingest: index.ingest,
      afterFeed: async () => {
        throw new Error('clustering failed');
      },
    });
    expect(progress).toMatchObject({ running: false, feedsDone: 1, errors: 0, newArticles: 2 });
  });

  it('skips feeds in backoff and uses conditional GET on the next run', async () => {
    const store = await openStore();
    await store.putStatus({ ...createFeedStatus(feedUrl('resting'), null), failures: 3, nextAllowed: NOW + 3_600_000 });
    const { fetch, requests } = createFakeFetch({
      [feedUrl('fresh')]: (request) =>
        request.headers['if-none-match'] === '"fresh-v1"' ? new Response(null, { status: 304 }) : okFeed('fresh')(request),
      [feedUrl('resting')]: okFeed('resting'),
    });
    const index = createIndex();
    const deps = {
      fetch,
      store,
      feeds: [{ url: feedUrl('fresh'), outletId: null }, { url: feedUrl('resting'), outletId: null }],
      ingest: index.ingest,
    };
    const first = await runRefresh({ ...deps, now: () => NOW });
    expect(first).toMatchObject({ feedsDone: 2, skipped: 1, newArticles: 2 });
    expect(requests.map((request) => request.url)).toEqual([feedUrl('fresh')]);

    const later = NOW + 2 * 3_600_000;
    const second = await runRefresh({ ...deps, now: () => later });
    expect(second).toMatchObject({ feedsDone: 2, skipped: 0, notModified: 1, newArticles: 2, startedAt: later });
    expect(index.calls.filter((url) => url === feedUrl('fresh'))).toHaveLength(1);
    expect(await store.getStatus(feedUrl('resting'))).toMatchObject({ failures: 0, items: 2 });
  });

  it('resumes a refresh cut short by a stopped worker without losing or duplicating articles', async () => {
    const idbFactory = new IDBFactory();
    const names = ['a', 'b', 'c', 'd', 'e'];
    const feeds = names.map((name) => ({ url: feedUrl(name), outletId: null }));
    const index = createIndex();

    // First worker: 'c' never answers; 'b' is ingested but the worker dies before recording it.
    const storeBefore = await openStore(idbFactory);
    const first = createFakeFetch({ ...Object.fromEntries(names.map((name) => [feedUrl(name), okFeed(name)])), [feedUrl('c')]: hangUntilAborted });
    const abandoned = runRefresh({
      fetch: first.fetch,
      now: () => NOW,
      store: storeBefore,
      feeds,
      concurrency: 2,
      timeoutMs: 3_600_000,
      ingest: async (items, feed) => {
        const result = await index.ingest(items, feed);
        if (feed.url === feedUrl('b')) return new Promise<never>(() => undefined); // killed here
        return result;
      },
    });
    void abandoned;
    // Wait (by event-loop turns, not time) until the first worker is stuck: 'a' done, 'b' and 'c' hung.
    for (let turn = 0; turn < 2000 && !(index.articles.size === 4 && (await getProgress(storeBefore)).feedsDone === 1); turn++) {
      await settle(1);
    }
    await settle(20);
    const midway = await getProgress(storeBefore);
    expect(midway).toMatchObject({ running: true, feedsDone: 1, newArticles: 2 });
    expect(index.articles.size).toBe(4); // a and b are in the index, only a is recorded as done

    // The worker restarts: a new connection, a new call. The unfinished job is resumed, not restarted.
    const storeAfter = await openStore(idbFactory);
    const second = createFakeFetch(Object.fromEntries(names.map((name) => [feedUrl(name), okFeed(name)])));
    const progress = await runRefresh({
      fetch: second.fetch,
      now: () => NOW + 60_000,
      store: storeAfter,
      feeds,
      ingest: index.ingest,
    });
    expect(second.requests.map((request) => request.url).sort()).toEqual([feedUrl('b'), feedUrl('c'), feedUrl('d'), feedUrl('e')]);
    expect(progress).toMatchObject({ running: false, feedsTotal: 5, feedsDone: 5, startedAt: NOW, finishedAt: NOW + 60_000 });
    expect(index.articles.size).toBe(10);
    // 'b' was ingested twice, idempotently: no article lost or duplicated. Its first ingest's count died
    // with the first worker, so newArticles undercounts by those (a known, harmless limitation).
    expect(progress.newArticles).toBe(10 - 2);
    expect(index.calls.filter((url) => url === feedUrl('b'))).toHaveLength(2);
  });

  it('a second call takes over a running refresh; the first stops and nothing is counted twice', async () => {
    const store = await openStore();
    const names = ['a', 'b', 'c', 'd'];
    let release: (() => void) | null = null;
    const gate = new Promise<void>((resolve) => (release = resolve));
    const routes = Object.fromEntries(names.map((name) => [feedUrl(name), okFeed(name)]));
    const slow = createFakeFetch({ ...routes, [feedUrl('a')]: async (request) => (await gate, okFeed('a')(request)) });
    const index = createIndex();
    const feeds = names.map((name) => ({ url: feedUrl(name), outletId: null }));
    const firstRun = runRefresh({ fetch: slow.fetch, now: () => NOW, store, feeds, ingest: index.ingest, concurrency: 1 });
    for (let turn = 0; turn < 2000 && slow.requests.length === 0; turn++) await settle(1);
    const fast = createFakeFetch(routes);
    const secondProgress = await runRefresh({ fetch: fast.fetch, now: () => NOW + 1000, store, feeds, ingest: index.ingest, concurrency: 1 });
    release!();
    await firstRun;
    expect(secondProgress).toMatchObject({ feedsDone: 4, running: false });
    expect(await getProgress(store)).toMatchObject({ feedsDone: 4, newArticles: 8 });
    expect(slow.requests).toHaveLength(1); // the first run stopped after its in-flight feed
    expect(index.articles.size).toBe(8);
  });

  it('starts a new job after a finished one and when an unfinished one is stale', async () => {
    const store = await openStore();
    const feeds = [{ url: feedUrl('a'), outletId: null }];
    const { fetch } = createFakeFetch({ [feedUrl('a')]: okFeed('a') });
    await runRefresh({ fetch, now: () => NOW, store, feeds, ingest: createIndex().ingest });
    const again = await runRefresh({ fetch, now: () => NOW + 3_600_000, store, feeds, ingest: createIndex().ingest });
    expect(again.startedAt).toBe(NOW + 3_600_000);

    await store.startJob('dead-run', [{ url: feedUrl('zombie'), outletId: null }], NOW);
    const fresh = await runRefresh({ fetch, now: () => NOW + 24 * 3_600_000, store, feeds, ingest: createIndex().ingest });
    expect(fresh).toMatchObject({ feedsTotal: 1, feedsDone: 1, startedAt: NOW + 24 * 3_600_000 });
  });

  it('goes on with the other feeds when storing one feed fails, and retries it on resume', async () => {
    const store = await openStore();
    const names = ['a', 'b', 'c'];
    const { fetch } = createFakeFetch(Object.fromEntries(names.map((name) => [feedUrl(name), okFeed(name)])));
    const failing: FeedStateStore = {
      ...store,
      getJob: () => store.getJob(),
      startJob: (...args) => store.startJob(...args),
      claimJob: (...args) => store.claimJob(...args),
      getPendingFeeds: () => store.getPendingFeeds(),
      getStatus: (url) => store.getStatus(url),
      completeFeed: async (completion) => {
        if (completion.status.url === feedUrl('b')) throw new DOMException('quota', 'QuotaExceededError');
        return store.completeFeed(completion);
      },
    };
    const feeds = names.map((name) => ({ url: feedUrl(name), outletId: null }));
    const index = createIndex();
    const first = await runRefresh({ fetch, now: () => NOW, store: failing, feeds, ingest: index.ingest });
    expect(first).toMatchObject({ running: true, feedsDone: 2, feedsTotal: 3 });
    const resumed = await runRefresh({ fetch, now: () => NOW + 60_000, store, feeds, ingest: index.ingest });
    expect(resumed).toMatchObject({ running: false, feedsDone: 3 });
    expect(index.articles.size).toBe(6);
  });

  it('reports idle progress before any refresh', async () => {
    expect(await getProgress(await openStore())).toMatchObject({ running: false, feedsTotal: 0, feedsDone: 0, startedAt: null });
  });
});
