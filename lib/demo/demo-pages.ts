// Renders the demo's article pages, outlet fronts and feeds (RSS 2.0, RSS 1.0/RDF, Atom) as text.
// Node-only, pure string building for the demo server (CLI/tests); every page and feed says plainly
// that it is Parallax demo content. All inserted text is escaped.

import type { DemoArticle, DemoFrontPage } from './demo-articles';
import type { DemoFeedFormat, DemoOutlet } from './demo-outlets';

export const DEMO_BANNER_TEXT = "Parallax demo page — not the outlet's real content";
export const DEMO_FEED_NOTE = 'Parallax demo feed — not the outlet’s real content';
const DEMO_BYLINE = 'Parallax demo desk';

/** An article with its demo time fixed (epoch ms). */
export interface DatedArticle extends DemoArticle {
  published: number;
}

export function escapeXml(text: string): string {
  return text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&#39;');
}

const esc = escapeXml;

function jsonForScript(value: unknown): string {
  // </script> inside JSON-LD would end the script element.
  return JSON.stringify(value, null, 2).replace(/</g, '\\u003c');
}

function humanDate(ms: number): string {
  return new Date(ms).toLocaleString('en-GB', {
    weekday: 'short', day: 'numeric', month: 'short', year: 'numeric', hour: '2-digit', minute: '2-digit',
    timeZone: 'UTC', timeZoneName: 'short',
  });
}

function pageStyle(outlet: DemoOutlet): string {
  return `
    body { margin: 0; font: 18px/1.55 Georgia, "Times New Roman", serif; color: #121212; background: #fff; }
    .parallax-demo-banner { background: #fff3bf; color: #5c4400; border-bottom: 2px solid #f0c000;
      font: 600 14px/1.4 system-ui, sans-serif; padding: 8px 16px; text-align: center; }
    header.masthead { background: ${outlet.brand.background}; color: ${outlet.brand.foreground};
      border-bottom: 1px solid #ddd; padding: 14px 24px; display: flex; align-items: baseline; gap: 28px; }
    header.masthead a.brand { color: inherit; font: 800 28px/1 system-ui, sans-serif; text-decoration: none; letter-spacing: -0.5px; }
    header.masthead nav a { color: inherit; font: 14px system-ui, sans-serif; margin-right: 16px; text-decoration: none; opacity: .9; }
    main { max-width: 760px; margin: 0 auto; padding: 24px; }
    .kicker { font: 700 13px system-ui, sans-serif; text-transform: uppercase; color: #666; letter-spacing: .5px; }
    h1 { font-size: 38px; line-height: 1.15; margin: 8px 0 12px; }
    .standfirst { font-size: 21px; color: #333; margin: 0 0 16px; }
    .byline { font: 14px system-ui, sans-serif; color: #555; border-top: 1px solid #eee; border-bottom: 1px solid #eee; padding: 8px 0; margin-bottom: 20px; }
    aside.related { font: 15px system-ui, sans-serif; border-top: 3px solid #121212; margin-top: 32px; padding-top: 8px; }
    aside.related a, .front a { color: #121212; }
    .front h2 { font-size: 22px; margin: 18px 0 4px; }
    .front p { margin: 0 0 8px; color: #444; font-size: 16px; }
    footer { font: 13px system-ui, sans-serif; color: #666; text-align: center; padding: 32px; border-top: 1px solid #eee; }`;
}

function masthead(outlet: DemoOutlet): string {
  return `<div class="parallax-demo-banner" role="note">${esc(DEMO_BANNER_TEXT)}. Text paraphrased for the Parallax demo; dates shifted to the present.</div>
<header class="masthead"><a class="brand" href="${esc(outlet.origin)}/">${esc(outlet.name)}</a>
<nav><a href="${esc(outlet.origin)}/world">World</a><a href="${esc(outlet.origin)}/business">Business</a><a href="${esc(outlet.origin)}/politics">Politics</a></nav></header>`;
}

function footer(outlet: DemoOutlet): string {
  return `<footer>${esc(DEMO_BANNER_TEXT)}. ${esc(outlet.name)} is a trademark of its owner; this page is served locally by the Parallax demo.</footer>`;
}

