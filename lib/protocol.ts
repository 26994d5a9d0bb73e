// The one map of every cross-context message: name -> request and response types, plus who may send it.
// Pure declarations and validators; used by the background (handlers) and every sender.
// Must not import browser APIs: lib/messaging.ts does the wiring.

import type { Bias } from './catalog/types';
import type { CoverageEntry, CoverageWhy, IndexStatus, TabReport } from './coverage/types';
import type { FeedFormat, FeedStatus } from './feeds/types';
import type { PageAnalysis, PageHints } from './page/types';

// options page
/** One feed the refresher fetches (catalog outlet's or the user's own), with its last fetch status. */
export interface FeedOverview {
  url: string;
  /** The catalog outlet the feed belongs to; null for a custom feed. */
  outletId: string | null;
  /** The custom feed's title (catalog feeds are named by their outlet). */
  title: string | null;
  /** null until the feed has been fetched once. */
  status: FeedStatus | null;
}

/** A feed the user wants to add, fetched and parsed once to check that it is one. */
export interface FeedCheck {
  /** The URL as given (normalised). */
  url: string;
  /** Where the fetch ended after redirects. */
  finalUrl: string;
  title: string | null;
  format: FeedFormat;
  items: number;
}
// end options page

/** Per-outlet bias counts for the badge (other outlets only). */
export type BiasCounts = Record<Bias | 'unknown', number>;

/** What a link chip shows: the linked article's outlet, and its story's coverage when indexed. */
export interface LinkInfo {
  outletId: string;
  name: string;
  bias: Bias | null;
  /** Other outlets covering the linked article's story; null when the article is not in the index. */
  outlets: number | null;
}

/** What the content script shows on a page (from the settings, resolved by the background). */
export interface PageDisplay {
  /** False when the user turned Parallax off on this site. */
  enabled: boolean;
  articleBadge: boolean;
  linkChips: boolean;
  badgeStyle: 'compact' | 'detailed';
}

export interface BadgeInfo {
  /** Other outlets covering the story. */
  outlets: number;
  articles: number;
  bias: BiasCounts;
}

export interface ProtocolMap {
  /** Content script, on load: what the catalog knows about this site, and whether Parallax runs here. */
  'page:hints': { req: { url: string }; res: PageHints & PageDisplay };
  /** Content script, after analysing the page: store it for the tab, answer with the badge's figures. */
  'page:analyzed': {
    req: { url: string; analysis: Pick<PageAnalysis, 'isArticle' | 'score' | 'article'> };
    /** `tabId` lets the in-page panel show the popup for this tab. */
    res: { tabId: number; badge: BadgeInfo | null };
  };
  /** Content script: the full report for its own tab (the in-page panel). */
  'page:report': { req: Record<string, never>; res: TabReport };
  /** Content script: bias and coverage of outlets behind links (chips). */
  'links:lookup': {
    req: { urls: string[] };
    res: (LinkInfo | null)[];
  };
  /** Popup: everything to show for a tab. */
  'tab:report': { req: { tabId: number }; res: TabReport };
  /** Popup: "why is this here?" of one row of the tab's report (null when the story no longer lists it). */
  'story:why': { req: { tabId: number; articleId: string }; res: CoverageWhy | null };
  /** Popup: the reader says an article is not about the same story. */
  'story:not-same': { req: { tabId: number; articleId: string }; res: TabReport };
  /** Popup / options: keyword search of the index. */
  'index:search': { req: { query: string }; res: CoverageEntry[] };
  'index:status': { req: Record<string, never>; res: IndexStatus };
  'index:clear': { req: Record<string, never>; res: IndexStatus };
  'refresh:now': { req: Record<string, never>; res: IndexStatus };
  /** Popup: stop showing Parallax on a site. */
  'site:disable': { req: { domain: string }; res: { disabledSites: string[] } };
  // options page
  /** Options: every feed the refresher would fetch, with its status (last fetch, items, error, backoff). */
  'feeds:status': { req: Record<string, never>; res: FeedOverview[] };
  /** Options: fetch and parse a feed the user wants to add; fails with a message the user can act on. */
  'feed:check': { req: { url: string }; res: FeedCheck };
  /** Options, after clearing the index: forget feeds' ETag/Last-Modified so the next refresh refetches all. */
  'feeds:revalidate': { req: Record<string, never>; res: { feeds: number } };
  // end options page
}

export type MessageType = keyof ProtocolMap;
export type RequestOf<K extends MessageType> = ProtocolMap[K]['req'];
export type ResponseOf<K extends MessageType> = ProtocolMap[K]['res'];

