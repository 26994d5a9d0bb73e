// Props and actions of the options page's presentational components.
// Components never call the browser; entrypoints/options/App.tsx implements these actions.

import type { Outlet } from '../../lib/catalog/types';
import type { RatingProviderInfo } from '../../lib/catalog/ratings';
import type { IndexStatus } from '../../lib/coverage/types';
import type { FeedOverview } from '../../lib/protocol';
import type { Settings } from '../../lib/settings';

/** What an action tells the component that triggered it: a message to show, or why it was refused. */
export type ActionResult = { ok: true; message?: string } | { ok: false; error: string };

export interface OptionsActions {
  /** Saves a change at once (validated again by lib/settings). */
  updateSettings(patch: Partial<Settings>): Promise<ActionResult>;
  /** Turns catalog outlets on or off (one outlet or a whole group). */
  setOutletsEnabled(ids: readonly string[], enabled: boolean): Promise<ActionResult>;
  /** Fetches and parses the feed; adds it only when it is a readable feed. */
  addCustomFeed(url: string): Promise<ActionResult>;
  removeCustomFeed(url: string): Promise<ActionResult>;
  /** OPML text chosen by the user. */
  importOpml(text: string): Promise<ActionResult>;
  /** Downloads the fetched feeds as OPML. */
  exportOpml(): void;
  addDisabledSite(input: string): Promise<ActionResult>;
  removeDisabledSite(site: string): Promise<ActionResult>;
  refreshNow(): Promise<ActionResult>;
  clearIndex(): Promise<ActionResult>;
  resetSettings(): Promise<ActionResult>;
  /** Downloads the settings as JSON. */
  exportSettings(): void;
  /** JSON text chosen by the user. */
  importSettings(text: string): Promise<ActionResult>;
}

export type SaveState = 'idle' | 'saving' | 'saved' | 'error';

export interface SaveStatus {
  state: SaveState;
  /** e.g. "Saved: article badge off." */
  message: string;
}

export interface StorageUsage {
  /** Bytes used by the extension's origin (navigator.storage.estimate). */
  usage: number;
  /** Bytes available to it. */
  quota: number;
}

export interface OptionsViewProps {
  settings: Settings;
  /** The outlet catalog (read by the container; nothing here is fetched). */
  outlets: readonly Outlet[];
  providers: readonly RatingProviderInfo[];
  /** The feeds the refresher fetches with their status; null while loading. */
  feeds: readonly FeedOverview[] | null;
  index: IndexStatus | null;
  storage: StorageUsage | null;
  saveStatus: SaveStatus;
  /** Epoch ms, for relative times (rendering never reads the clock). */
  now: number;
  actions: OptionsActions;
}
