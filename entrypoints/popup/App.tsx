// Popup container: asks the background for the tab's report, keeps it fresh while the index builds,
// and turns the user's actions into protocol messages. Rendering is components/PopupView's job.

import { useCallback, useEffect, useLayoutEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { PopupView } from '../../components/PopupView';
import type { CoverageEntry, TabReport } from '../../lib/coverage/types';
import { sendMessage } from '../../lib/messaging';

/** How often the popup re-asks while the page is being analysed or the index is refreshing. */
const POLL_INTERVAL_MS = 1000;

function needsPolling(report: TabReport): boolean {
  if (report.state === 'loading') return true;
  if (report.state === 'article' || report.state === 'not-news') return report.index.progress.running;
  return false;
}

export interface AppProps {
  tabId: number | null;
  embedded?: boolean;
  /** The report already asked for by main.tsx before the first render (the popup's critical path). */
  firstReport?: Promise<TabReport>;
  /** firstReport's answer when it came before the first render (no loading view is shown then). */
  initialReport?: TabReport;
}

export function App({ tabId, embedded = false, firstReport, initialReport }: AppProps) {
  const [report, setReport] = useState<TabReport>(initialReport ?? { state: 'loading' });
  const [searchResults, setSearchResults] = useState<CoverageEntry[] | null>(null);

  const load = useCallback(async () => {
    if (tabId === null) {
      setReport({ state: 'unsupported', reason: 'There is no tab to describe.' });
      return;
    }
    try {
      setReport(await sendMessage('tab:report', { tabId }));
    } catch (err) {
      setReport({ state: 'error', message: err instanceof Error ? err.message : String(err) });
    }
  }, [tabId]);

  // A layout effect subscribes right after the first render, not after the first paint as useEffect would.
  useLayoutEffect(() => {
    if (initialReport) return;
    if (firstReport) void firstReport.then(setReport);
    else void load();
  }, [load, firstReport, initialReport]);

  useEffect(() => {
    if (!needsPolling(report)) return undefined;
    const timer = setTimeout(() => void load(), POLL_INTERVAL_MS);
    return () => clearTimeout(timer);
  }, [report, load]);

  const actions = {
    refreshNow: () => {
      sendMessage('refresh:now', {}).then(() => load(), () => load());
    },
    search: (query: string) => {
      const q = query.trim();
      if (!q) {
        setSearchResults(null);
        return;
      }
      sendMessage('index:search', { query: q }).then(setSearchResults, () => setSearchResults([]));
    },
    explain: (entry: CoverageEntry) =>
      tabId === null ? Promise.resolve(null) : sendMessage('story:why', { tabId, articleId: entry.articleId }),
    reportNotSameStory: (entry: CoverageEntry) => {
      if (tabId === null) return;
      sendMessage('story:not-same', { tabId, articleId: entry.articleId }).then(setReport, () => load());
    },
    disableSite: (domain: string) => {
      sendMessage('site:disable', { domain }).then(() => load(), () => load());
    },
    openOptions: () => {
      void browser.runtime.openOptionsPage();
    },
    retry: () => {
      setReport({ state: 'loading' });
      void load();
    },
  };

  return (
    <PopupView
      report={report}
      actions={actions}
      searchResults={searchResults}
      now={Date.now()}
      offline={!navigator.onLine}
      layout={embedded ? 'stacked' : 'split'}
    />
  );
}
