// Reads the page's <meta> tags (Open Graph, Twitter, article:*, Dublin Core, parsely…), <link rel=canonical>
// and the document language into one lookup. Runs in the content script and the CLI; reads the given
// document only, never the global one.

import { cleanText } from './text-normalize';

export interface MetaTags {
  /** Lowercased property/name/itemprop -> contents in document order. */
  values: Map<string, string[]>;
  canonicalHref: string | null;
  htmlLang: string | null;
}

/** Collects all meta tags of the document (head and body: old pages put them anywhere). */
export function readMetaTags(doc: Document): MetaTags {
  const values = new Map<string, string[]>();
  const metas = doc.getElementsByTagName('meta');
  for (let i = 0; i < metas.length; i++) {
    const meta = metas[i];
    if (!meta) continue;
    // Some saved pages (parser test fixtures) carry the content in `value`.
    const content = meta.getAttribute('content') ?? meta.getAttribute('value');
    if (content == null) continue;
    const text = cleanText(content);
    if (!text) continue;
    // One tag may carry several keys ("og:title twitter:title") in property and name.
    const keys = `${meta.getAttribute('property') ?? ''} ${meta.getAttribute('name') ?? ''} ${
      meta.getAttribute('itemprop') ?? ''
    } ${meta.getAttribute('http-equiv') ?? ''}`
      .toLowerCase()
      .split(/\s+/);
    for (const key of keys) {
      if (!key) continue;
      const list = values.get(key);
      if (list) list.push(text);
      else values.set(key, [text]);
    }
  }
  let canonicalHref: string | null = null;
  const links = doc.getElementsByTagName('link');
  for (let i = 0; i < links.length; i++) {
    const link = links[i];
    if (link && /(^|\s)canonical(\s|$)/i.test(link.getAttribute('rel') ?? '')) {
      canonicalHref = link.getAttribute('href');
      break;
    }
  }
  const htmlLang = doc.documentElement?.getAttribute('lang') || doc.documentElement?.getAttribute('xml:lang') || null;
  return { values, canonicalHref, htmlLang };
}

/** First non-empty value among the given keys (checked in order). */
export function firstMeta(tags: MetaTags, ...keys: string[]): string | null {
  for (const key of keys) {
    const v = tags.values.get(key);
    if (v && v[0]) return v[0];
  }
  return null;
}

/** Whether any of the keys is present. */
export function hasMeta(tags: MetaTags, ...keys: string[]): boolean {
  return keys.some((k) => tags.values.has(k));
}
