// Records what the article index writes, so an index built by the extension's own clustering code (on the
// memory backend, in Node) can be written through the extension's IndexedDB backend in the browser as
// replay operations. Used by the match benchmark to build 100k/300k-article databases in minutes.
// Runs in Node (recording) and in the page (replaying); no DOM.

import type { IndexBackend, IndexMeta, IndexTx, StoredArticle, StoredFeatures, StoredStory } from '../index/index-records';

/** One write, in a JSON-safe shape (Uint8Array weights travel as number arrays). */
export type ReplayOp =
  | ['meta', IndexMeta]
  | ['article', StoredArticle]
  | ['features', Omit<StoredFeatures, 'w'> & { w: number[] }]
  | ['story', StoredStory]
  | ['df', string, number]
  | ['postings', string, number, number[]]
  | ['day', number, number[]];

export interface IndexDump {
  meta: IndexMeta | undefined;
  articles: Map<string, StoredArticle>;
  features: Map<number, StoredFeatures>;
  stories: Map<string, StoredStory>;
  df: Map<string, number>;
  postings: Map<string, { term: string; day: number; seqs: number[] }>;
  days: Map<number, number[]>;
}

function createEmptyDump(): IndexDump {
  return {
    meta: undefined,
    articles: new Map(),
    features: new Map(),
    stories: new Map(),
    df: new Map(),
    postings: new Map(),
    days: new Map(),
  };
}

/** Wraps `inner` so every committed write is mirrored into `dump` (the final state, not a log). */
export function createRecordingBackend(inner: IndexBackend): { backend: IndexBackend; dump: IndexDump } {
  const dump = createEmptyDump();
  const backend: IndexBackend = {
    async run(mode, work) {
      const pending: Array<(d: IndexDump) => void> = [];
      const result = await inner.run(mode, (tx) => {
        const rec: IndexTx = {
          ...tx,
          getMeta: () => tx.getMeta(),
          getArticle: (id) => tx.getArticle(id),
          getFeatures: (seq) => tx.getFeatures(seq),
          getStory: (id) => tx.getStory(id),
          getDf: (term) => tx.getDf(term),
          getPostings: (term, from, to) => tx.getPostings(term, from, to),
          getDay: (day) => tx.getDay(day),
          listDays: (before, limit) => tx.listDays(before, limit),
          putMeta: (meta) => (pending.push((d) => (d.meta = { ...meta })), tx.putMeta(meta)),
          putArticle: (a) => (pending.push((d) => d.articles.set(a.id, a)), tx.putArticle(a)),
          deleteArticle: (id) => (pending.push((d) => d.articles.delete(id)), tx.deleteArticle(id)),
          putFeatures: (f) => (pending.push((d) => d.features.set(f.seq, f)), tx.putFeatures(f)),
          deleteFeatures: (seq) => (pending.push((d) => d.features.delete(seq)), tx.deleteFeatures(seq)),
          putStory: (s) => (pending.push((d) => d.stories.set(s.id, s)), tx.putStory(s)),
          deleteStory: (id) => (pending.push((d) => d.stories.delete(id)), tx.deleteStory(id)),
          putDf: (term, df) => (pending.push((d) => (df > 0 ? d.df.set(term, df) : d.df.delete(term))), tx.putDf(term, df)),
          putPostings: (term, day, seqs) => (
            pending.push((d) => {
              const key = `${day}\u0001${term}`;
              if (seqs.length) d.postings.set(key, { term, day, seqs: [...seqs] });
              else d.postings.delete(key);
            }),
            tx.putPostings(term, day, seqs)
          ),
          putDay: (day, seqs) => (pending.push((d) => (seqs.length ? d.days.set(day, [...seqs]) : d.days.delete(day))), tx.putDay(day, seqs)),
        };
        return work(rec);
      });
      // The inner transaction committed: only now do its writes count.
      for (const apply of pending) apply(dump);
      return result;
    },
    async clear() {
      await inner.clear();
      Object.assign(dump, createEmptyDump());
    },
  };
  return { backend, dump };
}

/** The dump as replay operations, in batches of at most `batchSize`. */
export function* toReplayBatches(dump: IndexDump, batchSize: number): Generator<ReplayOp[]> {
  let batch: ReplayOp[] = [];
  const push = function* (op: ReplayOp): Generator<ReplayOp[]> {
    batch.push(op);
    if (batch.length >= batchSize) {
      yield batch;
      batch = [];
    }
  };
  for (const a of dump.articles.values()) yield* push(['article', a]);
  for (const f of dump.features.values()) yield* push(['features', { ...f, w: Array.from(f.w) }]);
  for (const s of dump.stories.values()) yield* push(['story', s]);
  for (const [term, df] of dump.df) yield* push(['df', term, df]);
  for (const p of dump.postings.values()) yield* push(['postings', p.term, p.day, p.seqs]);
  for (const [day, seqs] of dump.days) yield* push(['day', day, seqs]);
  // Meta last: a reader never sees counts for records that are not there yet.
  if (dump.meta) yield* push(['meta', dump.meta]);
  if (batch.length) yield batch;
}

/** Applies replay operations through the store's own transaction interface (one atomic unit). */
export async function applyReplayOps(backend: IndexBackend, ops: readonly ReplayOp[]): Promise<void> {
  await backend.run('readwrite', async (tx) => {
    const writes: Promise<void>[] = [];
    for (const op of ops) {
      switch (op[0]) {
        case 'meta':
          writes.push(tx.putMeta(op[1]));
          break;
        case 'article':
          writes.push(tx.putArticle(op[1]));
          break;
        case 'features':
          writes.push(tx.putFeatures({ ...op[1], w: Uint8Array.from(op[1].w) }));
          break;
        case 'story':
          writes.push(tx.putStory(op[1]));
          break;
        case 'df':
          writes.push(tx.putDf(op[1], op[2]));
          break;
        case 'postings':
          writes.push(tx.putPostings(op[1], op[2], op[3]));
          break;
        case 'day':
          writes.push(tx.putDay(op[1], op[2]));
          break;
      }
    }
    await Promise.all(writes);
  });
}
