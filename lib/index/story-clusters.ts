// Incremental story clustering and coverage lookup on top of an IndexSession: each new article joins the
// best-matching story or starts one, stories merge when an article bridges them. Runs in the worker and
// the CLI; no I/O of its own (the session does it), no clock (callers pass `now`).

import { computeArticleFeatures, type ArticleFeatures } from './article-features';
import { canonicalizeUrl } from './canonical-url';
import { signDisplayText, type ArticleDisplay, type IndexSession, type PendingArticle, type StoredFeatures, type StoredStory } from './index-records';
import {
  buildTermVector,
  computeIdf,
  computePairTimeFactor,
  computeTimeFactor,
  decodeWeights,
  encodeWeights,
  hoursBetween,
  scoreJoinedTerms,
  scoreStoredHashed,
  toHashedTerms,
  type HashedTerms,
  toWeightMap,
  type TermVector,
} from './term-vector';
import {
  CENTROID_TERMS,
  DIRECT_MATCH_THRESHOLD,
  ENTITY_CONFLICT_FACTOR,
  ENTITY_CONFLICT_MAJORITY,
  JOIN_THRESHOLD,
  KEY_ENTITY_MIN_SHARE,
  LINK_SHARE,
  MATCH_WINDOW_HOURS,
  MAX_CANDIDATES,
  MAX_POSTED_TERMS,
  MAX_POSTINGS_SCANNED,
  MAX_QUERY_TERMS,
  MAX_STORED_TERMS,
  MERGE_THRESHOLD,
  NEIGHBOUR_DENSITY_K,
  NEIGHBOUR_DENSITY_MAX_OWN,
  NEIGHBOURS_KEPT,
  POSTING_BUCKET_HOURS,
  REASSIGN_CANDIDATES,
  DIRECT_OWN_STORY_RATIO,
  STORED_SUMMARY_CHARS,
  UNDATED_CENTROID_TERMS,
  UNDATED_COHESION_EXPONENT,
  UNDATED_DIRECT_OWN_STORY_RATIO,
  UNDATED_IDF_EXPONENT,
  UNDATED_MAX_STORED_TERMS,
  UNDATED_TIME_FACTOR,
} from './tuning';
import type { ArticleInput } from './types';

const MS_PER_HOUR = 3_600_000;

/** A scored candidate article for a query vector. */
export interface ScoredCandidate {
  features: StoredFeatures;
  score: number;
  cosine: number;
}

/** An article's nearest articles: their cosines (highest first) and seqs. */
export interface Neighbours {
  nn?: number[];
  nnSeq?: number[];
}

/** The neighbours with article `seq` at `cosine` taken in when it is among the NEIGHBOURS_KEPT highest; null
 *  when it is not (the record need not be written again). */
export function insertNeighbour(n: Neighbours, seq: number, cosine: number): Required<Neighbours> | null {
  const c = Math.round(cosine * 1000) / 1000;
  const nn = n.nn ?? [];
  const nnSeq = n.nnSeq ?? [];
  if (c <= 0 || (nn.length >= NEIGHBOURS_KEPT && c <= nn[nn.length - 1]!)) return null;
  let i = nn.length;
  while (i > 0 && nn[i - 1]! < c) i--;
  const outNn = [...nn.slice(0, i), c, ...nn.slice(i)].slice(0, NEIGHBOURS_KEPT);
  const outSeq = [...nnSeq.slice(0, i), seq, ...nnSeq.slice(i)].slice(0, NEIGHBOURS_KEPT);
  return { nn: outNn, nnSeq: outSeq };
}

/** An article's nearest articles among its scored candidates. */
export function listNeighbours(candidates: readonly ScoredCandidate[]): Required<Neighbours> {
  let n: Required<Neighbours> = { nn: [], nnSeq: [] };
  for (const c of candidates) n = insertNeighbour(n, c.features.seq, c.cosine) ?? n;
  return n;
}

/** An article's neighbourhood density: the mean of its NEIGHBOUR_DENSITY_K highest cosines to other articles, at
 *  most NEIGHBOUR_DENSITY_MAX_OWN of them members of `own` (the story shown: closeness to one's own story is no
 *  hubness, or every report of a story told by many outlets would count as a hub). Missing ones count 0, as do
 *  records stored before densities were kept. */
