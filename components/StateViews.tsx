import { classifyIndex } from '../lib/coverage/index-state';
import { plural } from '../lib/coverage/labels';
import type { CoverageEntry, IndexStatus } from '../lib/coverage/types';
import { IndexProgress, IndexSummaryLine } from './IndexProgress';
import { SearchBox } from './SearchBox';
import type { PopupActions, TimeContext } from './types';

/** Reading the page; space reserved so the popup does not jump when the report arrives. */
export function LoadingView() {
  return (
    <div class="px-split px-state-loading" aria-busy="true">
      {/* Shaped like the article view (story, bar, first report | tabs, rows) so the most common outcome
          replaces it without the popup jumping. */}
      <div class="px-col px-col-summary">
        <p role="status" class="px-state-title">
          Reading this page…
        </p>
        <div class="px-skeleton" aria-hidden="true">
          <span class="px-skel-line px-skel-wide" />
          <span class="px-skel-line px-skel-short" />
          <span class="px-skel-bar" />
          <span class="px-skel-line" />
          <span class="px-skel-line px-skel-short" />
          <span class="px-skel-line" />
        </div>
      </div>
      <div class="px-col px-col-list px-skeleton" aria-hidden="true">
        <span class="px-skel-tabs" />
        <span class="px-skel-row" />
        <span class="px-skel-row" />
        <span class="px-skel-row" />
        <span class="px-skel-row" />
      </div>
    </div>
  );
}

export interface UnsupportedViewProps {
  reason: string;
  actions: PopupActions;
  searchResults: CoverageEntry[] | null;
  time: TimeContext;
}

/** The tab cannot be read (browser pages, PDFs, the extension store…). */
export function UnsupportedView({ reason, actions, searchResults, time }: UnsupportedViewProps) {
  return (
    <div class="px-split px-state-unsupported">
      <div class="px-col px-col-summary px-state">
        <h2 class="px-state-title">Parallax can't read this tab</h2>
        <p>{reason}</p>
        <p class="px-muted">
          Parallax works on ordinary web pages (http and https). You can still search the news it has collected.
        </p>
      </div>
      <div class="px-col px-col-list">
        <SearchBox onSearch={actions.search} results={searchResults} time={time} />
      </div>
    </div>
  );
}

export interface NotNewsViewProps {
  url: string;
  reason: string;
  index: IndexStatus;
  actions: PopupActions;
  searchResults: CoverageEntry[] | null;
  time: TimeContext;
  offline?: boolean;
}

/** A readable page that is not a news article: say why, offer a keyword search of the index. */
export function NotNewsView({ url, reason, index, actions, searchResults, time, offline }: NotNewsViewProps) {
  const state = classifyIndex(index, offline);
  const host = hostOf(url);
  const searchable = state === 'ready' || state === 'building';
  return (
    <div class="px-split px-state-notnews">
      <div class="px-col px-col-summary px-state">
        <h2 class="px-state-title">This doesn't look like a news article</h2>
        <p>{reason}</p>
        {host ? <p class="px-muted">Page: {host}</p> : null}
        {state === 'building' ? <IndexProgress index={index} time={time} /> : null}
        {state === 'empty' || state === 'offline' ? (
          <IndexEmptyView index={index} actions={actions} time={time} offline={state === 'offline'} compact />
        ) : null}
        {state === 'ready' ? <IndexSummaryLine index={index} time={time} /> : null}
        {searchable ? (
          <p class="px-muted px-small">
            Parallax shows coverage when you open a news article. Looking for a story? Search the articles your
            index holds.
          </p>
        ) : null}
      </div>
      {searchable ? (
        <div class="px-col px-col-list">
          <SearchBox onSearch={actions.search} results={searchResults} time={time} />
        </div>
      ) : null}
    </div>
  );
}

export interface NoCoverageViewProps {
  index: IndexStatus;
  actions: PopupActions;
  time: TimeContext;
  offline?: boolean;
  /** The page's own headline, so the reader sees what was looked for. */
  headline?: string;
}

/** An article, but no other outlet in the index covers it (yet); explains what happens next.
 *  (The search of the index sits beside it: StoryReport places it.) */
