// Story summary for the UI: outlet/article counts, bias/factuality/ownership breakdowns, first report,
// timeline, reach (countries, languages) and the Blindspot flag, computed from a story's CoverageEntry[].
// Pure and synchronous; runs anywhere (popup, content script, worker, CLI). No DOM, no clock, no I/O.
//
// Counting rule: breakdowns count OUTLETS, not articles. An outlet that published five articles on the
// story weighs as much as one that published one, so a prolific outlet cannot tilt the bias bar.
// An outlet is identified by its catalog id, or by its domain when it is not in the catalog.
// The page being read (when given) counts as one article of its outlet, unless it is already listed.
//
// Blindspot rule (after Ground News's idea, with our own explicit thresholds):
//   among outlets with a known bias (at least BLINDSPOT_MIN_RATED_OUTLETS of them), when one side
//   (Left = left + lean-left, Right = lean-right + right) holds ≥ BLINDSPOT_DOMINANT_SHARE_PCT % of the
//   rated outlets and the other side ≤ BLINDSPOT_MINOR_SHARE_PCT %, the story is a blindspot FOR the
//   minor side: its readers are unlikely to see it. Center outlets count in the denominator only.

import { BIAS_BUCKETS, FACTUAL_LEVELS } from '../catalog/types';
import type { Bias, Factual, Ownership } from '../catalog/types';
import { canonicalizeUrl } from '../index/canonical-url';
import type { PageArticle } from '../page/types';
import type { CoverageEntry, OutletCard, OutletChip } from './types';

/** Fewest outlets with a known bias before a Blindspot can be declared (outlets). */
export const BLINDSPOT_MIN_RATED_OUTLETS = 5;
/** Share of rated outlets the dominant side must reach (percent of rated outlets). */
export const BLINDSPOT_DOMINANT_SHARE_PCT = 60;
/** Share of rated outlets the other side must not exceed (percent of rated outlets). */
export const BLINDSPOT_MINOR_SHARE_PCT = 15;
/** Most bars the timeline shows (buckets). */
export const TIMELINE_MAX_BUCKETS = 24;
/** Candidate timeline bucket sizes, smallest first (milliseconds). */
export const TIMELINE_BUCKET_SIZES_MS = [
  15 * 60_000,
  30 * 60_000,
  60 * 60_000,
  2 * 3_600_000,
  3 * 3_600_000,
  6 * 3_600_000,
  12 * 3_600_000,
  24 * 3_600_000,
  2 * 86_400_000,
  7 * 86_400_000,
  30 * 86_400_000,
] as const;

export const OWNERSHIP_KINDS = [
  'independent',
  'corporate',
  'private',
  'nonprofit',
  'cooperative',
  'public-broadcaster',
  'state-controlled',
  'other',
] as const satisfies readonly Ownership[];

/** The coverage list's tabs. Left = left + lean-left, Right = lean-right + right. */
export const COVERAGE_TABS = ['all', 'left', 'center', 'right'] as const;
export type CoverageTab = (typeof COVERAGE_TABS)[number];
/** A side of the spectrum (tabs without "all"); unrated outlets belong to no side. */
export type Side = Exclude<CoverageTab, 'all'>;

export interface Share {
  /** Outlets. */
  count: number;
  /** Integer percent by largest remainder (adds up to 100, except that ties stay equal; see computePercentages). */
  pct: number;
}

export interface BiasDistribution {
  /** Per bucket; pct is the share of RATED outlets (unrated outlets are shown apart). */
  buckets: Record<Bias, Share>;
  /** Outlets with no consensus bias; pct is their share of ALL outlets. */
  unrated: Share;
  /** Outlets with a known bias. */
  rated: number;
  /** Left + lean-left, center, lean-right + right; pct of rated outlets. */
  sides: Record<Side, Share>;
}

export interface FactualityBreakdown {
  levels: Record<Factual, Share>;
  /** Outlets with no known factual rating (pct of all outlets; levels' pct are of rated ones). */
  unknown: Share;
}

export interface OwnershipBreakdown {
  kinds: Record<Ownership, Share>;
  unknown: Share;
  /** Outlets that are state-controlled (ownership) or state media (type). */
  stateControlled: number;
}

