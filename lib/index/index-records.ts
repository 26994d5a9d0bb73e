// Records of the article store and the transactional backend interface both stores implement
// (IndexedDB in the extension, memory in the eval CLI and tests). Pure declarations and a write-back
// cache; no I/O of its own.

/**
 * An article's entry under its canonical URL: which features record holds it, and a signature of its
 * display text (to notice a changed headline or summary without reading the record). Schema 5; before,
 * the display fields lived here (see ArticleRecordV4).
 */
export interface StoredArticle {
  id: string;
  /** Key of the article's features record (and of its pending entry until it is clustered). */
  seq: number;
  /** signDisplayText of the title and summary as stored. */
  sig: number;
}

/**
 * What the UI shows of an article besides what matching keeps anyway (canonical URL, outlet, time,
 * language): stored with its features, so a coverage answer reads one record per article.
 */
export interface ArticleDisplay {
  title: string;
  /** Absent when the feed gave none. */
  summary?: string;
  /** The URL as published, only when it differs from the canonical URL (saves bytes). */
  url?: string;
  firstSeen: number;
  /** Absent for articles not from a feed (the page being read). */
  feedUrl?: string;
}

/** Matching data of an article with its display fields, keyed by a small integer so posting lists stay
 *  compact. */
export interface StoredFeatures extends ArticleDisplay {
  seq: number;
  id: string;
  storyId: string;
  /** The outlet key: outletId, or the domain for articles of unknown outlets. */
  outlet: string;
  /** Publication time, epoch ms (first-seen time when unknown). */
  t: number;
  /** Present when the publication time is unknown. */
  undated?: true;
  lang: string | null;
  /** Vector terms, heaviest first, joined by spaces. */
  terms: string;
  /** Quantised unit weights, same order as `terms`. */
  w: Uint8Array;
  /** The vector's terms that are named entities or numbers, joined by spaces. */
  ents: string;
  /** Articles this one was declared "not the same story" as (user corrections). */
  ban?: number[];
  /** Without a publication time: its NEIGHBOURS_KEPT highest cosines to other articles seen so far (its
   *  candidates when it was clustered, and later articles that had it as a candidate), highest first, rounded
   *  to 0.001; `nnSeq` holds their seqs. Absent on dated articles and on records stored before they existed
   *  (their density counts as 0: no evidence of hubness). */
  nn?: number[];
  nnSeq?: number[];
}

export interface StoredStory {
  id: string;
  /** Feature seqs of the members. */
  members: number[];
  /** The headline of the story's first article. */
  title: string;
  first: number;
  last: number;
  /** Present while no member has a known publication time. */
  undated?: true;
  /** Sum of the members' unit vectors, heaviest terms only: terms joined by spaces, weights alike. */
  centroidTerms: string;
  centroidWeights: number[];
}

export interface IndexMeta {
  /** Clustered articles (the corpus size behind IDF); stored articles still pending are counted apart. */
  articles: number;
  stories: number;
  nextSeq: number;
  nextStory: number;
  /** Articles stored but not clustered yet (see PendingArticle). */
  pending?: number;
}

/**
 * An article stored by the first step of ingest whose story is not assigned yet: its features as computed
 * then (pre-IDF weights in the features' own term order), so the clustering step needs no text.
 */
export interface PendingArticle extends ArticleDisplay {
  seq: number;
  id: string;
  /** The outlet key (see StoredFeatures.outlet). */
  outlet: string;
  /** Publication time as clustering uses it (clamped to first-seen; first-seen when unknown). */
  t: number;
  undated?: true;
  lang: string | null;
  /** Feature terms joined by spaces, with their raw weights in `tf` (same order). */
  terms: string;
  tf: Float64Array;
  /** Terms that are named entities, and terms that are numbers, joined by spaces. */
  ents: string;
  nums: string;
}

/** The pending articles of one stored batch, in seq order, keyed by the first one's seq: one record per
 *  batch (one request to write, read and delete), deleted when the batch is clustered. */
export interface PendingBatch {
  seq: number;
  articles: PendingArticle[];
}

export interface PostingBucket {
  day: number;
  seqs: number[];
}

