// XML plumbing for feeds on top of fast-xml-parser: DOCTYPE removal (entities are never expanded),
// namespace prefixes mapped to canonical ones, depth limit, item-by-item salvage of broken or truncated
// documents, and small accessors for the parsed tree. Runs in worker and CLI; DOM-free, no I/O.

import { XMLParser } from 'fast-xml-parser';
import { FeedError } from './feed-error';
import { decodeEntities } from './feed-text';

/** Deepest element nesting accepted; real feeds stay under 10 outside the raw text fields. */
export const MAX_XML_DEPTH = 64;
/** Namespace declarations read from a document; more than this is not a feed anyone writes. */
const MAX_NAMESPACE_DECLARATIONS = 100;

export type XmlValue = string | XmlNode | XmlValue[];
export interface XmlNode {
  [key: string]: XmlValue | undefined;
}

/** Namespace URI -> the prefix the readers use ('' = unprefixed, like the format's own elements). */
const CANONICAL_PREFIXES: Readonly<Record<string, string>> = {
  'http://purl.org/dc/elements/1.1/': 'dc',
  'http://purl.org/dc/terms/': 'dcterms',
  'http://search.yahoo.com/mrss/': 'media',
  'http://search.yahoo.com/mrss': 'media',
  'http://purl.org/rss/1.0/modules/content/': 'content',
  'http://www.w3.org/2005/Atom': 'atom',
  'http://purl.org/atom/ns#': 'atom',
  'http://www.w3.org/1999/02/22-rdf-syntax-ns#': 'rdf',
  'http://purl.org/rss/1.0/': '',
  'http://my.netscape.com/rdf/simple/0.9/': '',
  'http://backend.userland.com/rss2': '',
  'http://rssnamespace.org/feedburner/ext/1.0': 'feedburner',
  'http://www.itunes.com/dtds/podcast-1.0.dtd': 'itunes',
  'http://www.w3.org/1999/xhtml': 'xhtml',
};

/**
 * Elements whose content is kept as raw text (HTML inside them, escaped or not, or Atom xhtml),
 * so stray markup cannot derail the tree and the text keeps its order.
 */
const RAW_TEXT_ELEMENTS = [
  'title', 'description', 'summary', 'content', 'subtitle', 'content:encoded', 'media:title',
  'media:description', 'media:text', 'atom:title', 'atom:summary', 'atom:content', 'atom:subtitle',
  'dc:description', 'dc:title', 'itunes:summary', 'itunes:subtitle',
];

/** Elements that may repeat; always read as arrays. */
const REPEATED_ELEMENTS = new Set([
  'item', 'entry', 'link', 'atom:link', 'atom:entry', 'category', 'atom:category', 'dc:subject',
  'media:content', 'media:thumbnail', 'media:group', 'enclosure', 'author', 'atom:author', 'dc:creator',
]);

/** Local names of item-level elements, for salvaging a document item by item. */
const ITEM_TAG_RE = /<((?:[A-Za-z_][\w.-]*:)?(?:item|entry))(?=[\s>/])/g;

function readNamespaces(xml: string): Map<string, string> {
  const prefixes = new Map<string, string>();
  const declaration = /\sxmlns:([A-Za-z_][\w.-]*)\s*=\s*["']([^"']*)["']/g;
  let count = 0;
  for (let match = declaration.exec(xml); match; match = declaration.exec(xml)) {
    const canonical = CANONICAL_PREFIXES[match[2]!.trim()];
    if (canonical !== undefined && !prefixes.has(match[1]!)) prefixes.set(match[1]!, canonical);
    if (++count >= MAX_NAMESPACE_DECLARATIONS) break;
  }
  return prefixes;
}

