// What the content script found on each tab, kept in session storage so a restarted worker still knows it.
// Runs in the background only (service: storage I/O). Entries are dropped when their tab closes.

import { browser } from 'wxt/browser';
import type { PageAnalysis } from '../page/types';

export interface TabPage {
  url: string;
  analysis: Pick<PageAnalysis, 'isArticle' | 'score' | 'article'>;
  /** Epoch ms when the content script reported it. */
  at: number;
}

const KEY_PREFIX = 'tab:';

/** Session storage where the browser has it (Chrome, Firefox ≥ 115); local storage otherwise. */
function area() {
  return browser.storage.session ?? browser.storage.local;
}

export async function saveTabPage(tabId: number, page: TabPage): Promise<void> {
  await area().set({ [KEY_PREFIX + tabId]: page });
}

export async function loadTabPage(tabId: number): Promise<TabPage | null> {
  const key = KEY_PREFIX + tabId;
  const got = (await area().get(key)) as Record<string, TabPage | undefined>;
  return got[key] ?? null;
}

export async function forgetTabPage(tabId: number): Promise<void> {
  await area().remove(KEY_PREFIX + tabId);
}
