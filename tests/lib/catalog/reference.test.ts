// Checks the compiled catalog against the providers' published tables in ../shared/data/reference.
import { describe, expect, it } from 'vitest';
import { listOutlets } from '../../../lib/catalog/catalog';
import { loadReference, normalizeFeedUrl, type TsvRow } from '../../../lib/catalog/reference';

const reference = loadReference();
if (!reference) {
  if (process.env.CI === 'true') throw new Error('../shared/data/reference is missing (required in CI)');
  console.warn('SKIP catalog reference checks: ../shared/data/reference not found');
}
const outlets = listOutlets();
const MIN_RATING_AGREEMENT = 0.98;
const MIN_VERIFIED_FEEDS = 0.85;

function indexBy(rows: TsvRow[], column: string): Map<string, TsvRow[]> {
  const map = new Map<string, TsvRow[]>();
  for (const row of rows) {
    const key = (row[column] ?? '').toLowerCase().replace(/^https?:\/\/(www\.)?/, '').replace(/\/$/, '');
    if (!key) continue;
    map.set(key, [...(map.get(key) ?? []), row]);
  }
  return map;
}

describe.skipIf(!reference)('catalog vs reference tables', () => {
  const ref = reference!;
  const allsidesByUrl = indexBy(ref.allsides, 'allsides_url');
  const mbfcByUrl = indexBy(ref.mbfc, 'mbfc_url');
  const allsidesByDomain = indexBy(ref.allsides, 'domain');
  const mbfcByDomain = indexBy(ref.mbfc, 'domain');
  const urlKey = (url: string) => url.toLowerCase().replace(/^https?:\/\/(www\.)?/, '').replace(/\/$/, '');

  it('every stated AllSides/MBFC rating agrees with the provider table (deviations listed with a reason)', () => {
    let checked = 0;
    const disagreements: string[] = [];
    for (const o of outlets) {
      for (const r of o.ratings) {
        checked++;
        // The provider page identifies the row; a rating without one is matched by the outlet's domains.
        const rows = r.url
          ? ((r.provider === 'allsides' ? allsidesByUrl : mbfcByUrl).get(urlKey(r.url)) ?? [])
          : o.domains.flatMap((d) => (r.provider === 'allsides' ? allsidesByDomain : mbfcByDomain).get(d) ?? []);
        const domains = new Set(rows.map((row) => (row.domain ?? '').toLowerCase().replace(/^www\./, '').split('/')[0]));
        const ownDomain = o.domains.some((d) => domains.has(d)) || (o.paths ?? []).some((p) => domains.has(p.domain));
        const agrees = rows.some((row) =>
          r.provider === 'allsides'
            ? row.bias === r.bias
            : row.bias === r.bias && (row.reporting ?? '') === (r.factual ?? ''),
        );
        if (r.deviation) {
          expect(r.deviation.length, `${o.id} deviation reason`).toBeGreaterThan(10);
          continue;
        }
        if (!agrees || !ownDomain) disagreements.push(`${o.id} ${r.provider} ${r.bias}/${r.factual ?? ''} ${r.url}`);
      }
    }
    expect(checked).toBeGreaterThan(600);
    expect(disagreements.length / checked, disagreements.slice(0, 20).join('\n')).toBeLessThanOrEqual(1 - MIN_RATING_AGREEMENT);
  });

  it('at least 85% of feed URLs are in a reference feed list, and `verified` names a list that has it', () => {
    let total = 0;
    let verified = 0;
    for (const o of outlets) {
      for (const f of o.feeds) {
        total++;
        const lists = ref.feedLists.get(normalizeFeedUrl(f.url)) ?? [];
        if (f.verified) {
          expect(lists, `${o.id} ${f.url}`).toContain(f.verified);
          verified++;
        } else {
          expect(lists, `${o.id} ${f.url} is in a list but not marked verified`).toEqual([]);
        }
      }
    }
    expect(verified / total).toBeGreaterThanOrEqual(MIN_VERIFIED_FEEDS);
  });

  it('every domain the providers rated carries that rating in the catalog (no domain left unrated or mis-rated)', () => {
    let rated = 0;
    const problems: string[] = [];
    for (const o of outlets) {
      for (const d of o.domains) {
        for (const [provider, table] of [['allsides', allsidesByDomain], ['mbfc', mbfcByDomain]] as const) {
          const rows = (table.get(d) ?? []).filter((row) => row.bias);
          if (!rows.length) continue;
          rated++;
          const stated = o.ratings.find((r) => r.provider === provider);
          const agrees = rows.some((row) =>
            row.bias === stated?.bias && (provider === 'allsides' || (row.reporting ?? '') === (stated?.factual ?? '')),
          );
          if (!agrees && !stated?.deviation) problems.push(`${o.id} ${d} ${provider}: ${stated?.bias ?? 'none'}`);
        }
      }
    }
    expect(rated).toBeGreaterThan(700);
    expect(problems).toEqual([]);
  });
});
