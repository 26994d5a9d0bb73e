// Puts a chip next to every news link of a page, in idle-time batches, and again on links added later
// (infinite scroll, single-page navigation) through a debounced MutationObserver.
// Runs in the content script; the environment (document, idle scheduler, lookup, mounting) is injected.

import type { LinkInfo } from '../protocol';
import { collectNewsLinks } from './link-scan';
import type { LinkSiteRule } from './link-sites';

/** Links looked up and annotated per idle slice. 250 keeps a slice to a few milliseconds; fewer, larger
 *  slices mean fewer lookups, frames and viewport checks (100 cost ~2x the IntersectionObserver and commit
 *  work on a 1,000-link page, lib/cli/bench-chips.ts). */
export const CHIP_BATCH_SIZE = 250;
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
  /** requestIdleCallback or a stand-in. */
  scheduleIdle: (task: () => void) => void;
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

  const scanSlice = (): Promise<boolean> =>
    new Promise((resolve) => {
      deps.scheduleIdle(() => {
        if (stopped || annotated >= MAX_CHIPS_PER_PAGE) return resolve(false);
        const links = collectNewsLinks(
          deps.doc,
          deps.pageUrl(),
          deps.rule,
          seen,
          Math.min(CHIP_BATCH_SIZE, MAX_CHIPS_PER_PAGE - annotated),
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
      while (!stopped && (await scanSlice())) {
        // keep going slice by slice until no new links are left
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
