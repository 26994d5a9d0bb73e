// Builds what the popup and the in-page panel show for a tab: the page, its outlet, the story's coverage
// and the index's state. Runs in the background; the mapping helpers are pure and tested on their own.

import { biasForSource, outletById, outletForUrl } from '../catalog';
import type { Outlet } from '../catalog/types';
import type { CoverageEntry, CoverageWhy, IndexStatus, OutletCard, OutletChip, TabReport } from '../coverage/types';
import type { ArticleIndex } from '../index/article-index';
import type { ArticleInput, StoryCoverage } from '../index/types';
import type { PageArticle } from '../page/types';
import type { TabPage } from './tab-pages';

/** The most coverage rows a report carries (the popup lists them all; more is noise). */
export const MAX_COVERAGE_ROWS = 300;

/** Which provider's ratings drive the bias shown ('consensus' = all of them). */
export type RatingSourceChoice = Parameters<typeof biasForSource>[1];

/** How the user wants outlets shown (options page: Ratings). */
export interface CardOptions {
  ratingSource: RatingSourceChoice;
  showFactuality: boolean;
}

const DEFAULT_CARD_OPTIONS: CardOptions = { ratingSource: 'consensus', showFactuality: true };

/**
 * The outlet as the UI shows it: no feeds or domains, bias under the user's chosen rating source, and no
 * factual-reporting levels when the user hides them.
 */
export function toOutletCard(outlet: Outlet, options: CardOptions = DEFAULT_CARD_OPTIONS): OutletCard {
  const { feeds: _feeds, domains: _domains, paths: _paths, samples: _samples, ...card } = outlet;
  const bias = biasForSource(outlet, options.ratingSource);
  if (options.showFactuality) return { ...card, bias };
  return { ...card, bias, factual: null, ratings: card.ratings.map(({ factual: _f, ...rating }) => rating) };
}

/** What a coverage row shows of its outlet (see OutletChip): a card's identity, bias, factuality and kind. */
export function toOutletChip(card: OutletCard): OutletChip {
  const { id, name, country, languages, type, bias, factual, ownership } = card;
  return { id, name, country, languages, type, bias, factual, ownership };
}

/** Only http(s) URLs ever reach the UI as links. */
export function isHttpUrl(url: string): boolean {
  try {
    const { protocol } = new URL(url);
    return protocol === 'http:' || protocol === 'https:';
  } catch {
    return false;
  }
}

function parseTime(iso: string | null): number | null {
  if (!iso) return null;
  const t = Date.parse(iso);
  return Number.isFinite(t) ? t : null;
}

/** The page being read, as the index's matcher sees it. */
export function pageToArticleInput(page: PageArticle, outletId: string | null): ArticleInput {
  return {
    url: page.canonicalUrl || page.url,
    title: page.headline,
    summary: page.description,
    body: page.bodyText,
    outletId,
    lang: page.lang,
    published: parseTime(page.publishedTime),
  };
}

/** Coverage rows for the UI: outlet chips attached, non-http(s) links dropped. */
export function toCoverageEntries(
  coverage: StoryCoverage,
  readerOutletId: string | null,
  options: CardOptions = DEFAULT_CARD_OPTIONS,
  lookupOutlet: (id: string) => Outlet | null = outletById,
): CoverageEntry[] {
  const entries: CoverageEntry[] = [];
  for (const { article, explanation } of coverage.articles.slice(0, MAX_COVERAGE_ROWS)) {
    if (!isHttpUrl(article.url)) continue;
    const outlet = article.outletId ? lookupOutlet(article.outletId) : null;
    entries.push({
      articleId: article.id,
      title: article.title,
      url: article.url,
      published: article.published,
      lang: article.lang,
      domain: article.domain,
      outlet: outlet ? toOutletChip(toOutletCard(outlet, options)) : null,
      score: explanation.score,
      isReaderOutlet: readerOutletId !== null && article.outletId === readerOutletId,
    });
  }
  return entries;
}

/** "Why is this here?" of every row toCoverageEntries keeps, by article id (answers `story:why`). */
export function toCoverageWhys(
  coverage: StoryCoverage,
  lookupOutlet: (id: string) => Outlet | null = outletById,
): Map<string, CoverageWhy> {
  const whys = new Map<string, CoverageWhy>();
  for (const { article, explanation } of coverage.articles.slice(0, MAX_COVERAGE_ROWS)) {
    if (!isHttpUrl(article.url)) continue;
    const outlet = article.outletId ? lookupOutlet(article.outletId) : null;
    whys.set(article.id, {
      explanation,
      summary: article.summary,
      ratings: (outlet?.ratings ?? []).map((r) => ({ provider: r.provider, bias: r.bias })),
    });
  }
  return whys;
}

/**
 * A key of everything a tab's article report depends on besides time: the page as analysed, the index's
 * contents (its change count, see ArticleIndex.changeCount) and the display settings. Equal keys within a
 * short time give equal reports. Refresh progress is not part of it: a refresh whose feeds store nothing
 * (failed, not modified) changes no answer, and the report's index status is read anew on each reuse.
 */
export function describeReportInputs(tabPage: TabPage, indexChanges: number, cardOptions: CardOptions): string {
  return JSON.stringify([tabPage.url, tabPage.at, indexChanges, cardOptions.ratingSource, cardOptions.showFactuality]);
}

export interface ReportDeps {
  index: ArticleIndex;
  status: IndexStatus;
  now: number;
  cardOptions: CardOptions;
}

/** A tab's report plus the "why is this here?" of its rows, kept by the background for `story:why`. */
export interface BuiltReport {
  report: TabReport;
  whys: ReadonlyMap<string, CoverageWhy>;
}

/** The report for a tab whose content script analysed the page. */
export async function buildArticleReport(tabPage: TabPage, deps: ReportDeps): Promise<BuiltReport> {
  const { analysis } = tabPage;
  if (!analysis.isArticle || !analysis.article) {
    return {
      report: {
        state: 'not-news',
        url: tabPage.url,
        reason: 'This page does not look like a news article (it may be a home, section, search or video page).',
        index: deps.status,
      },
      whys: new Map(),
    };
  }
  const page = analysis.article;
  const outlet = outletForUrl(page.url);
  const coverage = await deps.index.coverageFor(pageToArticleInput(page, outlet?.id ?? null), {
    now: deps.now,
    limit: MAX_COVERAGE_ROWS,
  });
  return {
    report: {
      state: 'article',
      // The body was only needed for matching: the popup never shows it, and it can be most of the message.
      page: { ...page, bodyText: '' },
      outlet: outlet ? toOutletCard(outlet, deps.cardOptions) : null,
      story: {
        id: coverage.storyId,
        title: coverage.title ?? page.headline,
        entries: toCoverageEntries(coverage, outlet?.id ?? null, deps.cardOptions),
      },
      index: deps.status,
      hideFactuality: !deps.cardOptions.showFactuality,
    },
    whys: toCoverageWhys(coverage),
  };
}
