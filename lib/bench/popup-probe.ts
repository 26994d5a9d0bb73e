// Browser-side probe of the `popup` benchmark's time breakdown: times, in an extension page on the same
// IndexedDB as the background, the two parts of the background's tab report (the index's coverage query and
// the mapping of its rows to outlet cards). Runs in a page (bundled by esbuild); no DOM access.

import { outletForUrl } from '../catalog';
import { openArticleIndex } from '../index/article-index';
import type { PageArticle } from '../page/types';
import { MAX_COVERAGE_ROWS, pageToArticleInput, toCoverageEntries } from '../services/tab-report';

export interface ReportPartsTiming {
  /** index.coverageFor, ms per call. */
  coverageMs: number[];
  /** toCoverageEntries (catalog lookups, outlet cards), ms per call. */
  entriesMs: number[];
  rows: number;
}

export const popupProbe = {
  /** The background's two steps for `article` (the page as the content script reported it), `runs` times. */
  async timeReportParts(article: PageArticle, now: number, runs: number): Promise<ReportPartsTiming> {
    const index = await openArticleIndex({});
    const outletId = outletForUrl(article.url)?.id ?? null;
    const page = pageToArticleInput(article, outletId);
    const out: ReportPartsTiming = { coverageMs: [], entriesMs: [], rows: 0 };
    for (let i = 0; i < runs; i++) {
      const t0 = performance.now();
      const coverage = await index.coverageFor(page, { now, limit: MAX_COVERAGE_ROWS });
      const t1 = performance.now();
      out.rows = toCoverageEntries(coverage, outletId).length;
      out.coverageMs.push(t1 - t0);
      out.entriesMs.push(performance.now() - t1);
    }
    return out;
  },
};

(globalThis as unknown as { __parallaxPopupProbe: typeof popupProbe }).__parallaxPopupProbe = popupProbe;