export function computeNeighbourDensity(n: Neighbours, own?: ReadonlySet<number>): number {
  const nn = n.nn ?? [];
  let sum = 0;
  let used = 0;
  let owned = 0;
  for (let i = 0; i < nn.length && used < NEIGHBOUR_DENSITY_K; i++) {
    const seq = n.nnSeq?.[i];
    if (own && seq !== undefined && own.has(seq) && ++owned > NEIGHBOUR_DENSITY_MAX_OWN) continue;
    sum += nn[i]!;
    used++;
  }
  return sum / NEIGHBOUR_DENSITY_K;
}

/** The posting-list bucket (day) of a time. */
export function toDayBucket(t: number): number {
  return Math.floor(t / (POSTING_BUCKET_HOURS * MS_PER_HOUR));
}

/** Hostname without www., used as the outlet of articles whose outlet is unknown. */
export function toDomain(canonicalUrl: string): string {
  try {
    return new URL(canonicalUrl).hostname.replace(/^www\d?\./, '');
  } catch {
    return '';
  }
}

/** The key under which an article's outlet is compared ("an outlet never covers itself"). */
export function toOutletKey(outletId: string | null, domain: string): string {
  return outletId ? `o:${outletId}` : `d:${domain}`;
}

/** The outlet id an outlet key was made of (null for a key of a domain of an unknown outlet). */
export function toOutletId(outletKey: string): string | null {
  return outletKey.startsWith('o:') ? outletKey.slice(2) : null;
}

/** The stored vector of an article. */
export function toStoredVector(f: StoredFeatures): TermVector {
  return { terms: f.terms ? f.terms.split(' ') : [], weights: decodeWeights(f.w) };
}

/** Builds the article's tf-idf vector with the index's current document frequencies (IDF to the power
 *  UNDATED_IDF_EXPONENT and UNDATED_MAX_STORED_TERMS terms when the article has no publication time). */
export async function vectorizeFeatures(session: IndexSession, features: ArticleFeatures, dated = true): Promise<TermVector> {
  const meta = await session.getMeta();
  const terms = [...features.weights.keys()];
  // Parallel reads: IndexedDB pipelines requests issued together within one transaction.
  const dfs = await Promise.all(terms.map((term) => session.getDf(term)));
  const idf = new Map<string, number>();
  terms.forEach((term, i) => {
    const full = computeIdf(dfs[i] ?? 0, meta.articles);
    idf.set(term, dated ? full : full ** UNDATED_IDF_EXPONENT);
  });
  return buildTermVector(features, (t) => idf.get(t) ?? 0, dated ? MAX_STORED_TERMS : UNDATED_MAX_STORED_TERMS);
}

/** The `k` heaviest entries (ties: lower seq first), heaviest first, without sorting them all: the
 *  pre-ranking sees up to MAX_POSTINGS_SCANNED entries per ingest and keeps a few dozen. */
export function selectTopCandidates(pre: ReadonlyMap<number, number>, k: number): Array<[number, number]> {
  const top: Array<[number, number]> = [];
  if (k <= 0) return top;
  const isBefore = (a: [number, number], b: [number, number]) => a[1] > b[1] || (a[1] === b[1] && a[0] < b[0]);
  for (const entry of pre) {
    if (top.length === k && !isBefore(entry, top[k - 1]!)) continue;
    let i = top.length < k ? top.length : k - 1;
    while (i > 0 && isBefore(entry, top[i - 1]!)) {
      if (i < k) top[i] = top[i - 1]!;
      i--;
    }
    top[i] = entry;
  }
  return top;
}

/**
 * Articles near `t` sharing the vector's heaviest terms, pre-ranked by the weight of the terms they share,
 * then scored exactly (cosine times time factor). Reads only posting lists and candidates' records.
 * Pre-ranked candidates in `skip` (a set the caller may still be reading) are dropped unread: a caller
 * that discards them anyway saves their reads.
 */
