// Where a link chip is drawn on its link's line: right after the link when nothing follows it on that line,
// else after what follows (a "(site.com)" label, a date), so it covers no text; and never past the
// container's right edge when it fits. The chip is out of flow, so this moves nothing on the page.
// Runs in the content script; pure geometry on numbers it is given.

export interface ChipLine {
  /** X of the chip's host: the end of the link's text. */
  hostLeft: number;
  /** Right edge of the content that follows the link on the same line (hostLeft when there is none). */
  contentRight: number;
  /** Right edge of the block the line belongs to (and of the viewport). */
  containerRight: number;
  chipWidth: number;
}

/** Space between the text and the chip. */
export const CHIP_GAP_PX = 4;

/** The chip's x offset from its host. */
export function chooseChipOffset({ hostLeft, contentRight, containerRight, chipWidth }: ChipLine): number {
  const afterContent = Math.max(hostLeft, contentRight) + CHIP_GAP_PX;
  // No room at the end of the line: right after the link (it may cover what follows, it reflows nothing).
  if (afterContent + chipWidth > containerRight) return CHIP_GAP_PX;
  return afterContent - hostLeft;
}
