// Reads the published reference tables (../shared/data/reference) that the catalog is compiled from
// and checked against. Runs in Node only (catalog CLI, compiler, tests); never bundled in the extension.
// Reads the files in place; nothing here is copied into the project.

import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** ../shared/data/reference relative to the repo root (this file is lib/catalog/reference.ts). */
export const DEFAULT_REFERENCE_DIR = fileURLToPath(new URL('../../../shared/data/reference/', import.meta.url));

export type TsvRow = Record<string, string>;

/** Parses a header-row TSV file into objects keyed by the header names. */
export function readTsv(path: string): TsvRow[] {
  const lines = readFileSync(path, 'utf8').split('\n');
  const header = (lines[0] ?? '').split('\t');
  const rows: TsvRow[] = [];
  for (const line of lines.slice(1)) {
    if (!line.trim()) continue;
    const cells = line.split('\t');
    const row: TsvRow = {};
    header.forEach((name, i) => (row[name] = (cells[i] ?? '').trim()));
    rows.push(row);
  }
  return rows;
}

/** Comparable form of a feed URL: no scheme, lowercase host, no trailing slash. */
export function normalizeFeedUrl(url: string): string {
  const match = /^(?:https?:)?\/\/([^/?#]+)(.*)$/i.exec(url.trim());
  if (!match) return url.trim();
  const host = (match[1] ?? '').toLowerCase().replace(/^www\./, '');
  const rest = (match[2] ?? '').replace(/\/+$/, '');
  return host + rest;
}

export interface ReferenceFeed {
  list: 'kagi-kite' | 'yavuz' | 'plenaryapp';
  url: string;
  /** Host of the feed URL, or the site domain the list gives. */
  host: string;
  site: string;
  outlet: string;
  country: string;
  lang: string;
  category: string;
}

export interface ReferenceData {
  dir: string;
  allsides: TsvRow[];
  mbfc: TsvRow[];
  mbfcIdiap: TsvRow[];
  kagiMedia: TsvRow[];
  feeds: ReferenceFeed[];
  /** normalizeFeedUrl(url) -> names of the lists that contain it. */
  feedLists: Map<string, string[]>;
}

function hostOf(url: string): string {
  try {
    return new URL(url).hostname.toLowerCase();
  } catch {
    return '';
  }
}

/** Loads the reference tables, or returns null when the folder is missing. */
export function loadReference(dir: string = DEFAULT_REFERENCE_DIR): ReferenceData | null {
  if (!existsSync(join(dir, 'ratings_mbfc.tsv'))) return null;
  const feeds: ReferenceFeed[] = [];
  for (const r of readTsv(join(dir, 'feeds_kagi_kite.tsv'))) {
    const url = r.feed_url ?? '';
    feeds.push({
      list: 'kagi-kite', url, host: hostOf(url), site: r.feed_domain ?? '', outlet: r.outlet ?? '',
      country: r.country ?? '', lang: r.lang ?? '', category: r.kite_category ?? '',
    });
  }
  for (const r of readTsv(join(dir, 'feeds_yavuz.tsv'))) {
    const url = r.feed_url ?? '';
    feeds.push({
      list: 'yavuz', url, host: hostOf(url), site: r.site_domain ?? '', outlet: r.outlet ?? '',
      country: r.country_iso3 ?? '', lang: r.lang ?? '', category: '',
    });
  }
  for (const r of readTsv(join(dir, 'feeds_plenaryapp.tsv'))) {
    const url = r.feed_url ?? '';
    feeds.push({
      list: 'plenaryapp', url, host: hostOf(url), site: r.feed_domain ?? '', outlet: r.outlet ?? '',
      country: r.country ?? '', lang: r.lang ?? '', category: '',
    });
  }
  const feedLists = new Map<string, string[]>();
  for (const feed of feeds) {
    const key = normalizeFeedUrl(feed.url);
    const lists = feedLists.get(key) ?? [];
    if (!lists.includes(feed.list)) lists.push(feed.list);
    feedLists.set(key, lists);
  }
  return {
    dir,
    allsides: readTsv(join(dir, 'ratings_allsides.tsv')),
    mbfc: readTsv(join(dir, 'ratings_mbfc.tsv')),
    mbfcIdiap: readTsv(join(dir, 'ratings_mbfc_idiap2024.tsv')),
    kagiMedia: readTsv(join(dir, 'ratings_kagi_media.tsv')),
    feeds,
    feedLists,
  };
}
