import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { FEED_MAX_ITEMS_DEFAULT, FeedError, parseFeed } from '../../../lib/feeds/parse-feed';
import type { ParsedFeed } from '../../../lib/feeds/types';

const NOW = Date.parse('2026-11-21T12:00:00Z');
const fixture = (name: string): Uint8Array =>
  new Uint8Array(readFileSync(new URL(`../../fixtures/feeds/${name}`, import.meta.url)));

function parseFixture(name: string, opts: { url?: string; contentType?: string } = {}): ParsedFeed {
  return parseFeed(fixture(name), { now: NOW, ...opts });
}

function expectFeedError(run: () => unknown, code: string): FeedError {
  try {
    run();
  } catch (error) {
    expect(error).toBeInstanceOf(FeedError);
    const feedError = error as FeedError;
    expect(feedError.code).toBe(code);
    expect(feedError.message).not.toMatch(/\n/);
    return feedError;
  }
  throw new Error(`expected FeedError ${code}`);
}

describe('parseFeed formats', () => {
  it('reads RSS 2.0 with media:*, dc:*, content:encoded and CDATA', () => {
    const feed = parseFixture('rss2-media.xml', { url: 'https://feeds.example-news.co.uk/news/world/rss.xml' });
    expect(feed.format).toBe('rss2');
    expect(feed.title).toBe('World News - Example Broadcasting');
    expect(feed.lang).toBe('en-gb');
    expect(feed.errors).toEqual([]);
    expect(feed.items).toHaveLength(3);
    const [first, second, third] = feed.items;
    expect(first).toMatchObject({
      title: 'Ceasefire talks resume in Cairo as envoys arrive',
      url: 'https://www.example-news.co.uk/news/articles/c1x2y3z4?at_medium=RSS&at_campaign=rss',
      published: '2026-11-21T09:41:07.000Z',
      image: 'https://ichef.example-news.co.uk/ace/standard/240/cpsprodpb/a1b2/live/photo.jpg',
    });
    expect(second).toMatchObject({
      summary: 'Rivers burst their banks after days of heavy rain, officials say.',
      author: 'Maria Rossi',
      categories: ['Europe', 'Weather'],
      image: 'https://ichef.example-news.co.uk/ace/standard/976/flood.jpg',
    });
    // Summary from content:encoded, relative <img> resolved against the feed URL, RSS "email (Name)" author.
    expect(third).toMatchObject({
      summary: 'Stocks in Asia and Europe were little changed on Friday.',
      image: 'https://feeds.example-news.co.uk/img/markets.png',
      author: 'Business Desk',
      published: '2026-11-20T17:30:00.000Z',
    });
  });

  it('reads RSS 1.0 / RDF with dc:date and the default RSS 1.0 namespace', () => {
    const feed = parseFixture('rss1-rdf.xml');
    expect(feed.format).toBe('rss1');
    expect(feed.lang).toBe('de');
    expect(feed.items.map((item) => item.title)).toEqual([
      'Bundestag beschließt Haushalt für 2027',
      'Umfrage: Mehrheit für Reform des Wahlrechts',
    ]);
    expect(feed.items[0]).toMatchObject({ published: '2026-11-20T17:45:00.000Z', author: 'Anna Schmidt', categories: ['Haushalt'] });
    // No <link>: rdf:about is the article URL; content:encoded HTML becomes text.
    expect(feed.items[1]).toMatchObject({
      url: 'https://www.example-zeitung.de/politik/wahl-umfrage-a-5678.html',
      summary: 'Eine neue Umfrage zeigt breite Zustimmung.',
      published: '2026-11-19T00:00:00.000Z',
    });
  });

  it('reads Atom 1.0 with nested xml:base, relative links, html and xhtml text constructs', () => {
    const feed = parseFixture('atom-xml-base.xml', { url: 'https://www.example-times.com/feeds/politics.atom' });
    expect(feed.format).toBe('atom');
    expect(feed.title).toBe('Example Times — Politics');
    expect(feed.link).toBe('https://www.example-times.com/section/politics/');
    const [senate, filibuster, governor] = feed.items;
    expect(senate).toMatchObject({
      title: 'Senate passes infrastructure bill after all-night session',
      url: 'https://www.example-times.com/section/politics/2026/11/21/senate-infrastructure-bill.html',
      published: '2026-11-21T11:30:00.000Z',
      author: 'John Carter',
      categories: ['U.S. Politics'],
      image: 'https://www.example-times.com/images/2026/11/21/senate.jpg',
      lang: 'en-US',
    });
    expect(filibuster).toMatchObject({
      title: 'Why the filibuster still matters',
      url: 'https://www.example-times.com/opinion/2026/11/20/filibuster.html',
      summary: 'An old rule with new consequences.',
      image: 'https://www.example-times.com/opinion/img/filibuster.png',
    });
    // No <link>: an http(s) <id> is the link; escaped HTML content with &amp;amp; decodes to one "&".
    expect(governor).toMatchObject({
      url: 'https://www.example-times.com/politics/2026/11/19/governor-budget.html',
      summary: 'The $4.2bn plan & its critics.',
    });
  });

  it('reads RSS 0.91 with its Netscape DOCTYPE and HTML entities', () => {
    const feed = parseFeed(
      `<?xml version="1.0" encoding="ISO-8859-1"?>
       <!DOCTYPE rss PUBLIC "-//Netscape Communications//DTD RSS 0.91//EN" "http://my.netscape.com/publish/formats/rss-0.91.dtd">
       <rss version="0.91"><channel><title>Old</title><link>http://old.example.com/</link><language>fr</language>
       <item><title>Caf&eacute; de la gare &ndash; r&eacute;ouverture</title><link>http://old.example.com/1.html</link>
       <description>Le caf&eacute; rouvre.</description></item></channel></rss>`,
      { now: NOW },
    );
    expect(feed.format).toBe('rss2');
    expect(feed.errors).toEqual([]);
    expect(feed.items[0]).toMatchObject({ title: 'Café de la gare – réouverture', summary: 'Le café rouvre.', lang: 'fr' });
  });

  it('reads Atom 0.3 (issued/modified, escaped content)', () => {
    const feed = parseFeed(
      `<feed version="0.3" xmlns="http://purl.org/atom/ns#"><title>Old Atom</title>
       <link rel="alternate" type="text/html" href="https://old-atom.example/"/>
       <entry><title>Legacy entry</title><link rel="alternate" type="text/html" href="https://old-atom.example/e/1"/>
       <issued>2026-11-20T10:00:00+01:00</issued><modified>2026-11-20T12:00:00Z</modified>
       <content type="text/html" mode="escaped">&lt;p&gt;Escaped &amp;amp; old&lt;/p&gt;</content></entry></feed>`,
      { now: NOW },
    );
    expect(feed.format).toBe('atom');
    expect(feed.items[0]).toMatchObject({ url: 'https://old-atom.example/e/1', published: '2026-11-20T09:00:00.000Z', summary: 'Escaped & old' });
  });

  it('reads Atom with a prefixed namespace', () => {
    const feed = parseFeed(
      `<a:feed xmlns:a="http://www.w3.org/2005/Atom"><a:title>P</a:title><a:entry><a:title>Prefixed</a:title>
       <a:link href="https://example.com/p"/><a:updated>2026-11-01T00:00:00Z</a:updated></a:entry></a:feed>`,
      { now: NOW },
    );
    expect(feed.format).toBe('atom');
    expect(feed.items).toEqual([expect.objectContaining({ title: 'Prefixed', url: 'https://example.com/p' })]);
  });

  it('reads JSON Feed 1.1 (and 1.0 author), resolving relative URLs against the feed URL', () => {
    const feed = parseFixture('jsonfeed-1.1.json', { url: 'https://wire.example.org/feed.json' });
    expect(feed.format).toBe('json');
    expect(feed.title).toBe('Example Wire');
    expect(feed.items).toHaveLength(2);
    expect(feed.items[0]).toMatchObject({
      title: 'Election results: incumbent concedes',
      summary: 'The incumbent conceded late on Friday after counting ended.',
      author: 'Wire Staff',
      categories: ['elections', 'politics'],
      lang: 'en',
    });
    expect(feed.items[1]).toMatchObject({
      url: 'https://wire.example.org/2026/11/20/storm.html',
      author: 'Old Style Author',
    });
    // An item without title gets one from its text.
    expect(feed.items[1]!.title).toMatch(/^A powerful storm/);
    expect(feed.errors).toEqual([expect.stringMatching(/item 3: dropped.*javascript/)]);
  });

  it('reads RSS feeds with unprefixed Atom/feedburner extras and items outside <channel>', () => {
    const feed = parseFeed(
      `<rss xmlns:feedburner="http://rssnamespace.org/feedburner/ext/1.0"><channel><title>T</title></channel>
       <item><title>Stray</title><link>http://feeds.example.com/~r/x/1</link>
       <feedburner:origLink>https://example.com/original</feedburner:origLink></item></rss>`,
      { now: NOW },
    );
    expect(feed.items.map((item) => item.url)).toEqual(['https://example.com/original']);
  });

  it('clamps future dates to now and keeps missing dates null', () => {
    const feed = parseFixture('broken-dates.xml');
    const byTitle = Object.fromEntries(feed.items.map((item) => [item.title, item.published]));
    expect(byTitle['future']).toBe(new Date(NOW).toISOString());
    expect(byTitle['missing']).toBeNull();
    expect(byTitle['garbage']).toBeNull();
    for (const title of ['rfc822 wrong weekday', 'no seconds no zone', 'iso without zone', 'named zone', 'colon offset',
      'two digit year', 'full month, am/pm', 'german', 'epoch seconds']) {
      expect(byTitle[title], title).toBe('2026-11-20T10:00:00.000Z');
    }
    expect(byTitle['epoch zero placeholder']).toBeNull();
    expect(byTitle['impossible day']).toBeNull();
    expect(feed.errors).toContain('item 10: unreadable date "sometime last week"');
  });
});

