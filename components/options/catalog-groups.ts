// View model of the Sources list: filters the outlet catalog and groups it by country, language, bias or type.
// Pure functions over catalog data (no I/O); used by the options page's components and their tests.

import { biasForSource } from '../../lib/catalog/ratings';
import { BIAS_BUCKETS, type Bias, type Outlet } from '../../lib/catalog/types';
import { BIAS_LABELS, OUTLET_TYPE_LABELS, labelCountry, labelLanguage } from '../../lib/coverage/labels';
import type { RatingSource } from '../../lib/settings';

export type GroupBy = 'country' | 'language' | 'bias' | 'type';

export const GROUP_BY_LABELS: Record<GroupBy, string> = {
  country: 'Country',
  language: 'Language',
  bias: 'Bias',
  type: 'Type',
};

/** '' means "any". `bias` may also be 'unrated'. */
export interface CatalogFilter {
  query: string;
  country: string;
  language: string;
  bias: string;
  type: string;
}

export const EMPTY_FILTER: CatalogFilter = { query: '', country: '', language: '', bias: '', type: '' };

export interface OutletGroup {
  key: string;
  label: string;
  outlets: Outlet[];
}

export interface Choice {
  value: string;
  label: string;
}

const UNRATED = 'unrated';

export interface GroupOptions {
  locale?: string;
  /** Which provider's rating places outlets on the bias scale (the user's setting). */
  source?: RatingSource;
}

/** The outlet's bias as the chosen provider rates it (consensus: the catalog's computed value). */

/** Lowercase, accents removed: "Le Monde" matches "le monde", "Süddeutsche" matches "sudd". */
export function foldForSearch(s: string): string {
  return s.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
}

export function isFilterActive(f: CatalogFilter): boolean {
  return Boolean(f.query.trim() || f.country || f.language || f.bias || f.type);
}

export function filterOutlets(outlets: readonly Outlet[], f: CatalogFilter, source: RatingSource = 'consensus'): Outlet[] {
  const words = foldForSearch(f.query).split(/\s+/).filter(Boolean);
  return outlets.filter((o) => {
    if (f.country && o.country !== f.country) return false;
    if (f.language && !o.languages.includes(f.language)) return false;
    if (f.bias && (biasForSource(o, source) ?? UNRATED) !== f.bias) return false;
    if (f.type && o.type !== f.type) return false;
    if (!words.length) return true;
    const hay = foldForSearch([o.name, o.id, o.owner ?? '', ...o.domains].join(' '));
    return words.every((w) => hay.includes(w));
  });
}

function keysOf(o: Outlet, by: GroupBy, source: RatingSource): string[] {
  switch (by) {
    case 'country':
      return [o.country];
    case 'language':
      return o.languages.length ? o.languages : ['und'];
    case 'bias':
      return [biasForSource(o, source) ?? UNRATED];
    case 'type':
      return [o.type];
  }
}

export function labelGroup(by: GroupBy, key: string, locale?: string): string {
  switch (by) {
    case 'country':
      return labelCountry(key, locale);
    case 'language':
      return key === 'und' ? 'Unknown language' : labelLanguage(key, locale);
    case 'bias':
      return key === UNRATED ? 'Unrated' : (BIAS_LABELS[key as keyof typeof BIAS_LABELS] ?? key);
    case 'type':
      return OUTLET_TYPE_LABELS[key as keyof typeof OUTLET_TYPE_LABELS] ?? key;
  }
}

const BIAS_ORDER: readonly string[] = [...BIAS_BUCKETS, UNRATED];

/** Groups in a stable order (bias left to right, others by label); outlets by name inside each group. */
export function groupOutlets(outlets: readonly Outlet[], by: GroupBy, opts: GroupOptions = {}): OutletGroup[] {
  const { locale, source = 'consensus' } = opts;
  const groups = new Map<string, Outlet[]>();
  for (const o of outlets) {
    for (const key of keysOf(o, by, source)) {
      const members = groups.get(key);
      if (members) members.push(o);
      else groups.set(key, [o]);
    }
  }
  const list = [...groups].map(([key, members]) => ({
    key,
    label: labelGroup(by, key, locale),
    outlets: members.sort((a, b) => a.name.localeCompare(b.name, locale)),
  }));
  if (by === 'bias') return list.sort((a, b) => BIAS_ORDER.indexOf(a.key) - BIAS_ORDER.indexOf(b.key));
  return list.sort((a, b) => a.label.localeCompare(b.label, locale));
}

/** The values each filter can take, from the catalog itself (so no empty choice is offered). */
export function listFilterChoices(
  outlets: readonly Outlet[],
  opts: GroupOptions = {},
): Record<Exclude<keyof CatalogFilter, 'query'>, Choice[]> {
  const choices = (by: GroupBy): Choice[] =>
    groupOutlets(outlets, by, opts).map((g) => ({ value: g.key, label: `${g.label} (${g.outlets.length})` }));
  return { country: choices('country'), language: choices('language'), bias: choices('bias'), type: choices('type') };
}
