// The outlets of the bundled demo: how their demo pages look and where their feeds live.
// Node-only data for the demo server (CLI/tests); the real outlet knowledge is the catalog
// (lib/catalog) — the feed URLs served are taken from it, these fallbacks only fill gaps.

export type DemoFeedFormat = 'rss2' | 'rss1' | 'atom';

export interface DemoOutlet {
  /** Catalog outlet id this demo outlet is expected to have (resolved by domain when it differs). */
  id: string;
  name: string;
  /** Registrable domain, used to find the outlet in the catalog. */
  domain: string;
  /** Origin of the outlet's article pages. */
  origin: string;
  /** Feed URL to serve when the catalog has none for this outlet. */
  fallbackFeedUrl: string;
  feedFormat: DemoFeedFormat;
  /** Builds the document <title> from the headline, the way the outlet does. */
  titleOf: (headline: string, section: string) => string;
  /** Masthead colours. */
  brand: { background: string; foreground: string };
  /** Query string the outlet's feed appends to article links (tracking), if any. */
  feedLinkSuffix?: string;
}

export const DEMO_OUTLETS: DemoOutlet[] = [
  {
    id: 'reuters',
    name: 'Reuters',
    domain: 'reuters.com',
    origin: 'https://www.reuters.com',
    fallbackFeedUrl: 'https://www.reuters.com/arc/outboundfeeds/v3/all/?outputType=xml',
    feedFormat: 'rss2',
    titleOf: (h) => `${h} | Reuters`,
    brand: { background: '#ffffff', foreground: '#fa6400' },
  },
  {
    id: 'apnews',
    name: 'AP News',
    domain: 'apnews.com',
    origin: 'https://apnews.com',
    fallbackFeedUrl: 'https://apnews.com/hub/world-news.rss',
    feedFormat: 'rss2',
    titleOf: (h) => `${h} | AP News`,
    brand: { background: '#000000', foreground: '#ffffff' },
  },
  {
    id: 'bbc',
    name: 'BBC News',
    domain: 'bbc.com',
    origin: 'https://www.bbc.com',
    fallbackFeedUrl: 'https://feeds.bbci.co.uk/news/world/rss.xml',
    feedFormat: 'rss2',
    titleOf: (h) => `${h} - BBC News`,
    brand: { background: '#b80000', foreground: '#ffffff' },
    feedLinkSuffix: '?at_medium=RSS&at_campaign=rss',
  },
  {
    id: 'guardian',
    name: 'The Guardian',
    domain: 'theguardian.com',
    origin: 'https://www.theguardian.com',
    fallbackFeedUrl: 'https://www.theguardian.com/world/rss',
    feedFormat: 'rss2',
    titleOf: (h, s) => `${h} | ${s} | The Guardian`,
    brand: { background: '#052962', foreground: '#ffffff' },
  },
  {
    id: 'cnn',
    name: 'CNN',
    domain: 'cnn.com',
    origin: 'https://www.cnn.com',
    fallbackFeedUrl: 'http://rss.cnn.com/rss/edition_world.rss',
    feedFormat: 'rss2',
    titleOf: (h) => `${h} | CNN`,
    brand: { background: '#cc0000', foreground: '#ffffff' },
  },
  {
    id: 'npr',
    name: 'NPR',
    domain: 'npr.org',
    origin: 'https://www.npr.org',
    fallbackFeedUrl: 'https://feeds.npr.org/1001/rss.xml',
    feedFormat: 'rss2',
    titleOf: (h) => `${h} : NPR`,
    brand: { background: '#ffffff', foreground: '#237bbd' },
  },
  {
    id: 'foxnews',
    name: 'Fox News',
    domain: 'foxnews.com',
    origin: 'https://www.foxnews.com',
    fallbackFeedUrl: 'https://moxie.foxnews.com/google-publisher/world.xml',
    feedFormat: 'rss2',
    titleOf: (h) => `${h} | Fox News`,
    brand: { background: '#003366', foreground: '#ffffff' },
  },
  {
    id: 'nypost',
    name: 'New York Post',
    domain: 'nypost.com',
    origin: 'https://nypost.com',
    fallbackFeedUrl: 'https://nypost.com/news/feed/',
    feedFormat: 'rss2',
    titleOf: (h) => h,
    brand: { background: '#ffffff', foreground: '#c8102e' },
  },
  {
    id: 'breitbart',
    name: 'Breitbart',
    domain: 'breitbart.com',
    origin: 'https://www.breitbart.com',
    fallbackFeedUrl: 'https://feeds.feedburner.com/breitbart',
    feedFormat: 'rss2',
    titleOf: (h) => h,
    brand: { background: '#ffffff', foreground: '#e35e13' },
    feedLinkSuffix: '?utm_source=feedburner&utm_medium=feed',
  },
  {
    id: 'aljazeera',
    name: 'Al Jazeera',
    domain: 'aljazeera.com',
    origin: 'https://www.aljazeera.com',
    fallbackFeedUrl: 'https://www.aljazeera.com/xml/rss/all.xml',
    feedFormat: 'rss2',
    titleOf: (h, s) => `${h} | ${s} News | Al Jazeera`,
    brand: { background: '#ffffff', foreground: '#fa9000' },
  },
  {
    id: 'dw',
    name: 'DW',
    domain: 'dw.com',
    origin: 'https://www.dw.com',
    fallbackFeedUrl: 'https://rss.dw.com/rdf/rss-en-all',
    feedFormat: 'rss1',
    titleOf: (h) => `${h} – DW`,
    brand: { background: '#002d5a', foreground: '#ffffff' },
  },
  {
    id: 'xinhua',
    name: 'Xinhua',
    domain: 'news.cn',
    origin: 'https://english.news.cn',
    fallbackFeedUrl: 'http://www.xinhuanet.com/english/rss/worldrss.xml',
    feedFormat: 'rss2',
    titleOf: (h) => `${h}-Xinhua`,
    brand: { background: '#b5121b', foreground: '#ffffff' },
  },
  {
    id: 'devdiscourse',
    name: 'Devdiscourse',
    domain: 'devdiscourse.com',
    origin: 'https://www.devdiscourse.com',
    fallbackFeedUrl: 'https://www.devdiscourse.com/rss/news',
    feedFormat: 'atom',
    titleOf: (h) => `${h} | Devdiscourse`,
    brand: { background: '#1b3f73', foreground: '#ffffff' },
  },
];
