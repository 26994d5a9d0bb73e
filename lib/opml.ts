// OPML import and export of feed lists: parses untrusted OPML text into http(s) feed URLs, builds OPML 2.0.
// Pure string in, data out (fast-xml-parser, no DOM): runs in the options page, in tests and in CLIs.
// Must not fetch, touch storage or trust anything in the file (sizes, nesting, entities and URLs are capped).

import { XMLParser } from 'fast-xml-parser';
import type { Outlet } from './catalog/types';
import type { CustomFeed, Settings } from './settings';

export interface OpmlFeed {
  /** Absolute http(s) feed URL. */
  url: string;
  title: string | null;
  /** The site the feed belongs to (http(s) only), when the file names one. */
  htmlUrl: string | null;
  /** Title of the enclosing folder outline, if any. */
  category: string | null;
}

export interface OpmlDocument {
  title: string | null;
  feeds: OpmlFeed[];
  /** Non-fatal problems: outlines dropped (bad or non-http URLs, duplicates, caps reached). */
  errors: string[];
}

/** Larger files are refused before parsing (a feed list of thousands of feeds is ~1 MB). */
export const OPML_MAX_BYTES = 4_000_000;
/** Feeds kept from one file; the rest are reported as dropped. */
export const OPML_MAX_FEEDS = 2000;
/** Outlines visited at most (folders included), so a hostile file cannot make the walk unbounded. */
const OPML_MAX_OUTLINES = 20_000;
/** Nesting of tags the parser accepts (real files use 2–4 levels). */
const OPML_MAX_DEPTH = 64;
const MAX_TITLE_CHARS = 300;
const MAX_URL_CHARS = 2048;
const MAX_ERRORS_LISTED = 20;

/** The file cannot be used at all (not OPML, too large, not XML). `message` is one line for the user. */
export class OpmlError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'OpmlError';
  }
}

type XmlNode = Record<string, unknown>;

