import { useState } from 'preact/hooks';
import { FACTUAL_LABELS, formatDateTime, formatRelativeTime, labelCountry, labelProvider } from '../lib/coverage/labels';
import { safeHttpUrl } from '../lib/coverage/summary';
import type { CoverageEntry, CoverageWhy } from '../lib/coverage/types';
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
  /** Fetches the row's evidence when the disclosure is first opened (see PopupActions.explain). */
  onExplain?: (entry: CoverageEntry) => Promise<CoverageWhy | null>;
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
export function ArticleRow({ entry, time, onNotSameStory, showWhy = true, onExplain, idPrefix = 'px' }: ArticleRowProps) {
  const [open, setOpen] = useState(false);
  // undefined until asked for; 'loading' while on its way; null when there is none.
  const [why, setWhy] = useState<CoverageWhy | null | 'loading' | undefined>(undefined);
  const toggleWhy = () => {
    const next = !open;
    setOpen(next);
    if (!next || why !== undefined) return;
    if (!onExplain) {
      setWhy(null);
      return;
    }
    setWhy('loading');
    onExplain(entry).then(setWhy, () => setWhy(null));
  };
  const href = safeHttpUrl(entry.url);
  const outletName = entry.outlet?.name ?? entry.domain;
  const whyId = `${idPrefix}-why-${hashId(entry.articleId)}`;
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
              onClick={toggleWhy}
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
        // The evidence is only fetched and built when opened: the report of a 100-row list stays light.
        <div id={whyId} class="px-why" hidden={!open} aria-busy={why === 'loading' ? 'true' : undefined}>
          {open ? <WhyDetails score={entry.score} why={why} /> : null}
        </div>
      ) : null}
    </li>
  );
}

/** The matcher's evidence for a row, the outlet's raters and the feed's summary (once fetched). */
function WhyDetails({ score, why }: { score: number; why: CoverageWhy | null | 'loading' | undefined }) {
  const details = why !== null && typeof why === 'object' ? why : null;
  const ex = details?.explanation;
  const pending = why === 'loading' || why === undefined;
  const missing = pending ? 'loading…' : 'not available';
  return (
    <>
      <dl>
        <dt>Match score</dt>
        <dd>{Number.isFinite(score) ? score.toFixed(2) : '—'}</dd>
        <dt>Shared names</dt>
        <dd>{ex ? (ex.sharedEntities.length ? ex.sharedEntities.join(', ') : 'none') : missing}</dd>
        <dt>Shared words</dt>
        <dd>{ex ? (ex.sharedTerms.length ? ex.sharedTerms.join(', ') : 'none') : missing}</dd>
        <dt>Published apart</dt>
        <dd>{ex ? (ex.hoursApart === null ? 'unknown' : formatHours(ex.hoursApart)) : missing}</dd>
        <dt>Outlet rated by</dt>
        <dd>
          {details
            ? details.ratings.length
              ? details.ratings.map((r) => `${labelProvider(r.provider)}: ${r.bias}`).join(' · ')
              : 'no provider'
            : missing}
        </dd>
      </dl>
      {details?.summary ? <p class="px-why-summary">“{details.summary}”</p> : null}
    </>
  );
}

function formatHours(h: number): string {
  const abs = Math.abs(h);
  if (abs < 1) return `${Math.round(abs * 60)} min`;
  if (abs < 48) return `${Math.round(abs)} h`;
  return `${Math.round(abs / 24)} days`;
}
