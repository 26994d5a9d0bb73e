// Catalog compiler: joins our curated outlet facts (lib/catalog/sources) with the providers' published
// ratings and the reference feed lists, and renders lib/catalog/outlets.data.ts (compact rows).
// Runs in Node only (`npm run catalog -- compile`); never bundled in the extension.

import { isNicheFeed, scoreFeed, topicOf } from './feed-ranking';
import { CURATED_EXTRA_SOURCES } from './sources/index';
import {
  COUNTRY_CODES, COUNTRY_LANGUAGES, KAGI_OWNERSHIP, LANGUAGE_FIXES, MEDIA_TYPES, OWNERSHIP_CODES, TYPE_CODES,
} from './sources/vocabularies';
import { normalizeFeedUrl, type ReferenceData, type ReferenceFeed, type TsvRow } from './reference';
import type { FeedRow, OutletRow, RatingRow } from './outlet-rows';
import type { OutletType, Ownership } from './types';

/** Score (see scoreFeed) of a reference feed general enough to rank before our own unlisted feeds. */
const CLEARLY_GENERAL_SCORE = 0;
/** A small (minimal-traffic) outlet is auto-selected only with a feed at least this general. */
const SMALL_OUTLET_FEED_SCORE = 3;
/** Feeds kept per outlet (curated first, then the best reference feeds). */
const MAX_FEEDS_PER_OUTLET = 3;
/** Auto-selected outlets need at least this MBFC traffic class, or an AllSides "News" rating. */
const AUTO_TRAFFIC = new Set(['high-traffic', 'medium-traffic']);
/** MBFC categories never auto-selected (not news, or not worth indexing). */
const AUTO_EXCLUDED_MBFC = new Set(['satire', 'conspiracy-pseudoscience', 'pro-science']);
/** Government, intergovernmental and academic hosts publish press releases, not news coverage. */
const AUTO_EXCLUDED_SUFFIX = /\.(gov|mil|int|edu)(\.[a-z]{2})?$|\.(gov|ac)\.[a-z]{2}$/;
/** Rating domains that are platforms, not outlets. */
const PLATFORM_DOMAINS = new Set([
  'google.com', 'feedburner.com', 'youtube.com', 'medium.com', 'substack.com', 'wordpress.com',
  'blogspot.com', 'facebook.com', 'twitter.com', 'x.com', 'reddit.com', 'tumblr.com', 'apple.com',
  'msn.com', 'yahoo.com', 'archive.org', 'wikipedia.org', 'github.com', 'linkedin.com', 'instagram.com',
  'ground.news', 'allsides.com', 'bing.com', 'ycombinator.com', 'news.ycombinator.com', 'mediabiasfactcheck.com',
  'newsbreak.com', 'flipboard.com',
]);

const FEED_LIST_CODE: Readonly<Record<string, string>> = { 'kagi-kite': 'k', yavuz: 'y', plenaryapp: 'p' };

interface CuratedOutlet {
  id: string;
  name: string;
  domains: string[];
  country: string;
  languages: string[];
  type: OutletType;
  ownership?: Ownership;
  owner?: string;
  feeds: string[];
  homepage?: string;
}

export interface CompileReport {
  curated: number;
  auto: number;
  skipped: string[];
}

/** Parses the pipe-separated curated lines (see lib/catalog/sources/curated-us.ts). */
export function parseCurated(text: string): CuratedOutlet[] {
  const outlets: CuratedOutlet[] = [];
  for (const line of text.split('\n')) {
    if (!line.trim() || line.trim().startsWith('#')) continue;
    const [id = '', name = '', domains = '', country = '', langs = '', type = '', ownership = '', owner = '', feeds = '', homepage = ''] =
      line.split('|').map((s) => s.trim());
    const outletType = TYPE_CODES[type];
    if (!id || !name || !outletType) throw new Error(`bad curated line: ${line}`);
    outlets.push({
      id, name, country, type: outletType,
      domains: domains.split(' ').filter(Boolean),
      languages: langs.split(' ').filter(Boolean),
      ownership: OWNERSHIP_CODES[ownership],
      owner: owner || undefined,
      feeds: feeds.split(' ').filter(Boolean),
      homepage: homepage || undefined,
    });
  }
  return outlets;
}

