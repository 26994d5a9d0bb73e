import { describe, expect, it } from 'vitest';
import { MESSAGE_SENDERS, REQUEST_VALIDATORS, isEnvelope } from '../../lib/protocol';

const article = {
  url: 'https://www.reuters.com/world/china/xi-putin-2026-02-04/',
  canonicalUrl: 'https://reuters.com/world/china/xi-putin-2026-02-04',
  headline: 'Xi and Putin hold video call',
  description: null,
  siteName: 'Reuters',
  domain: 'reuters.com',
  publishedTime: '2026-02-04T10:00:00Z',
  modifiedTime: null,
  lang: 'en',
  author: null,
  section: null,
  bodyText: 'Chinese leader Xi Jinping…',
};

describe('protocol', () => {
  it('has a validator and a sender kind for every message', () => {
    expect(Object.keys(REQUEST_VALIDATORS).sort()).toEqual(Object.keys(MESSAGE_SENDERS).sort());
  });

  it('recognises only its own envelopes', () => {
    expect(isEnvelope({ parallax: 1, type: 'tab:report', data: { tabId: 1 } })).toBe(true);
    expect(isEnvelope({ parallax: 1, type: 'no:such', data: {} })).toBe(false);
    expect(isEnvelope({ type: 'tab:report', data: {} })).toBe(false);
    expect(isEnvelope('tab:report')).toBe(false);
  });

  it('rejects malformed requests', () => {
    expect(REQUEST_VALIDATORS['tab:report']({ tabId: 3 })).toBe(true);
    expect(REQUEST_VALIDATORS['tab:report']({ tabId: '3' })).toBe(false);
    expect(REQUEST_VALIDATORS['tab:report']({ tabId: -1 })).toBe(false);
    expect(REQUEST_VALIDATORS['links:lookup']({ urls: new Array(5000).fill('https://x.test/') })).toBe(false);
    expect(REQUEST_VALIDATORS['page:analyzed']({ url: 'https://x.test/', analysis: { isArticle: true, score: 3, article } })).toBe(true);
    expect(
      REQUEST_VALIDATORS['page:analyzed']({
        url: 'https://x.test/',
        analysis: { isArticle: true, score: 3, article: { ...article, headline: 42 } },
      }),
    ).toBe(false);
    expect(
      REQUEST_VALIDATORS['page:analyzed']({
        url: 'https://x.test/',
        analysis: { isArticle: true, score: 3, article: { ...article, bodyText: 'x'.repeat(100_000) } },
      }),
    ).toBe(false);
  });
});
