// Unit-length tf-idf vectors of articles, their compact stored form, and the time-decayed similarity
// that story matching uses. Runs in the worker and the CLI; pure, deterministic (weights are quantised
// identically for every backend, so memory and IndexedDB give the same answers).

import type { ArticleFeatures } from './article-features';
import { IDF_PRIOR_DOCS, MATCH_WINDOW_HOURS, TIME_DECAY_HOURS, UNDATED_TIME_FACTOR } from './tuning';

/** Quantisation steps of a stored unit-vector component. */
const WEIGHT_STEPS = 255;
const MS_PER_HOUR = 3_600_000;

/** A unit vector: terms sorted by weight (heaviest first), weights in the same order. */
export interface TermVector {
  terms: string[];
  weights: number[];
}

/** Inverse document frequency with a prior corpus size, so a young index does not overrate every term. */
export function computeIdf(df: number, articles: number): number {
  return Math.log((articles + IDF_PRIOR_DOCS + 1) / (df + 1));
}

/** Builds the unit tf-idf vector of an article, keeping its `maxTerms` heaviest terms, quantised. */
export function buildTermVector(
  features: ArticleFeatures,
  idfOf: (term: string) => number,
  maxTerms: number,
): TermVector {
  const scored: Array<[string, number]> = [];
  for (const [term, w] of features.weights) scored.push([term, w * idfOf(term)]);
  // Ties broken by the term itself: deterministic whatever the insertion order.
  scored.sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));
  const kept = scored.slice(0, maxTerms);
  let norm = 0;
  for (const [, w] of kept) norm += w * w;
  norm = Math.sqrt(norm) || 1;
  const terms: string[] = [];
  const weights: number[] = [];
  for (const [term, w] of kept) {
    const q = Math.max(1, Math.round((w / norm) * WEIGHT_STEPS));
    terms.push(term);
    weights.push(q / WEIGHT_STEPS);
  }
  return { terms, weights };
}

/** Encodes quantised weights for storage (one byte each). */
export function encodeWeights(weights: readonly number[]): Uint8Array {
  return Uint8Array.from(weights, (w) => Math.round(w * WEIGHT_STEPS));
}

export function decodeWeights(bytes: ArrayLike<number>): number[] {
  const out = new Array<number>(bytes.length);
  for (let i = 0; i < bytes.length; i++) out[i] = (bytes[i] ?? 0) / WEIGHT_STEPS;
  return out;
}

/** Map form of a vector, for scoring many candidates against one article. */
export function toWeightMap(v: TermVector): Map<string, number> {
  const m = new Map<string, number>();
  v.terms.forEach((t, i) => m.set(t, v.weights[i] ?? 0));
  return m;
}

/** Cosine of two unit vectors (one as a map) and the terms they share, heaviest contribution first. */
export function compareVectors(
  a: ReadonlyMap<string, number>,
  b: TermVector,
): { cosine: number; shared: string[] } {
  let cosine = 0;
  const contributions: Array<[string, number]> = [];
  b.terms.forEach((t, i) => {
    const wa = a.get(t);
    if (wa === undefined) return;
    const c = wa * (b.weights[i] ?? 0);
    cosine += c;
    contributions.push([t, c]);
  });
  contributions.sort((x, y) => y[1] - x[1] || (x[0] < y[0] ? -1 : 1));
  return { cosine, shared: contributions.map(([t]) => t) };
}

/**
 * Cosine of a unit vector (as a map) with a stored vector (space-joined terms, byte weights), without
 * decoding the stored one: this runs for every candidate of every ingest and query.
 */
export function scoreStoredVector(a: ReadonlyMap<string, number>, terms: string, weights: ArrayLike<number>): number {
  let dot = 0;
  let start = 0;
  let i = 0;
  while (start < terms.length) {
    let end = terms.indexOf(' ', start);
    if (end < 0) end = terms.length;
    const wa = a.get(terms.slice(start, end));
    if (wa !== undefined) dot += wa * ((weights[i] ?? 0) / WEIGHT_STEPS);
    start = end + 1;
    i++;
  }
  return dot;
}

/** A vector's terms keyed by a 32-bit hash of their characters (collisions chained), so space-joined
 *  stored term lists are scored without cutting them into strings: this runs for every candidate and
 *  candidate story of every ingest, and the cut strings were most of the clustering's garbage. */
export type HashedTerms = Map<number, Array<readonly [string, number]>>;

const SPACE = 32;

