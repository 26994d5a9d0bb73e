import { describe, expect, it } from 'vitest';
import type { Outlet } from '../../lib/catalog/types';
import {
  OPML_MAX_FEEDS,
  OpmlError,
  buildOpml,
  listExportFeeds,
  mapCatalogFeeds,
  normalizeFeedUrl,
  parseOpml,
  planFeedImport,
  toHttpUrl,
} from '../../lib/opml';

const SAMPLE = `<?xml version="1.0" encoding="UTF-8"?>
<opml version="1.0">
  <head><title>My feeds</title></head>
  <body>
    <outline text="Top level" type="rss" xmlUrl="https://example.org/feed.xml" htmlUrl="https://example.org/"/>
    <outline text="World">
      <outline text="BBC &amp; friends" title="BBC World" type="rss" xmlUrl="https://feeds.bbci.co.uk/news/world/rss.xml"/>
      <outline text="Le Monde" XMLURL="https://www.lemonde.fr/rss/une.xml"/>
      <outline text="Nested">
        <outline text="Deep" xmlurl="http://deep.example/rss"/>
      </outline>
    </outline>
  </body>
</opml>`;

describe('parseOpml', () => {
  it('reads feeds in document order with titles, site links and folder categories', () => {
    const doc = parseOpml(SAMPLE);
    expect(doc.title).toBe('My feeds');
    expect(doc.errors).toEqual([]);
    expect(doc.feeds).toEqual([
      { url: 'https://example.org/feed.xml', title: 'Top level', htmlUrl: 'https://example.org/', category: null },
      { url: 'https://feeds.bbci.co.uk/news/world/rss.xml', title: 'BBC World', htmlUrl: null, category: 'World' },
      { url: 'https://www.lemonde.fr/rss/une.xml', title: 'Le Monde', htmlUrl: null, category: 'World' },
      { url: 'http://deep.example/rss', title: 'Deep', htmlUrl: null, category: 'Nested' },
    ]);
  });

  it('decodes the predefined and numeric entities in titles', () => {
    const doc = parseOpml(
      '<opml><body><outline text="A &amp; B &#233;t&#xE9; &lt;x&gt;" xmlUrl="https://a.example/f"/></body></opml>',
    );
    expect(doc.feeds[0]?.title).toBe('A & B été <x>');
  });

  it('drops non-http(s), relative, credentialed and duplicate feed URLs with a reason each', () => {
    const doc = parseOpml(`<opml><body>
      <outline text="js" xmlUrl="javascript:alert(1)"/>
      <outline text="data" xmlUrl="data:text/xml,&lt;rss/&gt;"/>
      <outline text="rel" xmlUrl="/feed.xml"/>
      <outline text="cred" xmlUrl="https://user:pw@x.example/feed"/>
      <outline text="ok" xmlUrl="https://ok.example/feed"/>
      <outline text="dup" xmlUrl="https://ok.example/feed"/>
    </body></opml>`);
    expect(doc.feeds.map((f) => f.url)).toEqual(['https://ok.example/feed']);
    expect(doc.errors).toHaveLength(5);
    expect(doc.errors.join(' ')).toContain('duplicate');
  });

  it('keeps a javascript: htmlUrl out of the result', () => {
    const doc = parseOpml('<opml><body><outline text="x" xmlUrl="https://x.example/f" htmlUrl="javascript:alert(1)"/></body></opml>');
    expect(doc.feeds[0]?.htmlUrl).toBeNull();
  });

  it('refuses what is not OPML, with a message for the user', () => {
    expect(() => parseOpml('')).toThrow(OpmlError);
    expect(() => parseOpml('{"feeds": []}')).toThrow(/not an OPML/);
    expect(() => parseOpml('<rss><channel/></rss>')).toThrow(/not an OPML/);
    expect(() => parseOpml('<opml><head/></opml>')).toThrow(/no <body>/);
  });

  it('refuses entity declarations (billion laughs) without expanding anything', () => {
    const bomb = `<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;&lol;">]>
      <opml><body><outline text="&lol2;" xmlUrl="https://x.example/f"/></body></opml>`;
    expect(() => parseOpml(bomb)).toThrow(/entities/);
  });

  it('refuses oversized files and absurd nesting instead of hanging or overflowing the stack', () => {
    expect(() => parseOpml(`<opml><body>${' '.repeat(4_000_001)}</body></opml>`)).toThrow(/too large/);
    const deep = `<opml><body>${'<outline text="d">'.repeat(5000)}${'</outline>'.repeat(5000)}</body></opml>`;
    expect(() => parseOpml(deep)).toThrow(OpmlError);
  });

  it('caps the number of feeds taken from one file', () => {
    const outlines = Array.from({ length: OPML_MAX_FEEDS + 5 }, (_, i) => `<outline xmlUrl="https://f.example/${i}"/>`);
    const doc = parseOpml(`<opml><body>${outlines.join('')}</body></opml>`);
    expect(doc.feeds).toHaveLength(OPML_MAX_FEEDS);
    expect(doc.errors.join(' ')).toMatch(/at most/);
  });

  it('does not let attribute names pollute prototypes', () => {
    const doc = parseOpml('<opml><body><outline __proto__="x" constructor="y" xmlUrl="https://p.example/f"/></body></opml>');
    expect(doc.feeds).toHaveLength(1);
    expect(({} as Record<string, unknown>).x).toBeUndefined();
  });
});

