import { describe, expect, it } from 'vitest';
import { outletById } from '../../../lib/catalog';
import type { Outlet } from '../../../lib/catalog/types';
import type { IndexedArticle, StoryCoverage } from '../../../lib/index/types';
import type { PageArticle } from '../../../lib/page/types';
import { countOutletsByBias } from '../../../lib/services/background-handlers';
import type { IndexStatus } from '../../../lib/coverage/types';
import { createMemoryIndex } from '../../../lib/index/article-index';
import {
  buildArticleReport,
  describeReportInputs,
  isHttpUrl,
  pageToArticleInput,
  toCoverageEntries,
  toCoverageWhys,
  toOutletCard,
} from '../../../lib/services/tab-report';
import type { TabPage } from '../../../lib/services/tab-pages';

const OUTLET: Outlet = {
  id: 'example-times',
  name: 'Example Times',
  homepage: 'https://example-times.test/',
  domains: ['example-times.test'],
  country: 'US',
  languages: ['en'],
  type: 'newspaper',
  ratings: [
    { provider: 'allsides', bias: 'Lean Left' },
    { provider: 'mbfc', bias: 'right-center', factual: 'high' },
  ],
  bias: 'center',
  factual: 'high',
  feeds: [{ url: 'https://example-times.test/rss' }],
};

function article(id: string, outletId: string | null, url = `https://${id}.test/a`): IndexedArticle {
  return {
    id,
    url,
    title: `Title ${id}`,
    summary: null,
    outletId,
    domain: `${id}.test`,
    lang: 'en',
    published: 1_770_000_000_000,
    firstSeen: 1_770_000_000_000,
    feedUrl: null,
    storyId: 's1',
  };
}

const explanation = { score: 0.8, sharedTerms: ['xi'], sharedEntities: ['putin'], hoursApart: 1 };

describe('toOutletCard', () => {
  it('drops feeds and domains and shows the bias of the chosen rating source', () => {
    const card = toOutletCard(OUTLET);
    expect(card).not.toHaveProperty('feeds');
    expect(card).not.toHaveProperty('domains');
    expect(card.bias).toBe('center');
    expect(toOutletCard(OUTLET, { ratingSource: 'allsides', showFactuality: true }).bias).toBe('lean-left');
    expect(toOutletCard(OUTLET, { ratingSource: 'mbfc', showFactuality: true }).bias).toBe('lean-right');
  });

  it('carries no factual-reporting level when the user hides factuality', () => {
    const card = toOutletCard(OUTLET, { ratingSource: 'consensus', showFactuality: false });
    expect(card.factual).toBeNull();
    expect(card.ratings.every((r) => r.factual === undefined)).toBe(true);
    expect(toOutletCard(OUTLET).factual).toBe('high');
  });
});

describe('toCoverageEntries', () => {
  const lookup = (id: string) => (id === OUTLET.id ? OUTLET : null);

  it('attaches outlet cards, marks the reader outlet and drops non-http(s) links', () => {
    const coverage: StoryCoverage = {
      storyId: 's1',
      via: 'content',
      title: 'T',
      articles: [
        { article: article('a', OUTLET.id), explanation },
        { article: article('b', null), explanation },
        { article: article('c', null, 'javascript:alert(1)'), explanation },
      ],
    };
    const entries = toCoverageEntries(coverage, OUTLET.id, undefined, lookup);
    expect(entries.map((e) => e.articleId)).toEqual(['a', 'b']);
    expect(entries[0]!.outlet?.name).toBe('Example Times');
    expect(entries[0]!.isReaderOutlet).toBe(true);
    expect(entries[1]!.outlet).toBeNull();
    expect(entries[1]!.isReaderOutlet).toBe(false);
  });

  it('gives each row only what the row, the tabs and the summary show (the rest comes with "why is this here?")', () => {
    const coverage: StoryCoverage = {
      storyId: 's1',
      via: 'content',
      title: 'T',
      articles: [{ article: { ...article('a', OUTLET.id), summary: 'A lead.' }, explanation }],
    };
    const [entry] = toCoverageEntries(coverage, null, { ratingSource: 'consensus', showFactuality: false }, lookup);
    expect(entry!.score).toBe(0.8);
    expect(entry).not.toHaveProperty('explanation');
    expect(entry).not.toHaveProperty('summary');
    expect(Object.keys(entry!.outlet ?? {}).sort()).toEqual(['bias', 'country', 'factual', 'id', 'languages', 'name', 'ownership', 'type']);
    expect(entry!.outlet?.factual).toBeNull();
  });
});

