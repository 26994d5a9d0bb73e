import { describe, expect, it } from 'vitest';
import { BADGE_GAP_PX, chooseBadgePlacement, type BadgeGeometry, type Box } from '../../../lib/inpage/badge-placement';

const box = (left: number, top: number, right: number, bottom: number): Box => ({ left, top, right, bottom });
const BADGE = { width: 90, height: 26 };

function geometry(over: Partial<BadgeGeometry>): BadgeGeometry {
  return {
    // Two lines of a 36px headline in a 0..800 column; the last line ends at x=420.
    lines: [box(0, 100, 780, 140), box(0, 140, 420, 180)],
    headline: box(0, 100, 800, 180),
    nextTop: 200,
    badge: BADGE,
    viewportWidth: 1280,
    ...over,
  };
}

describe('chooseBadgePlacement', () => {
  it('puts the badge after the last word when the last line leaves room, centred on that line', () => {
    expect(chooseBadgePlacement(geometry({}))).toEqual({ left: 420 + BADGE_GAP_PX, top: 147, where: 'line-end' });
  });

  it('joins the rectangles of one line (text split across inline elements)', () => {
    const p = chooseBadgePlacement(geometry({ lines: [box(0, 100, 780, 140), box(0, 140, 200, 180), box(200, 142, 300, 178)] }));
    expect(p?.left).toBe(300 + BADGE_GAP_PX);
  });

  it('goes under the headline when the last line is full and the gap below is big enough', () => {
    const p = chooseBadgePlacement(geometry({ lines: [box(0, 100, 790, 140)], headline: box(0, 100, 800, 140), nextTop: 180 }));
    expect(p?.where).toBe('below');
    expect(p!.left).toBe(0);
    expect(p!.top).toBeGreaterThanOrEqual(140);
    expect(p!.top + BADGE.height).toBeLessThanOrEqual(180);
  });

  it('gives up (corner pill) when there is no whitespace big enough: it never covers text', () => {
    expect(chooseBadgePlacement(geometry({ lines: [box(0, 100, 790, 140)], headline: box(0, 100, 800, 140), nextTop: 150 }))).toBeNull();
    expect(chooseBadgePlacement(geometry({ lines: [] }))).toBeNull();
  });

  it('keeps a badge taller than the last line off the content below', () => {
    // 20px line, 26px badge: 3px overhang, but the next paragraph starts 2px under the text.
    const tight = geometry({ lines: [box(0, 100, 300, 120)], headline: box(0, 100, 800, 120), nextTop: 122 });
    expect(chooseBadgePlacement(tight)).toBeNull();
    expect(chooseBadgePlacement({ ...tight, nextTop: 140 })?.where).toBe('line-end');
  });

  it('stays inside the viewport and the headline box', () => {
    const narrow = geometry({ viewportWidth: 500, nextTop: 240 });
    expect(chooseBadgePlacement(narrow)?.where).toBe('below');
    expect(chooseBadgePlacement(geometry({ nextTop: null, headline: box(0, 100, 480, 180) }))?.where).toBe('below');
  });

  it('goes before the start of the last line of a right-to-left headline', () => {
    const p = chooseBadgePlacement(geometry({ rtl: true, lines: [box(20, 100, 800, 140), box(380, 140, 800, 180)] }));
    expect(p).toEqual({ left: 380 - BADGE_GAP_PX - BADGE.width, top: 147, where: 'line-end' });
  });
});

describe('chooseBadgePlacement beside a narrow headline', () => {
  it('uses the free room of a block parent to the right of the headline box', () => {
    // A 600px headline whose last line is full, in an 800px column, with no gap below.
    const g = geometry({ lines: [box(0, 100, 590, 140)], headline: box(0, 100, 600, 140), nextTop: 142 });
    expect(chooseBadgePlacement(g)).toBeNull();
    expect(chooseBadgePlacement({ ...g, room: { left: 0, right: 800 } })).toEqual({ left: 590 + BADGE_GAP_PX, top: 107, where: 'line-end' });
  });
});

describe('chooseBadgePlacement on tightly set headlines', () => {
  it('keeps a badge within its line even when the next block touches the text (glyphs reach past a tight line box)', () => {
    const g = geometry({ lines: [box(0, 100, 300, 150)], headline: box(0, 100, 800, 148), nextTop: 148 });
    expect(chooseBadgePlacement(g)?.where).toBe('line-end');
  });
});
