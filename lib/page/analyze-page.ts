// Decides whether a page is a news article and extracts what matching and the UI need, from cheap
// signals only (JSON-LD, meta tags, headings, URL shape, catalog hint, text density) — never a full
// Readability parse. Runs in the content script on every page load and in the eval CLI.

import { chooseHeadline, type HeadlineChoice } from './headline-choice';
import { splitTitle, type SiteContext } from './headline-cleanup';
import { nodeTypes, readJsonLd, readNodeUrl, readString, type JsonLdSummary } from './json-ld';
import { firstMeta, readMetaTags, type MetaTags } from './meta-tags';
import {
  readAuthor,
  readDescription,
  readLanguage,
  readModifiedTime,
  readPublishedTime,
  readSection,
  readSiteName,
  resolveCanonicalUrl,
} from './page-metadata';
import { countCommerceCues, hasVisibleDateline, measureCodeChars } from './page-signals';
import { DENSE_TEXT_SCORE, measureLeadText, measureText, TEASER_PROSE_CHARS, type TextStats } from './text-density';
import { cleanText } from './text-normalize';
import type { PageAnalysis, PageHints, PageSignal } from './types';
import { classifyUrlShape, type UrlShape } from './url-shape';

/** Below this share of prose in one container, many long paragraphs are separate posts. */
const DISCUSSION_MAX_BODY_SHARE = 0.08;
/** Weight of a date shown in a dateline/byline element when no machine-readable date exists. */
const DATELINE_WEIGHT = 0.5;
/** Penalty per distinct shop cue once there are two or more (cart + price + ISBN… is a product page). */
const COMMERCE_WEIGHT_PER_CUE = 2.5;
/** Code/paste text (characters) from which a page without prose is a listing, not an article. */
const CODE_LISTING_MIN_CHARS = 1000;
/** Prose (characters in long paragraphs) below which a page has no article text around its code. */
const CODE_LISTING_MAX_PROSE_CHARS = 500;
/** Score at or above which the page is an article. */
export const ARTICLE_SCORE_THRESHOLD = 2;
/** Margin above the threshold from which the metadata alone decides: the text signals together weigh at
 *  most -7 (sparse, teaser listing, password form) but never reach that on a page whose JSON-LD or
 *  og:type, URL shape, visible <h1> and publication date all say "article"; the margin covers the rest. */
const CONCLUSIVE_MARGIN = 3;

const ARTICLE_OG_TYPES = /^(?:article|news|blog|blogposting|newsarticle)$/i;
const NON_ARTICLE_OG_TYPES = /^(?:video|music|books?|profile|product|object|place|business|restaurant|game)\b/i;
const NOT_FOUND_RE = /(?:^|\W)404(?:\W|$)|page not found|not be found|couldn'?t be found|no longer available|nicht gefunden|página no encontrada|page introuvable|pagina non trovata|pagina niet gevonden/i;

/** A record identifier standing as the title's first part ("JVNDB-2018-013542 - …", "CVE-2021-44228 |
 *  …", "NCT03746262 - …"): database entries, tickets and registry records, not news. One unspaced token
 *  with at least RECORD_ID_MIN_DIGITS digits, so event names with a year ("EURO 2024", "NATO-2030") are not
 *  taken for one. */
const RECORD_ID_RE = /^[A-Z]{2,}[-_]?\d{4,}(?:[-_]\d{3,})*$/;
const RECORD_ID_MIN_DIGITS = 6;
const RECORD_ID_WEIGHT = -2;

function hasRecordIdTitle(titleText: string): boolean {
  if (!/\d{4}/.test(titleText)) return false;
  const first = splitTitle(titleText)[0];
  return first !== undefined && RECORD_ID_RE.test(first) && (first.match(/\d/g)?.length ?? 0) >= RECORD_ID_MIN_DIGITS;
}

const URL_SHAPE_WEIGHTS: Record<UrlShape['kind'], number> = {
  article: 1.5,
  home: -6,
  section: -2.5,
  tag: -3,
  author: -3,
  search: -5,
  video: -2.5,
  live: -2,
  gallery: -2.5,
  event: -3,
  account: -5,
  // A registry entry (trial, vulnerability, paper): as far from news as an account page, and unlike
  // "numeric article id" no evidence for an article.
  record: -4,
  unknown: 0,
};

function collectHeadlineMeta(meta: MetaTags, jsonLd: JsonLdSummary, doc: Document): { text: string; source: string }[] {
  const out: { text: string; source: string }[] = [];
  const push = (text: string | null | undefined, source: string): void => {
    if (text) out.push({ text, source });
  };
  push(readString(jsonLd.article, 'headline') ?? readString(jsonLd.article, 'name'), 'json-ld');
  push(firstMeta(meta, 'og:title'), 'og:title');
  push(firstMeta(meta, 'twitter:title'), 'twitter:title');
  push(firstMeta(meta, 'headline', 'parsely-title', 'sailthru.title', 'dc.title', 'title'), 'meta');
  // Microdata is looked up (a whole-document query) only when JSON-LD and Open Graph name no headline.
  if (out.length > 0 && (out[0]?.source === 'json-ld' || out[0]?.source === 'og:title')) return out;
  const itemprop = doc.querySelector('[itemprop~="headline"]');
  if (itemprop && itemprop.tagName.toUpperCase() !== 'META') push(cleanText(itemprop.textContent), 'microdata');
  return out;
}