describe('toCoverageWhys', () => {
  const lookup = (id: string) => (id === OUTLET.id ? OUTLET : null);

  it('keeps the evidence, the summary and who rated the outlet of every listed row, by article id', () => {
    const coverage: StoryCoverage = {
      storyId: 's1',
      via: 'content',
      title: 'T',
      articles: [
        { article: { ...article('a', OUTLET.id), summary: 'A lead.' }, explanation },
        { article: article('b', null), explanation: { ...explanation, score: 0.3 } },
        { article: article('c', null, 'javascript:alert(1)'), explanation },
      ],
    };
    const whys = toCoverageWhys(coverage, lookup);
    expect([...whys.keys()]).toEqual(['a', 'b']);
    expect(whys.get('a')).toEqual({
      explanation,
      summary: 'A lead.',
      ratings: [
        { provider: 'allsides', bias: 'Lean Left' },
        { provider: 'mbfc', bias: 'right-center' },
      ],
    });
    expect(whys.get('b')).toEqual({ explanation: { ...explanation, score: 0.3 }, summary: null, ratings: [] });
  });
});

describe('countOutletsByBias', () => {
  it('counts each other outlet once, unknown outlets by domain, and skips the reader outlet', () => {
    const coverage: StoryCoverage = {
      storyId: 's1',
      via: 'content',
      title: 'T',
      articles: [
        { article: article('a', OUTLET.id), explanation },
        { article: { ...article('a2', OUTLET.id), id: 'a2' }, explanation },
        { article: article('b', null), explanation },
        { article: article('r', 'reader'), explanation },
      ],
    };
    const lookup = (id: string): Outlet | null =>
      id === OUTLET.id ? OUTLET : id === 'reader' ? { ...OUTLET, id: 'reader', bias: 'right' } : null;
    const info = countOutletsByBias(toCoverageEntries(coverage, 'reader', undefined, lookup));
    expect(info.outlets).toBe(2);
    expect(info.articles).toBe(3);
    expect(info.bias.center).toBe(1);
    expect(info.bias.unknown).toBe(1);
    expect(info.bias.right).toBe(0);
  });
});

describe('pageToArticleInput', () => {
  it('uses the canonical URL, the body text and a parsed publication time', () => {
    const page: PageArticle = {
      url: 'https://example-times.test/a?utm_source=x',
      canonicalUrl: 'https://example-times.test/a',
      headline: 'Xi and Putin hold call',
      description: 'Lead',
      siteName: 'Example Times',
      domain: 'example-times.test',
      publishedTime: '2026-02-04T10:00:00Z',
      modifiedTime: null,
      lang: 'en',
      author: null,
      section: null,
      bodyText: 'Body',
    };
    expect(pageToArticleInput(page, 'example-times')).toEqual({
      url: 'https://example-times.test/a',
      title: 'Xi and Putin hold call',
      summary: 'Lead',
      body: 'Body',
      outletId: 'example-times',
      lang: 'en',
      published: Date.parse('2026-02-04T10:00:00Z'),
    });
    expect(pageToArticleInput({ ...page, publishedTime: 'not a date' }, null).published).toBeNull();
  });
});

