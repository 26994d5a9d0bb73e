// Options page container: reads settings (storage.sync), the catalog and the background's index and feed
// statuses, and turns the user's actions into saved settings and protocol messages. Rendering is
// components/options/OptionsView's job; every save is confirmed in its aria-live status line.

import { useEffect, useRef, useState } from 'preact/hooks';
import { OptionsView } from '../../components/options/OptionsView';
import type { ActionResult, OptionsActions, SaveStatus, StorageUsage } from '../../components/options/types';
import { RATING_PROVIDERS, listOutlets } from '../../lib/catalog';
import type { IndexStatus } from '../../lib/coverage/types';
import { sendMessage } from '../../lib/messaging';
import {
  OpmlError,
  buildOpml,
  listExportFeeds,
  mapCatalogFeeds,
  normalizeFeedUrl,
  parseOpml,
  planFeedImport,
} from '../../lib/opml';
import type { FeedOverview } from '../../lib/protocol';
import {
  DEFAULT_SETTINGS,
  MAX_CUSTOM_FEEDS,
  loadSettings,
  localSettingsListsItem,
  normalizeSite,
  settingsItem,
  updateSettings,
  type Settings,
} from '../../lib/settings';
import { exportSettingsJson, parseSettingsJson } from '../../lib/settings-transfer';
import { describeSettingsChange } from '../../components/options/describe-change';

/** Polling while a refresh runs (progress is persisted by the background, not pushed). */
const PROGRESS_POLL_MS = 1000;
/** Background re-read of index figures and feed statuses while the page is open. */
const IDLE_POLL_MS = 30_000;
/** After "Refresh now", poll fast this long even before the background reports the run as started. */
const START_WINDOW_MS = 10_000;

const outlets = listOutlets();

function errorText(err: unknown): string {
  const msg = err instanceof Error ? err.message : String(err);
  if (/quota/i.test(msg)) {
    return 'The browser refused to store this many settings (sync storage is limited to a few kB per item). Remove some custom feeds or disabled outlets and try again.';
  }
  return msg;
}

