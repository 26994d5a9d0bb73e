// Cleans a raw title string into a headline: strips site-name prefixes/suffixes in their many forms
// ("… | Reuters", "BBC News - …", "…_English_Xinhua", "… - Soccer - Sport - Breaking News"), section
// labels, entities and odd whitespace, while keeping kickers ("Analysis: …"). Runs in the content
// script and the CLI; pure string work.

import { cleanText, compactKey } from './text-normalize';

/** What we know about the site, to recognise its name inside titles. */
export interface SiteContext {
  /** Site names from og:site_name, JSON-LD publisher, application-name, the catalog. */
  names: string[];
  /** Page hostname. */
  host: string;
}

/** Host labels that say nothing about the site's name. */
const GENERIC_HOST_LABELS = new Set([
  'www', 'www1', 'www2', 'm', 'mobile', 'amp', 'edition', 'news', 'en', 'english', 'uk', 'us', 'de', 'fr',
  'es', 'it', 'com', 'org', 'net', 'co', 'gov', 'edu', 'ac', 'blog', 'blogs', 'online', 'web', 'home', 'the',
]);
/** Titles segments that are labels, not headlines, whatever the site. */
const LABEL_WORDS = /^(?:home|homepage|news|latest news|breaking news|story|article|articles|blog|blogs|opinion|video|videos|photos|page \d+|part \d+)$/i;

