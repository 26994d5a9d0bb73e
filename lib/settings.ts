// User settings: defined once, as WXT storage items with fallback and version, validated on read and import.
// Runs in every context (service: storage I/O). `normalizeSettings` is pure and tested on its own.

import { storage } from 'wxt/utils/storage';

export type RatingSource = 'consensus' | 'allsides' | 'mbfc';
export type BadgeStyle = 'compact' | 'detailed';

export interface CustomFeed {
  url: string;
  title: string | null;
}

export interface Settings {
  /** Badge near the headline of article pages. */
  articleBadge: boolean;
  /** Chips next to links to known outlets' articles. */
  linkChips: boolean;
  badgeStyle: BadgeStyle;
  /** Hostnames (without www) where Parallax shows nothing. */
  disabledSites: string[];
  /** Which provider drives the bias shown. */
  ratingSource: RatingSource;
  showFactuality: boolean;
  /** Catalog outlet ids whose feeds are not fetched. */
  disabledOutlets: string[];
  customFeeds: CustomFeed[];
  refreshMinutes: number;
  retentionDays: number;
}

export const DEFAULT_SETTINGS: Settings = {
  articleBadge: true,
  linkChips: true,
  badgeStyle: 'compact',
  disabledSites: [],
  ratingSource: 'consensus',
  showFactuality: true,
  disabledOutlets: [],
  customFeeds: [],
  refreshMinutes: 30,
  retentionDays: 7,
};

export const REFRESH_MINUTES_RANGE = { min: 5, max: 24 * 60 } as const;
export const RETENTION_DAYS_RANGE = { min: 1, max: 60 } as const;
const MAX_LIST = 2000;
/** Custom feeds kept at most (each is fetched at every refresh). */
export const MAX_CUSTOM_FEEDS = 500;

function clampInt(v: unknown, range: { min: number; max: number }, fallback: number): number {
  if (typeof v !== 'number' || !Number.isFinite(v)) return fallback;
  return Math.min(range.max, Math.max(range.min, Math.round(v)));
}

function stringList(v: unknown, normalize: (s: string) => string | null): string[] {
  if (!Array.isArray(v)) return [];
  const out = new Set<string>();
  for (const item of v.slice(0, MAX_LIST)) {
    if (typeof item !== 'string') continue;
    const n = normalize(item);
    if (n) out.add(n);
  }
  return [...out];
}

/** Lowercased hostname without www, or null when `input` is not a host or URL. */
export function normalizeSite(input: string): string | null {
  const s = input.trim().toLowerCase();
  if (!s) return null;
  let host = s;
  try {
    host = new URL(s.includes('://') ? s : `https://${s}`).hostname;
  } catch {
    return null;
  }
  host = host.replace(/^www\./, '');
  return /^[a-z0-9.-]+\.[a-z0-9-]+$/.test(host) ? host : null;
}

function httpUrl(input: string): string | null {
  try {
    const u = new URL(input.trim());
    return u.protocol === 'http:' || u.protocol === 'https:' ? u.href : null;
  } catch {
    return null;
  }
}

/** Validates anything read back from storage or imported from a file; unknown or bad fields fall back. */
export function normalizeSettings(raw: unknown): Settings {
  const r = (typeof raw === 'object' && raw !== null ? raw : {}) as Partial<Record<keyof Settings, unknown>>;
  const bool = (v: unknown, d: boolean) => (typeof v === 'boolean' ? v : d);
  const customFeeds: CustomFeed[] = [];
  if (Array.isArray(r.customFeeds)) {
    const seen = new Set<string>();
    for (const f of r.customFeeds.slice(0, MAX_CUSTOM_FEEDS)) {
      const url = typeof f === 'object' && f !== null ? httpUrl(String((f as { url?: unknown }).url ?? '')) : null;
      if (!url || seen.has(url)) continue;
      seen.add(url);
      const title = (f as { title?: unknown }).title;
      customFeeds.push({ url, title: typeof title === 'string' ? title.slice(0, 300) : null });
    }
  }
  return {
    articleBadge: bool(r.articleBadge, DEFAULT_SETTINGS.articleBadge),
    linkChips: bool(r.linkChips, DEFAULT_SETTINGS.linkChips),
    badgeStyle: r.badgeStyle === 'detailed' ? 'detailed' : 'compact',
    disabledSites: stringList(r.disabledSites, normalizeSite),
    ratingSource: r.ratingSource === 'allsides' || r.ratingSource === 'mbfc' ? r.ratingSource : 'consensus',
    showFactuality: bool(r.showFactuality, DEFAULT_SETTINGS.showFactuality),
    disabledOutlets: stringList(r.disabledOutlets, (s) => (/^[a-z0-9-]{1,80}$/.test(s) ? s : null)),
    customFeeds,
    refreshMinutes: clampInt(r.refreshMinutes, REFRESH_MINUTES_RANGE, DEFAULT_SETTINGS.refreshMinutes),
    retentionDays: clampInt(r.retentionDays, RETENTION_DAYS_RANGE, DEFAULT_SETTINGS.retentionDays),
  };
}

