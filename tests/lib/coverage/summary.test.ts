import { describe, expect, it } from 'vitest';
import type { Bias } from '../../../lib/catalog/types';
import {
  BLINDSPOT_DOMINANT_SHARE_PCT,
  BLINDSPOT_MIN_RATED_OUTLETS,
  BLINDSPOT_MINOR_SHARE_PCT,
  TIMELINE_MAX_BUCKETS,
  buildTimeline,
  chooseBucketMs,
  computePercentages,
  computeStorySummary,
  countEntriesByTab,
  filterEntriesByTab,
  safeHttpUrl,
  sortCoverageEntries,
} from '../../../lib/coverage/summary';
import type { CoverageEntry } from '../../../lib/coverage/types';
import { HOUR_MS, OUTLETS, READER_PAGE, STORY_ENTRIES, STORY_T0, makeEntry, makeOutlet } from '../../components/fixtures';

function outletWith(id: string, bias: Bias | null) {
  return makeOutlet({ id, name: id.toUpperCase(), country: 'US', lang: 'en', type: 'newspaper', bias, factual: null });
}
function entriesFor(biases: (Bias | null)[]): CoverageEntry[] {
  return biases.map((b, i) => makeEntry(outletWith(`o${i}`, b), `Headline ${i}`, i));
}

describe('safeHttpUrl', () => {
  it('keeps http and https URLs', () => {
    expect(safeHttpUrl('https://example.com/a?b=1')).toBe('https://example.com/a?b=1');
    expect(safeHttpUrl('  http://example.com ')).toBe('http://example.com/');
  });
  it.each([
    'javascript:alert(1)',
    'JavaScript:alert(1)',
    ' javascript:alert(1)',
    'java\tscript:alert(1)',
    'data:text/html,<script>alert(1)</script>',
    'vbscript:msgbox(1)',
    'file:///etc/passwd',
    'ftp://example.com/',
    '/relative/path',
    '//example.com/protocol-relative',
    '',
  ])('rejects %j', (url) => {
    expect(safeHttpUrl(url)).toBeNull();
  });
  it('rejects non-strings', () => {
    expect(safeHttpUrl(null)).toBeNull();
    expect(safeHttpUrl(undefined)).toBeNull();
  });
});

describe('computePercentages', () => {
  it('adds up to 100 with largest-remainder rounding', () => {
    expect(computePercentages([1, 3, 4, 2, 2])).toEqual([8, 25, 33, 17, 17]);
    expect(computePercentages([2, 1])).toEqual([67, 33]);
    expect(computePercentages([1, 1, 1, 1, 3])).toEqual([14, 14, 14, 14, 43]);
  });
  it('never tilts a tie: equal counts get equal percentages', () => {
    expect(computePercentages([1, 1, 1])).toEqual([33, 33, 33]);
    expect(computePercentages([4, 4, 4])).toEqual([33, 33, 33]);
    expect(computePercentages([1, 1, 1, 1, 1, 1, 1])).toEqual([14, 14, 14, 14, 14, 14, 14]);
  });
  it('is all zeros for no counts', () => {
    expect(computePercentages([0, 0])).toEqual([0, 0]);
  });
});

