import { describe, expect, it } from 'vitest';
import { digestTabReport } from '../../../lib/coverage/report-digest';
import { HOSTILE_ENTRIES, RICH_REPORT, STATE_REPORTS, articleReport } from '../../components/fixtures';

describe('digestTabReport', () => {
  it('gives the popup figures for an article', () => {
    const d = digestTabReport(RICH_REPORT);
    expect(d.state).toBe('article');
    expect(d.outlet?.name).toBe('Reuters');
    expect(d.outlet?.ratings.map((r) => r.url)).toEqual([
      'https://www.allsides.com/news-source/reuters',
      'https://mediabiasfactcheck.com/reuters/',
      null,
    ]);
    expect(d.story).toMatchObject({ outlets: 15, otherOutlets: 14, articles: 16, tabs: { all: 15, left: 4, center: 4, right: 4 } });
    expect(d.story?.bias.center).toEqual({ count: 4, pct: 33 });
    expect(d.story?.bias.unrated.count).toBe(3);
    expect(d.story?.firstReported?.outlet).toBe('El Economista');
    expect(d.story?.rows).toHaveLength(15);
    expect(d.story?.rows[0]?.outlet).toBe('Washington Examiner'); // newest first
    expect(JSON.parse(JSON.stringify(d))).toEqual(d);
  });

  it('never carries a non-http link', () => {
    const d = digestTabReport(articleReport(HOSTILE_ENTRIES));
    expect(d.story?.rows.map((r) => r.url).filter((u) => u !== null)).toEqual([expect.stringMatching(/^https:\/\//)]);
  });

  it('keeps the reason or message of other states', () => {
    expect(digestTabReport(STATE_REPORTS.notNews!)).toMatchObject({ state: 'not-news', reason: expect.stringContaining('section front') });
    expect(digestTabReport(STATE_REPORTS.error!)).toEqual({ state: 'error', message: expect.stringContaining('timeout') });
    expect(digestTabReport(STATE_REPORTS.loading!)).toEqual({ state: 'loading' });
  });
});
