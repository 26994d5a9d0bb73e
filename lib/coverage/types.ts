// Types of what the UI shows: the report for one tab (page, outlet, story coverage, index status).
// Pure declarations; produced by the background, rendered by components/ (popup, in-page panel).

import type { Outlet } from '../catalog/types';
import type { RefreshProgress } from '../feeds/types';
import type { MatchExplanation } from '../index/types';
import type { PageArticle } from '../page/types';

/** What the UI needs of an outlet (the catalog entry without feeds, domains and samples). */
export type OutletCard = Omit<Outlet, 'feeds' | 'domains' | 'paths' | 'samples'>;

/** One article of the story as the UI lists it. */
export interface CoverageEntry {
  articleId: string;
  title: string;
  /** http(s) only; anything else is dropped before it reaches the UI. */
  url: string;
  summary: string | null;
  /** Epoch ms. */
  published: number;
  lang: string | null;
  domain: string;
  outlet: OutletCard | null;
  explanation: MatchExplanation;
  /** The article belongs to the outlet of the page being read. */
  isReaderOutlet: boolean;
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
