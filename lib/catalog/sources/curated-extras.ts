// Hand-curated extras for the catalog compiler: path-specific outlets, where a provider rates a section
// rather than a domain, feed hosts that are not the outlet's own domain, and sample URLs per outlet.
// CLI-only input of lib/catalog/compile.ts; never imported by the extension.

/** Path-specific entries ("domain/prefix"; a "*" stands for exactly one path segment). */
export const CURATED_PATHS: Readonly<Record<string, readonly string[]>> = {
  'cnn-opinion': ['cnn.com/opinions', 'cnn.com/*/*/*/opinions'],
  'foxnews-opinion': ['foxnews.com/opinion'],
  'nytimes-opinion': ['nytimes.com/section/opinion', 'nytimes.com/*/*/*/opinion'],
  'nypost-opinion': ['nypost.com/opinion', 'nypost.com/*/*/*/opinion'],
};

/** Reference-table keys to read a provider's rating from, when not simply one of the outlet's domains. */
export const CURATED_RATING_KEYS: Readonly<Record<string, { allsides?: readonly string[]; mbfc?: readonly string[] }>> = {
  'cnn-opinion': { allsides: ['cnn.com/opinions'], mbfc: [] },
  'foxnews-opinion': { allsides: ['foxnews.com/opinion.html'], mbfc: [] },
  'nytimes-opinion': { allsides: ['nytimes.com/section/opinion'], mbfc: [] },
  'nypost-opinion': { allsides: ['nypost.com/opinion'], mbfc: [] },
  'pbs-newshour': { allsides: ['pbs.org/newshour'] },
};

/** Feed URL prefixes (scheme-less) that belong to an outlet although they are not on its domains. */
export const CURATED_FEED_HOSTS: Readonly<Record<string, readonly string[]>> = {
  bbc: ['feeds.bbci.co.uk/news'],
  breitbart: ['feeds.feedburner.com/breitbart'],
  zerohedge: ['feeds.feedburner.com/zerohedge'],
  ndtv: ['feeds.feedburner.com/ndtvnews'],
  'sky-news': ['feeds.skynews.com'],
  wsj: ['feeds.a.dj.com'],
  xinhua: ['english.news.cn', 'xinhuanet.com/english'],
};

