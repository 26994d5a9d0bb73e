import { describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import {
  DEFAULT_SETTINGS,
  isSiteDisabled,
  loadSettings,
  normalizeSettings,
  normalizeSite,
  updateSettings,
} from '../../lib/settings';

describe('normalizeSettings', () => {
  it('returns the defaults for anything that is not an object', () => {
    expect(normalizeSettings(null)).toEqual(DEFAULT_SETTINGS);
    expect(normalizeSettings('garbage')).toEqual(DEFAULT_SETTINGS);
  });

  it('keeps valid values and replaces invalid ones field by field', () => {
    const s = normalizeSettings({
      articleBadge: false,
      linkChips: 'yes',
      badgeStyle: 'detailed',
      ratingSource: 'evil',
      refreshMinutes: 1,
      retentionDays: 1e9,
      disabledSites: ['WWW.Example.com', 'https://news.example.org/path', 'not a site', 42],
      customFeeds: [{ url: 'javascript:alert(1)' }, { url: 'https://feeds.example.com/rss', title: 'Ex' }],
    });
    expect(s.articleBadge).toBe(false);
    expect(s.linkChips).toBe(DEFAULT_SETTINGS.linkChips);
    expect(s.badgeStyle).toBe('detailed');
    expect(s.ratingSource).toBe('consensus');
    expect(s.refreshMinutes).toBe(5);
    expect(s.retentionDays).toBe(60);
    expect(s.disabledSites).toEqual(['example.com', 'news.example.org']);
    expect(s.customFeeds).toEqual([{ url: 'https://feeds.example.com/rss', title: 'Ex' }]);
  });
});

describe('sites', () => {
  it('normalizes hosts and URLs to a bare hostname', () => {
    expect(normalizeSite('https://www.BBC.co.uk/news')).toBe('bbc.co.uk');
    expect(normalizeSite('localhost')).toBeNull();
    expect(normalizeSite('')).toBeNull();
  });

  it('disables a site and its subdomains, not look-alikes', () => {
    const s = normalizeSettings({ disabledSites: ['example.com'] });
    expect(isSiteDisabled(s, 'www.example.com')).toBe(true);
    expect(isSiteDisabled(s, 'news.example.com')).toBe(true);
    expect(isSiteDisabled(s, 'badexample.com')).toBe(false);
  });
});

describe('settings item', () => {
  it('falls back to the defaults and persists validated updates', async () => {
    fakeBrowser.reset();
    expect(await loadSettings()).toEqual(DEFAULT_SETTINGS);
    await updateSettings({ articleBadge: false, refreshMinutes: 0 });
    const s = await loadSettings();
    expect(s.articleBadge).toBe(false);
    expect(s.refreshMinutes).toBe(5);
  });
});
