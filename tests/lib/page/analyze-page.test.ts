import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { analyzePage } from '../../../lib/page/analyze-page';

// Every fixture page under tests/fixtures/pages/<slug>/ (page.html + expected.json) is analyzed and
// checked against the fields its expected.json names.
const FIXTURES = fileURLToPath(new URL('../../fixtures/pages/', import.meta.url));

interface Expected {
  url: string;
  rule: string;
  isArticle: boolean;
  headline?: string;
  [field: string]: unknown;
}

const ARTICLE_FIELDS = [
  'headline', 'siteName', 'canonicalUrl', 'publishedTime', 'modifiedTime', 'lang', 'author', 'section', 'domain',
] as const;

function loadDocument(html: string): Document {
  return parseHTML(html).document as unknown as Document;
}

const slugs = readdirSync(FIXTURES, { withFileTypes: true }).filter((d) => d.isDirectory()).map((d) => d.name);

describe('analyzePage over fixture pages', () => {
  it('has fixtures for articles and for each kind of non-article', () => {
    const kinds = ['home', 'section', 'tag', 'author', 'search', 'video', 'live', 'gallery', 'consent', 'paywall', '404'];
    for (const kind of kinds) expect(slugs.some((s) => s.includes(kind)), kind).toBe(true);
    expect(slugs.filter((s) => s.startsWith('article-')).length).toBeGreaterThanOrEqual(8);
  });

  for (const slug of slugs) {
    const expected = JSON.parse(readFileSync(join(FIXTURES, slug, 'expected.json'), 'utf8')) as Expected;
    it(`${slug}: ${expected.rule}`, () => {
      const html = readFileSync(join(FIXTURES, slug, 'page.html'), 'utf8');
      const result = analyzePage(loadDocument(html), new URL(expected.url));
      expect(result.isArticle, JSON.stringify(result.signals)).toBe(expected.isArticle);
      for (const field of ARTICLE_FIELDS) {
        if (expected[field] === undefined) continue;
        expect(result.article?.[field], field).toBe(expected[field]);
      }
      if (expected.isArticle) {
        expect(result.article?.bodyText.length ?? 0).toBeGreaterThan(100);
        expect(result.score).toBeGreaterThan(0);
      }
    });
  }
});

describe('analyzePage hints and signals', () => {
  it('reads the deck beside a wrapped headline, also once the in-page badge sits right after the headline', () => {
    const page = (afterHeadline: string) =>
      loadDocument(`<!doctype html><html><head><title>Storm floods coastal towns as rivers burst their banks | Example News</title>
        <meta property="og:type" content="article"></head><body><article>
        <div class="headline-wrap"><h1>Storm floods coastal towns as rivers burst their banks</h1>${afterHeadline}</div>
        <h2 class="standfirst">Thousands evacuated after two days of record rainfall across the region</h2>
        ${'<p>Rivers burst their banks across the coast on Tuesday after two days of record rainfall, flooding the centre of several towns and cutting roads.</p>'.repeat(6)}
        </article></body></html>`);
    const url = new URL('https://news.example/2024/05/14/storm-floods-coastal-towns');
    const deck = 'Thousands evacuated after two days of record rainfall across the region';
    expect(analyzePage(page(''), url).article?.deck).toBe(deck);
    // The badge's shadow host: an element with no text of its own, inserted after the headline.
    expect(analyzePage(page('<parallax-badge></parallax-badge>'), url).article?.deck).toBe(deck);
    expect(analyzePage(page('<span> </span><br>'), url).article?.deck).toBe(deck);
  });

  it('takes a record identifier leading the title for a database entry, an event name with a year not', () => {
    const page = (title: string) =>
      loadDocument(`<!doctype html><html><head><title>${title} | Example Sport</title></head><body><main><h1>${title}</h1>
        ${'<p>England beat Serbia one-nil in their opening group match in Gelsenkirchen on Sunday evening, with an early header deciding a tight game.</p>'.repeat(6)}
        </main></body></html>`);
    const signalsOf = (title: string) =>
      analyzePage(page(title), new URL('https://sport.example/football/euro-2024-england-beat-serbia')).signals.map((s) => s.name);
    expect(signalsOf('JVNDB-2018-013542 - Buffer overflow in a router')).toContain('record-id-title');
    expect(signalsOf('CVE-2021-44228 - Remote code execution in a logging library')).toContain('record-id-title');
    expect(signalsOf('EURO 2024: England beat Serbia')).not.toContain('record-id-title');
    expect(signalsOf('NATO-2030 - Allies agree on a reform plan')).not.toContain('record-id-title');
  });

  it('reports the signals that decided', () => {
    const html = readFileSync(join(FIXTURES, 'article-json-ld-graph', 'page.html'), 'utf8');
    const result = analyzePage(loadDocument(html), new URL('https://www.riversidepost.example/news/2024/05/14/council-approves-flood-defence-plan'));
    const names = result.signals.map((s) => s.name);
    expect(names).toContain('json-ld-article');
    expect(names).toContain('og-type-article');
    expect(names).toContain('url-article');
  });

  it('adds weight for a known outlet without overriding non-article shapes', () => {
    const html = readFileSync(join(FIXTURES, 'home-page', 'page.html'), 'utf8');
    const result = analyzePage(loadDocument(html), new URL('https://www.riversidepost.example/'), {
      knownOutlet: { id: 'riverside-post', name: 'The Riverside Post' },
    });
    expect(result.signals.some((s) => s.name === 'known-outlet')).toBe(true);
    expect(result.isArticle).toBe(false);
  });

  it('returns no article for an empty document', () => {
    const result = analyzePage(loadDocument('<html><head></head><body></body></html>'), new URL('https://example.com/a/b'));
    expect(result.isArticle).toBe(false);
    expect(result.article).toBeNull();
  });
});

