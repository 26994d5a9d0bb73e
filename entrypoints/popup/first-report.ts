// The popup's first `tab:report` request, started as early as the page allows: by popup-boot.js (a classic
// script at the top of popup.html's head, before the popup's bundle is even parsed) or, failing that, by
// main.tsx. The background works on the report while the popup's bundle loads and renders its loading view.

import type { TabReport } from '../../lib/coverage/types';
import type { Envelope, Reply } from '../../lib/protocol';

/** What the boot script leaves for main.tsx. */
export interface FirstReport {
  tabId: Promise<number | null>;
  report: Promise<TabReport>;
}

/** The part of the extension API the first request needs (native promise APIs, no polyfill). */
export interface BootBrowser {
  runtime: { sendMessage(message: unknown): Promise<unknown> };
  tabs: { query(q: { active: boolean; currentWindow: boolean }): Promise<{ id?: number }[]> };
}

const BOOT_KEY = '__parallaxFirstReport';

/** The tab to describe: `?tab=<id>` when opened as a page (tests, demo, bench), else the active tab. */
async function resolveTabId(api: BootBrowser, search: string): Promise<number | null> {
  const param = new URLSearchParams(search).get('tab');
  if (param !== null && /^\d+$/.test(param)) return Number(param);
  const [tab] = await api.tabs.query({ active: true, currentWindow: true });
  return tab?.id ?? null;
}

/** Asks the background for the tab's report; never rejects (errors become the error state). */
async function requestReport(api: BootBrowser, tabId: number | null): Promise<TabReport> {
  if (tabId === null) return { state: 'unsupported', reason: 'There is no tab to describe.' };
  try {
    const envelope: Envelope<'tab:report'> = { parallax: 1, type: 'tab:report', data: { tabId } };
    // Marks for the `popup` benchmark's time breakdown (lib/cli/bench-popup.ts reads them).
    performance.mark('px:ask');
    const reply = (await api.runtime.sendMessage(envelope)) as Reply<TabReport> | undefined;
    performance.mark('px:reply');
    if (!reply) return { state: 'error', message: 'No answer to tab:report: the background is not running.' };
    return reply.ok ? reply.value : { state: 'error', message: reply.error };
  } catch (err) {
    return { state: 'error', message: err instanceof Error ? err.message : String(err) };
  }
}

/** Starts the first request and leaves it where main.tsx finds it. */
export function startFirstReport(api: BootBrowser, search: string): FirstReport {
  const tabId = resolveTabId(api, search).catch(() => null);
  const started: FirstReport = { tabId, report: tabId.then((id) => requestReport(api, id)) };
  (globalThis as unknown as Record<string, FirstReport | undefined>)[BOOT_KEY] = started;
  return started;
}

/** The request the boot script started, or a new one when it did not run. */
export function takeFirstReport(api: BootBrowser, search: string): FirstReport {
  const started = (globalThis as unknown as Record<string, FirstReport | undefined>)[BOOT_KEY];
  return started ?? startFirstReport(api, search);
}
