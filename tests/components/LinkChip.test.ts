// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { createLinkChip, describeLinkChip, estimateLinkChipWidth } from '../../components/LinkChip';
import { XSS_TITLE } from './fixtures';

describe('createLinkChip', () => {
  it('shows the bias letter and coverage count with an accessible label', () => {
    const chip = createLinkChip(document, { name: 'Fox News', bias: 'right', outlets: 12 });
    expect(chip.getAttribute('role')).toBe('img');
    expect(chip.getAttribute('aria-label')).toBe('Parallax: Fox News, rated Right; 12 outlets cover this story');
    expect(chip.getAttribute('title')).toBe(chip.getAttribute('aria-label'));
    expect(chip.textContent).toBe('R12');
    expect(chip.className).toBe('px-linkchip px-bias-right');
  });

  it('works without bias or coverage, and keeps hostile names as text', () => {
    const chip = createLinkChip(document, { name: XSS_TITLE, bias: null, outlets: null });
    expect(chip.textContent).toBe('?');
    expect(chip.className).toContain('px-bias-unrated');
    expect(chip.getAttribute('aria-label')).toBe(`Parallax: ${XSS_TITLE}, bias not rated`);
    expect(chip.querySelector('img, script')).toBeNull();
    expect(createLinkChip(document, { name: 'AP', bias: 'center', outlets: 0 }).querySelector('.px-linkchip-count')).toBeNull();
    expect(describeLinkChip({ name: 'AP', bias: 'lean-left', outlets: 1 })).toBe('Parallax: AP, rated Lean Left; 1 outlet covers this story');
  });
});

describe('estimateLinkChipWidth', () => {
  // Widths Chromium lays the chip out at on Linux (chip.css, 700 10px system-ui): the estimate may not be below.
  it('bounds the laid-out width from above, closely', () => {
    const cases: [Parameters<typeof estimateLinkChipWidth>[0], number][] = [
      [{ name: 'AP', bias: 'center', outlets: null }, 15.34],
      [{ name: 'X', bias: 'lean-right', outlets: 0 }, 22.08],
      [{ name: 'X', bias: 'center', outlets: 10 }, 36.27],
      [{ name: 'X', bias: 'lean-right', outlets: 99 }, 43.0],
      [{ name: 'X', bias: 'right', outlets: 123 }, 43.58],
    ];
    for (const [props, laidOut] of cases) {
      const estimate = estimateLinkChipWidth(props);
      expect(estimate, JSON.stringify(props)).toBeGreaterThanOrEqual(laidOut);
      expect(estimate, JSON.stringify(props)).toBeLessThan(laidOut * 1.15);
    }
  });

  it('grows with the coverage count', () => {
    const base = estimateLinkChipWidth({ name: 'X', bias: 'left', outlets: null });
    expect(estimateLinkChipWidth({ name: 'X', bias: 'left', outlets: 5 })).toBeGreaterThan(base);
    expect(estimateLinkChipWidth({ name: 'X', bias: 'left', outlets: 50 })).toBeGreaterThan(estimateLinkChipWidth({ name: 'X', bias: 'left', outlets: 5 }));
  });
});
