import { describe, expect, it } from 'vitest';
import {
  buildTermVector,
  compareVectors,
  decodeWeights,
  encodeWeights,
  listSharedTerms,
  scoreJoinedTerms,
  scoreStoredHashed,
  scoreStoredVector,
  scoreStoredVectorHashed,
  toHashedTerms,
  toWeightMap,
} from '../../../lib/index/term-vector';

function vectorOf(words: string[]) {
  const weights = new Map(words.map((w, i) => [w, 1 + (i % 3)]));
  return buildTermVector({ lang: 'en', weights, entities: new Set(), numbers: new Set() }, () => 1, 40);
}

describe('hashed scoring', () => {
  it('gives the same cosine as the map-based scoring of a stored vector', () => {
    const a = vectorOf(['putin', 'xi', 'call', 'energy', '#2026', '~ener', 'beij']);
    const b = vectorOf(['xi', 'trump', 'call', 'taiwan', '#2026', 'soybean']);
    const terms = b.terms.join(' ');
    const w = encodeWeights(b.weights);
    const expected = scoreStoredVector(toWeightMap(a), terms, w);
    expect(expected).toBeGreaterThan(0);
    expect(scoreStoredHashed(toHashedTerms(a), terms, w)).toBeCloseTo(expected, 12);
  });

  it('gives exactly the map-based score, bit for bit (coverage scores are compared and sorted)', () => {
    const words = ['putin', 'xi', 'call', 'energy', '#2026', '~ener', 'beij', 'trump', 'taiwan', 'soybean', 'tariff', 'ccc'];
    for (let k = 0; k < 50; k++) {
      const pick = (seed: number) => words.filter((_, i) => ((i * 7 + seed * 13 + k) % 5) < 3);
      const a = vectorOf(pick(1));
      const b = vectorOf(pick(2));
      const terms = b.terms.join(' ');
      const w = encodeWeights(b.weights);
      expect(scoreStoredVectorHashed(toHashedTerms(a), terms, w)).toBe(scoreStoredVector(toWeightMap(a), terms, w));
    }
  });

  it('lists the shared terms as compareVectors does, heaviest contribution first', () => {
    const words = ['putin', 'xi', 'call', 'energy', '#2026', '~ener', 'beij', 'trump', 'taiwan', 'soybean', 'tariff', 'ccc'];
    for (let k = 0; k < 50; k++) {
      const pick = (seed: number) => words.filter((_, i) => ((i * 7 + seed * 13 + k) % 5) < 3);
      const a = vectorOf(pick(1));
      const b = vectorOf(pick(2));
      const w = encodeWeights(b.weights);
      const stored = { terms: b.terms, weights: decodeWeights(w) };
      expect(listSharedTerms(toHashedTerms(a), b.terms.join(' '), w)).toEqual(compareVectors(toWeightMap(a), stored).shared);
    }
  });

  it('matches whole terms only, never a term inside another', () => {
    const hashed = toHashedTerms({ terms: ['call'], weights: [1] });
    expect(scoreJoinedTerms(hashed, 'recall calls call', [1, 1, 0.5], 1)).toBe(0.5);
    expect(scoreJoinedTerms(hashed, '', [], 1)).toBe(0);
  });
});