export interface TimelineBucket {
  /** Epoch ms, inclusive. */
  start: number;
  /** Epoch ms, exclusive. */
  end: number;
  /** Articles published in [start, end). */
  count: number;
  bySide: Record<Side | 'unrated', number>;
}

export interface Timeline {
  /** Milliseconds per bucket; 0 when there is nothing to chart. */
  bucketMs: number;
  buckets: TimelineBucket[];
  /** Articles with a usable time. */
  articles: number;
  /** Earliest and latest publication times (epoch ms), null when no article has one. */
  from: number | null;
  to: number | null;
}

export interface FirstReport {
  entry: CoverageEntry;
  /** The earliest article is the page being read. */
  isReaderPage: boolean;
}

export interface Blindspot {
  /** The side that barely covers the story ("a blindspot for the right"). */
  missingSide: 'left' | 'right';
  /** The side that covers it most. */
  dominantSide: 'left' | 'right';
  dominantPct: number;
  minorPct: number;
  rated: number;
}

export interface CountedLabel {
  /** ISO 3166-1 alpha-2 country code or BCP 47 primary language subtag. */
  code: string;
  /** Outlets (countries) or articles (languages). */
  count: number;
}

export interface StorySummary {
  /** Distinct outlets, the reader's included. */
  outlets: number;
  /** Distinct outlets other than the reader's (what the in-page badge announces). */
  otherOutlets: number;
  articles: number;
  bias: BiasDistribution;
  factuality: FactualityBreakdown;
  ownership: OwnershipBreakdown;
  firstReported: FirstReport | null;
  timeline: Timeline;
  /** Countries of the outlets, most outlets first. */
  countries: CountedLabel[];
  /** Languages of the articles (article lang, else the outlet's first language), most articles first. */
  languages: CountedLabel[];
  blindspot: Blindspot | null;
}

export interface ReaderContext {
  page: PageArticle | null;
  outlet: OutletCard | null;
}

/** Returns the URL when it is an absolute http(s) URL (normalised by the URL parser), else null. */
export function safeHttpUrl(url: string | null | undefined): string | null {
  if (typeof url !== 'string') return null;
  let parsed: URL;
  try {
    parsed = new URL(url.trim());
  } catch {
    return null;
  }
  if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') return null;
  if (!parsed.hostname) return null;
  return parsed.href;
}

/** The side of the spectrum a bias belongs to; null for unrated. */
export function sideOfBias(bias: Bias | null | undefined): Side | null {
  if (bias === 'left' || bias === 'lean-left') return 'left';
  if (bias === 'center') return 'center';
  if (bias === 'lean-right' || bias === 'right') return 'right';
  return null;
}

/** Keeps the entries shown under a tab: all, or one side (unrated entries only appear under "all"). */
export function filterEntriesByTab(entries: readonly CoverageEntry[], tab: CoverageTab): CoverageEntry[] {
  if (tab === 'all') return [...entries];
  return entries.filter((e) => sideOfBias(e.outlet?.bias) === tab);
}

/** Number of entries (articles) under each tab. */
export function countEntriesByTab(entries: readonly CoverageEntry[]): Record<CoverageTab, number> {
  const counts: Record<CoverageTab, number> = { all: entries.length, left: 0, center: 0, right: 0 };
  for (const e of entries) {
    const side = sideOfBias(e.outlet?.bias);
    if (side) counts[side] += 1;
  }
  return counts;
}

export const COVERAGE_ORDERS = ['newest', 'earliest', 'match'] as const;
/** Orders of the coverage list: newest first, earliest first, or closest match (matcher score) first. */
export type CoverageOrder = (typeof COVERAGE_ORDERS)[number];