export async function findCandidates(
  session: IndexSession,
  vector: TermVector,
  t: number,
  dated: boolean,
  excludeSeq: number | null,
  skip?: Promise<ReadonlySet<number>>,
): Promise<ScoredCandidate[]> {
  const windowDays = Math.ceil(MATCH_WINDOW_HOURS / POSTING_BUCKET_HOURS);
  const day = toDayBucket(t);
  const pre = new Map<number, number>();
  const queryTerms = vector.terms.slice(0, MAX_QUERY_TERMS);
  const lists = await Promise.all(
    queryTerms.map((term) => session.getPostings(term, day - windowDays, day + windowDays)),
  );
  // Heaviest (rarest) terms first; very common terms stop being read once enough postings were seen.
  let scanned = 0;
  for (let i = 0; i < lists.length && scanned <= MAX_POSTINGS_SCANNED; i++) {
    const w = vector.weights[i] ?? 0;
    for (const seqs of lists[i] ?? []) {
      scanned += seqs.length;
      for (const seq of seqs) if (seq !== excludeSeq) pre.set(seq, (pre.get(seq) ?? 0) + w);
    }
  }
  const ranked = selectTopCandidates(pre, MAX_CANDIDATES);
  const hashed = toHashedTerms(vector);
  const out: ScoredCandidate[] = [];
  const skipped = skip ? await skip : undefined;
  const records = await Promise.all(ranked.map(([seq]) => (skipped?.has(seq) ? undefined : session.getFeatures(seq))));
  for (const f of records) {
    if (!f) continue;
    const timeFactor = computePairTimeFactor(t, dated, f.t, !f.undated);
    if (timeFactor === 0) continue;
    const cosine = scoreStoredHashed(hashed, f.terms, f.w);
    out.push({ features: f, score: cosine * timeFactor, cosine });
  }
  out.sort((a, b) => b.score - a.score || a.features.seq - b.features.seq);
  return out;
}

/** The centroid of a story as a map (not normalised). */
function toCentroidMap(story: StoredStory): Map<string, number> {
  const map = new Map<string, number>();
  const terms = story.centroidTerms ? story.centroidTerms.split(' ') : [];
  terms.forEach((t, i) => map.set(t, story.centroidWeights[i] ?? 0));
  return map;
}

/** Cosine of a unit vector (hashed) with a story's centroid. */
function scoreCentroid(hashed: HashedTerms, story: StoredStory): number {
  let norm = 0;
  for (const w of story.centroidWeights) norm += w * w;
  return norm > 0 ? scoreJoinedTerms(hashed, story.centroidTerms, story.centroidWeights, 1) / Math.sqrt(norm) : 0;
}

/** Adds a unit vector to a story's centroid, keeping its CENTROID_TERMS heaviest terms (UNDATED_CENTROID_TERMS
 *  while the story has no dated member). */
export function addToCentroid(story: StoredStory, terms: readonly string[], weights: readonly number[]): void {
  const map = toCentroidMap(story);
  terms.forEach((t, i) => map.set(t, (map.get(t) ?? 0) + (weights[i] ?? 0)));
  const kept = [...map.entries()]
    .sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))
    .slice(0, story.undated ? UNDATED_CENTROID_TERMS : CENTROID_TERMS);
  story.centroidTerms = kept.map(([t]) => t).join(' ');
  story.centroidWeights = kept.map(([, w]) => Math.round(w * 1000) / 1000);
}

/** Takes a member's unit vector out of a story's centroid (terms that fall to about 0 are dropped). */
function removeFromCentroid(story: StoredStory, terms: readonly string[], weights: readonly number[]): void {
  const map = toCentroidMap(story);
  terms.forEach((t, i) => {
    const w = map.get(t);
    if (w === undefined) return;
    const left = w - (weights[i] ?? 0);
    if (left > 0.001) map.set(t, left);
    else map.delete(t);
  });
  const kept = [...map.entries()].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1));
  story.centroidTerms = kept.map(([t]) => t).join(' ');
  story.centroidWeights = kept.map(([, w]) => Math.round(w * 1000) / 1000);
}

/** Centroid score of a stored vector against a story, with the story's time factor. Without a time on either
 *  side, also times the story's cohesion (UNDATED_COHESION_EXPONENT): no window separates the events of one
 *  topic, so a story that chained several of them must not outscore one that tells a single event. */
function scoreAgainstStory(hashed: HashedTerms, story: StoredStory, t: number, dated: boolean): number {
  const undated = !dated || story.undated === true;
  const timeFactor = computeTimeFactor(hoursToStory(story, t)) * (undated ? UNDATED_TIME_FACTOR : 1);
  if (timeFactor <= 0) return 0;
  const score = scoreCentroid(hashed, story) * timeFactor;
  return undated ? score * computeCohesion(story) ** UNDATED_COHESION_EXPONENT : score;
}

