// Warms an IndexSession with every record a batch of work will read, all requests issued together: a
// batch then costs a few IndexedDB round trips instead of several per article. Reads only (through the
// session's cache); the clustering that follows decides exactly as without it. Worker and CLI; no DOM.

import { computeArticleFeatures } from './article-features';
import { canonicalizeUrl } from './canonical-url';
import type { IndexSession, PendingArticle, StoredFeatures } from './index-records';
import { findCandidates, rankStories, selectTopCandidates, toDayBucket, toPendingFeatures, vectorizeFeatures } from './story-clusters';
import type { TermVector } from './term-vector';
import {
  MATCH_WINDOW_HOURS,
  MAX_CANDIDATES,
  MAX_POSTED_TERMS,
  MAX_POSTINGS_SCANNED,
  MAX_QUERY_TERMS,
  MERGE_THRESHOLD,
  POSTING_BUCKET_HOURS,
} from './tuning';
import type { ArticleInput } from './types';

/**
 * Reads what ingesting `items` will read: the articles (already known?), document frequencies, posting
 * buckets, candidates' features and stories for each new item as if it came first in the batch, and the
 * members of stories it could merge. Later items also see earlier ones of the batch; whatever this guess
 * misses is read on demand.
 */
export async function prefetchIngest(session: IndexSession, items: readonly ArticleInput[], now: number): Promise<void> {
  await Promise.all([session.getMeta(), session.readArticles(items.map((item) => canonicalizeUrl(item.url)))]);
  await Promise.all(
    items.map(async (item) => {
      const id = canonicalizeUrl(item.url);
      if (!id || !item.title?.trim() || (await session.getArticle(id))) return;
      const published = Math.min(item.published ?? now, now);
      const dated = item.published !== null && item.published !== undefined;
      const features = computeArticleFeatures(item);
      const vector = await vectorizeFeatures(session, features, dated);
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
 * Reads what clustering the pending articles `pending` will read, in three rounds of requests issued
 * together: the document frequencies of all their terms; each term's posting buckets over every day the
 * batch will read for it (one range read per term, not one per article); then the features and stories of
 * each article's pre-ranked candidates, as if it came first. Misses are read on demand.
 */
export async function prefetchClustering(session: IndexSession, pending: readonly PendingArticle[]): Promise<void> {
  await session.getMeta();
  const features = pending.map((p) => toPendingFeatures(p));
  const terms = new Set<string>();
  for (const f of features) for (const term of f.weights.keys()) terms.add(term);
  await Promise.all([...terms].map((term) => session.getDf(term)));
  const vectors = await Promise.all(features.map((f, i) => vectorizeFeatures(session, f, !pending[i]?.undated)));
  const windowDays = Math.ceil(MATCH_WINDOW_HOURS / POSTING_BUCKET_HOURS);
  const ranges = new Map<string, [number, number]>();
  const widen = (term: string, from: number, to: number) => {
    const r = ranges.get(term);
    if (!r) ranges.set(term, [from, to]);
    else {
      r[0] = Math.min(r[0], from);
      r[1] = Math.max(r[1], to);
    }
  };
  const days = new Set<number>();
  pending.forEach((p, i) => {
    const day = toDayBucket(p.t);
    days.add(day);
    const vector = vectors[i]!;
    for (const term of vector.terms.slice(0, MAX_QUERY_TERMS)) widen(term, day - windowDays, day + windowDays);
    for (const term of vector.terms.slice(0, MAX_POSTED_TERMS)) widen(term, day, day);
  });
  await Promise.all([
    ...[...ranges].map(([term, [from, to]]) => session.getPostings(term, from, to)),
    ...[...days].map((day) => session.getDay(day)),
  ]);
  // Candidates by the cheap pre-ranking alone (exact scores, story ranking and merges are computed once,
  // by the clustering itself; what this guess misses is read on demand).
  const candidates = new Set<number>();
  pending.forEach((p, i) => {
    for (const [seq] of preRankCandidates(session, vectors[i]!, toDayBucket(p.t), windowDays)) candidates.add(seq);
  });
  const records = await Promise.all([...candidates].map((seq) => session.getFeatures(seq)));
  const storyIds = new Set<string>();
  for (const f of records) if (f) storyIds.add(f.storyId);
  await Promise.all([...storyIds].map((id) => session.getStory(id)));
}

/** The MAX_CANDIDATES seqs findCandidates would score for `vector` at `day`, from cached postings only. */
function preRankCandidates(session: IndexSession, vector: TermVector, day: number, windowDays: number): Array<[number, number]> {
  const pre = new Map<number, number>();
  let scanned = 0;
  const terms = vector.terms.slice(0, MAX_QUERY_TERMS);
  for (let i = 0; i < terms.length && scanned <= MAX_POSTINGS_SCANNED; i++) {
    const w = vector.weights[i] ?? 0;
    for (const seqs of session.peekPostings(terms[i]!, day - windowDays, day + windowDays)) {
      scanned += seqs.length;
      for (const seq of seqs) pre.set(seq, (pre.get(seq) ?? 0) + w);
    }
  }
  return selectTopCandidates(pre, MAX_CANDIDATES);
}
