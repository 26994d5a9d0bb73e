import { describe, expect, it } from 'vitest';
import { DEMO_ARTICLES } from '../../../lib/demo/demo-articles';
import { createMemoryIndex } from '../../../lib/index/article-index';
import {
  addToCentroid,
  computeNeighbourDensity,
  hasEntityConflict,
  insertNeighbour,
  listKeyEntities,
  rankStories,
  selectDirectMatches,
  selectTopCandidates,
  vectorizeFeatures,
  type ScoredCandidate,
} from '../../../lib/index/story-clusters';
import { computeIdf } from '../../../lib/index/term-vector';
import { createMemoryBackend } from '../../../lib/index/memory-backend';
import { createArticleIndex } from '../../../lib/index/article-index';
import { CENTROID_TERMS, MAX_STORED_TERMS, NEIGHBOUR_DENSITY_K, NEIGHBOUR_DENSITY_MAX_OWN, NEIGHBOURS_KEPT, UNDATED_CENTROID_TERMS, UNDATED_IDF_EXPONENT, UNDATED_MAX_STORED_TERMS } from '../../../lib/index/tuning';
import type { IndexSession, StoredFeatures, StoredStory } from '../../../lib/index/index-records';
import type { ArticleInput } from '../../../lib/index/types';

function stored(terms: string[], weights: number[], ents: string[]): StoredFeatures {
  return {
    seq: 1,
    id: 'https://example.org/a',
    title: 'A',
    firstSeen: 0,
    storyId: 's1',
    outlet: 'o:x',
    t: 0,
    lang: 'en',
    terms: terms.join(' '),
    w: Uint8Array.from(weights, (w) => Math.round(w * 255)),
    ents: ents.join(' '),
  };
}

describe('key entities', () => {
  it('keeps heavy named entities, not numbers or light mentions', () => {
    const v = { terms: ['putin', 'xi', '#2026', 'call', 'moscow'], weights: [0.6, 0.55, 0.5, 0.4, 0.1] };
    const ents = new Set(['putin', 'xi', '#2026', 'moscow']);
    expect(listKeyEntities(v, (t) => ents.has(t))).toEqual(['putin', 'xi']);
  });

  it('sees a conflict only when each side names a key entity the other never mentions', () => {
    const putinCall = stored(['putin', 'xi', 'call', 'energy'], [0.6, 0.6, 0.4, 0.3], ['putin', 'xi']);
    const trumpTerms = new Set(['trump', 'xi', 'call', 'taiwan']);
    expect(hasEntityConflict(['trump', 'xi'], trumpTerms, putinCall)).toBe(true);
    // The other article mentions Trump too: same actors, no conflict.
    const both = stored(['putin', 'xi', 'trump', 'call'], [0.6, 0.6, 0.3, 0.3], ['putin', 'xi', 'trump']);
    expect(hasEntityConflict(['trump', 'xi'], trumpTerms, both)).toBe(false);
    // A subset of the other's key entities is a shorter headline, not another event.
    expect(hasEntityConflict(['xi'], new Set(['xi', 'call']), putinCall)).toBe(false);
  });
});

