// Fetches one feed politely and safely: conditional GET (ETag / Last-Modified), per-request timeout,
// no cookies, a byte cap while streaming, Retry-After and backoff on failure. Runs in the worker and
// CLI with the fetch it is given; never throws for network, HTTP or parse failures.

import type { FeedItem, FeedStatus, ParsedFeed } from './types';
import { FeedError, parseFeed, FEED_MAX_BYTES_DEFAULT, type FeedErrorCode } from './parse-feed';
import { computeBackoffMs, parseRetryAfterMs } from './feed-backoff';

/** Per-request time limit, covering the headers and the whole body, in ms. */
export const FETCH_TIMEOUT_MS_DEFAULT = 20_000;
/** A feed fetched successfully is not fetched again sooner than this, in minutes (repeated clicks). */
export const FEED_MIN_INTERVAL_MINUTES = 5;
const MIN_INTERVAL_MS = FEED_MIN_INTERVAL_MINUTES * 60_000;
/** Non-fatal parse problems kept in a feed's status. */
const MAX_STORED_WARNINGS = 5;

const FEED_ACCEPT =
  'application/rss+xml, application/atom+xml, application/feed+json, application/rdf+xml;q=0.9, ' +
  'application/xml;q=0.9, text/xml;q=0.9, application/json;q=0.8, */*;q=0.5';

export type FetchErrorCode = FeedErrorCode | 'invalid-url' | 'network' | 'timeout' | 'http' | 'rate-limited' | 'ingest';

export interface FetchOutcome {
  /** 'ok': parsed items; 'not-modified': 304, nothing new; 'error': see `error`. */
  kind: 'ok' | 'not-modified' | 'error';
  /** The feed's status after this attempt (store it). */
  status: FeedStatus;
  feed: ParsedFeed | null;
  items: FeedItem[];
  error: { code: FetchErrorCode; message: string; advertisedFeed?: string | null } | null;
}

export interface FetchFeedOptions {
  now: number;
  timeoutMs?: number;
  maxBytes?: number;
  maxItems?: number;
  /** Random source in [0, 1) for backoff jitter (tests pass a fixed one). */
  random?: () => number;
}

/** A fresh status for a feed never fetched before. */
export function createFeedStatus(url: string, outletId: string | null): FeedStatus {
  return {
    url,
    outletId,
    lastFetch: null,
    lastSuccess: null,
    lastError: null,
    lastErrorCode: null,
    lastHttpStatus: null,
    items: 0,
    etag: null,
    lastModified: null,
    failures: 0,
    nextAllowed: 0,
  };
}

/** Whether the feed may be fetched at `now` (not in backoff or Retry-After). */
export function isFeedDue(status: FeedStatus, now: number): boolean {
  return status.nextAllowed <= now;
}

class TimeoutSignal extends Error {}

async function readBodyCapped(response: Response, maxBytes: number): Promise<{ bytes: Uint8Array; truncated: boolean }> {
  const reader = response.body?.getReader();
  if (!reader) {
    const whole = new Uint8Array(await response.arrayBuffer());
    return { bytes: whole.subarray(0, maxBytes), truncated: whole.length > maxBytes };
  }
  const chunks: Uint8Array[] = [];
  let total = 0;
  let truncated = false;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    if (total + value.length > maxBytes) {
      chunks.push(value.subarray(0, maxBytes - total));
      total = maxBytes;
      truncated = true;
      // Stop the download: the rest of a huge body is never read into memory.
      await reader.cancel().catch(() => undefined);
      break;
    }
    chunks.push(value);
    total += value.length;
  }
  const bytes = new Uint8Array(total);
  let offset = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, offset);
    offset += chunk.length;
  }
  return { bytes, truncated };
}

function describe(error: unknown): string {
  return (error instanceof Error ? error.message : String(error)).split('\n')[0]!.slice(0, 200);
}

function failedStatus(
  status: FeedStatus,
  opts: FetchFeedOptions,
  code: FetchErrorCode,
  message: string,
  httpStatus: number | null,
  retryAfterMs: number | null,
): FeedStatus {
  const failures = status.failures + 1;
  const backoff = computeBackoffMs(failures, opts.random ?? Math.random);
  return {
    ...status,
    lastFetch: opts.now,
    lastError: message,
    lastErrorCode: code,
    lastHttpStatus: httpStatus,
    failures,
    nextAllowed: opts.now + Math.max(backoff, retryAfterMs ?? 0),
  };
}

function failure(
  status: FeedStatus,
  opts: FetchFeedOptions,
  code: FetchErrorCode,
  message: string,
  httpStatus: number | null = null,
  retryAfterMs: number | null = null,
): FetchOutcome {
  return {
    kind: 'error',
    status: failedStatus(status, opts, code, message, httpStatus, retryAfterMs),
    feed: null,
    items: [],
    error: { code, message },
  };
}

