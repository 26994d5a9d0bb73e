import { describe, expect, it } from 'vitest';
import type { Outlet } from '../../../lib/catalog/types';
import { feedItemToArticleInput, selectFeeds } from '../../../lib/services/refresh-service';
import { DEFAULT_SETTINGS, normalizeSettings } from '../../../lib/settings';

const outlet = (id: string, feeds: string[], languages = ['en']): Outlet => ({
  id,
  name: id,
  homepage: `https://${id}.test/`,
  domains: [`${id}.test`],
  country: 'US',
  languages,
  type: 'newspaper',
  ratings: [],
  bias: null,
  factual: null,
  feeds: feeds.map((url) => ({ url })),
});

describe('selectFeeds', () => {
  const outlets = [outlet('a', ['https://a.test/rss', 'https://a.test/world']), outlet('b', []), outlet('c', ['https://c.test/rss'])];

  it('takes the first feed of each enabled outlet, plus custom feeds, once each', () => {
    const settings = normalizeSettings({
      disabledOutlets: ['c'],
      customFeeds: [{ url: 'https://blog.test/feed' }, { url: 'https://a.test/rss' }],
    });
    expect(selectFeeds(settings, outlets)).toEqual([
      { url: 'https://a.test/rss', outletId: 'a' },
      { url: 'https://blog.test/feed', outletId: null },
    ]);
  });

  it('fetches every outlet with a feed by default', () => {
    expect(selectFeeds(DEFAULT_SETTINGS, outlets).map((f) => f.outletId)).toEqual(['a', 'c']);
  });
});

describe('feedItemToArticleInput', () => {
  it("falls back to the outlet's language and leaves unreadable dates to the index", () => {
    const input = feedItemToArticleInput(
      { title: 'T', url: 'https://a.test/x', published: 'garbage', summary: null },
      outlet('a', [], ['de']),
    );
    expect(input).toEqual({ url: 'https://a.test/x', title: 'T', summary: null, outletId: 'a', lang: 'de', published: null });
    expect(
      feedItemToArticleInput({ title: 'T', url: 'https://x.test/', published: '2026-02-04T00:00:00Z', summary: 's', lang: 'fr' }, null),
    ).toMatchObject({ outletId: null, lang: 'fr', published: Date.parse('2026-02-04T00:00:00Z') });
  });
});
