import { useState } from 'preact/hooks';
import { FACTUAL_LABELS, formatDateTime, formatRelativeTime, labelCountry, labelProvider } from '../lib/coverage/labels';
import { safeHttpUrl } from '../lib/coverage/summary';
import type { CoverageEntry } from '../lib/coverage/types';
import { BiasChip } from './BiasChip';
import { isStateControlled } from './OutletHeader';
import type { TimeContext } from './types';

export interface ArticleRowProps {
  entry: CoverageEntry;
  time: TimeContext;
  /** Shows the "Not the same story" button when given. */
  onNotSameStory?: (entry: CoverageEntry) => void;
  /** Shows the "Why is this here?" disclosure (default true). */
  showWhy?: boolean;
  /** Prefix for element ids (the popup and an in-page panel must differ). */
  idPrefix?: string;
}

/** Short stable id from an article id (FNV-1a, 32 bits): URLs are too long and not id-safe. */
function hashId(text: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h.toString(36);
}

/** One article of the story: outlet, bias, factuality, country, time, headline link, evidence. */
export function ArticleRow({ entry, time, onNotSameStory, showWhy = true, idPrefix = 'px' }: ArticleRowProps) {
  const [open, setOpen] = useState(false);
  const href = safeHttpUrl(entry.url);
  const outletName = entry.outlet?.name ?? entry.domain;
  const whyId = `${idPrefix}-why-${hashId(entry.articleId)}`;
  const ex = entry.explanation;
  const rel = formatRelativeTime(entry.published, time.now);
  const abs = formatDateTime(entry.published, time);
  return (
    <li class={`px-row${entry.isReaderOutlet ? ' px-row-reader' : ''}`}>
      <div class="px-row-meta">
        {/* Who on the left (wraps when long), when on the right (always on the first line). */}
        <span class="px-row-who">
          <BiasChip bias={entry.outlet?.bias ?? null} />
          <span class="px-row-outlet">{outletName}</span>
          {entry.isReaderOutlet ? <span class="px-tag px-tag-reader">Your outlet</span> : null}
          {entry.outlet && isStateControlled(entry.outlet) ? <span class="px-tag px-tag-state">State media</span> : null}
          {entry.outlet?.factual ? (
            <span class="px-row-fact">
              <span aria-hidden="true">Factual: </span>
              <span class="px-sr-only">Factual reporting: </span>
              {FACTUAL_LABELS[entry.outlet.factual]}
            </span>
          ) : null}
          {entry.outlet?.country ? (
            <span class="px-row-country" title={labelCountry(entry.outlet.country, time.locale)}>
              <span class="px-sr-only">Country: {labelCountry(entry.outlet.country, time.locale)}</span>
              <span aria-hidden="true">{entry.outlet.country.toUpperCase()}</span>
            </span>
          ) : null}
        </span>
        {rel ? (
          <time class="px-row-time" dateTime={new Date(entry.published).toISOString()} title={abs}>
            {rel}
          </time>
        ) : null}
      </div>
      <p class="px-row-title" lang={entry.lang ?? undefined}>
        {href ? (
          <a href={href} target="_blank" rel="noopener noreferrer">
            {entry.title}
          </a>
        ) : (
          <span>{entry.title}</span>
        )}
      </p>
      {showWhy || onNotSameStory ? (
        <div class="px-row-actions">
          {showWhy ? (
            <button
              type="button"
              class="px-linkbtn"
              aria-expanded={open}
              aria-controls={whyId}
              onClick={() => setOpen(!open)}
            >
              Why is this here?<span class="px-sr-only"> ({outletName})</span>
            </button>
          ) : null}
          {onNotSameStory ? (
            <button
              type="button"
              class="px-linkbtn"
              aria-label={`Not the same story: ${outletName}, ${entry.title}`}
              onClick={() => onNotSameStory(entry)}
            >
              Not the same story
            </button>
          ) : null}
        </div>
      ) : null}
      {showWhy ? (
        // The evidence is only built when opened: a 100-row list stays light.
        <div id={whyId} class="px-why" hidden={!open}>
          {open ? (
            <>
              <dl>
                <dt>Match score</dt>
                <dd>{Number.isFinite(ex.score) ? ex.score.toFixed(2) : '—'}</dd>
                <dt>Shared names</dt>
                <dd>{ex.sharedEntities.length ? ex.sharedEntities.join(', ') : 'none'}</dd>
                <dt>Shared words</dt>
                <dd>{ex.sharedTerms.length ? ex.sharedTerms.join(', ') : 'none'}</dd>
                <dt>Published apart</dt>
                <dd>{ex.hoursApart === null ? 'unknown' : formatHours(ex.hoursApart)}</dd>
                <dt>Outlet rated by</dt>
                <dd>
                  {entry.outlet?.ratings.length
                    ? entry.outlet.ratings.map((r) => `${labelProvider(r.provider)}: ${r.bias}`).join(' · ')
                    : 'no provider'}
                </dd>
              </dl>
              {entry.summary ? <p class="px-why-summary">“{entry.summary}”</p> : null}
            </>
          ) : null}
        </div>
      ) : null}
    </li>
  );
}

function formatHours(h: number): string {
  const abs = Math.abs(h);
  if (abs < 1) return `${Math.round(abs * 60)} min`;
  if (abs < 48) return `${Math.round(abs)} h`;
  return `${Math.round(abs / 24)} days`;
}
