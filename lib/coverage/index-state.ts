// Classifies the local index for the UI: still building, empty, unreachable (offline), or ready.
// Pure; runs anywhere. The caller passes `offline` (e.g. from navigator.onLine) — this never reads it.

import type { IndexStatus } from './types';

export type IndexState = 'building' | 'empty' | 'offline' | 'ready';

/**
 * building: a refresh is running. offline: the caller says so, or the last refresh fetched feeds and
 * every one failed, and nothing is indexed. empty: nothing indexed yet. ready: otherwise.
 * An index with articles stays usable offline, so it is "ready" then.
 */
export function classifyIndex(index: IndexStatus, offline = false): IndexState {
  if (index.progress.running) return 'building';
  if (index.articles > 0) return 'ready';
  const p = index.progress;
  const allFailed = p.feedsDone > 0 && p.errors >= p.feedsDone;
  if (offline || allFailed) return 'offline';
  return 'empty';
}