describe('computeStorySummary on the Xi–Putin fixture', () => {
  const s = computeStorySummary(STORY_ENTRIES, { page: READER_PAGE, outlet: OUTLETS.reuters });

  it('counts outlets (reader included once) and articles (reader page added)', () => {
    expect(s.outlets).toBe(15);
    expect(s.otherOutlets).toBe(14);
    expect(s.articles).toBe(16);
  });

  it('distributes bias over rated outlets, unrated apart', () => {
    expect(s.bias.rated).toBe(12);
    expect(s.bias.unrated.count).toBe(3);
    expect(s.bias.unrated.pct).toBe(20);
    const counts = Object.fromEntries(Object.entries(s.bias.buckets).map(([k, v]) => [k, [v.count, v.pct]]));
    expect(counts).toEqual({ left: [1, 8], 'lean-left': [3, 25], center: [4, 33], 'lean-right': [2, 17], right: [2, 17] });
    expect(s.bias.sides.left.count).toBe(4);
    expect(s.bias.sides.right.count).toBe(4);
  });

  it('counts outlets, not articles: a second article of an outlet does not change the bar', () => {
    const extra = makeEntry(OUTLETS.fox, 'Another Fox piece', 12);
    const s2 = computeStorySummary([...STORY_ENTRIES, extra], { page: READER_PAGE, outlet: OUTLETS.reuters });
    expect(s2.articles).toBe(17);
    expect(s2.outlets).toBe(15);
    expect(s2.bias.buckets.right.count).toBe(2);
  });

  it('does not add the page twice when the background already lists it', () => {
    const listed = makeEntry(OUTLETS.reuters, READER_PAGE.headline, 1, {
      url: READER_PAGE.url,
      articleId: READER_PAGE.canonicalUrl,
      isReaderOutlet: true,
    });
    const s2 = computeStorySummary([...STORY_ENTRIES, listed], { page: READER_PAGE, outlet: OUTLETS.reuters });
    expect(s2.articles).toBe(16);
  });

  it('recognises the page listed under another spelling of its URL (host case, tracking parameters)', () => {
    const spellings = [
      'https://WWW.Reuters.COM/world/china/xi-putin-hold-video-call-2026-02-04/?utm_source=x',
      'https://reuters.com/world/china/xi-putin-hold-video-call-2026-02-04',
    ];
    for (const url of spellings) {
      const listed = makeEntry(OUTLETS.reuters, READER_PAGE.headline, 1, { url, articleId: 'stored-under-another-id', isReaderOutlet: true });
      expect(computeStorySummary([...STORY_ENTRIES, listed], { page: READER_PAGE, outlet: OUTLETS.reuters }).articles, url).toBe(16);
    }
    const other = makeEntry(OUTLETS.reuters, 'Another Reuters article', 1, {
      url: 'https://www.reuters.com/world/china/another-story',
      articleId: 'another',
      isReaderOutlet: true,
    });
    expect(computeStorySummary([...STORY_ENTRIES, other], { page: READER_PAGE, outlet: OUTLETS.reuters }).articles).toBe(17);
  });

  it('finds the first report (El Economista, before the page)', () => {
    expect(s.firstReported?.entry.outlet?.name).toBe('El Economista');
    expect(s.firstReported?.isReaderPage).toBe(false);
    expect(s.firstReported?.entry.published).toBe(STORY_T0 - 0.8 * HOUR_MS);
  });

  it('marks the reader page as first report when it is earliest', () => {
    const late = STORY_ENTRIES.filter((e) => e.published > STORY_T0 + 2 * HOUR_MS);
    const s2 = computeStorySummary(late, { page: READER_PAGE, outlet: OUTLETS.reuters });
    expect(s2.firstReported?.isReaderPage).toBe(true);
    expect(s2.firstReported?.entry.title).toBe(READER_PAGE.headline);
  });

  it('breaks down factuality, ownership and state control', () => {
    expect(s.factuality.levels['very-high'].count).toBe(1);
    expect(s.factuality.levels.high.count).toBe(6); // AP, BBC, NYT, DW, Handelsblatt, ANSA
    expect(s.factuality.unknown.count).toBe(1);
    expect(s.ownership.kinds['state-controlled'].count).toBe(2);
    expect(s.ownership.stateControlled).toBe(2);
    expect(s.ownership.unknown.count).toBe(1);
    const pctSum = Object.values(s.ownership.kinds).reduce((n, v) => n + v.pct, 0);
    // 5/2/1/2/2/2 of 14: the four 2s stay equal (14 % each), so the sum is 99, not 100.
    expect(pctSum).toBe(99);
    expect(s.ownership.kinds.private.pct).toBe(s.ownership.kinds['state-controlled'].pct);
  });

  it('lists countries by outlets and languages by articles', () => {
    expect(s.countries[0]).toEqual({ code: 'US', count: 6 });
    expect(s.countries.map((c) => c.code).sort()).toEqual(['CN', 'DE', 'ES', 'GB', 'IT', 'RU', 'US']);
    expect(s.languages[0]).toEqual({ code: 'en', count: 12 });
    expect(s.languages.map((l) => l.code).sort()).toEqual(['de', 'en', 'es', 'it']);
  });

  it('has no blindspot for balanced coverage', () => {
    expect(s.blindspot).toBeNull();
  });
});

describe('blindspot rule', () => {
  it('flags a story the right barely covers', () => {
    const s = computeStorySummary(entriesFor(['left', 'left', 'lean-left', 'lean-left', 'center', 'lean-right']));
    // 4 of 6 rated = 67 % left (≥ 60), 1 of 6 = 17 % right (> 15): not a blindspot yet.
    expect(s.blindspot).toBeNull();
    const s2 = computeStorySummary(entriesFor(['left', 'left', 'lean-left', 'lean-left', 'center', 'center', 'lean-right']));
    // 4/7 = 57 % < 60: no.
    expect(s2.blindspot).toBeNull();
    const s3 = computeStorySummary(entriesFor(['left', 'left', 'lean-left', 'lean-left', 'lean-left', 'center', 'lean-right', null]));
    // 5/7 = 71 % left, 1/7 = 14 % right -> blindspot for the right; the unrated outlet is ignored.
    expect(s3.blindspot).toMatchObject({ missingSide: 'right', dominantSide: 'left', dominantPct: 71, minorPct: 14, rated: 7 });
  });

  it('flags a story the left barely covers', () => {
    const s = computeStorySummary(entriesFor(['right', 'right', 'lean-right', 'lean-right', 'center']));
    expect(s.blindspot).toMatchObject({ missingSide: 'left', dominantSide: 'right', dominantPct: 80, minorPct: 0 });
  });

  it(`needs at least ${BLINDSPOT_MIN_RATED_OUTLETS} rated outlets`, () => {
    const few = computeStorySummary(entriesFor(['right', 'right', 'right', 'right', null, null, null]));
    expect(few.bias.rated).toBeLessThan(BLINDSPOT_MIN_RATED_OUTLETS);
    expect(few.blindspot).toBeNull();
  });

  it('uses thresholds that leave room between dominant and minor shares', () => {
    expect(BLINDSPOT_DOMINANT_SHARE_PCT).toBeGreaterThan(50);
    expect(BLINDSPOT_MINOR_SHARE_PCT).toBeLessThan(100 - BLINDSPOT_DOMINANT_SHARE_PCT);
  });
});

