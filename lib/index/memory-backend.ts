// In-memory implementation of the index backend (eval CLI, bench, unit tests). Same records and the
// same all-or-nothing commit as IndexedDB, so the clustering logic runs unchanged. No browser APIs.

import type { IndexBackend, IndexMeta, IndexTx, PendingBatch, PostingBucket, StoredArticle, StoredFeatures, StoredStory } from './index-records';

export interface MemoryBackendOptions {
  /**
   * Simulates a full disk the way Chromium behaves: a commit that would leave more articles than this
   * throws QuotaExceededError, and from then on every transaction that writes (puts) anything is refused
   * too, until a transaction that only deletes has committed.
   */
  maxArticles?: number;
}

interface MemoryData {
  meta: IndexMeta | undefined;
  articles: Map<string, StoredArticle>;
  features: Map<number, StoredFeatures>;
  stories: Map<string, StoredStory>;
  df: Map<string, number>;
  postings: Map<string, Map<number, number[]>>;
  days: Map<number, number[]>;
  pending: Map<number, PendingBatch>;
}

function createEmptyData(): MemoryData {
  return {
    meta: undefined,
    articles: new Map(),
    features: new Map(),
    stories: new Map(),
    df: new Map(),
    postings: new Map(),
    days: new Map(),
    pending: new Map(),
  };
}

function makeQuotaError(): Error {
  const err = new Error('The quota has been exceeded.');
  err.name = 'QuotaExceededError';
  return err;
}

/** Creates an empty in-memory backend. */
export function createMemoryBackend(opts: MemoryBackendOptions = {}): IndexBackend {
  let data = createEmptyData();

  /** Set by a refused commit: the simulated disk is full until something is deleted. */
  let full = false;

  function makeTx(pending: Array<() => void>, articleOps: Array<[string, boolean]>, puts: { n: number }): IndexTx {
    return {
      getMeta: async () => data.meta,
      getArticle: async (id) => data.articles.get(id),
      getFeatures: async (seq) => data.features.get(seq),
      getStory: async (id) => data.stories.get(id),
      getDf: async (term) => data.df.get(term) ?? 0,
      getPostings: async (term, dayFrom, dayTo) => {
        const byDay = data.postings.get(term);
        const out: PostingBucket[] = [];
        if (!byDay) return out;
        for (let day = dayFrom; day <= dayTo; day++) {
          const seqs = byDay.get(day);
          if (seqs) out.push({ day, seqs });
        }
        return out;
      },
      getDay: async (day) => {
        const seqs = data.days.get(day);
        return seqs ? [...seqs] : undefined;
      },
      listDays: async (beforeDay, limit) =>
        [...data.days.keys()].filter((d) => d < beforeDay).sort((a, b) => a - b).slice(0, limit),
      count: async (store) => (store === 'articles' ? data.articles.size : data.stories.size),
      listPending: async (limit) => [...data.pending.values()].sort((a, b) => a.seq - b.seq).slice(0, limit),
      putPending: async (p) => {
        puts.n++;
        pending.push(() => data.pending.set(p.seq, p));
      },
      deletePending: async (seq) => void pending.push(() => data.pending.delete(seq)),
      putMeta: async (meta) => {
        puts.n++;
        pending.push(() => (data.meta = { ...meta }));
      },
      putArticle: async (a) => {
        puts.n++;
        articleOps.push([a.id, true]);
        pending.push(() => data.articles.set(a.id, { ...a }));
      },
      deleteArticle: async (id) => {
        articleOps.push([id, false]);
        pending.push(() => data.articles.delete(id));
      },
      putFeatures: async (f) => {
        puts.n++;
        pending.push(() => data.features.set(f.seq, { ...f }));
      },
      deleteFeatures: async (seq) => void pending.push(() => data.features.delete(seq)),
      putStory: async (s) => {
        puts.n++;
        pending.push(() => data.stories.set(s.id, { ...s, members: [...s.members] }));
      },
      deleteStory: async (id) => void pending.push(() => data.stories.delete(id)),
      putDf: async (term, df) => {
        if (df > 0) puts.n++;
        pending.push(() => (df > 0 ? data.df.set(term, df) : data.df.delete(term)));
      },
      putPostings: async (term, day, seqs) => {
        if (seqs.length) puts.n++;
        pending.push(() => {
          let byDay = data.postings.get(term);
          if (!byDay) data.postings.set(term, (byDay = new Map()));
          if (seqs.length) byDay.set(day, [...seqs]);
          else {
            byDay.delete(day);
            if (!byDay.size) data.postings.delete(term);
          }
        });
      },
      putDay: async (day, seqs) => {
        if (seqs.length) puts.n++;
        pending.push(() => (seqs.length ? data.days.set(day, [...seqs]) : data.days.delete(day)));
      },
    };
  }

  return {
    async run(mode, work) {
      const pending: Array<() => void> = [];
      const articleOps: Array<[string, boolean]> = [];
      const puts = { n: 0 };
      const result = await work(makeTx(pending, articleOps, puts));
      if (mode === 'readwrite' && pending.length) {
        if (opts.maxArticles !== undefined) {
          // A full disk refuses every writing transaction, however much it also deletes (as Chromium does).
          if (full && puts.n > 0) throw makeQuotaError();
          // Would the commit leave more articles than the simulated disk holds? Then nothing lands.
          const ids = new Set(data.articles.keys());
          for (const [id, put] of articleOps) {
            if (put) ids.add(id);
            else ids.delete(id);
          }
          if (ids.size > opts.maxArticles) {
            full = true;
            throw makeQuotaError();
          }
          if (puts.n === 0) full = false;
        }
        for (const op of pending) op();
      }
      return result;
    },
    async clear() {
      data = createEmptyData();
      full = false;
    },
    async estimateBytes() {
      let bytes = 0;
      for (const a of data.articles.values()) bytes += JSON.stringify(a).length;
      for (const f of data.features.values()) bytes += f.terms.length + f.w.length + f.id.length + f.ents.length + 40;
      for (const s of data.stories.values()) bytes += s.title.length + s.members.length * 4 + 40;
      for (const [term] of data.df) bytes += term.length + 8;
      for (const [term, byDay] of data.postings) for (const seqs of byDay.values()) bytes += term.length + 8 + seqs.length * 4;
      return bytes;
    },
  };
}