/** Mean resultant length of a story's members: |sum of unit vectors| / members, 1 when they are alike. */
function computeCohesion(story: StoredStory): number {
  const n = story.members.length;
  if (n <= 1) return 1;
  let norm = 0;
  for (const w of story.centroidWeights) norm += w * w;
  return Math.min(1, Math.sqrt(norm) / n);
}

/**
 * Order robustness: an article read before the rest of its story arrived started a story of its own. When
 * a new article's story (the new article included) matches one of the new article's closest neighbours
 * that still stands alone at least JOIN_THRESHOLD, the neighbour moves over, as it would have joined had
 * it come later. Neighbours naming a key actor or place the new article never mentions stay apart.
 */
async function reassignNeighbours(
  session: IndexSession,
  story: StoredStory,
  candidates: readonly ScoredCandidate[],
  vector: TermVector,
  entities: ReadonlySet<string>,
): Promise<void> {
  let keyEntities: string[] | null = null;
  let terms: Set<string> | null = null;
  for (const c of candidates.slice(0, REASSIGN_CANDIDATES)) {
    if (c.score < JOIN_THRESHOLD) break;
    // Cheapest tests first: this runs on every ingest, and most neighbours belong to a story already.
    const f = await session.getFeatures(c.features.seq);
    if (!f || f.storyId === story.id) continue;
    const alone = await session.getStory(f.storyId);
    if (!alone || alone.members.length !== 1) continue;
    keyEntities ??= listKeyEntities(vector, (t) => entities.has(t));
    terms ??= new Set(vector.terms);
    if (hasEntityConflict(keyEntities, terms, f)) continue;
    const stored = toStoredVector(f);
    if (scoreAgainstStory(toHashedTerms(stored), story, f.t, !f.undated) < JOIN_THRESHOLD) continue;
    if (await hasBanBetween(session, story, alone)) continue;
    session.deleteStory(alone.id);
    const meta = await session.getMeta();
    meta.stories--;
    session.markMetaDirty();
    session.putFeatures({ ...f, storyId: story.id });
    story.members.push(f.seq);
    addToCentroid(story, stored.terms, stored.weights);
    story.first = Math.min(story.first, f.t);
    story.last = Math.max(story.last, f.t);
    if (!f.undated) delete story.undated;
  }
}

/**
 * The candidates outside the page's story that are shown as its coverage anyway: those matching the page
 * at least DIRECT_MATCH_THRESHOLD whose own story (without them) is no better a home for them than the
 * page's story. An article read before its story formed sits alone or in a poor fit and is shown; a member
 * of a neighbouring event with the same actors (a Xi–Trump call beside a Xi–Putin call) fits its own
 * story better and is not.
 */
export async function selectDirectMatches(
  session: IndexSession,
  pageStory: StoredStory,
  candidates: readonly ScoredCandidate[],
): Promise<StoredFeatures[]> {
  const strong = candidates.filter((c) => c.score >= DIRECT_MATCH_THRESHOLD);
  // Their own stories are read together (one round trip over IndexedDB, not one per candidate).
  const ownStories = await Promise.all(strong.map((c) => session.getStory(c.features.storyId)));
  const out: StoredFeatures[] = [];
  strong.forEach((c, i) => {
    const f = c.features;
    const own = ownStories[i];
    if (own && own.members.length > 1) {
      const vector = toStoredVector(f);
      const hashed = toHashedTerms(vector);
      const rest: StoredStory = { ...own, members: own.members.filter((m) => m !== f.seq) };
      removeFromCentroid(rest, vector.terms, vector.weights);
      const dated = !f.undated;
      const ratio = dated && !pageStory.undated ? DIRECT_OWN_STORY_RATIO : UNDATED_DIRECT_OWN_STORY_RATIO;
      if (scoreAgainstStory(hashed, rest, f.t, dated) > ratio * scoreAgainstStory(hashed, pageStory, f.t, dated)) return;
    }
    out.push(f);
  });
  return out;
}

/** Hours from `t` to the story's time span (0 inside it). */
function hoursToStory(story: StoredStory, t: number): number {
  if (t < story.first) return hoursBetween(t, story.first);
  if (t > story.last) return hoursBetween(t, story.last);
  return 0;
}

/** An article's key entities: named entities (not numbers) weighing at least KEY_ENTITY_MIN_SHARE of its
 *  heaviest term (vectors are sorted heaviest first). */
