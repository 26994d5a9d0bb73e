// Display vocabulary for coverage data: names of bias buckets, factual levels, ownership kinds,
// rating providers, countries and languages, and relative/absolute time phrases.
// Pure; runs anywhere (popup, content script, worker, CLI). Takes `now` as a parameter, never reads the clock.

import type { Bias, Factual, Ownership, OutletType, RatingProvider } from '../catalog/types';
import type { Side } from './summary';

export const BIAS_LABELS: Record<Bias, string> = {
  left: 'Left',
  'lean-left': 'Lean Left',
  center: 'Center',
  'lean-right': 'Lean Right',
  right: 'Right',
};

/** Short forms shown on chips and the bar (always next to, or labelled with, the full label). */
export const BIAS_SHORT: Record<Bias, string> = {
  left: 'L',
  'lean-left': 'LL',
  center: 'C',
  'lean-right': 'LR',
  right: 'R',
};

export const SIDE_LABELS: Record<Side, string> = { left: 'Left', center: 'Center', right: 'Right' };

export const FACTUAL_LABELS: Record<Factual, string> = {
  'very-high': 'Very high',
  high: 'High',
  'mostly-factual': 'Mostly factual',
  mixed: 'Mixed',
  low: 'Low',
  'very-low': 'Very low',
};

export const OWNERSHIP_LABELS: Record<Ownership, string> = {
  independent: 'Independent',
  corporate: 'Corporate',
  'public-broadcaster': 'Public broadcaster',
  'state-controlled': 'State-controlled',
  nonprofit: 'Nonprofit',
  cooperative: 'Cooperative',
  private: 'Privately held',
  other: 'Other',
};

export const OUTLET_TYPE_LABELS: Record<OutletType, string> = {
  wire: 'News agency',
  newspaper: 'Newspaper',
  broadcaster: 'Broadcaster',
  'public-broadcaster': 'Public broadcaster',
  digital: 'Digital outlet',
  magazine: 'Magazine',
  'state-media': 'State media',
  aggregator: 'Aggregator',
  other: 'Outlet',
};

/** Display names of known rating providers; unknown providers show their id. */
export const PROVIDER_NAMES: Record<string, string> = {
  allsides: 'AllSides',
  mbfc: 'Media Bias/Fact Check',
  'ad-fontes': 'Ad Fontes Media',
  newsguard: 'NewsGuard',
};

export function labelProvider(provider: RatingProvider): string {
  return PROVIDER_NAMES[provider] ?? provider;
}

// Intl objects are costly to build (a 100-row list would build hundreds); keep one per options key.
// A pure memo: results never depend on it, only speed does.
const displayNamesCache = new Map<string, Intl.DisplayNames>();
const dateFormatCache = new Map<string, Intl.DateTimeFormat>();

function displayName(type: 'region' | 'language', code: string, locale?: string): string {
  try {
    const key = `${type}|${locale ?? ''}`;
    let names = displayNamesCache.get(key);
    if (!names) {
      names = new Intl.DisplayNames(locale ? [locale] : undefined, { type, fallback: 'code' });
      displayNamesCache.set(key, names);
    }
    return names.of(type === 'region' ? code.toUpperCase() : code) ?? code;
  } catch {
    return code;
  }
}

/** "DE" -> "Germany" (falls back to the code). */
export function labelCountry(code: string, locale?: string): string {
  return displayName('region', code, locale);
}

/** "de" -> "German" (falls back to the code). */
export function labelLanguage(code: string, locale?: string): string {
  return displayName('language', code, locale);
}

const MINUTE_MS = 60_000;
const HOUR_MS = 60 * MINUTE_MS;
const DAY_MS = 24 * HOUR_MS;

/** "just now", "5 min ago", "3 h ago", "2 d ago", "in 4 h" (clock skew), or "" for unusable times. */
export function formatRelativeTime(ms: number, now: number): string {
  if (!Number.isFinite(ms) || ms <= 0 || !Number.isFinite(now) || now <= 0) return '';
  const diff = now - ms;
  const abs = Math.abs(diff);
  let text: string;
  if (abs < MINUTE_MS) return 'just now';
  if (abs < HOUR_MS) text = `${Math.floor(abs / MINUTE_MS)} min`;
  else if (abs < DAY_MS) text = `${Math.floor(abs / HOUR_MS)} h`;
  else if (abs < 60 * DAY_MS) text = `${Math.floor(abs / DAY_MS)} d`;
  else text = `${Math.floor(abs / (30 * DAY_MS))} mo`;
  return diff >= 0 ? `${text} ago` : `in ${text}`;
}

export interface TimeFormatOptions {
  locale?: string;
  /** IANA zone; the user's own when absent. */
  timeZone?: string;
}

/** Absolute date and time, e.g. "Wed, Feb 4, 09:12". */
export function formatDateTime(ms: number, opts: TimeFormatOptions = {}): string {
  if (!Number.isFinite(ms) || ms <= 0) return '';
  const key = `${opts.locale ?? ''}|${opts.timeZone ?? ''}`;
  let format = dateFormatCache.get(key);
  if (!format) {
    format = new Intl.DateTimeFormat(opts.locale, {
      weekday: 'short',
      month: 'short',
      day: 'numeric',
      hour: '2-digit',
      minute: '2-digit',
      timeZone: opts.timeZone,
    });
    dateFormatCache.set(key, format);
  }
  return format.format(ms);
}

/** "3 hours", "15 minutes", "2 days": the size of a timeline bucket. */
export function formatDuration(ms: number): string {
  if (ms >= DAY_MS && ms % DAY_MS === 0) return plural(ms / DAY_MS, 'day');
  if (ms >= HOUR_MS && ms % HOUR_MS === 0) return plural(ms / HOUR_MS, 'hour');
  return plural(Math.round(ms / MINUTE_MS), 'minute');
}

/** One formatter for every count: `Number#toLocaleString('en')` builds a new one per call (about 1 ms each in
 *  Chromium), which made labelling 72 link chips cost ~70 ms of the page's main thread. */
const COUNT_FORMAT = new Intl.NumberFormat('en');

/** "1 outlet", "7 outlets". */
export function plural(n: number, word: string, pluralWord = `${word}s`): string {
  return `${COUNT_FORMAT.format(n)} ${n === 1 ? word : pluralWord}`;
}

/** The in-page badge's accessible name. */
export function describeBadge(otherOutlets: number): string {
  if (otherOutlets <= 0) return 'Parallax: no other outlets found for this story yet';
  return `Parallax: ${plural(otherOutlets, 'other outlet')} ${otherOutlets === 1 ? 'covers' : 'cover'} this story`;
}
