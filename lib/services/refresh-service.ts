// Feed refresh as the background runs it: which feeds (catalog + custom, minus disabled outlets), fetch and
// ingest them into the index, prune old articles. Runs in the background only; every step is persisted
// by the feed-state store and the index, so a worker stopped half-way resumes on its next wake-up.

import { browser } from 'wxt/browser';
import { listOutlets, outletById } from '../catalog';
import type { Outlet } from '../catalog/types';
import type { IndexStatus } from '../coverage/types';
import { getProgress, runRefresh } from '../feeds/refresh';
import type { FeedItem, RefreshProgress } from '../feeds/types';
import { CLUSTER_BATCH_SIZE } from '../index/tuning';
import type { ArticleInput } from '../index/types';
import { loadSettings, type Settings } from '../settings';
import { getArticleIndex, getFeedStateStore } from './connections';

export interface FeedToFetch {
  url: string;
  outletId: string | null;
}

/** Feeds to fetch: the first feed of every enabled catalog outlet, plus the user's custom feeds. */
export function selectFeeds(settings: Settings, outlets: readonly Outlet[]): FeedToFetch[] {
  const disabled = new Set(settings.disabledOutlets);
  const seen = new Set<string>();
  const feeds: FeedToFetch[] = [];
  const add = (url: string, outletId: string | null) => {
    if (seen.has(url)) return;
    seen.add(url);
    feeds.push({ url, outletId });
  };
  for (const outlet of outlets) {
    if (disabled.has(outlet.id)) continue;
    const feed = outlet.feeds[0];
    if (feed) add(feed.url, outlet.id);
  }
  for (const custom of settings.customFeeds) add(custom.url, null);
  return feeds;
}

/** A feed item as the index takes it; language falls back to the outlet's first language. */
export function feedItemToArticleInput(item: FeedItem, outlet: Outlet | null): ArticleInput {
  const published = item.published ? Date.parse(item.published) : NaN;
  return {
    url: item.url,
    title: item.title,
    summary: item.summary,
    outletId: outlet?.id ?? null,
    lang: item.lang ?? outlet?.languages[0] ?? null,
    published: Number.isFinite(published) ? published : null,
  };
}


let inFlight: Promise<RefreshProgress> | null = null;

export interface RefreshDeps {
  settings: Settings;
  fetch: typeof fetch;
  now: () => number;
  outletLookup: (id: string) => Outlet | null;
}

/** Runs (or joins the running) refresh; resumes a job a stopped worker left unfinished. */
export function refreshFeeds(deps: RefreshDeps): Promise<RefreshProgress> {
  if (inFlight) return inFlight;
  const run = (async () => {
    const [store, index] = await Promise.all([getFeedStateStore(), getArticleIndex()]);
    const progress = await runRefresh({
      fetch: deps.fetch,
      now: deps.now,
      store,
      feeds: selectFeeds(deps.settings, listOutlets()),
      ingest: async (items, feed) => {
        const outlet = feed.outletId ? deps.outletLookup(feed.outletId) : null;
        // Two steps: each feed's articles are stored at once (cheap); stories are assigned in bulk (below).
        return index.ingest(
          items.map((item) => feedItemToArticleInput(item, outlet)),
          { feedUrl: feed.url, now: deps.now(), deferClustering: true },
        );
      },
      // After every feed, whatever its outcome: cluster once a batch is pending, and everything with the
      // run's last feed — before that feed is recorded, so the refresh reports done with stories assigned.
      afterFeed: (_feed, { isLast }) => index.clusterPending(isLast ? {} : { whenAtLeast: CLUSTER_BATCH_SIZE }),
    });
    // Left pending only when the clustering after the last feed failed, or the run was taken over.
    await index.clusterPending();
    await index.prune({ now: deps.now(), retentionDays: deps.settings.retentionDays });
    return progress;
  })().finally(() => {
    inFlight = null;
  });
  inFlight = run;
  return run;
}

/** The index's figures and refresh progress; `settings` may still be on its way (it is read in parallel). */
export async function getIndexStatus(settingsRead: Settings | Promise<Settings>): Promise<IndexStatus> {
  const [store, index] = await Promise.all([getFeedStateStore(), getArticleIndex()]);
  const [progress, stats, settings] = await Promise.all([getProgress(store), index.stats(), settingsRead]);
  return {
    articles: stats.articles,
    stories: stats.stories,
    feeds: selectFeeds(settings, listOutlets()).length,
    lastRefresh: progress.finishedAt,
    progress,
  };
}

/** The periodic refresh alarm, and the one-minute alarm that resumes a refresh a stopped worker left. */
export const REFRESH_ALARM = 'parallax-refresh';
export const RESUME_ALARM = 'parallax-resume';
const RESUME_DELAY_MINUTES = 1;

/** (Re)creates the periodic alarm when it is missing or its period changed. */
export async function ensureRefreshAlarm(minutes: number): Promise<void> {
  const current = await browser.alarms.get(REFRESH_ALARM);
  if (current?.periodInMinutes === minutes) return;
  await browser.alarms.clear(REFRESH_ALARM);
  browser.alarms.create(REFRESH_ALARM, { periodInMinutes: minutes, delayInMinutes: minutes });
}

/**
 * Starts (or joins) a refresh with the current settings. A resume alarm is armed for its duration: if the
 * worker is stopped mid-way, the alarm wakes it and the persisted job continues where it stopped.
 */
export async function startRefresh(deps: { fetch: typeof fetch; now: () => number }): Promise<RefreshProgress> {
  const settings = await loadSettings();
  browser.alarms.create(RESUME_ALARM, { delayInMinutes: RESUME_DELAY_MINUTES, periodInMinutes: RESUME_DELAY_MINUTES });
  try {
    return await refreshFeeds({ settings, fetch: deps.fetch, now: deps.now, outletLookup: outletById });
  } finally {
    await browser.alarms.clear(RESUME_ALARM);
  }
}

/** On worker start: continue a refresh that was cut short (or only its clustering step). */
export async function resumeUnfinishedRefresh(deps: { fetch: typeof fetch; now: () => number }): Promise<void> {
  const [store, index] = await Promise.all([getFeedStateStore(), getArticleIndex()]);
  const progress = await getProgress(store);
  if (progress.running) await startRefresh(deps);
  // Articles stored by a refresh stopped after its last feed, before their stories were assigned.
  else await index.clusterPending();
}