describe('analyzePage when the metadata decides', () => {
  const body = Array.from({ length: 6 }, (_, i) => `<p>${'Paragraph number ' + i + ' of the story, with enough words to count as prose in the body. '.repeat(3)}</p>`).join('');
  const page = (ogType: string): string =>
    `<html><head><title>Council approves flood plan | Riverside Post</title><meta property="og:type" content="${ogType}">` +
    `<meta property="og:title" content="Council approves flood plan"><meta property="article:published_time" content="2024-05-14T08:00:00Z">` +
    `</head><body><h1>Council approves flood plan</h1><div class="story">${body}</div></body></html>`;
  const url = new URL('https://www.riversidepost.example/news/2024/05/14/council-approves-flood-defence-plan');

  it('skips the text-density walk and still reads the leading body text', () => {
    const result = analyzePage(loadDocument(page('article')), url);
    expect(result.isArticle).toBe(true);
    expect(result.signals.map((s) => s.name)).toContain('text-skipped');
    expect(result.article?.bodyText.startsWith('Paragraph number 0 of the story')).toBe(true);
  });

  it('skips the walk without a publication date when article JSON-LD, the URL and the <h1> agree', () => {
    const undated =
      `<html><head><title>Council approves flood plan | Riverside Post</title><script type="application/ld+json">` +
      `{"@context":"https://schema.org","@type":"NewsArticle","headline":"Council approves flood plan"}</script>` +
      `</head><body><h1>Council approves flood plan</h1><div class="story">${body}</div></body></html>`;
    const result = analyzePage(loadDocument(undated), url);
    expect(result.isArticle).toBe(true);
    expect(result.signals.map((s) => s.name)).toContain('text-skipped');
  });

  it('walks the text when the metadata does not say article', () => {
    const result = analyzePage(loadDocument(page('website')), url);
    const names = result.signals.map((s) => s.name);
    expect(names).not.toContain('text-skipped');
    expect(names.some((n) => n.startsWith('text-'))).toBe(true);
  });
});

describe('analyzePage headline markup below the body', () => {
  const body = Array.from({ length: 6 }, (_, i) => `<p>${'Paragraph number ' + i + ' of the story, with enough words to count as prose in the body. '.repeat(3)}</p>`).join('');
  // A "more from this section" box after the story repeats the headline in headline-classed markup.
  const page = (title: string): string =>
    `<html><head><title>${title}</title></head><body><div class="story">${body}</div>` +
    `<div class="box"><div class="headline">Council approves flood plan</div></div></body></html>`;
  const url = new URL('https://www.riversidepost.example/news/2024/05/14/council-approves-flood-defence-plan');

  it('does not look for the headline below the body when the title names it', () => {
    const result = analyzePage(loadDocument(page('Council approves flood plan | Riverside Post')), url);
    expect(result.article?.headline).toBe('Council approves flood plan');
    expect(result.signals.find((s) => s.name === 'headline-source')?.detail).toBe('title');
  });

  it('still takes headline markup anywhere when there is no title or metadata to agree with', () => {
    const result = analyzePage(loadDocument(page('')), url);
    expect(result.article?.headline).toBe('Council approves flood plan');
    expect(result.signals.find((s) => s.name === 'headline-source')?.detail).toBe('class');
  });
});
