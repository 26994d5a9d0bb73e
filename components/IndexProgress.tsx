import { formatRelativeTime, plural } from '../lib/coverage/labels';
import type { IndexStatus } from '../lib/coverage/types';
import type { TimeContext } from './types';

export interface IndexProgressProps {
  index: IndexStatus;
  time: TimeContext;
}

/** Live progress of a feed refresh (role=progressbar + a polite status line). */
export function IndexProgress({ index, time }: IndexProgressProps) {
  const p = index.progress;
  const total = Math.max(0, p.feedsTotal);
  const done = Math.min(Math.max(0, p.feedsDone), total || p.feedsDone);
  const pct = total > 0 ? Math.round((done * 100) / total) : 0;
  const started = p.startedAt ? formatRelativeTime(p.startedAt, time.now) : '';
  return (
    <div class="px-progress">
      <div
        class="px-progress-track"
        role="progressbar"
        aria-label="Feeds fetched"
        aria-valuemin={0}
        aria-valuemax={total || 100}
        aria-valuenow={total ? done : undefined}
        aria-valuetext={total ? `${done} of ${total} feeds` : 'Starting'}
      >
        <span class="px-progress-fill" style={{ width: `${pct}%` }} />
      </div>
      <p class="px-progress-text" role="status" aria-live="polite">
        {total ? `${done} of ${plural(total, 'feed')} fetched` : 'Starting…'}
        {` · ${plural(p.newArticles, 'new article')}`}
        {p.errors ? ` · ${plural(p.errors, 'feed')} failed` : ''}
        {p.pruned ? ` · storage full: ${plural(p.pruned, 'oldest article')} removed to make room` : ''}
        {started ? ` · started ${started}` : ''}
      </p>
    </div>
  );
}

/** One line about the index: size and freshness. */
export function IndexSummaryLine({ index, time }: IndexProgressProps) {
  const when = index.lastRefresh ? formatRelativeTime(index.lastRefresh, time.now) : '';
  return (
    <p class="px-indexline">
      Local index: {plural(index.articles, 'article')} from {plural(index.feeds, 'feed')}
      {when ? `, updated ${when}` : ', never updated'}.
    </p>
  );
}
