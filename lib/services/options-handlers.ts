// The background's answers to the options page: feed statuses for the Sources list, the check of a feed
// the user wants to add (one fetch + parse, nothing stored), and forgetting feed validators after the index
// is cleared. Runs in the background only (no DOM: fetchFeed/parseFeed are DOM-free).

import { listOutlets } from '../catalog';
import type { FeedStateStore } from '../feeds/feed-state-store';
import { getFeedStateStore } from './connections';
import { createFeedStatus, fetchFeed } from '../feeds/fetch-feed';
import type { FeedStatus } from '../feeds/types';
import type { Handlers } from '../messaging';
import { normalizeFeedUrl, toHttpUrl } from '../opml';
import type { FeedCheck, FeedOverview } from '../protocol';
import { loadSettings } from '../settings';
import { selectFeeds } from './refresh-service';

/** How long the check of a new feed waits for the server, in ms (the user is watching a spinner). */
export const FEED_CHECK_TIMEOUT_MS = 15_000;

/** The feed-state store's reads and writes the options page needs. */
export type FeedStatusStore = Pick<FeedStateStore, 'getAllStatuses' | 'putStatus'>;

export interface OptionsHandlerDeps {
  now: () => number;
  fetch: typeof fetch;
  /** The feed-state store (production: the worker's IndexedDB; tests: fake-indexeddb or a stub). */
  openStore?: () => Promise<FeedStatusStore>;
}

type OptionsMessages = 'feeds:status' | 'feed:check' | 'feeds:revalidate';

function hostOf(url: string): string {
  try {
    return new URL(url).host;
  } catch {
    return url;
  }
}

/** The feed URL an "HTML page, not a feed" error names (parseFeed reads the page's <link rel=alternate>). */
function advertisedFeedOf(message: string): string | null {
  const m = /names a feed at (\S+?)\)?$/.exec(message);
  return m ? toHttpUrl(m[1]) : null;
}

/** One line the user can act on, per kind of failure. */
function explainFailure(code: string, message: string, url: string): string {
  const host = hostOf(url);
  switch (code) {
    case 'network':
      return `Could not reach ${host}: the address may be wrong, or you may be offline.`;
    case 'timeout':
      return `${host} did not answer within ${FEED_CHECK_TIMEOUT_MS / 1000} seconds.`;
    case 'http':
    case 'rate-limited':
      return `${host} answered ${message}: there is no feed Parallax can read at this address.`;
    case 'html-page':
      return 'This address is a web page, not a feed. Look on the site for an RSS or Atom link and use its address.';
    case 'empty':
      return `${host} sent an empty answer, not a feed.`;
    default:
      return `This is not a feed Parallax can read (${message}).`;
  }
}

/**
 * Fetches and parses a feed the user typed. A web page that advertises a feed is followed once, so pasting
 * a site's address works. Throws an Error with a one-line, user-facing reason when it is not a usable feed.
 */
export async function checkFeed(input: string, deps: Pick<OptionsHandlerDeps, 'fetch' | 'now'>): Promise<FeedCheck> {
  const url = normalizeFeedUrl(input);
  if (!url) throw new Error('Enter the address of a feed, starting with http:// or https://.');
  let target = url;
  for (let hop = 0; ; hop += 1) {
    const outcome = await fetchFeed(deps.fetch, createFeedStatus(target, null), {
      now: deps.now(),
      timeoutMs: FEED_CHECK_TIMEOUT_MS,
    });
    if (outcome.kind === 'ok' && outcome.feed) {
      return {
        url: target,
        finalUrl: outcome.status.finalUrl ?? target,
        title: outcome.feed.title,
        format: outcome.feed.format,
        items: outcome.items.length,
      };
    }
    const error = outcome.error ?? { code: 'malformed', message: 'no feed' };
    const next = error.code === 'html-page' ? advertisedFeedOf(error.message) : null;
    if (next && hop === 0 && next !== target) {
      target = next;
      continue;
    }
    throw new Error(explainFailure(error.code, error.message, target));
  }
}

/** Joins the feeds the refresher fetches with their stored statuses. */
export async function listFeedOverviews(store: Pick<FeedStatusStore, 'getAllStatuses'>): Promise<FeedOverview[]> {
  const [settings, statuses] = await Promise.all([loadSettings(), store.getAllStatuses()]);
  const byUrl = new Map(statuses.map((s) => [s.url, s]));
  const titles = new Map(settings.customFeeds.map((f) => [f.url, f.title]));
  return selectFeeds(settings, listOutlets()).map((f) => ({
    url: f.url,
    outletId: f.outletId,
    title: f.outletId ? null : (titles.get(f.url) ?? null),
    status: byUrl.get(f.url) ?? null,
  }));
}

/**
 * Forgets every feed's ETag/Last-Modified, and the minimum interval of feeds that work, so the next refresh
 * downloads each in full. Needed after the index is cleared: a 304 would add nothing back. Failing feeds
 * keep their backoff (their servers asked for a pause, or are down).
 */
export async function revalidateFeeds(store: FeedStatusStore): Promise<number> {
  const statuses = await store.getAllStatuses();
  for (const s of statuses) {
    const next: FeedStatus = { ...s, etag: null, lastModified: null, nextAllowed: s.lastError ? s.nextAllowed : 0 };
    await store.putStatus(next);
  }
  return statuses.length;
}


export function createOptionsHandlers(deps: OptionsHandlerDeps): Pick<Handlers, OptionsMessages> {
  const openStore = deps.openStore ?? getFeedStateStore;
  return {
    'feeds:status': async () => listFeedOverviews(await openStore()),
    'feed:check': async ({ url }) => checkFeed(url, deps),
    'feeds:revalidate': async () => ({ feeds: await revalidateFeeds(await openStore()) }),
  };
}
