// The local article index: ingest parsed feed items, map the page being read to its story, list other
// outlets' coverage with an explanation each. Runs in the background worker (IndexedDB) and in the CLI
// (memory). Receives `now` from callers; touches no DOM, no clock, no network.

import { prefetchClustering, prefetchIngest, prefetchRemoval } from './batch-prefetch';
import { canonicalizeUrl } from './canonical-url';
import { computeArticleFeatures } from './article-features';
import { IndexSession, type IndexBackend, type IndexTx, type PendingArticle, type SharedReads, type StoredFeatures, type StoredStory } from './index-records';
import { createIdbBackend, openIndexDb } from './idb-backend';
import { createMemoryBackend, type MemoryBackendOptions } from './memory-backend';
import {
  chooseStory,
  clusterPendingArticle,
  computeNeighbourDensity,
  listNeighbours,
  findCandidates,
  ingestArticle,
  rankStories,
  removeArticle,
  storeArticle,
  toDomain,
  toOutletId,
  toOutletKey,
  toRetentionCutoffDay,
  signItemText,
  toStoredVector,
  vectorizeFeatures,
  type ScoredCandidate,
  selectDirectMatches,
} from './story-clusters';
import {
  computePairTimeFactor,
  decodeWeights,
  hoursBetween,
  listSharedTerms,
  scoreStoredVectorHashed,
  toHashedTerms,
  type HashedTerms,
  type TermVector,
} from './term-vector';
import {
  CLUSTER_BATCH_SIZE,
  DEFAULT_COVERAGE_LIMIT,
  INGEST_BATCH_SIZE,
  MAX_COVERAGE_SCAN,
  MAX_EXPLAINED_TERMS,
  UNDATED_HUBNESS_PENALTY,
  UNDATED_NEAREST_STORY_THRESHOLD,
  UNDATED_SHOW_MARGIN,
  SHOW_THRESHOLD,
} from './tuning';
import type { ArticleInput, CoverageArticle, IndexedArticle, StoryCoverage } from './types';

export interface IngestContext {
  feedUrl: string | null;
  /** Epoch ms; first-seen time of the items and the clamp for future dates. */
  now: number;
  /**
   * Store only (step 1): the new articles wait as pending until `clusterPending` assigns their stories
   * (a refresh clusters once for many feeds). By default ingest clusters them before it resolves.
   */
  deferClustering?: boolean;
}

export interface ClusterResult {
  /** Pending articles given their story. */
  clustered: number;
  pruned: number;
  quotaExceeded: boolean;
}

export interface IngestResult {
  added: number;
  updated: number;
  /** Articles removed to make room after the store reported QuotaExceededError. */
  pruned: number;
  quotaExceeded: boolean;
}

export interface IndexStats {
  articles: number;
  stories: number;
  bytesEstimate?: number;
}

export interface ArticleIndex {
  ingest(items: ArticleInput[], ctx: IngestContext): Promise<IngestResult>;
  /** Step 2 of ingest: assigns every stored, still pending article its story, oldest batches first and each
   *  chunk of up to CLUSTER_BATCH_SIZE articles in publication order.
   *  With `whenAtLeast`, only once that many are pending (bounds the wait of a long refresh). */
  clusterPending(opts?: { whenAtLeast?: number }): Promise<ClusterResult>;
  coverageFor(page: ArticleInput, opts: { now: number; limit?: number }): Promise<StoryCoverage>;
  notSameStory(storyId: string, articleId: string): Promise<void>;
  search(query: string, opts: { now: number; limit?: number }): Promise<IndexedArticle[]>;
  stats(): Promise<IndexStats>;
  prune(opts: { now: number; retentionDays: number }): Promise<number>;
  clear(): Promise<void>;
  getArticle(id: string): Promise<IndexedArticle | null>;
  /**
   * A number that changes whenever a write of this index starts or ends: two answers given while it stayed
   * the same come from the same stored index (what lets the background reuse a report). Per instance.
   */
  changeCount(): number;
}

/** What a delete-only quota prune removed, for the repair of the records those articles shared. */
interface PruneRepair {
  removed: Array<{ seq: number; terms: string; storyId: string }>;
  /** Stories that keep other members. */
  partialStories: string[];
  /** Stories deleted whole (all their members were removed). */
  deletedStories: number;
}

