// Reads the page's <meta> tags (Open Graph, Twitter, article:*, Dublin Core, parsely…), <link rel=canonical>
// and the document language into one lookup. Runs in the content script and the CLI; reads the given
// document only, never the global one.

import { cleanText } from './text-normalize';

export interface MetaTags {
  /** Lowercased property/name/itemprop -> raw contents in document order (cleaned on first read). */
  values: Map<string, string[]>;
  canonicalHref: string | null;
  htmlLang: string | null;
  /** First non-empty cleaned value per key, filled as keys are read: most of a page's tags are never
   *  asked for, so cleaning them all up front is wasted work. */
  cleaned: Map<string, string | null>;
}

const SPACE_RE = /\s/;
/** Attributes naming a meta tag's key(s). */
const KEY_ATTRIBUTES = new Set(['property', 'name', 'itemprop', 'http-equiv']);
const SPACES_RE = /\s+/;

function addKeys(values: Map<string, string[]>, attr: string | null, content: string): void {
  if (!attr) return;
  // One tag may carry several keys ("og:title twitter:title").
  const keys = SPACE_RE.test(attr) ? attr.toLowerCase().split(SPACES_RE) : [attr.toLowerCase()];
  for (let i = 0; i < keys.length; i++) {
    const key = keys[i];
    if (!key) continue;
    const list = values.get(key);
    if (list) list.push(content);
    else values.set(key, [content]);
  }
}

/** Collects all meta tags of the document (head and body: old pages put them anywhere). */
export function readMetaTags(doc: Document): MetaTags {
  const values = new Map<string, string[]>();
  const metas = doc.getElementsByTagName('meta');
  for (let i = 0, end = metas.length; i < end; i++) {
    const meta = metas[i];
    if (!meta) continue;
    // Some saved pages (parser test fixtures) carry the content in `value`.
    const content = meta.getAttribute('content') ?? meta.getAttribute('value');
    if (!content) continue;
    // Only the attributes the tag has (mostly one key beside its content): each read is a DOM call.
    const names = meta.getAttributeNames();
    for (let j = 0; j < names.length; j++) {
      const name = names[j]!;
      if (KEY_ATTRIBUTES.has(name)) addKeys(values, meta.getAttribute(name), content);
    }
  }
  // The first canonical link, found natively (it sits in <head>: the query stops there).
  const canonicalHref = doc.querySelector('link[rel~=canonical i]')?.getAttribute('href') ?? null;
  const htmlLang = doc.documentElement?.getAttribute('lang') || doc.documentElement?.getAttribute('xml:lang') || null;
  return { values, canonicalHref, htmlLang, cleaned: new Map() };
}

/** The first non-empty cleaned value of one key. */
function readMeta(tags: MetaTags, key: string): string | null {
  // Most keys asked for are absent from the page: one lookup answers them.
  const list = tags.values.get(key);
  if (!list) return null;
  let value = tags.cleaned.get(key);
  if (value === undefined) {
    value = null;
    // Indexed loops: calls 2-6 of the bench run mostly in the interpreter, where iterators cost.
    for (let i = 0; i < list.length; i++) {
      const text = cleanText(list[i]);
      if (text) {
        value = text;
        break;
      }
    }
    tags.cleaned.set(key, value);
  }
  return value;
}

/** First non-empty value among the given keys (checked in order). */
export function firstMeta(tags: MetaTags, ...keys: string[]): string | null {
  for (let i = 0; i < keys.length; i++) {
    const v = readMeta(tags, keys[i] ?? '');
    if (v) return v;
  }
  return null;
}

/** Whether any of the keys is present (with a non-empty value). */
export function hasMeta(tags: MetaTags, ...keys: string[]): boolean {
  return keys.some((k) => readMeta(tags, k) !== null);
}
