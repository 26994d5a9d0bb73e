// Evaluation of story matching on the shared dev sets: `eval stories FILE` (clustered articles) and
// `eval pairs FILE` (SemEval-2022 pair similarity). CLI only (Node): reads gzip TSV in place, prints one
// JSON object as its last line. The index logic is the extension's own, on the memory backend.

import { readFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import { performance } from 'node:perf_hooks';
import { createMemoryIndex } from '../index/article-index';
import { scoreArticlePairs } from '../index/pair-similarity';
import type { ArticleInput } from '../index/types';

type Row = Record<string, string>;

/** Undated rows are "first seen" together, this long after the last dated row. Ms. */
const UNDATED_OFFSET_MS = 365 * 24 * 3_600_000;

/** Reads a gzip (or plain) TSV with a header row; fields are never quoted. */
export function readTsv(path: string): Row[] {
  const raw = readFileSync(path);
  const text = (path.endsWith('.gz') ? gunzipSync(raw) : raw).toString('utf8');
  const lines = text.split('\n').filter((l) => l.length > 0);
  const header = (lines.shift() ?? '').replace(/\r$/, '').split('\t');
  return lines.map((line) => {
    const cells = line.replace(/\r$/, '').split('\t');
    const row: Row = {};
    header.forEach((h, i) => (row[h] = cells[i] ?? ''));
    return row;
  });
}

function percentile(sorted: readonly number[], p: number): number {
  if (!sorted.length) return 0;
  const i = Math.min(sorted.length - 1, Math.max(0, Math.ceil(p * sorted.length) - 1));
  return sorted[i] ?? 0;
}

function round(x: number, digits = 4): number {
  const f = 10 ** digits;
  return Math.round(x * f) / f;
}

function toRowUrl(row: Row): string {
  return row.url && /^https?:\/\//.test(row.url) ? row.url : `https://row-${encodeURIComponent(row.id ?? '')}.eval.invalid/`;
}

/** Rows with an empty outlet are each their own outlet. */
function toRowOutlet(row: Row): string {
  return row.outlet ? row.outlet : `row:${row.id}`;
}

export interface StoriesReport {
  queries: number;
  precision: number;
  recall: number;
  f1: number;
  hit_rate: number;
  ms_per_query_median: number;
  ms_per_query_p95: number;
  /** The same figures for queries with and without a publication time, when a file has both (an undated
   *  article has no match window: its part shows how matching does on text alone). */
  by_time?: { dated: PartFigures; undated: PartFigures };
}

export interface PartFigures {
  queries: number;
  precision: number;
  recall: number;
  f1: number;
}

interface Tally {
  queries: number;
  shown: number;
  gold: number;
  hit: number;
}

function toPartFigures(t: Tally): PartFigures {
  const precision = t.shown ? t.hit / t.shown : 0;
  const recall = t.gold ? t.hit / t.gold : 0;
  return {
    queries: t.queries,
    precision: round(precision),
    recall: round(recall),
    f1: round(precision + recall ? (2 * precision * recall) / (precision + recall) : 0),
  };
}

/** Ingests the rows as the extension would (time order; undated rows in file order), then scores queries. */
export async function evaluateStories(rows: readonly Row[]): Promise<StoriesReport> {
  const dated = rows.filter((r) => r.timestamp_ms).sort((a, b) => Number(a.timestamp_ms) - Number(b.timestamp_ms));
  const undated = rows.filter((r) => !r.timestamp_ms);
  const lastDated = dated.length ? Number(dated[dated.length - 1]?.timestamp_ms) : 0;
  const undatedNow = lastDated + UNDATED_OFFSET_MS;
  const index = createMemoryIndex();
  const toInput = (r: Row): ArticleInput => ({
    url: toRowUrl(r),
    title: r.title ?? '',
    summary: r.lead || null,
    outletId: toRowOutlet(r),
    lang: r.lang || null,
    published: r.timestamp_ms ? Number(r.timestamp_ms) : null,
  });
  const rowByArticle = new Map<string, Row>();
  for (const r of [...dated, ...undated]) {
    const now = r.timestamp_ms ? Number(r.timestamp_ms) : undatedNow;
    await index.ingest([toInput(r)], { feedUrl: null, now });
  }
  for (const r of rows) {
    const a = await index.getArticle(toRowUrl(r));
    if (a && !rowByArticle.has(a.id)) rowByArticle.set(a.id, r);
  }
  const byCluster = new Map<string, Row[]>();
  for (const r of rows) {
    const list = byCluster.get(r.cluster_id ?? '') ?? [];
    list.push(r);
    byCluster.set(r.cluster_id ?? '', list);
  }
  let hits = 0;
  const times: number[] = [];
  const total: Tally = { queries: 0, shown: 0, gold: 0, hit: 0 };
  const parts = { dated: { ...total }, undated: { ...total } };
  for (const q of rows) {
    if (q.role && q.role !== 'query') continue;
    const now = q.timestamp_ms ? Number(q.timestamp_ms) : undatedNow;
    const started = performance.now();
    const coverage = await index.coverageFor(toInput(q), { now, limit: Number.MAX_SAFE_INTEGER });
    times.push(performance.now() - started);
    const qOutlet = toRowOutlet(q);
    const shown = new Set<Row>();
    for (const c of coverage.articles) {
      const r = rowByArticle.get(c.article.id);
      if (r && r !== q && toRowOutlet(r) !== qOutlet) shown.add(r);
    }
    const gold = (byCluster.get(q.cluster_id ?? '') ?? []).filter((r) => r !== q && toRowOutlet(r) !== qOutlet);
    let inter = 0;
    for (const r of gold) if (shown.has(r)) inter++;
    if (inter > 0) hits++;
    for (const tally of [total, q.timestamp_ms ? parts.dated : parts.undated]) {
      tally.queries++;
      tally.shown += shown.size;
      tally.gold += gold.length;
      tally.hit += inter;
    }
  }
  times.sort((a, b) => a - b);
  return {
    ...toPartFigures(total),
    hit_rate: round(total.queries ? hits / total.queries : 0),
    ms_per_query_median: round(percentile(times, 0.5), 3),
    ms_per_query_p95: round(percentile(times, 0.95), 3),
    ...(parts.dated.queries && parts.undated.queries
      ? { by_time: { dated: toPartFigures(parts.dated), undated: toPartFigures(parts.undated) } }
      : {}),
  };
}

/** Area under the ROC curve: chance a positive scores above a negative (ties count half). */
export function computeAuc(pos: readonly number[], neg: readonly number[]): number {
  if (!pos.length || !neg.length) return 0;
  const all = [...pos.map((s) => [s, 1] as const), ...neg.map((s) => [s, 0] as const)].sort((a, b) => a[0] - b[0]);
  let rankSumPos = 0;
  for (let i = 0; i < all.length; ) {
    let j = i;
    while (j < all.length && all[j]?.[0] === all[i]?.[0]) j++;
    const avgRank = (i + 1 + j) / 2;
    for (let k = i; k < j; k++) if (all[k]?.[1] === 1) rankSumPos += avgRank;
    i = j;
  }
  return (rankSumPos - (pos.length * (pos.length + 1)) / 2) / (pos.length * neg.length);
}

export async function evaluatePairs(rows: readonly Row[]): Promise<{ pairs: number; auc: number; auc_cross_lingual: number }> {
  const kept = rows.filter((r) => {
    const o = Number(r.overall);
    return Number.isFinite(o) && (o <= 1.5 || o >= 2.5);
  });
  const scores = scoreArticlePairs(
    kept.map((r) => [
      { title: r.slug1 ?? '', summary: null, lang: r.lang1 || null, url: r.url1 || null },
      { title: r.slug2 ?? '', summary: null, lang: r.lang2 || null, url: r.url2 || null },
    ]),
  );
  const pos: number[] = [];
  const neg: number[] = [];
  const posX: number[] = [];
  const negX: number[] = [];
  kept.forEach((r, i) => {
    const s = scores[i] ?? 0;
    const same = Number(r.overall) <= 1.5;
    (same ? pos : neg).push(s);
    if (r.lang1 !== r.lang2) (same ? posX : negX).push(s);
  });
  return { pairs: kept.length, auc: round(computeAuc(pos, neg)), auc_cross_lingual: round(computeAuc(posX, negX)) };
}

function requireFile(args: string[], usage: string): string {
  const file = args.find((a) => !a.startsWith('-'));
  if (!file) {
    console.error(usage);
    process.exit(1);
  }
  return file;
}

export async function runEvalStories(args: string[]): Promise<void> {
  const file = requireFile(args, 'usage: eval stories FILE.tsv.gz');
  console.log(JSON.stringify(await evaluateStories(readTsv(file))));
}

export async function runEvalPairs(args: string[]): Promise<void> {
  const file = requireFile(args, 'usage: eval pairs FILE.tsv.gz');
  console.log(JSON.stringify(await evaluatePairs(readTsv(file))));
}