describe('parseFeed text and encodings', () => {
  it('cuts CMS trailers that would put the outlet name into every summary', () => {
    const item = (description: string) =>
      parseFeed(`<rss><channel><item><title>T</title><link>https://e.com/1</link><description>${description}</description></item></channel></rss>`, { now: NOW }).items[0]!.summary;
    expect(item('&lt;p&gt;Lead sentence here.&lt;/p&gt;&lt;p&gt;The post &lt;a href="https://e.com/1"&gt;T&lt;/a&gt; appeared first on &lt;a href="https://e.com"&gt;Example Daily&lt;/a&gt;.&lt;/p&gt;'))
      .toBe('Lead sentence here.');
    expect(item('Lead sentence [&amp;#8230;]')).toBe('Lead sentence');
    expect(item('Lead sentence. &lt;a href="https://e.com/1"&gt;Continue reading &amp;rarr;&lt;/a&gt;')).toBe('Lead sentence.');
    expect(item('Read more about the budget in our explainer.')).toBe('Read more about the budget in our explainer.');
    expect(item('Lead. Read more about the budget in our explainer.')).toBe('Lead. Read more about the budget in our explainer.');
    expect(item('Lead. Read more &amp;raquo;')).toBe('Lead.');
  });

  it('decodes entities, also double-escaped ones, and reduces HTML to text', () => {
    const feed = parseFixture('double-escaped.xml');
    expect(feed.items.map((item) => item.title)).toEqual([
      'Smith & Wesson ’s "record" year',
      'Café — naïve ’quotes’ …',
      'AT&T and T-Mobile',
    ]);
    expect(feed.items[0]!.summary).toBe('Double & escaped');
    expect(feed.items[1]!.summary).toBe('R&D spending <3 © 2026');
  });

  it('decodes UTF-16 with a BOM', () => {
    const feed = parseFixture('utf16-bom.xml');
    expect(feed.title).toBe('Nachrichten für alle');
    expect(feed.items[0]!.title).toBe('Zürich: Großer Streik — 10 000 Menschen');
    expect(feed.items[0]!.summary).toContain('日本語');
  });

  it('decodes windows-1252 declared in the prolog (smart quotes, euro sign)', () => {
    const feed = parseFixture('windows-1252.xml');
    expect(feed.title).toBe('Le Monde d’exemple');
    expect(feed.items[0]!.title).toBe('“L’été brûlant” coûte 5€');
  });

  it('decodes ISO-8859-1 declared in the prolog', () => {
    expect(parseFixture('iso-8859-1-prolog.xml').items[0]!.title).toBe('España: el año del cambio');
  });

  it('takes the charset from the HTTP Content-Type when the prolog has none', () => {
    const feed = parseFixture('windows-1250-header.xml', { contentType: 'application/rss+xml; charset=windows-1250' });
    expect(feed.items[0]!.title).toBe('Česká škola');
  });

  it('falls back to windows-1252 for invalid UTF-8 and says so', () => {
    const feed = parseFixture('windows-1250-header.xml');
    expect(feed.items).toHaveLength(1);
    expect(feed.errors).toContain('invalid UTF-8; decoded as windows-1252');
  });
});

