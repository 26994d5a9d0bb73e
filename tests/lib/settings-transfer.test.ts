import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS, type Settings } from '../../lib/settings';
import {
  SETTINGS_FILE_FORMAT,
  SettingsImportError,
  exportSettingsJson,
  parseSettingsJson,
} from '../../lib/settings-transfer';

const CUSTOM: Settings = {
  ...DEFAULT_SETTINGS,
  articleBadge: false,
  badgeStyle: 'detailed',
  ratingSource: 'mbfc',
  disabledSites: ['example.com'],
  disabledOutlets: ['fox-news', 'cnn'],
  customFeeds: [{ url: 'https://feeds.example.org/rss', title: 'Example' }],
  refreshMinutes: 60,
  retentionDays: 14,
};

describe('exportSettingsJson / parseSettingsJson', () => {
  it('round-trips every setting without warnings', () => {
    const text = exportSettingsJson(CUSTOM, Date.UTC(2026, 10, 21, 12));
    const file = JSON.parse(text);
    expect(file.format).toBe(SETTINGS_FILE_FORMAT);
    expect(file.exportedAt).toBe('2026-11-21T12:00:00.000Z');
    expect(parseSettingsJson(text)).toEqual({ settings: CUSTOM, warnings: [] });
  });

  it('accepts a bare settings object and fills missing fields with defaults', () => {
    const { settings, warnings } = parseSettingsJson('{"linkChips": false}');
    expect(settings).toEqual({ ...DEFAULT_SETTINGS, linkChips: false });
    expect(warnings).toEqual([]);
  });

  it('replaces invalid values field by field and says which', () => {
    const body = JSON.stringify({
      articleBadge: 'no',
      refreshMinutes: 1,
      customFeeds: [{ url: 'javascript:alert(1)', title: 'x' }],
      evil: true,
    });
    // A "__proto__" key as JSON text (an object literal would set the prototype instead).
    const text = `{"format":"${SETTINGS_FILE_FORMAT}","version":1,"settings":${body.slice(0, -1)},"__proto__":{"polluted":true}}}`;
    const { settings, warnings } = parseSettingsJson(text);
    expect(settings.articleBadge).toBe(DEFAULT_SETTINGS.articleBadge);
    expect(settings.refreshMinutes).toBe(5);
    expect(settings.customFeeds).toEqual([]);
    expect(warnings).toContain('Ignored unknown setting "evil".');
    expect(warnings).toContain('Ignored unknown setting "__proto__".');
    expect((settings as unknown as Record<string, unknown>).polluted).toBeUndefined();
    expect(warnings.filter((w) => w.startsWith('Adjusted'))).toHaveLength(3);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('rejects what is not a settings file with a clear message', () => {
    const cases: [string, RegExp][] = [
      ['', /empty/],
      ['not json', /not valid JSON/],
      ['[1,2]', /settings object/],
      ['{"format":"other","settings":{}}', /not a Parallax settings file/],
      [`{"format":"${SETTINGS_FILE_FORMAT}","version":99,"settings":{"articleBadge":false}}`, /newer version/],
      [`{"format":"${SETTINGS_FILE_FORMAT}","version":1}`, /no "settings"/],
      ['{"foo": 1}', /no Parallax setting/],
      [' '.repeat(10) + '{' + '"a":1,'.repeat(200_000) + '"b":2}', /too large/],
    ];
    for (const [text, message] of cases) {
      expect(() => parseSettingsJson(text), text.slice(0, 40)).toThrow(SettingsImportError);
      expect(() => parseSettingsJson(text)).toThrow(message);
    }
  });
});