describe('neighbourhood densities (hubness correction)', () => {
  it('keeps the NEIGHBOURS_KEPT highest cosines with their seqs, highest first, and says when nothing changed', () => {
    let n = {};
    const cosines = [0.2, 0.5, 0.1, 0.4, 0.3, 0.45, 0.6, 0.15, 0.35, 0.25, 0.55, 0.05];
    cosines.forEach((c, seq) => (n = insertNeighbour(n, seq, c) ?? n));
    const kept = [...cosines].sort((a, b) => b - a).slice(0, NEIGHBOURS_KEPT);
    expect(n).toEqual({ nn: kept, nnSeq: kept.map((c) => cosines.indexOf(c)) });
    expect(insertNeighbour(n, 99, 0.01)).toBeNull();
    expect(insertNeighbour({}, 1, 0)).toBeNull();
    expect(insertNeighbour({}, 1, 0.1234)).toEqual({ nn: [0.123], nnSeq: [1] });
  });

  it('is the mean over NEIGHBOUR_DENSITY_K neighbours, missing ones and old records counting 0', () => {
    expect(computeNeighbourDensity({ nn: [0.5], nnSeq: [1] })).toBeCloseTo(0.5 / NEIGHBOUR_DENSITY_K);
    expect(computeNeighbourDensity({})).toBe(0);
  });

  it('counts at most NEIGHBOUR_DENSITY_MAX_OWN neighbours of the story shown, then its next nearest outside it', () => {
    const own = Array.from({ length: NEIGHBOUR_DENSITY_K + 2 }, (_, i) => i + 1);
    const n = { nn: [...own.map(() => 0.8), 0.1, 0.1], nnSeq: [...own, 100, 101] };
    const expected = (NEIGHBOUR_DENSITY_MAX_OWN * 0.8 + (NEIGHBOUR_DENSITY_K - NEIGHBOUR_DENSITY_MAX_OWN) * 0.1) / NEIGHBOUR_DENSITY_K;
    expect(computeNeighbourDensity(n, new Set(own))).toBeCloseTo(expected);
    expect(computeNeighbourDensity(n)).toBeCloseTo(0.8);
  });

  it('is stored at clustering time and raised on an earlier undated article when a later one comes close to it', async () => {
    const backend = createMemoryBackend();
    const index = createArticleIndex(backend);
    const item = (id: string, title: string) => ({ url: `https://${id}.example/x`, title, summary: null, outletId: id, lang: 'en', published: null });
    await index.ingest([item('a', 'Senate confirms Barrett to the Supreme Court')], { feedUrl: null, now: 0 });
    await index.ingest([item('b', 'Barrett sworn in after Senate vote')], { feedUrl: null, now: 0 });
    // Seqs count from 1, in ingest order.
    const [a, b] = await backend.run('readonly', (tx) => Promise.all([tx.getFeatures(1), tx.getFeatures(2)]));
    expect(a?.id).toBe('https://a.example/x');
    expect(a?.nn?.length).toBe(1);
    expect(a?.nn).toEqual(b?.nn);
    expect([a?.nnSeq, b?.nnSeq]).toEqual([[2], [1]]);
    expect(a!.nn![0]).toBeGreaterThan(0.2);
    expect(a!.nn![0]).toBeLessThan(0.9);
    // A dated article keeps none (its pairs with dated pages are not corrected), but is an undated one's neighbour.
    await index.ingest([{ ...item('c', 'Barrett sworn in after Senate vote'), published: 0 }], { feedUrl: null, now: 0 });
    const [a2, c] = await backend.run('readonly', (tx) => Promise.all([tx.getFeatures(1), tx.getFeatures(3)]));
    expect(c?.nn).toBeUndefined();
    expect(a2?.nnSeq).toEqual([2, 3]);
  });
});

describe('vectorizeFeatures', () => {
  // A rare framing word of one outlet ("firmament", never seen) beside an ordinary word that states the
  // event ("vote", in a quarter of the index), each once in the lead.
  const features = {
    lang: 'en',
    weights: new Map([
      ['firmament', 1],
      ['vote', 1],
    ]),
    entities: new Set<string>(),
    numbers: new Set<string>(),
  };
  const df = new Map([['vote', 250]]);
  const session = {
    getMeta: async () => ({ articles: 1000 }),
    getDf: async (term: string) => df.get(term) ?? 0,
  } as unknown as IndexSession;
  const ratioOf = (v: { terms: string[]; weights: number[] }) =>
    (v.weights[v.terms.indexOf('vote')] ?? 0) / (v.weights[v.terms.indexOf('firmament')] ?? 1);

  it('weighs terms by IDF when the article is dated, by a flatter IDF when it is not', async () => {
    const idfRatio = computeIdf(250, 1000) / computeIdf(0, 1000);
    const dated = await vectorizeFeatures(session, features, true);
    const undated = await vectorizeFeatures(session, features, false);
    expect(ratioOf(dated)).toBeCloseTo(idfRatio, 2);
    expect(ratioOf(undated)).toBeCloseTo(idfRatio ** UNDATED_IDF_EXPONENT, 2);
    // Without a time the ordinary word keeps more of the rare word's weight.
    expect(ratioOf(undated)).toBeGreaterThan(ratioOf(dated) + 0.1);
    // Dated is the default (a search query, a caller that does not say).
    expect(await vectorizeFeatures(session, features)).toEqual(dated);
  });

  it('keeps more terms of an undated article (its flatter weights put more of its text beyond the cut)', async () => {
    const long = { ...features, weights: new Map(Array.from({ length: 100 }, (_, i) => [`w${i}`, 1 + i / 100] as const)) };
    expect(UNDATED_MAX_STORED_TERMS).toBeGreaterThan(MAX_STORED_TERMS);
    expect((await vectorizeFeatures(session, long, true)).terms).toHaveLength(MAX_STORED_TERMS);
    expect((await vectorizeFeatures(session, long, false)).terms).toHaveLength(UNDATED_MAX_STORED_TERMS);
  });
});

describe('addToCentroid', () => {
  it('keeps more terms while a story has no dated member (its flatter vectors spread an event over more words)', () => {
    const terms = Array.from({ length: 80 }, (_, i) => `w${i}`);
    const weights = terms.map((_, i) => 1 - i / 100);
    const centroidOf = (undated: boolean) => {
      const story: StoredStory = { id: 's', members: [1], title: 'A', first: 0, last: 0, centroidTerms: '', centroidWeights: [] };
      if (undated) story.undated = true;
      addToCentroid(story, terms, weights);
      return story.centroidTerms.split(' ');
    };
    expect(UNDATED_CENTROID_TERMS).toBeGreaterThan(CENTROID_TERMS);
    expect(centroidOf(false)).toEqual(terms.slice(0, CENTROID_TERMS));
    expect(centroidOf(true)).toEqual(terms.slice(0, UNDATED_CENTROID_TERMS));
  });
});