/** One atomic unit of work on the store (an IndexedDB transaction, or a memory equivalent). */
export interface IndexTx {
  /** Each read is a round trip (IndexedDB): concurrent reads of one record are worth sharing. */
  readonly readsAreRoundTrips?: boolean;
  getMeta(): Promise<IndexMeta | undefined>;
  getArticle(id: string): Promise<StoredArticle | undefined>;
  /** Article ids in [from, to] in ascending order, at most `limit`, in one read (keys only). Optional:
   *  without it each article is looked up on its own. */
  listArticleIds?(from: string, to: string, limit: number): Promise<string[]>;
  getFeatures(seq: number): Promise<StoredFeatures | undefined>;
  getStory(id: string): Promise<StoredStory | undefined>;
  /** Features whose storyId is `storyId` and seq lies in [seqFrom, seqTo], in one read (IndexedDB: an
   *  index). Optional: without it a story's members are read one by one. */
  getFeaturesOfStory?(storyId: string, seqFrom: number, seqTo: number): Promise<StoredFeatures[]>;
  getDf(term: string): Promise<number>;
  /** Posting buckets of a term for days in [dayFrom, dayTo]. */
  getPostings(term: string, dayFrom: number, dayTo: number): Promise<PostingBucket[]>;
  getDay(day: number): Promise<number[] | undefined>;
  /** Day keys in ascending order, at most `limit`, strictly before `beforeDay`. */
  listDays(beforeDay: number, limit: number): Promise<number[]>;
  /** Number of records in the articles or stories store (to reconcile the meta counters). */
  count(store: 'articles' | 'stories'): Promise<number>;
  /** Pending batches in ascending seq order, at most `limit`. */
  listPending(limit: number): Promise<PendingBatch[]>;
  putPending(batch: PendingBatch): Promise<void>;
  deletePending(seq: number): Promise<void>;
  putMeta(meta: IndexMeta): Promise<void>;
  putArticle(a: StoredArticle): Promise<void>;
  deleteArticle(id: string): Promise<void>;
  putFeatures(f: StoredFeatures): Promise<void>;
  deleteFeatures(seq: number): Promise<void>;
  putStory(s: StoredStory): Promise<void>;
  deleteStory(id: string): Promise<void>;
  /** A count of 0 deletes the record. */
  putDf(term: string, df: number): Promise<void>;
  /** An empty list deletes the bucket. */
  putPostings(term: string, day: number, seqs: number[]): Promise<void>;
  /** An empty list deletes the day. */
  putDay(day: number, seqs: number[]): Promise<void>;
}

export interface IndexBackend {
  /** Runs `work` atomically: either all its writes land or none (the worker may die half-way). */
  run<T>(mode: 'readonly' | 'readwrite', work: (tx: IndexTx) => Promise<T>): Promise<T>;
  clear(): Promise<void>;
  /** Approximate stored bytes, when the backend can tell. */
  estimateBytes?(): Promise<number>;
  /** Each read is a round trip (IndexedDB): a batch's reads are worth issuing together up front. */
  readsAreRoundTrips?: boolean;
}

/** Ids of one site fewer than this are looked up one by one (a keys-only read costs about as much as one). */
const MIN_IDS_PER_KEY_LIST = 3;
/** At most this many ids per keys-only read: a site with more stored ids between a feed's first and last
 *  item than this has the rest looked up one by one. */
const MAX_KEYS_PER_KEY_LIST = 5_000;

/** `scheme://host/` of a canonical URL (an article id): the ids of one site are a contiguous key range. */
function toSiteKey(id: string): string {
  const slash = id.indexOf('/', id.indexOf('//') + 2);
  return slash < 0 ? id : id.slice(0, slash + 1);
}

/**
 * A 53-bit signature of an article's display text (two 32-bit FNV-1a hashes): a refreshed feed item whose
 * signature matches the stored one changed nothing the UI shows.
 */
export function signDisplayText(title: string, summary: string | null | undefined): number {
  const text = `${title}\u0000${summary ?? ''}`;
  let a = 0x811c9dc5;
  let b = 0x01000193 ^ text.length;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    a = Math.imul(a ^ c, 0x01000193);
    b = Math.imul(b ^ c, 0x5bd1e995);
  }
  return (a >>> 0) * 2 ** 21 + ((b >>> 0) & 0x1fffff);
}

export const EMPTY_META: IndexMeta = { articles: 0, stories: 0, nextSeq: 1, nextStory: 1 };

function postingKey(term: string, day: number): string {
  return `${day}\u0001${term}`;
}

/** Other records of a story that a range read may return between two wanted ones before the range is
 *  split in two: in Chromium a record of a range read costs about a seventh of a request of its own. */
