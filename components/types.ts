// Props shared by the presentational components: the actions a container passes in.
// Components never call the browser; containers (entrypoints/*) wire these to messaging/storage.

import type { CoverageEntry, CoverageWhy } from '../lib/coverage/types';

/** What the user can ask for from the popup or the in-page panel. */
export interface PopupActions {
  /** Fetch feeds now (index empty, stale, or user asked). */
  refreshNow(): void;
  /** Keyword search of the local index; results come back as PopupViewProps.searchResults. */
  search(query: string): void;
  /**
   * "Why is this here?" of a row, asked for when the reader opens it (null: the story no longer lists it).
   * Optional: without it the disclosure shows the match score only.
   */
  explain?(entry: CoverageEntry): Promise<CoverageWhy | null>;
  /** "Not the same story": remove this entry locally and remember it. */
  reportNotSameStory(entry: CoverageEntry): void;
  /** "Don't show Parallax on this site". */
  disableSite(domain: string): void;
  openOptions(): void;
  /** Ask for the report again (error state). Optional: the Retry button shows only when given. */
  retry?(): void;
}

/** Formatting context passed down so rendering never reads the clock. */
export interface TimeContext {
  /** Epoch ms used for relative times ("5 min ago"). */
  now: number;
  locale?: string;
  timeZone?: string;
}
