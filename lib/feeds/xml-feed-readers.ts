// Format readers for XML feeds: RSS 2.0 (and 0.9x), RSS 1.0/RDF and Atom 1.0 (and 0.3), including
// media:*, dc:*, content:encoded, feedburner:origLink and Atom xml:base. They map the parsed tree to
// ItemDrafts; cleaning happens in feed-items. Runs in worker and CLI; pure.

import type { FeedFormat, FeedItem } from './types';
import { finishItem, type ItemContext, type ItemDraft, type LinkCandidate } from './feed-items';
import { findFirstImageSrc, htmlToText, decodeEntities, normalizeSpace } from './feed-text';
import { resolveBase, resolveHttpUrl } from './feed-links';
import { asNode, attrOf, childText, childrenOf, first, textOf, type XmlNode, type XmlValue } from './xml-document';

export interface ReaderOptions extends ItemContext {
  /** The feed's own URL (base for relative links), when known. */
  url: string | null;
  maxItems: number;
}

export interface ReadFeed {
  format: FeedFormat;
  title: string | null;
  link: string | null;
  lang: string | null;
  items: FeedItem[];
}

const IMAGE_EXTENSION_RE = /\.(jpe?g|png|gif|webp|avif)(\?|$)/i;

function plain(raw: string | null, maxChars = 300): string | null {
  if (!raw) return null;
  return htmlToText(raw, maxChars) || null;
}

function texts(node: XmlNode | null, ...names: string[]): (string | null)[] {
  return names.flatMap((name) => childrenOf(node, name).map(textOf));
}

/** media:thumbnail / media:content (directly or inside media:group) that are images. */
function mediaImages(node: XmlNode | null, base: string | null): LinkCandidate[] {
  const groups = [node, ...childrenOf(node, 'media:group').map(asNode)];
  const found: LinkCandidate[] = [];
  for (const group of groups) {
    for (const thumb of childrenOf(group, 'media:thumbnail')) found.push({ href: attrOf(thumb, 'url'), base });
    for (const content of childrenOf(group, 'media:content')) {
      const url = attrOf(content, 'url');
      const type = attrOf(content, 'type') ?? '';
      const medium = attrOf(content, 'medium') ?? '';
      if (medium === 'image' || type.startsWith('image/') || (url && IMAGE_EXTENSION_RE.test(url))) {
        found.push({ href: url, base });
      }
    }
  }
  return found;
}

function mediaDescriptions(node: XmlNode | null): (string | null)[] {
  return [node, ...childrenOf(node, 'media:group').map(asNode)].map((group) => childText(group, 'media:description'));
}

function limitItems(entries: XmlValue[], options: ReaderOptions): XmlValue[] {
  if (entries.length <= options.maxItems) return entries;
  options.errors.add(`feed has ${entries.length} items; only the first ${options.maxItems} were read`);
  return entries.slice(0, options.maxItems);
}

function finishAll(entries: XmlValue[], options: ReaderOptions, draftOf: (node: XmlNode) => ItemDraft): FeedItem[] {
  const items: FeedItem[] = [];
  limitItems(entries, options).forEach((entry, index) => {
    const node = asNode(entry);
    if (!node) {
      options.errors.add(`item ${index + 1}: dropped, empty`);
      return;
    }
    const item = finishItem(draftOf(node), index + 1, options);
    if (item) items.push(item);
  });
  return items;
}

// ---------------------------------------------------------------- RSS 2.0

/** RSS <link> is text, but some feeds put an href attribute on it. */
function rssLinks(node: XmlNode, base: string | null): LinkCandidate[] {
  return childrenOf(node, 'link').map((link) => ({ href: textOf(link) || attrOf(link, 'href'), base }));
}

function atomAlternateLinks(node: XmlNode, name: string, base: string | null): LinkCandidate[] {
  const links = childrenOf(node, name);
  const rank = (link: XmlValue): number => {
    const rel = attrOf(link, 'rel') ?? 'alternate';
    const type = attrOf(link, 'type') ?? 'text/html';
    if (rel !== 'alternate') return 9;
    return type.includes('html') ? 0 : 1;
  };
  return links
    .filter((link) => rank(link) < 9)
    .sort((a, b) => rank(a) - rank(b))
    .map((link) => ({ href: attrOf(link, 'href'), base: resolveBase(attrOf(link, 'xml:base'), base) }));
}