const MAX_RANGE_GAP_RECORDS = 6;
/** Records per range read at most: a few reads of ~100 records issued together come back sooner than one of
 *  several hundred (the page decodes one while the store reads the next; fewer long pauses). */
const MAX_RANGE_RECORDS = 100;

/**
 * The seq ranges in which to read `wanted` members of a story whose members are `members`: runs of
 * wanted seqs (sorted) that no more than MAX_RANGE_GAP_RECORDS other members separate, of at most
 * MAX_RANGE_RECORDS records, each of at least two wanted seqs (a lone one is cheaper read on its own).
 */
export function planStoryRanges(wanted: readonly number[], members: readonly number[]): Array<[number, number]> {
  const want = [...new Set(wanted)].sort((a, b) => a - b);
  const wantSet = new Set(want);
  const others = members.filter((seq) => !wantSet.has(seq)).sort((a, b) => a - b);
  const ranges: Array<[number, number]> = [];
  let from = want[0];
  let to = from;
  let count = 0;
  let records = 0;
  let j = 0;
  for (const seq of want) {
    if (from === undefined || to === undefined) break;
    while (j < others.length && (others[j] ?? 0) <= to) j++;
    let k = j;
    while (k < others.length && (others[k] ?? 0) < seq) k++;
    if (count > 0 && (k - j > MAX_RANGE_GAP_RECORDS || records + (k - j) + 1 > MAX_RANGE_RECORDS)) {
      if (count >= 2) ranges.push([from, to]);
      from = seq;
      count = 0;
      records = 0;
    } else if (count > 0) records += k - j;
    j = k;
    to = seq;
    count++;
    records++;
  }
  if (from !== undefined && to !== undefined && count >= 2) ranges.push([from, to]);
  return ranges;
}

/**
 * What read-only sessions of one index read that changes only when the index writes: the counters,
 * document frequencies, features and stories. Shared by the queries between two writes: a page's terms
 * recur across pages, and the pages of one story (its tabs, the links of a front page) read the same
 * members. The records are shared as read: read-only sessions never change them.
 */
export interface SharedReads {
  meta: IndexMeta | null;
  df: Map<string, number>;
  features: Map<number, StoredFeatures | null>;
  stories: Map<string, StoredStory | null>;
}

/**
 * Read-through, write-back cache over one transaction: the clustering logic reads and writes freely,
 * and every write reaches the backend in one flush at the end (so a batch lands whole or not at all).
 */
export class IndexSession {
  private readonly articles = new Map<string, StoredArticle | null>();
  private readonly features = new Map<number, StoredFeatures | null>();
  private readonly stories = new Map<string, StoredStory | null>();
  private readonly df = new Map<string, number>();
  /** term -> day -> seqs. */
  private readonly postings = new Map<string, Map<number, number[]>>();
  private readonly postingsLoaded = new Map<string, Set<number>>();
  private readonly days = new Map<number, number[] | null>();
  /** Pending-article writes (never read back through the session). */
  private readonly pendingWrites = new Map<number, PendingBatch | null>();
  private readonly dirtyArticles = new Set<string>();
  private readonly dirtyFeatures = new Set<number>();
  private readonly dirtyStories = new Set<string>();
  private readonly ownedStories = new Set<string>();
  private readonly dirtyDf = new Set<string>();
  private readonly dirtyPostings = new Set<string>();
  private readonly dirtyDays = new Set<number>();
  private meta: IndexMeta | null = null;
  private metaDirty = false;
  /** Writes sent before `flush` (writeArticlesNow), awaited by it. */
  private readonly earlyWrites: Array<Promise<void>> = [];
  /** Reads in flight, so concurrent readers of one record (a prefetch of a whole batch) share a request. */
  private readonly inFlight = new Map<string, Promise<unknown>>();

  /** `shared`: only for sessions that write nothing, over a store nobody writes meanwhile. */
  constructor(
    readonly tx: IndexTx,
    private readonly shared?: SharedReads,
  ) {}

  private share<T>(key: string, read: () => Promise<T>): Promise<T> {
    // In memory a read costs less than the bookkeeping.
    if (!this.tx.readsAreRoundTrips) return read();
    let p = this.inFlight.get(key) as Promise<T> | undefined;
    if (!p) {
      p = read().finally(() => this.inFlight.delete(key));
      this.inFlight.set(key, p);
    }
    return p;
  }

