import { describe, expect, it } from 'vitest';
import { createArticleIndex, createMemoryIndex } from '../../../lib/index/article-index';
import { createMemoryBackend } from '../../../lib/index/memory-backend';
import { FED_HIKE, FED_TESTIMONY, HOUR, QUAKE, QUAKE_DE, T0, article } from './fixtures';

const ctx = { feedUrl: 'https://example.org/feed.xml', now: T0 + 48 * HOUR };

async function buildIndex() {
  const index = createMemoryIndex();
  await index.ingest([...FED_HIKE, ...QUAKE, FED_TESTIMONY, QUAKE_DE], ctx);
  return index;
}

describe('story clustering', () => {
  it('puts each outlet\'s report of one event in one story and keeps other events apart', async () => {
    const index = await buildIndex();
    const fed = await Promise.all(FED_HIKE.map((a) => index.getArticle(a.url)));
    const quake = await Promise.all(QUAKE.map((a) => index.getArticle(a.url)));
    const testimony = await index.getArticle(FED_TESTIMONY.url);
    expect(new Set(fed.map((a) => a?.storyId)).size).toBe(1);
    expect(new Set(quake.map((a) => a?.storyId)).size).toBe(1);
    expect(fed[0]?.storyId).not.toBe(quake[0]?.storyId);
    expect(testimony?.storyId).not.toBe(fed[0]?.storyId);
    expect((await index.stats()).articles).toBe(7);
  });

  it('matches across languages through shared names and numbers', async () => {
    const index = await buildIndex();
    const de = await index.getArticle(QUAKE_DE.url);
    const en = await index.getArticle(QUAKE[0]!.url);
    expect(de?.storyId).toBe(en?.storyId);
  });

  it('maps a page by URL when indexed, excluding its own outlet, with explanations', async () => {
    const index = await buildIndex();
    const page = FED_HIKE[0]!;
    const cov = await index.coverageFor(page, { now: ctx.now });
    expect(cov.via).toBe('url');
    const outlets = cov.articles.map((c) => c.article.outletId).sort();
    expect(outlets).toEqual(['bbc', 'fox']);
    const first = cov.articles[0]!;
    expect(first.explanation.score).toBeGreaterThan(0);
    expect(first.explanation.sharedTerms.length + first.explanation.sharedEntities.length).toBeGreaterThan(0);
    expect(first.explanation.hoursApart).not.toBeNull();
  });

  it('maps an unindexed page by content and never lists the page\'s own outlet', async () => {
    const index = await buildIndex();
    const page = article({
      url: 'https://www.bbc.co.uk/news/live-fed-decision',
      outletId: 'bbc',
      published: T0 + 4 * HOUR,
      title: 'Fed raises interest rates by half a point, biggest rise since 2000',
      summary: 'Jerome Powell said the Federal Reserve would keep fighting inflation after the half-point interest rate rise.',
    });
    const cov = await index.coverageFor(page, { now: ctx.now });
    expect(cov.via).toBe('content');
    const outlets = cov.articles.map((c) => c.article.outletId);
    expect(outlets).toContain('reuters');
    expect(outlets).not.toContain('bbc');
  });

  it('treats articles of unknown outlets as their own outlet by domain', async () => {
    const index = createMemoryIndex();
    const a = article({ url: 'https://small-paper.example/a', title: FED_HIKE[0]!.title, summary: FED_HIKE[0]!.summary });
    const b = article({ url: 'https://small-paper.example/b', title: FED_HIKE[1]!.title, summary: FED_HIKE[1]!.summary });
    const c = article({ url: 'https://other-paper.example/c', title: FED_HIKE[2]!.title, summary: FED_HIKE[2]!.summary });
    await index.ingest([a, b, c], ctx);
    const cov = await index.coverageFor(a, { now: ctx.now });
    expect(cov.articles.map((x) => x.article.domain)).toEqual(['other-paper.example']);
  });

  it('returns no story for a page about nothing indexed', async () => {
    const index = await buildIndex();
    const cov = await index.coverageFor(
      article({ url: 'https://x.example/y', title: 'Local bakery wins regional croissant contest' }),
      { now: ctx.now },
    );
    expect(cov).toEqual({ storyId: null, via: 'none', title: null, articles: [] });
  });
});

