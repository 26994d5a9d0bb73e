// Similarity of article pairs outside the index (the pairs evaluation): the index's own features,
// tf-idf vectors and cosine, with document frequencies taken from the pairs' texts themselves, and the
// index's other evidence about a pair: its publication times. Runs in the CLI and tests; pure.

import { computeArticleFeatures } from './article-features';
import { buildTermVector, compareVectors, computeIdf, computeTimeFactor, hoursBetween, toWeightMap } from './term-vector';
import { MAX_STORED_TERMS, TEXTLESS_PAIR_SCORE } from './tuning';
import type { ArticleInput } from './types';

/** A pair's side: its text, and where and when it was published when known. */
export type PairText = Pick<ArticleInput, 'title' | 'summary' | 'lang'> & {
  url?: string | null;
  published?: number | null;
};

/** A publication day written in an article URL's path (/2020/01/31/, /2020-01-31-, /20200131...), as a
 *  UTC time at noon, or null. Only full dates with a plausible year: a bare year or month says too little. */
export function readUrlDate(url: string): number | null {
  let path: string;
  try {
    path = new URL(url).pathname;
  } catch {
    return null;
  }
  const m = /(?:^|[/_-])((?:19|20)\d\d)([/_-]?)(0[1-9]|1[0-2])\2(0[1-9]|[12]\d|3[01])(?=[/_.-]|$|\d{4,})/.exec(path);
  if (!m) return null;
  const t = Date.UTC(Number(m[1]), Number(m[3]) - 1, Number(m[4]), 12);
  return new Date(t).getUTCDate() === Number(m[4]) ? t : null;
}

/** The publication time of a pair side: its own, else the day in its URL. */
function toPairTime(side: PairText): number | null {
  return side.published ?? (side.url ? readUrlDate(side.url) : null);
}

/**
 * The factor the index's other evidence puts on a pair's similarity: outside the match window two articles
 * are never one story (the same time decay the index applies). The outlets are not used: whether one
 * outlet covers an event twice is a property of how a pairs file was sampled, not of matching (an outlet
 * never counts as its own coverage, which the index enforces apart from similarity).
 */
export function computePairEvidenceFactor(a: PairText, b: PairText): number {
  const ta = toPairTime(a);
  const tb = toPairTime(b);
  return ta !== null && tb !== null ? computeTimeFactor(hoursBetween(ta, tb)) : 1;
}

/** Scores each pair (same-story likelihood, higher = more alike). A pair where one side has no matching
 *  text at all (a URL without a slug) gets TEXTLESS_PAIR_SCORE: no text evidence either way, which ranks
 *  it above pairs whose texts share nothing (evidence of two stories) and level with pairs that share only
 *  a minor term, below pairs that share the event's words. Either
 *  score is then weighed by the pair's publication times (computePairEvidenceFactor). */
export function scoreArticlePairs(pairs: ReadonlyArray<readonly [PairText, PairText]>): number[] {
  const featureCache = new Map<string, ReturnType<typeof computeArticleFeatures>>();
  const featuresOf = (a: PairText) => {
    const key = `${a.lang}\u0001${a.title}\u0001${a.summary ?? ''}`;
    let f = featureCache.get(key);
    if (!f) featureCache.set(key, (f = computeArticleFeatures(a)));
    return f;
  };
  for (const [a, b] of pairs) {
    featuresOf(a);
    featuresOf(b);
  }
  const df = new Map<string, number>();
  for (const f of featureCache.values()) for (const t of f.weights.keys()) df.set(t, (df.get(t) ?? 0) + 1);
  const n = featureCache.size;
  const idf = (t: string) => computeIdf(df.get(t) ?? 0, n);
  return pairs.map(([a, b]) => {
    const va = buildTermVector(featuresOf(a), idf, MAX_STORED_TERMS);
    const vb = buildTermVector(featuresOf(b), idf, MAX_STORED_TERMS);
    const text = !va.terms.length || !vb.terms.length ? TEXTLESS_PAIR_SCORE : compareVectors(toWeightMap(va), vb).cosine;
    return text * computePairEvidenceFactor(a, b);
  });
}