function rssGuidLink(item: XmlNode, base: string | null): LinkCandidate[] {
  const guid = first(item, 'guid');
  const text = textOf(guid);
  if (!text || attrOf(guid, 'isPermaLink') === 'false') return [];
  return /^\s*https?:/i.test(text) ? [{ href: text, base }] : [];
}

function rssEnclosureImages(item: XmlNode, base: string | null): LinkCandidate[] {
  return childrenOf(item, 'enclosure')
    .filter((enclosure) => {
      const type = attrOf(enclosure, 'type');
      return type ? type.startsWith('image/') : IMAGE_EXTENSION_RE.test(attrOf(enclosure, 'url') ?? '');
    })
    .map((enclosure) => ({ href: attrOf(enclosure, 'url'), base }));
}

function draftRssItem(item: XmlNode, channelBase: string | null, lang: string | null): ItemDraft {
  const base = resolveBase(attrOf(item, 'xml:base'), channelBase);
  const html = childText(item, 'content:encoded') ?? childText(item, 'description');
  const inlineImage = html ? findFirstImageSrc(html) : null;
  return {
    title: childText(item, 'title') ?? childText(item, 'dc:title') ?? childText(item, 'media:title'),
    summaries: [
      childText(item, 'description'),
      childText(item, 'content:encoded'),
      ...mediaDescriptions(item),
      childText(item, 'atom:summary'),
      childText(item, 'itunes:summary'),
      childText(item, 'dc:description'),
    ],
    links: [
      { href: childText(item, 'feedburner:origLink'), base },
      ...rssLinks(item, base),
      ...atomAlternateLinks(item, 'atom:link', base),
      ...rssGuidLink(item, base),
    ],
    published: texts(item, 'pubDate', 'dc:date', 'atom:published', 'dcterms:issued', 'dcterms:created', 'atom:updated', 'dcterms:modified', 'pubdate'),
    author:
      childText(item, 'author') ??
      childText(item, 'dc:creator') ??
      childText(asNode(first(item, 'atom:author')), 'atom:name') ??
      childText(item, 'itunes:author'),
    images: [
      ...mediaImages(item, base),
      ...rssEnclosureImages(item, base),
      { href: attrOf(first(item, 'itunes:image'), 'href'), base },
      { href: inlineImage, base },
    ],
    categories: [
      ...texts(item, 'category', 'dc:subject'),
      ...childrenOf(item, 'atom:category').map((category) => attrOf(category, 'term')),
    ],
    guid: childText(item, 'guid'),
    lang: childText(item, 'dc:language') ?? lang,
  };
}

export function readRss2(rssRoot: XmlNode, options: ReaderOptions): ReadFeed {
  const channel = asNode(first(rssRoot, 'channel')) ?? rssRoot;
  const declaredLink = decodeEntities(childText(channel, 'link') ?? '');
  // Relative item links resolve against xml:base, else the feed URL, else the site link it declares.
  const base = resolveBase(attrOf(channel, 'xml:base'), options.url ?? resolveHttpUrl(declaredLink));
  const lang = normalizeSpace(childText(channel, 'language') ?? childText(channel, 'dc:language') ?? '') || null;
  // Some feeds put items next to <channel> instead of inside it.
  const entries = [...childrenOf(channel, 'item'), ...(channel === rssRoot ? [] : childrenOf(rssRoot, 'item'))];
  return {
    format: 'rss2',
    title: plain(childText(channel, 'title')),
    link: resolveHttpUrl(declaredLink, base),
    lang,
    items: finishAll(entries, options, (item) => draftRssItem(item, base, lang)),
  };
}

// ---------------------------------------------------------------- RSS 1.0 / RDF

