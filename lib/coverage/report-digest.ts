// A JSON-friendly digest of what the popup shows for a TabReport (figures, flags, rows), for the demo's
// report.json, the benchmark and e2e checks. Pure; runs anywhere. Uses the same summary as the popup,
// so the digest and the pixels cannot disagree.

import type { Bias, Factual, Ownership } from '../catalog/types';
import { computeStorySummary, countEntriesByTab, safeHttpUrl, sortCoverageEntries } from './summary';
import type { Blindspot, CountedLabel, CoverageTab, Share } from './summary';
import type { IndexStatus, TabReport } from './types';

export interface DigestOutlet {
  name: string;
  bias: Bias | null;
  factual: Factual | null;
  owner: string | null;
  ownership: Ownership | null;
  country: string | null;
  ratings: { provider: string; bias: string; url: string | null }[];
}

export interface DigestRow {
  outlet: string;
  bias: Bias | null;
  factual: Factual | null;
  country: string | null;
  title: string;
  /** Null when the URL is not http(s) (the popup then shows the headline without a link). */
  url: string | null;
  /** ISO 8601, null when unknown. */
  published: string | null;
  isReaderOutlet: boolean;
  score: number;
}

export interface DigestStory {
  title: string;
  outlets: number;
  otherOutlets: number;
  articles: number;
  bias: Record<Bias | 'unrated', Share>;
  blindspot: Blindspot | null;
  firstReported: { outlet: string; title: string; url: string | null; published: string; isReaderPage: boolean } | null;
  countries: CountedLabel[];
  languages: CountedLabel[];
  tabs: Record<CoverageTab, number>;
  rows: DigestRow[];
}

export interface ReportDigest {
  state: TabReport['state'];
  reason?: string;
  message?: string;
  page?: { url: string; headline: string; domain: string };
  outlet?: DigestOutlet | null;
  story?: DigestStory;
  index?: IndexStatus;
}

function toIso(ms: number): string | null {
  return Number.isFinite(ms) && ms > 0 ? new Date(ms).toISOString() : null;
}

/** Digests a report the way the popup presents it (rows newest first, reader page counted). */
export function digestTabReport(report: TabReport): ReportDigest {
  switch (report.state) {
    case 'loading':
      return { state: 'loading' };
    case 'unsupported':
      return { state: 'unsupported', reason: report.reason };
    case 'error':
      return { state: 'error', message: report.message };
    case 'not-news':
      return { state: 'not-news', reason: report.reason, index: report.index };
    case 'article':
      break;
    default:
      return { state: 'error', message: 'unknown state' };
  }
  const { page, outlet, story, index } = report;
  const s = computeStorySummary(story.entries, { page, outlet });
  const rows = sortCoverageEntries(story.entries, 'newest').map<DigestRow>((e) => ({
      outlet: e.outlet?.name ?? e.domain,
      bias: e.outlet?.bias ?? null,
      factual: e.outlet?.factual ?? null,
      country: e.outlet?.country ?? null,
      title: e.title,
      url: safeHttpUrl(e.url),
      published: toIso(e.published),
      isReaderOutlet: e.isReaderOutlet,
      score: e.score,
    }));
  const first = s.firstReported;
  return {
    state: 'article',
    page: { url: page.url, headline: page.headline, domain: page.domain },
    outlet: outlet
      ? {
          name: outlet.name,
          bias: outlet.bias,
          factual: outlet.factual,
          owner: outlet.owner ?? null,
          ownership: outlet.ownership ?? null,
          country: outlet.country || null,
          ratings: outlet.ratings.map((r) => ({ provider: r.provider, bias: r.bias, url: safeHttpUrl(r.url) })),
        }
      : null,
    story: {
      title: story.title || page.headline,
      outlets: s.outlets,
      otherOutlets: s.otherOutlets,
      articles: s.articles,
      bias: { ...s.bias.buckets, unrated: s.bias.unrated },
      blindspot: s.blindspot,
      firstReported: first
        ? {
            outlet: first.entry.outlet?.name ?? first.entry.domain,
            title: first.entry.title,
            url: safeHttpUrl(first.entry.url),
            published: toIso(first.entry.published) ?? '',
            isReaderPage: first.isReaderPage,
          }
        : null,
      countries: s.countries,
      languages: s.languages,
      tabs: countEntriesByTab(story.entries),
      rows,
    },
    index,
  };
}
