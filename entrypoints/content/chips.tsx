// Link chips: a `parallax-chip` element (own shadow root, one small shared style) after each news link.
// Composition only: which links is lib/inpage's decision, the figures are the background's.

import { render } from 'preact';
import chipCss from '../../components/styles/chip.css?inline';
import { LinkChip } from '../../components/LinkChip';
import { startChipAnnotator, type ChipAnnotator } from '../../lib/inpage/chip-annotator';
import { ruleForHost } from '../../lib/inpage/link-sites';
import { sendMessage } from '../../lib/messaging';
import type { LinkInfo } from '../../lib/protocol';

function mountChip(anchor: HTMLAnchorElement, info: LinkInfo): void {
  const host = document.createElement('parallax-chip');
  host.setAttribute('data-outlet', info.outletId);
  // Closed: page scripts cannot reach into the chip.
  const shadow = host.attachShadow({ mode: 'closed' });
  const style = document.createElement('style');
  style.textContent = chipCss;
  const root = document.createElement('span');
  shadow.append(style, root);
  render(<LinkChip name={info.name} bias={info.bias} outlets={info.outlets} />, root);
  anchor.after(host);
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
    mountChip,
    scheduleIdle: idle,
    setTimeout: (task, ms) => setTimeout(task, ms),
    clearTimeout: (handle) => clearTimeout(handle as ReturnType<typeof setTimeout>),
  });
}

/** Removes every chip this script added (settings changed, site disabled). */
export function removeLinkChips(): void {
  document.querySelectorAll('parallax-chip').forEach((el) => el.remove());
}
