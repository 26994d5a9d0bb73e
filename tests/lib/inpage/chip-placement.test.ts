import { describe, expect, it } from 'vitest';
import { CHIP_GAP_PX, chooseChipOffset } from '../../../lib/inpage/chip-placement';

describe('chooseChipOffset', () => {
  it('draws the chip right after the link when nothing follows it on the line', () => {
    expect(chooseChipOffset({ hostLeft: 300, contentRight: 300, containerRight: 800, chipWidth: 30 })).toBe(CHIP_GAP_PX);
  });

  it('skips what follows the link on its line ("(reuters.com)")', () => {
    expect(chooseChipOffset({ hostLeft: 300, contentRight: 390, containerRight: 800, chipWidth: 30 })).toBe(90 + CHIP_GAP_PX);
  });

  it('falls back to the link end when the line has no room after its content', () => {
    expect(chooseChipOffset({ hostLeft: 300, contentRight: 790, containerRight: 800, chipWidth: 30 })).toBe(CHIP_GAP_PX);
  });

  it('ignores content that ends before the link (another line box piece)', () => {
    expect(chooseChipOffset({ hostLeft: 300, contentRight: 120, containerRight: 800, chipWidth: 30 })).toBe(CHIP_GAP_PX);
  });
});