/** Sample URLs: [articles, non-articles]; each must resolve to its outlet and to no other. */
export const CURATED_SAMPLES: Readonly<Record<string, readonly [readonly string[], readonly string[]]>> = {
  reuters: [['https://www.reuters.com/world/europe/eu-leaders-agree-ukraine-aid-2024-02-01/', 'https://reuters.com/business/energy/oil-prices-rise-2024-01-05/'], ['https://www.reuters.com/world/', 'https://www.reuters.com/']],
  apnews: [['https://apnews.com/article/israel-hamas-war-gaza-ceasefire-4c5b8e2f1a', 'https://apnews.com/article/election-2024-trump-biden-9d0e1f2a3b'], ['https://apnews.com/hub/politics', 'https://apnews.com/']],
  bbc: [['https://www.bbc.co.uk/news/world-europe-68123456', 'https://www.bbc.com/news/articles/c4g0e5xy9l3o', 'https://m.bbc.co.uk/news/uk-politics-67912345', 'https://www.bbc.com/mundo/articles/c0kgz5x1p3qo'], ['https://www.bbc.co.uk/news', 'https://www.bbc.com/sport']],
  guardian: [['https://www.theguardian.com/world/2024/jan/05/ukraine-war-latest', 'https://amp.theguardian.com/politics/2024/jan/05/sunak-election-date'], ['https://www.theguardian.com/international', 'https://www.theguardian.com/world']],
  cnn: [['https://edition.cnn.com/2024/01/05/politics/house-vote-border-deal/index.html', 'https://www.cnn.com/2024/01/05/world/gaza-aid-trucks-intl/index.html', 'https://amp.cnn.com/cnn/2024/01/05/us/storm-weather/index.html'], ['https://www.cnn.com/politics', 'https://edition.cnn.com/']],
  'cnn-opinion': [['https://www.cnn.com/2024/01/05/opinions/trump-ballot-supreme-court-honig/index.html'], ['https://www.cnn.com/opinions']],
  foxnews: [['https://www.foxnews.com/politics/house-republicans-border-bill', 'https://www.foxnews.com/world/israel-hamas-hostages-released'], ['https://www.foxnews.com/', 'https://www.foxnews.com/politics']],
  'foxnews-opinion': [['https://www.foxnews.com/opinion/biden-border-crisis-getting-worse'], ['https://www.foxnews.com/opinion']],
  npr: [['https://www.npr.org/2024/01/05/1223456789/congress-spending-deal', 'https://text.npr.org/1223456789'], ['https://www.npr.org/sections/news/', 'https://www.npr.org/']],
  nytimes: [['https://www.nytimes.com/2024/01/05/us/politics/congress-spending-deal.html', 'https://www.nytimes.com/2024/01/05/world/europe/ukraine-russia-war.html', 'https://nyti.ms/3xYzAbC'], ['https://www.nytimes.com/section/world', 'https://www.nytimes.com/']],
  'nytimes-opinion': [['https://www.nytimes.com/2024/01/05/opinion/trump-2024-election.html'], ['https://www.nytimes.com/section/opinion']],
  washingtonpost: [['https://www.washingtonpost.com/politics/2024/01/05/house-spending-deal/', 'https://www.washingtonpost.com/world/2024/01/05/gaza-israel-war-aid/'], ['https://www.washingtonpost.com/politics/']],
  aljazeera: [['https://www.aljazeera.com/news/2024/1/5/israel-strikes-gaza-as-blinken-tours-region', 'https://www.aljazeera.net/news/2024/1/5/example'], ['https://www.aljazeera.com/middle-east/', 'https://www.aljazeera.com/']],
  breitbart: [['https://www.breitbart.com/politics/2024/01/05/house-gop-border-bill/'], ['https://www.breitbart.com/politics/', 'https://www.breitbart.com/']],
  dailywire: [['https://www.dailywire.com/news/house-passes-border-bill'], ['https://www.dailywire.com/']],
  nypost: [['https://nypost.com/2024/01/05/news/nyc-migrant-crisis-shelters/', 'https://nypost.com/2024/01/05/us-news/storm-hits-northeast/'], ['https://nypost.com/news/', 'https://nypost.com/']],
  'nypost-opinion': [['https://nypost.com/2024/01/05/opinion/bidens-border-failure/'], ['https://nypost.com/opinion/']],
  washingtonexaminer: [['https://www.washingtonexaminer.com/news/house/2794567/speaker-border-deal/'], ['https://www.washingtonexaminer.com/politics/']],
  huffpost: [['https://www.huffpost.com/entry/trump-ballot-supreme-court_n_6598a1b2e4b0'], ['https://www.huffpost.com/news/politics']],
  msnbc: [['https://www.msnbc.com/top-stories/latest/trump-ballot-colorado-supreme-court-rcna132456', 'https://www.ms.now/news/example-story'], ['https://www.msnbc.com/']],
  dw: [['https://www.dw.com/en/germany-farmers-protest-fuel-subsidies/a-67890123', 'https://www.dw.com/de/bauernproteste-in-berlin/a-67890124'], ['https://www.dw.com/en/top-stories/s-9097']],
  france24: [['https://www.france24.com/en/europe/20240105-ukraine-russia-war-latest', 'https://www.france24.com/fr/france/20240105-gouvernement-remaniement'], ['https://www.france24.com/en/']],
  xinhua: [['https://english.news.cn/20240105/0b2c3d4e5f/c.html', 'http://www.xinhuanet.com/english/2020-01/05/c_138678123.htm'], ['https://english.news.cn/']],
  tass: [['https://tass.com/politics/1730000', 'https://tass.ru/politika/19680000'], ['https://tass.com/world']],
  rt: [['https://www.rt.com/news/590123-ukraine-conflict-update/', 'https://actualidad.rt.com/actualidad/495000-ejemplo'], ['https://www.rt.com/news/']],
  cgtn: [['https://news.cgtn.com/news/2024-01-05/China-s-economy-grows-1abcDEFghij/index.html'], ['https://www.cgtn.com/world']],
  devdiscourse: [['https://www.devdiscourse.com/article/politics/2745678-leaders-meet-on-climate-finance'], ['https://www.devdiscourse.com/']],
  globaltimes: [['https://www.globaltimes.cn/page/202401/1304987.shtml'], ['https://www.globaltimes.cn/']],
  presstv: [['https://www.presstv.ir/Detail/2024/01/05/717000/Iran-example'], ['https://www.presstv.ir/']],
  'abc-au': [['https://www.abc.net.au/news/2024-01-05/bushfire-warning-victoria/103290000'], ['https://www.abc.net.au/news']],
  cbc: [['https://www.cbc.ca/news/politics/carbon-tax-rebate-1.7075000'], ['https://www.cbc.ca/news']],
  nhk: [['https://www3.nhk.or.jp/nhkworld/en/news/20240105_01/'], ['https://www3.nhk.or.jp/news/']],
  tagesschau: [['https://www.tagesschau.de/ausland/europa/ukraine-krieg-100.html'], ['https://www.tagesschau.de/']],
  lemonde: [['https://www.lemonde.fr/international/article/2024/01/05/guerre-en-ukraine_6209000_3210.html'], ['https://www.lemonde.fr/']],
  elpais: [['https://elpais.com/internacional/2024-01-05/la-guerra-en-ucrania.html'], ['https://elpais.com/']],
  spiegel: [['https://www.spiegel.de/politik/deutschland/bauernproteste-a-1234abcd-5678'], ['https://www.spiegel.de/']],
  scmp: [['https://www.scmp.com/news/china/diplomacy/article/3247000/example'], ['https://www.scmp.com/news/china']],
  thehindu: [['https://www.thehindu.com/news/national/parliament-session-begins/article67700000.ece'], ['https://www.thehindu.com/news/national/']],
};

/** Languages of auto-selected outlets (by rated domain) where the reference lists give the topic's
 *  language instead of the outlet's (English-language outlets abroad, Flemish papers listed as French). */
export const CURATED_LANGUAGES: Readonly<Record<string, string>> = {
  '972mag.com': 'en', 'israel21c.org': 'en', 'israelnationalnews.com': 'en', 'japantoday.com': 'en',
  'phnompenhpost.com': 'en', 'seekingalpha.com': 'en', 'thenextweb.com': 'en', 'united24media.com': 'en',
  'batimes.com.ar': 'en', 'helsinkitimes.fi': 'en', 'mexiconewsdaily.com': 'en', 'novinite.com': 'en',
  'nst.com.my': 'en', 'pravdareport.com': 'en', 'thestandard.com.hk': 'en', 'ticotimes.net': 'en',
  'euroweeklynews.com': 'en', 'bdnews24.com': 'en', 'demorgen.be': 'nl',
};
