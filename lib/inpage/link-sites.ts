// Where news links are on the sites people find news through: one entry per site, as data, so a site's
// redesign breaks only its entry; the generic rule covers every other page. Each entry carries a
// sample of the site's markup that the tests run the rule against (and against every other entry).
// Pure data; used by the content script.

export interface LinkSiteRule {
  id: string;
  /** Hostnames where the rule applies (subdomains included), without www. */
  hosts: string[];
  /** CSS selector of the anchors that lead to articles. */
  links: string;
  /** Query parameter holding the real target when the site wraps outbound links (e.g. Google's /url?q=). */
  unwrapParam?: string;
  /** Markup of a result as the site serves it, and the target URLs the rule must find in it. */
  sample: { html: string; urls: string[] };
}

export const LINK_SITE_RULES: readonly LinkSiteRule[] = [
  {
    id: 'google-search',
    hosts: ['google.com', 'google.co.uk', 'google.ca', 'google.com.au', 'google.de', 'google.fr', 'google.es', 'google.it', 'google.co.in', 'google.ie', 'google.nl'],
    links: '#search a[href]:has(h3), #rso a[href]:has(h3), g-section-with-header a[href]:has([role="heading"])',
    unwrapParam: 'q',
    sample: {
      html: `<div id="search"><div class="g"><a href="https://www.reuters.com/world/china/xi-putin-call-2026-02-04/"><h3>Xi, Putin hold video call - Reuters</h3></a></div>
        <div class="g"><a href="/url?q=https://apnews.com/article/xi-putin-call-1234&amp;sa=U"><h3>Xi and Putin talk</h3></a></div>
        <a href="/search?q=xi+putin&amp;tbm=nws">News</a></div>`,
      urls: ['https://www.reuters.com/world/china/xi-putin-call-2026-02-04/', 'https://apnews.com/article/xi-putin-call-1234'],
    },
  },
  {
    id: 'bing',
    hosts: ['bing.com'],
    links: '#b_results h2 a[href], .news-card a.title[href], .newsitem a.title[href]',
    sample: {
      html: `<ol id="b_results"><li class="b_algo"><h2><a href="https://www.bbc.com/news/articles/c0xyz">Xi and Putin hold call - BBC News</a></h2></li>
        <li class="b_ans"><a href="/search?q=more">More results</a></li></ol>`,
      urls: ['https://www.bbc.com/news/articles/c0xyz'],
    },
  },
  {
    id: 'duckduckgo',
    hosts: ['duckduckgo.com'],
    links: 'a[data-testid="result-title-a"][href], a.result__a[href], a.result-link[href]',
    unwrapParam: 'uddg',
    sample: {
      html: `<article><h2><a data-testid="result-title-a" href="https://www.theguardian.com/world/2026/feb/04/xi-putin-call">Xi and Putin vow deeper cooperation</a></h2></article>
        <div class="result"><a class="result__a" href="//duckduckgo.com/l/?uddg=https%3A%2F%2Fwww.foxnews.com%2Fworld%2Fxi-putin-call&amp;rut=abc">Xi, Putin call</a></div>`,
      urls: ['https://www.theguardian.com/world/2026/feb/04/xi-putin-call', 'https://www.foxnews.com/world/xi-putin-call'],
    },
  },
  {
    id: 'reddit',
    hosts: ['reddit.com'],
    links: 'a[slot="outbound-link"][href], a[data-testid="outbound-link"][href], a.title[href^="http"], faceplate-tracker[noun="outbound_link"] a[href]',
    sample: {
      html: `<shreddit-post><a slot="outbound-link" href="https://www.npr.org/2026/02/04/xi-putin-video-call">npr.org/2026/02/04/xi-put...</a></shreddit-post>
        <div class="thing"><a class="title" href="https://nypost.com/2026/02/04/world-news/putin-xi/">Putin, Xi cozy up</a></div>
        <a href="/r/worldnews/comments/abc/">42 comments</a>`,
      urls: ['https://www.npr.org/2026/02/04/xi-putin-video-call', 'https://nypost.com/2026/02/04/world-news/putin-xi/'],
    },
  },
  {
    id: 'hacker-news',
    hosts: ['news.ycombinator.com'],
    links: '.titleline > a[href]',
    sample: {
      html: `<table><tr class="athing"><td class="title"><span class="titleline"><a href="https://www.dw.com/en/xi-putin-video-call/a-123">Xi and Putin hold video call</a><span class="sitebit"> (dw.com)</span></span></td></tr>
        <tr><td class="subtext"><a href="item?id=1">12 comments</a></td></tr></table>`,
      urls: ['https://www.dw.com/en/xi-putin-video-call/a-123'],
    },
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
