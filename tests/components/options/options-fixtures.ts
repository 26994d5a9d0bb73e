// Fixture data for the options page components: a small catalog, feed statuses, index status, and
// mock actions that resolve as the container's would.

import { vi } from 'vitest';
import type { ActionResult, OptionsActions, OptionsViewProps } from '../../../components/options/types';
import { RATING_PROVIDERS } from '../../../lib/catalog/ratings';
import type { Bias, Outlet, OutletType } from '../../../lib/catalog/types';
import type { IndexStatus } from '../../../lib/coverage/types';
import type { FeedOverview } from '../../../lib/protocol';
import { DEFAULT_SETTINGS, type Settings } from '../../../lib/settings';

export const NOW = Date.UTC(2026, 10, 21, 12, 0);
const MIN = 60_000;

function outlet(id: string, name: string, country: string, lang: string, type: OutletType, bias: Bias | null, feed = true): Outlet {
  return {
    id,
    name,
    homepage: `https://www.${id}.example/`,
    domains: [`${id}.example`],
    country,
    languages: [lang],
    type,
    ratings: [],
    bias,
    factual: null,
    owner: id === 'le-monde' ? 'Groupe Le Monde' : undefined,
    feeds: feed ? [{ url: `https://www.${id}.example/rss.xml` }] : [],
  };
}

export const OUTLETS: Outlet[] = [
  outlet('reuters', 'Reuters', 'GB', 'en', 'wire', 'center'),
  outlet('guardian', 'The Guardian', 'GB', 'en', 'newspaper', 'lean-left'),
  outlet('fox-news', 'Fox News', 'US', 'en', 'broadcaster', 'right'),
  outlet('npr', 'NPR', 'US', 'en', 'public-broadcaster', 'lean-left'),
  outlet('le-monde', 'Le Monde', 'FR', 'fr', 'newspaper', 'lean-left'),
  outlet('sueddeutsche', 'Süddeutsche Zeitung', 'DE', 'de', 'newspaper', null, false),
];

export const FEEDS: FeedOverview[] = [
  {
    url: 'https://www.reuters.example/rss.xml',
    outletId: 'reuters',
    title: null,
    status: {
      url: 'https://www.reuters.example/rss.xml',
      outletId: 'reuters',
      lastFetch: NOW - 5 * MIN,
      lastSuccess: NOW - 5 * MIN,
      lastError: null,
      items: 42,
      etag: null,
      lastModified: null,
      failures: 0,
      nextAllowed: 0,
    },
  },
  {
    url: 'https://www.fox-news.example/rss.xml',
    outletId: 'fox-news',
    title: null,
    status: {
      url: 'https://www.fox-news.example/rss.xml',
      outletId: 'fox-news',
      lastFetch: NOW - 10 * MIN,
      lastSuccess: null,
      lastError: 'HTTP 503 Service Unavailable',
      items: 0,
      etag: null,
      lastModified: null,
      failures: 3,
      nextAllowed: NOW + 60 * MIN,
    },
  },
  { url: 'https://blog.example/feed', outletId: null, title: 'My blog', status: null },
];

export const INDEX: IndexStatus = {
  articles: 1234,
  stories: 321,
  feeds: 3,
  lastRefresh: NOW - 5 * MIN,
  progress: { running: false, startedAt: NOW - 6 * MIN, finishedAt: NOW - 5 * MIN, feedsTotal: 3, feedsDone: 3, newArticles: 12, errors: 1 },
};

export const RUNNING_INDEX: IndexStatus = {
  ...INDEX,
  progress: { running: true, startedAt: NOW - 10_000, finishedAt: null, feedsTotal: 40, feedsDone: 10, newArticles: 5, errors: 0 },
};

const ok = (): Promise<ActionResult> => Promise.resolve({ ok: true });

export function mockOptionsActions(overrides: Partial<OptionsActions> = {}) {
  return {
    updateSettings: vi.fn(ok),
    setOutletsEnabled: vi.fn(ok),
    addCustomFeed: vi.fn(ok),
    removeCustomFeed: vi.fn(ok),
    importOpml: vi.fn(ok),
    exportOpml: vi.fn(),
    addDisabledSite: vi.fn(ok),
    removeDisabledSite: vi.fn(ok),
    refreshNow: vi.fn(ok),
    clearIndex: vi.fn(ok),
    resetSettings: vi.fn(ok),
    exportSettings: vi.fn(),
    importSettings: vi.fn(ok),
    ...overrides,
  };
}

export function viewProps(over: Partial<OptionsViewProps> = {}, settings: Partial<Settings> = {}): OptionsViewProps {
  return {
    settings: { ...DEFAULT_SETTINGS, ...settings },
    outlets: OUTLETS,
    providers: RATING_PROVIDERS,
    feeds: FEEDS,
    index: INDEX,
    storage: { usage: 12_345_678, quota: 2_000_000_000 },
    saveStatus: { state: 'idle', message: '' },
    now: NOW,
    actions: mockOptionsActions(),
    ...over,
  };
}
