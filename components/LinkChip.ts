import type { Bias } from '../lib/catalog/types';
import { BIAS_LABELS, BIAS_SHORT, plural } from '../lib/coverage/labels';
import { buildElement } from './build-element';

// The chip after a news link, built as plain DOM (pages can have a thousand of them; no Preact in the
// content script). Presentational: data in, element out.

export interface LinkChipProps {
  /** The linked outlet's name. */
  name: string;
  bias: Bias | null;
  /** Outlets covering the linked article's story, when it is in the index. */
  outlets?: number | null;
}

/** Accessible label of a chip, e.g. "Parallax: Fox News, rated Right; 12 outlets cover this story". */
export function describeLinkChip({ name, bias, outlets }: LinkChipProps): string {
  const rated = bias ? `rated ${BIAS_LABELS[bias]}` : 'bias not rated';
  const cover = outlets && outlets > 0 ? `; ${plural(outlets, 'outlet')} ${outlets === 1 ? 'covers' : 'cover'} this story` : '';
  return `Parallax: ${name}, ${rated}${cover}`;
}

/** Horizontal padding of the chip, both sides (chip.css `.px-linkchip`). */
const CHIP_PADDING_PX = 8;
/** Gap, padding and rule before the coverage count (chip.css `gap` + `.px-linkchip-count`). */
const CHIP_COUNT_SEPARATOR_PX = 7;
/** Widest glyph of the chip's 700 10px system font, rounded up (upper-case letters and digits are ~6-7px). */
const CHIP_GLYPH_MAX_PX = 7.5;

/**
 * The chip's width before it is laid out, an upper bound from its fixed typography: placing chips from this
 * instead of a measurement lets a batch of chips go in already positioned, at the cost of one layout.
 */
export function estimateLinkChipWidth({ bias, outlets }: LinkChipProps): number {
  const letters = bias ? BIAS_SHORT[bias].length : 1;
  const count = outlets && outlets > 0 ? CHIP_COUNT_SEPARATOR_PX + String(outlets).length * CHIP_GLYPH_MAX_PX : 0;
  return CHIP_PADDING_PX + letters * CHIP_GLYPH_MAX_PX + count;
}

/** Small chip: the outlet's bias letter and the story's coverage count, labelled for screen readers. */
export function createLinkChip(doc: Document, props: LinkChipProps): HTMLElement {
  const { bias, outlets } = props;
  const label = describeLinkChip(props);
  return buildElement(
    doc,
    'span',
    { class: `px-linkchip px-bias-${bias ?? 'unrated'}`, role: 'img', 'aria-label': label, title: label },
    buildElement(doc, 'span', { class: 'px-linkchip-bias' }, bias ? BIAS_SHORT[bias] : '?'),
    !!outlets && outlets > 0 && buildElement(doc, 'span', { class: 'px-linkchip-count' }, String(outlets)),
  );
}
