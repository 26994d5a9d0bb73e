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
  toi: [['https://timesofindia.indiatimes.com/india/parliament-session-begins/articleshow/106512345.cms'], ['https://timesofindia.indiatimes.com/']],
  economictimes: [['https://economictimes.indiatimes.com/news/economy/policy/rbi-holds-rates/articleshow/106512346.cms'], ['https://economictimes.indiatimes.com/markets']],
  globo: [['https://g1.globo.com/politica/noticia/2024/01/05/exemplo.ghtml'], ['https://g1.globo.com/']],
  oglobo: [['https://oglobo.globo.com/politica/noticia/2024/01/exemplo.ghtml'], ['https://oglobo.globo.com/']],
  wsj: [['https://www.wsj.com/politics/policy/congress-spending-deal-3b2c1d0e'], ['https://www.wsj.com/news/world']],
  'sky-news': [['https://news.sky.com/story/ukraine-war-latest-12541713'], ['https://news.sky.com/world']],
  economist: [['https://www.economist.com/europe/2024/01/04/example-story'], ['https://www.economist.com/']],
  timesofisrael: [['https://www.timesofisrael.com/liveblog_entry/example/', 'https://www.timesofisrael.com/example-story/'], ['https://www.timesofisrael.com/']],
  sputnik: [['https://sputnikglobe.com/20240105/example-1115000000.html'], ['https://sputnikglobe.com/']],
  voa: [['https://www.voanews.com/a/example-story/7427000.html'], ['https://www.voanews.com/']],
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

// Owners of auto-selected outlets (by rated domain): "owner|ownership code[|type code]" with the codes of
// curated-us.ts. Written from our own knowledge of media ownership (late 2025).
const TEGNA = 'TEGNA Inc.|c';
const NEXSTAR = 'Nexstar Media Group|c';
const HEARST_TV = 'Hearst Television|c';
const SCRIPPS = 'E. W. Scripps Company|c';
const FOX_STATIONS = 'Fox Television Stations (Fox Corporation)|c';
const NBCU = 'NBCUniversal (Comcast)|c';
const ABC_OWNED = 'ABC Owned Television Stations (The Walt Disney Company)|c';
const GRAHAM_MEDIA = 'Graham Media Group|c';
const ALDEN = 'MediaNews Group (Alden Global Capital)|c';
const HEARST = 'Hearst Communications|c';
const LEE = 'Lee Enterprises|c';
const MCCLATCHY = 'McClatchy (Chatham Asset Management)|c';
const GANNETT = 'Gannett|c';
const ADVANCE_LOCAL = 'Advance Local (Advance Publications)|c';
const STATES_NEWSROOM = 'States Newsroom|n';
const REACH = 'Reach plc|c';
const NEWSQUEST = 'Newsquest (Gannett)|c';
const NATIONAL_WORLD = 'National World plc|c';
const DC_THOMSON = 'DC Thomson|v';
const POSTMEDIA = 'Postmedia Network|c';
const NEWS_CORP_AU = 'News Corp Australia|c';
const ACM = 'Australian Community Media|v';
const STUFF = 'Stuff Ltd (Sinead Boucher)|v';
const NETWORK18 = 'Network18 (Reliance Industries)|c';
const DPG = 'DPG Media|c';
const IPPEN = 'Ippen Media|v';
const PENSKE = 'Penske Media Corporation|v';
const ZIFF = 'Ziff Davis|c';
const CONDE = 'Condé Nast (Advance Publications)|c';
const VALNET = 'Valnet|v';
const PUBLIC_RADIO = '|n|P';

