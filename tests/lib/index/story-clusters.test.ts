import { describe, expect, it } from 'vitest';
import { DEMO_ARTICLES } from '../../../lib/demo/demo-articles';
import { createMemoryIndex } from '../../../lib/index/article-index';
import { hasEntityConflict, listKeyEntities, selectTopCandidates } from '../../../lib/index/story-clusters';
import type { StoredFeatures } from '../../../lib/index/index-records';
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
