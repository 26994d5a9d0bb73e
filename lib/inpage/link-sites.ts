// Where news links are on the sites people find news through: one entry per site, as data, so a site's
// redesign breaks only its entry; the generic rule covers every other page. Each entry's sample of the
// site's markup lives with the tests (tests/fixtures/link-site-samples.ts), not in the content script
// that ships to every page. Pure data; used by the content script.

export interface LinkSiteRule {
  id: string;
  /** Hostnames where the rule applies (subdomains included), without www. */
  hosts: string[];
  /** CSS selector of the anchors that lead to articles. */
  links: string;
  /** Query parameter holding the real target when the site wraps outbound links (e.g. Google's /url?q=). */
  unwrapParam?: string;
}

export const LINK_SITE_RULES: readonly LinkSiteRule[] = [
  {
    id: 'google-search',
    hosts: ['google.com', 'google.co.uk', 'google.ca', 'google.com.au', 'google.de', 'google.fr', 'google.es', 'google.it', 'google.co.in', 'google.ie', 'google.nl'],
    links: '#search a[href]:has(h3), #rso a[href]:has(h3), g-section-with-header a[href]:has([role="heading"])',
    unwrapParam: 'q',
  },
  {
    id: 'bing',
    hosts: ['bing.com'],
    links: '#b_results h2 a[href], .news-card a.title[href], .newsitem a.title[href]',
  },
  {
    id: 'duckduckgo',
    hosts: ['duckduckgo.com'],
    links: 'a[data-testid="result-title-a"][href], a.result__a[href], a.result-link[href]',
    unwrapParam: 'uddg',
  },
  {
    id: 'reddit',
    hosts: ['reddit.com'],
    links: 'a[slot="outbound-link"][href], a[data-testid="outbound-link"][href], a.title[href^="http"], faceplate-tracker[noun="outbound_link"] a[href]',
  },
  {
    id: 'hacker-news',
    hosts: ['news.ycombinator.com'],
    links: '.titleline > a[href]',
  },
];

/** The generic rule for any other page: links that read like headlines (several words of text). */
export const GENERIC_LINK_SELECTOR = 'a[href]';
/** Link text shorter than this (characters) is navigation, not a headline. */
export const MIN_HEADLINE_CHARS = 25;
/** Link text longer than this is a teaser paragraph wrapped in a link; still counted, trimmed. */
export const MAX_HEADLINE_CHARS = 400;
/** A headline has at least this many words. */
export const MIN_HEADLINE_WORDS = 4;

/** The rule for a page's hostname, or null for the generic rule. */
export function ruleForHost(hostname: string, rules: readonly LinkSiteRule[] = LINK_SITE_RULES): LinkSiteRule | null {
  const host = hostname.toLowerCase().replace(/^www\./, '');
  return rules.find((r) => r.hosts.some((h) => host === h || host.endsWith(`.${h}`))) ?? null;
}
