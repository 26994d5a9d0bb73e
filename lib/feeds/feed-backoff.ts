// When a failing feed may be fetched again: exponential backoff with jitter, and the server's own
// Retry-After. Runs in worker and CLI; pure (the caller passes `now` and the random source).

import { parseFeedDate } from './feed-dates';

/** Delay after the first failure, in minutes; it doubles with each further failure. */
export const BACKOFF_BASE_MINUTES = 30;
/** Longest backoff, in hours: a dead feed is still tried once a day. */
export const BACKOFF_MAX_HOURS = 24;
/** Longest Retry-After honoured, in hours (larger values are taken as this). */
export const RETRY_AFTER_MAX_HOURS = 7 * 24;

const MINUTE_MS = 60_000;
const HOUR_MS = 60 * MINUTE_MS;

/**
 * Backoff after `failures` consecutive failures (1 = the first), in ms. "Equal jitter": between half
 * and all of the exponential delay, so feeds that failed together do not come back together.
 */
export function computeBackoffMs(failures: number, random: () => number): number {
  if (failures <= 0) return 0;
  const exponential = BACKOFF_BASE_MINUTES * MINUTE_MS * 2 ** Math.min(failures - 1, 30);
  const delay = Math.min(exponential, BACKOFF_MAX_HOURS * HOUR_MS);
  const jitter = Math.min(Math.max(random(), 0), 1);
  return Math.round(delay / 2 + (delay / 2) * jitter);
}

/** Milliseconds a Retry-After header value (delta-seconds or HTTP-date) asks to wait, or null. */
export function parseRetryAfterMs(value: string | null | undefined, now: number): number | null {
  if (!value) return null;
  const text = value.trim();
  let wait: number | null = null;
  if (/^\d+$/.test(text)) wait = Number(text) * 1000;
  else {
    const at = parseFeedDate(text);
    if (at !== null) wait = at - now;
  }
  if (wait === null || !Number.isFinite(wait)) return null;
  return Math.min(Math.max(wait, 0), RETRY_AFTER_MAX_HOURS * HOUR_MS);
}