/** Whether the JSON-LD article node describes another page (home pages listing their top story). */
function isArticleNodeElsewhere(jsonLd: JsonLdSummary, url: URL): boolean {
  const nodeUrl = readNodeUrl(jsonLd.article);
  if (!nodeUrl) return false;
  try {
    const resolved = new URL(nodeUrl, url);
    const a = resolved.pathname.replace(/\/+$/, '');
    const b = url.pathname.replace(/\/+$/, '');
    return a !== b && resolved.hostname.replace(/^www\./, '') === url.hostname.replace(/^www\./, '');
  } catch {
    return false;
  }
}

function scorePage(
  doc: Document,
  isElsewhere: boolean,
  meta: MetaTags,
  jsonLd: JsonLdSummary,
  shape: UrlShape,
  headline: HeadlineChoice,
  text: TextStats | null,
  titleText: string,
  hints: PageHints | undefined,
  hasPublishedTime: boolean,
): PageSignal[] {
  const signals: PageSignal[] = [];
  const add = (name: string, weight: number, detail?: string): void => {
    signals.push(detail === undefined ? { name, weight } : { name, weight, detail });
  };

  if (jsonLd.article) {
    const types = nodeTypes(jsonLd.article).join(',');
    if (isElsewhere) add('json-ld-article-elsewhere', 0.5, types);
    else add('json-ld-article', 3, types);
  }
  if (jsonLd.articleCount >= 3) add('json-ld-many-articles', -2.5, String(jsonLd.articleCount));
  if (jsonLd.liveBlog) add('json-ld-live-blog', -1.5);
  if (jsonLd.hasListingType && !jsonLd.article) add('json-ld-listing', -2.5, [...jsonLd.types].join(','));

  const ogType = firstMeta(meta, 'og:type');
  if (ogType) {
    if (ARTICLE_OG_TYPES.test(ogType)) add('og-type-article', 2, ogType);
    else if (NON_ARTICLE_OG_TYPES.test(ogType)) add('og-type-non-article', -2.5, ogType);
    else if (/^website$/i.test(ogType)) add('og-type-website', -1, ogType);
  }
  if (hasPublishedTime) add('published-time', 1);
  // Many long paragraphs, none of them together: a discussion thread (comments, forum), not an article.
  if (text && text.longParagraphs >= 20 && text.bodyShare < DISCUSSION_MAX_BODY_SHARE) add('discussion-thread', -3);

  const shapeWeight = URL_SHAPE_WEIGHTS[shape.kind] * (shape.kind === 'article' ? shape.strength : Math.max(shape.strength, 0.5));
  if (shape.kind !== 'unknown') add(`url-${shape.kind}`, shapeWeight, shape.detail);

  if (headline.h1Agrees) add('h1-agrees', 1.5);
  else if (headline.headingAgrees) add('heading-agrees', 1);
  if (!headline.headline) add('no-headline', -4);
  else add('headline-source', 0, headline.source);

  if (!text) add('text-skipped', 0, 'metadata conclusive');
  else {
    const readerable = text.readerableScore;
    const detail = readerable.toFixed(0);
    if (readerable >= DENSE_TEXT_SCORE) add('text-dense', 2, detail);
    else if (readerable >= 20) add('text-readerable', 1, detail);
    else if (readerable < 5) add('text-sparse', -2, detail);
  }

  if (text && text.teaserLinks >= 12 && text.teaserLinks * TEASER_PROSE_CHARS > text.proseChars) add('teaser-listing', -2, String(text.teaserLinks));
  if (text && text.passwordInputs > 0) add('password-form', -3);

  if (NOT_FOUND_RE.test(titleText) || NOT_FOUND_RE.test(headline.headline)) add('not-found', -6);
  if (hasRecordIdTitle(titleText)) add('record-id-title', RECORD_ID_WEIGHT);
  if (hints?.knownOutlet) add('known-outlet', 0.5, hints.knownOutlet.id);

  // The costlier cues run only where they can change the decision.
  const sum = (): number => signals.reduce((total, s) => total + s.weight, 0);
  if (!hasPublishedTime && sum() < ARTICLE_SCORE_THRESHOLD && sum() >= ARTICLE_SCORE_THRESHOLD - DATELINE_WEIGHT) {
    if (hasVisibleDateline(doc)) add('visible-dateline', DATELINE_WEIGHT);
  }
  if (text && text.proseChars < CODE_LISTING_MAX_PROSE_CHARS && sum() >= ARTICLE_SCORE_THRESHOLD) {
    // A paste or code listing with no prose around it (pastebins, raw source views).
    const code = measureCodeChars(doc);
    if (code >= CODE_LISTING_MIN_CHARS) add('code-listing', -3, String(code));
  }
  // News-typed JSON-LD, a dated path or a catalogued news outlet's site are not shop pages: skip the
  // whole-document shop-cue query.
  const isNewsEvidence =
    !!hints?.knownOutlet || (jsonLd.article !== null && nodeTypes(jsonLd.article).some((t) => /NewsArticle$/.test(t))) || shape.detail === 'dated path';
  if (sum() >= ARTICLE_SCORE_THRESHOLD && !isNewsEvidence) {
    // Shop pages (book and product pages declare og:type=article too).
    const commerce = countCommerceCues(doc, headline.marked);
    if (commerce >= 2) add('commerce', -COMMERCE_WEIGHT_PER_CUE * commerce, String(commerce));
  }
  return signals;
}

