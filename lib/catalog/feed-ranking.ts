// Feed ranking for the catalog compiler: how general a reference feed is (world/top/politics above
// topic, place, sport and culture feeds) and which topic label a feed URL suggests.
// CLI-only (compiler, tests); never imported by the extension. Pure functions of the URL and list row.

import type { ReferenceFeed } from './reference';

const GENERAL_HINTS = /(world|international|top|news|politic|national|latest|headline|front|home|index|all|main|portada|actualit|nachricht|nyheter|uutiset|noticias|notizie|titres|une|cat0|general|feed\/?$|rss\/?$|rss\.xml$)/i;
const NICHE_HINTS = /(sport|deporte|urheilu|idrott|calcio|futbol|football|soccer|nba|nfl|mlb|nhl|cricket|entertain|celebr|music|musik|musique|movie|film|cinema|kino|tv-|lifestyle|leisure|travel|reise|voyage|viaje|food|recipe|gastro|fashion|style|mode\/|moda|podcast|video|gaming|games|horoscope|weather|auto|cars|motori|real-?estate|jobs|obituar|puzzle|crossword|tech|science|health|gesundheit|culture|cultura|kultur|arts|books|opinion|comment|blog|local|city|region|wrestling|formula|cycling|golf|tennis)/i;

/** A feed about sport, culture, lifestyle, science… rather than general news. */
export function isNicheFeed(feed: ReferenceFeed): boolean {
  const path = feed.url.replace(/^https?:\/\/[^/]+/i, '');
  return NICHE_HINTS.test(path) || NICHE_HINTS.test(feed.category) || /news\.google\.com/i.test(feed.url);
}

/** How general a feed is: world/top/politics above topic, place and section feeds. `topics` holds the
 *  slugs of every Kagi category (places and subjects): a path segment naming one marks a topic feed. */
export function scoreFeed(feed: ReferenceFeed, topics: ReadonlySet<string>): number {
  const path = feed.url.replace(/^https?:\/\/[^/]+/i, '').toLowerCase();
  let score = 0;
  if (GENERAL_HINTS.test(path)) score += 3;
  if (isNicheFeed(feed)) score -= 5;
  if (/tag\/|topic|topics\/|search/i.test(path)) score -= 1;
  const segments = path.split(/[/?&=]/).filter(Boolean);
  if (segments.some((seg) => topics.has(seg.replace(/\.(xml|rss)$/, '')))) score -= 4;
  if (segments.length > 2) score -= segments.length - 2;
  if (feed.list === 'plenaryapp') score += 2;
  if (feed.list === 'yavuz') score += 1;
  if (path.length < 20) score += 1;
  return score;
}

export function topicOf(url: string): string | undefined {
  const path = url.replace(/^https?:\/\/[^/]+/i, '').toLowerCase();
  if (/world|international|internacional|ausland|monde|udland|utrikes|mundo|esteri|global/.test(path)) return 'world';
  if (/politi/.test(path)) return 'politics';
  if (/business|econom|markets|wirtschaft/.test(path)) return 'business';
  if (/opinion/.test(path)) return 'opinion';
  if (/top|home|front|latest|headline|all|index|portada|une|titres|cat0|breaking|main/.test(path)) return 'top';
  return undefined;
}
