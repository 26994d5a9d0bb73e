import { formatDateTime, formatRelativeTime } from '../lib/coverage/labels';
import type { FirstReport } from '../lib/coverage/summary';
import { safeHttpUrl } from '../lib/coverage/summary';
import { BiasChip } from './BiasChip';
import type { TimeContext } from './types';

export interface FirstReportedProps {
  first: FirstReport | null;
  time: TimeContext;
}

/** "First reported by <outlet> <time>", linking the earliest article. */
export function FirstReported({ first, time }: FirstReportedProps) {
  if (!first) return <p class="px-first px-muted">No publication times known for this story.</p>;
  const e = first.entry;
  const href = safeHttpUrl(e.url);
  const name = e.outlet?.name ?? e.domain;
  const abs = formatDateTime(e.published, time);
  const rel = formatRelativeTime(e.published, time.now);
  return (
    <p class="px-first">
      <span class="px-first-label">First reported by </span>
      <BiasChip bias={e.outlet?.bias ?? null} />{' '}
      {href ? (
        <a href={href} target="_blank" rel="noopener noreferrer" class="px-first-outlet">
          {name}
        </a>
      ) : (
        <strong class="px-first-outlet">{name}</strong>
      )}
      {first.isReaderPage ? <span class="px-tag px-tag-reader">this page</span> : null}{' '}
      <time dateTime={new Date(e.published).toISOString()}>
        {abs}
        {rel ? ` (${rel})` : ''}
      </time>
    </p>
  );
}
