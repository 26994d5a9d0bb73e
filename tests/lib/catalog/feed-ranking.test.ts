import { describe, expect, it } from 'vitest';
import { isNicheFeed, scoreFeed, topicOf } from '../../../lib/catalog/feed-ranking';
import type { ReferenceFeed } from '../../../lib/catalog/reference';

const feed = (url: string, extra: Partial<ReferenceFeed> = {}): ReferenceFeed => ({
  list: 'kagi-kite', url, host: new URL(url).hostname, site: '', outlet: '', country: '', lang: 'en', category: '', ...extra,
});
const TOPICS = new Set(['india', 'barbados', 'climate-change']);

describe('feed ranking', () => {
  it('ranks general news feeds above section, place and sport feeds', () => {
    const world = scoreFeed(feed('https://paper.example/world/rss'), TOPICS);
    expect(world).toBeGreaterThan(scoreFeed(feed('https://paper.example/world/india/rss'), TOPICS));
    expect(world).toBeGreaterThan(scoreFeed(feed('https://paper.example/sport/football/rss'), TOPICS));
    expect(world).toBeGreaterThan(scoreFeed(feed('https://paper.example/tag/climate-change/feed/'), TOPICS));
    expect(scoreFeed(feed('https://paper.example/feed/', { list: 'plenaryapp' }), TOPICS)).toBeGreaterThan(
      scoreFeed(feed('https://paper.example/feed/'), TOPICS),
    );
  });

  it('recognises niche feeds by URL or list category, in several languages', () => {
    expect(isNicheFeed(feed('https://x.example/sport/rss'))).toBe(true);
    expect(isNicheFeed(feed('https://x.example/kultur/feed/'))).toBe(true);
    expect(isNicheFeed(feed('https://x.example/feed/', { category: 'NBA' }))).toBe(true);
    expect(isNicheFeed(feed('https://news.google.com/rss/search?q=x'))).toBe(true);
    expect(isNicheFeed(feed('https://x.example/news/rss.xml'))).toBe(false);
  });

  it('labels feeds with the topic their URL names', () => {
    expect(topicOf('https://x.example/world/rss')).toBe('world');
    expect(topicOf('https://x.example/ausland/index.rss')).toBe('world');
    expect(topicOf('https://x.example/politics/feed')).toBe('politics');
    expect(topicOf('https://x.example/rss/home.xml')).toBe('top');
    expect(topicOf('https://x.example/feed/')).toBeUndefined();
  });
});
