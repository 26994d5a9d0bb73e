// The background's answers to the options page: feed statuses for the Sources list, and the check of a
// feed the user wants to add (fetch + parse once). Runs in the background only (no DOM: parseFeed is
// DOM-free); reads settings and the feed-state store, writes nothing.

import { listOutlets } from '../catalog';
import { isFeedError, parseFeed, FEED_MAX_BYTES_DEFAULT } from '../feeds/parse-feed';
import type { FeedStatus } from '../feeds/types';
import type { Handlers } from '../messaging';
import { normalizeFeedUrl, toHttpUrl } from '../opml';
import type { FeedCheck, FeedOverview } from '../protocol';
import { loadSettings } from '../settings';
import { selectFeeds } from './refresh-service';

/** How long the check of a new feed waits for the server. */
export const FEED_CHECK_TIMEOUT_MS = 15_000;
const FEED_ACCEPT =
  'application/rss+xml, application/atom+xml, application/feed+json, application/xml;q=0.9, text/xml;q=0.9, */*;q=0.5';

export interface OptionsHandlerDeps {
  now: () => number;
  fetch: typeof fetch;
  /** Every feed's stored status (the feed-state store in production). */
  readFeedStatuses?: () => Promise<FeedStatus[]>;
}

type OptionsMessages = 'feeds:status' | 'feed:check';

function hostOf(url: string): string {
  try {
    return new URL(url).host;
  } catch {
    return url;
  }
}

/** Fetches `url` once for the check; throws an Error whose message the user can act on. */
async function fetchForCheck(
  url: string,
  deps: OptionsHandlerDeps,
): Promise<{ body: Uint8Array; contentType: string | null; finalUrl: string }> {
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), FEED_CHECK_TIMEOUT_MS);
  try {
    let res: Response;
    try {
      res = await deps.fetch(url, {
        headers: { Accept: FEED_ACCEPT },
        credentials: 'omit',
        redirect: 'follow',
        signal: controller.signal,
      });
    } catch {
      if (controller.signal.aborted) {
        throw new Error(`${hostOf(url)} did not answer within ${FEED_CHECK_TIMEOUT_MS / 1000} seconds.`);
      }
      throw new Error(`Could not reach ${hostOf(url)}: the address may be wrong, or you may be offline.`);
    }
    if (!res.ok) {
      const text = res.statusText ? ` ${res.statusText}` : '';
      throw new Error(`${hostOf(url)} answered HTTP ${res.status}${text}: there is no feed at this address.`);
    }
    const buffer = await res.arrayBuffer();
    const body = new Uint8Array(buffer, 0, Math.min(buffer.byteLength, FEED_MAX_BYTES_DEFAULT));
    return { body, contentType: res.headers.get('content-type'), finalUrl: res.url || url };
  } finally {
    clearTimeout(timer);
  }
}

/** The feed URL an "HTML page, not a feed" error names (parseFeed reads the page's <link rel=alternate>). */
function advertisedFeedOf(message: string): string | null {
  const m = /names a feed at (\S+?)\)?$/.exec(message);
  return m ? toHttpUrl(m[1]) : null;
}

/**
 * Fetches and parses a feed the user typed. A web page that advertises a feed is followed once, so pasting
 * a site's address works. Throws an Error with a one-line, user-facing reason when it is not a usable feed.
 */
export async function checkFeed(input: string, deps: OptionsHandlerDeps): Promise<FeedCheck> {
  const url = normalizeFeedUrl(input);
  if (!url) throw new Error('Enter the address of a feed, starting with http:// or https://.');
  let target = url;
  for (let hop = 0; hop < 2; hop += 1) {
    const { body, contentType, finalUrl } = await fetchForCheck(target, deps);
    try {
      const feed = parseFeed(body, { url: finalUrl, contentType, now: deps.now() });
      return { url: target, finalUrl, title: feed.title, format: feed.format, items: feed.items.length };
    } catch (err) {
      if (!isFeedError(err)) throw err;
      const next = err.code === 'html-page' ? advertisedFeedOf(err.message) : null;
      if (next && hop === 0 && next !== target) {
        target = next;
        continue;
      }
      if (err.code === 'html-page') {
        throw new Error('This address is a web page, not a feed. Look on the site for an RSS or Atom link and use its address.');
      }
      throw new Error(`This is not a feed Parallax can read: ${err.message}.`);
    }
  }
  throw new Error('This address is a web page, not a feed.');
}

/** Joins the feeds the refresher fetches with their stored statuses. */
export async function listFeedOverviews(readFeedStatuses: () => Promise<FeedStatus[]>): Promise<FeedOverview[]> {
  const [settings, statuses] = await Promise.all([loadSettings(), readFeedStatuses()]);
  const byUrl = new Map(statuses.map((s) => [s.url, s]));
  const titles = new Map(settings.customFeeds.map((f) => [f.url, f.title]));
  return selectFeeds(settings, listOutlets()).map((f) => ({
    url: f.url,
    outletId: f.outletId,
    title: f.outletId ? null : (titles.get(f.url) ?? null),
    status: byUrl.get(f.url) ?? null,
  }));
}

export function createOptionsHandlers(deps: OptionsHandlerDeps): Pick<Handlers, OptionsMessages> {
  const readFeedStatuses = deps.readFeedStatuses ?? (async () => []);
  return {
    'feeds:status': async () => listFeedOverviews(readFeedStatuses),
    'feed:check': async ({ url }) => checkFeed(url, deps),
  };
}
