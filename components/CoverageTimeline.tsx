import { formatDateTime, formatDuration, plural } from '../lib/coverage/labels';
import type { Timeline } from '../lib/coverage/summary';
import type { TimeContext } from './types';

export interface CoverageTimelineProps {
  timeline: Timeline;
  time: TimeContext;
  /** Unique id prefix (for the SVG's title/desc). */
  idPrefix?: string;
}

const WIDTH = 380;
const HEIGHT = 64;
const GAP = 2;
const STACK = ['left', 'center', 'right', 'unrated'] as const;

/** Sentence describing the chart for screen readers (and the visible caption). */
export function describeTimeline(t: Timeline, time: TimeContext): string {
  if (!t.articles || t.from === null || t.to === null) return 'No publication times known.';
  let peak = t.buckets[0];
  for (const b of t.buckets) if (peak && b.count > peak.count) peak = b;
  const span = `${plural(t.articles, 'article')} from ${formatDateTime(t.from, time)} to ${formatDateTime(t.to, time)}`;
  const peakText = peak
    ? `; most (${peak.count}) in the ${formatDuration(t.bucketMs)} from ${formatDateTime(peak.start, time)}`
    : '';
  return `${span}, in ${formatDuration(t.bucketMs)} steps${peakText}.`;
}

/** Articles over time as a small stacked bar chart (left / center / right / unrated). */
export function CoverageTimeline({ timeline, time, idPrefix = 'px-tl' }: CoverageTimelineProps) {
  const description = describeTimeline(timeline, time);
  const n = timeline.buckets.length;
  const max = Math.max(1, ...timeline.buckets.map((b) => b.count));
  const barW = n ? Math.max(1, (WIDTH - GAP * (n - 1)) / n) : 0;
  return (
    <section class="px-timeline" aria-labelledby={`${idPrefix}-h`}>
      <h3 class="px-h3" id={`${idPrefix}-h`}>
        Coverage over time
      </h3>
      {n === 0 ? (
        <p class="px-muted">{description}</p>
      ) : (
        <>
          <svg
            class="px-timeline-svg"
            viewBox={`0 0 ${WIDTH} ${HEIGHT}`}
            preserveAspectRatio="none"
            role="img"
            aria-labelledby={`${idPrefix}-t ${idPrefix}-d`}
            focusable="false"
          >
            <title id={`${idPrefix}-t`}>Articles over time</title>
            <desc id={`${idPrefix}-d`}>{description}</desc>
            <defs>
              <pattern id={`${idPrefix}-hatch`} width="4" height="4" patternUnits="userSpaceOnUse" patternTransform="rotate(45)">
                <rect class="px-tl-hatch-bg" width="4" height="4" />
                <rect class="px-tl-hatch-fg" width="2" height="4" />
              </pattern>
            </defs>
            {timeline.buckets.map((b, i) => {
              const x = i * (barW + GAP);
              let y = HEIGHT;
              return (
                <g key={b.start}>
                  <title>
                    {`${formatDateTime(b.start, time)}: ${plural(b.count, 'article')}`}
                    {b.count ? ` (Left ${b.bySide.left}, Center ${b.bySide.center}, Right ${b.bySide.right}, unrated ${b.bySide.unrated})` : ''}
                  </title>
                  {/* A transparent full-height target so the bucket's title shows on hover. */}
                  <rect class="px-tl-hit" x={x} y={0} width={barW} height={HEIGHT} />
                  {STACK.map((side) => {
                    const v = b.bySide[side];
                    if (!v) return null;
                    const h = (v / max) * (HEIGHT - 4);
                    y -= h;
                    return (
                      <rect
                        key={side}
                        class={`px-tl-${side}`}
                        x={x}
                        y={y}
                        width={barW}
                        height={h}
                        fill={side === 'unrated' ? `url(#${idPrefix}-hatch)` : undefined}
                      />
                    );
                  })}
                </g>
              );
            })}
          </svg>
          <div class="px-timeline-axis" aria-hidden="true">
            <span>{formatDateTime(timeline.buckets[0]?.start ?? 0, time)}</span>
            <span>{formatDateTime(timeline.to ?? 0, time)}</span>
          </div>
          <ul class="px-timeline-legend" aria-hidden="true">
            <li><span class="px-swatch px-tl-left" />Left</li>
            <li><span class="px-swatch px-tl-center" />Center</li>
            <li><span class="px-swatch px-tl-right" />Right</li>
            <li><span class="px-swatch px-bias-unrated" />Unrated</li>
          </ul>
        </>
      )}
    </section>
  );
}