export function listKeyEntities(vector: TermVector, isEntity: (term: string) => boolean): string[] {
  const out: string[] = [];
  const min = (vector.weights[0] ?? 0) * KEY_ENTITY_MIN_SHARE;
  vector.terms.forEach((t, i) => {
    if ((vector.weights[i] ?? 0) >= min && !t.startsWith('#') && isEntity(t)) out.push(t);
  });
  return out;
}

/** Position of `term` among space-joined `terms`, or -1 (no allocation: runs per candidate per ingest). */
function findTermPosition(terms: string, term: string): number {
  for (let from = 0; ; ) {
    const at = terms.indexOf(term, from);
    if (at < 0) return -1;
    const end = at + term.length;
    if ((at === 0 || terms.charCodeAt(at - 1) === 32) && (end === terms.length || terms.charCodeAt(end) === 32)) {
      let position = 0;
      for (let i = 0; i < at; i++) if (terms.charCodeAt(i) === 32) position++;
      return position;
    }
    from = at + 1;
  }
}

/**
 * True when an article and a stored one each name a key entity the other never mentions: two events
 * with different key people or places (a call with Trump vs a call with Putin), however alike the rest.
 */
export function hasEntityConflict(keyEntities: readonly string[], terms: ReadonlySet<string>, other: StoredFeatures): boolean {
  if (!keyEntities.length || !other.ents) return false;
  if (keyEntities.every((e) => findTermPosition(other.terms, e) >= 0)) return false;
  const min = (other.w[0] ?? 0) * KEY_ENTITY_MIN_SHARE;
  for (const e of other.ents.split(' ')) {
    if (e.startsWith('#') || terms.has(e)) continue;
    const position = findTermPosition(other.terms, e);
    if (position >= 0 && (other.w[position] ?? 0) >= min) return true;
  }
  return false;
}

/**
 * Score of each candidate story for an article: a blend of its best single link (one member says the
 * same thing) and its centroid similarity (the story as a whole says it), best story first. With the
 * article's entity terms, a story whose matched members all disagree with it on key entities is damped.
 */
export async function rankStories(
  session: IndexSession,
  vector: TermVector,
  t: number,
  dated: boolean,
  candidates: readonly ScoredCandidate[],
  entities?: ReadonlySet<string>,
): Promise<Array<{ storyId: string; score: number }>> {
  const best = new Map<string, number>();
  for (const c of candidates) {
    const prev = best.get(c.features.storyId) ?? 0;
    if (c.score > prev || !best.has(c.features.storyId)) best.set(c.features.storyId, Math.max(prev, c.score));
  }
  const hashed = toHashedTerms(vector);
  const out: Array<{ storyId: string; score: number }> = [];
  const ids = [...best.keys()];
  const stories = await Promise.all(ids.map((id) => session.getStory(id)));
  for (const story of stories) {
    if (!story) continue;
    const link = best.get(story.id) ?? 0;
    const centroidScore = scoreAgainstStory(hashed, story, t, dated);
    out.push({ storyId: story.id, score: LINK_SHARE * link + (1 - LINK_SHARE) * centroidScore });
  }
  if (entities && entities.size) dampEntityConflicts(out, vector, entities, candidates);
  return out.sort((a, b) => b.score - a.score || (a.storyId < b.storyId ? -1 : 1));
}

/** Multiplies by ENTITY_CONFLICT_FACTOR the score of each joinable story whose matched members disagree with
 *  the article on key entities, more than ENTITY_CONFLICT_MAJORITY to one (only stories that could be joined
 *  are checked: speed). One agreeing member no longer vouches for a story the others contradict: its names may
 *  just weigh little (a Title Case headline, or names every member repeats and so of low IDF). */
