// A seeded story for the `popup` benchmark: one article page being read plus 100 other outlets' articles
// about the same event, as ArticleInput for the store, and the page's HTML for the local web.
// Node-only (bench CLIs); deterministic. Outlets come from the catalog (data), never hand-picked hosts.

import { listOutlets } from '../catalog';
import type { Outlet } from '../catalog/types';
import type { ArticleInput } from '../index/types';

const HOUR_MS = 3_600_000;

/** Headlines of the same event as different outlets would write them (shared entities and numbers). */
const STORY_HEADLINES = [
  'Magnitude 7.1 earthquake strikes off Hokkaido, tsunami warning issued for northern Japan',
  'Strong 7.1 quake hits Hokkaido coast as Japan warns of tsunami',
  'Japan issues tsunami warning after magnitude 7.1 earthquake off Hokkaido',
  'Hokkaido earthquake: 7.1 tremor shakes northern Japan, tsunami alert in force',
  'Tsunami warning for Hokkaido after 7.1-magnitude earthquake rattles Japan',
  'Powerful 7.1 earthquake off Hokkaido triggers tsunami warning in Japan',
];
const STORY_LEAD =
  'A magnitude 7.1 earthquake struck off the coast of Hokkaido in northern Japan early on Tuesday, ' +
  'prompting the Japan Meteorological Agency to issue a tsunami warning for the island’s Pacific coast.';

export interface PopupStory {
  page: { url: string; outlet: Outlet; html: string };
  /** The page's own article first, then the other outlets' articles. */
  articles: ArticleInput[];
}

function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

function articleUrl(outlet: Outlet, i: number): string {
  const domain = outlet.domains[0] ?? `outlet-${i}.example`;
  return `https://www.${domain}/world/2026/hokkaido-earthquake-tsunami-warning-${i}`;
}

/** `others` outlets' articles plus the page's, published in the hours before `now`. */
export function buildPopupStory(others: number, now: number): PopupStory {
  const outlets = listOutlets().filter((o) => o.domains.length > 0 && !o.paths?.length && o.languages.includes('en'));
  if (outlets.length < others + 1) throw new Error(`the catalog has only ${outlets.length} English outlets`);
  const articles: ArticleInput[] = [];
  for (let i = 0; i <= others; i++) {
    const outlet = outlets[i] as Outlet;
    articles.push({
      url: articleUrl(outlet, i),
      title: STORY_HEADLINES[i % STORY_HEADLINES.length] as string,
      summary: STORY_LEAD,
      outletId: outlet.id,
      lang: 'en',
      published: now - HOUR_MS - i * 60_000,
    });
  }
  const own = articles[0] as ArticleInput;
  const outlet = outlets[0] as Outlet;
  const published = new Date(own.published ?? now).toISOString();
  const jsonLd = JSON.stringify({
    '@context': 'https://schema.org',
    '@type': 'NewsArticle',
    headline: own.title,
    description: STORY_LEAD,
    datePublished: published,
    url: own.url,
    publisher: { '@type': 'NewsMediaOrganization', name: outlet.name },
  }).replace(/</g, '\\u003c');
  const body = Array.from(
    { length: 6 },
    (_, k) =>
      `<p>${escapeHtml(STORY_LEAD)} Officials said paragraph ${k + 1} of the report described damage to ports, ` +
      'power lines and rail services across the region, and residents were told to move to higher ground.</p>',
  ).join('\n');
  const html = `<!doctype html>
<html lang="en"><head><meta charset="utf-8">
<title>${escapeHtml(own.title)} | ${escapeHtml(outlet.name)}</title>
<meta name="description" content="${escapeHtml(STORY_LEAD)}">
<link rel="canonical" href="${escapeHtml(own.url)}">
<meta property="og:type" content="article">
<meta property="og:title" content="${escapeHtml(own.title)}">
<meta property="og:site_name" content="${escapeHtml(outlet.name)}">
<meta property="article:published_time" content="${published}">
<script type="application/ld+json">${jsonLd}</script>
</head><body><header><a href="/">${escapeHtml(outlet.name)}</a></header>
<main><article><h1>${escapeHtml(own.title)}</h1><time datetime="${published}">${published}</time>
${body}
</article></main></body></html>`;
  return { page: { url: own.url, outlet, html }, articles };
}
