import { describe, expect, it } from 'vitest';
import { compileCatalog, parseCurated, renderDataModule } from '../../../lib/catalog/compile';
import { expandOutletRow } from '../../../lib/catalog/outlet-rows';
import { normalizeFeedUrl, type ReferenceData, type ReferenceFeed } from '../../../lib/catalog/reference';

function feed(url: string, list: ReferenceFeed['list'] = 'kagi-kite', extra: Partial<ReferenceFeed> = {}): ReferenceFeed {
  return { list, url, host: new URL(url).hostname, site: '', outlet: '', country: '', lang: 'en', category: '', ...extra };
}

function reference(feeds: ReferenceFeed[]): ReferenceData {
  const feedLists = new Map<string, string[]>();
  for (const f of feeds) feedLists.set(normalizeFeedUrl(f.url), [f.list]);
  return {
    dir: '(synthetic)',
    allsides: [
      { domain: 'paper.example', name: 'Paper (News)', bias: 'Lean Left', type: 'News', allsides_url: 'https://www.allsides.com/news-source/paper' },
      { domain: 'paper.example/opinion', name: 'Paper (Opinion)', bias: 'Left', type: 'News', allsides_url: 'https://www.allsides.com/news-source/paper-opinion' },
      { domain: 'pundit.example', name: 'A Pundit', bias: 'Right', type: 'Authors', allsides_url: 'https://www.allsides.com/news-source/pundit' },
    ],
    mbfc: [
      { domain: 'paper.example', name: 'Paper', country: 'USA', bias: 'left-center', reporting: 'high', traffic: 'high-traffic', mbfc_url: 'https://mediabiasfactcheck.com/paper/' },
      { domain: 'local.example', name: 'Local Daily', country: 'Germany', bias: 'center', reporting: 'high', traffic: 'medium-traffic', mbfc_url: 'http://mediabiasfactcheck.com/local-daily/' },
      { domain: 'tiny.example', name: 'Tiny', country: 'USA', bias: 'right', reporting: 'mixed', traffic: 'minimal-traffic', mbfc_url: 'https://mediabiasfactcheck.com/tiny/' },
      { domain: 'jokes.example', name: 'Jokes', country: 'USA', bias: 'satire', reporting: '', traffic: 'high-traffic', mbfc_url: 'https://mediabiasfactcheck.com/jokes/' },
      { domain: 'agency.gov', name: 'Agency', country: 'USA', bias: 'pro-science', reporting: 'very-high', traffic: 'high-traffic', mbfc_url: 'https://mediabiasfactcheck.com/agency/' },
      { domain: 'sport.example', name: 'Sport Site', country: 'USA', bias: 'center', reporting: 'high', traffic: 'high-traffic', mbfc_url: 'https://mbfc.typo.example/sport/' },
    ],
    mbfcIdiap: [{ domain: 'local.example', media_type: 'newspaper' }],
    kagiMedia: [],
    feeds,
    feedLists,
  };
}

const CURATED = `
paper|The Paper|paper.example|US|en|N|c|Paper Co.|https://paper.example/rss/world.xml https://paper.example/rss/politics.xml|https://paper.example/
`;

describe('parseCurated', () => {
  it('reads the pipe-separated line format', () => {
    const [outlet] = parseCurated(CURATED);
    expect(outlet).toMatchObject({ id: 'paper', type: 'newspaper', ownership: 'corporate', owner: 'Paper Co.', country: 'US' });
    expect(outlet?.feeds).toHaveLength(2);
  });

  it('rejects a line with an unknown type code', () => {
    expect(() => parseCurated('x|X|x.example|US|en|Q|c|||')).toThrow(/bad curated line/);
  });
});

describe('compileCatalog', () => {
  const ref = reference([
    feed('https://paper.example/rss/world.xml', 'plenaryapp'),
    feed('https://paper.example/sport/rss', 'kagi-kite'),
    feed('https://www.local.example/feed/', 'yavuz', { lang: 'de' }),
    feed('https://www.local.example/kultur/feed/', 'kagi-kite', { lang: 'de' }),
    feed('https://tiny.example/feed/', 'kagi-kite'),
    feed('https://jokes.example/feed/', 'kagi-kite'),
    feed('https://agency.gov/news/feed/', 'kagi-kite'),
    feed('https://sport.example/football/feed/', 'kagi-kite'),
  ]);
  const { rows } = compileCatalog(ref, CURATED);
  const outlets = rows.map(expandOutletRow);
  const byId = new Map(outlets.map((o) => [o.id, o]));

  it('attaches the providers\' published rows to curated outlets', () => {
    const paper = byId.get('paper');
    expect(paper?.ratings).toEqual([
      { provider: 'allsides', bias: 'Lean Left', url: 'https://www.allsides.com/news-source/paper', asOf: '2022' },
      { provider: 'mbfc', bias: 'left-center', factual: 'high', url: 'https://mediabiasfactcheck.com/paper/', asOf: '2026' },
    ]);
    expect(paper?.bias).toBe('lean-left');
    expect(paper?.factual).toBe('high');
  });

  it('marks feeds found in a reference list as verified and leaves the others unverified', () => {
    const feeds = byId.get('paper')?.feeds ?? [];
    expect(feeds[0]).toEqual({ url: 'https://paper.example/rss/world.xml', topic: 'world', verified: 'plenaryapp' });
    expect(feeds.some((f) => f.url.endsWith('/politics.xml') && !('verified' in f))).toBe(true);
    expect(feeds.some((f) => f.url.includes('/sport/'))).toBe(false);
  });

  it('auto-selects rated outlets with a general feed and skips satire, agencies, sport-only and small unreliable sites', () => {
    const local = outlets.find((o) => o.domains.includes('local.example'));
    expect(local).toMatchObject({ country: 'DE', languages: ['de'], type: 'newspaper', bias: 'center' });
    expect(local?.feeds.map((f) => f.url)).toEqual(['https://www.local.example/feed/']);
    expect(local?.ratings[0]?.url).toBe('https://mediabiasfactcheck.com/local-daily/');
    for (const domain of ['tiny.example', 'jokes.example', 'agency.gov', 'sport.example']) {
      expect(outlets.some((o) => o.domains.includes(domain)), domain).toBe(false);
    }
    expect(outlets.some((o) => o.domains.includes('pundit.example'))).toBe(false);
  });

  it('renders a module with one row per line', () => {
    const text = renderDataModule(rows);
    expect(text).toContain('export const OUTLET_ROWS');
    expect(text.split('\n').filter((l) => l.startsWith('  {')).length).toBe(rows.length);
  });
});