function dampEntityConflicts(
  scored: Array<{ storyId: string; score: number }>,
  vector: TermVector,
  entities: ReadonlySet<string>,
  candidates: readonly ScoredCandidate[],
): void {
  const keyEntities = listKeyEntities(vector, (t) => entities.has(t));
  if (!keyEntities.length) return;
  const terms = new Set(vector.terms);
  for (const s of scored) {
    if (s.score < JOIN_THRESHOLD) continue;
    // A member that names nobody (no entities, e.g. its only name opened the headline) is no evidence
    // either way: it must not vouch for the story against the members that do disagree.
    let left = 0;
    for (const c of candidates) if (c.features.storyId === s.storyId && c.features.ents) left++;
    let conflicts = 0;
    let agrees = 0;
    for (const c of candidates) {
      if (c.features.storyId !== s.storyId || !c.features.ents) continue;
      if (!hasEntityConflict(keyEntities, terms, c.features)) agrees++;
      else conflicts++;
      left--;
      // Stop once the members still unread cannot change the outcome (this runs on every ingest).
      if (conflicts + left <= ENTITY_CONFLICT_MAJORITY * agrees || conflicts > ENTITY_CONFLICT_MAJORITY * (agrees + left)) break;
    }
    if (conflicts > ENTITY_CONFLICT_MAJORITY * agrees) s.score *= ENTITY_CONFLICT_FACTOR;
  }
}

/** The story a page or new article belongs to by content, or null when none is close enough. */
export async function chooseStory(
  session: IndexSession,
  vector: TermVector,
  t: number,
  dated: boolean,
  candidates: readonly ScoredCandidate[],
  entities?: ReadonlySet<string>,
): Promise<string | null> {
  const top = (await rankStories(session, vector, t, dated, candidates, entities))[0];
  return top && top.score >= JOIN_THRESHOLD ? top.storyId : null;
}

async function hasBanBetween(session: IndexSession, a: StoredStory, b: StoredStory): Promise<boolean> {
  const bMembers = new Set(b.members);
  const aMembers = new Set(a.members);
  for (const seq of a.members) {
    const f = await session.getFeatures(seq);
    if (f?.ban?.some((s) => bMembers.has(s))) return true;
  }
  for (const seq of b.members) {
    const f = await session.getFeatures(seq);
    if (f?.ban?.some((s) => aMembers.has(s))) return true;
  }
  return false;
}

/** Moves every member of `from` into `into` (the larger story keeps its id). */
async function mergeStories(session: IndexSession, into: StoredStory, from: StoredStory): Promise<void> {
  for (const seq of from.members) {
    const f = await session.getFeatures(seq);
    if (f) session.putFeatures({ ...f, storyId: into.id });
  }
  for (const seq of from.members) into.members.push(seq);
  const fromTerms = from.centroidTerms ? from.centroidTerms.split(' ') : [];
  addToCentroid(into, fromTerms, from.centroidWeights);
  into.first = Math.min(into.first, from.first);
  into.last = Math.max(into.last, from.last);
  session.putStory(into);
  session.deleteStory(from.id);
  const meta = await session.getMeta();
  meta.stories--;
  session.markMetaDirty();
}

export interface IngestCounts {
  added: number;
  updated: number;
}

/** A new article, deduplicated and given its seq and features, ready to be clustered or kept pending. */
interface NewArticle {
  seq: number;
  id: string;
  outlet: string;
  published: number;
  dated: boolean;
  features: ArticleFeatures;
  display: ArticleDisplay;
  meta: Awaited<ReturnType<IndexSession['getMeta']>>;
}

/** An item's summary as stored (cut to STORED_SUMMARY_CHARS), null when it has none. */
function toStoredSummary(item: ArticleInput): string | null {
  return item.summary ? item.summary.slice(0, STORED_SUMMARY_CHARS) : null;
}

/** The signature an item's text is stored with: an article whose stored signature differs has new text. */
export function signItemText(item: ArticleInput): number {
  return signDisplayText(item.title, toStoredSummary(item));
}

/**
 * What both ingest paths do first: deduplicate by canonical URL (a known article only gets its display
 * text refreshed), else compute the features, take the next seq and store the article's entry.
 * A known article whose text changed while it still waits to be clustered keeps its first text until a
 * later refresh (its signature is left as it was, so that refresh sees the change again).
 */