/** Most rounds of "prune the oldest day, retry" after a QuotaExceededError before giving up on a batch. */
const MAX_QUOTA_RETRIES = 8;
/** Pending batch records read per clustering transaction (whole batches are taken up to CLUSTER_BATCH_SIZE
 *  articles; a feed's batch is often a few dozen). */
const PENDING_BATCHES_READ = 32;
/** Document frequencies shared by the queries between two writes, at most (then they start afresh). */
const MAX_SHARED_DF_TERMS = 50_000;
/** Features or story records shared by the queries between two writes, at most (~1 kB each). */
const MAX_SHARED_RECORDS = 5_000;
/** Days searched back by `search`. */
const SEARCH_DAYS = 30;
/** Articles of a stored batch sent to IndexedDB together, before the batch's end (see storeBatch). */
const EARLY_WRITE_EVERY = 8;

export function isQuotaError(err: unknown): boolean {
  return typeof err === 'object' && err !== null && (err as { name?: unknown }).name === 'QuotaExceededError';
}

function toIndexedArticle(f: StoredFeatures): IndexedArticle {
  return {
    id: f.id,
    url: f.url ?? f.id,
    title: f.title,
    summary: f.summary ?? null,
    outletId: toOutletId(f.outlet),
    domain: toDomain(f.id),
    lang: f.lang,
    published: f.t,
    firstSeen: f.firstSeen,
    feedUrl: f.feedUrl ?? null,
    storyId: f.storyId,
  };
}

/** Reads the features of the members a coverage query scans into the session's cache. */
async function readStoryMembers(session: IndexSession, story: StoredStory | undefined): Promise<void> {
  if (story) await session.readStoryFeatures(story.id, story.members.slice(-MAX_COVERAGE_SCAN), story.members);
}

