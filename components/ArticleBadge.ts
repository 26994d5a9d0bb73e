import { BIAS_BUCKETS } from '../lib/catalog/types';
import { BIAS_LABELS, BIAS_SHORT, describeBadge } from '../lib/coverage/labels';
import type { BadgeInfo } from '../lib/protocol';
import { buildElement } from './build-element';

// The in-page article badge, built as plain DOM (no Preact in the content script, which runs in every
// page). Presentational: it gets its data and its action; it never calls extension APIs.

export type BadgeVariant = 'compact' | 'detailed';

export interface ArticleBadgeProps {
  /** Other outlets covering the story and their bias counts (from the background). */
  info: BadgeInfo;
  variant?: BadgeVariant;
  onOpen: () => void;
  /** Id of the panel the badge opens (aria-controls). */
  controls?: string;
  /** Prefix for the description's id. */
  idPrefix?: string;
}

/** Describes the bias counts in words, e.g. "Left 2, Center 3, Right 1, 1 unrated". */
export function describeBiasCounts(bias: BadgeInfo['bias']): string {
  const parts = BIAS_BUCKETS.filter((b) => bias[b] > 0).map((b) => `${BIAS_LABELS[b]} ${bias[b]}`);
  if (bias.unknown > 0) parts.push(`${bias.unknown} unrated`);
  return parts.join(', ');
}

/** Tiny Left→Right bar of the other outlets' bias; decorative (the button's name carries the count). */
function buildMiniBiasBar(doc: Document, bias: BadgeInfo['bias']): HTMLElement {
  const rated = BIAS_BUCKETS.filter((b) => bias[b] > 0);
  const segs = rated.length ? rated : (['unrated'] as const);
  return buildElement(
    doc,
    'span',
    { class: 'px-minibar', 'aria-hidden': 'true' },
    ...segs.map((b) => {
      const seg = buildElement(doc, 'span', { class: `px-minibar-seg px-bias-${b}` });
      // Through the CSSOM, not a style attribute: a page's CSP may forbid inline style attributes.
      seg.style.flexGrow = String(b === 'unrated' ? 1 : bias[b]);
      return seg;
    }),
  );
}

/** The badge: a button named after the count, described by the bias counts, that opens the panel. */
export function createArticleBadge(
  doc: Document,
  { info, variant = 'compact', onOpen, controls, idPrefix = 'px-badge' }: ArticleBadgeProps,
): HTMLButtonElement {
  const biasText = describeBiasCounts(info.bias);
  const detailed = variant === 'detailed';
  const sides = BIAS_BUCKETS.filter((b) => info.bias[b] > 0)
    .map((b) => `${BIAS_SHORT[b]} ${info.bias[b]}`)
    .join(' · ');
  const button = buildElement(
    doc,
    'button',
    {
      type: 'button',
      class: `px-badge px-badge-${variant}`,
      'aria-label': describeBadge(info.outlets),
      'aria-describedby': biasText ? `${idPrefix}-desc` : null,
      'aria-expanded': 'false',
      'aria-controls': controls,
      'aria-haspopup': 'dialog',
    },
    buildElement(doc, 'span', { class: 'px-badge-logo', 'aria-hidden': 'true' }, '◧'),
    buildElement(doc, 'span', { class: 'px-badge-count' }, String(info.outlets)),
    detailed && buildElement(doc, 'span', { class: 'px-badge-text' }, info.outlets === 1 ? 'other outlet' : 'other outlets'),
    buildMiniBiasBar(doc, info.bias),
    detailed && buildElement(doc, 'span', { class: 'px-badge-sides', 'aria-hidden': 'true' }, sides),
    !!biasText && buildElement(doc, 'span', { id: `${idPrefix}-desc`, class: 'px-sr-only' }, `Bias of the other outlets: ${biasText}`),
  );
  button.addEventListener('click', () => onOpen());
  return button;
}

/** Marks the badge's panel open or closed (aria-expanded). */
export function setBadgeExpanded(button: HTMLElement, expanded: boolean): void {
  button.setAttribute('aria-expanded', String(expanded));
}
