// Decides when a single-page site's navigation (history API, not a page load) needs a new analysis.
// Runs in the content script; pure URL comparison — the entrypoint listens for location changes
// (e.g. WXT's `wxt:locationchange`) and calls this before re-running analyzePage.

import { canonicalizeUrl } from '../index/canonical-url';

/** Whether moving from `previous` to `next` shows a different page (not just a fragment or a
 *  tracking-parameter change). */
export function isNewPage(previous: URL | null, next: URL): boolean {
  if (!previous) return true;
  return (canonicalizeUrl(previous.href) ?? previous.href) !== (canonicalizeUrl(next.href) ?? next.href);
}