  async getMeta(): Promise<IndexMeta> {
    if (!this.meta && this.shared?.meta) this.meta = { ...this.shared.meta };
    if (!this.meta) {
      const stored = await this.share('m', () => this.tx.getMeta());
      if (!this.meta) this.meta = { ...(stored ?? EMPTY_META) };
      if (this.shared) this.shared.meta = { ...this.meta };
    }
    return this.meta;
  }
  markMetaDirty(): void {
    this.metaDirty = true;
  }

  async getArticle(id: string): Promise<StoredArticle | undefined> {
    if (!this.articles.has(id)) {
      const a = await this.share(`a${id}`, () => this.tx.getArticle(id));
      if (!this.articles.has(id)) this.articles.set(id, a ?? null);
    }
    return this.articles.get(id) ?? undefined;
  }
  /**
   * Reads the articles `ids` into the cache (a feed's items, before they are deduplicated; null ids, of
   * items without a usable URL, are skipped). Where the
   * backend lists ids, the ids of one site (a feed's items share one) are checked with one keys-only read
   * over the range they span, and only those already stored are read: a new article costs no read of its
   * own, where one request per article is what IndexedDB charges most for.
   */
  async readArticles(ids: ReadonlyArray<string | null>): Promise<void> {
    const wanted = [...new Set(ids)].filter((id): id is string => id !== null && !this.articles.has(id));
    const listArticleIds = this.tx.listArticleIds?.bind(this.tx);
    if (!listArticleIds || !this.tx.readsAreRoundTrips) {
      await Promise.all(wanted.map((id) => this.getArticle(id)));
      return;
    }
    const bySite = new Map<string, string[]>();
    for (const id of wanted) {
      const site = toSiteKey(id);
      const group = bySite.get(site);
      if (group) group.push(id);
      else bySite.set(site, [id]);
    }
    const reads: Array<Promise<unknown>> = [];
    await Promise.all(
      [...bySite.values()].map(async (group) => {
        if (group.length < MIN_IDS_PER_KEY_LIST) {
          reads.push(...group.map((id) => this.getArticle(id)));
          return;
        }
        group.sort();
        const first = group[0]!;
        const last = group[group.length - 1]!;
        const keys = await listArticleIds(first, last, MAX_KEYS_PER_KEY_LIST);
        const stored = new Set(keys);
        // A list cut at the limit decides only the ids up to its last key.
        const decidedUpTo = keys.length >= MAX_KEYS_PER_KEY_LIST ? keys[keys.length - 1]! : last;
        for (const id of group) {
          if (id > decidedUpTo || stored.has(id)) reads.push(this.getArticle(id));
          else if (!this.articles.has(id)) this.articles.set(id, null);
        }
      }),
    );
    await Promise.all(reads);
  }
  putArticle(a: StoredArticle): void {
    this.articles.set(a.id, a);
    this.dirtyArticles.add(a.id);
  }
  deleteArticle(id: string): void {
    this.articles.set(id, null);
    this.dirtyArticles.add(id);
  }

  /** Reads one record into this session's `local` cache: from the queries' shared reads when there, else
   *  from the store (one request per key however many ask at once), then shared too. */
  private async readThrough<K, V>(
    local: Map<K, V | null>,
    shared: Map<K, V | null> | undefined,
    key: K,
    requestKey: string,
    read: () => Promise<V | undefined>,
  ): Promise<void> {
    if (local.has(key)) return;
    const known = shared?.get(key);
    if (known !== undefined) {
      local.set(key, known);
      return;
    }
    const value = (await this.share(requestKey, read)) ?? null;
    shared?.set(key, value);
    if (!local.has(key)) local.set(key, value);
  }

