// The background's handle on the local article index (IndexedDB). Opening is lazy and shared per worker
// life; nothing else is cached in memory, so a stopped worker loses nothing.
// Runs in the background only.

import { openArticleIndex, type ArticleIndex } from '../index/article-index';

let opening: Promise<ArticleIndex> | null = null;

export function getArticleIndex(): Promise<ArticleIndex> {
  if (opening) return opening;
  const attempt = openArticleIndex().catch((err: unknown) => {
    opening = null; // let the next caller retry (e.g. after a transient IndexedDB error)
    throw err;
  });
  opening = attempt;
  return attempt;
}
