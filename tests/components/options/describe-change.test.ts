import { describe, expect, it } from 'vitest';
import { describeSettingsChange } from '../../../components/options/describe-change';
import { DEFAULT_SETTINGS } from '../../../lib/settings';

describe('describeSettingsChange', () => {
  it('names each changed setting in words', () => {
    const before = DEFAULT_SETTINGS;
    expect(describeSettingsChange(before, { ...before, articleBadge: false })).toBe('article badge off');
    expect(describeSettingsChange(before, { ...before, linkChips: false, badgeStyle: 'detailed' })).toBe('link chips off, detailed badges');
    expect(describeSettingsChange(before, { ...before, ratingSource: 'allsides', showFactuality: false })).toBe(
      'bias from AllSides, factuality hidden',
    );
    expect(describeSettingsChange(before, { ...before, refreshMinutes: 60, retentionDays: 3 })).toBe(
      'feeds fetched every 60 minutes, articles kept for 3 days',
    );
    expect(describeSettingsChange(before, { ...before, disabledOutlets: ['a', 'b'] })).toBe('2 outlets turned off');
    expect(describeSettingsChange({ ...before, disabledOutlets: ['a', 'b'] }, { ...before, disabledOutlets: ['b'] })).toBe(
      '1 outlet turned on',
    );
    expect(describeSettingsChange(before, before)).toBe('no change');
  });
});