/** A news article page with the metadata real outlets publish (og:, article:, JSON-LD, canonical). */
export function renderArticlePage(article: DatedArticle, outlet: DemoOutlet, related: DatedArticle[]): string {
  const published = new Date(article.published).toISOString();
  const modified = new Date(article.published + 20 * 60_000).toISOString();
  const jsonLd = {
    '@context': 'https://schema.org',
    '@type': 'NewsArticle',
    headline: article.headline,
    description: article.lead,
    datePublished: published,
    dateModified: modified,
    mainEntityOfPage: { '@type': 'WebPage', '@id': article.url },
    url: article.url,
    articleSection: article.section,
    inLanguage: 'en',
    author: [{ '@type': 'Person', name: DEMO_BYLINE }],
    publisher: { '@type': 'NewsMediaOrganization', name: outlet.name, url: `${outlet.origin}/` },
    isAccessibleForFree: true,
  };
  const relatedLinks = related
    .map((r) => `<li><a href="${esc(r.url)}">${esc(r.headline)}</a></li>`)
    .join('\n');
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${esc(outlet.titleOf(article.headline, article.section))}</title>
<meta name="description" content="${esc(article.lead)}">
<link rel="canonical" href="${esc(article.url)}">
<meta property="og:type" content="article">
<meta property="og:site_name" content="${esc(outlet.name)}">
<meta property="og:title" content="${esc(article.headline)}">
<meta property="og:description" content="${esc(article.lead)}">
<meta property="og:url" content="${esc(article.url)}">
<meta property="og:locale" content="en_US">
<meta property="article:published_time" content="${published}">
<meta property="article:modified_time" content="${modified}">
<meta property="article:section" content="${esc(article.section)}">
<meta name="author" content="${esc(DEMO_BYLINE)}">
<meta name="twitter:card" content="summary_large_image">
<meta name="twitter:title" content="${esc(article.headline)}">
<script type="application/ld+json">
${jsonForScript(jsonLd)}
</script>
<style>${pageStyle(outlet)}</style>
</head>
<body>
${masthead(outlet)}
<main>
<article>
<p class="kicker">${esc(article.section)}</p>
<h1>${esc(article.headline)}</h1>
<p class="standfirst">${esc(article.lead)}</p>
<div class="byline">By <span class="author" rel="author">${esc(DEMO_BYLINE)}</span> · <time datetime="${published}">${esc(humanDate(article.published))}</time></div>
${article.paragraphs.map((p) => `<p>${esc(p)}</p>`).join('\n')}
</article>
<aside class="related"><h2>More from ${esc(outlet.name)}</h2><ul>
${relatedLinks}
</ul></aside>
</main>
${footer(outlet)}
</body>
</html>
`;
}

/** A home or section front: many headlines, no article metadata (must not get an article badge). */
export function renderFrontPage(front: DemoFrontPage, outlet: DemoOutlet, articles: DatedArticle[]): string {
  const jsonLd = {
    '@context': 'https://schema.org',
    '@type': front.kind === 'home' ? 'WebPage' : 'CollectionPage',
    name: front.title,
    url: front.url,
    publisher: { '@type': 'NewsMediaOrganization', name: outlet.name, url: `${outlet.origin}/` },
  };
  const items = articles
    .map(
      (a) => `<section class="card"><p class="kicker">${esc(a.section)}</p>
<h2><a href="${esc(a.url)}">${esc(a.headline)}</a></h2>
<p>${esc(a.lead)}</p></section>`,
    )
    .join('\n');
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${esc(front.title)}</title>
<meta name="description" content="${esc(`${outlet.name}: latest news (Parallax demo front page)`)}">
<link rel="canonical" href="${esc(front.url)}">
<meta property="og:type" content="website">
<meta property="og:site_name" content="${esc(outlet.name)}">
<meta property="og:title" content="${esc(front.title)}">
<meta property="og:url" content="${esc(front.url)}">
<script type="application/ld+json">
${jsonForScript(jsonLd)}
</script>
<style>${pageStyle(outlet)}</style>
</head>
<body>
${masthead(outlet)}
<main class="front">
<p class="kicker">${front.kind === 'home' ? 'Top stories' : esc(front.title.split('|')[0]?.trim() ?? '')}</p>
${items}
</main>
${footer(outlet)}
</body>
</html>
`;
}

/** RFC 822 date as RSS 2.0 wants it. */
function rfc822(ms: number): string {
  return new Date(ms).toUTCString().replace('GMT', '+0000');
}

