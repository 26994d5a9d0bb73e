import { describe, expect, it } from 'vitest';
import { IndexSession, planStoryRanges, type IndexTx, type StoredArticle, type StoredFeatures } from '../../../lib/index/index-records';

function features(seq: number, storyId: string): StoredFeatures {
  return { seq, id: `https://a.example/${seq}`, title: `title ${seq}`, firstSeen: 0, storyId, outlet: 'd:a.example', t: 0, lang: 'en', terms: 'x', w: Uint8Array.from([255]), ents: '' };
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

describe('planStoryRanges', () => {
  it('reads runs of wanted members in one range each, and lone ones apart', () => {
    // Members 1..40 and 100..103; wanted: 1..5, the lone 20, and 100..103 (other members between them).
    const members = [...Array.from({ length: 40 }, (_, i) => i + 1), 100, 101, 102, 103];
    expect(planStoryRanges([103, 1, 2, 3, 4, 5, 20, 100, 101, 102], members)).toEqual([
      [1, 5],
      [100, 103],
    ]);
  });

  it('splits a long run into reads of at most 100 records', () => {
    const members = Array.from({ length: 250 }, (_, i) => i + 1);
    expect(planStoryRanges(members, members)).toEqual([
      [1, 100],
      [101, 200],
      [201, 250],
    ]);
  });

  it('keeps one range over a few members that are not wanted', () => {
    const members = Array.from({ length: 10 }, (_, i) => i + 1);
    expect(planStoryRanges([1, 3, 5, 10], members)).toEqual([[1, 10]]);
  });

  it('reads the recent members of a story that absorbed older ones without the older ones', async () => {
    // A story of 500 members whose last 100 are 401..500 after an absorbed story's 1..3 (appended last).
    const recent = Array.from({ length: 100 }, (_, i) => 401 + i);
    const members = [...Array.from({ length: 397 }, (_, i) => 4 + i), ...recent.slice(0, 97), 1, 2, 3];
    const records = [...new Set([...members, ...recent])].map((seq) => features(seq, 's1'));
    const wanted = members.slice(-100);
    let returned = 0;
    const tx = {
      readsAreRoundTrips: true,
      getFeatures: async (seq: number) => records.find((f) => f.seq === seq),
      getFeaturesOfStory: async (storyId: string, from: number, to: number) => {
        const out = records.filter((f) => f.storyId === storyId && f.seq >= from && f.seq <= to);
        returned += out.length;
        return out;
      },
    } as unknown as IndexTx;
    const session = new IndexSession(tx);
    await session.readStoryFeatures('s1', wanted, members);
    expect(returned).toBeLessThan(110);
    for (const seq of wanted) expect((await session.getFeatures(seq))?.seq).toBe(seq);
  });
});

/** A transaction over stored article ids (IndexedDB key order) that counts its reads. */
function makeArticleTx(storedIds: string[], withKeyList: boolean) {
  const sorted = [...storedIds].sort();
  const reads = { single: [] as string[], lists: [] as Array<[string, string]> };
  const article = (id: string): StoredArticle => ({ id, seq: id.length, sig: 1 });
  const tx = {
    readsAreRoundTrips: true,
    getArticle: async (id: string) => {
      reads.single.push(id);
      return sorted.includes(id) ? article(id) : undefined;
    },
    ...(withKeyList
      ? {
          listArticleIds: async (from: string, to: string, limit: number) => {
            reads.lists.push([from, to]);
            return sorted.filter((id) => id >= from && id <= to).slice(0, limit);
          },
        }
      : {}),
  } as unknown as IndexTx;
  return { tx, reads, article };
}

describe('IndexSession.readArticles', () => {
  const stored = ['https://a.example/1', 'https://a.example/3', 'https://a.example/9', 'https://b.example/1', 'https://c.example/x'];
  const batch = ['https://a.example/1', 'https://a.example/2', 'https://a.example/3', 'https://a.example/4', 'https://b.example/1', 'https://b.example/2'];

  it("checks one site's ids with one keys-only read and reads only the stored ones", async () => {
    const { tx, reads, article } = makeArticleTx(stored, true);
    const session = new IndexSession(tx);
    await session.readArticles(batch);
    expect(reads.lists).toEqual([['https://a.example/1', 'https://a.example/4']]);
    // Site b has too few ids for a list: each is read.
    expect(reads.single.sort()).toEqual(['https://a.example/1', 'https://a.example/3', 'https://b.example/1', 'https://b.example/2']);
    for (const id of batch) expect(await session.getArticle(id)).toEqual(stored.includes(id) ? article(id) : undefined);
    expect(reads.single).toHaveLength(4);
  });

  it('reads each article without a key list, and nothing already cached', async () => {
    const { tx, reads } = makeArticleTx(stored, false);
    const session = new IndexSession(tx);
    await session.getArticle('https://a.example/1');
    await session.readArticles(batch);
    expect(reads.single.sort()).toEqual([...batch].sort());
  });

  it('reads one by one the ids past the last key of a list cut at its limit', async () => {
    const many = Array.from({ length: 5_000 }, (_, i) => `https://c.example/b${String(i).padStart(4, '0')}`);
    const { tx, reads, article } = makeArticleTx([...many, 'https://c.example/z'], true);
    const session = new IndexSession(tx);
    const ids = ['https://c.example/a', 'https://c.example/m', 'https://c.example/z'];
    await session.readArticles(ids);
    expect(reads.lists).toHaveLength(1);
    expect(reads.single.sort()).toEqual(['https://c.example/m', 'https://c.example/z']);
    expect(await session.getArticle('https://c.example/a')).toBeUndefined();
    expect(await session.getArticle('https://c.example/z')).toEqual(article('https://c.example/z'));
  });
});

describe('IndexSession.writeArticlesNow', () => {
  function makeWriteTx(failId?: string) {
    const puts: string[] = [];
    const tx = {
      readsAreRoundTrips: true,
      putArticle: async (a: StoredArticle) => {
        puts.push(a.id);
        if (a.id === failId) throw new Error(`cannot store ${a.id}`);
      },
    } as unknown as IndexTx;
    return { tx, puts };
  }

  it('sends the articles changed so far at once and the rest at flush, each once', async () => {
    const { tx, puts } = makeWriteTx();
    const session = new IndexSession(tx);
    session.putArticle({ id: 'https://a.example/1', seq: 1, sig: 1 });
    session.putArticle({ id: 'https://a.example/2', seq: 2, sig: 2 });
    session.writeArticlesNow();
    expect(puts).toEqual(['https://a.example/1', 'https://a.example/2']);
    session.putArticle({ id: 'https://a.example/3', seq: 3, sig: 3 });
    await session.flush();
    expect(puts).toEqual(['https://a.example/1', 'https://a.example/2', 'https://a.example/3']);
    expect(await session.getArticle('https://a.example/1')).toEqual({ id: 'https://a.example/1', seq: 1, sig: 1 });
  });

  it('fails the flush when an early write failed', async () => {
    const { tx } = makeWriteTx('https://a.example/1');
    const session = new IndexSession(tx);
    session.putArticle({ id: 'https://a.example/1', seq: 1, sig: 1 });
    session.writeArticlesNow();
    await expect(session.flush()).rejects.toThrow('cannot store https://a.example/1');
  });
});
