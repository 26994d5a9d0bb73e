import { existsSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { SHARED_DATA_DIR } from '../../../lib/bench/bench-paths';
import { buildCorpus, createRandom, CORPUS_WINDOW_HOURS, readStoryRows, type StoryRow } from '../../../lib/bench/story-corpus';

const NOW = Date.UTC(2026, 10, 20, 12);
const hasData = existsSync(`${SHARED_DATA_DIR}/stories`);
if (!hasData && process.env.CI === 'true') throw new Error(`../shared/data/stories is missing (${SHARED_DATA_DIR})`);
if (!hasData) console.warn('story-corpus: skipping the dataset test, ../shared/data/stories is missing');

const ROWS: StoryRow[] = [
  { id: 'a1', title: 'Storm floods coastal towns overnight', lead: 'Rivers burst their banks.', url: 'https://www.one.example/a1', outlet: 'One', lang: 'en', clusterKey: 's:1' },
  { id: 'a2', title: 'Coastal towns flooded as storm hits', lead: '', url: '', outlet: 'Two', lang: 'en', clusterKey: 's:1' },
  { id: 'b1', title: 'Minister resigns after expenses inquiry', lead: '', url: '', outlet: '', lang: 'en', clusterKey: 's:2' },
];

describe('bench story corpus', () => {
  it('is deterministic, unique by URL, inside the time window, and grows by variations', () => {
    const a = buildCorpus(ROWS, 20, NOW, 4);
    const b = buildCorpus(ROWS, 20, NOW, 4);
    expect(a).toEqual(b);
    expect(a.articles).toHaveLength(20);
    expect(new Set(a.articles.map((x) => x.url)).size).toBe(20);
    for (const x of a.articles) {
      expect(x.published).toBeLessThan(NOW);
      expect(x.published).toBeGreaterThan(NOW - (CORPUS_WINDOW_HOURS + 24) * 3_600_000);
    }
    // The first articles are the real rows, the rest variations of them.
    expect(a.articles[0]?.title).toBe(ROWS[0]?.title);
    expect(a.queries).toHaveLength(4);
    for (const q of a.queries) expect(a.articles.some((x) => x.url === q.url)).toBe(false);
  });

  it('draws the same pseudo-random sequence for the same seed', () => {
    const r1 = createRandom(3);
    const r2 = createRandom(3);
    const seq = [r1(), r1(), r1()];
    expect([r2(), r2(), r2()]).toEqual(seq);
    for (const v of seq) expect(v >= 0 && v < 1).toBe(true);
  });

  it.skipIf(!hasData)('reads every story set of ../shared/data', () => {
    const rows = readStoryRows();
    expect(rows.length).toBeGreaterThan(10_000);
    expect(new Set(rows.map((r) => r.clusterKey.split(':')[0]))).toEqual(new Set(['neus', 'uci', 'basil']));
    expect(rows.every((r) => r.title.length > 0)).toBe(true);
  });
});