  async getFeatures(seq: number): Promise<StoredFeatures | undefined> {
    await this.readThrough(this.features, this.shared?.features, seq, `f${seq}`, () => this.tx.getFeatures(seq));
    return this.features.get(seq) ?? undefined;
  }
  /**
   * Reads the features of members `seqs` of story `storyId` into the cache: range reads over the story's
   * index when the backend has one (a big story is hundreds of records), then one by one whatever they did
   * not return (a record that is gone, or filed under another story) — so the cache holds exactly what
   * `getFeatures` would have read. `members` (the story's whole member list) tells which other records a
   * range would return too: where `seqs` are a scattered part of a big story (the recent members of a
   * story that absorbed older ones), they are read in several ranges, or one by one, instead of one range
   * over thousands of records.
   */
  async readStoryFeatures(storyId: string, seqs: readonly number[], members: readonly number[] = seqs): Promise<void> {
    const wanted = seqs.filter((seq) => {
      if (this.features.has(seq)) return false;
      const known = this.shared?.features.get(seq);
      if (known !== undefined) this.features.set(seq, known);
      return known === undefined;
    });
    if (!wanted.length) return;
    if (this.tx.getFeaturesOfStory && this.tx.readsAreRoundTrips) {
      const getFeaturesOfStory = this.tx.getFeaturesOfStory.bind(this.tx);
      const need = new Set(wanted);
      const ranges = planStoryRanges(wanted, members);
      const found = await Promise.all(ranges.map(([from, to]) => getFeaturesOfStory(storyId, from, to)));
      for (const list of found) {
        for (const f of list) {
          if (!need.has(f.seq) || this.features.has(f.seq)) continue;
          this.features.set(f.seq, f);
          this.shared?.features.set(f.seq, f);
        }
      }
    }
    await Promise.all(wanted.map((seq) => this.getFeatures(seq)));
  }

  putFeatures(f: StoredFeatures): void {
    this.features.set(f.seq, f);
    this.dirtyFeatures.add(f.seq);
  }
  deleteFeatures(seq: number): void {
    this.features.set(seq, null);
    this.dirtyFeatures.add(seq);
  }

  async getStory(id: string): Promise<StoredStory | undefined> {
    await this.readThrough(this.stories, this.shared?.stories, id, `s${id}`, () => this.tx.getStory(id));
    return this.stories.get(id) ?? undefined;
  }
  putStory(s: StoredStory): void {
    this.stories.set(s.id, s);
    this.dirtyStories.add(s.id);
    this.ownedStories.add(s.id);
  }
  /** A story this session may mutate in place (copied once from the backend's record). */
  async getStoryForUpdate(id: string): Promise<StoredStory | undefined> {
    const s = await this.getStory(id);
    if (!s || this.ownedStories.has(id)) return s;
    const copy: StoredStory = { ...s, members: [...s.members], centroidWeights: [...s.centroidWeights] };
    this.stories.set(id, copy);
    this.ownedStories.add(id);
    return copy;
  }
  deleteStory(id: string): void {
    this.stories.set(id, null);
    this.dirtyStories.add(id);
  }

  async getDf(term: string): Promise<number> {
    let v = this.df.get(term) ?? this.shared?.df.get(term);
    if (v === undefined) {
      const stored = await this.share(`d${term}`, () => this.tx.getDf(term));
      this.shared?.df.set(term, stored);
      v = this.df.get(term);
      if (v === undefined) this.df.set(term, (v = stored));
    }
    return v;
  }
  async addDf(term: string, delta: number): Promise<void> {
    this.df.set(term, Math.max(0, (await this.getDf(term)) + delta));
    this.dirtyDf.add(term);
  }

  /** Posting seqs of a term over [dayFrom, dayTo], including this session's unflushed additions. */
  async getPostings(term: string, dayFrom: number, dayTo: number): Promise<number[][]> {
    let byDay = this.postings.get(term);
    let loaded = this.postingsLoaded.get(term);
    if (!byDay || !loaded) {
      byDay = new Map();
      loaded = new Set();
      this.postings.set(term, byDay);
      this.postingsLoaded.set(term, loaded);
    }
    let missing = false;
    for (let day = dayFrom; day <= dayTo && !missing; day++) missing = !loaded.has(day);
    if (missing) {
      const buckets = await this.share(`p${dayFrom}:${dayTo}:${term}`, () => this.tx.getPostings(term, dayFrom, dayTo));
      // A day loaded meanwhile (another reader, or this session's own additions) keeps its list.
      for (const b of buckets) if (!loaded.has(b.day)) byDay.set(b.day, b.seqs);
      for (let day = dayFrom; day <= dayTo; day++) loaded.add(day);
    }
    const out: number[][] = [];
    for (let day = dayFrom; day <= dayTo; day++) {
      const seqs = byDay.get(day);
      if (seqs && seqs.length) out.push(seqs);
    }
    return out;
  }
  /** The cached posting seqs of a term over [dayFrom, dayTo] (no read: days not loaded are empty). */
  peekPostings(term: string, dayFrom: number, dayTo: number): number[][] {
    const byDay = this.postings.get(term);
    const out: number[][] = [];
    for (let day = dayFrom; byDay && day <= dayTo; day++) {
      const seqs = byDay.get(day);
      if (seqs && seqs.length) out.push(seqs);
    }
    return out;
  }
  async appendPosting(term: string, day: number, seq: number): Promise<void> {
    await this.getPostings(term, day, day);
    const byDay = this.postings.get(term) as Map<number, number[]>;
    const key = postingKey(term, day);
    // Copy on first write: loaded lists may be shared with the backend's own state.
    const list = this.dirtyPostings.has(key) ? (byDay.get(day) ?? []) : [...(byDay.get(day) ?? [])];
    list.push(seq);
    byDay.set(day, list);
    this.dirtyPostings.add(key);
  }
  async removePosting(term: string, day: number, seq: number): Promise<void> {
    await this.getPostings(term, day, day);
    const byDay = this.postings.get(term) as Map<number, number[]>;
    const list = byDay.get(day);
    if (!list) return;
    byDay.set(day, list.filter((s) => s !== seq));
    this.dirtyPostings.add(postingKey(term, day));
  }