function isNode(v: unknown): v is XmlNode {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

function asNodes(v: unknown): XmlNode[] {
  if (Array.isArray(v)) return v.filter(isNode);
  return isNode(v) ? [v] : [];
}

const XML_ENTITIES: Readonly<Record<string, string>> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

/** Decodes XML's predefined and numeric character references in one pass (so "&amp;#10;" stays "&#10;"). */
function decodeXmlEntities(s: string): string {
  return s.replace(/&(?:#(\d{1,7})|#x([0-9a-f]{1,6})|(amp|lt|gt|quot|apos));/gi, (whole, dec, hex, name) => {
    if (name) return XML_ENTITIES[String(name).toLowerCase()] ?? whole;
    const code = dec ? Number.parseInt(dec, 10) : Number.parseInt(hex, 16);
    const valid = code > 0 && code <= 0x10ffff && !(code >= 0xd800 && code <= 0xdfff);
    return valid ? String.fromCodePoint(code) : '';
  });
}

function cleanText(v: unknown, max = MAX_TITLE_CHARS): string | null {
  if (typeof v !== 'string' && typeof v !== 'number') return null;
  // eslint-disable-next-line no-control-regex
  const s = decodeXmlEntities(String(v)).replace(/[\u0000-\u001f\u007f]+/g, ' ').replace(/\s+/g, ' ').trim();
  return s ? s.slice(0, max) : null;
}

/** The URL as an absolute http(s) href, or null (javascript:, data:, relative, over-long…). */
export function toHttpUrl(v: unknown): string | null {
  const s = cleanText(v, MAX_URL_CHARS + 1);
  if (!s || s.length > MAX_URL_CHARS) return null;
  try {
    const u = new URL(s);
    if (u.protocol !== 'http:' && u.protocol !== 'https:') return null;
    if (u.username || u.password) return null; // credentials in a shared file are a trap, not a feed
    return u.href;
  } catch {
    return null;
  }
}

/** What a user typed as a feed address: "example.com/feed" -> "https://example.com/feed"; null if unusable. */
export function normalizeFeedUrl(input: string): string | null {
  const s = input.trim();
  if (!s) return null;
  return toHttpUrl(/^[a-z][a-z0-9+.-]*:/i.test(s) ? s : `https://${s}`);
}

function attr(node: XmlNode, name: string): unknown {
  return node[`@_${name}`];
}

/**
 * Reads the feeds out of an OPML file. Throws OpmlError when the text is not usable OPML; otherwise returns
 * every distinct http(s) feed (in document order, folder title as category) and what was dropped and why.
 */
export function parseOpml(text: string): OpmlDocument {
  if (typeof text !== 'string' || !text.trim()) throw new OpmlError('The file is empty.');
  if (text.length > OPML_MAX_BYTES) {
    throw new OpmlError(`The file is too large (over ${Math.round(OPML_MAX_BYTES / 1_000_000)} MB) to be a feed list.`);
  }
  // A feed list never needs entity declarations; refusing them rules out expansion attacks entirely.
  if (/<!ENTITY/i.test(text)) throw new OpmlError('The file declares XML entities, which a feed list never needs.');
  const body = text.replace(/^\uFEFF/, '');
  if (!/<opml[\s>]/i.test(body)) throw new OpmlError('This is not an OPML file (no <opml> element).');

  const parser = new XMLParser({
    ignoreAttributes: false,
    attributeNamePrefix: '@_',
    // OPML in the wild spells xmlUrl as xmlurl or XMLURL; attribute names are compared lowercased.
    transformAttributeName: (name) => name.toLowerCase(),
    transformTagName: (name) => name.toLowerCase(),
    parseTagValue: false,
    parseAttributeValue: false,
    // Entities are decoded by decodeXmlEntities: the parser leaves numeric references in attributes as is.
    processEntities: false,
    htmlEntities: false,
    ignoreDeclaration: true,
    ignorePiTags: true,
    maxNestedTags: OPML_MAX_DEPTH,
    isArray: (name) => name === 'outline',
  });
  let root: unknown;
  try {
    root = parser.parse(body);
  } catch (err) {
    const reason = err instanceof Error ? err.message.split('\n')[0] : String(err);
    throw new OpmlError(`The file is not readable XML (${(reason ?? '').slice(0, 160)}).`);
  }
  const opml = isNode(root) ? asNodes(root.opml)[0] : undefined;
  if (!opml) throw new OpmlError('This is not an OPML file (no <opml> element).');
  const head = asNodes(opml.head)[0];
  const bodyNode = asNodes(opml.body)[0];
  if (!bodyNode) throw new OpmlError('The OPML file has no <body>, so it lists no feeds.');

  const feeds: OpmlFeed[] = [];
  const errors: string[] = [];
  const seen = new Set<string>();
  let dropped = 0;
  const note = (msg: string) => {
    dropped += 1;
    if (errors.length < MAX_ERRORS_LISTED) errors.push(msg);
  };

  // Iterative depth-first walk in document order (no recursion: nesting depth is the file's choice).
  const stack: { node: XmlNode; category: string | null }[] = asNodes(bodyNode.outline)
    .reverse()
    .map((node) => ({ node, category: null }));
  let visited = 0;
  while (stack.length) {
    const { node, category } = stack.pop()!;
    visited += 1;
    if (visited > OPML_MAX_OUTLINES) {
      errors.push(`Stopped after ${OPML_MAX_OUTLINES.toLocaleString('en')} outlines.`);
      break;
    }
    const title = cleanText(attr(node, 'title')) ?? cleanText(attr(node, 'text'));
    const rawUrl = attr(node, 'xmlurl');
    if (rawUrl !== undefined && rawUrl !== '') {
      const url = toHttpUrl(rawUrl);
      if (!url) note(`Skipped "${title ?? 'untitled'}": its feed address is not an http(s) URL.`);
      else if (seen.has(url)) note(`Skipped a duplicate of ${url}.`);
      else if (feeds.length >= OPML_MAX_FEEDS) note(`Skipped ${url}: a file may add at most ${OPML_MAX_FEEDS} feeds.`);
      else {
        seen.add(url);
        feeds.push({ url, title, htmlUrl: toHttpUrl(attr(node, 'htmlurl')), category });
      }
    }
    const children = asNodes(node.outline);
    // A folder's own title names its feeds' category; a feed outline with children passes its category on.
    const childCategory = rawUrl === undefined || rawUrl === '' ? (title ?? category) : category;
    for (let i = children.length - 1; i >= 0; i -= 1) stack.push({ node: children[i]!, category: childCategory });
  }
  if (dropped > errors.length) errors.push(`… ${dropped - errors.length} more outlines skipped.`);
  return { title: head ? cleanText(head.title) : null, feeds, errors };
}

/** Escapes text for an XML attribute value; drops characters XML 1.0 cannot carry. */
function escapeXml(s: string): string {
  return (
    s
      // eslint-disable-next-line no-control-regex
      .replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/g, '')
      .replace(/&/g, '&amp;')
      .replace(/</g, '&lt;')
      .replace(/>/g, '&gt;')
      .replace(/"/g, '&quot;')
      .replace(/'/g, '&apos;')
      .replace(/\r/g, '&#13;')
      .replace(/\n/g, '&#10;')
      .replace(/\t/g, '&#9;')
  );
}

function feedOutline(feed: OpmlFeed, indent: string): string {
  const title = escapeXml(feed.title ?? feed.url);
  const html = feed.htmlUrl ? ` htmlUrl="${escapeXml(feed.htmlUrl)}"` : '';
  return `${indent}<outline type="rss" text="${title}" title="${title}" xmlUrl="${escapeXml(feed.url)}"${html}/>`;
}

/**
 * Builds an OPML 2.0 document: feeds without a category at the top level, the others in one folder per
 * category (first-seen order). Non-http(s) URLs are left out, so the file only ever carries feeds.
 */
export function buildOpml(feeds: readonly OpmlFeed[], opts: { title: string; now: number }): string {
  const loose: OpmlFeed[] = [];
  const folders = new Map<string, OpmlFeed[]>();
  for (const feed of feeds) {
    const url = toHttpUrl(feed.url);
    if (!url) continue;
    const clean: OpmlFeed = { ...feed, url, htmlUrl: feed.htmlUrl ? toHttpUrl(feed.htmlUrl) : null };
    if (!feed.category) loose.push(clean);
    else folders.set(feed.category, [...(folders.get(feed.category) ?? []), clean]);
  }
  const lines = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<opml version="2.0">',
    '  <head>',
    `    <title>${escapeXml(opts.title)}</title>`,
    `    <dateCreated>${new Date(opts.now).toUTCString()}</dateCreated>`,
    '  </head>',
    '  <body>',
    ...loose.map((f) => feedOutline(f, '    ')),
  ];
  for (const [category, list] of folders) {
    const name = escapeXml(category);
    lines.push(`    <outline text="${name}" title="${name}">`, ...list.map((f) => feedOutline(f, '      ')), '    </outline>');
  }
  lines.push('  </body>', '</opml>', '');
  return lines.join('\n');
}

/** Every catalog feed URL (normalised) -> its outlet, to recognise catalog feeds in imports and additions. */
export function mapCatalogFeeds(outlets: readonly Outlet[]): Map<string, Outlet> {
  const map = new Map<string, Outlet>();
  for (const outlet of outlets) {
    for (const feed of outlet.feeds) {
      const url = toHttpUrl(feed.url);
      if (url && !map.has(url)) map.set(url, outlet);
    }
  }
  return map;
}

export interface FeedImportPlan {
  /** Catalog outlets that are off and whose feed the file lists: turned on. */
  enableOutlets: string[];
  /** Feeds of catalog outlets that are already on. */
  alreadyInCatalog: number;
  /** New custom feeds, in file order. */
  addFeeds: CustomFeed[];
  /** Feeds already among the user's own. */
  alreadyCustom: number;
}

/** What importing `feeds` changes: catalog feeds turn their outlet on, other new feeds become custom feeds. */
export function planFeedImport(
  feeds: readonly OpmlFeed[],
  outlets: readonly Outlet[],
  settings: Pick<Settings, 'customFeeds' | 'disabledOutlets'>,
): FeedImportPlan {
  const catalog = mapCatalogFeeds(outlets);
  const disabled = new Set(settings.disabledOutlets);
  const custom = new Set(settings.customFeeds.map((f) => toHttpUrl(f.url) ?? f.url));
  const plan: FeedImportPlan = { enableOutlets: [], alreadyInCatalog: 0, addFeeds: [], alreadyCustom: 0 };
  for (const feed of feeds) {
    const outlet = catalog.get(feed.url);
    if (outlet) {
      if (disabled.has(outlet.id) && !plan.enableOutlets.includes(outlet.id)) plan.enableOutlets.push(outlet.id);
      else plan.alreadyInCatalog += 1;
    } else if (custom.has(feed.url)) {
      plan.alreadyCustom += 1;
    } else {
      custom.add(feed.url);
      plan.addFeeds.push({ url: feed.url, title: feed.title });
    }
  }
  return plan;
}

/** The feeds Parallax fetches as an OPML list: the main feed of each enabled outlet, then the user's own. */
export function listExportFeeds(
  outlets: readonly Outlet[],
  settings: Pick<Settings, 'customFeeds' | 'disabledOutlets'>,
): OpmlFeed[] {
  const disabled = new Set(settings.disabledOutlets);
  const feeds: OpmlFeed[] = [];
  for (const outlet of outlets) {
    const first = outlet.feeds[0];
    if (disabled.has(outlet.id) || !first) continue;
    feeds.push({ url: first.url, title: outlet.name, htmlUrl: outlet.homepage, category: 'Parallax catalog' });
  }
  for (const f of settings.customFeeds) feeds.push({ url: f.url, title: f.title, htmlUrl: null, category: 'My feeds' });
  return feeds;
}
