// Extracts an article's metadata besides the headline: canonical URL, site name, dates, language,
// author, section, description. Runs in the content script and the CLI; reads the given document's
// parsed metadata only.

import { canonicalizeUrl } from '../index/canonical-url';
import { readAuthors, readNodeUrl, readString, type JsonLdSummary } from './json-ld';
import { firstMeta, type MetaTags } from './meta-tags';
import { cleanText } from './text-normalize';

const PUBLISHED_META_KEYS = [
  'article:published_time', 'og:published_time', 'published_time', 'article:published', 'datepublished',
  'pubdate', 'publishdate', 'publish-date', 'parsely-pub-date', 'sailthru.date', 'dc.date.issued', 'dc.date',
  'dcterms.created', 'date', 'og:pubdate', 'article.published', 'originalpublicationdate',
];
const MODIFIED_META_KEYS = ['article:modified_time', 'og:updated_time', 'datemodified', 'dcterms.modified', 'last-modified', 'article.updated'];
const AUTHOR_META_KEYS = ['author', 'article:author', 'parsely-author', 'sailthru.author', 'dc.creator', 'byl', 'twitter:creator'];
const SECTION_META_KEYS = ['article:section', 'parsely-section', 'section', 'articlesection', 'category'];

/** Parses a date string into ISO 8601, or null. */
export function toIsoDate(value: string | null | undefined): string | null {
  if (!value) return null;
  const text = value.trim();
  // Bare numbers are not dates we can trust (ids, epoch seconds without a unit).
  if (!/\d{4}/.test(text) || /^\d+$/.test(text)) return null;
  const ms = Date.parse(text);
  if (!Number.isFinite(ms)) return null;
  const year = new Date(ms).getUTCFullYear();
  if (year < 1990 || year > 2100) return null;
  return new Date(ms).toISOString();
}

/** Registrable-ish part of a host ("news.bbc.co.uk" -> "bbc.co.uk"), enough to tell same-site URLs. */
export function siteOfHost(host: string): string {
  const labels = host.toLowerCase().replace(/^www\d?\./, '').split('.');
  const tail = labels.slice(-2);
  const sld = tail[0] ?? '';
  if (labels.length > 2 && sld.length <= 3 && /^(?:co|com|net|org|gov|ac|edu|or|ne|go)$/.test(sld)) {
    return labels.slice(-3).join('.');
  }
  return tail.join('.');
}

/** The canonical URL the page declares when it is on the same site, else the loaded URL; canonicalized. */
export function resolveCanonicalUrl(url: URL, meta: MetaTags, jsonLd: JsonLdSummary): string {
  const declared = [meta.canonicalHref, firstMeta(meta, 'og:url'), readNodeUrl(jsonLd.article)];
  const site = siteOfHost(url.hostname);
  for (const href of declared) {
    if (!href) continue;
    let resolved: URL;
    try {
      resolved = new URL(href, url);
    } catch {
      continue;
    }
    if (siteOfHost(resolved.hostname) !== site) continue;
    // A canonical pointing at the site root from a deeper page is a misconfiguration, not the article.
    if (resolved.pathname.length <= 1 && url.pathname.length > 1) continue;
    const canonical = canonicalizeUrl(resolved.href);
    if (canonical) return canonical;
  }
  return canonicalizeUrl(url.href) ?? url.href;
}

/** Longest plausible site name (words); longer "names" are page titles in the wrong tag. */
const MAX_SITE_NAME_WORDS = 6;

export function readSiteName(
  meta: MetaTags,
  jsonLd: JsonLdSummary,
  knownName: string | null,
  title: string | null = null,
): string | null {
  const publisher = jsonLd.article ? readString(jsonLd.article, 'publisher') : null;
  const ogTitle = firstMeta(meta, 'og:title');
  const candidates = [
    firstMeta(meta, 'og:site_name'),
    publisher && !/^https?:/.test(publisher) ? publisher : null,
    knownName,
    firstMeta(meta, 'application-name', 'al:android:app_name', 'al:ios:app_name'),
    firstMeta(meta, 'twitter:site')?.replace(/^@/, '') ?? null,
  ];
  for (const name of candidates) {
    if (!name) continue;
    // Some pages put their headline in application-name or og:site_name.
    if (name.split(/\s+/).length > MAX_SITE_NAME_WORDS || name === title || name === ogTitle) continue;
    return name;
  }
  return null;
}

/** The JSON-LD node's date property, else the first meta key (in order) holding a parseable date. */
function readDate(meta: MetaTags, jsonLd: JsonLdSummary, property: string, keys: readonly string[]): string | null {
  const fromLd = toIsoDate(readString(jsonLd.article ?? jsonLd.liveBlog, property));
  if (fromLd) return fromLd;
  for (const key of keys) {
    const v = toIsoDate(firstMeta(meta, key));
    if (v) return v;
  }
  return null;
}

export function readPublishedTime(meta: MetaTags, jsonLd: JsonLdSummary, doc: Document): string | null {
  const declared = readDate(meta, jsonLd, 'datePublished', PUBLISHED_META_KEYS);
  if (declared) return declared;
  const time = doc.querySelector('time[datetime], [itemprop="datePublished"]');
  return toIsoDate(time?.getAttribute('datetime') ?? time?.getAttribute('content') ?? null);
}

export function readModifiedTime(meta: MetaTags, jsonLd: JsonLdSummary): string | null {
  return readDate(meta, jsonLd, 'dateModified', MODIFIED_META_KEYS);
}

/** BCP 47 tag with a lowercase primary subtag, or null. */
export function readLanguage(meta: MetaTags, jsonLd: JsonLdSummary): string | null {
  const raw =
    meta.htmlLang ??
    firstMeta(meta, 'content-language', 'language', 'dc.language', 'og:locale') ??
    readString(jsonLd.article, 'inLanguage');
  if (!raw) return null;
  const tag = raw.trim().split(/[,\s]/)[0]?.replace(/_/g, '-') ?? '';
  if (!/^[a-z]{2,3}(?:-[a-z0-9]{2,8})*$/i.test(tag)) return null;
  const [primary, ...rest] = tag.split('-');
  return [primary?.toLowerCase(), ...rest.map((r) => (r.length === 2 ? r.toUpperCase() : r))].join('-');
}

export function readAuthor(meta: MetaTags, jsonLd: JsonLdSummary): string | null {
  const fromLd = readAuthors(jsonLd.article);
  if (fromLd && !/^https?:/.test(fromLd)) return fromLd;
  for (const key of AUTHOR_META_KEYS) {
    const v = firstMeta(meta, key);
    // article:author is often a profile URL; a handle is not a name.
    if (v && !/^https?:|^@/.test(v)) return v;
  }
  return null;
}

export function readSection(meta: MetaTags, jsonLd: JsonLdSummary): string | null {
  return readString(jsonLd.article, 'articleSection') ?? firstMeta(meta, ...SECTION_META_KEYS);
}

export function readDescription(meta: MetaTags, jsonLd: JsonLdSummary): string | null {
  const text =
    firstMeta(meta, 'og:description', 'twitter:description', 'description', 'dc.description') ??
    readString(jsonLd.article, 'description');
  return text ? cleanText(text) : null;
}
