import { describe, expect, it } from 'vitest';
import { scoreArticlePairs } from '../../../lib/index/pair-similarity';

const text = (title: string, url?: string) => ({ title, summary: null, lang: 'en', ...(url ? { url } : {}) });

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

  it('scores two URLs of one site lower than the same texts from two sites', () => {
    const a = 'earthquake strikes central chile';
    const b = 'chile earthquake kills dozens';
    const [sameSite, twoSites] = scoreArticlePairs([
      [text(a, 'https://www.example.com/a'), text(b, 'https://example.com/b')],
      [text(a, 'https://www.example.com/a'), text(b, 'https://other.example.org/b')],
    ]);
    expect(sameSite).toBeGreaterThan(0);
    expect(sameSite).toBeLessThan(twoSites ?? 0);
  });
});
