import { describe, expect, it } from 'vitest';
import { IndexSession, type IndexTx, type StoredFeatures } from '../../../lib/index/index-records';

function features(seq: number, storyId: string): StoredFeatures {
  return { seq, id: `https://a.example/${seq}`, storyId, outlet: 'd:a.example', t: 0, lang: 'en', terms: 'x', w: Uint8Array.from([255]), ents: '' };
}

/** A transaction over fixed features records that counts its reads. */
function makeTx(records: StoredFeatures[], withStoryIndex: boolean) {
  const reads = { single: [] as number[], ranges: 0 };
  const bySeq = new Map(records.map((f) => [f.seq, f]));
  const tx = {
    readsAreRoundTrips: true,
    getFeatures: async (seq: number) => {
      reads.single.push(seq);
      return bySeq.get(seq);
    },
    ...(withStoryIndex
      ? {
          getFeaturesOfStory: async (storyId: string, from: number, to: number) => {
            reads.ranges++;
            return records.filter((f) => f.storyId === storyId && f.seq >= from && f.seq <= to);
          },
        }
      : {}),
  } as unknown as IndexTx;
  return { tx, reads };
}

describe('IndexSession.readStoryFeatures', () => {
  // Members 1..5 of story s1; 3 is filed under another story, 4 is gone.
  const records = [features(1, 's1'), features(2, 's1'), features(3, 's2'), features(5, 's1'), features(6, 's1')];
  const members = [1, 2, 3, 4, 5];

  it('reads a story\'s members in one range read and only the rest one by one, with the same records', async () => {
    const { tx, reads } = makeTx(records, true);
    const session = new IndexSession(tx);
    await session.readStoryFeatures('s1', members);
    expect(reads.ranges).toBe(1);
    expect(reads.single.sort()).toEqual([3, 4]);
    const direct = new IndexSession(makeTx(records, false).tx);
    for (const seq of [...members, 6]) expect(await session.getFeatures(seq)).toEqual(await direct.getFeatures(seq));
  });

  it('reads one by one without a story index, and nothing already cached', async () => {
    const { tx, reads } = makeTx(records, false);
    const session = new IndexSession(tx);
    await session.getFeatures(1);
    await session.readStoryFeatures('s1', members);
    expect(reads.single).toEqual([1, 2, 3, 4, 5]);
  });
});