function sumWeights(signals: readonly PageSignal[]): number {
  return signals.reduce((sum, s) => sum + s.weight, 0);
}

/** Whether the metadata alone says "article": article-typed JSON-LD about this page or og:type article,
 *  an article-shaped URL and a visible <h1> that agrees with the metadata (a publication date adds to the
 *  score; without one the margin must come from the rest). Then the text-density fallback cannot change
 *  the decision and is skipped. */
function isMetadataConclusive(
  meta: MetaTags,
  jsonLd: JsonLdSummary,
  isElsewhere: boolean,
  shape: UrlShape,
  headline: HeadlineChoice,
): boolean {
  if (!headline.h1Agrees || shape.kind !== 'article') return false;
  if (jsonLd.article && !isElsewhere) return true;
  const ogType = firstMeta(meta, 'og:type');
  return ogType !== null && ARTICLE_OG_TYPES.test(ogType);
}

/** Analyzes the page: is it a news article, and its headline and metadata. */
export function analyzePage(doc: Document, url: URL, hints?: PageHints): PageAnalysis {
  const meta = readMetaTags(doc);
  const jsonLd = readJsonLd(doc);
  const knownName = hints?.knownOutlet?.name ?? null;
  const titleEl = doc.head?.getElementsByTagName('title')[0] ?? doc.getElementsByTagName('title')[0];
  const titleText = cleanText(titleEl?.textContent);
  const siteName = readSiteName(meta, jsonLd, knownName, titleText);
  const site: SiteContext = {
    names: [siteName, knownName].filter((n): n is string => !!n),
    host: url.hostname,
  };
  // The page's text is walked only when something asks for it: the headline choice when no heading
  // agrees with the metadata, the scoring when the metadata does not decide.
  let text: TextStats | null = null;
  const readText = (): TextStats => (text ??= measureText(doc));
  const headline = chooseHeadline(
    doc,
    { meta: collectHeadlineMeta(meta, jsonLd, doc), title: titleText || null },
    site,
    () => readText().leadElement,
    url,
  );
  const shape = classifyUrlShape(url);
  const publishedTime = readPublishedTime(meta, jsonLd, doc);
  const hasPublishedTime = publishedTime !== null;
  // Asked up to three times below (it parses a URL): answered once.
  const isElsewhere = isArticleNodeElsewhere(jsonLd, url);

  let signals: PageSignal[] | null = null;
  let bodyText: string | null = null;
  if (text === null && headline.element && isMetadataConclusive(meta, jsonLd, isElsewhere, shape, headline)) {
    const lead = measureLeadText(doc, headline.element);
    if (lead) {
      const metaSignals = scorePage(doc, isElsewhere, meta, jsonLd, shape, headline, null, titleText, hints, hasPublishedTime);
      if (sumWeights(metaSignals) >= ARTICLE_SCORE_THRESHOLD + CONCLUSIVE_MARGIN) {
        signals = metaSignals;
        bodyText = lead.bodyText;
      }
    }
  }
  if (signals === null || bodyText === null) {
    const stats = readText();
    signals = scorePage(doc, isElsewhere, meta, jsonLd, shape, headline, stats, titleText, hints, hasPublishedTime);
    bodyText = stats.bodyText;
  }
  const score = sumWeights(signals);
  const isArticle = score >= ARTICLE_SCORE_THRESHOLD && headline.headline.length > 0;

  const article = headline.headline
    ? {
        url: url.href,
        canonicalUrl: resolveCanonicalUrl(url, meta, jsonLd),
        headline: headline.headline,
        deck: headline.deck,
        description: readDescription(meta, jsonLd),
        siteName,
        domain: url.hostname.toLowerCase().replace(/^www\./, ''),
        publishedTime,
        modifiedTime: readModifiedTime(meta, jsonLd),
        lang: readLanguage(meta, jsonLd),
        author: readAuthor(meta, jsonLd),
        section: readSection(meta, jsonLd),
        bodyText,
      }
    : null;
  return { isArticle, score, signals, article };
}
