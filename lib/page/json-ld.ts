// Reads schema.org JSON-LD blocks of a page, tolerating the broken JSON real sites ship, and finds the
// node that describes the page itself (article, listing, video…). Runs in the content script and the
// CLI; reads the given document only.

import { cleanText } from './text-normalize';

export type JsonLdNode = Record<string, unknown>;

/** schema.org types that describe a written article. LiveBlogPosting is handled apart. */
const ARTICLE_TYPE_RE = /^(?:[A-Za-z]*NewsArticle|Article|BlogPosting|SocialMediaPosting|Report|ScholarlyArticle|TechArticle|SatiricalArticle|AdvertiserContentArticle|OpinionNewsArticle|Review)$/;
/** Page types that mean "a listing or a non-article page". */
const LISTING_TYPE_RE = /^(?:CollectionPage|SearchResultsPage|ProfilePage|ItemList|SiteNavigationElement|Blog|Periodical|NewsMediaOrganization)$/;

export interface JsonLdSummary {
  /** Top-level nodes (arrays and @graph flattened; not list items). */
  nodes: JsonLdNode[];
  /** All @type values of top-level nodes. */
  types: Set<string>;
  /** The first article-typed top-level node, if any. */
  article: JsonLdNode | null;
  /** Number of top-level article-typed nodes (several = a listing page). */
  articleCount: number;
  liveBlog: JsonLdNode | null;
  /** A top-level node types the page as a listing (CollectionPage, SearchResultsPage, ItemList…). */
  hasListingType: boolean;
  /** Count of blocks that could not be parsed even after repair. */
  brokenBlocks: number;
}

/** Parses JSON, then retries after repairing common breakage (comments, raw newlines, trailing commas,
 *  concatenated objects). */
export function parseLenientJson(raw: string): unknown {
  const text = raw.trim().replace(/^<!\[CDATA\[|\]\]>$/g, '').replace(/^<!--|-->$/g, '').trim();
  if (!text) return undefined;
  try {
    return JSON.parse(text);
  } catch {
    // fall through to repairs
  }
  let fixed = text
    .replace(/^\s*\/\/.*$/gm, '')
    .replace(/\/\*[\s\S]*?\*\//g, '')
    .replace(/[\u0000-\u001f]+/g, ' ')
    .replace(/,\s*([}\]])/g, '$1')
    .replace(/;\s*$/, '');
  try {
    return JSON.parse(fixed);
  } catch {
    // concatenated objects: {…}{…}
    fixed = `[${fixed.replace(/}\s*{/g, '},{')}]`;
    try {
      return JSON.parse(fixed);
    } catch {
      return undefined;
    }
  }
}

/** The @type values of a node as a list. */
export function nodeTypes(node: JsonLdNode): string[] {
  const t = node['@type'];
  const list = Array.isArray(t) ? t : [t];
  return list
    .filter((x): x is string => typeof x === 'string')
    .map((x) => x.replace(/^https?:\/\/schema\.org\//, '').trim());
}

function isObject(v: unknown): v is JsonLdNode {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

function collectTopLevel(value: unknown, out: JsonLdNode[], depth: number): void {
  if (depth > 4) return;
  if (Array.isArray(value)) {
    for (const v of value) collectTopLevel(v, out, depth + 1);
    return;
  }
  if (!isObject(value)) return;
  const graph = value['@graph'];
  if (graph !== undefined) collectTopLevel(graph, out, depth + 1);
  if (value['@type'] !== undefined) out.push(value);
  // A WebPage's mainEntity is the page's subject (an article on article pages).
  const main = value['mainEntity'];
  if (isObject(main) && main['@type'] !== undefined && nodeTypes(value).some((t) => /Page$/.test(t))) {
    out.push(main);
  }
}

export function isArticleType(type: string): boolean {
  return ARTICLE_TYPE_RE.test(type);
}

/** Reads and summarizes every JSON-LD block of the document. */
export function readJsonLd(doc: Document): JsonLdSummary {
  const nodes: JsonLdNode[] = [];
  let brokenBlocks = 0;
  const scripts = doc.getElementsByTagName('script');
  for (let i = 0, end = scripts.length; i < end; i++) {
    const script = scripts[i];
    if (!script) continue;
    const type = (script.getAttribute('type') ?? '').toLowerCase();
    if (!type.includes('ld+json')) continue;
    const parsed = parseLenientJson(script.textContent ?? '');
    if (parsed === undefined) {
      brokenBlocks++;
      continue;
    }
    collectTopLevel(parsed, nodes, 0);
  }
  const types = new Set<string>();
  let article: JsonLdNode | null = null;
  let articleCount = 0;
  let liveBlog: JsonLdNode | null = null;
  let hasListingType = false;
  for (const node of nodes) {
    const ts = nodeTypes(node);
    for (const t of ts) types.add(t);
    if (ts.includes('LiveBlogPosting')) {
      liveBlog ??= node;
      continue;
    }
    if (ts.some(isArticleType)) {
      articleCount++;
      article ??= node;
    }
    if (ts.some((t) => LISTING_TYPE_RE.test(t))) hasListingType = true;
  }
  return { nodes, types, article, articleCount, liveBlog, hasListingType, brokenBlocks };
}

/** A string property of a node (first of an array; `name` of an object value). */
export function readString(node: JsonLdNode | null, key: string): string | null {
  if (!node) return null;
  let v = node[key];
  if (Array.isArray(v)) v = v[0];
  if (isObject(v)) v = v['name'] ?? v['@id'] ?? v['url'];
  if (typeof v === 'number') v = String(v);
  if (typeof v !== 'string') return null;
  const text = cleanText(v);
  return text || null;
}

/** Names of the node's authors joined with ", ". */
export function readAuthors(node: JsonLdNode | null): string | null {
  if (!node) return null;
  const raw = node['author'] ?? node['creator'];
  const list = Array.isArray(raw) ? raw : [raw];
  const names: string[] = [];
  for (const a of list) {
    const name = typeof a === 'string' ? a : isObject(a) && typeof a['name'] === 'string' ? a['name'] : null;
    if (name) {
      const text = cleanText(name);
      if (text && !names.includes(text)) names.push(text);
    }
  }
  return names.length ? names.join(', ') : null;
}

/** The URL the node says it lives at (url or mainEntityOfPage). */
export function readNodeUrl(node: JsonLdNode | null): string | null {
  if (!node) return null;
  const direct = node['url'];
  if (typeof direct === 'string') return direct;
  const main = node['mainEntityOfPage'];
  if (typeof main === 'string') return main;
  if (isObject(main)) {
    const id = main['@id'] ?? main['url'];
    if (typeof id === 'string') return id;
  }
  return null;
}
