// Link chips: a `parallax-chip` element (own closed shadow root, one small shared style) after each news link.
// Composition only: which links is lib/inpage's decision, the figures are the background's.

import chipCss from '../../components/styles/chip.css?inline';
import { createLinkChip, estimateLinkChipWidth } from '../../components/LinkChip';
import { startChipAnnotator, type ChipAnnotator } from '../../lib/inpage/chip-annotator';
import { chooseChipOffset, type ChipLine } from '../../lib/inpage/chip-placement';
import { ruleForHost } from '../../lib/inpage/link-sites';
import { sendMessage } from '../../lib/messaging';
import type { LinkInfo } from '../../lib/protocol';
import { createShadowHost } from './shadow-host';

/** The chip's host element. */
const CHIP_TAG = 'parallax-chip';
/** Chips are mounted when their link comes within this distance of the viewport (one viewport ahead). */
const MOUNT_AHEAD_MARGIN = '100% 0px';
/** Links whose label sits in a heading inside the link (search results): the chip goes at the heading's end. */
const HEADING_SELECTOR = 'h1, h2, h3, h4, h5, h6, [role="heading"]';

/** Nodes after a link inspected for what follows it on its line. */
const MAX_FOLLOWING_NODES = 8;
/** Shrink-wrapped cells/items climbed to reach the row that bounds the chip's line. */
const MAX_ROW_LEVELS = 3;

interface ChipMount {
  anchor: HTMLAnchorElement;
  info: LinkInfo;
}

/** Where a chip's host goes: inside `parent`, before `next` (null: at its end). */
interface ChipSpot {
  parent: Element;
  next: Node | null;
  /** The element whose text the chip follows (the link, or the heading inside it). */
  label: Element;
}

/**
 * After the link, on the link's own line; when the link wraps a block heading (Google results), the chip
 * ends the heading instead (after the link it would sit under the heading).
 */
function findChipSpot(anchor: HTMLAnchorElement): ChipSpot | null {
  const heading = anchor.querySelector(HEADING_SELECTOR);
  if (heading) return { parent: heading, next: null, label: heading };
  return anchor.parentElement ? { parent: anchor.parentElement, next: anchor.nextSibling, label: anchor } : null;
}

/** Last non-empty box of `rects` (the end of a text: its last line's piece). */
function lastBox(rects: ArrayLike<DOMRect>): DOMRect | null {
  for (let i = rects.length - 1; i >= 0; i--) if (rects[i]!.width > 0) return rects[i]!;
  return null;
}

/**
 * Where the chip's line ends, read BEFORE the chip goes in (the layout is still clean, so the reads cost no
 * layout): the end of the label's text, then whatever follows it on the same line; and the block's edge.
 */
function measureChipLine({ parent: spotParent, next, label }: ChipSpot, chipWidth: number, range: Range): ChipLine {
  let hostLeft: number;
  // The line's middle: a box is on the chip's line when it spans it (text of another size included).
  let middle: number | null = null;
  const inlineLabel = label === spotParent || getComputedStyle(label).display.startsWith('inline');
  if (inlineLabel) {
    let end: DOMRect | null;
    if (label === spotParent) {
      // The host ends the heading: at the end of its text.
      range.selectNodeContents(label);
      end = lastBox(range.getClientRects());
    } else end = lastBox(label.getClientRects()); // after the link's last line box piece (or inline block)
    if (!end) return { hostLeft: 0, contentRight: 0, containerRight: Infinity, chipWidth };
    hostLeft = end.right;
    middle = (end.top + end.bottom) / 2;
  } else {
    // A block-like link puts its host at the start of the next line, the line of what follows the link.
    hostLeft = label.getBoundingClientRect().left;
  }
  let contentRight = hostLeft;
  let node: Node | null = next;
  let parent: Element | null = spotParent;
  for (let step = 0; step < MAX_FOLLOWING_NODES; step++) {
    if (!node) {
      // End of an inline parent (HN's span.titleline): its line goes on after it.
      if (!parent || !getComputedStyle(parent).display.startsWith('inline')) break;
      node = parent.nextSibling;
      parent = parent.parentElement;
      continue;
    }
    let rects: ArrayLike<DOMRect> = [];
    if (node.nodeType === Node.TEXT_NODE) {
      range.selectNodeContents(node);
      rects = range.getClientRects();
    } else if (node instanceof Element) rects = node.getClientRects();
    let below = false;
    for (let i = 0; i < rects.length; i++) {
      const r = rects[i]!;
      if (r.width === 0) continue;
      middle ??= (r.top + r.bottom) / 2;
      if (r.top < middle && r.bottom > middle) contentRight = Math.max(contentRight, r.right);
      else if (r.top >= middle) below = true;
    }
    if (below) break;
    node = node.nextSibling;
  }
  let block: Element | null = spotParent;
  while (block && getComputedStyle(block).display.startsWith('inline')) block = block.parentElement;
  // A last table cell or flex/grid item is only as wide as its content (HN's title cell): its row is the line.
  for (let i = 0; i < MAX_ROW_LEVELS && block?.parentElement && !block.nextElementSibling; i++) {
    if (!/table-row|flex|grid/.test(getComputedStyle(block.parentElement).display)) break;
    block = block.parentElement;
  }
  const containerRight = Math.min(block?.getBoundingClientRect().right ?? Infinity, document.documentElement.clientWidth);
  return { hostLeft, contentRight, containerRight, chipWidth };
}

