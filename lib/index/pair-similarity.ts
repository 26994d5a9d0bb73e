// Similarity of article pairs outside the index (the pairs evaluation): the index's own features,
// tf-idf vectors and cosine, with document frequencies taken from the pairs' texts themselves.
// Runs in the CLI and tests; pure.

import { computeArticleFeatures } from './article-features';
import { buildTermVector, compareVectors, computeIdf, toWeightMap } from './term-vector';
import { MAX_STORED_TERMS, TEXTLESS_PAIR_SCORE } from './tuning';
import type { ArticleInput } from './types';

/** A pair's side: its text. */
type PairText = Pick<ArticleInput, 'title' | 'summary' | 'lang'>;

/** Scores each pair (same-story likelihood, higher = more alike). A pair where one side has no matching
 *  text at all (a URL without a slug) gets TEXTLESS_PAIR_SCORE: no evidence either way, which ranks it
 *  above pairs whose texts share nothing (evidence of two stories) and below any shared term. */
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
    if (!va.terms.length || !vb.terms.length) return TEXTLESS_PAIR_SCORE;
    return compareVectors(toWeightMap(va), vb).cosine;
  });
}
