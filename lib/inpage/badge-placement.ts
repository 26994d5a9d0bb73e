// Where the article badge goes so that it moves nothing on the page: at the end of the headline's last line
// when that line leaves room, else in the whitespace under the headline; null when neither has room (the
// caller then shows the corner pill). Runs in the content script; pure geometry on rectangles it is given.

export interface Box {
  left: number;
  top: number;
  right: number;
  bottom: number;
}

export interface BadgeGeometry {
  /** Client rectangles of the headline's text (one or more per line). */
  lines: readonly Box[];
  /** The headline element's border box. */
  headline: Box;
  /** Horizontal room the badge may use on the headline's lines: the headline's box, or the content box of
   *  its parent when that parent lays out blocks one under the other (nothing sits beside the headline). */
  room?: { left: number; right: number };
  /** Top of the first content below the headline, or null when nothing follows it. */
  nextTop: number | null;
  badge: { width: number; height: number };
  viewportWidth: number;
  /** Right-to-left headline: the badge goes before the last line's start, on its left. */
  rtl?: boolean;
}

export interface BadgePlacement {
  /** Viewport coordinates of the badge's top-left corner. */
  left: number;
  top: number;
  where: 'line-end' | 'below';
}

/** Space between the headline's last word and the badge. */
export const BADGE_GAP_PX = 8;
/** Least free space kept between the badge and the content around it. */
export const BADGE_CLEARANCE_PX = 2;
/** How far a badge taller than the headline's last line may reach above and below it. */
const MAX_OVERHANG_PX = 4;
/** Rectangles whose bottoms differ by less than this are on the same line. */
const SAME_LINE_PX = 2;

/** The badge's place in the headline's own whitespace, or null when there is none big enough. */
export function chooseBadgePlacement(g: BadgeGeometry): BadgePlacement | null {
  const rects = g.lines.filter((r) => r.right > r.left && r.bottom > r.top);
  if (!rects.length) return null;
  const { width, height } = g.badge;
  const textBottom = Math.max(...rects.map((r) => r.bottom));
  const last = rects.filter((r) => r.bottom >= textBottom - SAME_LINE_PX);
  const lineTop = Math.min(...last.map((r) => r.top));
  const lineLeft = Math.min(...last.map((r) => r.left));
  const lineRight = Math.max(...last.map((r) => r.right));
  const lineTopCentered = lineTop + (textBottom - lineTop - height) / 2;
  const room = g.room ?? g.headline;
  const minLeft = Math.max(Math.min(room.left, g.headline.left), 0);
  const maxRight = Math.min(Math.max(room.right, g.headline.right), g.viewportWidth);

  const space = g.nextTop === null ? Infinity : g.nextTop - textBottom;
  // 1. After the last word, inside the headline's box (its own whitespace), centred on the line; a badge
  // taller than the line may overhang it a little, never into what follows.
  const endLeft = g.rtl ? lineLeft - BADGE_GAP_PX - width : lineRight + BADGE_GAP_PX;
  const overhang = Math.max(0, (height - (textBottom - lineTop)) / 2);
  if (endLeft >= minLeft && endLeft + width <= maxRight && overhang <= MAX_OVERHANG_PX && (overhang === 0 || overhang + BADGE_CLEARANCE_PX <= space)) {
    return { left: endLeft, top: lineTopCentered, where: 'line-end' };
  }
  // 2. In the gap between the headline's text and what follows it.
  if (space >= height + 2 * BADGE_CLEARANCE_PX) {
    const textLeft = Math.min(...rects.map((r) => r.left));
    const textRight = Math.max(...rects.map((r) => r.right));
    const left = g.rtl ? Math.max(minLeft, textRight - width) : Math.max(0, textLeft);
    const top = textBottom + Math.max(BADGE_CLEARANCE_PX, (Math.min(space, height + 2 * BADGE_GAP_PX) - height) / 2);
    return { left, top, where: 'below' };
  }
  return null;
}
