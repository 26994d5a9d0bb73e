import { useMemo, useState } from 'preact/hooks';
import { classifyIndex } from '../lib/coverage/index-state';
import { computeStorySummary } from '../lib/coverage/summary';
import type { StorySummary } from '../lib/coverage/summary';
import type { CoverageEntry, IndexStatus, OutletCard, StoryView } from '../lib/coverage/types';
import type { PageArticle } from '../lib/page/types';
import { BiasBar } from './BiasBar';
import { BlindspotFlag } from './BlindspotFlag';
import { CoverageList } from './CoverageList';
import { CoverageReach } from './CoverageReach';
import { CoverageTimeline } from './CoverageTimeline';
import { FactualityBreakdown } from './FactualityBreakdown';
import { FirstReported } from './FirstReported';
import { IndexProgress, IndexSummaryLine } from './IndexProgress';
import { OutletHeader } from './OutletHeader';
import { OwnershipBreakdown } from './OwnershipBreakdown';
import { NoCoverageView } from './StateViews';
import { StoryHeader } from './StoryHeader';
import type { PopupActions, TimeContext } from './types';

export interface ArticleReport {
  page: PageArticle;
  outlet: OutletCard | null;
  story: StoryView;
  index: IndexStatus;
}

export interface StoryReportProps {
  report: ArticleReport;
  actions: PopupActions;
  time: TimeContext;
  searchResults?: CoverageEntry[] | null;
  offline?: boolean;
  /** Id prefix so the popup and an in-page panel never share ids. */
  idPrefix?: string;
}

/** Everything about an article's story: outlet, story, bias, first report, timeline, breakdowns, list. */
export function StoryReport({ report, actions, time, searchResults = null, offline, idPrefix = 'px' }: StoryReportProps) {
  const [dismissed, setDismissed] = useState<ReadonlySet<string>>(new Set());
  const [announce, setAnnounce] = useState('');
  const entries = useMemo(
    () => report.story.entries.filter((e) => !dismissed.has(e.articleId)),
    [report.story.entries, dismissed],
  );
  const summary: StorySummary = useMemo(
    () => computeStorySummary(entries, { page: report.page, outlet: report.outlet }),
    [entries, report.page, report.outlet],
  );
  const notSame = (entry: CoverageEntry) => {
    setDismissed(new Set([...dismissed, entry.articleId]));
    setAnnounce(`Removed “${entry.title}” from this story. Parallax will remember it.`);
    actions.reportNotSameStory(entry);
  };
  const indexState = classifyIndex(report.index, offline);
  return (
    <div class="px-report">
      <OutletHeader outlet={report.outlet} domain={report.page.domain} locale={time.locale} />
      <p class="px-sr-only" role="status" aria-live="polite">
        {announce}
      </p>
      {summary.otherOutlets === 0 ? (
        <NoCoverageView index={report.index} actions={actions} searchResults={searchResults} time={time} offline={offline} />
      ) : (
        <>
          {indexState === 'building' ? <IndexProgress index={report.index} time={time} /> : null}
          <StoryHeader
            title={report.story.title || report.page.headline}
            outlets={summary.outlets}
            articles={summary.articles}
            countries={summary.countries.length}
            languages={summary.languages.length}
          />
          <BlindspotFlag blindspot={summary.blindspot} />
          <BiasBar bias={summary.bias} />
          <FirstReported first={summary.firstReported} time={time} />
          <CoverageList entries={entries} time={time} onNotSameStory={notSame} idPrefix={`${idPrefix}-cov`} />
          <CoverageTimeline timeline={summary.timeline} time={time} idPrefix={`${idPrefix}-tl`} />
          <div class="px-two-col">
            <FactualityBreakdown factuality={summary.factuality} />
            <OwnershipBreakdown ownership={summary.ownership} />
          </div>
          <CoverageReach countries={summary.countries} languages={summary.languages} locale={time.locale} />
          {/* Figures are about the user's own index, not all media: say how big and fresh it is. */}
          <IndexSummaryLine index={report.index} time={time} />
        </>
      )}
    </div>
  );
}