describe('ingest', () => {
  it('is idempotent by canonical URL and dedups URL variants across feeds', async () => {
    const index = await buildIndex();
    const variant = { ...FED_HIKE[0]!, url: 'http://reuters.com/markets/fed-raises-rates-half-point-2026-03-10?fbclid=abc#top' };
    const r = await index.ingest([variant, FED_HIKE[1]!], { feedUrl: 'https://other.example/rss', now: ctx.now });
    expect(r).toEqual({ added: 0, updated: 0, pruned: 0, quotaExceeded: false });
    const changed = await index.ingest([{ ...FED_HIKE[1]!, title: 'Fed raises rates by 0.5 points (updated)' }], ctx);
    expect(changed.updated).toBe(1);
    expect((await index.stats()).articles).toBe(7);
    expect((await index.getArticle(FED_HIKE[1]!.url))?.title).toBe('Fed raises rates by 0.5 points (updated)');
    // A dropped summary is dropped from the stored article too.
    expect((await index.ingest([{ ...FED_HIKE[1]!, title: 'Fed raises rates by 0.5 points (updated)', summary: null }], ctx)).updated).toBe(1);
    expect((await index.getArticle(FED_HIKE[1]!.url))?.summary).toBeNull();
  });

  it('updates the text of an article still waiting for its story once it has one, not losing the change', async () => {
    const index = createMemoryIndex();
    const first = FED_HIKE[0]!;
    expect((await index.ingest([first], { ...ctx, deferClustering: true })).added).toBe(1);
    const retitled = { ...first, title: `${first.title} (updated)` };
    // Not clustered yet: the change waits (nothing reports it as done)...
    expect(await index.ingest([retitled], { ...ctx, deferClustering: true })).toMatchObject({ added: 0, updated: 0 });
    await index.clusterPending();
    expect((await index.getArticle(first.url))?.title).toBe(first.title);
    // ...and the next refresh of the same item applies it.
    expect((await index.ingest([retitled], ctx)).updated).toBe(1);
    expect((await index.getArticle(first.url))?.title).toBe(retitled.title);
    expect((await index.ingest([retitled], ctx)).updated).toBe(0);
  });

  it('skips items without http(s) URL or title and clamps future dates', async () => {
    const index = createMemoryIndex();
    const r = await index.ingest(
      [
        article({ url: 'javascript:alert(1)', title: 'x' }),
        article({ url: 'https://a.example/1', title: '   ' }),
        article({ url: 'https://a.example/2', title: 'Future item', published: ctx.now + 1000 * HOUR }),
      ],
      ctx,
    );
    expect(r.added).toBe(1);
    expect((await index.getArticle('https://a.example/2'))?.published).toBe(ctx.now);
  });

  it('is deterministic: the same input gives the same stories', async () => {
    const a = await buildIndex();
    const b = await buildIndex();
    for (const x of [...FED_HIKE, ...QUAKE, FED_TESTIMONY, QUAKE_DE]) {
      expect((await a.getArticle(x.url))?.storyId).toBe((await b.getArticle(x.url))?.storyId);
    }
    expect(await a.coverageFor(FED_HIKE[1]!, { now: ctx.now })).toEqual(await b.coverageFor(FED_HIKE[1]!, { now: ctx.now }));
  });
});

