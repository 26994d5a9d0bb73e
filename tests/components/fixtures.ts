// Fixture reports for component tests: the Xi–Putin video call story (Feb 4, 2026) as a reader of
// Reuters would see it, 15 outlets across the spectrum, plus one report per non-article state.

import type { Bias, Factual, OutletType, Ownership, Rating } from '../../lib/catalog/types';
import type { CoverageEntry, CoverageWhy, IndexStatus, OutletCard, TabReport } from '../../lib/coverage/types';
import type { PageArticle } from '../../lib/page/types';

export const HOUR_MS = 3_600_000;
/** Wednesday, Feb 4, 2026, 08:00 UTC. */
export const STORY_T0 = Date.UTC(2026, 1, 4, 8, 0);
/** "Now" for relative times: 30 h after T0. */
export const NOW = STORY_T0 + 30 * HOUR_MS;

interface OutletSpec {
  id: string;
  name: string;
  country: string;
  lang: string;
  type: OutletType;
  bias: Bias | null;
  factual: Factual | null;
  owner?: string;
  ownership?: Ownership;
  ratings?: Rating[];
}

export function makeOutlet(s: OutletSpec): OutletCard {
  return {
    id: s.id,
    name: s.name,
    homepage: `https://www.${s.id}.example/`,
    country: s.country,
    languages: [s.lang],
    type: s.type,
    bias: s.bias,
    factual: s.factual,
    owner: s.owner,
    ownership: s.ownership,
    ratings: s.ratings ?? [],
  };
}

export const OUTLETS = {
  reuters: makeOutlet({
    id: 'reuters', name: 'Reuters', country: 'GB', lang: 'en', type: 'wire', bias: 'center', factual: 'very-high',
    owner: 'Thomson Reuters', ownership: 'corporate',
    ratings: [
      { provider: 'allsides', bias: 'Center', url: 'https://www.allsides.com/news-source/reuters', asOf: '2025' },
      { provider: 'mbfc', bias: 'least-biased', factual: 'very-high', url: 'https://mediabiasfactcheck.com/reuters/', asOf: '2025-06-01' },
      { provider: 'shady', bias: 'Left', url: 'javascript:alert("rating")' },
    ],
  }),
  ap: makeOutlet({ id: 'apnews', name: 'AP News', country: 'US', lang: 'en', type: 'wire', bias: 'lean-left', factual: 'high', owner: 'Associated Press', ownership: 'cooperative' }),
  bbc: makeOutlet({ id: 'bbc', name: 'BBC News', country: 'GB', lang: 'en', type: 'public-broadcaster', bias: 'center', factual: 'high', owner: 'BBC', ownership: 'public-broadcaster' }),
  guardian: makeOutlet({ id: 'theguardian', name: 'The Guardian', country: 'GB', lang: 'en', type: 'newspaper', bias: 'lean-left', factual: 'mixed', owner: 'Scott Trust', ownership: 'nonprofit' }),
  cnn: makeOutlet({ id: 'cnn', name: 'CNN', country: 'US', lang: 'en', type: 'broadcaster', bias: 'left', factual: 'mostly-factual', owner: 'Warner Bros. Discovery', ownership: 'corporate' }),
  nyt: makeOutlet({ id: 'nytimes', name: 'The New York Times', country: 'US', lang: 'en', type: 'newspaper', bias: 'lean-left', factual: 'high', owner: 'The New York Times Company', ownership: 'corporate' }),
  fox: makeOutlet({ id: 'foxnews', name: 'Fox News', country: 'US', lang: 'en', type: 'broadcaster', bias: 'right', factual: 'mixed', owner: 'Fox Corporation', ownership: 'corporate' }),
  nypost: makeOutlet({ id: 'nypost', name: 'New York Post', country: 'US', lang: 'en', type: 'newspaper', bias: 'lean-right', factual: 'mixed', owner: 'News Corp', ownership: 'corporate' }),
  examiner: makeOutlet({ id: 'washingtonexaminer', name: 'Washington Examiner', country: 'US', lang: 'en', type: 'magazine', bias: 'right', factual: 'mixed', owner: 'Clarity Media Group', ownership: 'private' }),
  xinhua: makeOutlet({ id: 'xinhua', name: 'Xinhua', country: 'CN', lang: 'en', type: 'state-media', bias: null, factual: 'low', owner: 'Government of China', ownership: 'state-controlled' }),
  rt: makeOutlet({ id: 'rt', name: 'RT', country: 'RU', lang: 'en', type: 'state-media', bias: null, factual: 'very-low', owner: 'Government of Russia', ownership: 'state-controlled' }),
  dw: makeOutlet({ id: 'dw', name: 'Deutsche Welle', country: 'DE', lang: 'de', type: 'public-broadcaster', bias: 'center', factual: 'high', owner: 'Federal Republic of Germany (public)', ownership: 'public-broadcaster' }),
  handelsblatt: makeOutlet({ id: 'handelsblatt', name: 'Handelsblatt', country: 'DE', lang: 'de', type: 'newspaper', bias: 'lean-right', factual: 'high', owner: 'Handelsblatt Media Group', ownership: 'private' }),
  ansa: makeOutlet({ id: 'ansa', name: 'ANSA', country: 'IT', lang: 'it', type: 'wire', bias: 'center', factual: 'high', owner: 'ANSA cooperative', ownership: 'cooperative' }),
  eleconomista: makeOutlet({ id: 'eleconomista', name: 'El Economista', country: 'ES', lang: 'es', type: 'newspaper', bias: null, factual: null }),
} satisfies Record<string, OutletCard>;

