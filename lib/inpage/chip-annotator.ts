// Puts a chip next to every news link of a page, in idle-time batches, and again on links added later
// (infinite scroll, single-page navigation) through a debounced MutationObserver.
// Runs in the content script; the environment (document, idle scheduler, lookup, mounting) is injected.

import type { LinkInfo } from '../protocol';
import { collectNewsLinks } from './link-scan';
import type { LinkSiteRule } from './link-sites';

/** Links looked up and annotated in the first idle slice of a scan: the top of the page, whose chips the
 *  reader waits for (a small lookup answers sooner). */
export const FIRST_CHIP_BATCH_SIZE = 250;
/** Links looked up and annotated per later idle slice, as many as the idle period allows. Fewer, larger
 *  slices mean fewer lookups, frames and viewport checks: every slice's new observations make the
 *  IntersectionObserver recompute all pending links (4 slices of 250 cost ~2x the viewport checks of 250 + 750
 *  on a 1,000-link page, lib/cli/bench-chips.ts). */
export const CHIP_BATCH_SIZE = 1000;
/** A slice stops scanning when the idle period has less than this left (ms). */
export const IDLE_RESERVE_MS = 2;
/** The most links annotated on one page (beyond that the page is a link farm). */
export const MAX_CHIPS_PER_PAGE = 3000;
/** Quiet time after the last DOM mutation before new links are scanned. */
export const MUTATION_DEBOUNCE_MS = 250;

export interface ChipAnnotatorDeps {
  doc: Document;
  pageUrl: () => URL;
  rule: LinkSiteRule | null;
  lookup: (urls: string[]) => Promise<(LinkInfo | null)[]>;
  mountChip: (anchor: HTMLAnchorElement, info: LinkInfo) => void;
  /** Nodes this script adds itself (the chips' hosts): their insertion is no reason to scan the page again. */
  isOwnNode?: (node: Node) => boolean;
  /** requestIdleCallback or a stand-in; the task learns how much of the idle period is left (ms). */
  scheduleIdle: (task: (timeLeftMs: () => number) => void) => void;
  setTimeout: (task: () => void, ms: number) => unknown;
  clearTimeout: (handle: unknown) => void;
}

export interface ChipAnnotator {
  /** Resolves when the links present so far are annotated (used by tests and benchmarks). */
  idle(): Promise<void>;
  stop(): void;
}

/** Whether `nodes` holds a node the page added (not one of ours). */
function hasForeignNode(nodes: NodeList, isOwnNode?: (node: Node) => boolean): boolean {
  if (!isOwnNode) return nodes.length > 0;
  for (let i = 0; i < nodes.length; i++) if (!isOwnNode(nodes[i]!)) return true;
  return false;
}

export function startChipAnnotator(deps: ChipAnnotatorDeps): ChipAnnotator {
  const seen = new WeakSet<Element>();
  let annotated = 0;
  let stopped = false;
  let running: Promise<void> = Promise.resolve();
  let debounce: unknown = null;

  const scanSlice = (batchSize: number): Promise<boolean> =>
    new Promise((resolve) => {
      deps.scheduleIdle((timeLeftMs) => {
        if (stopped || annotated >= MAX_CHIPS_PER_PAGE) return resolve(false);
        const links = collectNewsLinks(
          deps.doc,
          deps.pageUrl(),
          deps.rule,
          seen,
          Math.min(batchSize, MAX_CHIPS_PER_PAGE - annotated),
          () => timeLeftMs() > IDLE_RESERVE_MS,
        );
        if (!links.length) return resolve(false);
        deps
          .lookup(links.map((l) => l.url))
          .then((infos) => {
            if (stopped) return resolve(false);
            links.forEach((link, i) => {
              const info = infos[i];
              if (info && link.anchor.isConnected) {
                deps.mountChip(link.anchor, info);
                annotated += 1;
              }
            });
            resolve(true);
          })
          .catch(() => resolve(false));
      });
    });

  const scanAll = () => {
    running = running.then(async () => {
      let batchSize = FIRST_CHIP_BATCH_SIZE;
      while (!stopped && (await scanSlice(batchSize))) {
        // keep going slice by slice until no new links are left
        batchSize = CHIP_BATCH_SIZE;
      }
    });
    return running;
  };

  const Observer = deps.doc.defaultView?.MutationObserver;
  const observer = Observer
    ? new Observer((mutations) => {
        if (!mutations.some((m) => hasForeignNode(m.addedNodes, deps.isOwnNode))) return;
        if (debounce !== null) deps.clearTimeout(debounce);
        debounce = deps.setTimeout(() => {
          debounce = null;
          void scanAll();
        }, MUTATION_DEBOUNCE_MS);
      })
    : null;
  observer?.observe(deps.doc.documentElement, { childList: true, subtree: true });
  void scanAll();

  return {
    idle: () => running,
    stop() {
      stopped = true;
      observer?.disconnect();
      if (debounce !== null) deps.clearTimeout(debounce);
    },
  };
}
