// Compact row encoding of the outlet catalog (outlets.data.ts) and its expansion into full Outlet
// objects. Runs everywhere (worker, page, popup, CLI); pure, no I/O, no DOM. The compact form keeps the
// service-worker bundle small; nothing outside lib/catalog sees rows, only Outlet objects.

import { consensusBias, consensusFactual } from './ratings';
import type { FeedRef, Outlet, OutletType, Ownership, Rating } from './types';

/** [provider code, bias as published, factual or '', provider page (tail after the provider's URL
 *  prefix, or absolute), asOf override, deliberate deviation reason]. */
export type RatingRow = [code: string, bias: string, factual: string, url: string, asOf?: string, deviation?: string];

/** [url, topic, reference-list code ('k' | 'y' | 'p') or absent when unverified]. */
export type FeedRow = [url: string, topic?: string, verified?: string];

export interface OutletRow {
  /** id */ i: string;
  /** name */ n: string;
  /** homepage; default https://www.<first domain>/ */ h?: string;
  /** domains, space-separated */ d: string;
  /** path-specific entries "domain/prefix", space-separated */ p?: string;
  /** country, ISO 3166-1 alpha-2 */ c: string;
  /** languages (BCP 47), space-separated */ l: string;
  /** type */ t: OutletType;
  /** owner name */ o?: string;
  /** ownership kind */ w?: Ownership;
  r?: RatingRow[];
  f?: FeedRow[];
  /** sample article URLs, non-article URLs */ s?: [string[], string[]?];
}

interface ProviderCode {
  provider: string;
  urlPrefix: string;
  asOf: string;
}

/** Provider codes used in rows; asOf is the date of the reference snapshot the ratings were compiled from. */
export const RATING_CODES: Readonly<Record<string, ProviderCode>> = {
  a: { provider: 'allsides', urlPrefix: 'https://www.allsides.com/news-source/', asOf: '2022' },
  m: { provider: 'mbfc', urlPrefix: 'https://mediabiasfactcheck.com/', asOf: '2026' },
};

/** Reference feed lists a feed URL was checked against. */
export const FEED_LIST_CODES: Readonly<Record<string, string>> = {
  k: 'kagi-kite',
  y: 'yavuz',
  p: 'plenaryapp',
};

function splitList(value: string | undefined): string[] {
  return value ? value.split(' ').filter(Boolean) : [];
}

function expandRating(row: RatingRow): Rating {
  const [code, bias, factual, url, asOf, deviation] = row;
  const known = RATING_CODES[code];
  const rating: Rating = { provider: known?.provider ?? code, bias };
  if (factual) rating.factual = factual as Rating['factual'];
  if (url) rating.url = /^https?:/.test(url) || !known ? url : known.urlPrefix + url;
  const date = asOf || known?.asOf;
  if (date) rating.asOf = date;
  if (deviation) rating.deviation = deviation;
  return rating;
}

function expandFeed(row: FeedRow): FeedRef {
  const [url, topic, verified] = row;
  const feed: FeedRef = { url };
  if (topic) feed.topic = topic;
  const list = verified ? FEED_LIST_CODES[verified] : undefined;
  if (list) feed.verified = list;
  return feed;
}

/** Expands one compact row into a full Outlet (consensus fields computed from the ratings). */
export function expandOutletRow(row: OutletRow): Outlet {
  const domains = splitList(row.d);
  const ratings = (row.r ?? []).map(expandRating);
  const outlet: Outlet = {
    id: row.i,
    name: row.n,
    homepage: row.h ?? `https://www.${domains[0] ?? ''}/`,
    domains,
    country: row.c,
    languages: splitList(row.l),
    type: row.t,
    ratings,
    bias: consensusBias(ratings),
    factual: consensusFactual(ratings),
    feeds: (row.f ?? []).map(expandFeed),
  };
  const paths = splitList(row.p).map((entry) => {
    const slash = entry.indexOf('/');
    return { domain: entry.slice(0, slash), pathPrefix: entry.slice(slash) };
  });
  if (paths.length) outlet.paths = paths;
  if (row.o) outlet.owner = row.o;
  if (row.w) outlet.ownership = row.w;
  if (row.s) outlet.samples = { articles: row.s[0], nonArticles: row.s[1] ?? [] };
  return outlet;
}
