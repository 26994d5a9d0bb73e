// Types of feed ingestion: parsed items and per-feed status.
// Pure declarations; feed code runs in the service worker (no DOM) and in the feed CLI.

export interface FeedItem {
  title: string;
  /** Absolute http(s) URL of the article (items without one are dropped). */
  url: string;
  /** ISO 8601; null when the feed gave none (the ingester uses first-seen time). */
  published: string | null;
  summary: string | null;
  author?: string | null;
  image?: string | null;
  categories?: string[];
  guid?: string | null;
  lang?: string | null;
}

export type FeedFormat = 'rss2' | 'rss1' | 'atom' | 'json';

export interface ParsedFeed {
  format: FeedFormat;
  title: string | null;
  link: string | null;
  lang: string | null;
  items: FeedItem[];
  /** Non-fatal problems (items dropped, dates unreadable, caps reached). */
  errors: string[];
}

export interface FeedStatus {
  url: string;
  outletId: string | null;
  lastFetch: number | null;
  lastSuccess: number | null;
  lastError: string | null;
  items: number;
  etag: string | null;
  lastModified: string | null;
  failures: number;
  /** Epoch ms before which the feed is not fetched again (backoff / Retry-After). */
  nextAllowed: number;
  /** Machine-readable kind of `lastError` (a FeedErrorCode or a fetch error kind). */
  lastErrorCode?: string | null;
  /** HTTP status of the last response (null for network errors and timeouts). */
  lastHttpStatus?: number | null;
  /** URL the last successful fetch ended at after redirects, when it differs from `url`. */
  finalUrl?: string | null;
  /** The first non-fatal problems of the last successful parse (items dropped, dates unreadable...). */
  lastWarnings?: string[];
}

/** Progress of a refresh, observable by the popup and the options page. */
export interface RefreshProgress {
  running: boolean;
  startedAt: number | null;
  finishedAt: number | null;
  feedsTotal: number;
  feedsDone: number;
  newArticles: number;
  errors: number;
  /** Feeds not fetched in this run because they were in backoff (counted in feedsDone). */
  skipped?: number;
  /** Feeds that answered 304 Not Modified (counted in feedsDone). */
  notModified?: number;
  /** Oldest articles removed because the browser's storage was full (the refresh went on after it). */
  pruned?: number;
}