/** Sorts entries for the list; ties (and unknown times, which go last) fall back to the article id. */
export function sortCoverageEntries(entries: readonly CoverageEntry[], order: CoverageOrder = 'newest'): CoverageEntry[] {
  const time = (e: CoverageEntry) => (isUsableTime(e.published) ? e.published : null);
  const byTime = (a: CoverageEntry, b: CoverageEntry, dir: 1 | -1) => {
    const ta = time(a);
    const tb = time(b);
    if (ta === null || tb === null) return ta === tb ? 0 : ta === null ? 1 : -1;
    return (ta - tb) * dir;
  };
  const score = (e: CoverageEntry) => (Number.isFinite(e.score) ? e.score : -Infinity);
  return [...entries].sort((a, b) => {
    const primary = order === 'match' ? score(b) - score(a) || byTime(a, b, -1) : byTime(a, b, order === 'newest' ? -1 : 1);
    return primary || a.articleId.localeCompare(b.articleId);
  });
}

/** Stable identity of an entry's outlet: catalog id, else its domain. */
export function outletKeyOf(entry: Pick<CoverageEntry, 'outlet' | 'domain'>): string {
  return entry.outlet ? `id:${entry.outlet.id}` : `domain:${entry.domain.toLowerCase().replace(/^www\./, '')}`;
}

/**
 * Rounds counts to integer percentages of `total` by largest remainder, so they add up to 100 — except
 * that equal counts always get equal percentages (a 4/4/4 split shows 33/33/33, never 34/33/33: a bias
 * tool must not tilt a tie), so the sum may then fall short of 100 by a point or two.
 */
export function computePercentages(counts: readonly number[], total?: number): number[] {
  const sum = total ?? counts.reduce((a, b) => a + b, 0);
  if (sum <= 0) return counts.map(() => 0);
  const raw = counts.map((c) => (c * 100) / sum);
  const floors = raw.map(Math.floor);
  const target = Math.round(raw.reduce((a, b) => a + b, 0));
  let left = target - floors.reduce((a, b) => a + b, 0);
  // Groups of equal remainders, largest first; a group gets its extra point only as a whole.
  const groups = new Map<number, number[]>();
  raw.forEach((r, i) => {
    const rem = Math.round((r - Math.floor(r)) * 1e6) / 1e6;
    if (rem > 0) groups.set(rem, [...(groups.get(rem) ?? []), i]);
  });
  for (const rem of [...groups.keys()].sort((x, y) => y - x)) {
    const members = groups.get(rem) ?? [];
    if (left <= 0 || members.length > left) break;
    for (const i of members) floors[i] = (floors[i] ?? 0) + 1;
    left -= members.length;
  }
  return floors;
}

function sharesOf<K extends string>(keys: readonly K[], counts: Record<K, number>): Record<K, Share> {
  const pcts = computePercentages(keys.map((k) => counts[k]));
  const out = {} as Record<K, Share>;
  keys.forEach((k, i) => {
    out[k] = { count: counts[k], pct: pcts[i] ?? 0 };
  });
  return out;
}

function zeroCounts<K extends string>(keys: readonly K[]): Record<K, number> {
  const out = {} as Record<K, number>;
  for (const k of keys) out[k] = 0;
  return out;
}

function isUsableTime(ms: number): boolean {
  return Number.isFinite(ms) && ms > 0;
}

/** The page being read as a coverage entry (so it can be counted and be "first reported"). */
export function buildReaderEntry(page: PageArticle, outlet: OutletCard | null): CoverageEntry {
  const published = page.publishedTime ? Date.parse(page.publishedTime) : NaN;
  return {
    articleId: canonicalizeUrl(page.canonicalUrl) ?? page.canonicalUrl,
    title: page.headline,
    url: safeHttpUrl(page.url) ?? '',
    published: isUsableTime(published) ? published : NaN,
    lang: page.lang,
    domain: page.domain,
    outlet,
    score: 1,
    isReaderOutlet: true,
  };
}

/**
 * True when an entry is the given article (same id, or same canonical URL). `canonicalHost` (the canonical
 * URL's host) rules out other outlets' entries before their URLs are parsed: a story lists up to hundreds.
 */
function isEntryOf(entry: CoverageEntry, articleId: string, canonical: string | null, canonicalHost: string | null): boolean {
  if (entry.articleId === articleId) return true;
  if (canonical === null) return false;
  if (entry.articleId === canonical) return true;
  // A plain-ASCII URL whose canonical form is `canonical` spells its host (canonical hosts are lower case);
  // URLs the parser rewrites (non-ASCII, percent-encoded, numeric hosts) are parsed to be sure.
  if (canonicalHost !== null && /[a-z]/.test(canonicalHost) && PLAIN_URL.test(entry.url) && !entry.url.toLowerCase().includes(canonicalHost)) {
    return false;
  }
  return canonicalizeUrl(entry.url) === canonical;
}

