import { describe, expect, it } from 'vitest';
import { evaluateStories } from '../../../lib/cli/eval-stories';

const DAY = 86_400_000;
const T0 = Date.UTC(2021, 9, 18, 12);

function row(id: string, cluster: string, outlet: string, title: string, lead: string, time: number | null): Record<string, string> {
  return { id, title, lead, url: '', outlet, lang: 'en', timestamp_ms: time === null ? '' : String(time), cluster_id: cluster, role: '' };
}

describe('evaluateStories', () => {
  const quake = [
    row('q1', 'quake', 'Wire A', 'Strong earthquake shakes Anatolian coast, dozens injured', 'A magnitude 6.8 earthquake struck the Anatolian coast on Monday, injuring dozens.', T0),
    row('q2', 'quake', 'Paper B', 'Magnitude 6.8 earthquake hits Anatolian coast', 'Dozens were injured when an earthquake of magnitude 6.8 hit the Anatolian coast.', T0 + 3_600_000),
  ];
  const budget = [
    row('b1', 'budget', 'Wire A', 'Parliament passes record budget after marathon session', 'Lawmakers approved the record budget after a session lasting nineteen hours.', T0 + DAY),
    row('b2', 'budget', 'Paper B', 'Record budget approved by parliament after 19-hour session', 'Parliament approved a record budget following a nineteen-hour session of lawmakers.', T0 + DAY),
  ];

  it('counts shown and gold articles of other outlets, and splits the figures by publication time', async () => {
    const undatedRows = [
      row('u1', 'glacier', '', 'Alpine glacier collapse buries hikers near Marmolada summit', 'A chunk of the Marmolada glacier collapsed, burying hikers near the summit.', null),
      row('u2', 'glacier', '', 'Marmolada glacier collapse: hikers buried near summit', 'Hikers were buried when part of the Marmolada glacier collapsed near its summit.', null),
    ];
    const report = await evaluateStories([...quake, ...budget, ...undatedRows]);
    expect(report.queries).toBe(6);
    expect(report.precision).toBe(1);
    expect(report.recall).toBe(1);
    expect(report.by_time?.dated).toEqual({ queries: 4, precision: 1, recall: 1, f1: 1 });
    expect(report.by_time?.undated).toEqual({ queries: 2, precision: 1, recall: 1, f1: 1 });
  });

  it('gives no split for a file whose rows are all dated', async () => {
    const report = await evaluateStories([...quake, ...budget]);
    expect(report.queries).toBe(4);
    expect(report.by_time).toBeUndefined();
  });

  it('never counts the query or its own outlet as coverage', async () => {
    const sameOutlet = [
      row('s1', 'quake', 'Wire A', quake[0]?.title ?? '', quake[0]?.lead ?? '', T0),
      row('s2', 'quake', 'Wire A', quake[1]?.title ?? '', quake[1]?.lead ?? '', T0 + 3_600_000),
    ];
    const report = await evaluateStories(sameOutlet);
    // Gold and shown are both empty: nothing to find from other outlets.
    expect(report).toMatchObject({ queries: 2, precision: 0, recall: 0, hit_rate: 0 });
  });
});
