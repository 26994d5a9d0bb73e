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
import { SearchBox } from './SearchBox';
import { NoCoverageView } from './StateViews';
import { StoryHeader } from './StoryHeader';
import type { PopupActions, TimeContext } from './types';
import { useAfterFirstPaint } from './use-after-first-paint';

export interface ArticleReport {
  page: PageArticle;
  outlet: OutletCard | null;
  story: StoryView;
  index: IndexStatus;
  hideFactuality?: boolean;
}

export interface StoryReportProps {
  report: ArticleReport;
  actions: PopupActions;
  time: TimeContext;
  searchResults?: CoverageEntry[] | null;
  offline?: boolean;
  /** Id prefix so the popup and an in-page panel never share ids. */
  idPrefix?: string;
  /**
   * split (default): the story at a glance and its details in one column, the coverage list beside it
   * (two columns when the popup is wide enough, see popup.css). stacked: one column for narrow frames
   * (the in-page panel), ordered glance → list → details so the list is not buried under the details.
   */
  layout?: ReportLayout;
}

export type ReportLayout = 'split' | 'stacked';

/** Everything about an article's story: story, bias, first report, outlet, timeline, breakdowns, list. */
export function StoryReport({
  report,
  actions,
  time,
  searchResults = null,
  offline,
  idPrefix = 'px',
  layout = 'split',
}: StoryReportProps) {
  const [dismissed, setDismissed] = useState<ReadonlySet<string>>(new Set());
  const [announce, setAnnounce] = useState('');
  // The details under the outlet card (timeline, breakdowns, reach) are below the fold in the popup and after
  // the list in the panel: they render right after the first paint.
  const painted = useAfterFirstPaint();
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
  const status = (
    <p class="px-sr-only" role="status" aria-live="polite">
      {announce}
    </p>
  );
  if (summary.otherOutlets === 0) {
    // Nothing to list: the left column explains why and what happens next, the right one offers a search
    // of the index (when it has anything to search).
    const searchable = indexState === 'ready' || (indexState === 'building' && report.index.articles > 0);
    return (
      <div class="px-report px-split">
        <div class="px-col px-col-summary">
          <OutletHeader
            outlet={report.outlet}
            domain={report.page.domain}
            locale={time.locale}
            hideFactuality={report.hideFactuality}
          />
          {status}
          <NoCoverageView
            index={report.index}
            actions={actions}
            time={time}
            offline={offline}
            headline={report.page.headline}
          />
        </div>
        {searchable ? (
          <div class="px-col px-col-list">
            <SearchBox
              onSearch={actions.search}
              results={searchResults}
              time={time}
              label="Closest articles in your index — or search with other words"
              inputId={`${idPrefix}-search-input`}
              initialQuery={report.page.headline}
              autoSearch
            />
          </div>
        ) : null}
      </div>
    );
  }
  const glance = (
    <>
      {indexState === 'building' ? (
        <div class="px-building">
          <p class="px-small">
            <strong>Still building your local index</strong> — more coverage may arrive as feeds are fetched.
          </p>
          <IndexProgress index={report.index} time={time} />
        </div>
      ) : null}
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
    </>
  );
  const details = (
    <>
      <OutletHeader
        outlet={report.outlet}
        domain={report.page.domain}
        locale={time.locale}
        hideFactuality={report.hideFactuality}
      />
      {painted ? (
        <>
          <CoverageTimeline timeline={summary.timeline} time={time} idPrefix={`${idPrefix}-tl`} />
          <div class="px-two-col">
            {report.hideFactuality ? null : <FactualityBreakdown factuality={summary.factuality} />}
            <OwnershipBreakdown ownership={summary.ownership} />
          </div>
          <CoverageReach countries={summary.countries} languages={summary.languages} locale={time.locale} />
          {/* Figures are about the user's own index, not all media: say how big and fresh it is. */}
          <IndexSummaryLine index={report.index} time={time} />
        </>
      ) : null}
    </>
  );
  const list = (
    <div class="px-col px-col-list">
      {status}
      <CoverageList
        entries={entries}
        time={time}
        onNotSameStory={notSame}
        onExplain={actions.explain}
        idPrefix={`${idPrefix}-cov`}
      />
      {indexState === 'building' ? (
        <p class="px-muted px-small px-list-note">Feeds are still being fetched: the list grows as articles arrive.</p>
      ) : null}
    </div>
  );
  if (layout === 'stacked') {
    return (
      <div class="px-report px-split px-stacked">
        <div class="px-col px-col-summary" aria-label="Story summary" role="region">
          {glance}
        </div>
        {list}
        <div class="px-col px-col-details" aria-label="About the sources" role="region">
          {details}
        </div>
      </div>
    );
  }
  // Two columns when there is room (the toolbar popup): the story at a glance, then its details, on the
  // left; the coverage list on the right; each scrolling on its own.
  return (
    <div class="px-report px-split">
      <div class="px-col px-col-summary" aria-label="Story summary" role="region">
        {glance}
        {details}
      </div>
      {list}
    </div>
  );
}
