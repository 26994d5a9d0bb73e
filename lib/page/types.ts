// Types of page understanding: is this page a news article, and what does it say about itself.
// Pure declarations; the detection code runs in the content script (and the eval CLI).

export interface PageArticle {
  /** The page's URL as loaded. */
  url: string;
  /** rel=canonical / og:url when trustworthy (same site), else the URL without tracking params. */
  canonicalUrl: string;
  headline: string;
  /** The subheadline printed under the headline on the page, when there is one. */
  deck?: string | null;
  description: string | null;
  siteName: string | null;
  /** Hostname without a leading www. */
  domain: string;
  /** ISO 8601 */
  publishedTime: string | null;
  modifiedTime: string | null;
  /** BCP 47 (lowercase primary subtag at least), from <html lang>, meta or JSON-LD. */
  lang: string | null;
  author: string | null;
  section: string | null;
  /** The leading body text, about the first 1,000 characters. */
  bodyText: string;
}

/** One piece of evidence the decision used; positive weights favour "article". */
export interface PageSignal {
  name: string;
  weight: number;
  detail?: string;
}

export interface PageAnalysis {
  isArticle: boolean;
  score: number;
  signals: PageSignal[];
  /** Extracted metadata; present whenever a headline could be found (even for non-articles). */
  article: PageArticle | null;
}

/** What the catalog knows about the page's site, passed in by the caller (the content script gets it
 *  from the background, which owns the catalog). */
export interface PageHints {
  /** The site is a known news outlet. */
  knownOutlet?: { id: string; name: string } | null;
}