let seq = 0;
/** What the background answers to `story:why` for each fixture entry (by article id). */
const FIXTURE_WHYS = new Map<string, CoverageWhy>();

export function makeEntry(
  outlet: OutletCard | null,
  title: string,
  hoursAfterT0: number,
  extra: Partial<CoverageEntry> & { summary?: string } = {},
): CoverageEntry {
  seq += 1;
  const { summary = null, ...fields } = extra;
  const domain = outlet ? `${outlet.id}.example` : 'unknown-blog.example';
  const url = `https://www.${domain}/world/xi-putin-call-${seq}`;
  const entry: CoverageEntry = {
    articleId: url.replace('https://www.', 'https://'),
    title,
    url,
    published: STORY_T0 + hoursAfterT0 * HOUR_MS,
    lang: outlet?.languages[0] ?? 'en',
    domain,
    outlet,
    score: 0.42,
    isReaderOutlet: false,
    ...fields,
  };
  FIXTURE_WHYS.set(entry.articleId, {
    explanation: { score: entry.score, sharedTerms: ['video', 'call', 'energy'], sharedEntities: ['Xi Jinping', 'Vladimir Putin'], hoursApart: hoursAfterT0 },
    summary,
    ratings: (outlet?.ratings ?? []).map((r) => ({ provider: r.provider, bias: r.bias })),
  });
  return entry;
}

/** "Why is this here?" of a fixture entry, as the background would answer it (null for unknown entries). */
export function fixtureWhy(entry: CoverageEntry): CoverageWhy | null {
  return FIXTURE_WHYS.get(entry.articleId) ?? null;
}

/** The page being read: a Reuters article. */
export const READER_PAGE: PageArticle = {
  url: 'https://www.reuters.com/world/china/xi-putin-hold-video-call-2026-02-04/',
  canonicalUrl: 'https://reuters.com/world/china/xi-putin-hold-video-call-2026-02-04',
  headline: "China's Xi and Russia's Putin reinforce ties in video call",
  description: 'Xi and Putin highlighted growing economic, energy and high-tech cooperation.',
  siteName: 'Reuters',
  domain: 'reuters.com',
  publishedTime: new Date(STORY_T0 + 1 * HOUR_MS).toISOString(),
  modifiedTime: null,
  lang: 'en',
  author: null,
  section: 'World',
  bodyText: 'Chinese leader Xi Jinping held a video call with Russian President Vladimir Putin on Wednesday…',
};

export const STORY_ENTRIES: CoverageEntry[] = [
  makeEntry(OUTLETS.eleconomista, 'Xi y Putin refuerzan sus lazos en una videollamada', -0.8, { lang: 'es' }),
  makeEntry(OUTLETS.xinhua, 'Xi holds video call with Putin', 0.5, {
    summary: 'Chinese President Xi Jinping on Wednesday held a video call with Russian President Vladimir Putin.',
  }),
  makeEntry(OUTLETS.rt, 'Putin and Xi discuss energy partnership in video call', 1.5),
  makeEntry(OUTLETS.ap, 'Xi and Putin hold video call, pledge closer ties in a turbulent world', 2),
  makeEntry(OUTLETS.bbc, 'Xi and Putin praise ties in call as Trump also speaks to Chinese leader', 3),
  makeEntry(OUTLETS.guardian, 'Xi tells Putin China and Russia must stay close amid global turmoil', 4),
  makeEntry(OUTLETS.cnn, "Xi and Putin talk by video as China plays mediator", 5),
  makeEntry(OUTLETS.nyt, 'In Call With Putin, Xi Signals Steady Support', 6),
  makeEntry(OUTLETS.fox, "China's Xi, Russia's Putin tout 'strategic' partnership in video call", 7),
  makeEntry(OUTLETS.nypost, 'Xi and Putin cozy up in video call hours before Trump chat', 8),
  makeEntry(OUTLETS.examiner, 'Xi-Putin call shows the axis is alive and well', 20),
  makeEntry(OUTLETS.dw, 'Xi und Putin bekräftigen Partnerschaft per Videoschalte', 9, { lang: 'de' }),
  makeEntry(OUTLETS.handelsblatt, 'Xi telefoniert mit Trump und Putin an einem Tag', 10, { lang: 'de' }),
  makeEntry(OUTLETS.ansa, 'Xi sente Putin e poi Trump: la diplomazia del presidente cinese', 11, { lang: 'it' }),
  makeEntry(OUTLETS.reuters, "Putin says Russia is China's leading energy supplier after Xi call", 3.5, { isReaderOutlet: true }),
];

