// `npm run --silent eval -- pages DIR [--verbose]`: runs analyzePage over <case>/source.html + meta.json
// folders and prints detection/headline figures as one JSON object on the last line.
// Node-only CLI (linkedom builds the documents); reads the dataset in place, writes nothing.

import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { parseHTML } from 'linkedom';
import { analyzePage } from '../page/analyze-page';

/** Stand-in URL for cases whose meta.url is null (Readability's test pages use the same). */
const UNKNOWN_PAGE_URL = 'http://fakehost/test/page.html';
/** analyzePage runs per page for timing (the minimum is reported). */
const TIMING_RUNS = 3;
/** Token F1 at or above which a headline counts as right. */
const HEADLINE_F1_THRESHOLD = 0.9;

interface CaseMeta {
  url: string | null;
  title: string | null;
  is_article: boolean | null;
}

export interface PagesReport {
  pages: number;
  articles: number;
  article_recall: number;
  non_articles: number;
  non_article_false_positives: number;
  headline_pages: number;
  headline_exact: number;
  headline_token_f1_90: number;
  /** Share of headline pages where the headline, or the headline followed by the page's deck, reaches
   *  token F1 0.9: for annotations that include the subheadline (L3S annotators often marked both). */
  headline_or_deck_f1_90: number;
  ms_median: number;
}

/** The normalization: NFKC, lowercase, unified quotes and dashes, collapsed whitespace. */
export function normalizeHeadline(text: string): string {
  return text
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[‘’‚‛′`´]/g, "'")
    .replace(/[“”„‟″«»]/g, '"')
    .replace(/[‐‑‒–—―−]/g, '-')
    .replace(/\s+/g, ' ')
    .trim();
}

export function headlineTokens(text: string): string[] {
  return normalizeHeadline(text).match(/[\p{L}\p{N}]+/gu) ?? [];
}

/** Multiset F1 of the two token lists. */
export function headlineTokenF1(expected: string, actual: string): number {
  const a = headlineTokens(expected);
  const b = headlineTokens(actual);
  if (a.length === 0 && b.length === 0) return 1;
  if (a.length === 0 || b.length === 0) return 0;
  const counts = new Map<string, number>();
  for (const t of a) counts.set(t, (counts.get(t) ?? 0) + 1);
  let common = 0;
  for (const t of b) {
    const n = counts.get(t) ?? 0;
    if (n > 0) {
      common++;
      counts.set(t, n - 1);
    }
  }
  if (common === 0) return 0;
  const precision = common / b.length;
  const recall = common / a.length;
  return (2 * precision * recall) / (precision + recall);
}

function median(values: number[]): number {
  if (values.length === 0) return 0;
  const sorted = [...values].sort((x, y) => x - y);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? (sorted[mid] ?? 0) : ((sorted[mid - 1] ?? 0) + (sorted[mid] ?? 0)) / 2;
}

function round(value: number, digits = 4): number {
  const f = 10 ** digits;
  return Math.round(value * f) / f;
}

export async function runEvalPages(args: string[]): Promise<void> {
  const verbose = args.includes('--verbose');
  const dir = args.find((a) => !a.startsWith('--'));
  if (!dir) throw new Error('usage: eval pages DIR [--verbose]');
  const cases = (await readdir(dir, { withFileTypes: true })).filter((d) => d.isDirectory()).map((d) => d.name).sort();

  let articles = 0;
  let detected = 0;
  let nonArticles = 0;
  let falsePositives = 0;
  let headlinePages = 0;
  let exact = 0;
  let f1Hits = 0;
  let deckHits = 0;
  const times: number[] = [];


  for (const name of cases) {
    let html: string;
    let meta: CaseMeta;
    try {
      html = await readFile(join(dir, name, 'source.html'), 'utf8');
      meta = JSON.parse(await readFile(join(dir, name, 'meta.json'), 'utf8')) as CaseMeta;
    } catch {
      continue;
    }
    const { document } = parseHTML(html);
    const url = new URL(meta.url ?? UNKNOWN_PAGE_URL);
    // Timing: the fastest of a few runs, so other processes on the machine do not skew the figure.
    let result = analyzePage(document as unknown as Document, url);
    let best = Infinity;
    for (let run = 0; run < TIMING_RUNS; run++) {
      const start = performance.now();
      result = analyzePage(document as unknown as Document, url);
      best = Math.min(best, performance.now() - start);
    }
    times.push(best);

    const headline = result.article?.headline ?? '';
    if (args.includes('--dump')) {
      const sig = result.signals.map((x) => `${x.name}:${x.weight.toFixed(1)}`).join(' ');
      console.log(`DUMP ${meta.is_article} ${result.isArticle} ${result.score.toFixed(1)} ${name} | ${sig}`);
    }
    if (meta.is_article === true) {
      articles++;
      if (result.isArticle) detected++;
      else if (verbose) console.log(`MISS ${name} score=${result.score.toFixed(1)} ${JSON.stringify(result.signals)}`);
    } else if (meta.is_article === false) {
      nonArticles++;
      if (result.isArticle) {
        falsePositives++;
        if (verbose) console.log(`FP   ${name} score=${result.score.toFixed(1)} ${JSON.stringify(result.signals)}`);
      }
    }
    if (meta.title && meta.title.trim()) {
      headlinePages++;
      if (normalizeHeadline(meta.title) === normalizeHeadline(headline)) exact++;
      const f1 = headlineTokenF1(meta.title, headline);
      if (f1 >= HEADLINE_F1_THRESHOLD) f1Hits++;
      const deck = result.article?.deck;
      if (f1 >= HEADLINE_F1_THRESHOLD || (deck && headlineTokenF1(meta.title, `${headline} ${deck}`) >= HEADLINE_F1_THRESHOLD)) deckHits++;

      else if (verbose) console.log(`HEAD ${name} f1=${f1.toFixed(2)}\n  want: ${meta.title}\n  got:  ${headline}`);
    }
  }

  const report: PagesReport = {
    pages: times.length,
    articles,
    article_recall: round(articles ? detected / articles : 0),
    non_articles: nonArticles,
    non_article_false_positives: falsePositives,
    headline_pages: headlinePages,
    headline_exact: round(headlinePages ? exact / headlinePages : 0),
    headline_token_f1_90: round(headlinePages ? f1Hits / headlinePages : 0),
    headline_or_deck_f1_90: round(headlinePages ? deckHits / headlinePages : 0),
    ms_median: round(median(times), 3),
  };
  console.log(JSON.stringify(report));
}