describe('selectTopCandidates', () => {
  it('equals a full sort (weight desc, seq asc) cut to k, whatever the insertion order', () => {
    const pre = new Map<number, number>();
    for (let i = 0; i < 500; i++) pre.set((i * 7919) % 1000, ((i * 31) % 17) / 4);
    const sorted = [...pre.entries()].sort((a, b) => b[1] - a[1] || a[0] - b[0]);
    for (const k of [1, 5, 40, 600]) expect(selectTopCandidates(pre, k)).toEqual(sorted.slice(0, k));
    expect(selectTopCandidates(pre, 0)).toEqual([]);
  });
});

describe('demo corpus clustering', () => {
  const now = Date.UTC(2026, 1, 4, 18);
  const toInput = (a: (typeof DEMO_ARTICLES)[number]): ArticleInput => ({
    url: a.url,
    title: a.headline,
    summary: a.lead,
    outletId: a.outlet,
    lang: 'en',
    published: now - a.minutesAgo * 60_000,
  });

  it('keeps same-day related events (Xi–Trump call, Xi–Putin call) in separate stories', async () => {
    const index = createMemoryIndex();
    // One feed per outlet, read one after the other, as the refresher does.
    const outlets = [...new Set(DEMO_ARTICLES.map((a) => a.outlet))];
    for (const outlet of outlets) {
      await index.ingest(DEMO_ARTICLES.filter((a) => a.outlet === outlet).map(toInput), { feedUrl: null, now });
    }
    const storyOf = async (story: string) =>
      new Set(
        await Promise.all(DEMO_ARTICLES.filter((a) => a.story === story).map(async (a) => (await index.getArticle(a.url))?.storyId)),
      );
    const putin = await storyOf('xi-putin-call');
    const trump = await storyOf('xi-trump-call');
    expect(putin.size).toBe(1);
    expect(trump.size).toBe(1);
    expect([...putin][0]).not.toBe([...trump][0]);
  });

  it('gives each demo event one story of its own when a refresh stores every feed, then clusters', async () => {
    const index = createMemoryIndex();
    const outlets = [...new Set(DEMO_ARTICLES.map((a) => a.outlet))].reverse();
    for (const outlet of outlets) {
      const items = DEMO_ARTICLES.filter((a) => a.outlet === outlet).map(toInput);
      await index.ingest(items, { feedUrl: null, now, deferClustering: true });
    }
    await index.clusterPending();
    const storyIds = new Map<string, Set<string | undefined>>();
    for (const a of DEMO_ARTICLES) {
      const ids = storyIds.get(a.story) ?? new Set();
      ids.add((await index.getArticle(a.url))?.storyId);
      storyIds.set(a.story, ids);
    }
    // Among them two economic-data releases of one morning (China's services PMI, US private payrolls):
    // alike in words ("January", "private", "growth", "slow"), apart in who they are about.
    for (const [story, ids] of storyIds) expect(ids.size, story).toBe(1);
    const distinct = new Set([...storyIds.values()].map((ids) => [...ids][0]));
    expect(distinct.size).toBe(storyIds.size);
  });
});

describe('order robustness', () => {
  const now = Date.UTC(2026, 1, 4, 18);
  const article = (slug: string, outletId: string, title: string, summary: string): ArticleInput => ({
    url: `https://${outletId}.example/${slug}`,
    title,
    summary,
    outletId,
    lang: 'en',
    published: now - 3_600_000,
  });
  // Filler stories give the index document frequencies, so the three below are weighed as in a real index.
  const filler = Array.from({ length: 60 }, (_, i) =>
    article(`f${i}`, `filler${i % 7}`, `Council debates budget item ${i}`, `Local council members discussed budget line ${i} on Tuesday.`),
  );
  // `first` shares too little with `early` to join it; `bridge` joins `early` and also matches `first`,
  // which had started a story of its own only because it came before `bridge`.
  const early = article('early', 'outleta', 'Volcano erupts near Reykjavik', 'Lava flows toward the sea after the volcano erupted overnight.');
  const first = article('first', 'outletb', 'Iceland evacuates Grindavik', 'Authorities in Iceland evacuated the fishing town of Grindavik on Saturday.');
  const bridge = article(
    'bridge',
    'outletc',
    'Reykjanes volcano erupts, Iceland evacuates Grindavik',
    'Lava flows toward Grindavik after the Reykjanes volcano erupted near Reykjavik overnight.',
  );

  it('moves an article that started a story of its own into the story that forms around it later', async () => {
    const index = createMemoryIndex();
    await index.ingest(filler, { feedUrl: null, now });
    const storyOf = async (a: ArticleInput) => (await index.getArticle(a.url))?.storyId;
    await index.ingest([early], { feedUrl: null, now });
    await index.ingest([first], { feedUrl: null, now });
    expect(await storyOf(first)).not.toBe(await storyOf(early));
    await index.ingest([bridge], { feedUrl: null, now });
    const ids = await Promise.all([early, first, bridge].map(storyOf));
    expect(new Set(ids).size).toBe(1);
  });
});