export const INDEX_READY: IndexStatus = {
  articles: 4_812,
  stories: 1_930,
  feeds: 96,
  lastRefresh: NOW - 20 * 60_000,
  progress: { running: false, startedAt: NOW - 21 * 60_000, finishedAt: NOW - 20 * 60_000, feedsTotal: 96, feedsDone: 96, newArticles: 112, errors: 2 },
};

export const INDEX_BUILDING: IndexStatus = {
  articles: 640,
  stories: 410,
  feeds: 96,
  lastRefresh: null,
  progress: { running: true, startedAt: NOW - 40_000, finishedAt: null, feedsTotal: 96, feedsDone: 37, newArticles: 640, errors: 1 },
};

export const INDEX_EMPTY: IndexStatus = {
  articles: 0,
  stories: 0,
  feeds: 96,
  lastRefresh: null,
  progress: { running: false, startedAt: null, finishedAt: null, feedsTotal: 0, feedsDone: 0, newArticles: 0, errors: 0 },
};

export const INDEX_OFFLINE: IndexStatus = {
  articles: 0,
  stories: 0,
  feeds: 96,
  lastRefresh: NOW - 60_000,
  progress: { running: false, startedAt: NOW - 90_000, finishedAt: NOW - 60_000, feedsTotal: 96, feedsDone: 96, newArticles: 0, errors: 96 },
};

export const RICH_REPORT: TabReport = {
  state: 'article',
  page: READER_PAGE,
  outlet: OUTLETS.reuters,
  story: { id: 'story-xi-putin', title: "China's Xi and Russia's Putin reinforce ties in video call", entries: STORY_ENTRIES },
  index: INDEX_READY,
};

export function articleReport(entries: CoverageEntry[], index: IndexStatus = INDEX_READY): TabReport {
  return { ...RICH_REPORT, story: { ...(RICH_REPORT as { story: { id: string; title: string } }).story, entries }, index } as TabReport;
}

export const XSS_TITLE = '<img src=x onerror="window.__pwned=1"><script>window.__pwned=2</script>';

/** Entries carrying hostile text and non-http links. */
export const HOSTILE_ENTRIES: CoverageEntry[] = [
  makeEntry(OUTLETS.cnn, XSS_TITLE, 1, { url: 'javascript:window.__pwned=3', summary: '<b onmouseover="x()">bold</b>' }),
  makeEntry(OUTLETS.fox, 'Data URL headline', 2, { url: 'data:text/html,<script>alert(1)</script>' }),
  makeEntry(OUTLETS.bbc, 'Vbscript headline', 2.5, { url: 'vbscript:msgbox(1)' }),
  makeEntry(null, 'Relative link headline', 3, { url: '/relative/path' }),
  makeEntry(OUTLETS.ap, 'Good link headline', 4),
];

export const STATE_REPORTS: Record<string, TabReport> = {
  loading: { state: 'loading' },
  unsupported: { state: 'unsupported', reason: 'This is a browser page (chrome://extensions); extensions cannot read it.' },
  notNews: {
    state: 'not-news',
    url: 'https://www.bbc.co.uk/news',
    reason: 'This looks like a section front page: many headlines and no article body.',
    index: INDEX_READY,
  },
  noCoverage: articleReport([]),
  building: articleReport([], INDEX_BUILDING),
  empty: articleReport([], INDEX_EMPTY),
  offline: articleReport([], INDEX_OFFLINE),
  error: { state: 'error', message: 'Background did not answer: <timeout after 5000 ms>' },
};
