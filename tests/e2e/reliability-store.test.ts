// Reliability of the article store in Chromium's real IndexedDB (the extension's own store code, bundled
// for a page of the local web): databases of the previous and the oldest schema versions upgrade without
// loss, and a
// full disk (the origin's quota lowered through the DevTools protocol) is survived: the store reports
// the QuotaExceededError, prunes the oldest day, keeps answering.

import { fileURLToPath } from 'node:url';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bundleForBrowser } from '../../lib/bench/browser-bundle';
import type { storeProbe as StoreProbe } from '../../lib/bench/store-probe';
import { startOutletServer, type OutletServer } from '../../lib/demo/outlet-server';
import { canonicalizeUrl } from '../../lib/index/canonical-url';
import type { ArticleRecordV1 } from '../../lib/index/idb-backend';
import type { ArticleInput } from '../../lib/index/types';
import { launchChromiumWithExtension, type ChromiumExtensionBrowser } from './support/chromium';

const ORIGIN = 'https://store.parallax.test';
/** An origin of its own for the quota test, so its starting usage does not depend on the other test. */
const QUOTA_ORIGIN = 'https://quota.parallax.test';
const PROBE_ENTRY = fileURLToPath(new URL('../../lib/bench/store-probe.ts', import.meta.url));
const HOUR_MS = 3_600_000;
/** Room left to the test origin: a few hundred articles' worth. Bytes. */
const SMALL_QUOTA_BYTES = 1_500_000;

const TOPICS = [
  ['Parliament', 'budget', 'vote', 'deficit', 'coalition'],
  ['Wildfire', 'evacuation', 'county', 'firefighters', 'drought'],
  ['Central', 'bank', 'interest', 'rates', 'inflation'],
  ['Championship', 'final', 'striker', 'penalty', 'stadium'],
  ['Vaccine', 'trial', 'regulator', 'approval', 'doses'],
  ['Earthquake', 'magnitude', 'coast', 'tsunami', 'warning'],
];

/** Synthetic articles: `count` items over `days` days, stories of six outlets each (deterministic). */
function makeArticles(count: number, now: number, days: number, prefix: string): ArticleInput[] {
  return Array.from({ length: count }, (_, i) => {
    const topic = TOPICS[i % TOPICS.length] as string[];
    const story = Math.floor(i / 6);
    const words = topic.map((w, k) => (k === (i + story) % 5 ? `${w}${story}` : w)).join(' ');
    return {
      url: `https://www.outlet${i % 6}.example/${prefix}/story-${story}/article-${i}`,
      title: `${words} story ${story} update ${i % 6}`,
      summary: `${words} — reported by outlet ${i % 6} about story number ${story}. `.repeat(4),
      outletId: null,
      lang: 'en',
      published: now - ((i * 7919) % (days * 24)) * HOUR_MS - HOUR_MS,
    };
  });
}

async function probe<K extends keyof typeof StoreProbe>(
  page: Page,
  method: K,
  ...args: Parameters<(typeof StoreProbe)[K]>
): Promise<Awaited<ReturnType<(typeof StoreProbe)[K]>>> {
  return page.evaluate(
    ({ method, args }) =>
      (globalThis as unknown as { __parallaxStoreProbe: Record<string, (...a: unknown[]) => unknown> }).__parallaxStoreProbe[method]?.(...args),
    { method, args: args as unknown[] },
  ) as never;
}