/** Printable ASCII without percent escapes: the URL parser cannot change how its host is spelled but for case. */
const PLAIN_URL = /^[\x21-\x24\x26-\x7e]*$/;

function hostOf(url: string): string | null {
  try {
    return new URL(url).hostname;
  } catch {
    return null;
  }
}

/** Chooses the smallest bucket size that fits the span in TIMELINE_MAX_BUCKETS buckets. */
export function chooseBucketMs(spanMs: number): number {
  for (const size of TIMELINE_BUCKET_SIZES_MS) {
    if (Math.floor(spanMs / size) + 1 <= TIMELINE_MAX_BUCKETS) return size;
  }
  return TIMELINE_BUCKET_SIZES_MS[TIMELINE_BUCKET_SIZES_MS.length - 1] ?? 86_400_000;
}

/** Articles over time, in equal buckets aligned to multiples of the bucket size (UTC epoch). */
export function buildTimeline(entries: readonly CoverageEntry[]): Timeline {
  const timed = entries.filter((e) => isUsableTime(e.published));
  if (timed.length === 0) return { bucketMs: 0, buckets: [], articles: 0, from: null, to: null };
  let from = Infinity;
  let to = -Infinity;
  for (const e of timed) {
    from = Math.min(from, e.published);
    to = Math.max(to, e.published);
  }
  const bucketMs = chooseBucketMs(to - from);
  const first = Math.floor(from / bucketMs) * bucketMs;
  const n = Math.floor((to - first) / bucketMs) + 1;
  const buckets: TimelineBucket[] = [];
  for (let i = 0; i < n; i++) {
    const start = first + i * bucketMs;
    buckets.push({ start, end: start + bucketMs, count: 0, bySide: { left: 0, center: 0, right: 0, unrated: 0 } });
  }
  for (const e of timed) {
    const b = buckets[Math.floor((e.published - first) / bucketMs)];
    if (!b) continue;
    b.count += 1;
    b.bySide[sideOfBias(e.outlet?.bias) ?? 'unrated'] += 1;
  }
  return { bucketMs, buckets, articles: timed.length, from, to };
}

/** Applies the Blindspot rule documented in the module header to a bias distribution. */
export function detectBlindspot(bias: BiasDistribution): Blindspot | null {
  if (bias.rated < BLINDSPOT_MIN_RATED_OUTLETS) return null;
  const leftPct = (bias.sides.left.count * 100) / bias.rated;
  const rightPct = (bias.sides.right.count * 100) / bias.rated;
  const make = (dominant: 'left' | 'right', dominantPct: number, minorPct: number): Blindspot => ({
    dominantSide: dominant,
    missingSide: dominant === 'left' ? 'right' : 'left',
    dominantPct: Math.round(dominantPct),
    minorPct: Math.round(minorPct),
    rated: bias.rated,
  });
  if (leftPct >= BLINDSPOT_DOMINANT_SHARE_PCT && rightPct <= BLINDSPOT_MINOR_SHARE_PCT) return make('left', leftPct, rightPct);
  if (rightPct >= BLINDSPOT_DOMINANT_SHARE_PCT && leftPct <= BLINDSPOT_MINOR_SHARE_PCT) return make('right', rightPct, leftPct);
  return null;
}

function countLabels(pairs: Iterable<string>): CountedLabel[] {
  const counts = new Map<string, number>();
  for (const code of pairs) counts.set(code, (counts.get(code) ?? 0) + 1);
  return [...counts.entries()]
    .map(([code, count]) => ({ code, count }))
    .sort((a, b) => b.count - a.count || a.code.localeCompare(b.code));
}

function primaryLang(lang: string | null | undefined): string | null {
  if (!lang) return null;
  const primary = lang.trim().toLowerCase().split(/[-_]/)[0];
  return primary && /^[a-z]{2,3}$/.test(primary) ? primary : null;
}

