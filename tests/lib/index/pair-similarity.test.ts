import { describe, expect, it } from 'vitest';
import { scoreArticlePairs } from '../../../lib/index/pair-similarity';

const text = (title: string) => ({ title, summary: null, lang: 'en' });

describe('scoreArticlePairs', () => {
  it('ranks a pair without text between pairs that share terms and pairs that share none', () => {
    const [shared, textless, disjoint] = scoreArticlePairs([
      [text('earthquake strikes central chile'), text('chile earthquake kills dozens')],
      [text(''), text('chile earthquake kills dozens')],
      [text('earthquake strikes central chile'), text('parliament passes budget bill')],
    ]);
    expect(disjoint).toBe(0);
    expect(textless).toBeGreaterThan(disjoint ?? 0);
    expect(shared).toBeGreaterThan(textless ?? 0);
  });
});