function draftRdfItem(item: XmlNode, base: string | null, lang: string | null): ItemDraft {
  const html = childText(item, 'content:encoded') ?? childText(item, 'description');
  return {
    title: childText(item, 'title') ?? childText(item, 'dc:title'),
    summaries: [childText(item, 'description'), childText(item, 'content:encoded'), childText(item, 'dc:description'), ...mediaDescriptions(item)],
    links: [
      { href: childText(item, 'feedburner:origLink'), base },
      ...rssLinks(item, base),
      { href: attrOf(item, 'rdf:about'), base },
    ],
    published: texts(item, 'dc:date', 'dcterms:issued', 'dcterms:created', 'pubDate', 'dcterms:modified'),
    author: childText(item, 'dc:creator'),
    images: [...mediaImages(item, base), { href: html ? findFirstImageSrc(html) : null, base }],
    categories: texts(item, 'dc:subject', 'category'),
    guid: attrOf(item, 'rdf:about'),
    lang: childText(item, 'dc:language') ?? lang,
  };
}

export function readRss1(rdfRoot: XmlNode, options: ReaderOptions): ReadFeed {
  const channel = asNode(first(rdfRoot, 'channel'));
  const declaredLink = decodeEntities(childText(channel, 'link') ?? '');
  const base = options.url ?? resolveHttpUrl(declaredLink);
  const lang = normalizeSpace(childText(channel, 'dc:language') ?? '') || null;
  const entries = [...childrenOf(rdfRoot, 'item'), ...childrenOf(channel, 'item')];
  return {
    format: 'rss1',
    title: plain(childText(channel, 'title')),
    link: resolveHttpUrl(declaredLink, base),
    lang,
    items: finishAll(entries, options, (item) => draftRdfItem(item, base, lang)),
  };
}

// ---------------------------------------------------------------- Atom

function draftAtomEntry(entry: XmlNode, p: string, feedBase: string | null, lang: string | null): ItemDraft {
  const base = resolveBase(attrOf(entry, 'xml:base'), feedBase);
  const content = first(entry, `${p}content`);
  const summary = first(entry, `${p}summary`);
  // Out-of-line content (<content src="...">) has no text to show.
  const contentText = attrOf(content, 'src') ? null : textOf(content);
  const contentBase = resolveBase(attrOf(content, 'xml:base'), base);
  const id = childText(entry, `${p}id`);
  const enclosures = childrenOf(entry, `${p}link`).filter(
    (link) => attrOf(link, 'rel') === 'enclosure' && (attrOf(link, 'type') ?? '').startsWith('image/'),
  );
  const author = asNode(first(entry, `${p}author`));
  return {
    title: childText(entry, `${p}title`) ?? childText(entry, 'media:title'),
    summaries: [textOf(summary), contentText, ...mediaDescriptions(entry)],
    links: [
      { href: childText(entry, 'feedburner:origLink'), base },
      ...atomAlternateLinks(entry, `${p}link`, base),
      { href: id && /^\s*https?:/i.test(id) ? id : null, base },
    ],
    published: texts(entry, `${p}published`, `${p}updated`, `${p}issued`, `${p}modified`, `${p}created`, 'dc:date'),
    author: childText(author, `${p}name`) ?? childText(entry, 'dc:creator'),
    images: [
      ...mediaImages(entry, base),
      ...enclosures.map((link) => ({ href: attrOf(link, 'href'), base })),
      { href: contentText ? findFirstImageSrc(contentText) : null, base: contentBase },
      { href: textOf(summary) ? findFirstImageSrc(textOf(summary)!) : null, base },
    ],
    categories: childrenOf(entry, `${p}category`).map(
      (category) => attrOf(category, 'label') ?? attrOf(category, 'term'),
    ),
    guid: id,
    lang: attrOf(entry, 'xml:lang') ?? lang,
  };
}

export function readAtom(feed: XmlNode, prefix: '' | 'atom:', options: ReaderOptions): ReadFeed {
  const base = resolveBase(attrOf(feed, 'xml:base'), options.url);
  const lang = attrOf(feed, 'xml:lang');
  const alternate = atomAlternateLinks(feed, `${prefix}link`, base)[0];
  const link = alternate ? resolveHttpUrl(alternate.href, alternate.base) : null;
  // Without a feed URL or xml:base, the site link is the best base there is.
  const entryBase = base ?? link;
  return {
    format: 'atom',
    title: plain(childText(feed, `${prefix}title`)),
    link,
    lang,
    items: finishAll(childrenOf(feed, `${prefix}entry`), options, (entry) => draftAtomEntry(entry, prefix, entryBase, lang)),
  };
}
