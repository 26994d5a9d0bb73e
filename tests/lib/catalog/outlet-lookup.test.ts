import { describe, expect, it } from 'vitest';
import { buildOutletIndex, findOutletForUrl, normalizeHost } from '../../../lib/catalog/outlet-lookup';
import type { Outlet } from '../../../lib/catalog/types';

function outlet(id: string, domains: string[], paths?: Outlet['paths']): Outlet {
  return {
    id, name: id, homepage: `https://${domains[0] ?? 'x.example'}/`, domains, paths, country: 'US', languages: ['en'],
    type: 'newspaper', ratings: [], bias: null, factual: null, feeds: [],
  };
}

const index = buildOutletIndex([
  outlet('news', ['news.example', 'news-alias.example']),
  outlet('news-opinion', [], [
    { domain: 'news.example', pathPrefix: '/opinion' },
    { domain: 'news.example', pathPrefix: '/*/*/*/opinion' },
  ]),
  outlet('regional', ['city.news.example']),
  outlet('uk', ['paper.co.uk']),
  outlet('idn', ['bücher-zeitung.de']),
  outlet('punycode', ['xn--zeitung-d1a.example']),
]);
const find = (url: string | URL) => findOutletForUrl(index, url)?.id ?? null;

describe('findOutletForUrl', () => {
  it('matches the registered domain and its aliases', () => {
    expect(find('https://news.example/world/story')).toBe('news');
    expect(find('https://news-alias.example/a')).toBe('news');
  });

  it('strips www/m/amp/edition and other subdomains by parent fallback', () => {
    for (const host of ['www', 'www2', 'm', 'amp', 'edition', 'mobile', 'a.b.c']) {
      expect(find(`https://${host}.news.example/story`)).toBe('news');
    }
  });

  it('prefers a more specific registered subdomain', () => {
    expect(find('https://city.news.example/story')).toBe('regional');
    expect(find('https://www.city.news.example/story')).toBe('regional');
  });

  it('ignores ports, case, trailing dots, credentials and scheme', () => {
    expect(find('https://NEWS.Example:8443/x')).toBe('news');
    expect(find('http://news.example./x')).toBe('news');
    expect(find('https://user:pw@news.example/x')).toBe('news');
    expect(find('news.example/story')).toBe('news');
    expect(find('news.example:8080/story')).toBe('news');
    expect(find('//www.news.example/story')).toBe('news');
    expect(find(new URL('https://m.news.example/x'))).toBe('news');
  });

  it('handles IDN hosts given as Unicode or punycode', () => {
    expect(find('https://www.bücher-zeitung.de/artikel')).toBe('idn');
    expect(find('https://www.xn--bcher-zeitung-wob.de/artikel')).toBe('idn');
    expect(find('https://xn--zeitung-d1a.example/')).toBe('punycode');
    expect(normalizeHost('Bücher-Zeitung.de.')).toBe('xn--bcher-zeitung-wob.de');
  });

  it('routes path-specific sections to their own outlet', () => {
    expect(find('https://news.example/opinion')).toBe('news-opinion');
    expect(find('https://www.news.example/opinion/why-we-wrote-this')).toBe('news-opinion');
    expect(find('https://news.example/opinion.html')).toBe('news-opinion');
    expect(find('https://news.example/2024/01/05/opinion/column.html')).toBe('news-opinion');
    expect(find('https://news.example/opinions-poll')).toBe('news');
    expect(find('https://news.example/2024/01/05/world/story.html')).toBe('news');
    expect(find('https://news.example/world/opinion')).toBe('news');
  });

  it('decodes Google AMP cache hosts', () => {
    expect(find('https://www-news-example.cdn.ampproject.org/c/s/www.news.example/story')).toBe('news');
    expect(find('https://news--alias-example.cdn.ampproject.org/c/s/x')).toBe('news');
  });

  it('does not match public suffixes, look-alikes or unknown hosts', () => {
    expect(find('https://other.co.uk/x')).toBeNull();
    expect(find('https://www.paper.co.uk/x')).toBe('uk');
    expect(find('https://fakenews.example/x')).toBeNull();
    expect(find('https://news.example.evil.test/x')).toBeNull();
    expect(find('https://example/x')).toBeNull();
    expect(find('http://127.0.0.1:3000/x')).toBeNull();
    expect(find('not a url at all')).toBeNull();
    expect(find('')).toBeNull();
    expect(find('mailto:someone@news.example')).toBeNull();
  });
});

describe('buildOutletIndex', () => {
  it('refuses a domain claimed by two outlets', () => {
    expect(() => buildOutletIndex([outlet('a', ['x.example']), outlet('b', ['www.x.example', 'X.example'])])).toThrow(/x\.example/);
  });

  it('refuses duplicate ids and duplicate path entries', () => {
    expect(() => buildOutletIndex([outlet('a', ['a.example']), outlet('a', ['b.example'])])).toThrow(/duplicate/);
    const p = [{ domain: 'a.example', pathPrefix: '/x' }];
    expect(() => buildOutletIndex([outlet('a', [], p), outlet('b', [], p)])).toThrow(/path/);
  });
});
