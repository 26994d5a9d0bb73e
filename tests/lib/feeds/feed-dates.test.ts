import { describe, expect, it } from 'vitest';
import { normalizeFeedDate, parseFeedDate } from '../../../lib/feeds/feed-dates';

const iso = (text: string) => {
  const ms = parseFeedDate(text);
  return ms === null ? null : new Date(ms).toISOString();
};

describe('parseFeedDate', () => {
  it.each([
    ['Sat, 21 Nov 2026 09:41:07 GMT', '2026-11-21T09:41:07.000Z'],
    ['Sat, 21 Nov 2026 09:41:07 +0000', '2026-11-21T09:41:07.000Z'],
    ['Sat, 21 Nov 2026 04:41:07 -0500', '2026-11-21T09:41:07.000Z'],
    ['Sat, 21 Nov 2026 15:11:07 +0530', '2026-11-21T09:41:07.000Z'],
    ['Sat, 21 Nov 2026 01:41:07 PST', '2026-11-21T09:41:07.000Z'],
    ['Sat, 21 Nov 2026 10:41:07 CET', '2026-11-21T09:41:07.000Z'],
    ['Sat, 21 Nov 2026 09:41 GMT', '2026-11-21T09:41:00.000Z'],
    ['21 Nov 2026 09:41:07 Z', '2026-11-21T09:41:07.000Z'],
    ['Saturday, 21-Nov-26 09:41:07 GMT', '2026-11-21T09:41:07.000Z'],
    ['Sun, 21 Nov 2026 09:41:07 GMT', '2026-11-21T09:41:07.000Z'], // wrong weekday
    ['Sat, 21 November 2026 09:41:07 +01:00', '2026-11-21T08:41:07.000Z'],
    ['November 21, 2026 9:41 AM', '2026-11-21T09:41:00.000Z'],
    ['November 21st, 2026 at 9:41 pm EST', '2026-11-22T02:41:00.000Z'],
    ['21. November 2026 10:41 MEZ', '2026-11-21T09:41:00.000Z'],
    ['sam., 21 nov. 2026 10:41:07 +0100', '2026-11-21T09:41:07.000Z'],
    ['21 de noviembre de 2026 09:41', '2026-11-21T09:41:00.000Z'],
    ['2026-11-21T09:41:07Z', '2026-11-21T09:41:07.000Z'],
    ['2026-11-21T09:41:07.123456Z', '2026-11-21T09:41:07.123Z'],
    ['2026-11-21T10:41:07+01:00', '2026-11-21T09:41:07.000Z'],
    ['2026-11-21T10:41:07+0100', '2026-11-21T09:41:07.000Z'],
    ['2026-11-21 09:41:07', '2026-11-21T09:41:07.000Z'],
    ['2026-11-21 09:41', '2026-11-21T09:41:00.000Z'],
    ['2026-11-21', '2026-11-21T00:00:00.000Z'],
    ['20261121T094107Z', '2026-11-21T09:41:07.000Z'],
    ['2026/11/21 09:41:07 GMT', '2026-11-21T09:41:07.000Z'],
    ['1795254067', '2026-11-21T09:41:07.000Z'],
    ['1795254067000', '2026-11-21T09:41:07.000Z'],
  ])('%s', (input, expected) => {
    expect(iso(input)).toBe(expected);
  });

  it.each([
    '', '   ', 'yesterday', 'sometime last week', 'N/A', '0', '0000-00-00 00:00:00', 'Thu, 01 Jan 1970 00:00:00 GMT',
    '31 Nov 2026 10:00:00 GMT', '2026-02-30', '2026-13-01', '11/21/2026', '21/11/2026', 'Sat, 21 Nov 2026 25:61:00 GMT',
    'Nov 2026', 'x'.repeat(500),
  ])('rejects %j', (input) => {
    expect(parseFeedDate(input)).toBeNull();
  });

  it('clamps future dates to now', () => {
    const now = Date.parse('2026-11-21T12:00:00Z');
    expect(normalizeFeedDate('2027-01-01T00:00:00Z', now)).toBe('2026-11-21T12:00:00.000Z');
    expect(normalizeFeedDate('2026-11-21T11:00:00Z', now)).toBe('2026-11-21T11:00:00.000Z');
    expect(normalizeFeedDate(null, now)).toBeNull();
  });
});