/** Builds the index on any backend (memory or IndexedDB). */
export function createArticleIndex(backend: IndexBackend): ArticleIndex {
  // Writes are serialised: each is one atomic backend transaction, and they must not interleave.
  let writeQueue: Promise<unknown> = Promise.resolve();
  // Counters and document frequencies change only in writes: the queries between two writes share what
  // they read (IndexedDB only; in memory a read costs less). A write in progress or started meanwhile
  // makes a query read on its own: its transaction may see the store before or after that write.
  let writing = 0;
  let sharedReads: SharedReads | null = null;
  // Bumped when a write starts and when it ends (see ArticleIndex.changeCount).
  let changes = 0;
  function countChange<T>(write: () => Promise<T>): Promise<T> {
    changes++;
    return write().finally(() => changes++);
  }
  function runWrite<T>(work: (tx: IndexTx) => Promise<T>): Promise<T> {
    return countChange(() => backend.run('readwrite', work));
  }
  function enqueueWrite<T>(work: () => Promise<T>): Promise<T> {
    const tracked = async () => {
      writing++;
      sharedReads = null;
      try {
        return await work();
      } finally {
        writing--;
        sharedReads = null;
      }
    };
    const next = writeQueue.then(tracked, tracked);
    writeQueue = next.catch(() => undefined);
    return next;
  }
  function takeSharedReads(): SharedReads | undefined {
    if (!backend.readsAreRoundTrips || writing > 0) return undefined;
    sharedReads ??= { meta: null, df: new Map(), features: new Map(), stories: new Map() };
    // Each part starts afresh on its own when full: a run of queries over big stories must not cost the
    // document frequencies that every query needs.
    if (sharedReads.df.size > MAX_SHARED_DF_TERMS) sharedReads.df = new Map();
    if (sharedReads.features.size > MAX_SHARED_RECORDS) sharedReads.features = new Map();
    if (sharedReads.stories.size > MAX_SHARED_RECORDS) sharedReads.stories = new Map();
    return sharedReads;
  }

  // Over quota, Chromium refuses every transaction that puts anything, even one that mostly deletes.
  // So a quota prune is two steps: a delete-only transaction drops the oldest day's own records (articles,
  // features, that day's posting buckets and day list, stories made only of them), then a second one
  // repairs what those articles shared with others (document frequencies, story members, counters).
  // A repair refused again stays pending and is retried before the next write; one lost with the worker
  // leaves counters that prune() reconciles, and story members whose records are gone (readers skip them).
  let pendingRepairs: PruneRepair[] = [];

  async function deleteOldestDay(): Promise<PruneRepair | null> {
    return runWrite(async (tx) => {
      // The newest day is never dropped to make room: deleted space is not always given back at once
      // (Chromium reclaims it when it compacts), and retrying on a store that still reports a full disk must
      // not empty the index. Then the batch is skipped and reported instead.
      const [day, newer] = await tx.listDays(Number.MAX_SAFE_INTEGER, 2);
      if (day === undefined || newer === undefined) return null;
      const seqs = (await tx.getDay(day)) ?? [];
      const features = (await Promise.all(seqs.map((seq) => tx.getFeatures(seq)))).filter(
        (f): f is StoredFeatures => f !== undefined,
      );
      const gone = new Set(features.map((f) => f.seq));
      const storyIds = [...new Set(features.map((f) => f.storyId))];
      const stories = await Promise.all(storyIds.map((id) => tx.getStory(id)));
      const whole = stories.filter((s): s is StoredStory => !!s && s.members.every((m) => gone.has(m)));
      const deletes: Array<Promise<void>> = [];
      for (const f of features) {
        deletes.push(tx.deleteArticle(f.id), tx.deleteFeatures(f.seq));
        // Every bucket of this day belongs to this day's articles only: whole buckets go.
        for (const term of f.terms ? f.terms.split(' ') : []) deletes.push(tx.putPostings(term, day, []));
      }
      for (const s of whole) deletes.push(tx.deleteStory(s.id));
      deletes.push(tx.putDay(day, []));
      await Promise.all(deletes);
      const wholeIds = new Set(whole.map((s) => s.id));
      return {
        removed: features.map((f) => ({ seq: f.seq, terms: f.terms, storyId: f.storyId })),
        partialStories: storyIds.filter((id) => !wholeIds.has(id)),
        deletedStories: whole.length,
      };
    });
  }

  async function applyRepair(repair: PruneRepair): Promise<void> {
    await runWrite(async (tx) => {
      const session = new IndexSession(tx);
      const gone = new Set(repair.removed.map((r) => r.seq));
      const terms = repair.removed.flatMap((r) => (r.terms ? r.terms.split(' ') : []));
      await Promise.all([...new Set(terms)].map((t) => session.getDf(t)));
      for (const term of terms) await session.addDf(term, -1);
      const meta = await session.getMeta();
      for (const story of await Promise.all(repair.partialStories.map((id) => session.getStory(id)))) {
        if (!story) continue;
        const members = story.members.filter((m) => !gone.has(m));
        if (members.length === story.members.length) continue;
        if (members.length) session.putStory({ ...story, members });
        else {
          session.deleteStory(story.id);
          meta.stories--;
        }
      }
      meta.articles = Math.max(0, meta.articles - repair.removed.length);
      meta.stories = Math.max(0, meta.stories - repair.deletedStories);
      session.markMetaDirty();
      await session.flush();
    });
  }

  /** Applies pending repairs in order; false when the store still refuses writes. */
  async function applyPendingRepairs(): Promise<boolean> {
    while (pendingRepairs.length) {
      const [next] = pendingRepairs;
      try {
        if (next) await applyRepair(next);
      } catch (err) {
        if (!isQuotaError(err)) throw err;
        return false;
      }
      pendingRepairs = pendingRepairs.slice(1);
    }
    return true;
  }

  async function pruneOldestDay(): Promise<number> {
    const repair = await deleteOldestDay();
    if (!repair) return 0;
    pendingRepairs.push(repair);
    await applyPendingRepairs();
    return repair.removed.length;
  }

  /** Sets the article and story counters to what the store holds (after a repair was lost). */
  async function reconcileCounters(): Promise<void> {
    await runWrite(async (tx) => {
      const meta = await tx.getMeta();
      if (!meta) return;
      const [stored, stories, batches] = await Promise.all([
        tx.count('articles'),
        tx.count('stories'),
        tx.listPending(Number.MAX_SAFE_INTEGER),
      ]);
      const pending = batches.reduce((n, b) => n + b.articles.length, 0);
      // Pending articles are stored but not yet part of the clustered corpus (meta.articles is its size).
      const articles = Math.max(0, stored - pending);
      if (meta.articles !== articles || meta.stories !== stories || (meta.pending ?? 0) !== pending)
        await tx.putMeta({ ...meta, articles, stories, pending });
    });
  }

  /** Step 1: stores a batch of articles with their features, pending; a few requests per article. */
  async function storeBatch(items: ArticleInput[], ctx: IngestContext): Promise<{ added: number; updated: number }> {
    return runWrite(async (tx) => {
      const session = new IndexSession(tx);
      // Over IndexedDB the dedup reads of the whole batch go out together.
      if (backend.readsAreRoundTrips) {
        const ids = items.map((item) => canonicalizeUrl(item.url));
        await Promise.all([session.getMeta(), session.readArticles(ids)]);
        // Known articles whose text changed get it in their features record: those are read together too.
        await Promise.all(
          items.map(async (item, i) => {
            const known = ids[i] ? await session.getArticle(ids[i]) : undefined;
            if (known && item.title && known.sig !== signItemText(item)) await session.getFeatures(known.seq);
          }),
        );
      }
      let added = 0;
      let updated = 0;
      const pending: PendingArticle[] = [];
      for (let i = 0; i < items.length; i++) {
        const r = await storeArticle(session, items[i]!, ctx.feedUrl, ctx.now, pending);
        if (r === 'added') added++;
        else if (r === 'updated') updated++;
        // Over IndexedDB the articles go out in small groups, stored while the next ones' features are
        // computed, rather than all after the last.
        if (backend.readsAreRoundTrips && i % EARLY_WRITE_EVERY === EARLY_WRITE_EVERY - 1) session.writeArticlesNow();
      }
      if (pending[0]) session.putPending({ seq: pending[0].seq, articles: pending });
      await session.flush();
      return { added, updated };
    });
  }

  /** Step 2, one transaction: takes the oldest pending batches (about CLUSTER_BATCH_SIZE articles, whole
   *  batches) and clusters their articles in publication order; how many articles. */
  async function clusterBatch(): Promise<number> {
    return runWrite(async (tx) => {
      const pending: PendingArticle[] = [];
      const session = new IndexSession(tx);
      for (const batch of await tx.listPending(PENDING_BATCHES_READ)) {
        if (pending.length && pending.length + batch.articles.length > CLUSTER_BATCH_SIZE) break;
        pending.push(...batch.articles);
        session.deletePending(batch.seq);
      }
      if (!pending.length) return 0;
      // In publication order (ties in the order stored): a story grows from its first report, and the
      // result does not depend on which outlet's feed happened to answer first in the refresh.
      pending.sort((a, b) => a.t - b.t || a.seq - b.seq);
      if (backend.readsAreRoundTrips) await prefetchClustering(session, pending);
      for (const p of pending) await clusterPendingArticle(session, p);
      await session.flush();
      return pending.length;
    });
  }

  /**
   * Runs `work` (one transaction) again after each QuotaExceededError, dropping the oldest day first.
   * False when no room could be made (the work was not done).
   */
  async function runWithQuotaRetry<T>(
    work: () => Promise<T>,
    result: { pruned: number; quotaExceeded: boolean },
  ): Promise<{ done: true; value: T } | { done: false }> {
    for (let attempt = 0; ; attempt++) {
      try {
        return { done: true, value: await work() };
      } catch (err) {
        if (!isQuotaError(err)) throw err;
        // The transaction was aborted whole; make room by dropping the oldest day, retry.
        result.quotaExceeded = true;
        const removed = attempt < MAX_QUOTA_RETRIES ? await pruneOldestDay() : 0;
        if (removed === 0) return { done: false };
        result.pruned += removed;
      }
    }
  }

  /** Clusters every pending article, a batch per transaction (inside the write queue). */
  async function clusterAllPending(result: ClusterResult): Promise<void> {
    for (;;) {
      const r = await runWithQuotaRetry(clusterBatch, result);
      if (!r.done || r.value === 0) return;
      result.clustered += r.value;
    }
  }

  async function describe(
    session: IndexSession,
    pageHashed: HashedTerms,
    pageT: number,
    pageEnts: Set<string>,
    f: StoredFeatures,
    score: number,
  ): Promise<CoverageArticle | null> {
    const shared = listSharedTerms(pageHashed, f.terms, f.w);
    const hoursApart = hoursBetween(pageT, f.t);
    const memberEnts = new Set(f.ents ? f.ents.split(' ') : []);
    const sharedEntities = shared.filter((t) => pageEnts.has(t) || memberEnts.has(t));
    return {
      article: toIndexedArticle(f),
      explanation: {
        score: Math.round(score * 1000) / 1000,
        sharedTerms: shared.filter((t) => !t.startsWith('#')).slice(0, MAX_EXPLAINED_TERMS),
        sharedEntities: sharedEntities.map((t) => t.replace(/^#/, '')).slice(0, MAX_EXPLAINED_TERMS),
        hoursApart: Math.round(hoursApart * 10) / 10,
      },
    };
  }

  return {
    async ingest(items, ctx) {
      return enqueueWrite(async () => {
        const result: IngestResult = { added: 0, updated: 0, pruned: 0, quotaExceeded: false };
        if (!(await applyPendingRepairs())) result.quotaExceeded = true;
        for (let i = 0; i < items.length; i += INGEST_BATCH_SIZE) {
          const batch = items.slice(i, i + INGEST_BATCH_SIZE);
          const r = await runWithQuotaRetry(() => storeBatch(batch, ctx), result);
          if (!r.done) break;
          result.added += r.value.added;
          result.updated += r.value.updated;
        }
        if (!ctx.deferClustering) {
          const clustering: ClusterResult = { clustered: 0, pruned: 0, quotaExceeded: false };
          await clusterAllPending(clustering);
          result.pruned += clustering.pruned;
          result.quotaExceeded ||= clustering.quotaExceeded;
        }
        return result;
      });
    },

    async clusterPending(opts = {}) {
      return enqueueWrite(async () => {
        const result: ClusterResult = { clustered: 0, pruned: 0, quotaExceeded: false };
        if (!(await applyPendingRepairs())) result.quotaExceeded = true;
        if (opts.whenAtLeast !== undefined) {
          const meta = await backend.run('readonly', (tx) => tx.getMeta());
          if ((meta?.pending ?? 0) < opts.whenAtLeast) return result;
        }
        await clusterAllPending(result);
        return result;
      });
    },

    async coverageFor(page, opts) {
      const shared = takeSharedReads();
      return backend.run('readonly', async (tx) => {
        const session = new IndexSession(tx, shared);
        const id = canonicalizeUrl(page.url);
        const domain = id ? toDomain(id) : '';
        const pageOutlet = toOutletKey(page.outletId, domain);
        // The counters (for IDF) are read along with the page's own record: one round trip, not two.
        const [known] = await Promise.all([id ? session.getArticle(id) : undefined, session.getMeta()]);
        const knownFeatures = known ? await session.getFeatures(known.seq) : undefined;
        let storyId: string | null;
        let vector: TermVector;
        let pageT: number;
        let pageDated: boolean;
        let pageEnts: Set<string>;
        let pageEntities: ReadonlySet<string>;
        let via: StoryCoverage['via'];
        let candidates: ScoredCandidate[];
        if (knownFeatures) {
          storyId = knownFeatures.storyId;
          vector = toStoredVector(knownFeatures);
          pageT = knownFeatures.t;
          pageDated = !knownFeatures.undated;
          pageEnts = new Set(knownFeatures.ents ? knownFeatures.ents.split(' ') : []);
          pageEntities = new Set([...pageEnts].filter((e) => !e.startsWith('#')));
          via = 'url';
          // The story and its members are read while the candidates are searched (both only read); only
          // candidates outside the story matter here (see `direct` below), so members are not read twice.
          const storyRead = session.getStory(knownFeatures.storyId);
          [candidates] = await Promise.all([
            findCandidates(session, vector, pageT, pageDated, knownFeatures.seq, storyRead.then((s) => new Set(s?.members))),
            storyRead.then((s) => readStoryMembers(session, s)),
          ]);
        } else {
          const features = computeArticleFeatures(page);
          pageT = Math.min(page.published ?? opts.now, opts.now);
          pageDated = page.published !== null && page.published !== undefined;
          vector = await vectorizeFeatures(session, features, pageDated);
          pageEnts = new Set([...features.entities, ...features.numbers]);
          pageEntities = features.entities;
          candidates = await findCandidates(session, vector, pageT, pageDated, null);
          storyId = await chooseStory(session, vector, pageT, pageDated, candidates, features.entities);
          via = storyId ? 'content' : 'none';
        }
        let story = storyId ? await session.getStory(storyId) : undefined;
        const banned = new Set(knownFeatures?.ban ?? []);
        // Without a publication time, a page that no story took (or that sits alone in its own) is shown the
        // story that fits it best, at a lower bar than joining: a join changes the story for every later
        // article, showing it answers this page only.
        if (!pageDated && (!story || story.members.every((m) => m === knownFeatures?.seq))) {
          const alone = story?.id;
          const others = candidates.filter((c) => c.features.storyId !== alone && !banned.has(c.features.seq));
          const nearest = (await rankStories(session, vector, pageT, pageDated, others, pageEntities))[0];
          if (nearest && nearest.score >= UNDATED_NEAREST_STORY_THRESHOLD) {
            story = (await session.getStory(nearest.storyId)) ?? story;
            if (!knownFeatures) via = 'content';
          }
        }
        if (!story) return { storyId: null, via: 'none', title: null, articles: [] };
        // Big stories: the most recent members are read (members are kept in ingest order).
        const scanned = story.members.slice(-MAX_COVERAGE_SCAN).filter((s) => s !== knownFeatures?.seq && !banned.has(s));
        const inStory = new Set(story.members);
        // Incremental clustering depends on arrival order: an article that came before the rest of its
        // story may sit in a neighbouring story. Articles outside the story that match the page itself
        // strongly are shown too, so an outlet is not missing for the order its feed was read in.
        // Without a publication time on the page every candidate outside the story is weighed (by the
        // hubness-corrected rule below, which keeps the neighbouring events' hubs out).
        const outside = candidates.filter((c) => !inStory.has(c.features.seq) && !banned.has(c.features.seq));
        const direct = pageDated ? await selectDirectMatches(session, story, outside) : outside.map((c) => c.features);
        await session.readStoryFeatures(story.id, scanned, story.members);
        const members = [...(await Promise.all(scanned.map((seq) => session.getFeatures(seq)))), ...direct];
        const pageHashed = toHashedTerms(vector);
        // Only pairs without a time on either side are corrected: dated pages of dated stories skip the work.
        const pageDensity =
          pageDated && members.every((f) => !f?.undated)
            ? 0
            : computeNeighbourDensity(knownFeatures?.nn ? knownFeatures : listNeighbours(candidates), inStory);
        const scored = members
          .filter(
            (f): f is StoredFeatures =>
              !!f && f.outlet !== pageOutlet && !(knownFeatures && f.ban?.includes(knownFeatures.seq)),
          )
          .map((f) => {
            const cosine = scoreStoredVectorHashed(pageHashed, f.terms, f.w);
            const timeFactor = computePairTimeFactor(pageT, pageDated, f.t, !f.undated);
            // Hubness correction (CSLS): an article alike to everything on its topic is weak evidence of
            // this event, so the similarity is lowered by the density of both neighbourhoods (0 for an
            // article without one: dated, or stored before densities were kept. Taking the page's density for
            // it hid 23 of 100 reports of a dated 10-outlet story from undated pages).
            const density = f.nn ? computeNeighbourDensity(f, inStory) : 0;
            const hubness = (UNDATED_HUBNESS_PENALTY * (pageDensity + density)) / 2;
            return { f, score: cosine * timeFactor, corrected: (cosine - hubness) * timeFactor };
          })
          .sort((a, b) => b.score - a.score || (a.f.id < b.f.id ? -1 : 1));
        // Without a publication time on either side, closeness in time is no evidence: a member of the
        // story is shown when its corrected similarity is about 0 or more (as close to the page as the two
        // sides are, on average, to their nearest articles), an article outside it only clearly above.
        const shown = scored
          .filter(
            (s) =>
              s.score >= SHOW_THRESHOLD &&
              ((pageDated && !s.f.undated) || s.corrected >= (inStory.has(s.f.seq) ? -UNDATED_SHOW_MARGIN : UNDATED_SHOW_MARGIN)),
          )
          .slice(0, opts.limit ?? DEFAULT_COVERAGE_LIMIT);
        const entries = await Promise.all(shown.map((s) => describe(session, pageHashed, pageT, pageEnts, s.f, s.score)));
        const out = entries.filter((e): e is CoverageArticle => e !== null);
        return {
          storyId: story.id,
          via,
          title: story.title,
          articles: out,
        };
      });
    },

    async notSameStory(storyId, articleId) {
      await enqueueWrite(() =>
        runWrite(async (tx) => {
          const session = new IndexSession(tx);
          const a = await session.getArticle(canonicalizeUrl(articleId) ?? articleId);
          const f = a ? await session.getFeatures(a.seq) : undefined;
          const story = await session.getStory(storyId);
          if (!a || !f || !story || f.storyId !== storyId) return;
          const others = story.members.filter((s) => s !== f.seq);
          const meta = await session.getMeta();
          // The article leaves the story for a story of its own, and remembers whom it must not join.
          const own = {
            id: `s${meta.nextStory++}`,
            members: [f.seq],
            title: f.title,
            first: f.t,
            last: f.t,
            ...(f.undated ? { undated: true as const } : {}),
            centroidTerms: f.terms,
            centroidWeights: decodeWeights(f.w),
          };
          meta.stories++;
          session.markMetaDirty();
          session.putStory(own);
          if (others.length) session.putStory({ ...story, members: others });
          else {
            session.deleteStory(story.id);
            meta.stories--;
          }
          session.putFeatures({ ...f, storyId: own.id, ban: [...new Set([...(f.ban ?? []), ...others])] });
          await session.flush();
        }),
      );
    },

    async search(query, opts) {
      return backend.run('readonly', async (tx) => {
        const session = new IndexSession(tx);
        const features = computeArticleFeatures({ title: query, summary: null, lang: null });
        const vector = await vectorizeFeatures(session, features);
        const out: IndexedArticle[] = [];
        const seen = new Set<number>();
        // Search walks back a day at a time so recent matches come first and old days cost nothing.
        for (let back = 0; back < SEARCH_DAYS && out.length < (opts.limit ?? 20); back += 4) {
          const t = opts.now - back * 24 * 3_600_000;
          for (const c of await findCandidates(session, vector, t, true, null)) {
            if (seen.has(c.features.seq) || c.cosine <= 0) continue;
            seen.add(c.features.seq);
            out.push(toIndexedArticle(c.features));
          }
        }
        return out.slice(0, opts.limit ?? 20);
      });
    },

    async stats() {
      // While a quota repair is pending (the disk is still full) the stored counters lag behind the
      // deletions: count the records instead.
      const counts = await backend.run('readonly', async (tx) =>
        pendingRepairs.length > 0
          ? { articles: await tx.count('articles'), stories: await tx.count('stories') }
          : tx.getMeta(),
      );
      const bytesEstimate = backend.estimateBytes ? await backend.estimateBytes() : undefined;
      // Stored articles still pending their story count as articles (the store holds them).
      const pending = counts && 'pending' in counts ? (counts.pending ?? 0) : 0;
      return {
        articles: (counts?.articles ?? 0) + pending,
        stories: counts?.stories ?? 0,
        ...(bytesEstimate !== undefined ? { bytesEstimate } : {}),
      };
    },

    async prune(opts) {
      return enqueueWrite(async () => {
        const repaired = await applyPendingRepairs();
        const removed = await runWrite(async (tx) => {
          const session = new IndexSession(tx);
          let removed = 0;
          for (const day of await tx.listDays(toRetentionCutoffDay(opts.now, opts.retentionDays), Number.MAX_SAFE_INTEGER)) {
            const seqs = await session.getDay(day);
            if (backend.readsAreRoundTrips) await prefetchRemoval(session, seqs);
            for (const seq of seqs) if (await removeArticle(session, seq)) removed++;
          }
          await session.flush();
          return removed;
        });
        if (repaired) await reconcileCounters();
        return removed;
      });
    },

    async clear() {
      await enqueueWrite(async () => {
        pendingRepairs = [];
        await countChange(() => backend.clear());
      });
    },

    changeCount() {
      return changes;
    },

    async getArticle(id) {
      return backend.run('readonly', async (tx) => {
        // An article still waiting to be clustered has no features record yet: not found until then.
        const a = await tx.getArticle(canonicalizeUrl(id) ?? id);
        const f = a ? await tx.getFeatures(a.seq) : undefined;
        return f ? toIndexedArticle(f) : null;
      });
    },
  };
}

/** An index held in memory (eval CLI, bench, tests): same logic as the IndexedDB one. */
export function createMemoryIndex(opts: MemoryBackendOptions = {}): ArticleIndex {
  return createArticleIndex(createMemoryBackend(opts));
}

/** Opens the persistent index in IndexedDB (database `parallax-index` unless named otherwise). */
export async function openArticleIndex(opts: { idbFactory?: IDBFactory; name?: string } = {}): Promise<ArticleIndex> {
  return createArticleIndex(createIdbBackend(await openIndexDb(opts)));
}