/**
 * Puts chips on their links: first every read (the lines' geometry, on the page's clean layout), then every
 * write (chips built and inserted already positioned), so a batch costs the one layout of the next frame and
 * forces none. Each chip's host is an empty inline box right after its link (it takes no room); the chip is
 * drawn out of flow where its line has room (lib/inpage/chip-placement), its width estimated from its fixed
 * typography.
 */
function mountChips(batch: readonly ChipMount[]): void {
  const range = document.createRange();
  const placed: { spot: ChipSpot; info: LinkInfo; left: number }[] = [];
  for (const { anchor, info } of batch) {
    if (!anchor.isConnected) continue;
    const spot = findChipSpot(anchor);
    if (!spot) continue;
    placed.push({ spot, info, left: chooseChipOffset(measureChipLine(spot, estimateLinkChipWidth(info), range)) });
  }
  for (const { spot, info, left } of placed) {
    // Closed: page scripts cannot reach into the chip.
    const { host, root } = createShadowHost(CHIP_TAG, chipCss, 'closed', true);
    host.setAttribute('data-outlet', info.outletId);
    const chip = createLinkChip(document, info);
    chip.style.left = `${Math.round(left)}px`;
    root.append(chip);
    spot.parent.insertBefore(host, spot.next);
  }
}

/**
 * Mounts chips only when their link nears the viewport: the page's style, layout and paint work then follows
 * what the reader sees (a few dozen links) instead of every link of a long page, and chips below the fold are
 * in place before they scroll into view.
 */
let lazyObserver: IntersectionObserver | null = null;

function createLazyMount(): (anchor: HTMLAnchorElement, info: LinkInfo) => void {
  if (typeof IntersectionObserver !== 'function') return (anchor, info) => mountChips([{ anchor, info }]);
  const pending = new WeakMap<Element, LinkInfo>();
  lazyObserver?.disconnect();
  const observer = new IntersectionObserver(
    (entries) => {
      const batch: ChipMount[] = [];
      for (const entry of entries) {
        if (!entry.isIntersecting) continue;
        observer.unobserve(entry.target);
        const info = pending.get(entry.target);
        pending.delete(entry.target);
        if (info) batch.push({ anchor: entry.target as HTMLAnchorElement, info });
      }
      if (batch.length) mountChips(batch);
    },
    { rootMargin: MOUNT_AHEAD_MARGIN },
  );
  lazyObserver = observer;
  return (anchor, info) => {
    pending.set(anchor, info);
    observer.observe(anchor);
  };
}

export function startLinkChips(): ChipAnnotator {
  const idle: (task: (timeLeftMs: () => number) => void) => void =
    typeof requestIdleCallback === 'function'
      ? (task) => requestIdleCallback((deadline) => task(() => deadline.timeRemaining()), { timeout: 1000 })
      : (task) => setTimeout(() => task(() => Infinity), 0);
  return startChipAnnotator({
    doc: document,
    pageUrl: () => new URL(location.href),
    rule: ruleForHost(location.hostname),
    lookup: (urls) => sendMessage('links:lookup', { urls }),
    mountChip: createLazyMount(),
    isOwnNode: (node) => (node as Element).localName === CHIP_TAG,
    scheduleIdle: idle,
    setTimeout: (task, ms) => setTimeout(task, ms),
    clearTimeout: (handle) => clearTimeout(handle as ReturnType<typeof setTimeout>),
  });
}

/** Removes every chip this script added (settings changed, site disabled). */
export function removeLinkChips(): void {
  lazyObserver?.disconnect();
  lazyObserver = null;
  document.querySelectorAll(CHIP_TAG).forEach((el) => el.remove());
}
