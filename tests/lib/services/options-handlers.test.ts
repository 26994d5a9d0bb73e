import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import type { FeedStatus } from '../../../lib/feeds/types';
import { checkFeed, createOptionsHandlers, listFeedOverviews, revalidateFeeds, type FeedStatusStore } from '../../../lib/services/options-handlers';
import { listOutlets } from '../../../lib/catalog';
import { updateSettings } from '../../../lib/settings';

const NOW = Date.UTC(2026, 10, 21, 12);

const RSS = `<?xml version="1.0"?><rss version="2.0"><channel><title>Local news</title><link>https://local.example/</link>
<item><title>One</title><link>https://local.example/a/1</link><pubDate>Sat, 21 Nov 2026 10:00:00 GMT</pubDate></item>
<item><title>Two</title><link>https://local.example/a/2</link></item>
</channel></rss>`;

const PAGE_WITH_FEED = `<!doctype html><html><head><title>Local</title>
<link rel="alternate" type="application/rss+xml" href="/feed.xml"></head><body>Hi</body></html>`;

type Served = Record<string, { status?: number; body: string; type?: string }>;

/** A fetch over a table of URLs; anything else is a network error. Records what was asked. */
function fakeFetch(served: Served, asked: string[] = []): typeof fetch {
  return (async (input: RequestInfo | URL) => {
    const url = String(input);
    asked.push(url);
    const r = served[url];
    if (!r) throw new TypeError('Failed to fetch');
    const res = new Response(r.body, { status: r.status ?? 200, headers: { 'content-type': r.type ?? 'application/rss+xml' } });
    Object.defineProperty(res, 'url', { value: url });
    return res;
  }) as typeof fetch;
}

describe('checkFeed', () => {
  it('accepts a readable feed and reports its title, format and item count', async () => {
    const check = await checkFeed('https://local.example/feed.xml', { fetch: fakeFetch({ 'https://local.example/feed.xml': { body: RSS } }), now: () => NOW });
    expect(check).toEqual({
      url: 'https://local.example/feed.xml',
      finalUrl: 'https://local.example/feed.xml',
      title: 'Local news',
      format: 'rss2',
      items: 2,
    });
  });

  it('follows a web page to the feed it advertises, once', async () => {
    const asked: string[] = [];
    const fetch = fakeFetch(
      { 'https://local.example/': { body: PAGE_WITH_FEED, type: 'text/html' }, 'https://local.example/feed.xml': { body: RSS } },
      asked,
    );
    const check = await checkFeed('local.example', { fetch, now: () => NOW });
    expect(check.url).toBe('https://local.example/feed.xml');
    expect(asked).toEqual(['https://local.example/', 'https://local.example/feed.xml']);
  });

  it('explains each failure in one line', async () => {
    const fetch = fakeFetch({
      'https://local.example/missing': { status: 404, body: 'nope', type: 'text/html' },
      'https://local.example/page': { body: '<!doctype html><html><body>No feed</body></html>', type: 'text/html' },
      'https://local.example/json': { body: '{"hello": 1}', type: 'application/json' },
    });
    const deps = { fetch, now: () => NOW };
    await expect(checkFeed('https://local.example/missing', deps)).rejects.toThrow(/answered HTTP 404/);
    await expect(checkFeed('https://local.example/page', deps)).rejects.toThrow(/web page, not a feed/);
    await expect(checkFeed('https://local.example/json', deps)).rejects.toThrow(/not a feed Parallax can read/);
    await expect(checkFeed('https://offline.example/feed', deps)).rejects.toThrow(/Could not reach offline.example/);
    await expect(checkFeed('javascript:alert(1)', deps)).rejects.toThrow(/starting with http/);
  });
});

function memoryStore(initial: FeedStatus[]): FeedStatusStore & { all: Map<string, FeedStatus> } {
  const all = new Map(initial.map((s) => [s.url, s]));
  return {
    all,
    getAllStatuses: async () => [...all.values()],
    putStatus: async (s) => {
      all.set(s.url, s);
    },
  };
}

function status(url: string, over: Partial<FeedStatus> = {}): FeedStatus {
  return {
    url,
    outletId: null,
    lastFetch: NOW - 60_000,
    lastSuccess: NOW - 60_000,
    lastError: null,
    items: 10,
    etag: '"abc"',
    lastModified: 'Sat, 21 Nov 2026 10:00:00 GMT',
    failures: 0,
    nextAllowed: NOW + 300_000,
    ...over,
  };
}

describe('feed statuses for the options page', () => {
  beforeEach(() => {
    fakeBrowser.reset();
  });

  it('lists the feeds the refresher fetches (enabled outlets + custom) with their status', async () => {
    const outlets = listOutlets().filter((o) => o.feeds.length > 0);
    const [first, second] = outlets;
    expect(first && second).toBeTruthy();
    await updateSettings({ disabledOutlets: [second!.id], customFeeds: [{ url: 'https://local.example/feed.xml', title: 'Local' }] });
    const store = memoryStore([status(first!.feeds[0]!.url, { outletId: first!.id, items: 7 })]);
    const feeds = await listFeedOverviews(store);
    expect(feeds.length).toBe(outlets.length); // every outlet with a feed but one, plus the custom feed
    expect(feeds.find((f) => f.outletId === first!.id)?.status?.items).toBe(7);
    expect(feeds.some((f) => f.outletId === second!.id)).toBe(false);
    expect(feeds.at(-1)).toEqual({ url: 'https://local.example/feed.xml', outletId: null, title: 'Local', status: null });
  });

  it('forgets validators and the wait of working feeds, but keeps failing feeds in backoff', async () => {
    const store = memoryStore([
      status('https://a.example/rss'),
      status('https://b.example/rss', { failures: 3, lastError: 'HTTP 500', nextAllowed: NOW + 3_600_000 }),
    ]);
    expect(await revalidateFeeds(store)).toBe(2);
    for (const s of store.all.values()) {
      expect(s.etag).toBeNull();
      expect(s.lastModified).toBeNull();
    }
    expect(store.all.get('https://a.example/rss')?.nextAllowed).toBe(0);
    expect(store.all.get('https://b.example/rss')?.nextAllowed).toBe(NOW + 3_600_000);
    expect(store.all.get('https://b.example/rss')?.failures).toBe(3);
  });

  it('wires the three messages to the store and the fetcher', async () => {
    const store = memoryStore([status('https://a.example/rss')]);
    const handlers = createOptionsHandlers({
      now: () => NOW,
      fetch: fakeFetch({ 'https://local.example/feed.xml': { body: RSS } }),
      openStore: async () => store,
    });
    const ctx = { tabId: null, senderUrl: null };
    expect(await handlers['feeds:revalidate']({}, ctx)).toEqual({ feeds: 1 });
    expect((await handlers['feed:check']({ url: 'https://local.example/feed.xml' }, ctx)).items).toBe(2);
    expect(Array.isArray(await handlers['feeds:status']({}, ctx))).toBe(true);
  });
});