function download(name: string, type: string, text: string): void {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

function dateStamp(now: number): string {
  return new Date(now).toISOString().slice(0, 10);
}

async function estimateStorage(): Promise<StorageUsage | null> {
  try {
    const e = await navigator.storage?.estimate?.();
    return e && typeof e.usage === 'number' && typeof e.quota === 'number' ? { usage: e.usage, quota: e.quota } : null;
  } catch {
    return null;
  }
}

export function App() {
  const [settings, setSettings] = useState<Settings | null>(null);
  const [loadError, setLoadError] = useState<string | null>(null);
  const [index, setIndex] = useState<IndexStatus | null>(null);
  const [feeds, setFeeds] = useState<FeedOverview[] | null>(null);
  const [storage, setStorage] = useState<StorageUsage | null>(null);
  const [saveStatus, setSaveStatus] = useState<SaveStatus>({ state: 'idle', message: '' });
  const [now, setNow] = useState(Date.now());
  // Saves run one after another: each reads the latest settings, so quick clicks never overwrite each other.
  const queue = useRef<Promise<unknown>>(Promise.resolve());
  const wasRunning = useRef(false);
  const fastUntil = useRef(0);

  const readIndex = async () => {
    try {
      setIndex(await sendMessage('index:status', {}));
    } catch {
      // The background may be starting; the next poll asks again.
    }
    setNow(Date.now());
  };
  const readFeeds = async () => {
    try {
      setFeeds(await sendMessage('feeds:status', {}));
    } catch {
      setFeeds((f) => f ?? []);
    }
  };
  const readStorage = async () => setStorage(await estimateStorage());

  useEffect(() => {
    loadSettings().then(setSettings, (err: unknown) => setLoadError(errorText(err)));
    void readIndex();
    void readStorage();
    // Changes made elsewhere (the popup's "turn off on this site", another browser via sync) show up here.
    // (Read through loadSettings: lists too large for sync storage live in a local item.)
    const reload = () => void loadSettings().then(setSettings, () => undefined);
    const unwatchSync = settingsItem.watch(reload);
    const unwatchLocal = localSettingsListsItem.watch(reload);
    return () => {
      unwatchSync();
      unwatchLocal();
    };
  }, []);

  // Which feeds are fetched follows the outlets and custom feeds: re-read the list when they change.
  const feedKey = settings ? `${settings.disabledOutlets.join()}|${settings.customFeeds.map((f) => f.url).join()}` : '';
  useEffect(() => {
    if (feedKey) void readFeeds();
  }, [feedKey]);

  const running = index?.progress.running ?? false;
  useEffect(() => {
    if (wasRunning.current && !running) {
      void readFeeds();
      void readStorage();
    }
    wasRunning.current = running;
    const fast = running || Date.now() < fastUntil.current;
    const timer = setTimeout(() => void readIndex(), fast ? PROGRESS_POLL_MS : IDLE_POLL_MS);
    return () => clearTimeout(timer);
  }, [index, running]);

  /** Saves the patch computed from the latest settings; an ActionResult from `make` refuses the change. */
  function save(make: (current: Settings) => Partial<Settings> | ActionResult, describe?: string): Promise<ActionResult> {
    const run = async (): Promise<ActionResult> => {
      setSaveStatus({ state: 'saving', message: 'Saving…' });
      try {
        const current = await loadSettings();
        const patch = make(current);
        if ('ok' in patch) {
          setSaveStatus({ state: 'idle', message: '' });
          return patch as ActionResult;
        }
        const next = await updateSettings(patch);
        setSettings(next);
        setSaveStatus({ state: 'saved', message: `Saved: ${describe ?? describeSettingsChange(current, next)}.` });
        return { ok: true };
      } catch (err) {
        const error = errorText(err);
        setSaveStatus({ state: 'error', message: `Not saved. ${error}` });
        return { ok: false, error };
      }
    };
    const p = queue.current.then(run, run);
    queue.current = p;
    return p;
  }

  const actions: OptionsActions = {
    updateSettings: (patch) => save(() => patch),

    setOutletsEnabled: (ids, enabled) =>
      save((s) => {
        const disabled = new Set(s.disabledOutlets);
        for (const id of ids) {
          if (enabled) disabled.delete(id);
          else disabled.add(id);
        }
        return { disabledOutlets: [...disabled] };
      }),

    addCustomFeed: async (input) => {
      const url = normalizeFeedUrl(input);
      if (!url) return { ok: false, error: 'Enter the address of a feed, starting with http:// or https://.' };
      const current = await loadSettings();
      const owner = mapCatalogFeeds(outlets).get(url);
      if (owner) {
        if (!current.disabledOutlets.includes(owner.id)) {
          return { ok: false, error: `This is ${owner.name}'s feed, which Parallax already fetches from its catalog.` };
        }
        const r = await actions.setOutletsEnabled([owner.id], true);
        return r.ok ? { ok: true, message: `This is ${owner.name}'s feed from the catalog: ${owner.name} is turned on again.` } : r;
      }
      if (current.customFeeds.some((f) => f.url === url)) return { ok: false, error: 'This feed is already in your list.' };
      if (current.customFeeds.length >= MAX_CUSTOM_FEEDS) {
        return { ok: false, error: `You already have ${MAX_CUSTOM_FEEDS} feeds of your own, the most Parallax keeps. Remove one first.` };
      }
      let check;
      try {
        check = await sendMessage('feed:check', { url });
      } catch (err) {
        return { ok: false, error: errorText(err) };
      }
      const checked = check;
      const r = await save((s) =>
        s.customFeeds.some((f) => f.url === checked.url)
          ? { ok: false, error: 'This feed is already in your list.' }
          : { customFeeds: [...s.customFeeds, { url: checked.url, title: checked.title }] },
        `feed “${checked.title ?? checked.url}” added`,
      );
      if (!r.ok) return r;
      const found = checked.url !== url ? ` (found on that page: ${checked.url})` : '';
      return {
        ok: true,
        message: `Added “${checked.title ?? checked.url}”${found}: ${checked.items} ${checked.items === 1 ? 'item' : 'items'} now. It is fetched with the others at each refresh.`,
      };
    },

    removeCustomFeed: (url) => save((s) => ({ customFeeds: s.customFeeds.filter((f) => f.url !== url) }), 'feed removed'),

    importOpml: async (text) => {
      let doc;
      try {
        doc = parseOpml(text);
      } catch (err) {
        return { ok: false, error: err instanceof OpmlError ? err.message : `The file could not be read: ${errorText(err)}` };
      }
      if (doc.feeds.length === 0) {
        return { ok: false, error: `The file lists no usable feed.${doc.errors.length ? ` ${doc.errors[0]}` : ''}` };
      }
      const feedsInFile = doc.feeds;
      let summary = '';
      const r = await save((s) => {
        const plan = planFeedImport(feedsInFile, outlets, s);
        const room = Math.max(0, MAX_CUSTOM_FEEDS - s.customFeeds.length);
        const added = plan.addFeeds.slice(0, room);
        const overCap = plan.addFeeds.length - added.length;
        const parts = [
          `${added.length} new ${added.length === 1 ? 'feed' : 'feeds'} added`,
          overCap ? `${overCap} not added (at most ${MAX_CUSTOM_FEEDS} feeds of your own)` : '',
          plan.enableOutlets.length ? `${plan.enableOutlets.length} catalog outlets turned on` : '',
          plan.alreadyInCatalog ? `${plan.alreadyInCatalog} already fetched from the catalog` : '',
          plan.alreadyCustom ? `${plan.alreadyCustom} already in your list` : '',
          doc.errors.length ? `${doc.errors.length} skipped (${doc.errors[0]})` : '',
        ];
        summary = parts.filter(Boolean).join('; ');
        const enable = new Set(plan.enableOutlets);
        return {
          customFeeds: [...s.customFeeds, ...added],
          disabledOutlets: s.disabledOutlets.filter((id) => !enable.has(id)),
        };
      }, 'feeds imported');
      if (!r.ok) return r;
      return { ok: true, message: `Imported: ${summary}.` };
    },

    exportOpml: () => {
      if (!settings) return;
      const stamp = Date.now();
      download(
        `parallax-feeds-${dateStamp(stamp)}.opml`,
        'text/x-opml',
        buildOpml(listExportFeeds(outlets, settings), { title: 'Parallax feeds', now: stamp }),
      );
    },

    addDisabledSite: (input) => {
      const site = normalizeSite(input);
      if (!site) return Promise.resolve({ ok: false, error: `“${input.trim()}” is not a site address. Enter a domain such as example.com.` });
      return save(
        (s) =>
          s.disabledSites.includes(site)
            ? { ok: false, error: `${site} is already in the list.` }
            : { disabledSites: [...s.disabledSites, site] },
        `Parallax turned off on ${site}`,
      );
    },

    removeDisabledSite: (site) =>
      save((s) => ({ disabledSites: s.disabledSites.filter((d) => d !== site) }), `Parallax turned back on for ${site}`),

    refreshNow: async () => {
      try {
        fastUntil.current = Date.now() + START_WINDOW_MS;
        setIndex(await sendMessage('refresh:now', {}));
        return { ok: true };
      } catch (err) {
        return { ok: false, error: `The refresh could not start: ${errorText(err)}` };
      }
    },

    clearIndex: async () => {
      try {
        setIndex(await sendMessage('index:clear', {}));
        // Without this, feeds answering 304 Not Modified would never put their articles back.
        await sendMessage('feeds:revalidate', {}).catch(() => undefined);
        void readFeeds();
        void readStorage();
        return { ok: true, message: 'The index is empty now.' };
      } catch (err) {
        return { ok: false, error: `The index could not be cleared: ${errorText(err)}` };
      }
    },

    resetSettings: async () => {
      const r = await save(() => DEFAULT_SETTINGS, 'all settings reset to the defaults');
      return r.ok ? { ok: true, message: 'All settings are back to the defaults.' } : r;
    },

    exportSettings: () => {
      if (!settings) return;
      const stamp = Date.now();
      download(`parallax-settings-${dateStamp(stamp)}.json`, 'application/json', exportSettingsJson(settings, stamp));
    },

    importSettings: async (text) => {
      let imported;
      try {
        imported = parseSettingsJson(text);
      } catch (err) {
        return { ok: false, error: errorText(err) };
      }
      const { settings: next, warnings } = imported;
      const r = await save(() => next, 'settings imported from the file');
      if (!r.ok) return r;
      return { ok: true, message: `Settings imported.${warnings.length ? ` ${warnings.join(' ')}` : ''}` };
    },
  };

  if (loadError) {
    return (
      <div class="px-root px-opt">
        <p class="px-opt-error" role="alert">
          Parallax could not read its settings: {loadError}
        </p>
      </div>
    );
  }
  if (!settings) {
    return (
      <div class="px-root px-opt">
        <p class="px-opt-loading" role="status">
          Loading settings…
        </p>
      </div>
    );
  }
  return (
    <OptionsView
      settings={settings}
      outlets={outlets}
      providers={RATING_PROVIDERS}
      feeds={feeds}
      index={index}
      storage={storage}
      saveStatus={saveStatus}
      now={now}
      actions={actions}
    />
  );
}
