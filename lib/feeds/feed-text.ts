// Reduces feed text (plain, HTML, escaped HTML, double-escaped entities, CDATA) to clean plain text.
// Runs in worker and CLI; regex-based, linear-time, no DOM. Output is meant to be rendered as text only.

import { HTML_ENTITIES } from './html-entities';
import { WINDOWS_1252_C1 } from './feed-encoding';

/** Raw characters scanned per character of text wanted (markup is rarely 40 times the text). */
const RAW_CHARS_PER_TEXT_CHAR = 40;
const MIN_SCAN_CHARS = 4096;
/** At most this many unescape rounds: raw XML text, the HTML inside it, one level of double escaping. */
const MAX_DECODE_PASSES = 3;

/** Tags that sit inside a word or sentence: removing them must not insert a space. */
const INLINE_TAGS = new Set([
  'a', 'abbr', 'b', 'bdi', 'bdo', 'cite', 'code', 'data', 'dfn', 'em', 'font', 'i', 'kbd', 'mark', 'q',
  's', 'samp', 'small', 'span', 'strike', 'strong', 'sub', 'sup', 'time', 'tt', 'u', 'var', 'wbr',
]);

const ENTITY_RE = /&(?:#(\d{1,8});?|#[xX]([0-9a-fA-F]{1,7});?|([A-Za-z][A-Za-z0-9]{1,31});)/g;
const CDATA_RE = /<!\[CDATA\[([\s\S]*?)(?:\]\]>|$)/g;
const COMMENT_RE = /<!--[\s\S]*?(?:-->|$)/g;
const HIDDEN_BLOCK_RE =
  /<(script|style|noscript|iframe|object|svg|template|head)\b[^>]*>[\s\S]*?(?:<\/\1\s*>|$)/gi;
const TAG_RE = /<\/?([A-Za-z][A-Za-z0-9:-]*)(?:\s[^<>]*)?\/?>/g;
const LEFTOVER_MARKUP_RE =
  /<\/?[A-Za-z][A-Za-z0-9:-]*(?:\s[^<>]*)?\/?>|<!--|<!\[CDATA\[|&(?:#\d{1,8}|#[xX][0-9a-fA-F]{1,7}|[A-Za-z][A-Za-z0-9]{1,31});/;
// Control, zero-width and bidi embedding/override characters (the latter can make text display as
// something else, e.g. reversed link-like strings); plain marks like U+200E/U+200F stay.
const CONTROL_RE = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\u00ad\u200b-\u200d\u202a-\u202e\u2060\ufeff]/g;
const HAS_CONTROL_RE = new RegExp(CONTROL_RE.source);
const SPACE_RE = /[\s\u00a0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000]+/g;

function decodeCodePoint(code: number): string {
  const mapped = WINDOWS_1252_C1[code] ?? code;
  if (mapped === 0 || mapped > 0x10ffff || (mapped >= 0xd800 && mapped <= 0xdfff)) return '\ufffd';
  return String.fromCodePoint(mapped);
}

/** Decodes numeric and named character references; unknown names are left as written. */
export function decodeEntities(text: string): string {
  if (!text.includes('&')) return text;
  return text.replace(ENTITY_RE, (whole, dec: string | undefined, hex: string | undefined, name: string | undefined) => {
    if (dec !== undefined) return decodeCodePoint(Number.parseInt(dec, 10));
    if (hex !== undefined) return decodeCodePoint(Number.parseInt(hex, 16));
    const code = name === undefined ? undefined : HTML_ENTITIES[name];
    return code === undefined ? whole : String.fromCodePoint(code);
  });
}

function stripMarkupOnce(text: string): string {
  if (!text.includes('<')) return text;
  return text
    .replace(CDATA_RE, '$1')
    .replace(COMMENT_RE, ' ')
    .replace(HIDDEN_BLOCK_RE, ' ')
    .replace(TAG_RE, (_tag, name: string) => (INLINE_TAGS.has(name.toLowerCase()) ? '' : ' '));
}

/** Collapses whitespace, drops control and zero-width characters. */
export function normalizeSpace(text: string): string {
  // Most text has no control characters: testing first avoids copying every string.
  const clean = HAS_CONTROL_RE.test(text) ? text.replace(CONTROL_RE, '') : text;
  return clean.replace(SPACE_RE, ' ').trim();
}

/** Cuts `text` to at most `maxChars` characters at a word boundary, marking the cut with an ellipsis. */
export function truncateText(text: string, maxChars: number): string {
  if (text.length <= maxChars) return text;
  let cut = text.slice(0, Math.max(0, maxChars - 1));
  const space = cut.lastIndexOf(' ');
  // Back up to a word boundary unless that would throw away a lot (one giant "word").
  if (space > 0 && maxChars - space < Math.max(maxChars * 0.2, 15)) cut = cut.slice(0, space);
  return cut.replace(/[\s,;:.-]+$/, '') + '…';
}

/**
 * Plain text of a feed field that may hold plain text, HTML, XML-escaped HTML or double-escaped
 * entities. Unescapes at most MAX_DECODE_PASSES rounds, so hostile nesting cannot loop.
 */
export function htmlToText(raw: string, maxChars = Number.POSITIVE_INFINITY): string {
  let text = raw;
  // The first maxChars of text lie near the start of the markup: bound the work on full-article
  // HTML (content:encoded) and on hostile bodies. A tag cut in half at the end is dropped.
  const scanChars = Math.max(maxChars * RAW_CHARS_PER_TEXT_CHAR, MIN_SCAN_CHARS);
  if (text.length > scanChars) text = text.slice(0, scanChars).replace(/<[^<>]*$/, '');
  // Most titles are plain text: skip the markup passes entirely.
  if (!text.includes('<') && !text.includes('&')) return truncateText(normalizeSpace(text), maxChars);
  for (let pass = 0; pass < MAX_DECODE_PASSES; pass++) {
    text = decodeEntities(stripMarkupOnce(text));
    if (!LEFTOVER_MARKUP_RE.test(text)) break;
  }
  // Markup that survived every pass (hostile nesting) is dropped rather than shown as text.
  text = normalizeSpace(stripMarkupOnce(text));
  return truncateText(text, maxChars);
}

/** Images that matter sit near the start of an item's HTML; only this many characters are searched. */
const IMAGE_SEARCH_CHARS = 20_000;
// [^<>] keeps every attempt inside one tag, so unterminated tags cannot make the search quadratic.
const IMG_SRC_RE = /<img\b[^<>]{0,2000}?\ssrc\s*=\s*(?:"([^"<>]{0,2048})"|'([^'<>]{0,2048})'|([^\s"'<>]{1,2048}))/i;

/** The `src` of the first <img> in an HTML fragment (escaped or not), not yet resolved against a base. */
export function findFirstImageSrc(raw: string): string | null {
  let html = raw.slice(0, IMAGE_SEARCH_CHARS).replace(CDATA_RE, '$1');
  for (let pass = 0; pass < 2; pass++) {
    const match = IMG_SRC_RE.exec(html);
    if (match) return decodeEntities(match[1] ?? match[2] ?? match[3] ?? '') || null;
    if (!html.includes('&lt;')) break;
    html = decodeEntities(html);
  }
  return null;
}