/**
 * The status after a failure that happened once the feed was fetched (storing its items failed): the
 * previous validators are kept, so the next fetch downloads the feed again instead of getting a 304.
 */
export function markFeedFailed(previous: FeedStatus, code: FetchErrorCode, message: string, opts: FetchFeedOptions): FeedStatus {
  return failedStatus(previous, opts, code, message, previous.lastHttpStatus ?? null, null);
}

/** Fetches and parses one feed. Never throws; failures come back as `kind: 'error'` with backoff set. */
export async function fetchFeed(fetchFn: typeof fetch, status: FeedStatus, opts: FetchFeedOptions): Promise<FetchOutcome> {
  // Only http(s) feeds are fetched: a custom feed URL could name file:, data: or an extension page.
  if (!/^https?:\/\/[^/?#\s]/i.test(status.url)) {
    return failure(status, opts, 'invalid-url', 'Not an http(s) URL');
  }
  const timeoutMs = opts.timeoutMs ?? FETCH_TIMEOUT_MS_DEFAULT;
  const maxBytes = opts.maxBytes ?? FEED_MAX_BYTES_DEFAULT;
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(new TimeoutSignal('timeout')), timeoutMs);
  const headers: Record<string, string> = { Accept: FEED_ACCEPT };
  if (status.etag) headers['If-None-Match'] = status.etag;
  if (status.lastModified) headers['If-Modified-Since'] = status.lastModified;
  try {
    let response: Response;
    try {
      response = await fetchFn(status.url, {
        method: 'GET',
        headers,
        credentials: 'omit',
        redirect: 'follow',
        referrerPolicy: 'no-referrer',
        signal: controller.signal,
      });
    } catch (error) {
      if (controller.signal.aborted) return failure(status, opts, 'timeout', `No answer within ${Math.round(timeoutMs / 1000)} s`);
      return failure(status, opts, 'network', `Network error: ${describe(error)}`);
    }
    const retryAfterMs = parseRetryAfterMs(response.headers.get('retry-after'), opts.now);
    if (response.status === 304) {
      await response.body?.cancel().catch(() => undefined);
      return {
        kind: 'not-modified',
        status: {
          ...status,
          lastFetch: opts.now,
          lastSuccess: opts.now,
          lastError: null,
          lastErrorCode: null,
          lastHttpStatus: 304,
          etag: response.headers.get('etag') ?? status.etag,
          lastModified: response.headers.get('last-modified') ?? status.lastModified,
          failures: 0,
          nextAllowed: opts.now + Math.max(MIN_INTERVAL_MS, retryAfterMs ?? 0),
        },
        feed: null,
        items: [],
        error: null,
      };
    }
    if (!response.ok) {
      await response.body?.cancel().catch(() => undefined);
      const code: FetchErrorCode = response.status === 429 || response.status === 503 ? 'rate-limited' : 'http';
      const text = `HTTP ${response.status}${response.statusText ? ` ${response.statusText}` : ''}`;
      return failure(status, opts, code, text, response.status, retryAfterMs);
    }
    let body: { bytes: Uint8Array; truncated: boolean };
    try {
      body = await readBodyCapped(response, maxBytes);
    } catch (error) {
      if (controller.signal.aborted) return failure(status, opts, 'timeout', `Body not received within ${Math.round(timeoutMs / 1000)} s`, response.status);
      return failure(status, opts, 'network', `Network error while reading: ${describe(error)}`, response.status);
    }
    const finalUrl = response.url && response.url !== status.url ? response.url : null;
    let feed: ParsedFeed;
    try {
      feed = parseFeed(body.bytes, {
        url: response.url || status.url,
        contentType: response.headers.get('content-type'),
        now: opts.now,
        maxBytes,
        maxItems: opts.maxItems,
      });
    } catch (error) {
      if (error instanceof FeedError) {
        const failed = failure(status, opts, error.code, error.message, response.status);
        if (error.advertisedFeed) failed.error = { ...failed.error!, advertisedFeed: error.advertisedFeed };
        return failed;
      }
      return failure(status, opts, 'malformed', `Unreadable feed: ${describe(error)}`, response.status);
    }
    if (body.truncated) feed.errors.unshift(`body larger than ${maxBytes} bytes; the rest was not downloaded`);
    return {
      kind: 'ok',
      status: {
        ...status,
        lastFetch: opts.now,
        lastSuccess: opts.now,
        lastError: null,
        lastErrorCode: null,
        lastHttpStatus: response.status,
        items: feed.items.length,
        etag: response.headers.get('etag'),
        lastModified: response.headers.get('last-modified'),
        failures: 0,
        nextAllowed: opts.now + Math.max(MIN_INTERVAL_MS, retryAfterMs ?? 0),
        finalUrl,
        lastWarnings: feed.errors.slice(0, MAX_STORED_WARNINGS),
      },
      feed,
      items: feed.items,
      error: null,
    };
  } finally {
    clearTimeout(timer);
  }
}