describe('stories without publication times', () => {
  const t = Date.UTC(2026, 1, 4, 12);
  function story(id: string, members: number[], centroid: Record<string, number>, undated: boolean): StoredStory {
    const entries = Object.entries(centroid).sort((a, b) => b[1] - a[1]);
    return {
      id,
      members,
      title: id,
      first: t,
      last: t,
      ...(undated ? { undated: true as const } : {}),
      centroidTerms: entries.map(([term]) => term).join(' '),
      centroidWeights: entries.map(([, w]) => w),
    };
  }
  function sessionOf(stories: StoredStory[]): IndexSession {
    const byId = new Map(stories.map((s) => [s.id, s]));
    return { getStory: async (id: string) => byId.get(id) } as unknown as IndexSession;
  }
  function candidate(seq: number, storyId: string, undated: boolean, terms: string[], weights: number[]): ScoredCandidate {
    const f = { ...stored(terms, weights, []), seq, storyId, t, ...(undated ? { undated: true as const } : {}) };
    return { features: f, score: 0.2, cosine: 0.5 };
  }

  // Twelve articles on one person, each about another event (the name is all they share), against two
  // articles telling the one event the new article tells. The name makes the chain's centroid the closer one.
  const chainCentroid: Record<string, number> = { sessions: 7.2 };
  for (let i = 0; i < 12; i++) chainCentroid[`event${i}`] = 0.8;
  const pairCentroid = { resign: 1.6, sessions: 1.0, quit: 0.6 };
  const article = { terms: ['sessions', 'resign'], weights: [0.95, 0.31] };

  it('ranks a story that tells one event above one that chains many events of the same topic', async () => {
    const chain = story('chain', [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12], chainCentroid, true);
    const pair = story('pair', [13, 14], pairCentroid, true);
    const candidates = [candidate(1, 'chain', true, ['sessions', 'event0'], [0.6, 0.8]), candidate(13, 'pair', true, ['resign', 'sessions'], [0.8, 0.6])];
    const ranked = await rankStories(sessionOf([chain, pair]), article, t, false, candidates);
    expect(ranked.map((r) => r.storyId)).toEqual(['pair', 'chain']);
  });

  it('leaves dated stories to the centroid alone (their time window keeps other days out)', async () => {
    const chain = story('chain', [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12], chainCentroid, false);
    const pair = story('pair', [13, 14], pairCentroid, false);
    const candidates = [candidate(1, 'chain', false, ['sessions', 'event0'], [0.6, 0.8]), candidate(13, 'pair', false, ['resign', 'sessions'], [0.8, 0.6])];
    const ranked = await rankStories(sessionOf([chain, pair]), article, t, true, candidates);
    expect(ranked.map((r) => r.storyId)).toEqual(['chain', 'pair']);
  });

  it('shows an undated article from outside the page story only when its own story fits it no better', async () => {
    // Its own story without it fits it 1.6 times better than the page's story does (0.48 vs 0.30).
    for (const undated of [false, true]) {
      const own = story('own', [1, 2], { a: 1.4, c: 0.8, b: 0.6 }, undated);
      const page = story('page', [3], { d: 0.866, b: 0.5 }, undated);
      const c = candidate(1, 'own', undated, ['a', 'b'], [0.8, 0.6]);
      const shown = await selectDirectMatches(sessionOf([own, page]), page, [c]);
      expect(shown.map((f) => f.seq)).toEqual(undated ? [] : [1]);
    }
  });

  it('shows an undated article from outside the page story only when the page story fits it clearly better', async () => {
    // Its own story without it (the member {a}) fits it 0.8 times as well as the page's story does: a
    // neighbouring event's member is that close to the page's; a dated one is still shown.
    for (const undated of [false, true]) {
      const own = story('own', [1, 2], { a: 1.8, b: 0.6 }, undated);
      const page = story('page', [3], { a: 0.8, b: 0.6 }, undated);
      const c = candidate(1, 'own', undated, ['a', 'b'], [0.8, 0.6]);
      const shown = await selectDirectMatches(sessionOf([own, page]), page, [c]);
      expect(shown.map((f) => f.seq)).toEqual(undated ? [] : [1]);
    }
  });
});
