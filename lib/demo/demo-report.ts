// Maps the extension's TabReport (what the popup renders) to the demo's report.json summary.
// Pure; runs in the demo CLI and the e2e tests. Counts come from the same computeStorySummary the
// popup's story header and bias bar use, so the report says what the popup shows.

import { BIAS_BUCKETS, type Bias } from '../catalog/types';
import { computeStorySummary } from '../coverage/summary';
import type { TabReport } from '../coverage/types';

export interface DemoReport {
  page: { url: string; headline: string; outlet: string | null };
  story: { outlets: number; articles: number; bias: Record<Bias | 'unknown', number> };
  coverage: { outlet: string; bias: Bias | 'unknown'; title: string; url: string }[];
}

/** The report of an article tab; throws when the tab is not (yet) an analysed article. */
export function buildDemoReport(report: TabReport): DemoReport {
  if (report.state !== 'article') {
    throw new Error(`the tab is not an analysed article (state: ${report.state}${'reason' in report ? `, ${report.reason}` : ''})`);
  }
  const summary = computeStorySummary(report.story.entries, { page: report.page, outlet: report.outlet });
  const bias = Object.fromEntries(BIAS_BUCKETS.map((b) => [b, summary.bias.buckets[b].count])) as Record<Bias, number>;
  return {
    page: {
      url: report.page.url,
      headline: report.page.headline,
      outlet: report.outlet?.name ?? report.page.siteName ?? report.page.domain,
    },
    story: {
      outlets: summary.outlets,
      articles: summary.articles,
      bias: { ...bias, unknown: summary.bias.unrated.count },
    },
    coverage: report.story.entries.map((e) => ({
      outlet: e.outlet?.name ?? e.domain,
      bias: e.outlet?.bias ?? 'unknown',
      title: e.title,
      url: e.url,
    })),
  };
}
