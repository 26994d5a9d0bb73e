import { useMemo, useState } from 'preact/hooks';
import type { Outlet } from '../../lib/catalog/types';
import { formatDateTime, formatRelativeTime, plural } from '../../lib/coverage/labels';
import type { FeedOverview } from '../../lib/protocol';

export interface FeedStatusTableProps {
  feeds: readonly FeedOverview[] | null;
  outlets: readonly Outlet[];
  now: number;
}

export type FeedHealth = 'ok' | 'never' | 'failing' | 'backoff';

/** How a feed is doing: never fetched, fine, failing, or failing and waiting before the next try. */
export function describeFeedHealth(feed: FeedOverview, now: number): FeedHealth {
  const s = feed.status;
  if (!s || s.lastFetch === null) return 'never';
  if (!s.lastError) return 'ok';
  return s.nextAllowed > now ? 'backoff' : 'failing';
}

const HEALTH_LABELS: Record<FeedHealth, string> = {
  ok: 'OK',
  never: 'Not fetched yet',
  failing: 'Failing',
  backoff: 'Failing, waiting',
};

function When({ ms, now }: { ms: number | null; now: number }) {
  if (!ms) return <>never</>;
  return (
    <time dateTime={new Date(ms).toISOString()} title={formatDateTime(ms)}>
      {formatRelativeTime(ms, now)}
    </time>
  );
}

/** Each fetched feed: last fetch, items, last error, backoff. Problems first when asked. */
export function FeedStatusTable({ feeds, outlets, now }: FeedStatusTableProps) {
  const [problemsOnly, setProblemsOnly] = useState(false);
  const names = useMemo(() => new Map(outlets.map((o) => [o.id, o.name])), [outlets]);
  if (!feeds) {
    return (
      <p class="px-opt-empty" role="status">
        Reading feed statuses…
      </p>
    );
  }
  const failing = feeds.filter((f) => {
    const h = describeFeedHealth(f, now);
    return h === 'failing' || h === 'backoff';
  });
  const rows = problemsOnly ? failing : feeds;
  return (
    <div class="px-opt-feeds">
      <h3>Feed status</h3>
      <p class="px-opt-hint" id="feed-status-summary">
        {plural(feeds.length, 'feed')} fetched, {failing.length} with problems.
      </p>
      <div class="px-opt-field px-opt-toggle">
        <input id="feeds-problems-only" type="checkbox" checked={problemsOnly} onChange={(e) => setProblemsOnly((e.currentTarget as HTMLInputElement).checked)} />
        <label for="feeds-problems-only">Show only feeds with problems</label>
      </div>
      <details open={problemsOnly || feeds.length <= 20}>
        <summary>{problemsOnly ? `Show ${plural(rows.length, 'feed')} with problems` : `Show all ${plural(rows.length, 'feed')}`}</summary>
        <div class="px-opt-table-wrap">
          <table class="px-opt-table">
            <caption class="px-sr-only">Status of each feed</caption>
            <thead>
              <tr>
                <th scope="col">Feed</th>
                <th scope="col">Last fetch</th>
                <th scope="col">Items</th>
                <th scope="col">Status</th>
              </tr>
            </thead>
            <tbody>
              {rows.map((f) => {
                const health = describeFeedHealth(f, now);
                const s = f.status;
                const name = f.outletId ? (names.get(f.outletId) ?? f.outletId) : (f.title ?? 'Your feed');
                return (
                  <tr key={f.url} data-feed={f.url} class={`px-opt-feed-${health}`}>
                    <th scope="row">
                      <span>{name}</span>
                      <span class="px-opt-mono px-opt-url">{f.url}</span>
                    </th>
                    <td>
                      <When ms={s?.lastFetch ?? null} now={now} />
                    </td>
                    <td>{s ? s.items.toLocaleString('en') : '–'}</td>
                    <td>
                      <span class={`px-opt-health px-opt-health-${health}`}>{HEALTH_LABELS[health]}</span>
                      {s?.lastError ? <span class="px-opt-feed-error">{s.lastError}</span> : null}
                      {s && health === 'backoff' ? (
                        <span class="px-opt-hint">
                          {' '}
                          Next try <When ms={s.nextAllowed} now={now} />
                          {s.failures > 1 ? ` (${s.failures} failures in a row)` : ''}
                        </span>
                      ) : null}
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </div>
      </details>
    </div>
  );
}