// Segment separators in titles: pipes, dashes with spaces, guillemets, bullets, double colons, ">".
const SEPARATOR_RE = /\s*\|\s*|\s+[-–—~]{1,2}\s+|\s+[»«>·•]\s+|\s*::\s*|\s+\/\s+|\s+\\\s+/u;
// Leading/trailing decoration: "=> headline <=", "» headline", ":: headline".
const EDGE_JUNK_RE = /^[\s=<>»|:*~#•·_\-–—]+|[\s=<«|:*~#•·_\-–—]+$/gu;
/** A character EDGE_JUNK_RE may strip, at either end. */
const EDGE_CHAR_RE = /[\s=<>»«|:*~#•·_\-–—]/;

/** Whether the text may start or end with decoration (EDGE_JUNK_RE, or headingText's variant of it):
 *  most strings start and end with a letter, and two one-character tests then spare a replace that
 *  tries its end-anchored alternative at every position of the string. */
export function hasEdgeJunk(text: string): boolean {
  return EDGE_CHAR_RE.test(text.charAt(0)) || EDGE_CHAR_RE.test(text.charAt(text.length - 1));
}
/** The same separators without guillemets, for titles that use « » as quotation marks. */
const SEPARATOR_NO_GUILLEMETS_RE = /\s*\|\s*|\s+[-–—~]{1,2}\s+|\s+[>·•]\s+|\s*::\s*|\s+\/\s+|\s+\\\s+/u;

/** A date glued before the headline: "Wednesday, 09 January 2008 Headline", "Jan. 8, 2008 - Headline". */
const LEADING_DATE_RE = /^(?:(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*\.?,?\s+)?(?:\d{1,2}\.?\s+(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?,?\s+\d{4}|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+\d{1,2},?\s+\d{4}|\d{4}-\d{2}-\d{2})[\s,:|–—-]+(?=\S)/i;

/** Words of generic site taglines used as <title> on every page ("Local Sports Wire", "NBA News, Rumors"). */
const GENERIC_TITLE_WORDS = /\b(?:news|sports?|headlines|information|online|weather|traffic|wire|gallery|tips|odds|results|fixtures|entertainment|homepage|breaking|latest|services?|update)\b/gi;

/** Whether a title reads like a site-wide tagline rather than a headline. */
export function isGenericTitle(title: string): boolean {
  const generic = title.match(GENERIC_TITLE_WORDS)?.length ?? 0;
  // Most headlines have no generic word: then neither words nor commas matter.
  if (generic === 0) return false;
  const commas = (title.match(/,/g) ?? []).length;
  return wordCount(title) <= 4 || commas >= 2 || generic >= 3;
}

/** Removes a date glued before a headline. */
export function stripLeadingDate(text: string): string {
  return text.replace(LEADING_DATE_RE, '') || text;
}

/** Per site context: its keys and the answers already given for it (one page's headline choice asks
 *  about the same title strings many times: og:title, twitter:title and JSON-LD often agree). Keyed by
 *  the caller's object, so nothing outlives the page's analysis. */
interface SiteMemo {
  keys: string[];
  strength: Map<string, 0 | 1 | 2>;
  cleaned: Map<string, string>;
  nameOnly: Map<string, boolean>;
  /** splitTitle answers: a title is cleaned and checked for the site name alone, each splitting it. */
  split: Map<string, string[]>;
}
const memoByContext = new WeakMap<SiteContext, SiteMemo>();

function readSiteMemo(site: SiteContext): SiteMemo {
  let memo = memoByContext.get(site);
  if (!memo) {
    memo = { keys: computeSiteKeys(site), strength: new Map(), cleaned: new Map(), nameOnly: new Map(), split: new Map() };
    memoByContext.set(site, memo);
  }
  return memo;
}

/** siteNameStrength, remembered per segment for the page's site. */
function readStrength(segment: string, memo: SiteMemo): 0 | 1 | 2 {
  let strength = memo.strength.get(segment);
  if (strength === undefined) {
    strength = siteNameStrength(segment, memo.keys);
    memo.strength.set(segment, strength);
  }
  return strength;
}

/** splitTitle, remembered per title for the page's site (the returned list is never changed). */
function readSplit(title: string, memo: SiteMemo): string[] {
  let segments = memo.split.get(title);
  if (!segments) memo.split.set(title, (segments = splitTitle(title)));
  return segments;
}

/** Compact keys that identify the site: its names and the meaningful labels of its host name. */
export function buildSiteKeys(site: SiteContext): string[] {
  return readSiteMemo(site).keys;
}

function computeSiteKeys(site: SiteContext): string[] {
  const keys = new Set<string>();
  for (const name of site.names) {
    const key = compactKey(name);
    if (key.length >= 2) keys.add(key);
    // "Reuters.com" names also match "Reuters".
    const bare = compactKey(name.replace(/\.(?:com|co\.uk|net|org|de|fr|it|es|in|ca|au)\b/gi, ''));
    if (bare.length >= 2) keys.add(bare);
  }
  const labels = site.host.toLowerCase().split('.');
  // Drop the public suffix (last label, plus a short second-level one like co.uk / com.au).
  labels.pop();
  const sld = labels[labels.length - 1];
  if (sld && labels.length > 1 && sld.length <= 3 && /^(?:co|com|net|org|gov|ac|edu|or|ne|go)$/.test(sld)) labels.pop();
  for (const label of labels) {
    if (GENERIC_HOST_LABELS.has(label)) continue;
    const key = compactKey(label);
    if (key.length >= 3) keys.add(key);
    const letters = key.replace(/\d+/g, '');
    if (letters.length >= 4 && letters !== key) keys.add(letters);
  }
  return [...keys];
}

/** How strongly a segment names the site: 2 = it is the site name, 1 = it starts with / contains it. */
export function siteNameStrength(segment: string, keys: string[]): 0 | 1 | 2 {
  const compact = compactKey(segment);
  if (!compact) return 0;
  let best: 0 | 1 | 2 = 0;
  // The segment's words are needed only when it contains the key or starts like it (rare): split lazily.
  let words: string[] | null = null;
  const readWords = (): string[] => (words ??= segment.split(/\s+/).map(compactKey).filter(Boolean));
  for (const key of keys) {
    if (compact === key) return 2;
    if (compact.length >= 3 && key.includes(compact)) return 2;
    if (key.length >= 4 && compact.includes(key)) {
      if (readWords().length <= 4 || compact.startsWith(key)) best = 1;
    }
    // The checks below need the first word to start with the key's first character (the compact
    // form starts with the first word).
    if (compact[0] !== key[0]) continue;
    const w = readWords();
    // A short name led by the site's acronym ("IPA 独立行政法人 情報処理推進機構").
    if (w[0] === key && w.length <= 4) best = 1;
    // Host names abbreviate the name: radionz = "Radio New Zealand", nytimes = "New York Times".
    const span = abbreviationSpan(key, w);
    if (span === w.length) return 2;
    if (span > 0 && w.length <= 5) best = 1;
  }
  return best;
}

/** How many leading words of `words` spell `key` as consecutive word prefixes (0 = they do not). */
function abbreviationSpan(key: string, words: string[]): number {
  // The first word must start the key: most segments fail here, before any closure is made.
  if (key.length < 4 || words.length < 2 || words[0]?.[0] !== key[0]) return 0;
  const match = (k: number, w: number): number => {
    if (k === key.length) return w;
    const word = words[w];
    if (word === undefined) return 0;
    for (let len = Math.min(word.length, key.length - k); len >= 1; len--) {
      if (key.startsWith(word.slice(0, len), k)) {
        const end = match(k + len, w + 1);
        if (end > 0) return end;
      }
    }
    return 0;
  };
  const span = match(0, 0);
  // A single word spelling the key is the exact match handled above; require two or more.
  return span >= 2 ? span : 0;
}

/** A whitespace-delimited word holding a letter or digit (matched from its first character on). */
const WORD_RE = /[^\s\p{L}\p{N}]*[\p{L}\p{N}]\S*/gu;

/** Words with a letter or digit: one match, where splitting ran a test per word. */
function wordCount(text: string): number {
  return text.match(WORD_RE)?.length ?? 0;
}

function stripEdgeJunk(text: string): string {
  return hasEdgeJunk(text) ? text.replace(EDGE_JUNK_RE, '').trim() : text;
}

/** Splits a title into its separator-delimited segments. */
export function splitTitle(title: string): string[] {
  return title
    .split(/«[^»]*»/.test(title) ? SEPARATOR_NO_GUILLEMETS_RE : SEPARATOR_RE)
    .map((s) => stripEdgeJunk(s))
    .filter((s) => s.length > 0);
}

// Weaker separators, split only when the part they cut off is a site name or a short label:
// "The Hindu : Business : Headline", "Music- Headline", "Fair. Accurate. -Headline".
const WEAK_SEPARATOR_RE = /\s+:\s+|(?<=\p{L})-\s+|\s+-(?=\p{L})/u;
/** "(from The Herald)" style attributions at the end of syndicated titles. */
const ATTRIBUTION_SUFFIX_RE = /\s*\((?:from|via|source:?)\s[^)]{2,60}\)\s*$/i;

/** A slogan of short sentences ("Fair. Accurate. To the Point."): a site's motto, never a headline part. */
const SLOGAN_RE = /^(?:[^.!?]{1,24}[.!]\s*){2,}$/u;

function isDroppablePart(part: string, memo: SiteMemo, longest: number, allowLabels: boolean): boolean {
  if (readStrength(part, memo) > 0 || SLOGAN_RE.test(part)) return true;
  return allowLabels && wordCount(part) <= 3 && part.length < longest * 0.7;
}

function stripWeakAffixes(text: string, memo: SiteMemo): string {
  let headline = text.replace(ATTRIBUTION_SUFFIX_RE, '');
  // Every cut below needs a colon or a dash: most headlines have neither, and the split's Unicode
  // lookbehind is tried at every character.
  if (!/[:：-]/.test(headline)) return headline;
  let parts = headline.split(WEAK_SEPARATOR_RE).map((p) => stripEdgeJunk(p)).filter(Boolean);
  if (parts.length > 1) {
    const longest = Math.max(...parts.map((p) => p.length));
    // "Macron : « … »" keeps its French-spaced kicker; only chains of " : " labels are cut.
    const allowLabels = parts.length >= 3 || !/\s:\s/.test(headline);
    while (parts.length > 1 && isDroppablePart(parts[0] ?? '', memo, longest, allowLabels)) parts = parts.slice(1);
    while (parts.length > 1 && isDroppablePart(parts[parts.length - 1] ?? '', memo, longest, allowLabels)) {
      parts = parts.slice(0, -1);
    }
    if (parts.length === 1) headline = parts[0] ?? headline;
  }
  // "AFP: headline" / "headline: Site" — a site name beside a colon.
  const prefix = /^([^:]{2,40}):\s+(.{8,})$/u.exec(headline);
  if (prefix?.[1] && prefix[2] && readStrength(prefix[1], memo) === 2) headline = prefix[2];
  const suffix = /^(.{8,})[:：]\s*([^:：]{2,40})$/u.exec(headline);
  if (suffix?.[1] && suffix[2] && readStrength(suffix[2], memo) > 0) headline = suffix[1];
  return headline;
}

/** Removes the site name (and the section labels beside it) from a title; keeps the headline part. */
export function cleanHeadline(raw: string | null | undefined, site: SiteContext): string {
  if (!raw) return '';
  const memo = readSiteMemo(site);
  let cleaned = memo.cleaned.get(raw);
  if (cleaned === undefined) {
    cleaned = computeCleanHeadline(raw, memo);
    memo.cleaned.set(raw, cleaned);
  }
  return cleaned;
}

function computeCleanHeadline(raw: string, memo: SiteMemo): string {
  let title = stripEdgeJunk(cleanText(raw));
  if (!title) return '';

  // "Headline_English_Xinhua": trailing underscore-joined labels after a spaced headline.
  // Also "标题_频道_站名" in CJK titles, which have no spaces.
  const underscoreTail =
    title.includes('_') &&
    (/^(.*\s\S*?)_([^\s_]+(?:_[^\s_]+){0,3})$/u.exec(title) ??
    /^(.*[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}].*?)_([^\s_]{1,12}(?:_[^\s_]{1,12}){0,3})$/u.exec(title));
  if (underscoreTail && underscoreTail[1]) title = underscoreTail[1];

  title = title.replace(LEADING_DATE_RE, '') || title;
  let segments = readSplit(title, memo);
  if (segments.length === 0) return title;

  // A site name in the middle ("Headline - SITE | Site tagline"): the headline is on one side of it.
  const siteAt = segments.map((s) => readStrength(s, memo) === 2);
  const firstSite = siteAt.indexOf(true);
  const lastSite = siteAt.lastIndexOf(true);
  if (firstSite > 0 && lastSite < segments.length - 1) {
    const before = segments.slice(0, firstSite);
    const after = segments.slice(lastSite + 1);
    const substance = (part: string[]): number => Math.max(...part.map((s) => (isGenericTitle(s) ? 0 : wordCount(s))));
    segments = substance(before) >= substance(after) ? before : after;
  }
  // Strongly site-named segments go first ("| Reuters", "BBC News -").
  const strong = segments.filter((s) => readStrength(s, memo) === 2 || LABEL_WORDS.test(s));
  if (strong.length > 0 && strong.length < segments.length) {
    segments = segments.filter((s) => !strong.includes(s));
  }
  // Segments that merely start with / contain the site name ("Daily Star: Simply The Best…").
  if (segments.length > 1) {
    const weak = segments.filter((s) => readStrength(s, memo) === 1);
    const rest = segments.filter((s) => !weak.includes(s));
    if (weak.length > 0 && rest.some((s) => wordCount(s) >= 3)) segments = rest;
  }
  // Short section labels at the edges ("Soccer - Sport", "Sonics |"): drop while a longer part remains.
  while (segments.length > 1) {
    const longest = Math.max(...segments.map((s) => s.length));
    const first = segments[0] ?? '';
    const last = segments[segments.length - 1] ?? '';
    const isLabel = (s: string): boolean => wordCount(s) <= 3 && s.length < longest * 0.5;
    if (isLabel(last)) segments = segments.slice(0, -1);
    else if (isLabel(first)) segments = segments.slice(1);
    else break;
  }
  let headline = segments.join(' - ');
  if (segments.length > 1) {
    // Several long parts: keep the longest, which is the headline in "Section - Headline - Site" titles
    // whose site part was not recognised.
    const weight = (seg: string): number => (isGenericTitle(seg) ? 0 : 1e4) + seg.length;
    headline = segments.reduce((a, b) => (weight(b) > weight(a) ? b : a));
  }
  headline = stripWeakAffixes(headline, memo);
  return stripEdgeJunk(headline) || title;
}

/** Whether the segment names the site and nothing else: "Reuters UK" does, "Tehran Times : Mapping dark
 *  matter" (a weak " : " separator inside) does not. */
function isSiteNamePart(segment: string, memo: SiteMemo): boolean {
  const strength = readStrength(segment, memo);
  if (strength === 2) return true;
  if (strength === 0) return false;
  const parts = segment.split(WEAK_SEPARATOR_RE);
  return parts.length === 1 || parts.every((p) => readStrength(stripEdgeJunk(p), memo) > 0 || wordCount(p) < 2);
}

/** Whether the whole string is just the site's name (then it is no headline at all). */
export function isSiteNameOnly(text: string, site: SiteContext): boolean {
  const memo = readSiteMemo(site);
  let answer = memo.nameOnly.get(text);
  if (answer === undefined) {
    const segments = readSplit(stripEdgeJunk(cleanText(text)), memo);
    answer = segments.length > 0 && segments.every((s) => isSiteNamePart(s, memo) || LABEL_WORDS.test(s));
    memo.nameOnly.set(text, answer);
  }
  return answer;
}
