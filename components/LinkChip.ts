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
