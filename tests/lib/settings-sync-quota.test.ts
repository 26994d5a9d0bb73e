import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import {
  DEFAULT_SETTINGS,
  SYNC_ITEM_MAX_BYTES,
  loadSettings,
  localSettingsListsItem,
  settingsItem,
  splitForSync,
  updateSettings,
} from '../../lib/settings';

const manyIds = (n: number) => Array.from({ length: n }, (_, i) => `outlet-number-${i}`);

describe('settings too large for one sync item', () => {
  beforeEach(() => {
    fakeBrowser.reset();
  });

  it('keeps everything in sync while it fits', async () => {
    await updateSettings({ disabledOutlets: manyIds(20), articleBadge: false });
    const raw = await settingsItem.getValue();
    expect(raw.disabledOutlets).toHaveLength(20);
    expect((raw as { localFields?: unknown }).localFields).toBeUndefined();
    expect(await localSettingsListsItem.getValue()).toBeNull();
  });

  it('moves the outlet list to local storage when it does not fit, and reads it back', async () => {
    const ids = manyIds(1000);
    const saved = await updateSettings({ disabledOutlets: ids, linkChips: false, disabledSites: ['example.com'] });
    expect(saved.disabledOutlets).toEqual(ids);
    const raw = await settingsItem.getValue();
    expect(new TextEncoder().encode(JSON.stringify(raw)).length).toBeLessThanOrEqual(SYNC_ITEM_MAX_BYTES);
    expect(raw.disabledOutlets).toEqual([]);
    expect(raw.disabledSites).toEqual(['example.com']); // still synced
    expect(raw.linkChips).toBe(false);
    expect(await loadSettings()).toEqual({ ...DEFAULT_SETTINGS, disabledOutlets: ids, linkChips: false, disabledSites: ['example.com'] });
    // Back under the limit: the list returns to sync and the local copy goes away.
    await updateSettings({ disabledOutlets: ['one'] });
    expect((await settingsItem.getValue()).disabledOutlets).toEqual(['one']);
    expect(await localSettingsListsItem.getValue()).toBeNull();
    expect((await loadSettings()).disabledOutlets).toEqual(['one']);
  });

  it('moves the largest lists first, and only as many as needed', () => {
    const feeds = Array.from({ length: 300 }, (_, i) => ({ url: `https://feeds.example.org/feed/${i}.xml`, title: `Feed ${i}` }));
    const { sync, local } = splitForSync({ ...DEFAULT_SETTINGS, disabledOutlets: manyIds(10), customFeeds: feeds });
    expect(sync.localFields).toEqual(['customFeeds']);
    expect(sync.disabledOutlets).toEqual(manyIds(10));
    expect(local).toEqual({ customFeeds: feeds });
    const both = splitForSync({ ...DEFAULT_SETTINGS, disabledOutlets: manyIds(600), customFeeds: feeds });
    expect(both.sync.localFields).toEqual(['customFeeds', 'disabledOutlets']);
  });
});