/** True when Parallax must show nothing on `hostname` (the site or one of its parents is disabled). */
export function isSiteDisabled(settings: Settings, hostname: string): boolean {
  const host = hostname.toLowerCase().replace(/^www\./, '');
  return settings.disabledSites.some((d) => host === d || host.endsWith(`.${d}`));
}

/** The settings, synced across the user's browsers (they are small). */
export const settingsItem = storage.defineItem<Settings>('sync:settings', {
  fallback: DEFAULT_SETTINGS,
  version: 1,
});

// Sync storage holds at most 8192 bytes per item (Chrome and Firefox). A user who keeps 50 of 1,000 outlets
// has ~12 kB of disabled ids: lists that do not fit are kept in local storage instead, and the sync item
// names them in `localFields`. Such settings then stay on this browser; everything else still syncs.

/** Bytes of one sync item we allow ourselves (the browsers' limit is 8192, key included). */
export const SYNC_ITEM_MAX_BYTES = 8000;
/** Lists that may be moved to local storage (largest first) until the rest fits the sync item. */
const OVERFLOW_FIELDS = ['disabledOutlets', 'customFeeds', 'disabledSites'] as const;
type OverflowField = (typeof OVERFLOW_FIELDS)[number];

/** What the sync item holds: the settings, minus the lists named in `localFields` (kept locally). */
export type StoredSettings = Settings & { localFields?: OverflowField[] };

/** Lists that did not fit the sync item (absent when everything fits). */
export const localSettingsListsItem = storage.defineItem<Partial<Pick<Settings, OverflowField>> | null>(
  'local:settings-lists',
  { fallback: null },
);

function byteLength(value: unknown): number {
  return new TextEncoder().encode(`settings${JSON.stringify(value)}`).length;
}

/** Splits settings into what goes to the sync item and what must stay local so the sync item fits. */
export function splitForSync(settings: Settings): { sync: StoredSettings; local: Partial<Pick<Settings, OverflowField>> | null } {
  const sync: StoredSettings = { ...settings };
  const local: Partial<Pick<Settings, OverflowField>> = {};
  const moved: OverflowField[] = [];
  const largestFirst = [...OVERFLOW_FIELDS].sort((a, b) => byteLength(settings[b]) - byteLength(settings[a]));
  for (const field of largestFirst) {
    if (byteLength(sync) <= SYNC_ITEM_MAX_BYTES) break;
    (local as Record<OverflowField, unknown>)[field] = settings[field];
    (sync as Record<OverflowField, unknown>)[field] = [];
    moved.push(field);
    sync.localFields = [...moved];
  }
  return moved.length ? { sync, local } : { sync, local: null };
}

/** Reads the sync item and, when it says some lists are kept locally, those lists. */
export async function loadSettings(): Promise<Settings> {
  const raw = (await settingsItem.getValue()) as StoredSettings | null;
  const localFields = Array.isArray(raw?.localFields) ? raw.localFields : [];
  if (!raw || localFields.length === 0) return normalizeSettings(raw);
  const local = (await localSettingsListsItem.getValue()) ?? {};
  const merged: Record<string, unknown> = { ...raw };
  for (const field of OVERFLOW_FIELDS) {
    if (localFields.includes(field)) merged[field] = (local as Record<string, unknown>)[field];
  }
  return normalizeSettings(merged);
}

export async function updateSettings(patch: Partial<Settings>): Promise<Settings> {
  const next = normalizeSettings({ ...(await loadSettings()), ...patch });
  const { sync, local } = splitForSync(next);
  // Local first: a reader woken by the sync change must find the lists it names.
  if (local) await localSettingsListsItem.setValue(local);
  await settingsItem.setValue(sync);
  if (!local) await localSettingsListsItem.removeValue();
  return next;
}
