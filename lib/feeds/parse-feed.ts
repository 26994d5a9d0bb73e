// Parses a feed body (bytes or text) of any supported format into clean items: RSS 2.0, RSS 1.0/RDF,
// Atom 1.0, JSON Feed 1.1. Runs in the MV3 service worker and the CLI: DOM-free, no I/O, bounded work
// on hostile input (size and item caps, no entity expansion, depth limit, linear scans).

import type { FeedItem, ParsedFeed } from './types';
import { FeedError } from './feed-error';
import { ErrorLog } from './feed-items';
import { decodeFeedBytes } from './feed-encoding';
import { resolveHttpUrl } from './feed-links';
import { readJsonFeed } from './json-feed-reader';
import { readAtom, readRss1, readRss2, type ReadFeed, type ReaderOptions } from './xml-feed-readers';
import { asNode, findRootName, parseXmlFeed, stripDoctype } from './xml-document';

export { FeedError, isFeedError, type FeedErrorCode } from './feed-error';

/** Largest body parsed, in bytes (characters for string input); the rest is cut off and reported. */
export const FEED_MAX_BYTES_DEFAULT = 5 * 1024 * 1024;
/** Most items read from one feed; real feeds carry 10–300. */
export const FEED_MAX_ITEMS_DEFAULT = 500;
/** How much of the start of a body is inspected to recognise binary data and HTML pages, in chars. */
const SNIFF_CHARS = 2048;
/** Share of control characters above which text is taken for binary data. */
const BINARY_CONTROL_RATIO = 0.02;

export interface ParseFeedOptions {
  /** The feed's URL: base for relative links. */
  url?: string;
  /** HTTP Content-Type, for the charset and to recognise JSON. */
  contentType?: string | null;
  /** Epoch ms; future publication dates are clamped to it. */
  now: number;
  maxItems?: number;
  maxBytes?: number;
}

function looksBinary(text: string): boolean {
  const sample = text.slice(0, SNIFF_CHARS);
  let control = 0;
  for (let i = 0; i < sample.length; i++) {
    const code = sample.charCodeAt(i);
    if (code === 0) return true;
    if ((code < 32 && code !== 9 && code !== 10 && code !== 13) || code === 0xfffd) control++;
  }
  return sample.length > 0 && control / sample.length > BINARY_CONTROL_RATIO;
}

function isGzip(body: Uint8Array | string): boolean {
  return typeof body !== 'string' && body[0] === 0x1f && body[1] === 0x8b;
}

/** The feed an HTML page advertises with <link rel="alternate" type="application/rss+xml">, if any. */
function findAdvertisedFeed(html: string, base: string | null): string | null {
  // [^<>] keeps each match inside one tag: unterminated <link runs stay linear.
  const tags = html.slice(0, 200_000).match(/<link\b[^<>]{0,2000}>/gi) ?? [];
  for (const tag of tags) {
    if (!/type\s*=\s*["']?application\/(rss|atom|feed)\+(xml|json)/i.test(tag)) continue;
    const href = /href\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>]+))/i.exec(tag);
    const url = resolveHttpUrl(href?.[1] ?? href?.[2] ?? href?.[3], base);
    if (url) return url;
  }
  return null;
}

function htmlPageError(text: string, url: string | null): FeedError {
  const advertised = findAdvertisedFeed(text, url);
  return new FeedError(
    'html-page',
    advertised
      ? `This is an HTML page, not a feed (the page names a feed at ${advertised})`
      : 'This is an HTML page, not a feed',
    advertised,
  );
}

function isHtmlStart(head: string): boolean {
  // Comments are matched so that each can end only at its first "-->" (no backtracking blow-up).
  return /^(?:\s|<!--(?:[^-]|-(?!->))*-->|<\?xml[^>]*>)*<(?:!doctype\s+html|html[\s>]|head[\s>]|body[\s>])/i.test(head);
}

