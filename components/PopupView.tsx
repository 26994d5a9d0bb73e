import type { CoverageEntry, TabReport } from '../lib/coverage/types';
import { ErrorView, LoadingView, NotNewsView, UnsupportedView } from './StateViews';
import { StoryReport, type ReportLayout } from './StoryReport';
import type { PopupActions, TimeContext } from './types';

export interface PopupViewProps {
  report: TabReport;
  actions: PopupActions;
  /** Results of actions.search; null before any search. */
  searchResults?: CoverageEntry[] | null;
  /** Epoch ms for relative times; the container passes Date.now(). */
  now?: number;
  /** The browser reports no network (navigator.onLine === false). */
  offline?: boolean;
  locale?: string;
  timeZone?: string;
  /** 'stacked' in narrow frames (the in-page panel); see StoryReport. */
  layout?: ReportLayout;
}

/** The toolbar popup: one view per TabReport state, never blank. */
export function PopupView({ report, actions, searchResults = null, now, offline, locale, timeZone, layout }: PopupViewProps) {
  const time: TimeContext = { now: now ?? 0, locale, timeZone };
  const domain = domainOf(report);
  return (
    <div class="px-root px-popup">
      <header class="px-topbar">
        <span class="px-brand">Parallax</span>
        <span class="px-tagline">Every side of the story, from your own local index</span>
        <button type="button" class="px-iconbtn" onClick={actions.openOptions} aria-label="Parallax options">
          <span aria-hidden="true">⚙</span>
        </button>
      </header>
      <main class="px-main">
        <ReportBody
          report={report}
          actions={actions}
          searchResults={searchResults}
          time={time}
          offline={offline}
          layout={layout}
        />
      </main>
      <footer class="px-footer">
        <span class="px-muted px-small">Runs on your device. Only public feeds are fetched.</span>
        <span class="px-footer-actions">
          {domain ? (
            <button type="button" class="px-linkbtn" onClick={() => actions.disableSite(domain)}>
              Don't show on {domain}
            </button>
          ) : null}
          <button type="button" class="px-linkbtn" onClick={actions.refreshNow}>
            Refresh feeds
          </button>
        </span>
      </footer>
    </div>
  );
}

interface ReportBodyProps {
  report: TabReport;
  actions: PopupActions;
  searchResults: CoverageEntry[] | null;
  time: TimeContext;
  offline?: boolean;
  idPrefix?: string;
  layout?: ReportLayout;
}

/** The state-dependent content shared by the popup and the in-page panel. */
export function ReportBody({ report, actions, searchResults, time, offline, idPrefix = 'px', layout }: ReportBodyProps) {
  switch (report.state) {
    case 'loading':
      return <LoadingView />;
    case 'unsupported':
      return <UnsupportedView reason={report.reason} actions={actions} searchResults={searchResults} time={time} />;
    case 'not-news':
      return (
        <NotNewsView
          url={report.url}
          reason={report.reason}
          index={report.index}
          actions={actions}
          searchResults={searchResults}
          time={time}
          offline={offline}
        />
      );
    case 'article':
      return (
        <StoryReport
          report={report}
          actions={actions}
          time={time}
          searchResults={searchResults}
          offline={offline}
          idPrefix={idPrefix}
          layout={layout}
        />
      );
    case 'error':
      return <ErrorView message={report.message} actions={actions} />;
    default:
      return <ErrorView message="Unknown report state" actions={actions} />;
  }
}

export type { ReportBodyProps };

function domainOf(report: TabReport): string | null {
  if (report.state === 'article') return report.page.domain;
  if (report.state === 'not-news') {
    try {
      return new URL(report.url).hostname.replace(/^www\./, '') || null;
    } catch {
      return null;
    }
  }
  return null;
}
