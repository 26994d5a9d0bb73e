import { describe, expect, it } from 'vitest';
import { createFeedStatus, fetchFeed, isFeedDue, FEED_MIN_INTERVAL_MINUTES } from '../../../lib/feeds/fetch-feed';
import { BACKOFF_BASE_MINUTES, BACKOFF_MAX_HOURS, computeBackoffMs, parseRetryAfterMs } from '../../../lib/feeds/feed-backoff';
import { createFakeFetch, hangUntilAborted, rssBody } from './feed-fakes';

const NOW = Date.parse('2026-11-21T12:00:00Z');
const FEED = 'https://news.example.com/rss.xml';
const MINUTE = 60_000;
const fixedRandom = (value: number) => () => value;

describe('fetchFeed', () => {
  it('fetches without credentials, parses items and stores the validators', async () => {
    const { fetch, requests } = createFakeFetch({
      [FEED]: () =>
        new Response(rssBody([{ title: 'One', url: 'https://news.example.com/1' }]), {
          headers: { 'content-type': 'application/rss+xml', etag: '"v1"', 'last-modified': 'Fri, 20 Nov 2026 10:00:00 GMT' },
        }),
    });
    const outcome = await fetchFeed(fetch, createFeedStatus(FEED, 'example'), { now: NOW });
    expect(outcome.kind).toBe('ok');
    expect(outcome.items.map((item) => item.url)).toEqual(['https://news.example.com/1']);
    expect(requests[0]!.init).toMatchObject({ credentials: 'omit', method: 'GET' });
    expect(requests[0]!.init?.signal).toBeInstanceOf(AbortSignal);
    expect(requests[0]!.headers['accept']).toMatch(/application\/rss\+xml/);
    expect(requests[0]!.headers['if-none-match']).toBeUndefined();
    expect(outcome.status).toMatchObject({
      etag: '"v1"',
      lastModified: 'Fri, 20 Nov 2026 10:00:00 GMT',
      lastSuccess: NOW,
      failures: 0,
      items: 1,
      lastError: null,
      lastHttpStatus: 200,
      nextAllowed: NOW + FEED_MIN_INTERVAL_MINUTES * MINUTE,
    });
  });

  it('keeps the first non-fatal parse problems in the status', async () => {
    const body = '<rss><channel><item><title>ok</title><link>https://e.com/1</link><pubDate>someday</pubDate></item><item><title>bad</title><link>javascript:x</link></item></channel></rss>';
    const { fetch } = createFakeFetch({ [FEED]: () => new Response(body) });
    const outcome = await fetchFeed(fetch, createFeedStatus(FEED, null), { now: NOW });
    expect(outcome.status.lastWarnings).toEqual(['item 1: unreadable date "someday"', 'item 2: dropped, link "javascript:x" is not an http(s) URL']);
  });

  it('sends a conditional GET and treats 304 as success without items', async () => {
    const { fetch, requests } = createFakeFetch({ [FEED]: () => new Response(null, { status: 304 }) });
    const status = { ...createFeedStatus(FEED, null), etag: '"v1"', lastModified: 'Fri, 20 Nov 2026 10:00:00 GMT', failures: 2, items: 7 };
    const outcome = await fetchFeed(fetch, status, { now: NOW });
    expect(requests[0]!.headers['if-none-match']).toBe('"v1"');
    expect(requests[0]!.headers['if-modified-since']).toBe('Fri, 20 Nov 2026 10:00:00 GMT');
    expect(outcome.kind).toBe('not-modified');
    expect(outcome.items).toEqual([]);
    expect(outcome.status).toMatchObject({ etag: '"v1"', failures: 0, items: 7, lastSuccess: NOW, lastHttpStatus: 304 });
  });

  it('backs off exponentially with jitter after consecutive failures', async () => {
    const { fetch } = createFakeFetch({ [FEED]: () => new Response('oops', { status: 500, statusText: 'Internal Server Error' }) });
    let status = createFeedStatus(FEED, null);
    const delays: number[] = [];
    for (let attempt = 1; attempt <= 4; attempt++) {
      const outcome = await fetchFeed(fetch, status, { now: NOW, random: fixedRandom(1) });
      expect(outcome.kind).toBe('error');
      expect(outcome.error).toEqual({ code: 'http', message: 'HTTP 500 Internal Server Error' });
      status = outcome.status;
      expect(status.failures).toBe(attempt);
      delays.push(status.nextAllowed - NOW);
    }
    const base = BACKOFF_BASE_MINUTES * MINUTE;
    expect(delays).toEqual([base, 2 * base, 4 * base, 8 * base]);
    expect(status.lastError).toBe('HTTP 500 Internal Server Error');
    expect(isFeedDue(status, NOW)).toBe(false);
    expect(isFeedDue(status, NOW + 8 * base)).toBe(true);
  });

  it('computes jitter between half and all of the delay, capped', () => {
    const base = BACKOFF_BASE_MINUTES * MINUTE;
    expect(computeBackoffMs(1, fixedRandom(0))).toBe(base / 2);
    expect(computeBackoffMs(1, fixedRandom(0.5))).toBe(base * 0.75);
    expect(computeBackoffMs(3, fixedRandom(1))).toBe(4 * base);
    expect(computeBackoffMs(40, fixedRandom(1))).toBe(BACKOFF_MAX_HOURS * 60 * MINUTE);
    expect(computeBackoffMs(0, fixedRandom(1))).toBe(0);
  });

  it('respects Retry-After in seconds and as an HTTP date', async () => {
    const { fetch } = createFakeFetch({
      [FEED]: () => new Response('slow down', { status: 429, headers: { 'retry-after': '7200' } }),
      'https://other.example.com/feed': () =>
        new Response('maintenance', { status: 503, headers: { 'retry-after': 'Sat, 21 Nov 2026 15:00:00 GMT' } }),
    });
    const limited = await fetchFeed(fetch, createFeedStatus(FEED, null), { now: NOW, random: fixedRandom(0) });
    expect(limited.error?.code).toBe('rate-limited');
    expect(limited.status.nextAllowed).toBe(NOW + 7200 * 1000);
    const other = await fetchFeed(fetch, createFeedStatus('https://other.example.com/feed', null), { now: NOW, random: fixedRandom(0) });
    expect(other.status.nextAllowed).toBe(Date.parse('2026-11-21T15:00:00Z'));
    expect(parseRetryAfterMs('soon', NOW)).toBeNull();
    expect(parseRetryAfterMs('10', NOW)).toBe(10_000);
  });

  it('backoff wins when it is longer than Retry-After', async () => {
    const { fetch } = createFakeFetch({ [FEED]: () => new Response('', { status: 503, headers: { 'retry-after': '1' } }) });
    const outcome = await fetchFeed(fetch, { ...createFeedStatus(FEED, null), failures: 3 }, { now: NOW, random: fixedRandom(1) });
    expect(outcome.status.nextAllowed).toBe(NOW + 8 * BACKOFF_BASE_MINUTES * MINUTE);
  });

  it('times out a server that never answers, without throwing', async () => {
    const { fetch } = createFakeFetch({ [FEED]: hangUntilAborted });
    const outcome = await fetchFeed(fetch, createFeedStatus(FEED, null), { now: NOW, timeoutMs: 20 });
    expect(outcome.kind).toBe('error');
    expect(outcome.error?.code).toBe('timeout');
    expect(outcome.status.failures).toBe(1);
  });

  it('times out a body that never ends', async () => {
    const { fetch } = createFakeFetch({
      [FEED]: (request) => {
        const stream = new ReadableStream<Uint8Array>({
          start(controller) {
            controller.enqueue(new TextEncoder().encode('<rss><channel>'));
            request.init?.signal?.addEventListener('abort', () => controller.error(new Error('aborted')));
          },
        });
        return new Response(stream);
      },
    });
    const outcome = await fetchFeed(fetch, createFeedStatus(FEED, null), { now: NOW, timeoutMs: 20 });
    expect(outcome.error?.code).toBe('timeout');
  });

  it('refuses to fetch anything but http(s)', async () => {
    const { fetch, requests } = createFakeFetch({});
    for (const url of ['file:///etc/passwd', 'chrome-extension://abc/page.html', 'data:text/xml,<rss/>', 'not a url']) {
      const outcome = await fetchFeed(fetch, createFeedStatus(url, null), { now: NOW });
      expect(outcome.error?.code, url).toBe('invalid-url');
    }
    expect(requests).toHaveLength(0);
  });

  it('turns network errors into a failed status', async () => {
    const fetch = (async () => {
      throw new TypeError('Failed to fetch');
    }) as typeof globalThis.fetch;
    const outcome = await fetchFeed(fetch, createFeedStatus(FEED, null), { now: NOW });
    expect(outcome).toMatchObject({ kind: 'error', error: { code: 'network', message: 'Network error: Failed to fetch' } });
    expect(outcome.status.lastErrorCode).toBe('network');
  });

  it('stops downloading an endless body at the byte cap and keeps the items read', async () => {
    let pulled = 0;
    let cancelled = false;
    const encoder = new TextEncoder();
    const { fetch } = createFakeFetch({
      [FEED]: () =>
        new Response(
          new ReadableStream<Uint8Array>({
            start(controller) {
              controller.enqueue(encoder.encode('<rss><channel><title>Endless</title>'));
            },
            pull(controller) {
              pulled++;
              controller.enqueue(encoder.encode(`<item><title>Story ${pulled}</title><link>https://news.example.com/${pulled}</link></item>`));
            },
            cancel() {
              cancelled = true;
            },
          }),
        ),
    });
    const outcome = await fetchFeed(fetch, createFeedStatus(FEED, null), { now: NOW, maxBytes: 20_000 });
    expect(cancelled).toBe(true);
    expect(pulled).toBeLessThan(400);
    expect(outcome.kind).toBe('ok');
    expect(outcome.items.length).toBeGreaterThan(100);
    expect(outcome.feed?.errors[0]).toMatch(/larger than 20000 bytes/);
  });

  it('stores a clear per-feed error for an HTML page and does not keep its validators', async () => {
    const { fetch } = createFakeFetch({
      [FEED]: () => new Response('<!doctype html><html><body>Moved</body></html>', { headers: { etag: '"page"' } }),
    });
    const outcome = await fetchFeed(fetch, { ...createFeedStatus(FEED, null), etag: '"old"' }, { now: NOW });
    expect(outcome.error).toEqual({ code: 'html-page', message: 'This is an HTML page, not a feed' });
    expect(outcome.status).toMatchObject({ lastErrorCode: 'html-page', etag: '"old"', failures: 1, lastHttpStatus: 200 });
  });

  it('passes on the feed an HTML page advertises', async () => {
    const page = '<!doctype html><html><head><link rel="alternate" type="application/atom+xml" href="/atom.xml"></head></html>';
    const { fetch } = createFakeFetch({ [FEED]: () => new Response(page) });
    const outcome = await fetchFeed(fetch, createFeedStatus(FEED, null), { now: NOW });
    expect(outcome.error).toMatchObject({ code: 'html-page', advertisedFeed: 'https://news.example.com/atom.xml' });
  });

  it('uses the final URL after redirects as the base for relative links', async () => {
    const fetch = (async () => {
      const response = new Response('<rss><channel><item><title>R</title><link>/r/1</link></item></channel></rss>');
      Object.defineProperty(response, 'url', { value: 'https://moved.example.com/feeds/rss' });
      return response;
    }) as typeof globalThis.fetch;
    const outcome = await fetchFeed(fetch, createFeedStatus(FEED, null), { now: NOW });
    expect(outcome.items[0]!.url).toBe('https://moved.example.com/r/1');
    expect(outcome.status.finalUrl).toBe('https://moved.example.com/feeds/rss');
  });

  it('decodes the body with the charset of the Content-Type header', async () => {
    const bytes = new Uint8Array([...new TextEncoder().encode('<rss><channel><item><title>Caf'), 0xe9, ...new TextEncoder().encode('</title><link>https://e.com/c</link></item></channel></rss>')]);
    const { fetch } = createFakeFetch({ [FEED]: () => new Response(bytes, { headers: { 'content-type': 'text/xml; charset=ISO-8859-1' } }) });
    const outcome = await fetchFeed(fetch, createFeedStatus(FEED, null), { now: NOW });
    expect(outcome.items[0]!.title).toBe('Café');
  });
});