function toText(body: Uint8Array | string, opts: ParseFeedOptions, maxBytes: number, errors: ErrorLog): string {
  if (typeof body === 'string') {
    if (body.length > maxBytes) errors.add(`feed larger than ${maxBytes} characters; the rest was ignored`);
    return (body.length > maxBytes ? body.slice(0, maxBytes) : body).replace(/^\ufeff/, '');
  }
  if (body.length > maxBytes) errors.add(`feed larger than ${maxBytes} bytes; the rest was ignored`);
  const decoded = decodeFeedBytes(body.length > maxBytes ? body.subarray(0, maxBytes) : body, opts.contentType);
  for (const message of decoded.errors) errors.add(message);
  return decoded.text;
}

function readXml(text: string, options: ReaderOptions): ReadFeed {
  const { xml, hadEntities } = stripDoctype(text);
  if (hadEntities) options.errors.add('DOCTYPE entity declarations ignored (never expanded)');
  const { root } = parseXmlFeed(xml, options.maxItems, options.errors);
  const rootName = findRootName(root);
  if (rootName === null) throw new FeedError('not-a-feed', 'No XML element found; not a feed');
  const top = asNode(root[rootName]) ?? {};
  const local = rootName.replace(/^.*:/, '');
  if (local.toLowerCase() === 'html') throw htmlPageError(text, options.url);
  if (local === 'rss' || rootName === 'channel') return readRss2(top, options);
  if (local === 'RDF') return readRss1(top, options);
  if (rootName === 'feed' || rootName === 'atom:feed') return readAtom(top, rootName === 'feed' ? '' : 'atom:', options);
  throw new FeedError('not-a-feed', `Root element <${rootName.slice(0, 40)}> is not RSS, RDF or Atom`);
}

function dropDuplicateUrls(items: FeedItem[], errors: ErrorLog): FeedItem[] {
  const seen = new Set<string>();
  const unique = items.filter((item) => !seen.has(item.url) && (seen.add(item.url), true));
  if (unique.length < items.length) errors.add(`${items.length - unique.length} items repeated a link; dropped`);
  return unique;
}

/**
 * Parses a feed. Throws FeedError (one-line message, `code`) when the input is unusable; everything
 * that only affects some items or fields goes to `errors`.
 */
export function parseFeed(body: Uint8Array | string, opts: ParseFeedOptions): ParsedFeed {
  const errors = new ErrorLog();
  const maxBytes = opts.maxBytes ?? FEED_MAX_BYTES_DEFAULT;
  const maxItems = opts.maxItems ?? FEED_MAX_ITEMS_DEFAULT;
  if (isGzip(body)) throw new FeedError('binary', 'Compressed (gzip) data, not a feed');
  const text = toText(body, opts, maxBytes, errors);
  const start = text.search(/\S/);
  if (start < 0) throw new FeedError('empty', 'The feed is empty');
  if (looksBinary(text)) throw new FeedError('binary', 'Binary data, not a feed');
  const options: ReaderOptions = { url: resolveHttpUrl(opts.url) ?? null, now: opts.now, maxItems, errors };
  const head = text.slice(start, start + SNIFF_CHARS);
  let read: ReadFeed;
  if (head.startsWith('{') || (head.startsWith('[') && /json/i.test(opts.contentType ?? ''))) {
    if (body.length > maxBytes) {
      // JSON cannot be read in part like XML items can.
      throw new FeedError('too-large', `JSON feed larger than ${maxBytes} bytes; JSON cannot be read in part`);
    }
    read = readJsonFeed(text, options);
  } else if (isHtmlStart(head)) {
    throw htmlPageError(text, options.url);
  } else if (head.startsWith('<')) {
    read = readXml(text.slice(start), options);
  } else {
    // Some servers emit junk (PHP notices, blank lines) before the XML; skip a little of it.
    const xmlStart = head.search(/<\?xml|<rss[\s>]|<feed[\s>]|<rdf:RDF[\s>]/);
    if (xmlStart < 0) throw new FeedError('not-a-feed', 'Neither XML nor JSON; not a feed');
    errors.add('text before the XML start ignored');
    read = readXml(text.slice(start + xmlStart), options);
  }
  const items = dropDuplicateUrls(read.items, errors);
  return { format: read.format, title: read.title, link: read.link, lang: read.lang, items, errors: errors.list() };
}