async function admitArticle(
  session: IndexSession,
  item: ArticleInput,
  feedUrl: string | null,
  now: number,
): Promise<'updated' | 'unchanged' | 'skipped' | NewArticle> {
  const id = canonicalizeUrl(item.url);
  if (!id || !item.title?.trim()) return 'skipped';
  const summary = toStoredSummary(item);
  const sig = signItemText(item);
  const existing = await session.getArticle(id);
  if (existing) {
    // Same article again (another feed, a URL variant, a refresh): keep its story, refresh display text.
    if (existing.sig === sig) return 'unchanged';
    const f = await session.getFeatures(existing.seq);
    if (!f) return 'unchanged';
    const updated: StoredFeatures = { ...f, title: item.title };
    if (summary) updated.summary = summary;
    else delete updated.summary;
    session.putFeatures(updated);
    session.putArticle({ ...existing, sig });
    return 'updated';
  }
  const published = Math.min(item.published ?? now, now);
  const features = computeArticleFeatures(item);
  const meta = await session.getMeta();
  const dated = item.published !== null && item.published !== undefined;
  const domain = toDomain(id);
  const seq = meta.nextSeq++;
  session.markMetaDirty();
  session.putArticle({ id, seq, sig });
  const display: ArticleDisplay = { title: item.title, firstSeen: now };
  if (summary) display.summary = summary;
  if (item.url !== id) display.url = item.url;
  if (feedUrl) display.feedUrl = feedUrl;
  return { seq, id, outlet: toOutletKey(item.outletId, domain), published, dated, features, display, meta };
}

/** Adds or updates one article in the session, clustering it at once; returns what happened. */
export async function ingestArticle(
  session: IndexSession,
  item: ArticleInput,
  feedUrl: string | null,
  now: number,
): Promise<'added' | 'updated' | 'unchanged' | 'skipped'> {
  const a = await admitArticle(session, item, feedUrl, now);
  if (typeof a === 'string') return a;
  await clusterFeatures(session, {
    seq: a.seq,
    id: a.id,
    display: a.display,
    outlet: a.outlet,
    t: a.published,
    dated: a.dated,
    features: a.features,
  });
  return 'added';
}

/**
 * First step of a two-step ingest: stores the article (deduplicated by canonical URL) and its features
 * for a pending record (`pendingOut`, written once per batch by the caller), without touching the shared clustering records (df, postings, stories), so a batch
 * costs a few requests per article. `clusterPendingArticle` assigns its story later, in seq order, exactly
 * as `ingestArticle` would have.
 */
export async function storeArticle(
  session: IndexSession,
  item: ArticleInput,
  feedUrl: string | null,
  now: number,
  pendingOut: PendingArticle[],
): Promise<'added' | 'updated' | 'unchanged' | 'skipped'> {
  const a = await admitArticle(session, item, feedUrl, now);
  if (typeof a === 'string') return a;
  a.meta.pending = (a.meta.pending ?? 0) + 1;
  pendingOut.push({
    ...a.display,
    seq: a.seq,
    id: a.id,
    outlet: a.outlet,
    t: a.published,
    ...(a.dated ? {} : { undated: true as const }),
    lang: a.features.lang,
    terms: [...a.features.weights.keys()].join(' '),
    tf: Float64Array.from(a.features.weights.values()),
    ents: [...a.features.entities].join(' '),
    nums: [...a.features.numbers].join(' '),
  });
  return 'added';
}

/** The features a pending record keeps, as computeArticleFeatures returned them. */
export function toPendingFeatures(p: PendingArticle): ArticleFeatures {
  const terms = p.terms ? p.terms.split(' ') : [];
  return {
    lang: p.lang,
    weights: new Map(terms.map((t, i) => [t, p.tf[i] ?? 0])),
    entities: new Set(p.ents ? p.ents.split(' ') : []),
    numbers: new Set(p.nums ? p.nums.split(' ') : []),
  };
}

/** Second step: assigns a stored, pending article its story (and writes its features, df, postings); the
 *  caller deletes its pending batch. */
export async function clusterPendingArticle(session: IndexSession, p: PendingArticle): Promise<void> {
  const meta = await session.getMeta();
  meta.pending = Math.max(0, (meta.pending ?? 0) - 1);
  session.markMetaDirty();
  await clusterFeatures(session, {
    seq: p.seq,
    id: p.id,
    display: toDisplay(p),
    outlet: p.outlet,
    t: p.t,
    dated: !p.undated,
    features: toPendingFeatures(p),
  });
}

/** The display fields of a record that has them (a pending or features record). */
export function toDisplay(r: ArticleDisplay): ArticleDisplay {
  const d: ArticleDisplay = { title: r.title, firstSeen: r.firstSeen };
  if (r.summary !== undefined) d.summary = r.summary;
  if (r.url !== undefined) d.url = r.url;
  if (r.feedUrl !== undefined) d.feedUrl = r.feedUrl;
  return d;
}

