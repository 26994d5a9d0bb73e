// The background's answers to every protocol message, composed from the catalog, the index, the feed
// refresher and the settings. Runs in the background only; holds no state of its own between messages.

import { browser } from 'wxt/browser';
import { biasForSource, outletById, outletForUrl } from '../catalog';
import { BIAS_BUCKETS } from '../catalog/types';
import type { CoverageEntry, TabReport } from '../coverage/types';
import type { Handlers } from '../messaging';
import { canonicalizeUrl } from '../index/canonical-url';
import type { BadgeInfo, BiasCounts, LinkInfo } from '../protocol';
import { isSiteDisabled, loadSettings, normalizeSite, updateSettings } from '../settings';
import { getArticleIndex, getFeedStateStore } from './connections';
import { createOptionsHandlers } from './options-handlers';
import { getIndexStatus, startRefresh } from './refresh-service';
import { loadTabPage, saveTabPage } from './tab-pages';
import { buildArticleReport, describeReportInputs, isHttpUrl, toCoverageEntries, toOutletCard, toOutletChip, type BuiltReport } from './tab-report';

/** Linked articles per lookup whose story coverage is counted (the rest get the outlet's bias only). */
const MAX_LINK_COVERAGE_LOOKUPS = 200;
/** How long a tab's report is reused while its inputs are unchanged (coverage windows move with time). */
const REPORT_REUSE_MS = 60_000;
/** Tabs whose last report is kept for reuse (the oldest is dropped first). */
const MAX_REUSED_REPORTS = 20;
/** Reports that list no rows explain none. */
const NO_WHYS: BuiltReport['whys'] = new Map();

/** Per-outlet bias counts of the other outlets in a story (an outlet with several articles counts once). */
export function countOutletsByBias(entries: CoverageEntry[]): BadgeInfo {
  const bias = Object.fromEntries([...BIAS_BUCKETS, 'unknown'].map((b) => [b, 0])) as BiasCounts;
  const seen = new Set<string>();
  for (const e of entries) {
    if (e.isReaderOutlet) continue;
    const key = e.outlet?.id ?? e.domain;
    if (seen.has(key)) continue;
    seen.add(key);
    bias[e.outlet?.bias ?? 'unknown'] += 1;
  }
  return { outlets: seen.size, articles: entries.filter((e) => !e.isReaderOutlet).length, bias };
}

const action = () => browser.action ?? browser.browserAction;

async function setToolbarCount(tabId: number, count: number | null): Promise<void> {
  try {
    await action().setBadgeText({ tabId, text: count ? String(count) : '' });
    if (count) await action().setBadgeBackgroundColor({ tabId, color: '#4b5563' });
  } catch {
    // The tab may have closed meanwhile; nothing to update.
  }
}

export interface HandlerDeps {
  now: () => number;
  fetch: typeof fetch;
}