describe('corrections, retention, quota', () => {
  it('remembers "not the same story"', async () => {
    const index = await buildIndex();
    const fox = await index.getArticle(FED_HIKE[2]!.url);
    await index.notSameStory(fox!.storyId, fox!.id);
    const cov = await index.coverageFor(FED_HIKE[0]!, { now: ctx.now });
    expect(cov.articles.map((c) => c.article.outletId)).toEqual(['bbc']);
    const moved = await index.getArticle(FED_HIKE[2]!.url);
    expect(moved?.storyId).not.toBe(fox?.storyId);
    // Re-ingesting the same article (next refresh) does not undo the correction.
    await index.ingest([FED_HIKE[2]!], ctx);
    expect((await index.getArticle(FED_HIKE[2]!.url))?.storyId).toBe(moved?.storyId);
  });

  it('prunes articles older than the retention window, with their stories', async () => {
    const index = await buildIndex();
    const old = article({ url: 'https://old.example/a', title: 'Old news about a parade', published: T0 - 20 * 24 * HOUR });
    await index.ingest([old], ctx);
    expect((await index.stats()).articles).toBe(8);
    const removed = await index.prune({ now: T0 + 24 * HOUR, retentionDays: 7 });
    expect(removed).toBe(1);
    expect(await index.getArticle(old.url)).toBeNull();
    expect((await index.stats()).articles).toBe(7);
    expect((await index.search('parade', { now: T0 })).length).toBe(0);
    expect((await index.search('earthquake Gaziantep', { now: T0 + 24 * HOUR })).map((a) => a.outletId)).toContain('ap');
  });

  it('on QuotaExceededError prunes the oldest day, continues and reports it', async () => {
    const index = createMemoryIndex({ maxArticles: 4 });
    const day = 24 * HOUR;
    const items = [0, 1, 2, 3, 4, 5].map((i) =>
      article({ url: `https://q.example/${i}`, title: `Item number ${i} about topic ${i}`, published: T0 + i * day }),
    );
    const first = await index.ingest(items.slice(0, 4), { feedUrl: null, now: T0 + 6 * day });
    expect(first.quotaExceeded).toBe(false);
    const r = await index.ingest(items.slice(4), { feedUrl: null, now: T0 + 6 * day });
    expect(r.quotaExceeded).toBe(true);
    expect(r.added).toBe(2);
    expect(r.pruned).toBeGreaterThanOrEqual(2);
    expect(await index.getArticle(items[0]!.url)).toBeNull();
    expect(await index.getArticle(items[5]!.url)).not.toBeNull();
  });

  it('never empties the index to make room: the newest day stays, and a batch that still does not fit is skipped and reported', async () => {
    const index = createMemoryIndex({ maxArticles: 3 });
    const day = 24 * HOUR;
    const stored = [0, 1, 2].map((i) =>
      article({ url: `https://k.example/${i}`, title: `Kept item ${i} on day two`, published: T0 + day + i * HOUR }),
    );
    await index.ingest(stored, { feedUrl: null, now: T0 + 2 * day });
    // All stored articles are from one day: nothing may be pruned for the new ones.
    const r = await index.ingest([article({ url: 'https://k.example/new', title: 'A newer item', published: T0 + 2 * day })], {
      feedUrl: null,
      now: T0 + 2 * day,
    });
    expect(r).toMatchObject({ quotaExceeded: true, added: 0, pruned: 0 });
    expect((await index.stats()).articles).toBe(3);
    expect(await index.getArticle(stored[0]!.url)).not.toBeNull();
  });

  it('a quota prune deletes first, then repairs shared records: counters match what the store holds', async () => {
    const backend = createMemoryBackend({ maxArticles: 6 });
    const index = createArticleIndex(backend);
    const day = 24 * HOUR;
    // Two outlets per day on the same topic, so stories span days and must be repaired, not deleted.
    const items = [0, 1, 2, 3, 4, 5, 6, 7].map((i) =>
      article({
        url: `https://q${i % 2}.example/${i}`,
        outletId: `q${i % 2}`,
        title: `Harbour bridge repairs continue, council says (${i})`,
        summary: 'The council said repairs to the harbour bridge would continue through the winter.',
        published: T0 + Math.floor(i / 2) * day,
      }),
    );
    await index.ingest(items.slice(0, 6), { feedUrl: null, now: T0 + 5 * day });
    const r = await index.ingest(items.slice(6), { feedUrl: null, now: T0 + 5 * day });
    expect(r).toMatchObject({ quotaExceeded: true, added: 2, pruned: 2 });
    const [articles, stories] = await backend.run('readonly', (tx) => Promise.all([tx.count('articles'), tx.count('stories')]));
    expect(await index.stats()).toMatchObject({ articles, stories });
    expect(articles).toBe(6);
    // The story lost its pruned members and still answers for the remaining ones.
    const cov = await index.coverageFor(items[7]!, { now: T0 + 5 * day });
    expect(cov.via).toBe('url');
    expect(cov.articles.map((c) => c.article.id)).not.toContain(items[0]!.url);
    expect(cov.articles.map((c) => c.article.id)).not.toContain(items[1]!.url);
  });

  it('prune() reconciles counters left wrong by a repair lost with the worker', async () => {
    const backend = createMemoryBackend();
    const index = createArticleIndex(backend);
    await index.ingest([...FED_HIKE, ...QUAKE], ctx);
    await backend.run('readwrite', async (tx) => {
      const meta = await tx.getMeta();
      await tx.putMeta({ ...meta!, articles: meta!.articles + 5, stories: meta!.stories + 2 });
    });
    await index.prune({ now: ctx.now, retentionDays: 7 });
    const [articles, stories] = await backend.run('readonly', (tx) => Promise.all([tx.count('articles'), tx.count('stories')]));
    expect(await index.stats()).toMatchObject({ articles, stories });
  });

  it('clear() empties the index', async () => {
    const index = await buildIndex();
    await index.clear();
    expect(await index.stats()).toMatchObject({ articles: 0, stories: 0 });
  });
});