export interface Envelope<K extends MessageType = MessageType> {
  parallax: 1;
  type: K;
  data: RequestOf<K>;
}

export type Reply<T> = { ok: true; value: T } | { ok: false; error: string };

/** Who may send a message: a content script (from a tab) or one of the extension's own pages. */
export type SenderKind = 'content' | 'extension-page';

export const MESSAGE_SENDERS: Record<MessageType, SenderKind> = {
  'page:hints': 'content',
  'page:analyzed': 'content',
  'page:report': 'content',
  'links:lookup': 'content',
  'tab:report': 'extension-page',
  'story:why': 'extension-page',
  'story:not-same': 'extension-page',
  'index:search': 'extension-page',
  'index:status': 'extension-page',
  'index:clear': 'extension-page',
  'refresh:now': 'extension-page',
  'site:disable': 'extension-page',
  // options page
  'feeds:status': 'extension-page',
  'feed:check': 'extension-page',
  'feeds:revalidate': 'extension-page',
  // end options page
};

const MAX_TEXT = 20_000;

function isObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}
function isString(v: unknown, max = MAX_TEXT): v is string {
  return typeof v === 'string' && v.length <= max;
}
function isNullableString(v: unknown, max = MAX_TEXT): v is string | null {
  return v === null || isString(v, max);
}
function isTabId(v: unknown): v is number {
  return typeof v === 'number' && Number.isInteger(v) && v >= 0;
}
function isEmpty(v: unknown): boolean {
  return isObject(v);
}

function isPageArticle(v: unknown): boolean {
  if (!isObject(v)) return false;
  return (
    isString(v.url, 4096) &&
    isString(v.canonicalUrl, 4096) &&
    isString(v.headline, 1000) &&
    isNullableString(v.description) &&
    isNullableString(v.siteName, 500) &&
    isString(v.domain, 500) &&
    isNullableString(v.publishedTime, 100) &&
    isNullableString(v.modifiedTime, 100) &&
    isNullableString(v.lang, 40) &&
    isNullableString(v.author, 1000) &&
    isNullableString(v.section, 500) &&
    isString(v.bodyText)
  );
}

/** Shape checks for every request: the background never trusts what a sender claims. */
export const REQUEST_VALIDATORS: { [K in MessageType]: (data: unknown) => data is RequestOf<K> } = {
  'page:hints': (d): d is RequestOf<'page:hints'> => isObject(d) && isString(d.url, 4096),
  'page:analyzed': (d): d is RequestOf<'page:analyzed'> =>
    isObject(d) &&
    isString(d.url, 4096) &&
    isObject(d.analysis) &&
    typeof d.analysis.isArticle === 'boolean' &&
    typeof d.analysis.score === 'number' &&
    (d.analysis.article === null || isPageArticle(d.analysis.article)),
  'page:report': (d): d is RequestOf<'page:report'> => isEmpty(d),
  'links:lookup': (d): d is RequestOf<'links:lookup'> =>
    isObject(d) && Array.isArray(d.urls) && d.urls.length <= 2000 && d.urls.every((u) => isString(u, 4096)),
  'tab:report': (d): d is RequestOf<'tab:report'> => isObject(d) && isTabId(d.tabId),
  'story:why': (d): d is RequestOf<'story:why'> => isObject(d) && isTabId(d.tabId) && isString(d.articleId, 4096),
  'story:not-same': (d): d is RequestOf<'story:not-same'> =>
    isObject(d) && isTabId(d.tabId) && isString(d.articleId, 4096),
  'index:search': (d): d is RequestOf<'index:search'> => isObject(d) && isString(d.query, 500),
  'index:status': (d): d is RequestOf<'index:status'> => isEmpty(d),
  'index:clear': (d): d is RequestOf<'index:clear'> => isEmpty(d),
  'refresh:now': (d): d is RequestOf<'refresh:now'> => isEmpty(d),
  'site:disable': (d): d is RequestOf<'site:disable'> => isObject(d) && isString(d.domain, 500),
  // options page
  'feeds:status': (d): d is RequestOf<'feeds:status'> => isEmpty(d),
  'feed:check': (d): d is RequestOf<'feed:check'> => isObject(d) && isString(d.url, 4096),
  'feeds:revalidate': (d): d is RequestOf<'feeds:revalidate'> => isEmpty(d),
  // end options page
};

export function isEnvelope(msg: unknown): msg is Envelope {
  return (
    isObject(msg) &&
    msg.parallax === 1 &&
    typeof msg.type === 'string' &&
    Object.prototype.hasOwnProperty.call(MESSAGE_SENDERS, msg.type)
  );
}