describe('Parallax store reliability in Chromium (real IndexedDB)', () => {
  let server: OutletServer;
  let browser: ChromiumExtensionBrowser;
  let bundle: string;

  beforeAll(async () => {
    server = await startOutletServer();
    for (const origin of [ORIGIN, QUOTA_ORIGIN]) server.route(`${origin}/index.html`, { body: '<!doctype html><title>store</title><p>store tests</p>' });
    browser = await launchChromiumWithExtension(server);
    bundle = await bundleForBrowser(PROBE_ENTRY);
  });
  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  async function openProbePage(origin = ORIGIN): Promise<Page> {
    const page = await browser.session.context.newPage();
    await page.goto(`${origin}/index.html`);
    await page.evaluate(bundle);
    return page;
  }

  it('upgrades a populated database of the previous schema version (4) without changing a record', async () => {
    const now = Date.now();
    const inputs = makeArticles(240, now, 5, 'v4');
    const page = await openProbePage();
    // 200 clustered articles and 40 still waiting for their stories, as a refresh cut short leaves them.
    const before = await probe(page, 'createV4Database', 'parallax-upgrade-v4', inputs.slice(0, 200), inputs.slice(200), now);
    await page.close();
    const fresh = await openProbePage();
    const r = await probe(fresh, 'upgradeAndDump', 'parallax-upgrade-v4');
    expect(r.version).toBe(r.expectedVersion);
    // Every record as the current code writes it: display fields moved, nothing lost or changed.
    expect(r.records.length).toBeGreaterThan(100_000);
    expect(r.records === before, 'the upgraded records differ from the current ones').toBe(true);
    expect(r.clustered).toBe(40);
    await fresh.close();
  });

  it('upgrades a populated database of the oldest schema version (1) without losing an article', async () => {
    const now = Date.now();
    const inputs = makeArticles(300, now, 5, 'v1');
    const v1: ArticleRecordV1[] = inputs.map((a, i) => {
      const id = canonicalizeUrl(a.url) ?? a.url;
      return {
        id,
        url: a.url,
        title: a.title,
        summary: a.summary,
        outletId: a.outletId,
        domain: new URL(id).hostname.replace(/^www\./, ''),
        lang: a.lang,
        published: a.published ?? now,
        firstSeen: (a.published ?? now) + 60_000,
        feedUrl: `https://www.outlet${i % 6}.example/feed.xml`,
        storyId: `old-${Math.floor(i / 6)}`,
      };
    });
    const page = await openProbePage();
    expect(await probe(page, 'createV1Database', 'parallax-upgrade', v1)).toBe(1);
    await page.close();

    // A new page: the store opens the old database and migrates it.
    const fresh = await openProbePage();
    const query = { ...inputs[7], url: 'https://www.reader.example/read/this' } as ArticleInput;
    const r = await probe(fresh, 'readThroughStore', 'parallax-upgrade', v1.map((a) => a.id), query, now);
    expect(r.version).toBe(r.expectedVersion);
    expect(r.stats.articles).toBe(v1.length);
    const byId = new Map(v1.map((a) => [a.id, a]));
    for (const f of r.found) {
      expect(f.title, `lost ${f.id}`).toBe(byId.get(f.id)?.title);
      expect(f.storyId, `${f.id} has no story after the upgrade`).not.toBe('');
    }
    // Matching works on the migrated data (features and stories were rebuilt).
    expect(r.via).not.toBe('none');
    expect(r.coverageRows).toBeGreaterThan(0);
    await fresh.close();
  });

  // In Chromium a readwrite transaction that puts records is refused once the origin is over its quota,
  // even when it mostly deletes: the store's quota prune starts with a delete-only transaction.
  it('survives a full disk: reports the quota error, prunes the oldest articles and keeps answering', async () => {
    const page = await openProbePage(QUOTA_ORIGIN);
    const cdp = await browser.session.context.newCDPSession(page);
    // Room for a few hundred more articles than the origin already holds.
    const usage = await page.evaluate(() => navigator.storage.estimate().then((e) => e.usage ?? 0));
    await cdp.send('Storage.overrideQuotaForOrigin', { origin: QUOTA_ORIGIN, quotaSize: usage + SMALL_QUOTA_BYTES });
    try {
      const now = Date.now();
      const all = makeArticles(8_000, now, 7, 'quota');
      const batches: ArticleInput[][] = [];
      for (let i = 0; i < all.length; i += 250) batches.push(all.slice(i, i + 250));
      const r = await probe(page, 'fillUntilQuota', 'parallax-quota', batches, now);
      const detail = JSON.stringify({ ...r, results: r.results.slice(-3), batches: r.results.length });
      expect(r.thrown, `ingest threw instead of handling the quota: ${detail}`).toBeNull();
      expect(r.results.some((b) => b.quotaExceeded), `quota never reached (usage ${r.usage} of ${r.quota})`).toBe(true);
      expect(r.results.reduce((n, b) => n + b.pruned, 0)).toBeGreaterThan(0);
      // Still a working index: counts are consistent and a page can be matched.
      expect(r.stats.articles).toBeGreaterThan(0);
      expect(r.stats.articles, `counters disagree with the store: ${detail}`).toBe(r.storedArticles);
      expect(r.stats.stories, `counters disagree with the store: ${detail}`).toBe(r.storedStories);
      expect(r.coverageVia).not.toBeNull();
    } finally {
      await cdp.send('Storage.overrideQuotaForOrigin', { origin: QUOTA_ORIGIN }).catch(() => undefined);
      await page.close();
    }
  });
});