export function createHandlers(deps: HandlerDeps): Handlers {
  // A speed-up only (a restarted worker simply rebuilds): each tab's last article report, its rows'
  // "why is this here?" (asked for by story:why) and its inputs.
  const recentReports = new Map<number, { inputs: string; at: number; built: BuiltReport }>();

  async function status() {
    return getIndexStatus(await loadSettings());
  }

  async function reportForTab(tabId: number): Promise<TabReport> {
    return (await builtReportForTab(tabId)).report;
  }

  async function builtReportForTab(tabId: number): Promise<BuiltReport> {
    // Everything an article report needs is read at once (the popup waits on this): settings once, the index
    // status (its reads do not wait for the settings) and connection while the tab's page is read.
    const settingsRead = loadSettings();
    const statusRead = getIndexStatus(settingsRead);
    const indexOpened = getArticleIndex();
    // Not awaited on every path: a failure surfaces where they are awaited, never as an unhandled rejection.
    settingsRead.catch(() => undefined);
    statusRead.catch(() => undefined);
    indexOpened.catch(() => undefined);
    const tabPage = await loadTabPage(tabId);
    if (!tabPage) {
      const tab = await browser.tabs.get(tabId).catch(() => null);
      const url = tab?.url ?? '';
      if (!isHttpUrl(url)) {
        return { report: { state: 'unsupported', reason: 'Parallax only reads web pages (not browser or extension pages).' }, whys: NO_WHYS };
      }
      const settings = await settingsRead;
      if (isSiteDisabled(settings, new URL(url).hostname)) {
        const report: TabReport = { state: 'not-news', url, reason: 'Parallax is turned off on this site.', index: await statusRead };
        return { report, whys: NO_WHYS };
      }
      return { report: { state: 'loading' }, whys: NO_WHYS };
    }
    const [index, indexStatus, settings] = await Promise.all([indexOpened, statusRead, settingsRead]);
    // The report built when the content script reported the page (for the badge) is what the popup opened
    // a moment later shows, as long as nothing it depends on changed: the popup then skips the index query.
    const now = deps.now();
    const inputs = describeReportInputs(tabPage, index.changeCount(), settings);
    const reused = recentReports.get(tabId);
    if (reused && reused.inputs === inputs && now - reused.at >= 0 && now - reused.at < REPORT_REUSE_MS) {
      const { report, whys } = reused.built;
      return { report: report.state === 'article' ? { ...report, index: indexStatus } : report, whys };
    }
    const built = await buildArticleReport(tabPage, { index, status: indexStatus, now, cardOptions: settings });
    recentReports.delete(tabId);
    recentReports.set(tabId, { inputs, at: now, built });
    for (const oldest of recentReports.keys()) {
      if (recentReports.size <= MAX_REUSED_REPORTS) break;
      recentReports.delete(oldest);
    }
    return built;
  }

  return {
    'page:hints': async ({ url }) => {
      const settings = await loadSettings();
      const outlet = outletForUrl(url);
      let enabled = true;
      try {
        enabled = !isSiteDisabled(settings, new URL(url).hostname);
      } catch {
        enabled = false;
      }
      return {
        knownOutlet: outlet ? { id: outlet.id, name: outlet.name } : null,
        enabled,
        articleBadge: settings.articleBadge,
        linkChips: settings.linkChips,
        badgeStyle: settings.badgeStyle,
      };
    },

    'page:analyzed': async ({ url, analysis }, ctx) => {
      const tabId = ctx.tabId;
      if (tabId === null) throw new Error('No tab.');
      await saveTabPage(tabId, { url, analysis, at: deps.now() });
      if (!analysis.isArticle) {
        await setToolbarCount(tabId, null);
        return { tabId, badge: null };
      }
      const report = await reportForTab(tabId);
      if (report.state !== 'article') return { tabId, badge: null };
      const badge = countOutletsByBias(report.story.entries);
      await setToolbarCount(tabId, badge.outlets);
      return { tabId, badge };
    },

    'page:report': async (_data, ctx) => {
      if (ctx.tabId === null) throw new Error('No tab.');
      return reportForTab(ctx.tabId);
    },

    'links:lookup': async ({ urls }) => {
      const [index, settings] = await Promise.all([getArticleIndex(), loadSettings()]);
      const now = deps.now();
      let coverageLookups = 0;
      return Promise.all(
        urls.map(async (url): Promise<LinkInfo | null> => {
          const outlet = outletForUrl(url);
          if (!outlet) return null;
          const info: LinkInfo = {
            outletId: outlet.id,
            name: outlet.name,
            bias: biasForSource(outlet, settings.ratingSource),
            outlets: null,
          };
          const id = canonicalizeUrl(url);
          const article = id ? await index.getArticle(id) : null;
          if (article && coverageLookups++ < MAX_LINK_COVERAGE_LOOKUPS) {
            const coverage = await index.coverageFor(
              { url: article.url, title: article.title, summary: article.summary, outletId: article.outletId, lang: article.lang, published: article.published },
              { now },
            );
            info.outlets = countOutletsByBias(toCoverageEntries(coverage, article.outletId)).outlets;
          }
          return info;
        }),
      );
    },

    'tab:report': async ({ tabId }) => reportForTab(tabId),

    'story:why': async ({ tabId, articleId }) => (await builtReportForTab(tabId)).whys.get(articleId) ?? null,

    'story:not-same': async ({ tabId, articleId }) => {
      const report = await reportForTab(tabId);
      if (report.state === 'article' && report.story.id) {
        const index = await getArticleIndex();
        await index.notSameStory(report.story.id, articleId);
      }
      // The removal changes this story for every tab showing it.
      recentReports.clear();
      return reportForTab(tabId);
    },

    'index:search': async ({ query }) => {
      const [index, settings] = await Promise.all([getArticleIndex(), loadSettings()]);
      const found = await index.search(query, { now: deps.now(), limit: 50 });
      return found
        .filter((a) => isHttpUrl(a.url))
        .map((a): CoverageEntry => {
          const outlet = a.outletId ? outletById(a.outletId) : null;
          return {
            articleId: a.id,
            title: a.title,
            url: a.url,
            published: a.published,
            lang: a.lang,
            domain: a.domain,
            outlet: outlet ? toOutletChip(toOutletCard(outlet, settings)) : null,
            score: 0,
            isReaderOutlet: false,
          };
        });
    },

    'index:status': async () => status(),

    'index:clear': async () => {
      const index = await getArticleIndex();
      await index.clear();
      return status();
    },

    'refresh:now': async () => {
      void startRefresh(deps).catch(() => undefined); // progress is observable through index:status
      return status();
    },

    'site:disable': async ({ domain }) => {
      const site = normalizeSite(domain);
      if (!site) throw new Error(`Not a site: ${domain}`);
      const settings = await loadSettings();
      const next = await updateSettings({ disabledSites: [...settings.disabledSites, site] });
      return { disabledSites: next.disabledSites };
    },

    ...createOptionsHandlers(deps),
  };
}