describe('timeline', () => {
  it('picks the bucket size from the span', () => {
    expect(chooseBucketMs(0)).toBe(15 * 60_000);
    expect(chooseBucketMs(5 * HOUR_MS)).toBe(15 * 60_000);
    expect(chooseBucketMs(6 * HOUR_MS)).toBe(30 * 60_000);
    expect(chooseBucketMs(30 * HOUR_MS)).toBe(2 * HOUR_MS);
    expect(chooseBucketMs(10 * 24 * HOUR_MS)).toBe(12 * HOUR_MS);
  });

  it('buckets articles, counts each once, and stays within the maximum', () => {
    const t = buildTimeline(STORY_ENTRIES);
    expect(t.articles).toBe(STORY_ENTRIES.length);
    expect(t.buckets.reduce((n, b) => n + b.count, 0)).toBe(STORY_ENTRIES.length);
    expect(t.buckets.length).toBeLessThanOrEqual(TIMELINE_MAX_BUCKETS);
    expect(t.bucketMs).toBe(HOUR_MS * 1);
    expect(t.buckets[0]!.start).toBeLessThanOrEqual(t.from!);
    expect(t.buckets.at(-1)!.end).toBeGreaterThan(t.to!);
    for (const b of t.buckets) expect(b.bySide.left + b.bySide.center + b.bySide.right + b.bySide.unrated).toBe(b.count);
    // Consecutive buckets tile the span without gaps.
    t.buckets.slice(1).forEach((b, i) => expect(b.start).toBe(t.buckets[i]!.end));
  });

  it('places articles in the right bucket', () => {
    const e = (h: number) => makeEntry(OUTLETS.bbc, 'x', h);
    const t = buildTimeline([e(0), e(0.1), e(2.6), e(3)]);
    expect(t.bucketMs).toBe(15 * 60_000);
    expect(t.buckets.map((b) => b.count)).toEqual([2, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1, 0, 1]);
  });

  it('ignores entries without a usable time', () => {
    const t = buildTimeline([makeEntry(OUTLETS.bbc, 'x', 0, { published: Number.NaN }), makeEntry(OUTLETS.bbc, 'y', 0, { published: 0 })]);
    expect(t).toEqual({ bucketMs: 0, buckets: [], articles: 0, from: null, to: null });
  });
});

describe('sortCoverageEntries', () => {
  const a = makeEntry(OUTLETS.bbc, 'a', 1, { score: 0.2 });
  const b = makeEntry(OUTLETS.fox, 'b', 3, { score: 0.9 });
  const c = makeEntry(OUTLETS.cnn, 'c', 2, { score: 0.5 });
  const undated = makeEntry(OUTLETS.ap, 'd', 0, { published: Number.NaN });
  it('orders newest first, earliest first, or by match score, undated last', () => {
    expect(sortCoverageEntries([a, undated, b, c]).map((e) => e.title)).toEqual(['b', 'c', 'a', 'd']);
    expect(sortCoverageEntries([a, undated, b, c], 'earliest').map((e) => e.title)).toEqual(['a', 'c', 'b', 'd']);
    expect(sortCoverageEntries([a, undated, b, c], 'match').map((e) => e.title)).toEqual(['b', 'c', 'd', 'a']); // d scores 0.42
  });
});

describe('tabs', () => {
  it('filters All / Left / Center / Right and counts them', () => {
    expect(countEntriesByTab(STORY_ENTRIES)).toEqual({ all: 15, left: 4, center: 4, right: 4 });
    expect(filterEntriesByTab(STORY_ENTRIES, 'left').map((e) => e.outlet?.id).sort()).toEqual(['apnews', 'cnn', 'nytimes', 'theguardian']);
    expect(filterEntriesByTab(STORY_ENTRIES, 'right').map((e) => e.outlet?.bias).sort()).toEqual(['lean-right', 'lean-right', 'right', 'right']);
    expect(filterEntriesByTab(STORY_ENTRIES, 'all')).toHaveLength(15);
  });
});
