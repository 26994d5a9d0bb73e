// @vitest-environment happy-dom
// The popup's layout contract: what sits in which column, in which reading (= focus) order, for the wide
// toolbar popup (split) and the narrow in-page panel (stacked); and what the state views put beside their
// message. Pixels are checked by the e2e screenshots (tests/e2e/popup-states.test.ts); this checks structure.
import { afterEach, describe, expect, it } from 'vitest';
import { OutletHeader } from '../../components/OutletHeader';
import { PopupView } from '../../components/PopupView';
import { INDEX_READY, NOW, OUTLETS, RICH_REPORT, STATE_REPORTS, articleReport } from './fixtures';
import { mockActions, mount, type Mounted } from './render-helpers';

let m: Mounted | null = null;
afterEach(() => {
  m?.unmount();
  m = null;
});

/** Classes of the elements matching `selectors`, in document order. */
function order(root: Element, selectors: string[]): string[] {
  const all = [...root.querySelectorAll(selectors.join(','))];
  return all.map((el) => selectors.find((s) => el.matches(s)) ?? '?');
}

describe('split layout (toolbar popup)', () => {
  it('puts the story at a glance first in the left column and the list with its tabs in the right one', () => {
    m = mount(<PopupView report={RICH_REPORT} actions={mockActions()} now={NOW} />);
    const split = m.container.querySelector('.px-split')!;
    expect(split.classList.contains('px-stacked')).toBe(false);
    const cols = [...split.children];
    expect(cols.map((c) => c.className)).toEqual(['px-col px-col-summary', 'px-col px-col-list']);
    const [summary, list] = cols as [Element, Element];
    expect(order(summary, ['.px-story-title', '.px-biasbar-track', '.px-first', '.px-outlet', '.px-timeline-svg'])).toEqual([
      '.px-story-title',
      '.px-biasbar-track',
      '.px-first',
      '.px-outlet',
      '.px-timeline-svg',
    ]);
    expect(summary.querySelector('[role="tablist"]')).toBeNull();
    expect(list.querySelector('[role="tablist"]')).toBeTruthy();
    expect(list.querySelectorAll('.px-row').length).toBeGreaterThan(0);
    // Heading, order and tabs are one block, so they can stay in view while rows scroll.
    const top = list.querySelector('.px-coverage-top')!;
    expect(top.querySelector('h3')?.textContent).toBe('Coverage');
    expect(top.querySelector('select')).toBeTruthy();
    expect(top.querySelector('[role="tablist"]')).toBeTruthy();
    expect(top.querySelector('[role="tabpanel"]')).toBeNull();
  });

  it('names the columns for screen readers', () => {
    m = mount(<PopupView report={RICH_REPORT} actions={mockActions()} now={NOW} />);
    const summary = m.container.querySelector('.px-col-summary')!;
    expect(summary.getAttribute('role')).toBe('region');
    expect(summary.getAttribute('aria-label')).toBe('Story summary');
    expect(m.container.querySelector('.px-col-list section')?.getAttribute('aria-labelledby')).toBeTruthy();
  });
});

describe('stacked layout (in-page panel)', () => {
  it('orders glance → list → details, so the list is not buried under the breakdowns', () => {
    m = mount(<PopupView report={RICH_REPORT} actions={mockActions()} now={NOW} layout="stacked" />);
    const split = m.container.querySelector('.px-split')!;
    expect(split.classList.contains('px-stacked')).toBe(true);
    expect([...split.children].map((c) => c.className)).toEqual([
      'px-col px-col-summary',
      'px-col px-col-list',
      'px-col px-col-details',
    ]);
    expect(order(split, ['.px-story-title', '.px-biasbar-track', '[role="tablist"]', '.px-outlet', '.px-timeline-svg'])).toEqual([
      '.px-story-title',
      '.px-biasbar-track',
      '[role="tablist"]',
      '.px-outlet',
      '.px-timeline-svg',
    ]);
  });
});

describe('state views beside their message', () => {
  it('not a news page: the explanation on the left, the search of the index on the right', () => {
    m = mount(<PopupView report={STATE_REPORTS.notNews!} actions={mockActions()} now={NOW} />);
    const [left, right] = [...m.container.querySelector('.px-split')!.children] as [Element, Element];
    expect(left.textContent).toContain("doesn't look like a news article");
    expect(left.querySelector('input')).toBeNull();
    expect(right.querySelector('input[type="search"]')).toBeTruthy();
  });

  it('no coverage: shows the page headline and searches the index for it at once', () => {
    const actions = mockActions();
    const report = articleReport([], INDEX_READY);
    m = mount(<PopupView report={report} actions={actions} now={NOW} />);
    const headline = report.state === 'article' ? report.page.headline : '';
    expect(headline.length).toBeGreaterThan(0);
    const [left, right] = [...m.container.querySelector('.px-split')!.children] as [Element, Element];
    expect(left.textContent).toContain('No other coverage yet');
    expect(left.textContent).toContain(headline);
    expect(left.querySelector('.px-outlet')).toBeTruthy();
    const input = right.querySelector<HTMLInputElement>('input[type="search"]')!;
    expect(input.value).toBe(headline);
    expect(actions.search).toHaveBeenCalledTimes(1);
    expect(actions.search).toHaveBeenCalledWith(headline.trim());
  });

  it('an empty index has nothing to search: one column, no search box', () => {
    m = mount(<PopupView report={STATE_REPORTS.offline!} actions={mockActions()} now={NOW} />);
    const split = m.container.querySelector('.px-split')!;
    expect(split.children.length).toBe(1);
    expect(m.container.querySelector('input[type="search"]')).toBeNull();
    expect(m.text()).toContain("Can't reach the news feeds");
  });

  it('loading reserves both columns (no jump when the story arrives)', () => {
    m = mount(<PopupView report={{ state: 'loading' }} actions={mockActions()} now={NOW} />);
    const split = m.container.querySelector('.px-split.px-state-loading')!;
    expect([...split.children].map((c) => c.className)).toEqual(['px-col px-col-summary', 'px-col px-col-list px-skeleton']);
    expect(split.querySelector('[role="status"]')?.textContent).toContain('Reading this page');
  });
});

describe('OutletHeader (compact card)', () => {
  it('keeps every fact and says whose consensus the bias is', () => {
    m = mount(<OutletHeader outlet={OUTLETS.reuters} domain="reuters.com" locale="en" />);
    expect(m.text()).toMatch(/You are reading\s*Reuters\s*Center/);
    expect(m.container.querySelector('summary')?.textContent).toMatch(/^\s*Consensus of AllSides, Media Bias\/Fact Check/);
    expect(m.text()).toContain('Factual:');
    expect(m.text()).toContain('Owner:');
    expect(m.text()).toContain('Country:');
  });

  it('leaves factual reporting out when the user hides it', () => {
    m = mount(<OutletHeader outlet={OUTLETS.reuters} domain="reuters.com" locale="en" hideFactuality />);
    expect(m.text()).not.toContain('Factual:');
    expect(m.text()).toContain('Owner:');
  });
});
