// Maps the extension's TabReport (what the popup renders) to the demo's report.json summary.
// Pure; runs in the demo CLI and the e2e tests. Built on digestTabReport (lib/coverage), which uses the
// popup's own summary, so the report says what the popup shows (bias counted per outlet, rows in order).

import { BIAS_BUCKETS, type Bias } from '../catalog/types';
import { digestTabReport } from '../coverage/report-digest';
import type { TabReport } from '../coverage/types';

export interface DemoReport {
  page: { url: string; headline: string; outlet: string | null };
  story: { outlets: number; articles: number; bias: Record<Bias | 'unknown', number> };
  coverage: { outlet: string; bias: Bias | 'unknown'; title: string; url: string | null }[];
}

/** The report of an article tab; throws when the tab is not (yet) an analysed article. */
export function buildDemoReport(report: TabReport): DemoReport {
  const digest = digestTabReport(report);
  if (digest.state !== 'article' || !digest.page || !digest.story) {
    throw new Error(`the tab is not an analysed article (state: ${digest.state}${digest.reason ? `, ${digest.reason}` : ''})`);
  }
  const { story } = digest;
  const bias = Object.fromEntries(BIAS_BUCKETS.map((b) => [b, story.bias[b].count])) as Record<Bias, number>;
  return {
    page: { url: digest.page.url, headline: digest.page.headline, outlet: digest.outlet?.name ?? digest.page.domain },
    story: { outlets: story.outlets, articles: story.articles, bias: { ...bias, unknown: story.bias.unrated.count } },
    coverage: story.rows.map((r) => ({ outlet: r.outlet, bias: r.bias ?? 'unknown', title: r.title, url: r.url })),
  };
}
