import { BIAS_BUCKETS } from '../lib/catalog/types';
import { BIAS_LABELS, BIAS_SHORT, describeBadge } from '../lib/coverage/labels';
import type { BadgeInfo } from '../lib/protocol';

export type BadgeVariant = 'compact' | 'detailed';

export interface ArticleBadgeProps {
  /** Other outlets covering the story and their bias counts (from the background). */
  info: BadgeInfo;
  variant?: BadgeVariant;
  onOpen: () => void;
  /** The panel is open (sets aria-expanded). */
  expanded?: boolean;
  /** Id of the panel the badge opens (aria-controls). */
  controls?: string;
  /** Prefix for the description's id. */
  idPrefix?: string;
}

/** Tiny Left→Right bar of the other outlets' bias; decorative (the button's name carries the count). */
export function MiniBiasBar({ bias }: { bias: BadgeInfo['bias'] }) {
  const rated = BIAS_BUCKETS.reduce((n, b) => n + bias[b], 0);
  return (
    <span class="px-minibar" aria-hidden="true">
      {rated === 0 ? (
        <span class="px-minibar-seg px-bias-unrated" style={{ flexGrow: 1 }} />
      ) : (
        BIAS_BUCKETS.filter((b) => bias[b] > 0).map((b) => (
          <span key={b} class={`px-minibar-seg px-bias-${b}`} style={{ flexGrow: bias[b] }} />
        ))
      )}
    </span>
  );
}

/** Describes the bias counts in words, e.g. "Left 2, Center 3, Right 1, 1 unrated". */
export function describeBiasCounts(bias: BadgeInfo['bias']): string {
  const parts = BIAS_BUCKETS.filter((b) => bias[b] > 0).map((b) => `${BIAS_LABELS[b]} ${bias[b]}`);
  if (bias.unknown > 0) parts.push(`${bias.unknown} unrated`);
  return parts.join(', ');
}

/** The in-page pill near the headline: a button that opens the panel. */
export function ArticleBadge({ info, variant = 'compact', onOpen, expanded, controls, idPrefix = 'px-badge' }: ArticleBadgeProps) {
  const name = describeBadge(info.outlets);
  const biasText = describeBiasCounts(info.bias);
  return (
    <button
      type="button"
      class={`px-badge px-badge-${variant}`}
      aria-label={name}
      aria-describedby={biasText ? `${idPrefix}-desc` : undefined}
      aria-expanded={expanded}
      aria-controls={controls}
      aria-haspopup="dialog"
      onClick={onOpen}
    >
      <span class="px-badge-logo" aria-hidden="true">
        ◧
      </span>
      <span class="px-badge-count">{info.outlets}</span>
      {variant === 'detailed' ? (
        <span class="px-badge-text">{info.outlets === 1 ? 'other outlet' : 'other outlets'}</span>
      ) : null}
      <MiniBiasBar bias={info.bias} />
      {variant === 'detailed' ? (
        <span class="px-badge-sides" aria-hidden="true">
          {BIAS_BUCKETS.filter((b) => info.bias[b] > 0)
            .map((b) => `${BIAS_SHORT[b]} ${info.bias[b]}`)
            .join(' · ')}
        </span>
      ) : null}
      {biasText ? (
        <span id={`${idPrefix}-desc`} class="px-sr-only">
          Bias of the other outlets: {biasText}
        </span>
      ) : null}
    </button>
  );
}