function countryCode(value: string): string | null {
  const key = value.trim().toLowerCase().split('|')[0]?.trim().replace(/\s*\((de|fr|it)\)$/, '') ?? '';
  if (!key) return null;
  return COUNTRY_CODES[key] ?? null;
}

function fixLanguage(code: string): string {
  return LANGUAGE_FIXES[code] ?? code;
}

/** Language of an auto-selected outlet. Kagi's list gives the language of the *topic* (a feed about
 *  Israel is listed as "he" even when written in English), so it is trusted only when it is the
 *  country's main language or English; the other lists give the feed's own language. */
function languageOf(feeds: readonly ReferenceFeed[], country: string): string {
  const main = COUNTRY_LANGUAGES[country] ?? 'en';
  const english = feeds.some((f) => /\/\/(en|english)\.|\/en\//i.test(f.url));
  for (const feed of feeds) {
    const lang = fixLanguage(feed.lang);
    if (!lang) continue;
    if (feed.list !== 'kagi-kite') return lang;
  }
  const kagi = feeds.map((f) => fixLanguage(f.lang)).filter(Boolean);
  if (english && kagi.includes('en')) return 'en';
  if (kagi.includes(main)) return main;
  if (kagi.includes('en')) return 'en';
  return main;
}

/** Parent-domain walk: the first key of `table` that equals `host` or one of its parents. */
function findParentKey<T>(table: ReadonlyMap<string, T>, host: string): string | null {
  let h = host.toLowerCase().replace(/^www\./, '');
  for (;;) {
    if (table.has(h)) return h;
    const dot = h.indexOf('.');
    if (dot < 0 || h.indexOf('.', dot + 1) < 0) return null;
    h = h.slice(dot + 1);
  }
}


function feedRow(given: string, lists: ReadonlyMap<string, string[]>, spellings: ReadonlyMap<string, string>): FeedRow {
  // Prefer the reference list's own spelling of the same feed when it is https (ours otherwise:
  // an https URL is never downgraded to the list's http one).
  const listed = spellings.get(normalizeFeedUrl(given));
  const url = listed?.startsWith('https:') ? listed : given;
  const found = lists.get(normalizeFeedUrl(url));
  const topic = topicOf(url);
  const code = found?.[0] ? FEED_LIST_CODE[found[0]] : undefined;
  if (code) return [url, topic ?? '', code];
  return topic ? [url, topic] : [url];
}

/** The provider page's URL tail after `prefix`; '' when the table's link is not a page of the provider
 *  (typos such as "mediabisfactcheck.com", the bare homepage, or another site). */
function ratingTail(url: string, prefix: string): string {
  const https = url.replace(/^http:\/\//, 'https://');
  return https.startsWith(prefix) && https.length > prefix.length + 1 ? https.slice(prefix.length) : '';
}

function allsidesRating(row: TsvRow): RatingRow {
  return ['a', row.bias ?? '', '', ratingTail(row.allsides_url ?? '', 'https://www.allsides.com/news-source/')];
}

function mbfcRating(row: TsvRow): RatingRow {
  return ['m', row.bias ?? '', row.reporting ?? '', ratingTail(row.mbfc_url ?? '', 'https://mediabiasfactcheck.com/')];
}

/** Homepage of an auto-selected outlet: www.<domain> for registrable domains, the host itself for
 *  subdomain entries (news.un.org, o.canada.com). */
function homepageOf(domain: string): string {
  const parts = domain.split('.');
  const secondLevel = /^(co|com|org|net|ac|gov|or|ne|gob|edu)$/.test(parts[parts.length - 2] ?? '');
  const registrableLabels = secondLevel && (parts[parts.length - 1] ?? '').length === 2 ? 3 : 2;
  return parts.length > registrableLabels ? `https://${domain}/` : `https://www.${domain}/`;
}

function slugOf(domain: string): string {
  const parts = domain.split('.');
  const second = parts.length > 2 && /^(co|com|org|net|ac|gov|or|ne)$/.test(parts[parts.length - 2] ?? '');
  const core = parts.slice(0, parts.length - (second ? 2 : 1)).join('-');
  return core.replace(/[^a-z0-9-]+/gi, '-').toLowerCase() || domain;
}

function compactRating(rows: RatingRow[]): RatingRow[] | undefined {
  return rows.length ? rows : undefined;
}

/** Compiles the catalog rows from curated facts and the reference tables. */
export function compileCatalog(reference: ReferenceData, curatedText: string): { rows: OutletRow[]; report: CompileReport } {
  const { paths, ratingKeys, feedHosts, samples, languages, owners } = CURATED_EXTRA_SOURCES;
  const curated = parseCurated(curatedText);
  const report: CompileReport = { curated: curated.length, auto: 0, skipped: [] };

  const allsidesByKey = new Map<string, TsvRow>();
  // Every published row counts as the domain's rating (news sources first when a domain has several);
  // only "News" rows make a domain eligible for auto-selection.
  const allsidesRows = [...reference.allsides].sort(
    (a, b) => Number(b.type === 'News') - Number(a.type === 'News'),
  );
  for (const row of allsidesRows) {
    const key = (row.domain ?? '').toLowerCase().replace(/^www\./, '');
    if (!key || !row.bias || key.startsWith('allsides.com')) continue;
    if (!allsidesByKey.has(key)) allsidesByKey.set(key, row);
  }
  const mbfcByDomain = new Map<string, TsvRow>();
  for (const row of reference.mbfc) {
    const key = (row.domain ?? '').toLowerCase().replace(/^www\./, '');
    if (key && row.bias && !mbfcByDomain.has(key)) mbfcByDomain.set(key, row);
  }
  const idiapByDomain = new Map(reference.mbfcIdiap.map((r) => [(r.domain ?? '').toLowerCase(), r]));
  const kagiByDomain = new Map(reference.kagiMedia.map((r) => [(r.domain ?? '').toLowerCase().replace(/^www\./, ''), r]));

  const httpsSpellings = new Map<string, string>();
  for (const feed of reference.feeds) {
    if (feed.url.startsWith('https:')) httpsSpellings.set(normalizeFeedUrl(feed.url), feed.url);
  }
  const topicSlugs = new Set<string>();
  for (const feed of reference.feeds) {
    for (const part of feed.category.split('|')) {
      const slug = part.trim().toLowerCase().replace(/\s+/g, '-');
      if (slug && slug !== 'world' && slug !== 'news') topicSlugs.add(slug);
    }
  }
  // Feeds grouped by the host that publishes them.
  const rows: OutletRow[] = [];
  const claimedHosts = new Map<string, string>();
  const usedFeeds = new Set<string>();

  const feedBelongs = (feed: ReferenceFeed, domains: readonly string[], prefixes: readonly string[]): boolean => {
    const norm = normalizeFeedUrl(feed.url);
    if (prefixes.some((p) => norm.startsWith(p))) return true;
    return domains.some((d) => {
      const host = feed.host.replace(/^www\./, '');
      return host === d || host.endsWith('.' + d);
    });
  };

  // The first curated feed always leads (the outlet's main feed), then curated feeds found in a reference
  // list, clearly general reference feeds, the other curated feeds, and any general reference feed.
  const pickFeeds = (first: string[], candidates: ReferenceFeed[]): FeedRow[] => {
    const chosen: FeedRow[] = [];
    const seen = new Set<string>();
    const add = (url: string): void => {
      const key = normalizeFeedUrl(url);
      if (chosen.length >= MAX_FEEDS_PER_OUTLET || seen.has(key) || usedFeeds.has(key)) return;
      seen.add(key);
      chosen.push(feedRow(url, reference.feedLists, httpsSpellings));
    };
    const isListed = (url: string) => reference.feedLists.has(normalizeFeedUrl(url));
    const [main, ...others] = first;
    if (main) add(main);
    for (const url of others) if (isListed(url)) add(url);
    const scored = candidates.map((feed) => ({ feed, score: scoreFeed(feed, topicSlugs) }));
    scored.sort((a, b) => b.score - a.score);
    for (const { feed, score } of scored) if (score >= CLEARLY_GENERAL_SCORE) add(feed.url);
    // Our unlisted extra feeds only while the outlet has fewer than two feeds (keeps the share of
    // unverified feeds low without leaving an outlet with a single feed).
    for (const url of others) if (chosen.length < 2) add(url);
    for (const { feed, score } of scored) if (score >= 0) add(feed.url);
    // Nothing general at all: keep the best feed that is at least news rather than none.
    const best = scored.find(({ feed }) => !isNicheFeed(feed));
    if (!chosen.length && best) add(best.feed.url);
    for (const row of chosen) usedFeeds.add(normalizeFeedUrl(row[0]));
    return chosen;
  };

  /** The provider row for an outlet: an exact domain first, else a row keyed by one of its subdomains
   *  or sections (e.g. en.yna.co.kr, channel4.com/news) that no other outlet claims. */
  const findRatingRow = (table: Map<string, TsvRow>, keys: readonly string[], domains: readonly string[]): TsvRow | undefined => {
    for (const key of keys) {
      const row = table.get(key);
      if (row) return row;
    }
    const under = [...table.keys()]
      .filter((key) => !claimedRatingKeys.has(key))
      .filter((key) => {
        const host = key.split('/')[0] ?? '';
        return domains.some((d) => host === d || host.endsWith('.' + d));
      })
      .sort((a, b) => a.length - b.length);
    return under[0] ? table.get(under[0]) : undefined;
  };
  const claimedRatingKeys = new Set(
    Object.values(ratingKeys).flatMap((k) => [...(k.allsides ?? []), ...(k.mbfc ?? [])]),
  );

  for (const outlet of curated) {
    const outletPaths = paths[outlet.id] ?? [];
    const keys = ratingKeys[outlet.id];
    const asKeys = keys?.allsides ?? outlet.domains;
    const mbKeys = keys?.mbfc ?? outlet.domains;
    const ratings: RatingRow[] = [];
    const asRow = keys?.allsides ? findRatingRow(allsidesByKey, asKeys, []) : findRatingRow(allsidesByKey, asKeys, outlet.domains);
    if (asRow) ratings.push(allsidesRating(asRow));
    const mbRow = keys?.mbfc ? findRatingRow(mbfcByDomain, mbKeys, []) : findRatingRow(mbfcByDomain, mbKeys, outlet.domains);
    if (mbRow) ratings.push(mbfcRating(mbRow));
    for (const d of outlet.domains) claimedHosts.set(d, outlet.id);
    const candidates = outlet.domains.length || feedHosts[outlet.id]
      ? reference.feeds.filter((f) => feedBelongs(f, outlet.domains, feedHosts[outlet.id] ?? []))
      : [];
    const kagi = outlet.domains.map((d) => kagiByDomain.get(d)).find(Boolean);
    const row: OutletRow = {
      i: outlet.id,
      n: outlet.name,
      d: outlet.domains.join(' '),
      c: outlet.country,
      l: outlet.languages.map(fixLanguage).join(' '),
      t: outlet.type,
    };
    if (outlet.homepage && outlet.homepage !== `https://www.${outlet.domains[0] ?? ''}/`) row.h = outlet.homepage;
    if (outletPaths.length) row.p = outletPaths.join(' ');
    if (outlet.owner) row.o = outlet.owner;
    const ownership = outlet.ownership ?? (kagi ? KAGI_OWNERSHIP[kagi.typology ?? ''] : undefined);
    if (ownership) row.w = ownership;
    const r = compactRating(ratings);
    if (r) row.r = r;
    const feeds = pickFeeds(outlet.feeds, outletPaths.length && !outlet.domains.length ? [] : candidates);
    if (feeds.length) row.f = feeds;
    const sample = samples[outlet.id];
    if (sample) row.s = [[...sample[0]], [...sample[1]]];
    rows.push(row);
  }

  // Auto-selected outlets: a published rating plus at least one reference feed on the rated domain.
  const ratingDomains = new Map<string, true>();
  for (const key of mbfcByDomain.keys()) if (!key.includes('/')) ratingDomains.set(key, true);
  for (const key of allsidesByKey.keys()) if (!key.includes('/')) ratingDomains.set(key, true);
  const feedsByDomain = new Map<string, ReferenceFeed[]>();
  for (const feed of reference.feeds) {
    if (usedFeeds.has(normalizeFeedUrl(feed.url))) continue;
    const domain =
      findParentKey(ratingDomains, feed.host) ?? (feed.site ? findParentKey(ratingDomains, feed.site) : null);
    if (!domain) continue;
    const list = feedsByDomain.get(domain) ?? [];
    list.push(feed);
    feedsByDomain.set(domain, list);
  }
  const usedIds = new Set(rows.map((r) => r.i));
  const isClaimed = (domain: string): boolean => {
    for (const host of claimedHosts.keys()) if (domain === host || domain.endsWith('.' + host) || host.endsWith('.' + domain)) return true;
    return false;
  };
  const auto: OutletRow[] = [];
  for (const [domain, feeds] of feedsByDomain) {
    if (PLATFORM_DOMAINS.has(domain) || isClaimed(domain)) continue;
    const mb = mbfcByDomain.get(domain);
    const as = allsidesByKey.get(domain);
    // Small outlets qualify too when the provider finds them factual and they publish a general feed.
    const smallButSolid =
      mb && /^(very-high|high|mostly-factual)$/.test(mb.reporting ?? '') &&
      feeds.some((f) => scoreFeed(f, topicSlugs) >= SMALL_OUTLET_FEED_SCORE);
    const eligible = (as && as.type === 'News') || (mb && AUTO_TRAFFIC.has(mb.traffic ?? '')) || smallButSolid;
    if (!eligible || (mb && AUTO_EXCLUDED_MBFC.has(mb.bias ?? '')) || AUTO_EXCLUDED_SUFFIX.test(domain)) {
      report.skipped.push(domain);
      continue;
    }
    const firstFeed = feeds[0];
    const country =
      (mb?.country ? countryCode(mb.country) : null) ??
      feeds.map((f) => countryCode(f.country)).find(Boolean) ??
      (kagiByDomain.get(domain)?.country ? countryCode(kagiByDomain.get(domain)?.country ?? '') : null) ??
      (domain.endsWith('.uk') ? 'GB' : null);
    if (!country) {
      report.skipped.push(domain);
      continue;
    }
    const language = [languages[domain] ?? languageOf(feeds, country)];
    const ratings: RatingRow[] = [];
    if (as) ratings.push(allsidesRating(as));
    if (mb) ratings.push(mbfcRating(mb));
    const idiap = idiapByDomain.get(domain);
    const kagi = kagiByDomain.get(domain);
    let id = slugOf(domain);
    if (usedIds.has(id) || id.length < 4) id = domain.replace(/[^a-z0-9]+/gi, '-').toLowerCase();
    usedIds.add(id);
    const name = (as?.name ?? mb?.name ?? firstFeed?.outlet ?? domain).replace(/\s*\((Online News|News)\)$/, '').trim();
    const row: OutletRow = {
      i: id,
      n: name,
      d: domain,
      c: country,
      l: language.join(' '),
      t: MEDIA_TYPES[idiap?.media_type ?? ''] ?? 'digital',
    };
    if (homepageOf(domain) !== `https://www.${domain}/`) row.h = homepageOf(domain);
    const [ownerName = '', ownerCode = '', typeCode = ''] = (owners[domain] ?? '').split('|');
    const ownership = OWNERSHIP_CODES[ownerCode] ?? (kagi ? KAGI_OWNERSHIP[kagi.typology ?? ''] : undefined);
    if (ownerName) row.o = ownerName;
    if (ownership) row.w = ownership;
    if (TYPE_CODES[typeCode]) row.t = TYPE_CODES[typeCode] as OutletType;
    row.r = ratings;
    // An outlet whose every listed feed is sport/culture/lifestyle is not a news source for Parallax.
    if (feeds.every(isNicheFeed)) {
      report.skipped.push(domain);
      continue;
    }
    const picked = pickFeeds([], feeds);
    if (!picked.length) continue;
    row.f = picked;
    auto.push(row);
  }
  auto.sort((a, b) => a.i.localeCompare(b.i));
  report.auto = auto.length;
  return { rows: [...rows, ...auto], report };
}

/** Renders the rows as the lib/catalog/outlets.data.ts module (one outlet per line). */
export function renderDataModule(rows: readonly OutletRow[]): string {
  const lines = rows.map((row) => '  ' + JSON.stringify(row) + ',');
  return [
    '// The outlet catalog as compact rows (decoded by outlet-rows.ts). GENERATED by `npm run catalog -- compile`',
    '// from lib/catalog/sources (our curated facts) and the providers\' published ratings and feed lists;',
    '// edit the sources and recompile. Pure data, imported by every context (worker, page, popup, CLI).',
    '',
    "import type { OutletRow } from './outlet-rows';",
    '',
    'export const OUTLET_ROWS: readonly OutletRow[] = [',
    ...lines,
    '];',
    '',
  ].join('\n');
}
