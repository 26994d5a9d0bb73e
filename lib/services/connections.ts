// The background's database handles: the article index and the feed-state store, each opened lazily and
// shared for the worker's life. Nothing else is cached in memory, so a stopped worker loses nothing; a
// failed open is retried by the next caller (e.g. after a transient IndexedDB error).
// Runs in the background and the options page.

import { openFeedStateStore, type FeedStateStore } from '../feeds/feed-state-store';
import { openArticleIndex, type ArticleIndex } from '../index/article-index';

/** Wraps `open` so concurrent and later callers share one successful open. */
export function shareConnection<T>(open: () => Promise<T>): () => Promise<T> {
  let opening: Promise<T> | null = null;
  return () => {
    if (opening) return opening;
    const attempt = open().catch((err: unknown) => {
      opening = null;
      throw err;
    });
    opening = attempt;
    return attempt;
  };
}

export const getArticleIndex: () => Promise<ArticleIndex> = shareConnection(() => openArticleIndex());
export const getFeedStateStore: () => Promise<FeedStateStore> = shareConnection(() => openFeedStateStore());
