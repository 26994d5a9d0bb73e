// Article corpora for the index benchmarks: the rows of ../shared/data/stories, laid out in a recent time
// window, plus generated variations up to any size (new stories built from the real vocabulary).
// Node-only (bench CLIs); deterministic for a given seed. Reads the datasets in place.

import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import type { ArticleInput } from '../index/types';
import { requireSharedData } from './bench-paths';

/** The story sets read, in this order. */
export const STORY_FILES = ['neus.dev.tsv.gz', 'uci.dev.tsv.gz', 'basil.dev.tsv.gz'];
/** Width of the window the corpus is spread over (the index's default retention). Hours. */
export const CORPUS_WINDOW_HOURS = 7 * 24;
/** Spread of one story's articles around its time. Hours. */
const STORY_SPREAD_HOURS = 18;
/** Share of a story's content words replaced in each generated variation. */
const VARIATION_REPLACE_SHARE = 0.45;
const HOUR_MS = 3_600_000;

export interface StoryRow {
  id: string;
  title: string;
  lead: string;
  url: string;
  outlet: string;
  lang: string;
  clusterKey: string;
}

/** A small fast PRNG (mulberry32), so corpora are identical run to run. */
export function createRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}

function hashString(text: string): number {
  let h = 2_166_136_261;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 16_777_619);
  return h >>> 0;
}

/** All rows of the story sets (gzip TSV with a header; fields are never quoted). */
export function readStoryRows(): StoryRow[] {
  const dir = requireSharedData('stories');
  const rows: StoryRow[] = [];
  for (const file of STORY_FILES) {
    const text = gunzipSync(readFileSync(join(dir, file))).toString('utf8');
    const lines = text.split('\n').filter((l) => l.length > 0);
    const header = (lines.shift() ?? '').replace(/\r$/, '').split('\t');
    const col = (name: string) => header.indexOf(name);
    const [iId, iTitle, iLead, iUrl, iOutlet, iLang, iCluster] = ['id', 'title', 'lead', 'url', 'outlet', 'lang', 'cluster_id'].map(col);
    for (const line of lines) {
      const cells = line.replace(/\r$/, '').split('\t');
      const at = (i: number | undefined) => (i === undefined || i < 0 ? '' : (cells[i] ?? ''));
      const title = at(iTitle).trim();
      if (!title) continue;
      rows.push({
        id: `${file.split('.')[0]}:${at(iId)}`,
        title,
        lead: at(iLead).trim(),
        url: at(iUrl).trim(),
        outlet: at(iOutlet).trim(),
        lang: at(iLang).trim() || 'en',
        clusterKey: `${file.split('.')[0]}:${at(iCluster)}`,
      });
    }
  }
  return rows;
}

function slugOf(text: string): string {
  return text.toLowerCase().normalize('NFKD').replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '').slice(0, 60) || 'x';
}

/** The row's publisher host: its URL's, else one made from the outlet name (empty outlet: one per row). */
function hostOf(row: StoryRow): string {
  try {
    if (row.url) return new URL(row.url).hostname;
  } catch {
    // made up below
  }
  return row.outlet ? `www.${slugOf(row.outlet)}.example` : `site-${slugOf(row.id)}.example`;
}

/**
 * Replaces a share of the content words of `text` through `swap` (same word → same replacement within
 * one variation, so a generated story's articles still share their terms).
 */
function varyText(text: string, swap: (word: string) => string): string {
  return text.replace(/\p{L}[\p{L}\p{N}'’-]{3,}/gu, (w) => swap(w));
}

export interface Corpus {
  articles: ArticleInput[];
  /** Pages "being read": real rows under a URL the index has not seen (matched by content). */
  queries: ArticleInput[];
  /** Pages whose URL is indexed (matched by URL). */
  urlQueries: ArticleInput[];
}

/**
 * `count` articles: the real rows first (each story given a time in the window ending at `now`), then
 * variations — generation g of a story replaces ~45% of its content words by other words of the corpus,
 * consistently across the story's articles, and gets its own time: a new event with the real sizes,
 * outlets and vocabulary. `queryCount` queries are taken from the real rows.
 */
export function buildCorpus(rows: readonly StoryRow[], count: number, now: number, queryCount: number, seed = 7): Corpus {
  const random = createRandom(seed);
  const vocabulary = [...new Set(rows.flatMap((r) => r.title.match(/\p{L}[\p{L}\p{N}'’-]{3,}/gu) ?? []))];
  const windowMs = CORPUS_WINDOW_HOURS * HOUR_MS;
  const storyTime = (key: string) => now - 2 * HOUR_MS - (hashString(key) / 4_294_967_296) * (windowMs - 4 * HOUR_MS);
  const articleTime = (base: number) =>
    Math.min(now - 60_000, base + (random() + random() + random() - 1.5) * (STORY_SPREAD_HOURS * HOUR_MS) / 1.5);

  const prepared = rows.map((row) => ({ row, host: hostOf(row), path: `${slugOf(row.id)}/${slugOf(row.title)}` }));
  const articles: ArticleInput[] = [];
  for (let g = 0; articles.length < count; g++) {
    const swaps = new Map<string, string>();
    const swap = (word: string): string => {
      if (g === 0) return word;
      let out = swaps.get(word);
      if (out === undefined) {
        const h = hashString(`${g}:${word}`);
        out = h / 4_294_967_296 < VARIATION_REPLACE_SHARE ? (vocabulary[h % vocabulary.length] ?? word) : word;
        swaps.set(word, out);
      }
      return out;
    };
    for (const { row, host, path } of prepared) {
      if (articles.length >= count) break;
      const key = `${g}:${row.clusterKey}`;
      articles.push({
        url: `https://${host}/${g === 0 ? 'a' : `v${g}`}/${path}`,
        title: varyText(row.title, swap),
        summary: row.lead ? varyText(row.lead, swap) : null,
        outletId: null,
        lang: row.lang,
        published: Math.round(articleTime(storyTime(key))),
      });
    }
  }

  const queries: ArticleInput[] = [];
  const urlQueries: ArticleInput[] = [];
  const real = Math.min(rows.length, count);
  for (let i = 0; i < queryCount; i++) {
    const k = Math.floor(random() * real);
    const row = rows[k];
    const indexed = articles[k];
    if (!row || !indexed) continue;
    queries.push({
      url: `https://${hostOf(row)}/read/${slugOf(row.id)}-${i}`,
      title: row.title,
      summary: row.lead || null,
      body: row.lead || null,
      outletId: null,
      lang: row.lang,
      published: indexed.published,
    });
    urlQueries.push(indexed);
  }
  return { articles, queries, urlQueries };
}