  putPending(batch: PendingBatch): void {
    this.pendingWrites.set(batch.seq, batch);
  }
  deletePending(seq: number): void {
    this.pendingWrites.set(seq, null);
  }

  async getDay(day: number): Promise<number[]> {
    if (!this.days.has(day)) {
      const seqs = await this.share(`y${day}`, () => this.tx.getDay(day));
      if (!this.days.has(day)) this.days.set(day, seqs ?? null);
    }
    return this.days.get(day) ?? [];
  }
  async appendDay(day: number, seq: number): Promise<void> {
    const loaded = await this.getDay(day);
    const list = this.dirtyDays.has(day) ? loaded : [...loaded];
    list.push(seq);
    this.days.set(day, list);
    this.dirtyDays.add(day);
  }
  async removeFromDay(day: number, seq: number): Promise<void> {
    this.days.set(day, (await this.getDay(day)).filter((s) => s !== seq));
    this.dirtyDays.add(day);
  }

  /**
   * Sends the article changes made so far to the transaction now instead of at `flush` (which still waits
   * for them): IndexedDB stores them while the caller computes the next articles' features.
   */
  writeArticlesNow(): void {
    for (const id of this.dirtyArticles) {
      const a = this.articles.get(id);
      const op = a ? this.tx.putArticle(a) : this.tx.deleteArticle(id);
      // Awaited (and its error thrown) by flush; until then the transaction's abort is the signal.
      op.catch(() => undefined);
      this.earlyWrites.push(op);
    }
    this.dirtyArticles.clear();
  }

  /** Writes every change of this session to the transaction. */
  async flush(): Promise<void> {
    const tx = this.tx;
    const ops: Array<Promise<void>> = this.earlyWrites.splice(0);
    if (this.metaDirty && this.meta) ops.push(tx.putMeta(this.meta));
    for (const id of this.dirtyArticles) {
      const a = this.articles.get(id);
      ops.push(a ? tx.putArticle(a) : tx.deleteArticle(id));
    }
    for (const seq of this.dirtyFeatures) {
      const f = this.features.get(seq);
      ops.push(f ? tx.putFeatures(f) : tx.deleteFeatures(seq));
    }
    for (const id of this.dirtyStories) {
      const s = this.stories.get(id);
      ops.push(s ? tx.putStory(s) : tx.deleteStory(id));
    }
    for (const term of this.dirtyDf) ops.push(tx.putDf(term, this.df.get(term) ?? 0));
    for (const key of this.dirtyPostings) {
      const sep = key.indexOf('\u0001');
      const term = key.slice(sep + 1);
      const day = Number(key.slice(0, sep));
      ops.push(tx.putPostings(term, day, this.postings.get(term)?.get(day) ?? []));
    }
    for (const day of this.dirtyDays) ops.push(tx.putDay(day, this.days.get(day) ?? []));
    for (const [seq, p] of this.pendingWrites) ops.push(p ? tx.putPending(p) : tx.deletePending(seq));
    await Promise.all(ops);
    this.pendingWrites.clear();
    this.dirtyArticles.clear();
    this.dirtyFeatures.clear();
    this.dirtyStories.clear();
    this.dirtyDf.clear();
    this.dirtyPostings.clear();
    this.dirtyDays.clear();
    this.metaDirty = false;
  }
}