function hashChars(text: string, start: number, end: number): number {
  let h = 0;
  for (let i = start; i < end; i++) h = (Math.imul(h, 31) + text.charCodeAt(i)) | 0;
  return h;
}

/** Hashed form of a unit vector, for `scoreJoinedTerms`. */
export function toHashedTerms(v: TermVector): HashedTerms {
  const out: HashedTerms = new Map();
  v.terms.forEach((t, i) => {
    const h = hashChars(t, 0, t.length);
    const chain = out.get(h);
    const entry = [t, v.weights[i] ?? 0] as const;
    if (chain) chain.push(entry);
    else out.set(h, [entry]);
  });
  return out;
}

/** Dot product of a hashed vector with space-joined `terms` whose i-th weight is `weights[i] * scale`. */
export function scoreJoinedTerms(a: HashedTerms, terms: string, weights: ArrayLike<number>, scale: number): number {
  let dot = 0;
  walkSharedTerms(a, terms, weights, (_, w, stored) => {
    dot += w * stored * scale;
  });
  return dot;
}

/** `scoreStoredVector` on a hashed vector: the same cosine, without allocations. */
export function scoreStoredHashed(a: HashedTerms, terms: string, weights: ArrayLike<number>): number {
  return scoreJoinedTerms(a, terms, weights, 1 / WEIGHT_STEPS);
}

/** Calls `visit` for each stored term (space-joined `terms`, i-th weight `weights[i]`) that the hashed
 *  vector has, in stored order, with the vector's weight and the stored weight: the one walk behind every
 *  score of stored terms (each caller keeps its own arithmetic, so scores stay the same to the last bit). */
function walkSharedTerms(
  a: HashedTerms,
  terms: string,
  weights: ArrayLike<number>,
  visit: (term: string, weight: number, storedWeight: number) => void,
): void {
  let i = 0;
  let h = 0;
  let start = 0;
  const n = terms.length;
  for (let p = 0; p <= n; p++) {
    const c = p < n ? terms.charCodeAt(p) : SPACE;
    if (c !== SPACE) {
      h = (Math.imul(h, 31) + c) | 0;
      continue;
    }
    if (p > start) {
      const chain = a.get(h);
      if (chain) {
        for (const [t, w] of chain) {
          if (t.length === p - start && terms.startsWith(t, start)) {
            visit(t, w, weights[i] ?? 0);
            break;
          }
        }
      }
      i++;
    }
    h = 0;
    start = p + 1;
  }
}

/** `scoreStoredVector` of the same vector in hashed form: the same sum, added term by term in the same
 *  order (so the same score to the last bit), without cutting the stored terms into strings — a coverage
 *  query scores up to a few hundred members of a story. */
export function scoreStoredVectorHashed(a: HashedTerms, terms: string, weights: ArrayLike<number>): number {
  let dot = 0;
  walkSharedTerms(a, terms, weights, (_, w, stored) => {
    dot += w * (stored / WEIGHT_STEPS);
  });
  return dot;
}

/** The terms a hashed vector shares with a stored vector, heaviest contribution first (ties by term): what
 *  `compareVectors(toWeightMap(v), toStoredVector(f)).shared` gives, without decoding the stored vector
 *  (a coverage query explains up to its limit of articles). */
export function listSharedTerms(a: HashedTerms, terms: string, weights: ArrayLike<number>): string[] {
  const contributions: Array<[string, number]> = [];
  walkSharedTerms(a, terms, weights, (t, w, stored) => contributions.push([t, w * (stored / WEIGHT_STEPS)]));
  contributions.sort((x, y) => y[1] - x[1] || (x[0] < y[0] ? -1 : 1));
  return contributions.map(([t]) => t);
}

/** Hours between two publications. */
export function hoursBetween(a: number, b: number): number {
  return Math.abs(a - b) / MS_PER_HOUR;
}

/** Time factor of a similarity: 0 outside the window, exponential decay inside. */
export function computeTimeFactor(hoursApart: number): number {
  if (hoursApart > MATCH_WINDOW_HOURS) return 0;
  return Math.exp(-hoursApart / TIME_DECAY_HOURS);
}

/**
 * Time factor between two articles. When either publication time is unknown (first-seen time stands in),
 * closeness in time is no evidence, so the pair needs stronger text agreement.
 */
export function computePairTimeFactor(aT: number, aDated: boolean, bT: number, bDated: boolean): number {
  const factor = computeTimeFactor(hoursBetween(aT, bT));
  return aDated && bDated ? factor : factor * UNDATED_TIME_FACTOR;
}