interface ClusterInput {
  seq: number;
  id: string;
  display: ArticleDisplay;
  outlet: string;
  t: number;
  dated: boolean;
  features: ArticleFeatures;
}

/** Joins (or starts) the article's story and writes its features, document frequencies and postings. */
async function clusterFeatures(session: IndexSession, a: ClusterInput): Promise<void> {
  const { seq, features, dated } = a;
  const published = a.t;
  const meta = await session.getMeta();
  const vector = await vectorizeFeatures(session, features, dated);
  const candidates = await findCandidates(session, vector, published, dated, null);
  const ranked = await rankStories(session, vector, published, dated, candidates, features.entities);
  meta.articles++;
  session.markMetaDirty();

  const top = ranked[0];
  const joined = top && top.score >= JOIN_THRESHOLD ? await session.getStoryForUpdate(top.storyId) : undefined;
  let story: StoredStory;
  if (!joined) {
    story = {
      id: `s${meta.nextStory++}`,
      members: [],
      title: a.display.title,
      first: published,
      last: published,
      centroidTerms: '',
      centroidWeights: [],
      undated: true,
    };
    meta.stories++;
  } else {
    story = joined;
    // The new article bridges other stories it matches strongly: they are one event.
    for (const other of ranked.slice(1)) {
      if (other.score < MERGE_THRESHOLD) break;
      const o = await session.getStoryForUpdate(other.storyId);
      if (!o || o.id === story.id || (await hasBanBetween(session, story, o))) continue;
      const big: StoredStory = o.members.length > story.members.length ? o : story;
      const small: StoredStory = big === o ? story : o;
      await mergeStories(session, big, small);
      story = big;
    }
  }
  story.members.push(seq);
  if (dated) delete story.undated;
  addToCentroid(story, vector.terms, vector.weights);
  story.first = Math.min(story.first, published);
  story.last = Math.max(story.last, published);
  await reassignNeighbours(session, story, candidates, vector, features.entities);
  session.putStory(story);
  // Neighbourhood densities (hubness correction), kept for undated articles only (their pairs are the ones it
  // corrects; dated feeds, the common case, pay nothing): the candidates' cosines are this article's nearest,
  // and this article may be among the nearest of each undated candidate.
  for (const c of candidates) {
    if (!c.features.undated) continue;
    const f = await session.getFeatures(c.features.seq);
    const updated = f && insertNeighbour(f, seq, c.cosine);
    if (f && updated) session.putFeatures({ ...f, ...updated });
  }

  const ents = vector.terms.filter((t) => features.entities.has(t) || features.numbers.has(t));
  session.putFeatures({
    ...a.display,
    seq,
    id: a.id,
    storyId: story.id,
    outlet: a.outlet,
    t: published,
    ...(dated ? {} : { undated: true as const }),
    lang: features.lang,
    terms: vector.terms.join(' '),
    w: encodeWeights(vector.weights),
    ents: ents.join(' '),
    ...(dated ? {} : listNeighbours(candidates)),
  });
  for (const term of vector.terms) await session.addDf(term, 1);
  const day = toDayBucket(published);
  for (const term of vector.terms.slice(0, MAX_POSTED_TERMS)) await session.appendPosting(term, day, seq);
  await session.appendDay(day, seq);
}

/** Removes one article (retention, quota) from its story, posting lists and statistics. */
export async function removeArticle(session: IndexSession, seq: number): Promise<boolean> {
  const f = await session.getFeatures(seq);
  if (!f) return false;
  const terms = f.terms ? f.terms.split(' ') : [];
  const day = toDayBucket(f.t);
  for (const term of terms) await session.addDf(term, -1);
  for (const term of terms.slice(0, MAX_POSTED_TERMS)) await session.removePosting(term, day, seq);
  await session.removeFromDay(day, seq);
  const meta = await session.getMeta();
  const story = await session.getStory(f.storyId);
  if (story) {
    const members = story.members.filter((s) => s !== seq);
    if (members.length) session.putStory({ ...story, members });
    else {
      session.deleteStory(story.id);
      meta.stories--;
    }
  }
  session.deleteFeatures(seq);
  session.deleteArticle(f.id);
  meta.articles--;
  session.markMetaDirty();
  return true;
}

/** Cutoff helper: the first day bucket that is kept. */
export function toRetentionCutoffDay(now: number, retentionDays: number): number {
  return toDayBucket(now - retentionDays * 24 * MS_PER_HOUR);
}