describe('buildOpml', () => {
  it('round-trips feeds, categories and awkward titles through parseOpml', () => {
    const feeds = [
      { url: 'https://a.example/feed', title: 'A "quoted" <title> & more', htmlUrl: 'https://a.example/', category: null },
      { url: 'https://b.example/rss?x=1&y=2', title: null, htmlUrl: null, category: 'Wire & agencies' },
      { url: 'https://c.example/atom', title: 'C\nline', htmlUrl: null, category: 'Wire & agencies' },
    ];
    const xml = buildOpml(feeds, { title: 'Parallax feeds', now: Date.UTC(2026, 10, 21) });
    expect(xml).toContain('<opml version="2.0">');
    expect(xml).toContain('Sat, 21 Nov 2026 00:00:00 GMT');
    const back = parseOpml(xml);
    expect(back.title).toBe('Parallax feeds');
    expect(back.errors).toEqual([]);
    expect(back.feeds).toEqual([
      feeds[0],
      { ...feeds[1], title: 'https://b.example/rss?x=1&y=2' },
      { ...feeds[2], title: 'C line' },
    ]);
  });

  it('never writes a non-http(s) URL', () => {
    const xml = buildOpml([{ url: 'javascript:alert(1)', title: 'x', htmlUrl: null, category: null }], { title: 't', now: 0 });
    expect(xml).not.toContain('javascript');
  });
});

describe('toHttpUrl', () => {
  it('accepts http(s) and normalises, rejects the rest', () => {
    expect(toHttpUrl(' https://Example.org/a b ')).toBe('https://example.org/a%20b');
    expect(toHttpUrl('ftp://x.example/')).toBeNull();
    expect(toHttpUrl(42)).toBeNull();
  });
});

describe('planFeedImport / listExportFeeds', () => {
  const outlet = (id: string, feeds: string[]): Outlet => ({
    id,
    name: id.toUpperCase(),
    homepage: `https://${id}.example/`,
    domains: [`${id}.example`],
    country: 'US',
    languages: ['en'],
    type: 'newspaper',
    ratings: [],
    bias: null,
    factual: null,
    feeds: feeds.map((url) => ({ url })),
  });
  const outlets = [outlet('aaa', ['https://aaa.example/rss', 'https://aaa.example/world']), outlet('bbb', ['https://bbb.example/rss']), outlet('ccc', [])];
  const feed = (url: string, title: string | null = null) => ({ url, title, htmlUrl: null, category: null });

  it('turns catalog feeds into enabled outlets and the rest into new custom feeds, without duplicates', () => {
    const plan = planFeedImport(
      [
        feed('https://aaa.example/world'),
        feed('https://bbb.example/rss'),
        feed('https://mine.example/feed', 'Mine'),
        feed('https://new.example/feed', 'New'),
        feed('https://new.example/feed', 'New again'),
      ],
      outlets,
      { disabledOutlets: ['aaa'], customFeeds: [{ url: 'https://mine.example/feed', title: 'Mine' }] },
    );
    expect(plan).toEqual({
      enableOutlets: ['aaa'],
      alreadyInCatalog: 1,
      addFeeds: [{ url: 'https://new.example/feed', title: 'New' }],
      alreadyCustom: 2,
    });
  });

  it('exports the main feed of each enabled outlet, then the custom feeds; the export imports back to no change', () => {
    const settings = { disabledOutlets: ['bbb'], customFeeds: [{ url: 'https://mine.example/feed', title: 'Mine' }] };
    const feeds = listExportFeeds(outlets, settings);
    expect(feeds.map((f) => [f.url, f.category])).toEqual([
      ['https://aaa.example/rss', 'Parallax catalog'],
      ['https://mine.example/feed', 'My feeds'],
    ]);
    const back = parseOpml(buildOpml(feeds, { title: 'x', now: 0 }));
    const plan = planFeedImport(back.feeds, outlets, settings);
    expect(plan.addFeeds).toEqual([]);
    expect(plan.enableOutlets).toEqual([]);
    expect(mapCatalogFeeds(outlets).get('https://aaa.example/world')?.id).toBe('aaa');
  });
});

describe('normalizeFeedUrl', () => {
  it('adds https:// to a bare address and refuses other schemes', () => {
    expect(normalizeFeedUrl(' example.com/feed ')).toBe('https://example.com/feed');
    expect(normalizeFeedUrl('http://example.com/rss')).toBe('http://example.com/rss');
    expect(normalizeFeedUrl('javascript:alert(1)')).toBeNull();
    expect(normalizeFeedUrl('   ')).toBeNull();
  });
});
