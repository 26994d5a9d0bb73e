import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { SIDE_LABELS } from '../lib/coverage/labels';
import { COVERAGE_ORDERS, COVERAGE_TABS, countEntriesByTab, filterEntriesByTab, sortCoverageEntries } from '../lib/coverage/summary';
import type { CoverageOrder, CoverageTab } from '../lib/coverage/summary';
import type { CoverageEntry, CoverageWhy } from '../lib/coverage/types';
import { ArticleRow } from './ArticleRow';
import type { TimeContext } from './types';
import { useAfterFirstPaint } from './use-after-first-paint';

export interface CoverageListProps {
  entries: CoverageEntry[];
  time: TimeContext;
  onNotSameStory?: (entry: CoverageEntry) => void;
  /** Fetches a row's "why is this here?" when it is opened. */
  onExplain?: (entry: CoverageEntry) => Promise<CoverageWhy | null>;
  /** Prefix for element ids (two lists on one page must differ). */
  idPrefix?: string;
  initialTab?: CoverageTab;
}

/** Rows rendered before "Show all": keeps the first paint of a big story fast (rows). */
export const LIST_PAGE_SIZE = 20;
/**
 * Rows in the popup's first paint: a screenful of the 600-px popup (about five rows show) plus one. The rest of
 * the first page follows right after that paint, below the fold, so nothing on screen moves.
 */
export const FIRST_SCREEN_ROWS = 6;

const TAB_LABELS: Record<CoverageTab, string> = { all: 'All', ...SIDE_LABELS };

const EMPTY_TAB_TEXT: Record<Exclude<CoverageTab, 'all'>, string> = {
  left: 'No outlet rated Left or Lean Left covers this story in the index yet.',
  center: 'No outlet rated Center covers this story in the index yet.',
  right: 'No outlet rated Lean Right or Right covers this story in the index yet.',
};

const ORDER_LABELS: Record<CoverageOrder, string> = {
  newest: 'Newest first',
  earliest: 'Earliest first',
  match: 'Closest match first',
};

/** The story's articles under ARIA tabs All / Left / Center / Right, with counts and arrow-key navigation. */
export function CoverageList({ entries, time, onNotSameStory, onExplain, idPrefix = 'px-cov', initialTab = 'all' }: CoverageListProps) {
  const [tab, setTab] = useState<CoverageTab>(initialTab);
  const [showAll, setShowAll] = useState(false);
  const [order, setOrder] = useState<CoverageOrder>('newest');
  // After "Not the same story" removes a row, focus goes to the row that took its place (or the panel),
  // not to the page's body.
  const [refocusRow, setRefocusRow] = useState<number | null>(null);
  const panelRef = useRef<HTMLDivElement>(null);
  const tabRefs = useRef<Partial<Record<CoverageTab, HTMLButtonElement | null>>>({});
  const counts = useMemo(() => countEntriesByTab(entries), [entries]);
  const filtered = useMemo(() => sortCoverageEntries(filterEntriesByTab(entries, tab), order), [entries, tab, order]);
  const painted = useAfterFirstPaint();
  const page = showAll ? filtered : filtered.slice(0, LIST_PAGE_SIZE);
  const shown = painted ? page : page.slice(0, FIRST_SCREEN_ROWS);
  // Counted against the full page, so the button's text does not change when the page completes.
  const hidden = filtered.length - page.length;

  useEffect(() => {
    if (refocusRow === null) return;
    const panel = panelRef.current;
    const rows = panel?.querySelectorAll<HTMLElement>('.px-row');
    const target = rows?.[Math.min(refocusRow, rows.length - 1)]?.querySelector<HTMLElement>('.px-row-title a, button');
    (target ?? panel)?.focus();
    setRefocusRow(null);
  }, [refocusRow]);
  const dismiss = onNotSameStory
    ? (entry: CoverageEntry) => {
        setRefocusRow(Math.max(0, shown.indexOf(entry)));
        onNotSameStory(entry);
      }
    : undefined;

  const select = (next: CoverageTab) => {
    setTab(next);
    tabRefs.current[next]?.focus();
  };
  const onKeyDown = (e: KeyboardEvent) => {
    const i = COVERAGE_TABS.indexOf(tab);
    const n = COVERAGE_TABS.length;
    let next: CoverageTab | undefined;
    if (e.key === 'ArrowRight') next = COVERAGE_TABS[(i + 1) % n];
    else if (e.key === 'ArrowLeft') next = COVERAGE_TABS[(i - 1 + n) % n];
    else if (e.key === 'Home') next = COVERAGE_TABS[0];
    else if (e.key === 'End') next = COVERAGE_TABS[n - 1];
    if (next) {
      e.preventDefault();
      select(next);
    }
  };

  return (
    <section class="px-coverage" aria-labelledby={`${idPrefix}-h`}>
      {/* Heading, order and tabs stay in view while the rows scroll under them. */}
      <div class="px-coverage-top">
        <div class="px-coverage-head">
          <h3 class="px-h3" id={`${idPrefix}-h`}>
            Coverage
          </h3>
          <label class="px-order">
            <span class="px-sr-only">Order of the articles</span>
            <select
              class="px-select"
              value={order}
              onChange={(e) => setOrder((e.currentTarget as HTMLSelectElement).value as CoverageOrder)}
            >
              {COVERAGE_ORDERS.map((o) => (
                <option key={o} value={o}>
                  {ORDER_LABELS[o]}
                </option>
              ))}
            </select>
          </label>
        </div>
        <div class="px-tabs" role="tablist" aria-label="Filter coverage by side" onKeyDown={onKeyDown}>
          {COVERAGE_TABS.map((t) => (
            <button
              key={t}
              ref={(el) => {
                tabRefs.current[t] = el;
              }}
              type="button"
              role="tab"
              id={`${idPrefix}-tab-${t}`}
              class={`px-tab px-tab-${t}`}
              aria-selected={t === tab}
              aria-controls={`${idPrefix}-panel`}
              tabIndex={t === tab ? 0 : -1}
              onClick={() => setTab(t)}
            >
              {TAB_LABELS[t]} <span class="px-tab-count">{counts[t]}</span>
            </button>
          ))}
        </div>
      </div>
      <div
        ref={panelRef}
        role="tabpanel"
        tabIndex={-1}
        id={`${idPrefix}-panel`}
        aria-labelledby={`${idPrefix}-tab-${tab}`}
        class="px-tabpanel"
      >
        {shown.length === 0 ? (
          <p class="px-empty">
            {tab === 'all' ? 'No articles to show.' : EMPTY_TAB_TEXT[tab]}
          </p>
        ) : (
          <ul class="px-rows">
            {shown.map((e) => (
              <ArticleRow
                key={e.articleId}
                entry={e}
                time={time}
                onNotSameStory={dismiss}
                onExplain={onExplain}
                idPrefix={idPrefix}
              />
            ))}
          </ul>
        )}
        {hidden > 0 ? (
          <button type="button" class="px-btn px-more" onClick={() => setShowAll(true)}>
            Show {hidden} more {hidden === 1 ? 'article' : 'articles'}
          </button>
        ) : null}
      </div>
    </section>
  );
}