/**
 * Summarises a story's coverage. `reader` (optional) adds the page being read: its outlet is counted
 * (it is part of the story) and its page is an article of the story unless an entry already is it.
 */
export function computeStorySummary(entries: readonly CoverageEntry[], reader?: ReaderContext): StorySummary {
  const all: CoverageEntry[] = [...entries];
  let readerEntry: CoverageEntry | null = null;
  if (reader?.page) {
    const candidate = buildReaderEntry(reader.page, reader.outlet);
    const canonical = canonicalizeUrl(candidate.url);
    const canonicalHost = canonical === null ? null : hostOf(canonical);
    if (!all.some((e) => isEntryOf(e, candidate.articleId, canonical, canonicalHost))) {
      readerEntry = candidate;
      all.push(candidate);
    }
  }

  // One card per outlet: the first entry's card wins (entries of one outlet share it).
  const outlets = new Map<string, { card: OutletChip | null; isReader: boolean }>();
  for (const e of all) {
    const key = outletKeyOf(e);
    const known = outlets.get(key);
    if (!known) outlets.set(key, { card: e.outlet, isReader: e.isReaderOutlet });
    else if (e.isReaderOutlet) known.isReader = true;
  }
  const readerKey = reader?.page ? outletKeyOf({ outlet: reader.outlet, domain: reader.page.domain }) : null;

  const biasCounts = zeroCounts(BIAS_BUCKETS);
  const factualCounts = zeroCounts(FACTUAL_LEVELS);
  const ownershipCounts = zeroCounts(OWNERSHIP_KINDS);
  let unrated = 0;
  let factualUnknown = 0;
  let ownershipUnknown = 0;
  let stateControlled = 0;
  let otherOutlets = 0;
  const countries: string[] = [];
  for (const [key, { card, isReader }] of outlets) {
    if (!isReader && key !== readerKey) otherOutlets += 1;
    if (card?.bias) biasCounts[card.bias] += 1;
    else unrated += 1;
    if (card?.factual) factualCounts[card.factual] += 1;
    else factualUnknown += 1;
    if (card?.ownership) ownershipCounts[card.ownership] += 1;
    else ownershipUnknown += 1;
    if (card && (card.ownership === 'state-controlled' || card.type === 'state-media')) stateControlled += 1;
    if (card?.country) countries.push(card.country.toUpperCase());
  }
  const total = outlets.size;
  const rated = total - unrated;
  const sideCounts: Record<Side, number> = {
    left: biasCounts.left + biasCounts['lean-left'],
    center: biasCounts.center,
    right: biasCounts['lean-right'] + biasCounts.right,
  };
  const bias: BiasDistribution = {
    buckets: sharesOf(BIAS_BUCKETS, biasCounts),
    unrated: { count: unrated, pct: total ? Math.round((unrated * 100) / total) : 0 },
    rated,
    sides: sharesOf(['left', 'center', 'right'] as const, sideCounts),
  };

  let first: CoverageEntry | null = null;
  for (const e of all) {
    if (!isUsableTime(e.published)) continue;
    if (!first || e.published < first.published || (e.published === first.published && e.articleId < first.articleId)) first = e;
  }

  const languages: string[] = [];
  for (const e of all) {
    const lang = primaryLang(e.lang) ?? primaryLang(e.outlet?.languages[0]);
    if (lang) languages.push(lang);
  }

  return {
    outlets: total,
    otherOutlets,
    articles: all.length,
    bias,
    factuality: {
      levels: sharesOf(FACTUAL_LEVELS, factualCounts),
      unknown: { count: factualUnknown, pct: total ? Math.round((factualUnknown * 100) / total) : 0 },
    },
    ownership: {
      kinds: sharesOf(OWNERSHIP_KINDS, ownershipCounts),
      unknown: { count: ownershipUnknown, pct: total ? Math.round((ownershipUnknown * 100) / total) : 0 },
      stateControlled,
    },
    firstReported: first ? { entry: first, isReaderPage: first === readerEntry } : null,
    timeline: buildTimeline(all),
    countries: countLabels(countries),
    languages: countLabels(languages),
    blindspot: detectBlindspot(bias),
  };
}
