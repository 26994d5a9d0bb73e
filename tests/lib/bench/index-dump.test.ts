import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { applyReplayOps, createRecordingBackend, toReplayBatches } from '../../../lib/bench/index-dump';
import { createArticleIndex } from '../../../lib/index/article-index';
import { createIdbBackend, openIndexDb } from '../../../lib/index/idb-backend';
import { createMemoryBackend } from '../../../lib/index/memory-backend';
import type { ArticleInput } from '../../../lib/index/types';

const NOW = Date.UTC(2026, 10, 20, 12);
const HOUR_MS = 3_600_000;
const EVENTS = [
  'Parliament passes budget after overnight vote on deficit',
  'Wildfire forces evacuation of three towns in the county',
  'Central bank raises interest rates to fight inflation',
  'Striker scores late penalty to win the championship final',
];

function makeArticles(): ArticleInput[] {
  return Array.from({ length: 60 }, (_, i) => ({
    url: `https://www.outlet${i % 5}.example/news/${i}?utm_source=feed`,
    title: `${EVENTS[i % EVENTS.length]} ${i % 3 === 0 ? 'officials say' : ''}`.trim(),
    summary: `Report ${i} about: ${EVENTS[i % EVENTS.length]}.`,
    outletId: null,
    lang: 'en',
    published: NOW - (i % 48) * HOUR_MS,
  }));
}

describe('index dump (the match benchmark fills IndexedDB from records the clustering made in Node)', () => {
  it('replays into the IndexedDB backend an index that answers exactly like the one it recorded', async () => {
    const recording = createRecordingBackend(createMemoryBackend());
    const source = createArticleIndex(recording.backend);
    const articles = makeArticles();
    await source.ingest(articles, { feedUrl: null, now: NOW });

    const db = await openIndexDb({ name: 'replay' });
    const backend = createIdbBackend(db);
    let ops = 0;
    for (const batch of toReplayBatches(recording.dump, 25)) {
      expect(batch.length).toBeLessThanOrEqual(25);
      ops += batch.length;
      await applyReplayOps(backend, batch);
    }
    expect(ops).toBeGreaterThan(articles.length);
    const replayed = createArticleIndex(backend);

    expect(await replayed.stats()).toEqual(await source.stats());
    for (const page of [articles[0], articles[7], { ...articles[2], url: 'https://www.reader.example/new' }] as ArticleInput[]) {
      const a = await source.coverageFor(page, { now: NOW });
      const b = await replayed.coverageFor(page, { now: NOW });
      expect(b).toEqual(a);
      expect(a.articles.length).toBeGreaterThan(0);
    }
    db.close();
  });

  it('records only committed work: an aborted transaction leaves the dump untouched', async () => {
    const recording = createRecordingBackend(createMemoryBackend());
    await expect(
      recording.backend.run('readwrite', async (tx) => {
        await tx.putDf('term', 3);
        throw new Error('abort');
      }),
    ).rejects.toThrow('abort');
    expect(recording.dump.df.size).toBe(0);
    await recording.backend.run('readwrite', (tx) => tx.putDf('term', 3));
    expect(recording.dump.df.get('term')).toBe(3);
  });
});
