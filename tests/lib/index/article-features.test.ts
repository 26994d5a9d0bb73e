import { describe, expect, it } from 'vitest';
import { computeArticleFeatures } from '../../../lib/index/article-features';
import { PREFIX_WEIGHT, PREFIX_WEIGHT_ENGLISH } from '../../../lib/index/tuning';

/** Weight of a word's truncated form relative to the word itself, in a one-word headline. */
function prefixShare(word: string, lang: string): number {
  const f = computeArticleFeatures({ title: word, summary: null, lang });
  const whole = [...f.weights.entries()].find(([t]) => !t.startsWith('~'))?.[1] ?? 0;
  return (f.weights.get('~' + word.slice(0, 4)) ?? 0) / whole;
}

describe('computeArticleFeatures', () => {
  it('weighs truncated forms less in English, whose stemmer already joins the inflections', () => {
    expect(prefixShare('pressure', 'en')).toBeCloseTo(PREFIX_WEIGHT_ENGLISH, 10);
    expect(prefixShare('pressure', 'de')).toBeCloseTo(PREFIX_WEIGHT, 10);
    expect(PREFIX_WEIGHT_ENGLISH).toBeLessThan(PREFIX_WEIGHT);
  });

  it('keeps full-weight truncated forms for heavily inflected languages', () => {
    expect(prefixShare('pandemii', 'pl')).toBeCloseTo(PREFIX_WEIGHT, 10);
  });
});
