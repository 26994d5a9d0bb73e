// Words for the save confirmation: what changed between two settings values ("article badge off").
// Pure; used by the options container for its aria-live "Saved: …" line and by tests.

import type { Settings } from '../../lib/settings';

const RATING_NAMES: Record<Settings['ratingSource'], string> = {
  consensus: 'consensus of the providers',
  allsides: 'AllSides',
  mbfc: 'Media Bias/Fact Check',
};

function onOff(v: boolean): string {
  return v ? 'on' : 'off';
}

function countChange(before: number, after: number, noun: string, plural: string): string {
  const d = after - before;
  const n = Math.abs(d);
  return `${n} ${n === 1 ? noun : plural} ${d > 0 ? 'turned off' : 'turned on'}`;
}

/** One short phrase per changed setting, joined; "no change" when equal. */
export function describeSettingsChange(before: Settings, after: Settings): string {
  const parts: string[] = [];
  if (before.articleBadge !== after.articleBadge) parts.push(`article badge ${onOff(after.articleBadge)}`);
  if (before.linkChips !== after.linkChips) parts.push(`link chips ${onOff(after.linkChips)}`);
  if (before.badgeStyle !== after.badgeStyle) parts.push(`${after.badgeStyle} badges`);
  if (before.ratingSource !== after.ratingSource) parts.push(`bias from ${RATING_NAMES[after.ratingSource]}`);
  if (before.showFactuality !== after.showFactuality) parts.push(`factuality ${after.showFactuality ? 'shown' : 'hidden'}`);
  if (before.refreshMinutes !== after.refreshMinutes) parts.push(`feeds fetched every ${after.refreshMinutes} minutes`);
  if (before.retentionDays !== after.retentionDays) parts.push(`articles kept for ${after.retentionDays} days`);
  if (before.disabledOutlets.length !== after.disabledOutlets.length) {
    parts.push(countChange(before.disabledOutlets.length, after.disabledOutlets.length, 'outlet', 'outlets'));
  } else if (before.disabledOutlets.join() !== after.disabledOutlets.join()) parts.push('outlets updated');
  if (before.customFeeds.length !== after.customFeeds.length) parts.push(`${after.customFeeds.length} feeds of your own`);
  if (before.disabledSites.join() !== after.disabledSites.join()) parts.push(`${after.disabledSites.length} sites turned off`);
  return parts.length ? parts.join(', ') : 'no change';
}
