// Link chips: a `parallax-chip` element (own closed shadow root, one small shared style) after each news link.
// Composition only: which links is lib/inpage's decision, the figures are the background's.

import chipCss from '../../components/styles/chip.css?inline';
import { createLinkChip } from '../../components/LinkChip';
import { startChipAnnotator, type ChipAnnotator } from '../../lib/inpage/chip-annotator';
import { ruleForHost } from '../../lib/inpage/link-sites';
import { sendMessage } from '../../lib/messaging';
import type { LinkInfo } from '../../lib/protocol';
import { createShadowHost } from './shadow-host';

/** Chips are mounted when their link comes within this distance of the viewport (one viewport ahead). */
const MOUNT_AHEAD_MARGIN = '100% 0px';
/** Links whose label sits in a heading inside the link (search results): the chip goes at the heading's end. */
const HEADING_SELECTOR = 'h1, h2, h3, h4, h5, h6, [role="heading"]';

function mountChip(anchor: HTMLAnchorElement, info: LinkInfo): void {
  if (!anchor.isConnected) return;
  // Closed: page scripts cannot reach into the chip.
  const { host, root } = createShadowHost('parallax-chip', chipCss, 'closed');
  host.setAttribute('data-outlet', info.outletId);
  root.append(createLinkChip(document, info));
  // After the link, on the link's own line; when the link wraps a block heading (Google results), the chip
  // ends the heading instead (after the link it would sit under the heading).
  const heading = anchor.querySelector(HEADING_SELECTOR);
  if (heading) heading.append(host);
  else anchor.after(host);
}

/**
 * Mounts chips only when their link nears the viewport: the page's style, layout and paint work then follows
 * what the reader sees (a few dozen links) instead of every link of a long page, and chips below the fold are
 * in place before they scroll into view.
 */
let lazyObserver: IntersectionObserver | null = null;

function createLazyMount(): (anchor: HTMLAnchorElement, info: LinkInfo) => void {
  if (typeof IntersectionObserver !== 'function') return mountChip;
  const pending = new WeakMap<Element, LinkInfo>();
  lazyObserver?.disconnect();
  const observer = new IntersectionObserver(
    (entries) => {
      for (const entry of entries) {
        if (!entry.isIntersecting) continue;
        observer.unobserve(entry.target);
        const info = pending.get(entry.target);
        pending.delete(entry.target);
        if (info) mountChip(entry.target as HTMLAnchorElement, info);
      }
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
