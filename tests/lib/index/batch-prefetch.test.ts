import { describe, expect, it } from 'vitest';
import { createRecordingBackend, type IndexDump } from '../../../lib/bench/index-dump';
import { prefetchClustering, prefetchIngest, prefetchRemoval } from '../../../lib/index/batch-prefetch';
import { IndexSession, type IndexBackend, type PendingArticle } from '../../../lib/index/index-records';
import { createMemoryBackend } from '../../../lib/index/memory-backend';
import { clusterPendingArticle, ingestArticle, removeArticle, storeArticle } from '../../../lib/index/story-clusters';
import type { ArticleInput } from '../../../lib/index/types';
import { FED_HIKE, FED_TESTIMONY, HOUR, QUAKE, QUAKE_DE, T0, article } from './fixtures';

const NOW = T0 + 96 * HOUR;
const EVENTS = [
  'Parliament passes budget after overnight vote on deficit',
  'Wildfire forces evacuation of three towns in the county',
  'Central bank raises interest rates to fight inflation',
  'Striker scores late penalty to win the championship final',
];

/** Several outlets per event over four days, re-sent items and undated ones: joins, merges, updates. */
function makeItems(): ArticleInput[] {
  const synthetic = Array.from({ length: 80 }, (_, i) =>
    article({
      url: `https://www.outlet${i % 6}.example/news/${i % 70}?utm_source=feed`,
      outletId: `outlet${i % 6}`,
      title: `${EVENTS[i % EVENTS.length]} ${i % 3 === 0 ? 'officials say' : `update ${i % 5}`}`,
      summary: `Report ${i % 70} about: ${EVENTS[(i * 7) % EVENTS.length]}.`,
      published: i % 11 === 0 ? null : T0 + ((i * 13) % 96) * HOUR,
    }),
  );
  return [...FED_HIKE, ...QUAKE, FED_TESTIMONY, QUAKE_DE, ...synthetic];
}

async function ingestAll(backend: IndexBackend, items: ArticleInput[], prefetch: boolean, batch: number): Promise<string[]> {
  const outcomes: string[] = [];
  for (let i = 0; i < items.length; i += batch) {
    const chunk = items.slice(i, i + batch);
    await backend.run('readwrite', async (tx) => {
      const session = new IndexSession(tx);
      if (prefetch) await prefetchIngest(session, chunk, NOW);
      for (const item of chunk) outcomes.push(await ingestArticle(session, item, null, NOW));
      await session.flush();
    });
  }
  return outcomes;
}

function snapshot(dump: IndexDump): unknown {
  const sorted = <K, V>(m: Map<K, V>) => [...m.entries()].sort((a, b) => (String(a[0]) < String(b[0]) ? -1 : 1));
  return {
    meta: dump.meta,
    articles: sorted(dump.articles),
    features: sorted(dump.features).map(([k, f]) => [k, { ...f, w: Array.from(f.w) }]),
    stories: sorted(dump.stories),
    df: sorted(dump.df),
    postings: sorted(dump.postings),
    days: sorted(dump.days),
  };
}

describe('batch prefetch (all reads of a batch issued together)', () => {
  it('changes no decision: the same records as ingesting without it, batch after batch', async () => {
    const items = makeItems();
    const plain = createRecordingBackend(createMemoryBackend());
    const warmed = createRecordingBackend(createMemoryBackend());
    const a = await ingestAll(plain.backend, items, false, 25);
    const b = await ingestAll(warmed.backend, items, true, 25);
    expect(b).toEqual(a);
    expect(a.filter((o) => o === 'added').length).toBeGreaterThan(50);
    expect(snapshot(warmed.dump)).toEqual(snapshot(plain.dump));
  });

  it('warms the session: ingesting after it reads (almost) nothing more from the store', async () => {
    const items = makeItems();
    const base = createMemoryBackend();
    await ingestAll(base, items.slice(0, 60), false, 60);
    let readsAfterPrefetch = -1;
    let reads = 0;
    await base.run('readwrite', async (tx) => {
      const counting = new Proxy(tx, {
        get: (target, key: string) => {
          const v = target[key as keyof typeof target];
          if (typeof v !== 'function') return v;
          return (...args: unknown[]) => {
            if (key.startsWith('get') || key === 'listDays') reads++;
            return (v as (...a: unknown[]) => unknown).apply(target, args);
          };
        },
      });
      const session = new IndexSession(counting);
      const batch = items.slice(60);
      await prefetchIngest(session, batch, NOW);
      const prefetched = reads;
      for (const item of batch) await ingestArticle(session, item, null, NOW);
      readsAfterPrefetch = reads - prefetched;
      expect(prefetched).toBeGreaterThan(0);
    });
    // Only what earlier items of the same batch changed (new stories' neighbours) may be read late.
    expect(readsAfterPrefetch).toBeLessThan(20);
  });

  it('removal prefetch changes nothing either', async () => {
    const items = makeItems();
    const results: unknown[] = [];
    for (const prefetch of [false, true]) {
      const rec = createRecordingBackend(createMemoryBackend());
      await ingestAll(rec.backend, items, false, 200);
      await rec.backend.run('readwrite', async (tx) => {
        const session = new IndexSession(tx);
        const seqs = [1, 3, 5, 8, 13, 21, 34];
        if (prefetch) await prefetchRemoval(session, seqs);
        for (const seq of seqs) await removeArticle(session, seq);
        await session.flush();
      });
      results.push(snapshot(rec.dump));
    }
    expect(results[1]).toEqual(results[0]);
  });

  it('clustering prefetch (two-step ingest) changes no decision, and leaves (almost) nothing to read', async () => {
    const items = makeItems();
    const results: unknown[] = [];
    const lateReads: number[] = [];
    for (const prefetch of [false, true]) {
      const rec = createRecordingBackend(createMemoryBackend());
      await ingestAll(rec.backend, items.slice(0, 40), false, 40);
      for (let i = 40; i < items.length; i += 25) {
        const chunk = items.slice(i, i + 25);
        await rec.backend.run('readwrite', async (tx) => {
          let reads = 0;
          const counting = new Proxy(tx, {
            get: (target, key: string) => {
              const v = target[key as keyof typeof target];
              if (typeof v !== 'function') return v;
              return (...args: unknown[]) => {
                if (key.startsWith('get')) reads++;
                return (v as (...a: unknown[]) => unknown).apply(target, args);
              };
            },
          });
          const session = new IndexSession(counting);
          const pending: PendingArticle[] = [];
          for (const item of chunk) await storeArticle(session, item, null, NOW, pending);
          if (prefetch) await prefetchClustering(session, pending);
          const before = reads;
          for (const p of pending) await clusterPendingArticle(session, p);
          if (prefetch) lateReads.push(reads - before);
          await session.flush();
        });
      }
      results.push(snapshot(rec.dump));
    }
    expect(results[1]).toEqual(results[0]);
    expect(lateReads.reduce((a, b) => a + b, 0)).toBeLessThan(20);
  });
});
