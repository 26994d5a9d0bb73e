import { describe, expect, it } from 'vitest';
import { readUrlDate, scoreArticlePairs } from '../../../lib/index/pair-similarity';

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

describe('readUrlDate', () => {
  it('reads a full publication day from the path in the usual spellings', () => {
    const day = Date.UTC(2020, 0, 31, 12);
    expect(readUrlDate('https://www.example.com/world/2020/01/31/some-story.html')).toBe(day);
    expect(readUrlDate('https://example.com/news/2020-01-31-some-story')).toBe(day);
    expect(readUrlDate('https://example.com/lifestyle/20200131/some-story?rss=1')).toBe(day);
  });

  it('says nothing for a bare year or month, an impossible day or ids that are not dates', () => {
    expect(readUrlDate('https://example.com/2020/01/some-story')).toBeNull();
    expect(readUrlDate('https://example.com/2020/02/30/some-story')).toBeNull();
    expect(readUrlDate('https://example.com/news/3949657')).toBeNull();
    expect(readUrlDate('not a url')).toBeNull();
  });
});

describe('pair evidence besides text', () => {
  const side = (title: string, url: string) => ({ title, summary: null, lang: 'en', url });
  const a = 'earthquake strikes central chile';
  const b = 'chile earthquake kills dozens';

  it('scores two articles published further apart than the match window as two stories', () => {
    const [near, far] = scoreArticlePairs([
      [side(a, 'https://one.example/2020/01/01/x'), side(b, 'https://two.example/2020/01/02/y')],
      [side(a, 'https://one.example/2020/01/01/x'), side(b, 'https://two.example/2020/03/02/y')],
    ]);
    expect(near).toBeGreaterThan(0);
    expect(far).toBe(0);
  });

  it('scores the same texts alike from one outlet and from two (outlets are no similarity evidence)', () => {
    const [two, one] = scoreArticlePairs([
      [side(a, 'https://one.example/a'), side(b, 'https://two.example/b')],
      [side(a, 'https://one.example/a'), side(b, 'https://www.one.example/b')],
    ]);
    expect(one).toBeCloseTo(two ?? 0, 10);
  });
});
