// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import { CoverageTimeline } from '../../components/CoverageTimeline';
import { FirstReported } from '../../components/FirstReported';
import { OutletHeader } from '../../components/OutletHeader';
import { PopupView } from '../../components/PopupView';
import { buildTimeline, computeStorySummary } from '../../lib/coverage/summary';
import { HOUR_MS, NOW, OUTLETS, STORY_T0, READER_PAGE, STORY_ENTRIES, articleReport, makeEntry } from './fixtures';
import { mockActions, mount, type Mounted } from './render-helpers';

let m: Mounted | null = null;
afterEach(() => {
  m?.unmount();
  m = null;
});

describe('OutletHeader', () => {
  it('labels state-controlled media clearly', () => {
    m = mount(<OutletHeader outlet={OUTLETS.rt} domain="rt.com" locale="en" />);
    expect(m.container.querySelector('[role="note"]')?.textContent).toContain('State-controlled media');
    expect(m.text()).toContain('Government of Russia');
    expect(m.text()).toContain('(State-controlled)');
    expect(m.text()).toContain('Country: Russia');
    expect(m.text()).toContain('No rating provider has rated this outlet');
  });

  it('explains an outlet missing from the catalog', () => {
    m = mount(<OutletHeader outlet={null} domain="unknown-blog.example" />);
    expect(m.text()).toContain('unknown-blog.example');
    expect(m.text()).toContain("not in Parallax's outlet catalog");
  });

  it('names every provider and links to its page about the outlet', () => {
    m = mount(<OutletHeader outlet={OUTLETS.reuters} domain="reuters.com" />);
    const link = [...m.container.querySelectorAll('a')].find((a) => a.getAttribute('aria-label') === "AllSides's page about Reuters");
    expect(link?.getAttribute('href')).toBe('https://www.allsides.com/news-source/reuters');
    expect(link?.getAttribute('rel')).toBe('noopener noreferrer');
    expect(m.container.querySelector('summary')?.textContent).toContain('AllSides, Media Bias/Fact Check, shady');
  });
});

describe('FirstReported', () => {
  it('says when the page being read broke the story', () => {
    // Only articles published after the page (09:00 UTC).
    const later = STORY_ENTRIES.filter((e) => e.published > STORY_T0 + 2 * HOUR_MS);
    const summary = computeStorySummary(later, { page: READER_PAGE, outlet: OUTLETS.reuters });
    m = mount(<FirstReported first={summary.firstReported} time={{ now: NOW, timeZone: 'UTC', locale: 'en-US' }} />);
    expect(m.text()).toContain('Reuters');
    expect(m.text()).toContain('this page');
    expect(m.text()).toContain('09:00');
  });

  it('says so when no time is known', () => {
    m = mount(<FirstReported first={null} time={{ now: NOW }} />);
    expect(m.text()).toContain('No publication times known');
  });
});

describe('CoverageTimeline', () => {
  it('draws one bar group per bucket and describes itself', () => {
    const t = buildTimeline(STORY_ENTRIES);
    m = mount(<CoverageTimeline timeline={t} time={{ now: NOW, timeZone: 'UTC', locale: 'en-US' }} />);
    const svg = m.container.querySelector('svg')!;
    expect(svg.querySelectorAll('g')).toHaveLength(t.buckets.length);
    const labelled = (svg.getAttribute('aria-labelledby') ?? '').split(' ').map((id) => m!.container.querySelector(`#${id}`)?.textContent);
    expect(labelled[0]).toBe('Articles over time');
    expect(labelled[1]).toMatch(/^15 articles from Wed, Feb 4, 07:12 AM to Thu, Feb 5, 04:00 AM, in 1 hour steps; most \(2\)/);
  });

  it('says there is nothing to chart without times', () => {
    m = mount(<CoverageTimeline timeline={buildTimeline([])} time={{ now: NOW }} />);
    expect(m.container.querySelector('svg')).toBeNull();
    expect(m.text()).toContain('No publication times known');
  });
});

describe('coverage from the reader outlet only', () => {
  it('counts as no other coverage yet', () => {
    const own = makeEntry(OUTLETS.reuters, 'Another Reuters piece on the call', 2, { isReaderOutlet: true });
    m = mount(<PopupView report={articleReport([own])} actions={mockActions()} now={NOW} />);
    expect(m.text()).toContain('No other coverage yet');
  });
});
