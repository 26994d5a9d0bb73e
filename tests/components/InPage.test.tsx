// @vitest-environment happy-dom
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ArticleBadge } from '../../components/ArticleBadge';
import { PanelFrame } from '../../components/PanelFrame';
import { LinkChip, describeLinkChip } from '../../components/LinkChip';
import type { BadgeInfo } from '../../lib/protocol';
import { NOW, RICH_REPORT, STATE_REPORTS, XSS_TITLE } from './fixtures';
import { click, key, mockActions, mount, type Mounted } from './render-helpers';

let m: Mounted | null = null;
afterEach(() => {
  m?.unmount();
  m = null;
});

const INFO: BadgeInfo = {
  outlets: 7,
  articles: 9,
  bias: { left: 1, 'lean-left': 2, center: 2, 'lean-right': 1, right: 0, unknown: 1 },
};

describe('ArticleBadge', () => {
  it('is a button named after the count, with the bias in its description', () => {
    const onOpen = vi.fn();
    m = mount(<ArticleBadge info={INFO} onOpen={onOpen} />);
    const btn = m.container.querySelector('button')!;
    expect(btn.getAttribute('aria-label')).toBe('Parallax: 7 other outlets cover this story');
    const desc = m.container.querySelector(`#${btn.getAttribute('aria-describedby')}`);
    expect(desc?.textContent).toBe('Bias of the other outlets: Left 1, Lean Left 2, Center 2, Lean Right 1, 1 unrated');
    expect(btn.textContent).toContain('7');
    expect(btn.querySelectorAll('.px-minibar-seg')).toHaveLength(4);
    click(btn);
    expect(onOpen).toHaveBeenCalledTimes(1);
  });

  it('has a detailed variant with words and side counts', () => {
    m = mount(<ArticleBadge info={INFO} variant="detailed" onOpen={() => {}} expanded controls="px-panel" />);
    const btn = m.container.querySelector('button')!;
    expect(btn.textContent).toContain('other outlets');
    expect(btn.textContent).toContain('L 1 · LL 2 · C 2 · LR 1');
    expect(btn.getAttribute('aria-expanded')).toBe('true');
    expect(btn.getAttribute('aria-controls')).toBe('px-panel');
  });

  it('says when no other outlet was found', () => {
    m = mount(<ArticleBadge info={{ outlets: 0, articles: 0, bias: { left: 0, 'lean-left': 0, center: 0, 'lean-right': 0, right: 0, unknown: 0 } }} onOpen={() => {}} />);
    expect(m.container.querySelector('button')?.getAttribute('aria-label')).toMatch(/no other outlets/);
  });
});

describe('PanelFrame', () => {
  const SRC = 'chrome-extension://abc/popup.html?tab=7&embed=1';

  it('is a labelled dialog framing the popup page; focus lands on its close button', () => {
    m = mount(<PanelFrame src={SRC} onClose={() => {}} />);
    const dialog = m.container.querySelector('[role="dialog"]')!;
    const title = m.container.querySelector(`#${dialog.getAttribute('aria-labelledby')}`);
    expect(title?.textContent).toContain('Parallax');
    const frame = dialog.querySelector('iframe')!;
    expect(frame.getAttribute('src')).toBe(SRC);
    expect(frame.getAttribute('title')).toMatch(/Parallax/);
    expect(document.activeElement?.getAttribute('aria-label')).toBe('Close Parallax panel');
  });

  it('closes with Escape and with the close button', () => {
    const onClose = vi.fn();
    m = mount(<PanelFrame src={SRC} onClose={onClose} />);
    key(m.container.querySelector('[role="dialog"]'), 'Escape');
    expect(onClose).toHaveBeenCalledTimes(1);
    click(m.container.querySelector('[aria-label="Close Parallax panel"]'));
    expect(onClose).toHaveBeenCalledTimes(2);
  });

  it('uses the id the badge points at', () => {
    m = mount(<PanelFrame src={SRC} onClose={() => {}} id="pxp" />);
    expect(m.container.querySelector('[role="dialog"]')?.id).toBe('pxp');
  });
});

describe('LinkChip', () => {
  it('shows the bias letter and coverage count with an accessible label', () => {
    m = mount(<LinkChip name="Fox News" bias="right" outlets={12} />);
    const chip = m.container.querySelector('.px-linkchip')!;
    expect(chip.getAttribute('role')).toBe('img');
    expect(chip.getAttribute('aria-label')).toBe('Parallax: Fox News, rated Right; 12 outlets cover this story');
    expect(chip.textContent).toBe('R12');
    expect(chip.className).toContain('px-bias-right');
  });

  it('works without bias or coverage, and keeps hostile names as text', () => {
    m = mount(<LinkChip name={XSS_TITLE} bias={null} />);
    const chip = m.container.querySelector('.px-linkchip')!;
    expect(chip.textContent).toBe('?');
    expect(chip.getAttribute('aria-label')).toBe(`Parallax: ${XSS_TITLE}, bias not rated`);
    expect(m.container.querySelector('img')).toBeNull();
    expect(describeLinkChip({ name: 'AP', bias: 'lean-left', outlets: 1 })).toBe('Parallax: AP, rated Lean Left; 1 outlet covers this story');
  });
});