function createParser(prefixes: Map<string, string>): XMLParser {
  const transformTagName = (name: string): string => {
    const colon = name.indexOf(':');
    if (colon < 0) return name;
    const canonical = prefixes.get(name.slice(0, colon));
    if (canonical === undefined) return name;
    return canonical === '' ? name.slice(colon + 1) : `${canonical}:${name.slice(colon + 1)}`;
  };
  return new XMLParser({
    ignoreAttributes: false,
    attributeNamePrefix: '@_',
    textNodeName: '#text',
    // Entities stay as written: DTD entities are never expanded, text is decoded by feed-text.
    processEntities: false,
    htmlEntities: false,
    parseTagValue: false,
    parseAttributeValue: false,
    trimValues: true,
    ignoreDeclaration: true,
    ignorePiTags: true,
    stopNodes: RAW_TEXT_ELEMENTS.map((name) => `*.${name}`),
    maxNestedTags: MAX_XML_DEPTH,
    transformTagName,
    isArray: (name: string, _path: unknown, _leaf: unknown, isAttribute: boolean) =>
      !isAttribute && REPEATED_ELEMENTS.has(name),
  });
}

/**
 * Removes the DOCTYPE (with its internal subset) so no entity, internal or external, can be declared:
 * references to them stay literal text. Throws FeedError on an unterminated DOCTYPE.
 */
export function stripDoctype(xml: string): { xml: string; hadEntities: boolean } {
  const start = xml.search(/<!DOCTYPE/i);
  if (start < 0) return { xml, hadEntities: false };
  const firstElement = xml.slice(0, start).search(/<[A-Za-z_]/);
  if (firstElement >= 0) return { xml, hadEntities: false }; // a DOCTYPE after the root is just text
  let end = xml.indexOf('>', start);
  const subset = xml.indexOf('[', start);
  if (subset >= 0 && (end < 0 || subset < end)) {
    const close = xml.indexOf(']', subset);
    end = close < 0 ? -1 : xml.indexOf('>', close);
  }
  if (end < 0) throw new FeedError('malformed', 'Unterminated DOCTYPE declaration');
  const doctype = xml.slice(start, end + 1);
  return { xml: xml.slice(0, start) + xml.slice(end + 1), hadEntities: /<!ENTITY/i.test(doctype) };
}

function describeParserError(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  return message.split('\n')[0]!.slice(0, 160);
}

function parseOrThrow(parser: XMLParser, xml: string): XmlNode {
  try {
    return parser.parse(xml) as XmlNode;
  } catch (error) {
    if (/nested/i.test(describeParserError(error))) {
      throw new FeedError('too-deep', `XML nesting deeper than ${MAX_XML_DEPTH} levels`);
    }
    throw error;
  }
}

/** Whether the text ends with the closing tag of a feed root (else it was cut short). */
function isComplete(xml: string): boolean {
  // Caching plugins often append a comment after the root; that still counts as complete. A comment
  // can end only at its first "-->", which keeps this linear on hostile runs of comments.
  return /<\/(?:[A-Za-z_][\w.-]*:)?(?:rss|feed|RDF|channel)\s*>(?:\s|<!--(?:[^-]|-(?!->))*-->)*$/.test(xml.slice(-2000));
}

export interface XmlParseResult {
  root: XmlNode;
  /** Set when the tree was rebuilt item by item after a whole-document parse failed. */
  salvaged: boolean;
}

/**
 * Parses a feed document. A truncated or partly broken document is rebuilt from its header and its
 * individually parseable items (each broken item becomes one error); at most `maxItems` are kept.
 * Throws FeedError when nothing usable is left (every item broken, nesting too deep, broken header).
 */
export function parseXmlFeed(xml: string, maxItems: number, errors: { add(message: string): void }): XmlParseResult {
  const parser = createParser(readNamespaces(xml));
  let failure: FeedError;
  if (isComplete(xml)) {
    try {
      return { root: parseOrThrow(parser, xml), salvaged: false };
    } catch (error) {
      failure = error instanceof FeedError ? error : new FeedError('malformed', `Malformed XML: ${describeParserError(error)}`);
      errors.add(`${failure.message}; items read one by one`);
    }
  } else {
    failure = new FeedError('malformed', 'The feed is truncated and has no complete item');
    errors.add('feed is truncated (no closing root tag); incomplete items dropped');
  }
  const salvage = salvageItems(xml, parser, maxItems, errors);
  if (salvage.found > 0 && salvage.kept === 0) throw failure;
  return { root: salvage.root, salvaged: true };
}

