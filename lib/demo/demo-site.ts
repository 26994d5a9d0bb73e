// Assembles the demo web: dated articles, fronts and feeds, served at the outlets' catalog feed URLs.
// Node-only (demo CLI and e2e tests). Dates are relative to `now` (the extension keeps a retention
// window relative to the clock) while the text stays about 4 February 2026.

import { listOutlets } from '../catalog';
import type { Outlet } from '../catalog/types';
import {
  DEMO_ARTICLES,
  DEMO_FRONT_PAGES,
  DEMO_MAIN_ARTICLE_URL,
  DEMO_STORIES,
  type DemoFrontPage,
  type DemoStory,
} from './demo-articles';
import { DEMO_OUTLETS, type DemoOutlet } from './demo-outlets';
import { renderArticlePage, renderFeed, renderFrontPage, type DatedArticle } from './demo-pages';
import { startOutletServer, type OutletServer, type OutletServerOptions, type Route } from './outlet-server';

const MINUTE_MS = 60_000;
const RELATED_LINKS = 4;

export interface DemoSiteArticle extends DatedArticle {
  outletName: string;
  /** The catalog outlet this article's outlet resolved to (null: not in the catalog). */
  catalogId: string | null;
}

export interface DemoFeed {
  outlet: DemoOutlet;
  catalogId: string | null;
  /** Where the feed is served: the catalog's feed URLs of the outlet, else the demo fallback. */
  urls: string[];
  fromCatalog: boolean;
}

export interface DemoSite {
  now: number;
  stories: DemoStory[];
  outlets: DemoOutlet[];
  articles: DemoSiteArticle[];
  feeds: DemoFeed[];
  fronts: DemoFrontPage[];
  mainArticle: DemoSiteArticle;
  routes: [string, Route][];
}

/** The catalog outlet of a demo outlet: by id, else the one owning its domain (exact or parent match). */
function findCatalogOutlet(outlets: readonly Outlet[], id: string, domain: string): Outlet | null {
  const byId = outlets.find((o) => o.id === id && o.domains.includes(domain));
  if (byId) return byId;
  for (const outlet of outlets) {
    if (outlet.paths?.length && outlet.domains.length === 0) continue;
    if (outlet.domains.some((d) => d === domain || domain.endsWith(`.${d}`))) return outlet;
  }
  return null;
}

/**
 * Builds every page and feed of the demo for the clock `now` and the outlet catalog (null: none).
 * Each demo outlet's feed is served at EVERY feed URL the catalog lists for it (the extension decides
 * which to fetch; it stores articles under canonical URLs, so repeats are harmless).
 */
export function buildDemoSite(now: number, catalog: readonly Outlet[] | null): DemoSite {
  const outletById = new Map(DEMO_OUTLETS.map((o) => [o.id, o]));
  const catalogIdOf = new Map<string, string | null>();
  const feeds: DemoFeed[] = [];
  for (const outlet of DEMO_OUTLETS) {
    const entry = catalog ? findCatalogOutlet(catalog, outlet.id, outlet.domain) : null;
    catalogIdOf.set(outlet.id, entry?.id ?? null);
    const catalogUrls = (entry?.feeds ?? []).map((f) => f.url).filter((u) => /^https?:\/\//.test(u));
    feeds.push({
      outlet,
      catalogId: entry?.id ?? null,
      urls: catalogUrls.length ? catalogUrls : [outlet.fallbackFeedUrl],
      fromCatalog: catalogUrls.length > 0,
    });
  }

  const articles: DemoSiteArticle[] = DEMO_ARTICLES.map((a) => {
    const outlet = outletById.get(a.outlet);
    if (!outlet) throw new Error(`demo article ${a.url} names unknown outlet ${a.outlet}`);
    if (!a.url.startsWith(outlet.origin + '/')) throw new Error(`demo article ${a.url} is not on ${outlet.origin}`);
    return { ...a, published: now - a.minutesAgo * MINUTE_MS, outletName: outlet.name, catalogId: catalogIdOf.get(outlet.id) ?? null };
  });
  const mainArticle = articles.find((a) => a.url === DEMO_MAIN_ARTICLE_URL);
  if (!mainArticle) throw new Error('the demo main article is missing');

  const routes: [string, Route][] = [];
  for (const article of articles) {
    const outlet = outletById.get(article.outlet) as DemoOutlet;
    const related = articles
      .filter((r) => r.outlet === article.outlet && r.url !== article.url)
      .slice(0, RELATED_LINKS);
    routes.push([article.url, { body: renderArticlePage(article, outlet, related) }]);
  }
  for (const front of DEMO_FRONT_PAGES) {
    const outlet = outletById.get(front.outlet) as DemoOutlet;
    const own = articles.filter((a) => a.outlet === front.outlet).sort((a, b) => b.published - a.published);
    routes.push([front.url, { body: renderFrontPage(front, outlet, own) }]);
  }
  const lastModified = new Date(now).toUTCString();
  for (const feed of feeds) {
    const own = articles.filter((a) => a.outlet === feed.outlet.id);
    for (const url of feed.urls) {
      // RDF feeds (".../rdf/...") are RSS 1.0; the same outlet's other feeds are RSS 2.0.
      const format = /\/rdf\//.test(url) ? 'rss1' : feed.outlet.feedFormat === 'rss1' ? 'rss2' : feed.outlet.feedFormat;
      const { body, contentType } = renderFeed(feed.outlet, own, url, now, format);
      routes.push([url, { body, contentType, lastModified }]);
    }
  }
  return {
    now,
    stories: DEMO_STORIES,
    outlets: DEMO_OUTLETS,
    articles,
    feeds,
    fronts: DEMO_FRONT_PAGES,
    mainArticle,
    routes,
  };
}

/** Other outlets' demo articles about the same story as `article` (what the popup should list). */
export function listExpectedCoverage(site: DemoSite, article: DemoSiteArticle): DemoSiteArticle[] {
  return site.articles.filter((a) => a.story === article.story && a.outlet !== article.outlet);
}


export interface DemoServer {
  server: OutletServer;
  site: DemoSite;
}

/** Starts the local web with the demo site on it. */
export async function startDemoServer(
  options: { now?: number; catalog?: readonly Outlet[] | null; onRequest?: OutletServerOptions['onRequest'] } = {},
): Promise<DemoServer> {
  const now = options.now ?? Date.now();
  const catalog = options.catalog !== undefined ? options.catalog : listOutlets();
  const site = buildDemoSite(now, catalog);
  const server = await startOutletServer({ routes: site.routes, onRequest: options.onRequest });
  return { server, site };
}
