// Link chips: a `parallax-chip` element (own closed shadow root, one small shared style) after each news link.
// Composition only: which links is lib/inpage's decision, the figures are the background's.

import chipCss from '../../components/styles/chip.css?inline';
import { createLinkChip } from '../../components/LinkChip';
import { startChipAnnotator, type ChipAnnotator } from '../../lib/inpage/chip-annotator';
import { chooseChipOffset, type ChipLine } from '../../lib/inpage/chip-placement';
import { ruleForHost } from '../../lib/inpage/link-sites';
import { sendMessage } from '../../lib/messaging';
import type { LinkInfo } from '../../lib/protocol';
import { createShadowHost } from './shadow-host';

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

/** Where the chip's line ends: the link, then whatever follows it on the same line; and the block's edge. */
function measureChipLine(host: HTMLElement, chip: HTMLElement): ChipLine {
  const band = chip.getBoundingClientRect();
  const hostLeft = host.getBoundingClientRect().left;
  let contentRight = hostLeft;
  let node: Node | null = host.nextSibling;
  let parent: Element | null = host.parentElement;
  const range = document.createRange();
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
      if (r.top < band.bottom && r.bottom > band.top) contentRight = Math.max(contentRight, r.right);
      else if (r.top >= band.bottom) below = true;
    }
    if (below) break;
    node = node.nextSibling;
  }
  let block = host.parentElement;
  while (block && getComputedStyle(block).display.startsWith('inline')) block = block.parentElement;
  // A last table cell or flex/grid item is only as wide as its content (HN's title cell): its row is the line.
  for (let i = 0; i < MAX_ROW_LEVELS && block?.parentElement && !block.nextElementSibling; i++) {
    if (!/table-row|flex|grid/.test(getComputedStyle(block.parentElement).display)) break;
    block = block.parentElement;
  }
  const containerRight = Math.min(block?.getBoundingClientRect().right ?? Infinity, document.documentElement.clientWidth);
  return { hostLeft, contentRight, containerRight, chipWidth: band.width };
}

/**
 * Puts chips on their links in three passes (insert all, measure all, place all), so a batch costs one
 * layout. Each chip's host is an empty inline box right after its link (it takes no room); the chip is drawn
 * out of flow where its line has room (lib/inpage/chip-placement).
 */
function mountChips(batch: readonly ChipMount[]): void {
  const mounted: { host: HTMLElement; chip: HTMLElement }[] = [];
  for (const { anchor, info } of batch) {
    if (!anchor.isConnected) continue;
    // Closed: page scripts cannot reach into the chip.
    const { host, root } = createShadowHost('parallax-chip', chipCss, 'closed');
    host.setAttribute('data-outlet', info.outletId);
    const chip = createLinkChip(document, info);
    root.append(chip);
    // After the link, on the link's own line; when the link wraps a block heading (Google results), the chip
    // ends the heading instead (after the link it would sit under the heading).
    const heading = anchor.querySelector(HEADING_SELECTOR);
    if (heading) heading.append(host);
    else anchor.after(host);
    mounted.push({ host, chip });
  }
  const offsets = mounted.map(({ host, chip }) => chooseChipOffset(measureChipLine(host, chip)));
  mounted.forEach(({ chip }, i) => {
    chip.style.left = `${Math.round(offsets[i]!)}px`;
  });
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
  const idle: (task: () => void) => void =
    typeof requestIdleCallback === 'function'
      ? (task) => requestIdleCallback(() => task(), { timeout: 1000 })
      : (task) => setTimeout(task, 0);
  return startChipAnnotator({
    doc: document,
    pageUrl: () => new URL(location.href),
    rule: ruleForHost(location.hostname),
    lookup: (urls) => sendMessage('links:lookup', { urls }),
    mountChip: createLazyMount(),
    scheduleIdle: idle,
    setTimeout: (task, ms) => setTimeout(task, ms),
    clearTimeout: (handle) => clearTimeout(handle as ReturnType<typeof setTimeout>),
  });
}

/** Removes every chip this script added (settings changed, site disabled). */
export function removeLinkChips(): void {
  lazyObserver?.disconnect();
  lazyObserver = null;
  document.querySelectorAll('parallax-chip').forEach((el) => el.remove());
}
