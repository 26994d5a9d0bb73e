// Warms an IndexSession with every record a batch of work will read, all requests issued together: a
// batch then costs a few IndexedDB round trips instead of several per article. Reads only (through the
// session's cache); the clustering that follows decides exactly as without it. Worker and CLI; no DOM.

import { computeArticleFeatures } from './article-features';
import { canonicalizeUrl } from './canonical-url';
import type { IndexSession, PendingArticle, StoredFeatures } from './index-records';
import { findCandidates, rankStories, toDayBucket, toPendingFeatures, vectorizeFeatures } from './story-clusters';
import { MAX_POSTED_TERMS, MERGE_THRESHOLD } from './tuning';
import type { ArticleInput } from './types';

/**
 * Reads what ingesting `items` will read: the articles (already known?), document frequencies, posting
 * buckets, candidates' features and stories for each new item as if it came first in the batch, and the
 * members of stories it could merge. Later items also see earlier ones of the batch; whatever this guess
 * misses is read on demand.
 */
export async function prefetchIngest(session: IndexSession, items: readonly ArticleInput[], now: number): Promise<void> {
  await session.getMeta();
  await Promise.all(
    items.map(async (item) => {
      const id = canonicalizeUrl(item.url);
      if (!id || !item.title?.trim() || (await session.getArticle(id))) return;
      const published = Math.min(item.published ?? now, now);
      const dated = item.published !== null && item.published !== undefined;
      const features = computeArticleFeatures(item);
      const vector = await vectorizeFeatures(session, features);
      const candidates = await findCandidates(session, vector, published, dated, null);
      const ranked = await rankStories(session, vector, published, dated, candidates);
      // Merging two stories reads every member of both (user bans): read them now, together.
      if ((ranked[1]?.score ?? 0) >= MERGE_THRESHOLD) {
        const stories = await Promise.all(ranked.filter((r) => r.score >= MERGE_THRESHOLD).map((r) => session.getStory(r.storyId)));
        await Promise.all(stories.flatMap((s) => (s ? s.members.map((seq) => session.getFeatures(seq)) : [])));
      }
      // Where the new article's own postings go (its day may lie outside the candidate window read).
      const day = toDayBucket(published);
      await Promise.all([
        session.getDay(day),
        ...vector.terms.slice(0, MAX_POSTED_TERMS).map((term) => session.getPostings(term, day, day)),
      ]);
    }),
  );
}

/** Reads what removing the articles `seqs` will read: features, document frequencies, postings, stories. */
export async function prefetchRemoval(session: IndexSession, seqs: readonly number[]): Promise<void> {
  const features = (await Promise.all(seqs.map((seq) => session.getFeatures(seq)))).filter(
    (f): f is StoredFeatures => f !== undefined,
  );
  const reads: Array<Promise<unknown>> = [session.getMeta()];
  for (const f of features) {
    const terms = f.terms ? f.terms.split(' ') : [];
    const day = toDayBucket(f.t);
    for (const term of terms) reads.push(session.getDf(term));
    for (const term of terms.slice(0, MAX_POSTED_TERMS)) reads.push(session.getPostings(term, day, day));
    reads.push(session.getDay(day), session.getStory(f.storyId));
  }
  await Promise.all(reads);
}

/**
 * Reads what clustering the pending articles `pending` will read, as `prefetchIngest` does for items: each
 * article as if it came first; later ones also see earlier ones of the batch, and misses are read on demand.
 */
export async function prefetchClustering(session: IndexSession, pending: readonly PendingArticle[]): Promise<void> {
  await session.getMeta();
  await Promise.all(
    pending.map(async (p) => {
      const dated = !p.undated;
      const vector = await vectorizeFeatures(session, toPendingFeatures(p));
      const candidates = await findCandidates(session, vector, p.t, dated, null);
      const ranked = await rankStories(session, vector, p.t, dated, candidates);
      if ((ranked[1]?.score ?? 0) >= MERGE_THRESHOLD) {
        const stories = await Promise.all(ranked.filter((r) => r.score >= MERGE_THRESHOLD).map((r) => session.getStory(r.storyId)));
        await Promise.all(stories.flatMap((s) => (s ? s.members.map((seq) => session.getFeatures(seq)) : [])));
      }
      const day = toDayBucket(p.t);
      await Promise.all([
        session.getDay(day),
        ...vector.terms.slice(0, MAX_POSTED_TERMS).map((term) => session.getPostings(term, day, day)),
      ]);
    }),
  );
}