export function NoCoverageView({ index, actions, time, offline, headline }: NoCoverageViewProps) {
  const state = classifyIndex(index, offline);
  if (state === 'building') return <IndexBuildingView index={index} time={time} />;
  if (state === 'empty' || state === 'offline')
    return <IndexEmptyView index={index} actions={actions} time={time} offline={state === 'offline'} />;
  return (
    <div class="px-state px-state-nocoverage">
      <h2 class="px-state-title">No other coverage yet</h2>
      {headline ? (
        <p class="px-looked-for">
          <span class="px-muted">This article: </span>
          <q>{headline}</q>
        </p>
      ) : null}
      <p>
        No other outlet in your local index covers this story yet. New articles arrive as feeds are refreshed; big
        stories are usually picked up within hours.
      </p>
      <IndexSummaryLine index={index} time={time} />
      <div class="px-actions">
        <button type="button" class="px-btn" onClick={actions.refreshNow}>
          Refresh feeds now
        </button>
      </div>
    </div>
  );
}

export interface IndexBuildingViewProps {
  index: IndexStatus;
  time: TimeContext;
}

/** The index is being built: live progress from IndexStatus.progress. */
export function IndexBuildingView({ index, time }: IndexBuildingViewProps) {
  return (
    <div class="px-state px-state-building">
      <h2 class="px-state-title">Building your local news index…</h2>
      <p>
        Parallax is fetching outlets' public feeds. Coverage of this story will appear as articles arrive;
        {index.articles > 0 ? ` ${index.articles.toLocaleString('en')} articles indexed so far.` : ' nothing is indexed yet.'}
      </p>
      <IndexProgress index={index} time={time} />
    </div>
  );
}

export interface IndexEmptyViewProps {
  index: IndexStatus;
  actions: PopupActions;
  time: TimeContext;
  offline?: boolean;
  /** Inside another state view: smaller heading. */
  compact?: boolean;
}

/** Nothing is indexed: never refreshed yet, or every feed failed (offline). */
export function IndexEmptyView({ index, actions, offline = false, compact = false }: IndexEmptyViewProps) {
  const Heading = compact ? 'h3' : 'h2';
  return (
    <div class={`px-state px-state-${offline ? 'offline' : 'empty'}`}>
      <Heading class="px-state-title">{offline ? "Can't reach the news feeds" : 'Your local index is empty'}</Heading>
      <p>
        {offline
          ? `You seem to be offline, or every feed failed${index.progress.errors ? ` (${plural(index.progress.errors, 'feed')} failed)` : ''}. Parallax needs to fetch outlets' public feeds once before it can compare coverage.`
          : 'Parallax compares stories using a news index it builds on your machine from outlets\u2019 public feeds. It has not fetched any yet.'}
      </p>
      <div class="px-actions">
        <button type="button" class="px-btn px-btn-primary" onClick={actions.refreshNow}>
          {offline ? 'Try again' : 'Fetch feeds now'}
        </button>
        <button type="button" class="px-btn" onClick={actions.openOptions}>
          Options
        </button>
      </div>
    </div>
  );
}

export interface ErrorViewProps {
  message: string;
  actions: PopupActions;
}

/** Something failed; show the message as text and offer a way forward. */
export function ErrorView({ message, actions }: ErrorViewProps) {
  return (
    <div class="px-state px-state-error" role="alert">
      <h2 class="px-state-title">Something went wrong</h2>
      <p>Parallax could not prepare the coverage for this tab.</p>
      <pre class="px-error-message">{message || 'Unknown error'}</pre>
      <div class="px-actions">
        {actions.retry ? (
          <button type="button" class="px-btn px-btn-primary" onClick={actions.retry}>
            Try again
          </button>
        ) : null}
        <button type="button" class="px-btn" onClick={actions.openOptions}>
          Options
        </button>
      </div>
    </div>
  );
}

function hostOf(url: string): string | null {
  try {
    return new URL(url).hostname.replace(/^www\./, '') || null;
  } catch {
    return null;
  }
}