describe('parseFeed hostile input', () => {
  it('never expands entities of a billion-laughs DOCTYPE', () => {
    const feed = parseFixture('billion-laughs.xml');
    expect(feed.items).toHaveLength(1);
    expect(feed.items[0]!.title.length).toBeLessThan(20);
    expect(JSON.stringify(feed)).not.toContain('lollol');
    expect(feed.errors).toContain('DOCTYPE entity declarations ignored (never expanded)');
  });

  it('never resolves external (SYSTEM) entities', () => {
    const feed = parseFixture('xxe-system.xml');
    expect(feed.items[0]!.title).toBe('Leak: &xxe;');
    expect(JSON.stringify(feed)).not.toMatch(/root:|attacker/);
  });

  it('rejects deep nesting with a clear error', () => {
    const error = expectFeedError(() => parseFixture('deep-nesting.xml'), 'too-deep');
    expect(error.message).toMatch(/nesting/);
  });

  it('keeps the complete items of a truncated file and reports the cut', () => {
    const feed = parseFixture('truncated.xml');
    expect(feed.items.map((item) => item.url)).toEqual(['https://example.com/a/1', 'https://example.com/a/2']);
    expect(feed.errors.join(' ')).toMatch(/truncated/);
  });

  it('isolates a malformed item instead of losing the feed', () => {
    const feed = parseFeed(
      `<rss><channel><title>T</title>
       <item><title>Good one</title><link>https://example.com/1</link></item>
       <item><title>Broken</title><link href="https://example.com/2></item>
       <item><title>Good two</title><link>https://example.com/3</link></item>
       </channel></rss>`,
      { now: NOW },
    );
    expect(feed.items.map((item) => item.title)).toEqual(['Good one', 'Good two']);
    expect(feed.errors.some((message) => /item 2: malformed XML/.test(message))).toBe(true);
  });

  it('gives up with the cause when every item is broken, trying a bounded number of items', () => {
    const broken = '<item><title>x</title><link>https://example.com/1</link><bad a="></item>'.repeat(15_000);
    const error = expectFeedError(() => parseFeed(`<rss><channel>${broken}</channel></rss>`, { now: NOW }), 'too-deep');
    expect(error.message).toMatch(/nesting/);
    expectFeedError(() => parseFeed('<rss><channel><title>T</title><item><title>only one, cut', { now: NOW }), 'malformed');
  });

  it('recognises an HTML page served as a feed and names the feed it advertises', () => {
    const error = expectFeedError(() => parseFixture('html-page.html', { url: 'https://example.com/' }), 'html-page');
    expect(error.message).toContain('https://example.com/feeds/all.rss');
    expect(error.advertisedFeed).toBe('https://example.com/feeds/all.rss');
  });

  it('rejects binary garbage, gzip bodies, empty bodies, plain text and JSON that is not a feed', () => {
    expectFeedError(() => parseFixture('binary.bin'), 'binary');
    expectFeedError(() => parseFeed(new Uint8Array([0x1f, 0x8b, 8, 0, 0, 0]), { now: NOW }), 'binary');
    expectFeedError(() => parseFeed('  \n ', { now: NOW }), 'empty');
    expectFeedError(() => parseFeed('hello world', { now: NOW }), 'not-a-feed');
    expectFeedError(() => parseFeed('{"items": 3}', { now: NOW }), 'not-a-feed');
    expectFeedError(() => parseFeed('{"items": [', { now: NOW }), 'invalid-json');
    expectFeedError(() => parseFeed('<svg><circle/></svg>', { now: NOW }), 'not-a-feed');
  });

  it('drops javascript:, data:, vbscript: and file: links but keeps a safe guid permalink', () => {
    const feed = parseFixture('javascript-links.xml');
    expect(feed.items.map((item) => item.url)).toEqual(['https://example.com/good', 'https://example.com/from-guid']);
    expect(feed.items[0]!.summary).toBe('click text');
    expect(feed.errors.filter((message) => /not an http\(s\) URL/.test(message))).toHaveLength(5);
    for (const item of feed.items) expect(item.url).toMatch(/^https?:\/\//);
  });

  it('drops non-http images', () => {
    const feed = parseFeed(
      `<rss xmlns:media="http://search.yahoo.com/mrss/"><channel><item><title>x</title><link>https://e.com/1</link>
       <media:thumbnail url="javascript:alert(1)"/><description>&lt;img src="data:image/png;base64,AAAA"&gt;</description></item></channel></rss>`,
      { now: NOW },
    );
    expect(feed.items[0]!.image).toBeNull();
  });

  it('caps a generated 50 MB feed by bytes and by items', () => {
    const encoder = new TextEncoder();
    const body = new Uint8Array(50 * 1024 * 1024);
    let offset = encoder.encodeInto('<?xml version="1.0"?><rss version="2.0"><channel><title>Huge</title>', body).written;
    for (let i = 0; ; i++) {
      const item =
        `<item><title>Generated story ${i} with a reasonably long headline</title><link>https://example.com/s/${i}</link>` +
        '<description>Lorem ipsum dolor sit amet, consectetur adipiscing elit, sed do eiusmod tempor.</description></item>';
      if (offset + item.length > body.length) break;
      offset += encoder.encodeInto(item, body.subarray(offset)).written;
    }
    const feed = parseFeed(body, { now: NOW });
    expect(feed.items).toHaveLength(FEED_MAX_ITEMS_DEFAULT);
    expect(feed.errors.join(' ')).toMatch(/larger than \d+ bytes/);
    expect(feed.errors.join(' ')).toMatch(new RegExp(`only the first ${FEED_MAX_ITEMS_DEFAULT} were read`));
    const small = parseFeed(body, { now: NOW, maxBytes: 100_000, maxItems: 10_000 });
    expect(small.items.length).toBeGreaterThan(100);
    expect(small.items.length).toBeLessThan(1000);
  });

  it('says so when a JSON feed is over the byte cap (JSON cannot be read in part)', () => {
    const json = JSON.stringify({ version: 'https://jsonfeed.org/version/1.1', items: Array.from({ length: 2000 }, (_, i) => ({ url: `https://e.com/${i}`, title: 'Story' })) });
    expectFeedError(() => parseFeed(json, { now: NOW, maxBytes: 10_000 }), 'too-large');
    expect(parseFeed(json, { now: NOW }).items).toHaveLength(500);
  });

  it('reads at most maxItems items', () => {
    const items = Array.from({ length: 30 }, (_, i) => `<item><title>S${i}</title><link>https://e.com/${i}</link></item>`);
    const feed = parseFeed(`<rss><channel>${items.join('')}</channel></rss>`, { now: NOW, maxItems: 10 });
    expect(feed.items).toHaveLength(10);
    expect(feed.errors).toContain('feed has 30 items; only the first 10 were read');
    expect(FEED_MAX_ITEMS_DEFAULT).toBeGreaterThanOrEqual(100);
  });

  it('survives deeply nested JSON without crashing', () => {
    const deep = '{"items":' + '['.repeat(200_000) + ']'.repeat(200_000) + '}';
    const run = () => parseFeed(deep, { now: NOW });
    // Either a clean parse with nothing usable or a FeedError — never a crash of another kind.
    try {
      const feed = run();
      expect(feed.items).toEqual([]);
    } catch (error) {
      expect(error).toBeInstanceOf(FeedError);
    }
  });

  it('does not need the feed to start at byte 0 (junk before the prolog)', () => {
    const feed = parseFeed('Warning: something in PHP\n<?xml version="1.0"?><rss><channel><item><title>A</title><link>https://e.com/a</link></item></channel></rss>', { now: NOW });
    expect(feed.items).toHaveLength(1);
  });
});

describe('parseFeed regular-expression safety', () => {
  it('stays linear on runs of comments around the root and before an HTML start', () => {
    const comments = '<!---->'.repeat(280);
    const tail = parseFeed(`<rss><channel><item><title>A</title><link>https://e.com/a</link></item></channel></rss>${comments}x`, { now: NOW });
    expect(tail.items).toHaveLength(1);
    expect(() => parseFeed(`${comments}<p>not a feed`, { now: NOW })).toThrow(FeedError);
    const openTags = '&lt;img '.repeat(125_000);
    const img = parseFeed(`<rss><channel><item><title>x</title><link>https://e.com/1</link><description>${openTags}</description></item></channel></rss>`, { now: NOW });
    expect(img.items[0]!.image).toBeNull();
    expect(() => parseFeed(`<!DOCTYPE html><html>${'<link '.repeat(170_000)}`, { now: NOW })).toThrow(/HTML page/);
    const commented = parseFeed(`<rss><channel><item><title>B</title><link>https://e.com/b</link></item></channel></rss><!-- cache --->`, { now: NOW });
    expect(commented.errors).toEqual([]);
  });
});
