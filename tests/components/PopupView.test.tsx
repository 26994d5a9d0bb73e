// @vitest-environment happy-dom
import { act } from 'preact/test-utils';
import { afterEach, describe, expect, it } from 'vitest';
import { PopupView } from '../../components/PopupView';
import { render } from 'preact';
import { FIRST_SCREEN_ROWS, LIST_PAGE_SIZE } from '../../components/CoverageList';
import { HOSTILE_ENTRIES, NOW, OUTLETS, RICH_REPORT, STATE_REPORTS, XSS_TITLE, articleReport, makeEntry, makeOutlet } from './fixtures';
import { buttonByText, click, key, mockActions, mount, settle, submit, typeInto, type Mounted } from './render-helpers';
import type { Bias } from '../../lib/catalog/types';

let m: Mounted | null = null;
afterEach(() => {
  m?.unmount();
  m = null;
});

function tabs(root: HTMLElement) {
  return [...root.querySelectorAll<HTMLButtonElement>('[role="tab"]')];
}
function rows(root: HTMLElement) {
  return [...root.querySelectorAll('[role="tabpanel"] .px-row')];
}

describe('PopupView with a rich story', () => {
  it('shows the outlet, the story and its figures', () => {
    m = mount(<PopupView report={RICH_REPORT} actions={mockActions()} now={NOW} />);
    const t = m.text();
    expect(t).toContain('Reuters');
    expect(t).toContain("China's Xi and Russia's Putin reinforce ties in video call");
    expect(t).toContain('15 outlets');
    expect(t).toContain('16 articles');
    expect(t).toContain('7 countries');
    expect(t).toContain('Thomson Reuters');
    expect(t).toContain('Very high');
  });

  it('shows the bias distribution with counts and percentages, unrated apart, with a text alternative', () => {
    m = mount(<PopupView report={RICH_REPORT} actions={mockActions()} now={NOW} />);
    const legend = [...m.container.querySelectorAll('.px-biasbar-legend li')].map((li) => li.textContent?.replace(/\s+/g, ' ').trim());
    expect(legend).toEqual(['Left 1 · 8%', 'Lean Left 3 · 25%', 'Center 4 · 33%', 'Lean Right 2 · 17%', 'Right 2 · 17%']);
    expect(m.text()).toContain('3 outlets without a bias rating');
    expect(m.container.querySelector('.px-sides')?.textContent).toBe('Left 33% · Center 33% · Right 33% of 12 rated outlets');
    const img = m.container.querySelector('.px-biasbar-track[role="img"]');
    expect(img?.getAttribute('aria-label')).toBe(
      'Bias of 12 rated outlets: Left 1 (8%), Lean Left 3 (25%), Center 4 (33%), Lean Right 2 (17%), Right 2 (17%); 3 unrated.',
    );
  });

  it('shows first reported, factuality, ownership (state-controlled called out) and the timeline description', () => {
    m = mount(<PopupView report={RICH_REPORT} actions={mockActions()} now={NOW} timeZone="UTC" locale="en-US" />);
    const first = m.container.querySelector('.px-first');
    expect(first?.textContent).toContain('First reported by');
    expect(first?.textContent).toContain('El Economista');
    expect(first?.textContent).toContain('07:12');
    expect(m.text()).toContain('2 state-controlled outlets in this coverage');
    expect(m.text()).toContain('State-controlled');
    const desc = m.container.querySelector('svg desc');
    expect(desc?.textContent).toMatch(/^16 articles from .* in 1 hour steps; most \(\d+\) in the 1 hour from/);
    expect(m.container.querySelector('svg')?.getAttribute('role')).toBe('img');
  });

  it('links each provider rating to its page, and never a javascript: one', () => {
    m = mount(<PopupView report={RICH_REPORT} actions={mockActions()} now={NOW} />);
    const ratings = m.container.querySelector('.px-ratings')!;
    const hrefs = [...ratings.querySelectorAll('a')].map((a) => a.getAttribute('href'));
    expect(hrefs).toEqual(['https://www.allsides.com/news-source/reuters', 'https://mediabiasfactcheck.com/reuters/']);
    expect(ratings.textContent).toContain('AllSides');
    expect(ratings.textContent).toContain('Media Bias/Fact Check');
    expect(ratings.textContent).toContain('shady'); // the rating is shown as an attributed fact, just not linked
  });

  it('marks the reader outlet in the list', () => {
    m = mount(<PopupView report={RICH_REPORT} actions={mockActions()} now={NOW} />);
    const marked = m.container.querySelectorAll('.px-row-reader');
    expect(marked).toHaveLength(1);
    expect(marked[0]?.textContent).toContain('Reuters');
    expect(marked[0]?.textContent).toContain('Your outlet');
  });

  it('opens headlines in a new tab without opener, with relative times', () => {
    m = mount(<PopupView report={RICH_REPORT} actions={mockActions()} now={NOW} />);
    const links = [...m.container.querySelectorAll<HTMLAnchorElement>('.px-row-title a')];
    expect(links).toHaveLength(15);
    for (const a of links) {
      expect(a.getAttribute('target')).toBe('_blank');
      expect(a.getAttribute('rel')).toBe('noopener noreferrer');
      expect(a.getAttribute('href')).toMatch(/^https:\/\//);
    }
    const foxRow = rows(m.container).find((r) => r.textContent?.includes('Fox News'));
    expect(foxRow?.querySelector('time')?.textContent).toBe('23 h ago');
  });
});

describe('coverage tabs', () => {
  it('show counts and filter rows', () => {
    m = mount(<PopupView report={RICH_REPORT} actions={mockActions()} now={NOW} />);
    expect(tabs(m.container).map((t) => t.textContent?.replace(/\s+/g, ' ').trim())).toEqual(['All 15', 'Left 4', 'Center 4', 'Right 4']);
    expect(rows(m.container)).toHaveLength(15);
    click(tabs(m.container)[3]);
    const right = rows(m.container);
    expect(right).toHaveLength(4);
    for (const r of right) expect(r.querySelector('.px-chip')?.className).toMatch(/px-bias-(lean-right|right)\b/);
    click(tabs(m.container)[1]);
    expect(rows(m.container).map((r) => r.querySelector('.px-row-outlet')?.textContent).sort()).toEqual([
      'AP News',
      'CNN',
      'The Guardian',
      'The New York Times',
    ]);
  });

  it('can be ordered by closest match or earliest first', () => {
    m = mount(<PopupView report={RICH_REPORT} actions={mockActions()} now={NOW} />);
    const select = m.container.querySelector<HTMLSelectElement>('.px-order select')!;
    expect(select.closest('label')?.textContent).toContain('Order of the articles');
    const outletsInOrder = () => rows(m!.container).map((r) => r.querySelector('.px-row-outlet')?.textContent);
    expect(outletsInOrder()[0]).toBe('Washington Examiner');
    act(() => {
      select.value = 'earliest';
      select.dispatchEvent(new Event('change', { bubbles: true }));
    });
    expect(outletsInOrder()[0]).toBe('El Economista');
    expect(outletsInOrder().at(-1)).toBe('Washington Examiner');
  });

  it('follow the ARIA tabs pattern with arrow keys, Home and End', () => {
    m = mount(<PopupView report={RICH_REPORT} actions={mockActions()} now={NOW} />);
    const list = m.container.querySelector('[role="tablist"]')!;
    const selected = () => tabs(m!.container).find((t) => t.getAttribute('aria-selected') === 'true')?.id;
    expect(selected()).toMatch(/tab-all$/);
    expect(tabs(m.container).map((t) => t.tabIndex)).toEqual([0, -1, -1, -1]);
    tabs(m.container)[0]!.focus();
    key(tabs(m.container)[0], 'ArrowRight');
    expect(selected()).toMatch(/tab-left$/);
    expect(document.activeElement?.id).toMatch(/tab-left$/);
    key(document.activeElement, 'End');
    expect(selected()).toMatch(/tab-right$/);
    key(document.activeElement, 'ArrowRight');
    expect(selected()).toMatch(/tab-all$/);
    key(document.activeElement, 'ArrowLeft');
    expect(selected()).toMatch(/tab-right$/);
    key(document.activeElement, 'Home');
    expect(selected()).toMatch(/tab-all$/);
    expect(tabs(m.container).map((t) => t.tabIndex)).toEqual([0, -1, -1, -1]);
    const panel = m.container.querySelector('[role="tabpanel"]')!;
    expect(panel.getAttribute('aria-labelledby')).toBe(tabs(m.container)[0]!.id);
    expect(tabs(m.container)[0]!.getAttribute('aria-controls')).toBe(panel.id);
    expect(list.getAttribute('aria-label')).toBeTruthy();
  });
});

describe('big stories', () => {
  it('render the first rows and the rest on demand, with counts over all of them', () => {
    const outlets = Object.values(OUTLETS);
    const entries = Array.from({ length: 100 }, (_, i) => makeEntry(outlets[i % outlets.length]!, `Headline ${i}`, (i % 40) * 0.7));
    m = mount(<PopupView report={articleReport(entries)} actions={mockActions()} now={NOW} />);
    expect(rows(m.container)).toHaveLength(LIST_PAGE_SIZE);
    expect(tabs(m.container)[0]!.textContent).toContain('100');
    click(buttonByText(m.container, `Show ${100 - LIST_PAGE_SIZE} more articles`));
    expect(rows(m.container)).toHaveLength(100);
  });

  it('paint a screenful of rows and the story first, then the rest of the first page and the details', async () => {
    const outlets = Object.values(OUTLETS);
    const entries = Array.from({ length: 100 }, (_, i) => makeEntry(outlets[i % outlets.length]!, `Headline ${i}`, (i % 40) * 0.7));
    const container = document.createElement('div');
    document.body.appendChild(container);
    // A plain render (no act()): what the browser has in the DOM before its first paint.
    render(<PopupView report={articleReport(entries)} actions={mockActions()} now={NOW} />, container);
    expect(rows(container)).toHaveLength(FIRST_SCREEN_ROWS);
    expect(tabs(container)[0]!.textContent).toContain('100');
    expect(container.querySelector('.px-biasbar-track')).not.toBeNull();
    expect(container.querySelector('.px-outlet')).not.toBeNull();
    // The button already counts against the whole first page, so its text never changes under the user.
    const more = container.querySelector('button.px-more');
    expect(more?.textContent).toBe(`Show ${100 - LIST_PAGE_SIZE} more articles`);
    await act(async () => {
      await new Promise((resolve) => setTimeout(resolve, 150));
    });
    expect(rows(container)).toHaveLength(LIST_PAGE_SIZE);
    expect(container.querySelector('button.px-more')?.textContent).toBe(`Show ${100 - LIST_PAGE_SIZE} more articles`);
    expect(container.textContent).toContain('Coverage over time');
    act(() => render(null, container));
    container.remove();
  });
});

describe('row actions', () => {
  it('"Why is this here?" asks for the matcher evidence when opened, and discloses it', async () => {
    const actions = mockActions();
    m = mount(<PopupView report={RICH_REPORT} actions={actions} now={NOW} />);
    const row = rows(m.container)[0]!;
    const btn = buttonByText(row, 'Why is this here?')!;
    const region = m.container.querySelector(`#${btn.getAttribute('aria-controls')}`) as HTMLElement;
    expect(btn.getAttribute('aria-expanded')).toBe('false');
    expect(region.hidden).toBe(true);
    expect(actions.explain).not.toHaveBeenCalled();
    click(btn);
    expect(btn.getAttribute('aria-expanded')).toBe('true');
    expect(region.hidden).toBe(false);
    expect(region.getAttribute('aria-busy')).toBe('true');
    expect(region.textContent).toContain('0.42');
    expect(region.textContent).toContain('loading…');
    await settle();
    expect(actions.explain).toHaveBeenCalledTimes(1);
    expect(region.getAttribute('aria-busy')).toBeNull();
    expect(region.textContent).toContain('Xi Jinping, Vladimir Putin');
    expect(region.textContent).toContain('video, call, energy');
    expect(region.textContent).toContain('0.42');
    // Closed and opened again: the evidence is kept, not asked for twice.
    click(btn);
    click(btn);
    expect(region.textContent).toContain('video, call, energy');
    expect(actions.explain).toHaveBeenCalledTimes(1);
  });

  it('"Why is this here?" also says who rated the outlet', async () => {
    m = mount(<PopupView report={RICH_REPORT} actions={mockActions()} now={NOW} />);
    const row = m.container.querySelector('.px-row-reader')!;
    click(buttonByText(row, 'Why is this here?'));
    await settle();
    expect(row.querySelector('.px-why')?.textContent).toContain('AllSides: Center · Media Bias/Fact Check: least-biased');
  });

  it('"Why is this here?" says so when the evidence is not available', async () => {
    const actions = { ...mockActions(), explain: () => Promise.resolve(null) };
    m = mount(<PopupView report={RICH_REPORT} actions={actions} now={NOW} />);
    const row = rows(m.container)[0]!;
    click(buttonByText(row, 'Why is this here?'));
    await settle();
    expect(row.querySelector('.px-why')?.textContent).toContain('Shared namesnot available');
  });

  it('"Not the same story" removes the row, updates counts, and reports it', () => {
    const actions = mockActions();
    m = mount(<PopupView report={RICH_REPORT} actions={actions} now={NOW} />);
    const foxRow = rows(m.container).find((r) => r.textContent?.includes('Fox News'))!;
    click(buttonByText(foxRow, 'Not the same story'));
    expect(actions.reportNotSameStory).toHaveBeenCalledTimes(1);
    expect(actions.reportNotSameStory.mock.calls[0]![0].outlet.name).toBe('Fox News');
    expect(rows(m.container).some((r) => r.textContent?.includes('Fox News'))).toBe(false);
    expect(tabs(m.container)[0]!.textContent).toContain('14');
    expect(tabs(m.container)[3]!.textContent).toContain('3');
    expect(m.text()).toContain('14 outlets');
    // Focus lands on the row that took the removed one's place, not on the page's body.
    expect(document.activeElement?.closest('.px-row')).toBeTruthy();
    expect(document.activeElement?.closest('.px-row')?.textContent).not.toContain('Fox News');
  });

  it('offers to disable the site and open options', () => {
    const actions = mockActions();
    m = mount(<PopupView report={RICH_REPORT} actions={actions} now={NOW} />);
    click(buttonByText(m.container, "Don't show on reuters.com"));
    expect(actions.disableSite).toHaveBeenCalledWith('reuters.com');
    click(m.container.querySelector('[aria-label="Parallax options"]'));
    expect(actions.openOptions).toHaveBeenCalled();
  });
});

describe('hostile text and links', () => {
  it('renders page and feed text as text and only http(s) links', async () => {
    (globalThis as { __pwned?: unknown }).__pwned = undefined;
    m = mount(<PopupView report={articleReport(HOSTILE_ENTRIES)} actions={mockActions()} now={NOW} />);
    expect(m.container.querySelector('img, script, [onerror], [onmouseover]')).toBeNull();
    expect(m.container.textContent).toContain(XSS_TITLE);
    for (const a of m.container.querySelectorAll('a')) expect(a.getAttribute('href')).toMatch(/^https?:\/\//);
    const hrefs = [...m.container.querySelectorAll('a')].map((a) => a.getAttribute('href') ?? '');
    expect(hrefs.some((h) => /javascript|data:|vbscript/i.test(h))).toBe(false);
    // The headlines without a safe link are still shown, as plain text.
    for (const title of ['Data URL headline', 'Vbscript headline', 'Relative link headline']) {
      const span = [...m.container.querySelectorAll('.px-row-title span')].find((s) => s.textContent === title);
      expect(span).toBeTruthy();
    }
    const good = [...m.container.querySelectorAll('.px-row-title a')].find((a) => a.textContent === 'Good link headline');
    expect(good).toBeTruthy();
    // Open the disclosure holding the hostile summary: still text.
    for (const b of m.container.querySelectorAll('button[aria-expanded]')) click(b);
    await settle();
    expect(m.container.textContent).toContain('<b onmouseover="x()">bold</b>');
    expect(m.container.querySelector('b')).toBeNull();
    expect((globalThis as { __pwned?: unknown }).__pwned).toBeUndefined();
  });
});

describe('blindspot', () => {
  it('is flagged when the right barely covers a story', () => {
    const biases: Bias[] = ['left', 'left', 'lean-left', 'lean-left', 'lean-left', 'center', 'center'];
    const entries = biases.map((b, i) =>
      makeEntry(makeOutlet({ id: `o${i}`, name: `Outlet ${i}`, country: 'US', lang: 'en', type: 'newspaper', bias: b, factual: null }), `H${i}`, i),
    );
    m = mount(<PopupView report={articleReport(entries)} actions={mockActions()} now={NOW} />);
    const flag = m.container.querySelector('.px-blindspot');
    expect(flag?.textContent).toContain('Blindspot for the right');
    expect(flag?.textContent).toMatch(/\d+% of the 8 rated outlets covering this story lean left/);
  });

  it('is absent for balanced coverage', () => {
    m = mount(<PopupView report={RICH_REPORT} actions={mockActions()} now={NOW} />);
    expect(m.container.querySelector('.px-blindspot')).toBeNull();
  });
});

describe('states: never a blank popup', () => {
  const expectations: Record<keyof typeof STATE_REPORTS, RegExp[]> = {
    loading: [/Reading this page/],
    unsupported: [/can't read this tab/, /chrome:\/\/extensions/],
    notNews: [/doesn't look like a news article/, /section front page/, /Search the local news index/, /4,812 articles from 96 feeds/],
    noCoverage: [/No other coverage yet/, /4,812 articles/],
    building: [/Building your local news index/, /37 of 96 feeds fetched/, /640 new articles/],
    empty: [/Your local index is empty/, /Fetch feeds now/],
    offline: [/Can't reach the news feeds/, /every feed failed \(96 feeds failed\)/],
    error: [/Something went wrong/, /<timeout after 5000 ms>/],
  };
  for (const [name, patterns] of Object.entries(expectations)) {
    it(`${name} says what is going on`, () => {
      m = mount(<PopupView report={STATE_REPORTS[name]!} actions={mockActions()} now={NOW} />);
      const main = m.container.querySelector('.px-main')!;
      expect((main.textContent ?? '').trim().length).toBeGreaterThan(15);
      for (const p of patterns) expect(m.text()).toMatch(p);
    });
  }

  it('building shows live progress as a progressbar', () => {
    m = mount(<PopupView report={STATE_REPORTS.building!} actions={mockActions()} now={NOW} />);
    const bar = m.container.querySelector('[role="progressbar"]')!;
    expect(bar.getAttribute('aria-valuenow')).toBe('37');
    expect(bar.getAttribute('aria-valuemax')).toBe('96');
    expect(bar.getAttribute('aria-valuetext')).toBe('37 of 96 feeds');
  });

  it('empty index offers to fetch feeds', () => {
    const actions = mockActions();
    m = mount(<PopupView report={STATE_REPORTS.empty!} actions={actions} now={NOW} />);
    click(buttonByText(m.container, 'Fetch feeds now'));
    expect(actions.refreshNow).toHaveBeenCalled();
  });

  it('offline flag from the container turns an empty index into the offline view', () => {
    m = mount(<PopupView report={STATE_REPORTS.empty!} actions={mockActions()} now={NOW} offline />);
    expect(m.text()).toContain("Can't reach the news feeds");
  });

  it('not-news search sends the query and shows the results as text rows', () => {
    const actions = mockActions();
    m = mount(<PopupView report={STATE_REPORTS.notNews!} actions={actions} now={NOW} />);
    const input = m.container.querySelector<HTMLInputElement>('input[type="search"]')!;
    expect(m.container.querySelector(`label[for="${input.id}"]`)).toBeTruthy();
    submit(input.form);
    expect(actions.search).not.toHaveBeenCalled(); // empty query: nothing to ask
    typeInto(input, '  xi putin  ');
    submit(input.form);
    expect(actions.search).toHaveBeenCalledWith('xi putin');
    m.unmount();
    m = mount(
      <PopupView report={STATE_REPORTS.notNews!} actions={actions} now={NOW} searchResults={HOSTILE_ENTRIES.slice(0, 2)} />,
    );
    expect(m.text()).toContain('2 articles');
    expect(m.container.textContent).toContain(XSS_TITLE);
    expect(m.container.querySelector('img')).toBeNull();
  });

  it('error offers retry when the container can', () => {
    const actions = mockActions();
    m = mount(<PopupView report={STATE_REPORTS.error!} actions={actions} now={NOW} />);
    expect(m.container.querySelector('[role="alert"]')).toBeTruthy();
    click(buttonByText(m.container, 'Try again'));
    expect(actions.retry).toHaveBeenCalled();
  });
});