describe('two-step ingest (store, then cluster)', () => {
  const ALL = [...FED_HIKE, ...QUAKE, FED_TESTIMONY, QUAKE_DE];

  /** Every article's story and the coverage of two pages: what a user would see. */
  async function snapshot(index: ReturnType<typeof createMemoryIndex>) {
    const stories = await Promise.all(ALL.map(async (a) => (await index.getArticle(a.url))?.storyId));
    const coverage = await Promise.all([FED_HIKE[0]!, QUAKE_DE].map((p) => index.coverageFor(p, { now: ctx.now })));
    return { stories, coverage, stats: await index.stats() };
  }

  /** Each article clustered as it is stored, in publication order: what the cluster step must reproduce. */
  async function uninterrupted() {
    const index = createMemoryIndex();
    const byTime = [...ALL].sort((a, b) => (a.published ?? 0) - (b.published ?? 0));
    for (const a of byTime) await index.ingest([a], ctx);
    return snapshot(index);
  }

  it('a worker stopped after the store step resumes to the same stories as an uninterrupted run', async () => {
    const backend = createMemoryBackend();
    const first = createArticleIndex(backend);
    for (const a of ALL) await first.ingest([a], { ...ctx, deferClustering: true });
    // Stored and counted, not clustered yet (an article is found once its story is assigned).
    expect((await first.stats()).articles).toBe(7);
    expect(await first.getArticle(FED_HIKE[0]!.url)).toBeNull();
    // The worker stops here; a new one opens the same store and finishes the job.
    const resumed = createArticleIndex(backend);
    expect(await resumed.clusterPending()).toEqual({ clustered: 7, pruned: 0, quotaExceeded: false });
    expect(await snapshot(resumed)).toEqual(await uninterrupted());
    expect((await resumed.clusterPending()).clustered).toBe(0);
  });

  it('the stories do not depend on the order in which the feeds arrived', async () => {
    const orders = [ALL, [...ALL].reverse(), [QUAKE_DE, FED_TESTIMONY, ...QUAKE, ...FED_HIKE]];
    const results = [];
    for (const order of orders) {
      const index = createMemoryIndex();
      for (const a of order) await index.ingest([a], { ...ctx, deferClustering: true });
      await index.clusterPending();
      results.push(await snapshot(index));
    }
    expect(results[1]).toEqual(results[0]);
    expect(results[2]).toEqual(results[0]);
    expect(results[0]).toEqual(await uninterrupted());
  });

  it('a worker stopped inside the cluster step loses nothing and clusters each article once', async () => {
    const backend = createMemoryBackend();
    await createArticleIndex(backend).ingest(ALL, { ...ctx, deferClustering: true });
    // The clustering transaction dies before it commits (the worker was stopped): nothing of it lands.
    const dying: typeof backend = {
      ...backend,
      run: (mode, work) =>
        backend.run(mode, async (tx) => {
          await work(tx);
          throw new Error('worker stopped');
        }),
    };
    await expect(createArticleIndex(dying).clusterPending()).rejects.toThrow('worker stopped');
    const resumed = createArticleIndex(backend);
    expect((await resumed.clusterPending()).clustered).toBe(7);
    const expected = createMemoryIndex();
    await expected.ingest(ALL, ctx);
    expect(await snapshot(resumed)).toEqual(await snapshot(expected));
  });

  it('stores many feeds, then clusters them once, as if each article had been clustered in publication order', async () => {
    const deferred = createMemoryIndex();
    for (const a of ALL) await deferred.ingest([a], { ...ctx, deferClustering: true });
    expect((await deferred.clusterPending({ whenAtLeast: 8 })).clustered).toBe(0);
    expect((await deferred.clusterPending({ whenAtLeast: 7 })).clustered).toBe(7);
    expect(await snapshot(deferred)).toEqual(await uninterrupted());
  });

  it('dedups a pending article across feeds and URL variants, and maps its page by content meanwhile', async () => {
    const index = createMemoryIndex();
    await index.ingest(ALL.filter((a) => a !== FED_HIKE[0]), ctx);
    const page = FED_HIKE[0]!;
    expect((await index.ingest([page], { ...ctx, deferClustering: true })).added).toBe(1);
    const variant = { ...page, url: page.url.replace('https://', 'http://') + '?utm_source=x' };
    expect(await index.ingest([variant], { feedUrl: 'https://other.example/rss', now: ctx.now, deferClustering: true })).toMatchObject({
      added: 0,
    });
    const cov = await index.coverageFor(page, { now: ctx.now });
    expect(cov.via).toBe('content');
    expect(cov.articles.map((c) => c.article.outletId).sort()).toEqual(['bbc', 'fox']);
    await index.clusterPending();
    expect((await index.coverageFor(page, { now: ctx.now })).via).toBe('url');
    expect((await index.stats()).articles).toBe(7);
  });
});

