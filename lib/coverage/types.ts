// Types of what the UI shows: the report for one tab (page, outlet, story coverage, index status).
// Pure declarations; produced by the background, rendered by components/ (popup, in-page panel).

import type { Outlet } from '../catalog/types';
import type { RefreshProgress } from '../feeds/types';
import type { MatchExplanation } from '../index/types';
import type { PageArticle } from '../page/types';

/** What the UI needs of an outlet (the catalog entry without feeds, domains and samples). */
export type OutletCard = Omit<Outlet, 'feeds' | 'domains' | 'paths' | 'samples'>;

/**
 * What a coverage row, the list's tabs and the story summary need of an outlet. Rows carry no more: the
 * report of a 100-article story travels to the popup on every opening (the reader's own outlet comes as a
 * full OutletCard; providers' ratings of a row's outlet come with "why is this here?", see CoverageWhy).
 */
export type OutletChip = Pick<OutletCard, 'id' | 'name' | 'country' | 'languages' | 'type' | 'bias' | 'factual' | 'ownership'>;

/** One article of the story as the UI lists it. */
export interface CoverageEntry {
  articleId: string;
  title: string;
  /** http(s) only; anything else is dropped before it reaches the UI. */
  url: string;
  /** Epoch ms. */
  published: number;
  lang: string | null;
  domain: string;
  outlet: OutletChip | null;
  /** The matcher's score (orders the list by "closest match"; 0 for search results). */
  score: number;
  /** The article belongs to the outlet of the page being read. */
  isReaderOutlet: boolean;
}

/**
 * "Why is this here?" for one row: the matcher's evidence, the feed's summary and who rated the outlet.
 * Fetched when the reader opens it (protocol message `story:why`), so the report stays small.
 */
export interface CoverageWhy {
  explanation: MatchExplanation;
  summary: string | null;
  /** The outlet's ratings in each provider's own words (no ratings: unknown outlet or none published). */
  ratings: { provider: string; bias: string }[];
}

export interface StoryView {
  id: string | null;
  /** The most representative headline. */
  title: string;
  entries: CoverageEntry[];
}

export interface IndexStatus {
  articles: number;
  stories: number;
  feeds: number;
  lastRefresh: number | null;
  progress: RefreshProgress;
}

/** Everything the popup (or the in-page panel) shows for one tab. */
export type TabReport =
  | { state: 'loading' }
  | { state: 'unsupported'; reason: string }
  | { state: 'not-news'; url: string; reason: string; index: IndexStatus }
  | {
      state: 'article';
      page: PageArticle;
      outlet: OutletCard | null;
      story: StoryView;
      index: IndexStatus;
      /** The user chose to hide factual-reporting ratings (outlet cards then carry none). */
      hideFactuality?: boolean;
    }
  | { state: 'error'; message: string };
