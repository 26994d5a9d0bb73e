// Types of the local index: stored articles, stories, and the coverage answer the UI reads.
// Pure declarations shared by the worker (which builds and queries the index) and the UI.

/** What the indexer needs to know about one article (from a feed item or from the page being read). */
export interface ArticleInput {
  url: string;
  title: string;
  summary: string | null;
  /** Leading body text when known (the page being read); feeds usually have none. */
  body?: string | null;
  outletId: string | null;
  lang: string | null;
  /** Epoch ms. */
  published: number | null;
}

/** An article as stored in the index. `id` is the canonical URL (tracking parameters stripped). */
export interface IndexedArticle {
  id: string;
  url: string;
  title: string;
  summary: string | null;
  outletId: string | null;
  /** Hostname without www, for articles of unknown outlets. */
  domain: string;
  lang: string | null;
  /** Epoch ms; first-seen time when the feed gave none. */
  published: number;
  firstSeen: number;
  feedUrl: string | null;
  storyId: string;
}

/** Why an article is shown as coverage of the same story ("why is this here?"). */
export interface MatchExplanation {
  score: number;
  sharedTerms: string[];
  sharedEntities: string[];
  /** Hours between the two publications. */
  hoursApart: number | null;
}

export interface CoverageArticle {
  article: IndexedArticle;
  explanation: MatchExplanation;
}

/** The story the page being read belongs to, with the other outlets' coverage. */
export interface StoryCoverage {
  storyId: string | null;
  /** How the page was mapped to the story. */
  via: 'url' | 'content' | 'none';
  /** The most representative headline of the story. */
  title: string | null;
  /** Other outlets' articles (the page's own outlet excluded). */
  articles: CoverageArticle[];
}
