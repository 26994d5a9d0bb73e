import { describe, expect, it } from 'vitest';
import { describeBadge, formatDuration, formatRelativeTime, labelCountry, labelLanguage, labelProvider, plural } from '../../../lib/coverage/labels';

const NOW = Date.UTC(2026, 1, 5, 12, 0);

describe('formatRelativeTime', () => {
  it('says how long ago, coarsely', () => {
    expect(formatRelativeTime(NOW - 20_000, NOW)).toBe('just now');
    expect(formatRelativeTime(NOW - 5 * 60_000, NOW)).toBe('5 min ago');
    expect(formatRelativeTime(NOW - 3.5 * 3_600_000, NOW)).toBe('3 h ago');
    expect(formatRelativeTime(NOW - 50 * 3_600_000, NOW)).toBe('2 d ago');
    expect(formatRelativeTime(NOW + 2 * 3_600_000, NOW)).toBe('in 2 h');
  });
  it('is empty for unusable times', () => {
    expect(formatRelativeTime(Number.NaN, NOW)).toBe('');
    expect(formatRelativeTime(0, NOW)).toBe('');
    expect(formatRelativeTime(NOW, 0)).toBe(''); // no clock given: no relative time
  });
});

describe('labels', () => {
  it('names countries, languages and providers, falling back to the code', () => {
    expect(labelCountry('DE', 'en')).toBe('Germany');
    expect(labelLanguage('de', 'en')).toBe('German');
    expect(labelProvider('mbfc')).toBe('Media Bias/Fact Check');
    expect(labelProvider('someone-new')).toBe('someone-new');
  });
  it('pluralises and sizes durations', () => {
    expect(plural(1, 'outlet')).toBe('1 outlet');
    expect(plural(1200, 'article')).toBe('1,200 articles');
    expect(formatDuration(3 * 3_600_000)).toBe('3 hours');
    expect(formatDuration(15 * 60_000)).toBe('15 minutes');
    expect(formatDuration(86_400_000)).toBe('1 day');
  });
  it('gives the badge its accessible name', () => {
    expect(describeBadge(7)).toBe('Parallax: 7 other outlets cover this story');
    expect(describeBadge(1)).toBe('Parallax: 1 other outlet covers this story');
    expect(describeBadge(0)).toMatch(/no other outlets/);
  });
});
