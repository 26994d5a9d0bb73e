import { BIAS_BUCKETS } from '../lib/catalog/types';
import { BIAS_LABELS, BIAS_SHORT, SIDE_LABELS, plural } from '../lib/coverage/labels';
import type { BiasDistribution } from '../lib/coverage/summary';

export interface BiasBarProps {
  bias: BiasDistribution;
  /** Heading shown above the bar; omit for none. */
  heading?: string;
}

/** Describes the distribution in one sentence (the bar's text alternative). */
export function describeBias(bias: BiasDistribution): string {
  if (bias.rated === 0) return `No outlet with a known bias rating (${plural(bias.unrated.count, 'unrated outlet')}).`;
  const parts = BIAS_BUCKETS.filter((b) => bias.buckets[b].count > 0).map(
    (b) => `${BIAS_LABELS[b]} ${bias.buckets[b].count} (${bias.buckets[b].pct}%)`,
  );
  const unrated = bias.unrated.count ? `; ${bias.unrated.count} unrated` : '';
  return `Bias of ${plural(bias.rated, 'rated outlet')}: ${parts.join(', ')}${unrated}.`;
}

/** Left → Right distribution of outlets with counts and percentages; unrated outlets shown apart. */
export function BiasBar({ bias, heading = 'Bias distribution' }: BiasBarProps) {
  return (
    <section class="px-biasbar">
      {heading ? <h3 class="px-h3">{heading}</h3> : null}
      {bias.rated > 0 ? (
        <p class="px-sides">
          {(['left', 'center', 'right'] as const).map((side, i) => (
            <span key={side} class={`px-side px-side-${side}`}>
              {i ? ' · ' : ''}
              {SIDE_LABELS[side]} <strong>{bias.sides[side].pct}%</strong>
            </span>
          ))}
          <span class="px-muted"> of {plural(bias.rated, 'rated outlet')}</span>
        </p>
      ) : null}
      <div class="px-biasbar-track" role="img" aria-label={describeBias(bias)}>
        {bias.rated === 0 ? (
          <span class="px-biasbar-seg px-bias-unrated" style={{ flexGrow: 1 }} />
        ) : (
          BIAS_BUCKETS.filter((b) => bias.buckets[b].count > 0).map((b) => (
            <span
              key={b}
              class={`px-biasbar-seg px-bias-${b}`}
              style={{ flexGrow: bias.buckets[b].count }}
            >
              {bias.buckets[b].pct >= 12 ? `${BIAS_SHORT[b]} ${bias.buckets[b].pct}%` : ''}
            </span>
          ))
        )}
      </div>
      <ul class="px-biasbar-legend">
        {BIAS_BUCKETS.map((b) => (
          <li key={b} class={bias.buckets[b].count === 0 ? 'px-muted' : undefined}>
            <span class={`px-swatch px-bias-${b}`} aria-hidden="true" />
            <span class="px-legend-label">{BIAS_LABELS[b]}</span>{' '}
            <span class="px-legend-value">
              {bias.buckets[b].count} · {bias.buckets[b].pct}%
            </span>
          </li>
        ))}
      </ul>
      <p class="px-unrated">
        {bias.unrated.count > 0
          ? `${plural(bias.unrated.count, 'outlet')} without a bias rating (not in the percentages)`
          : 'Every outlet here has a bias rating'}
      </p>
    </section>
  );
}