function linkFor(article: DatedArticle, outlet: DemoOutlet): string {
  return article.url + (outlet.feedLinkSuffix ?? '');
}

/** The outlet's feed in its format; `feedUrl` is where it is served, `now` its build time. */
export function renderFeed(
  outlet: DemoOutlet,
  articles: DatedArticle[],
  feedUrl: string,
  now: number,
  format: DemoFeedFormat = outlet.feedFormat,
): { body: string; contentType: string } {
  const sorted = [...articles].sort((a, b) => b.published - a.published);
  const title = `${outlet.name} (Parallax demo feed)`;
  const description = `${DEMO_FEED_NOTE}: paraphrased demo articles served locally.`;
  if (format === 'atom') {
    const entries = sorted
      .map(
        (a) => `  <entry>
    <title>${esc(a.headline)}</title>
    <link rel="alternate" type="text/html" href="${esc(linkFor(a, outlet))}"/>
    <id>${esc(a.url)}</id>
    <published>${new Date(a.published).toISOString()}</published>
    <updated>${new Date(a.published).toISOString()}</updated>
    <author><name>${esc(DEMO_BYLINE)}</name></author>
    <category term="${esc(a.section)}"/>
    <summary type="html">${esc(a.lead)}</summary>
  </entry>`,
      )
      .join('\n');
    return {
      contentType: 'application/atom+xml; charset=utf-8',
      body: `<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="en">
  <title>${esc(title)}</title>
  <subtitle>${esc(description)}</subtitle>
  <link rel="self" href="${esc(feedUrl)}"/>
  <link rel="alternate" type="text/html" href="${esc(outlet.origin)}/"/>
  <id>${esc(feedUrl)}</id>
  <updated>${new Date(now).toISOString()}</updated>
${entries}
</feed>
`,
    };
  }
  if (format === 'rss1') {
    const seq = sorted.map((a) => `        <rdf:li rdf:resource="${esc(linkFor(a, outlet))}"/>`).join('\n');
    const items = sorted
      .map(
        (a) => `  <item rdf:about="${esc(linkFor(a, outlet))}">
    <title>${esc(a.headline)}</title>
    <link>${esc(linkFor(a, outlet))}</link>
    <description>${esc(a.lead)}</description>
    <dc:date>${new Date(a.published).toISOString()}</dc:date>
    <dc:language>en</dc:language>
    <dc:subject>${esc(a.section)}</dc:subject>
  </item>`,
      )
      .join('\n');
    return {
      contentType: 'application/rdf+xml; charset=utf-8',
      body: `<?xml version="1.0" encoding="utf-8"?>
<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns="http://purl.org/rss/1.0/" xmlns:dc="http://purl.org/dc/elements/1.1/">
  <channel rdf:about="${esc(feedUrl)}">
    <title>${esc(title)}</title>
    <link>${esc(outlet.origin)}/</link>
    <description>${esc(description)}</description>
    <dc:date>${new Date(now).toISOString()}</dc:date>
    <items>
      <rdf:Seq>
${seq}
      </rdf:Seq>
    </items>
  </channel>
${items}
</rdf:RDF>
`,
    };
  }
  const items = sorted
    .map(
      (a) => `    <item>
      <title>${esc(a.headline)}</title>
      <link>${esc(linkFor(a, outlet))}</link>
      <guid isPermaLink="false">${esc(a.url)}</guid>
      <pubDate>${rfc822(a.published)}</pubDate>
      <description><![CDATA[${a.lead.replace(/]]>/g, ']]&gt;')}]]></description>
      <dc:creator>${esc(DEMO_BYLINE)}</dc:creator>
      <category>${esc(a.section)}</category>
    </item>`,
    )
    .join('\n');
  return {
    contentType: 'application/rss+xml; charset=utf-8',
    body: `<?xml version="1.0" encoding="utf-8"?>
<rss version="2.0" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:atom="http://www.w3.org/2005/Atom">
  <channel>
    <title>${esc(title)}</title>
    <link>${esc(outlet.origin)}/</link>
    <description>${esc(description)}</description>
    <language>en</language>
    <lastBuildDate>${rfc822(now)}</lastBuildDate>
    <atom:link href="${esc(feedUrl)}" rel="self" type="application/rss+xml"/>
${items}
  </channel>
</rss>
`,
  };
}