describe('isHttpUrl', () => {
  it('accepts only http(s)', () => {
    expect(isHttpUrl('https://a.test/')).toBe(true);
    expect(isHttpUrl('http://a.test/')).toBe(true);
    expect(isHttpUrl('javascript:alert(1)')).toBe(false);
    expect(isHttpUrl('data:text/html,x')).toBe(false);
    expect(isHttpUrl('not a url')).toBe(false);
  });
});

describe('catalog cards', () => {
  it('builds a card for a real catalog outlet', () => {
    const reuters = outletById('reuters');
    expect(reuters).not.toBeNull();
    expect(toOutletCard(reuters!).name).toMatch(/Reuters/);
  });
});

describe('the report for a tab', () => {
  const NOW = Date.parse('2026-02-04T12:00:00Z');
  const article: PageArticle = {
    url: 'https://www.theguardian.com/world/2026/feb/04/xi-putin-call',
    canonicalUrl: 'https://www.theguardian.com/world/2026/feb/04/xi-putin-call',
    headline: 'Xi and Putin hold video call',
    description: 'The two leaders spoke for an hour.',
    siteName: 'The Guardian',
    domain: 'theguardian.com',
    publishedTime: '2026-02-04T10:00:00Z',
    modifiedTime: null,
    lang: 'en',
    author: null,
    section: null,
    bodyText: 'A long body used only for matching. '.repeat(200),
  };
  const tabPage: TabPage = { url: article.url, analysis: { isArticle: true, score: 5, article }, at: NOW - 1000 };
  const status: IndexStatus = {
    articles: 10,
    stories: 4,
    feeds: 100,
    lastRefresh: NOW - 60_000,
    progress: { running: false, startedAt: NOW - 90_000, finishedAt: NOW - 60_000, feedsTotal: 100, feedsDone: 100, newArticles: 10, errors: 0 },
  };
  const options = { ratingSource: 'consensus' as const, showFactuality: true };

  it('does not send the page body to the popup (it was only needed for matching)', async () => {
    const { report } = await buildArticleReport(tabPage, { index: createMemoryIndex(), status, now: NOW, cardOptions: options });
    expect(report.state).toBe('article');
    if (report.state !== 'article') return;
    expect(report.page.bodyText).toBe('');
    expect(report.page.headline).toBe(article.headline);
    expect(report.outlet?.name).toBeTruthy();
  });

  it('describes its inputs so a changed index, page or setting is never answered from an old report', async () => {
    const index = createMemoryIndex();
    const key = describeReportInputs(tabPage, index.changeCount(), options);
    expect(describeReportInputs({ ...tabPage }, index.changeCount(), { ...options })).toBe(key);
    expect(describeReportInputs({ ...tabPage, at: NOW }, index.changeCount(), options)).not.toBe(key);
    expect(describeReportInputs(tabPage, index.changeCount(), { ...options, showFactuality: false })).not.toBe(key);
    expect(describeReportInputs(tabPage, index.changeCount(), { ...options, ratingSource: 'mbfc' })).not.toBe(key);
    // Reads leave it; every kind of write changes it.
    await index.coverageFor(pageToArticleInput(article, null), { now: NOW });
    await index.stats();
    expect(describeReportInputs(tabPage, index.changeCount(), options)).toBe(key);
    const item = { url: 'https://other.example/a', title: 'Another story', summary: null, outletId: null, lang: 'en', published: NOW - 5000 };
    const keys = new Set([key]);
    await index.ingest([item], { feedUrl: null, now: NOW, deferClustering: true });
    keys.add(describeReportInputs(tabPage, index.changeCount(), options));
    await index.clusterPending();
    keys.add(describeReportInputs(tabPage, index.changeCount(), options));
    await index.prune({ now: NOW, retentionDays: 7 });
    keys.add(describeReportInputs(tabPage, index.changeCount(), options));
    await index.clear();
    keys.add(describeReportInputs(tabPage, index.changeCount(), options));
    expect(keys.size).toBe(5);
  });
});