describe('coverage of pages without publication times', () => {
  const now = T0;
  const undated = (id: string, title: string, summary: string) => ({
    url: `https://${id}.example/x`,
    title,
    summary,
    outletId: `o-${id}`,
    lang: 'en',
    published: null,
  });
  const articles = [
    undated('a', 'Senate confirms Barrett to the Supreme Court', 'The Senate voted 52-48 to confirm Amy Coney Barrett as a Supreme Court justice on Monday.'),
    undated('b', 'Barrett confirmed as Supreme Court justice in 52-48 Senate vote', 'Republicans confirmed Amy Coney Barrett to the Supreme Court, a week before the election.'),
    // Tells the same event in other words: too little in common to join the story, enough to be shown it.
    undated('c', 'Justice Barrett sworn in at White House ceremony', 'A new justice takes her seat after the vote, cheered by conservatives.'),
    undated('d', 'Storm floods coastal towns in Louisiana', 'Hurricane Delta brought heavy rain and flooding to the coast.'),
    undated('e', 'Apple unveils new iPhone with faster chip', 'The company showed four phones at its autumn event.'),
  ];

  it('shows a page left alone in its story the story that fits it best, and nothing to an unrelated page', async () => {
    const index = createMemoryIndex();
    for (const a of articles) await index.ingest([a], { feedUrl: null, now });
    const [a, c] = await Promise.all([index.getArticle(articles[0]!.url), index.getArticle(articles[2]!.url)]);
    expect(c?.storyId).not.toBe(a?.storyId);
    const covered = await index.coverageFor(articles[2]!, { now });
    expect(covered.storyId).toBe(a?.storyId);
    expect(covered.articles.map((x) => x.article.id).sort()).toEqual([articles[0]!.url, articles[1]!.url]);
    const storm = await index.coverageFor(articles[3]!, { now });
    expect(storm.articles).toEqual([]);
  });

  it('leaves out a story member that is alike to every article of the topic (a hub), keeping the event\'s reports', async () => {
    // An explainer sums up the whole topic: it is as close to the page as other events' reports are to it,
    // and closer than half the page's nearest reports (so a rule relative to the best showed it).
    const topic = [
      undated('h', 'Barrett confirmation vote: what to know about the Supreme Court nominee', 'Amy Coney Barrett, the Senate, the Supreme Court vote, Democrats, Republicans and the election: a guide to the confirmation fight.'),
      undated('e1', 'Democrats boycott Judiciary Committee vote on Barrett', 'Senate Democrats stayed away as Republicans advanced Amy Coney Barrett nomination to the Supreme Court.'),
      undated('e2', 'Barrett declines to say whether Trump can delay the election', 'At her Senate hearing, the Supreme Court nominee Amy Coney Barrett refused to answer questions on the election.'),
      undated('e3', 'Trump nominates Barrett to replace Ginsburg', 'President Trump picked Amy Coney Barrett for the Supreme Court seat left by Ruth Bader Ginsburg, ahead of a Senate fight.'),
      articles[0]!,
      articles[1]!,
      undated('p', 'Senate votes 52-48 to confirm Barrett', 'Amy Coney Barrett was confirmed to the Supreme Court by the Senate on Monday, in a 52-48 vote.'),
    ];
    const index = createMemoryIndex();
    for (const a of topic) await index.ingest([a], { feedUrl: null, now });
    const [hub, page] = await Promise.all([index.getArticle(topic[0]!.url), index.getArticle(topic[6]!.url)]);
    expect(hub?.storyId).toBe(page?.storyId);
    const covered = await index.coverageFor(topic[6]!, { now });
    expect(covered.articles.map((x) => x.article.id).sort()).toEqual([articles[0]!.url, articles[1]!.url]);
  });

  it('shows every report of a story told alike by many outlets (closeness to its own story is no hubness)', async () => {
    const verbs = ['confirms', 'approves', 'backs', 'seats', 'votes to confirm', 'narrowly confirms', 'confirms nominee', 'installs', 'elevates', 'puts'];
    const details = ['The vote came on Monday.', 'Republicans pushed it through a week before the election.', 'Democrats opposed the nomination.', 'The margin was 52 to 48.', 'She replaces Ruth Bader Ginsburg.', 'Trump hailed the vote.', 'It is the fastest confirmation in decades.', 'The court now has a 6-3 conservative majority.', 'She will be sworn in at the White House.', 'Mitch McConnell praised the vote.'];
    const reports = verbs.map((v, i) =>
      undated(`r${i}`, `Senate ${v} Amy Coney Barrett to the Supreme Court`, `The Senate voted 52-48 to confirm Amy Coney Barrett to the Supreme Court. ${details[i]}`),
    );
    const index = createMemoryIndex();
    for (const a of [...reports, articles[3]!, articles[4]!]) await index.ingest([a], { feedUrl: null, now });
    const covered = await index.coverageFor(reports[1]!, { now });
    expect(covered.articles.map((x) => x.article.id).sort()).toEqual(reports.filter((_, i) => i !== 1).map((r) => r.url).sort());
  });
});