export const CURATED_OWNERS: Readonly<Record<string, string>> = {
  '11alive.com': TEGNA, '13wmaz.com': TEGNA, '9news.com': TEGNA, 'kare11.com': TEGNA, 'khou.com': TEGNA,
  'king5.com': TEGNA, 'wfaa.com': TEGNA, 'wtsp.com': TEGNA, 'wzzm13.com': TEGNA, 'wfmynews2.com': TEGNA,
  '8newsnow.com': NEXSTAR, 'cbs17.com': NEXSTAR, 'kdvr.com': NEXSTAR, 'ketk.com': NEXSTAR, 'koin.com': NEXSTAR,
  'krqe.com': NEXSTAR, 'kxan.com': NEXSTAR, 'myfox8.com': NEXSTAR, 'nbc4i.com': NEXSTAR, 'wfla.com': NEXSTAR,
  'wgntv.com': NEXSTAR, 'wlns.com': NEXSTAR, 'woodtv.com': NEXSTAR, 'cw39.com': NEXSTAR, 'abc4.com': NEXSTAR,
  'fox21news.com': NEXSTAR,
  'abc11.com': ABC_OWNED, 'abc13.com': ABC_OWNED, 'abc7chicago.com': ABC_OWNED,
  'wcvb.com': HEARST_TV, 'wesh.com': HEARST_TV, 'wpbf.com': HEARST_TV, 'koat.com': HEARST_TV, 'ketv.com': HEARST_TV,
  'wxii12.com': HEARST_TV,
  'fox13now.com': SCRIPPS, 'fox17online.com': SCRIPPS, 'fox47news.com': SCRIPPS, 'ktnv.com': SCRIPPS,
  'wcpo.com': SCRIPPS, 'wtkr.com': SCRIPPS, 'wxyz.com': SCRIPPS, 'koaa.com': SCRIPPS,
  'fox26houston.com': FOX_STATIONS, 'fox2detroit.com': FOX_STATIONS, 'fox32chicago.com': FOX_STATIONS,
  'fox4news.com': FOX_STATIONS, 'fox9.com': FOX_STATIONS,
  'nbcboston.com': NBCU, 'nbcchicago.com': NBCU, 'nbcdfw.com': NBCU, 'nbcmiami.com': NBCU, 'today.com': NBCU,
  'click2houston.com': GRAHAM_MEDIA, 'clickondetroit.com': GRAHAM_MEDIA, 'clickorlando.com': GRAHAM_MEDIA,
  'ksat.com': GRAHAM_MEDIA,
  'kstp.com': 'Hubbard Broadcasting|v', 'whdh.com': 'Sunbeam Television|v', 'wsvn.com': 'Sunbeam Television|v',
  'ksl.com': 'Bonneville International (The Church of Jesus Christ of Latter-day Saints)|o',
  'deseret.com': 'Deseret News Publishing (The Church of Jesus Christ of Latter-day Saints)|o',
  'krdo.com': 'News-Press & Gazette Company|v', 'wfmz.com': 'Maranatha Broadcasting|v',
  'denverpost.com': ALDEN, 'mercurynews.com': ALDEN, 'twincities.com': ALDEN, 'dailycamera.com': ALDEN,
  'timescall.com': ALDEN, 'greeleytribune.com': ALDEN,
  'houstonchronicle.com': HEARST, 'expressnews.com': HEARST, 'dallasnews.com': HEARST,
  'seattletimes.com': 'The Seattle Times Company (Blethen family)|v', 'startribune.com': 'Glen Taylor|v',
  'sltrib.com': 'The Salt Lake Tribune (non-profit)|n', 'stltoday.com': LEE, 'journalstar.com': LEE, 'roanoke.com': LEE,
  'spokesman.com': 'Cowles Company|v', 'reviewjournal.com': 'Adelson family|v', 'lasvegassun.com': 'Greenspun Media Group|v',
  'abqjournal.com': 'Albuquerque Publishing Company|v',
  'charlotteobserver.com': MCCLATCHY, 'newsobserver.com': MCCLATCHY, 'star-telegram.com': MCCLATCHY,
  'caller.com': GANNETT, 'citizen-times.com': GANNETT, 'elpasotimes.com': GANNETT, 'statesman.com': GANNETT,
  'lcsun-news.com': GANNETT, 'currentargus.com': GANNETT, 'alamogordonews.com': GANNETT,
  'cleveland.com': ADVANCE_LOCAL, 'masslive.com': ADVANCE_LOCAL,
  'bizjournals.com': 'American City Business Journals (Advance Publications)|c',
  'chicago.suntimes.com': 'Chicago Public Media|n', 'texastribune.org': 'The Texas Tribune (non-profit)|n',
  'vtdigger.org': 'Vermont Journalism Trust|n', 'minnpost.com': 'MinnPost (non-profit)|n',
  'coloradonewsline.com': STATES_NEWSROOM, 'ncnewsline.com': STATES_NEWSROOM, 'nebraskaexaminer.com': STATES_NEWSROOM,
  'nevadacurrent.com': STATES_NEWSROOM, 'ohiocapitaljournal.com': STATES_NEWSROOM,
  'oregoncapitalchronicle.com': STATES_NEWSROOM, 'sourcenm.com': STATES_NEWSROOM, 'utahnewsdispatch.com': STATES_NEWSROOM,
  'virginiamercury.com': STATES_NEWSROOM,
  'cpr.org': 'Colorado Public Radio' + PUBLIC_RADIO, 'gpb.org': 'Georgia Public Broadcasting|p|P',
  'keranews.org': 'KERA (North Texas Public Broadcasting)' + PUBLIC_RADIO, 'klcc.org': 'Lane Community College' + PUBLIC_RADIO,
  'knpr.org': 'Nevada Public Radio' + PUBLIC_RADIO, 'kunm.org': 'University of New Mexico' + PUBLIC_RADIO,
  'kunr.org': 'University of Nevada, Reno' + PUBLIC_RADIO, 'michiganpublic.org': 'University of Michigan' + PUBLIC_RADIO,
  'mprnews.org': 'Minnesota Public Radio (American Public Media Group)' + PUBLIC_RADIO,
  'opb.org': 'Oregon Public Broadcasting' + PUBLIC_RADIO, 'wbez.org': 'Chicago Public Media' + PUBLIC_RADIO,
  'wbur.org': 'Boston University' + PUBLIC_RADIO, 'wgbh.org': 'GBH (WGBH Educational Foundation)' + PUBLIC_RADIO,
  'wkar.org': 'Michigan State University' + PUBLIC_RADIO, 'wdet.org': 'Wayne State University' + PUBLIC_RADIO,
  'arstechnica.com': CONDE, 'wired.com': CONDE, 'theverge.com': 'Vox Media|c', 'kotaku.com': 'G/O Media|v',
  'lifehacker.com': ZIFF, 'zdnet.com': ZIFF, 'cnet.com': ZIFF, 'pcmag.com': ZIFF, 'mashable.com': ZIFF,
  'howtogeek.com': VALNET, 'makeuseof.com': VALNET, 'polygon.com': VALNET,
  'fortune.com': 'Chatchaval Jiaravanon|v', 'inc.com': 'Mansueto Ventures|v', 'usnews.com': 'Mortimer Zuckerman|v',
  'theweek.com': 'Future plc|c', 'variety.com': PENSKE, 'deadline.com': PENSKE, 'hollywoodreporter.com': PENSKE,
  'indiewire.com': PENSKE, 'statnews.com': 'Boston Globe Media Partners|v', 'boston.com': 'Boston Globe Media Partners|v',
  'news.yahoo.com': 'Yahoo Inc. (Apollo Global Management)|c', 'espn.com': 'The Walt Disney Company|c',
  'foreignaffairs.com': 'Council on Foreign Relations|n', 'foreignpolicy.com': 'Graham Holdings|c',
  'nationalinterest.org': 'Center for the National Interest|n', 'texasmonthly.com': 'Randa Duncan Williams|v',
  'rfa.org': 'U.S. Agency for Global Media (federal grantee)|p|P', 'news.un.org': 'United Nations|o',
  'metro.co.uk': 'DMG Media (Daily Mail and General Trust)|c', 'inews.co.uk': 'Daily Mail and General Trust|c',
  'standard.co.uk': 'Evgeny Lebedev|v',
  'birminghammail.co.uk': REACH, 'manchestereveningnews.co.uk': REACH, 'liverpoolecho.co.uk': REACH,
  'walesonline.co.uk': REACH, 'belfastlive.co.uk': REACH, 'dailypost.co.uk': REACH, 'dailyrecord.co.uk': REACH,
  'cambridge-news.co.uk': REACH, 'essexlive.news': REACH, 'mylondon.news': REACH, 'dublinlive.ie': REACH,
  'irishmirror.ie': REACH, 'irishstar.com': REACH,
  'theargus.co.uk': NEWSQUEST, 'theboltonnews.co.uk': NEWSQUEST, 'thenorthernecho.co.uk': NEWSQUEST,
  'oxfordmail.co.uk': NEWSQUEST, 'southwalesargus.co.uk': NEWSQUEST, 'worcesternews.co.uk': NEWSQUEST,
  'glasgowtimes.co.uk': NEWSQUEST, 'thenational.scot': NEWSQUEST, 'greenocktelegraph.co.uk': NEWSQUEST,
  'irvinetimes.com': NEWSQUEST, 'leaderlive.co.uk': NEWSQUEST,
  'pressandjournal.co.uk': DC_THOMSON, 'thecourier.co.uk': DC_THOMSON,
  'thescarboroughnews.co.uk': NATIONAL_WORLD, 'derryjournal.com': NATIONAL_WORLD, 'northernirelandworld.com': NATIONAL_WORLD,
  'londonworld.com': NATIONAL_WORLD, 'newryreporter.com': NATIONAL_WORLD,
  'irishnews.com': 'The Irish News Ltd|v', 'thejournal.ie': 'Journal Media|v', 'irishexaminer.com': 'The Irish Times DAC|c',
  'calgaryherald.com': POSTMEDIA, 'calgarysun.com': POSTMEDIA, 'edmontonjournal.com': POSTMEDIA, 'edmontonsun.com': POSTMEDIA,
  'financialpost.com': POSTMEDIA, 'leaderpost.com': POSTMEDIA, 'montrealgazette.com': POSTMEDIA,
  'ottawacitizen.com': POSTMEDIA, 'ottawasun.com': POSTMEDIA, 'thestarphoenix.com': POSTMEDIA, 'torontosun.com': POSTMEDIA,
  'vancouversun.com': POSTMEDIA, 'windsorstar.com': POSTMEDIA, 'o.canada.com': POSTMEDIA,
  'journaldemontreal.com': 'Québecor Média|c', 'toronto.citynews.ca': 'Rogers Sports & Media|c',
  'winnipegfreepress.com': 'FP Canadian Newspapers|v', 'thewalrus.ca': 'The Walrus Foundation|n',
  'dailytelegraph.com.au': NEWS_CORP_AU, 'heraldsun.com.au': NEWS_CORP_AU, 'couriermail.com.au': NEWS_CORP_AU,
  'canberratimes.com.au': ACM, 'bendigoadvertiser.com.au': ACM, 'bordermail.com.au': ACM, 'goulburnpost.com.au': ACM,
  'standard.net.au': ACM, 'thecourier.com.au': ACM,
  '9news.com.au': 'Nine Entertainment|c', 'thewest.com.au': 'Seven West Media|c',
  'theconversation.com': 'The Conversation Media Group (non-profit)|n', 'crikey.com.au': 'Private Media Pty Ltd|v',
  'thenewdaily.com.au': 'Industry Super Holdings|v',
  'newstalkzb.co.nz': 'NZME|c', 'thepost.co.nz': STUFF, 'waikatotimes.co.nz': STUFF,
  'news18.com': NETWORK18, 'firstpost.com': NETWORK18, 'moneycontrol.com': NETWORK18,
  'timesnownews.com': 'The Times Group (Bennett, Coleman & Co.)|c', 'livemint.com': 'HT Media|c',
  'telegraphindia.com': 'ABP Group|c', 'news.abplive.com': 'ABP Group|c', 'onmanorama.com': 'Malayala Manorama|v',
  'tribuneindia.com': 'The Tribune Trust|n', 'india.com': 'Zee Media|c', 'deccanherald.com': 'The Printers (Mysore)|v',
  'thenews.com.pk': 'Jang Group|v', 'nation.com.pk': 'Nawa-i-Waqt Group|v',
  'aawsat.com': 'Saudi Research and Media Group|s', 'youm7.com': 'United Media Services (Egyptian state-linked)|s',
  'newarab.com': 'Fadaat Media (Qatar-linked)|v', 'sana.sy': 'Government of Syria|s|S',
  'nournews.ir': 'Supreme National Security Council of Iran|s|S', 'tasnimnews.com': 'Tasnim (IRGC-affiliated)|s|S',
  'lenta.ru': 'Rambler & Co (Sberbank)|c', 'vaticannews.va': 'Holy See (Dicastery for Communication)|s',
  'jeuneafrique.com': 'Jeune Afrique Media Group|v', 'theafricareport.com': 'Jeune Afrique Media Group|v',
  '20minutes.fr': 'Rossel & Sipa Ouest-France|c', 'ladepeche.fr': 'Groupe La Dépêche du Midi|v',
  'lepoint.fr': 'Artémis (Pinault family)|v', 'monde-diplomatique.fr': 'Groupe Le Monde and staff association|v',
  'br.de': 'Bayerischer Rundfunk (ARD)|p|P', 'focus.de': 'Hubert Burda Media|v', 'fr.de': IPPEN, 'merkur.de': IPPEN,
  'rp-online.de': 'Rheinische Post Mediengruppe|v', 't-online.de': 'Ströer|c', 'morgenpost.de': 'Funke Mediengruppe|v',
  'berliner-zeitung.de': 'Holger and Silke Friedrich|v', 'nd-aktuell.de': 'nd Genossenschaft|k',
  'correctiv.org': 'CORRECTIV (non-profit)|n',
  'ad.nl': DPG, 'trouw.nl': DPG, 'hln.be': DPG, 'demorgen.be': DPG, 'bt.dk': 'Berlingske Media (DPG Media)|c',
  'lalibre.be': 'IPM Group|v', 'jyllands-posten.dk': 'JP/Politikens Hus|n', 'gp.se': 'Stampen Media|v',
  'novinky.cz': 'Seznam.cz|c', 'milliyet.com.tr': 'Demirören Holding|c', 'okdiario.com': 'Eduardo Inda|v',
  'europapress.es': 'Europa Press (Valdeón family)|v', 'noticias.r7.com': 'Grupo Record|c',
  'thediplomat.com': 'Diplomat Media|v', 'nst.com.my': 'Media Prima|c', 'thestandard.com.hk': 'Sing Tao News Corporation|c',
  'tribunnews.com': 'Kompas Gramedia|v', 'citizen.co.za': 'Caxton|c', 'timeslive.co.za': 'Arena Holdings|c',
  'businesslive.co.za': 'Arena Holdings|c', 'groundup.org.za': 'GroundUp (non-profit)|n',
};