function salvageItems(
  xml: string,
  parser: XMLParser,
  maxItems: number,
  errors: { add(message: string): void },
): { root: XmlNode; found: number; kept: number } {
  ITEM_TAG_RE.lastIndex = 0;
  const first = ITEM_TAG_RE.exec(xml);
  const headerEnd = first ? first.index : xml.length;
  let root: XmlNode;
  try {
    root = parseOrThrow(parser, xml.slice(0, headerEnd));
  } catch (error) {
    if (error instanceof FeedError) throw error;
    throw new FeedError('malformed', `Malformed XML: ${describeParserError(error)}`);
  }
  const items: XmlValue[] = [];
  let position = first ? first.index : -1;
  let count = 0;
  // Broken items count too: a body of thousands of broken items must not cost thousands of parses.
  while (position >= 0 && count < maxItems) {
    ITEM_TAG_RE.lastIndex = position;
    const open = ITEM_TAG_RE.exec(xml);
    if (!open) break;
    const tag = open[1]!;
    // indexOf keeps this linear: no regex backtracking over unterminated items.
    const closeAt = xml.indexOf(`</${tag}`, open.index);
    count++;
    if (closeAt < 0) {
      errors.add(`item ${count}: incomplete (document ends inside it), dropped`);
      break;
    }
    const closeEnd = xml.indexOf('>', closeAt);
    const end = closeEnd < 0 ? xml.length : closeEnd + 1;
    try {
      const parsed = parseOrThrow(parser, xml.slice(open.index, end));
      const node = Object.entries(parsed).find(([key]) => /(^|:)(item|entry)$/.test(key))?.[1];
      if (node !== undefined) items.push(...(Array.isArray(node) ? node : [node]));
    } catch (error) {
      const reason = error instanceof FeedError ? error.message : `malformed XML (${describeParserError(error)})`;
      errors.add(`item ${count}: ${reason}, dropped`);
    }
    position = end;
  }
  if (count >= maxItems && position >= 0) {
    ITEM_TAG_RE.lastIndex = position;
    if (ITEM_TAG_RE.test(xml)) errors.add(`feed has more than ${maxItems} items; only the first ${maxItems} were read`);
  }
  attachItems(root, items);
  return { root, found: count, kept: items.length };
}

/** Puts salvaged items where the readers look for them, per root type. */
function attachItems(root: XmlNode, items: XmlValue[]): void {
  const rootName = findRootName(root);
  if (rootName === null) return;
  const top = asNode(root[rootName]) ?? {};
  root[rootName] = top;
  if (/(^|:)feed$/.test(rootName)) top[rootName.replace(/feed$/, 'entry')] = items;
  else if (/(^|:)rss$/.test(rootName)) top['channel'] = { ...(asNode(first(top, 'channel')) ?? {}), item: items };
  else top['item'] = items;
}

/** Name of the document element, skipping declarations and comments. */
export function findRootName(root: XmlNode): string | null {
  for (const key of Object.keys(root)) {
    if (!key.startsWith('?') && !key.startsWith('#') && !key.startsWith('!')) return key;
  }
  return null;
}

export function asNode(value: XmlValue | undefined): XmlNode | null {
  if (value === undefined || typeof value === 'string') return null;
  if (Array.isArray(value)) return asNode(value[0]);
  return value;
}

/** All child values named `name` (an absent child gives an empty list). */
export function childrenOf(node: XmlNode | null, name: string): XmlValue[] {
  const value = node?.[name];
  if (value === undefined) return [];
  return Array.isArray(value) ? value : [value];
}

export function first(node: XmlNode | null, name: string): XmlValue | undefined {
  return childrenOf(node, name)[0];
}

/** Raw text content of a value (entities not decoded). */
export function textOf(value: XmlValue | undefined): string | null {
  if (value === undefined) return null;
  if (typeof value === 'string') return value;
  if (Array.isArray(value)) return textOf(value[0]);
  const text = value['#text'];
  return typeof text === 'string' ? text : null;
}

/** Text of the first child named `name`. */
export function childText(node: XmlNode | null, name: string): string | null {
  return textOf(first(node, name));
}

/** Attribute value with entities decoded. */
export function attrOf(value: XmlValue | undefined, name: string): string | null {
  const node = asNode(value);
  const raw = node?.[`@_${name}`];
  return typeof raw === 'string' ? decodeEntities(raw) : null;
}
