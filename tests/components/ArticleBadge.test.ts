// @vitest-environment happy-dom
import { describe, expect, it, vi } from 'vitest';
import { createArticleBadge, describeBiasCounts, setBadgeExpanded } from '../../components/ArticleBadge';
import type { BadgeInfo } from '../../lib/protocol';

const INFO: BadgeInfo = {
  outlets: 7,
  articles: 9,
  bias: { left: 1, 'lean-left': 2, center: 2, 'lean-right': 1, right: 0, unknown: 1 },
};
const NONE: BadgeInfo = { outlets: 0, articles: 0, bias: { left: 0, 'lean-left': 0, center: 0, 'lean-right': 0, right: 0, unknown: 0 } };

describe('createArticleBadge', () => {
  it('is a button named after the count, with the bias in its description, that opens the panel', () => {
    const onOpen = vi.fn();
    const btn = createArticleBadge(document, { info: INFO, onOpen, controls: 'px-panel' });
    document.body.append(btn);
    expect(btn.tagName).toBe('BUTTON');
    expect(btn.getAttribute('type')).toBe('button');
    expect(btn.getAttribute('aria-label')).toBe('Parallax: 7 other outlets cover this story');
    expect(btn.getAttribute('aria-haspopup')).toBe('dialog');
    expect(btn.getAttribute('aria-expanded')).toBe('false');
    expect(btn.getAttribute('aria-controls')).toBe('px-panel');
    const desc = document.getElementById(btn.getAttribute('aria-describedby')!);
    expect(desc?.textContent).toBe('Bias of the other outlets: Left 1, Lean Left 2, Center 2, Lean Right 1, 1 unrated');
    expect(btn.querySelector('.px-badge-count')?.textContent).toBe('7');
    const segs = btn.querySelectorAll<HTMLElement>('.px-minibar-seg');
    expect(segs).toHaveLength(4);
    expect(Array.from(segs, (s) => s.style.flexGrow)).toEqual(['1', '2', '2', '1']);
    btn.click();
    expect(onOpen).toHaveBeenCalledTimes(1);
    setBadgeExpanded(btn, true);
    expect(btn.getAttribute('aria-expanded')).toBe('true');
    btn.remove();
  });

  it('has a detailed variant with words and side counts', () => {
    const btn = createArticleBadge(document, { info: INFO, variant: 'detailed', onOpen: () => {} });
    expect(btn.className).toBe('px-badge px-badge-detailed');
    expect(btn.textContent).toContain('other outlets');
    expect(btn.querySelector('.px-badge-sides')?.textContent).toBe('L 1 · LL 2 · C 2 · LR 1');
    expect(createArticleBadge(document, { info: { ...INFO, outlets: 1 }, variant: 'detailed', onOpen: () => {} }).textContent).toContain('other outlet');
  });

  it('says when no other outlet was found, with one unrated segment and no description', () => {
    const btn = createArticleBadge(document, { info: NONE, onOpen: () => {} });
    expect(btn.getAttribute('aria-label')).toMatch(/no other outlets/);
    expect(btn.hasAttribute('aria-describedby')).toBe(false);
    expect(btn.querySelectorAll('.px-minibar-seg.px-bias-unrated')).toHaveLength(1);
    expect(describeBiasCounts(NONE.bias)).toBe('');
  });
});
