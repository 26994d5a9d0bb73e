// Catalog CLI: `stats` (coverage figures), `export` (the whole catalog as outlet objects), `compile`
// (regenerates lib/catalog/outlets.data.ts from lib/catalog/sources + ../shared/data/reference),
// `lookup <url>`. Runs in Node via tsx; the last stdout line is always one JSON value.

import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { listOutlets, outletForUrl } from '../catalog/catalog';
import { compileCatalog, renderDataModule } from '../catalog/compile';
import { loadReference } from '../catalog/reference';
import { CURATED_TEXT } from '../catalog/sources/index';
import { BIAS_BUCKETS, type Outlet } from '../catalog/types';

const DATA_MODULE = fileURLToPath(new URL('../catalog/outlets.data.ts', import.meta.url));

/** Coverage figures of a catalog (the `stats` command). */
export function measureCatalog(outlets: readonly Outlet[]) {
  const biasByBucket: Record<string, number> = Object.fromEntries(BIAS_BUCKETS.map((b) => [b, 0]));
  biasByBucket.none = 0;
  const usBiasByBucket: Record<string, number> = Object.fromEntries(BIAS_BUCKETS.map((b) => [b, 0]));
  const countries = new Set<string>();
  const languages = new Set<string>();
  let withFeeds = 0;
  let feeds = 0;
  let verifiedFeeds = 0;
  for (const outlet of outlets) {
    countries.add(outlet.country);
    for (const lang of outlet.languages) languages.add(lang);
    if (outlet.feeds.length) withFeeds++;
    feeds += outlet.feeds.length;
    verifiedFeeds += outlet.feeds.filter((f) => f.verified).length;
    biasByBucket[outlet.bias ?? 'none'] = (biasByBucket[outlet.bias ?? 'none'] ?? 0) + 1;
    if (outlet.country === 'US' && outlet.bias) usBiasByBucket[outlet.bias] = (usBiasByBucket[outlet.bias] ?? 0) + 1;
  }
  return {
    outlets: outlets.length,
    with_feeds: withFeeds,
    countries: countries.size,
    languages: languages.size,
    bias_by_bucket: biasByBucket,
    with_factuality: outlets.filter((o) => o.factual).length,
    with_owner: outlets.filter((o) => o.owner).length,
    us_bias_by_bucket: usBiasByBucket,
    feeds,
    verified_feeds: verifiedFeeds,
    state_controlled: outlets.filter((o) => o.ownership === 'state-controlled').length,
  };
}

function main(argv: string[]): number {
  const [command = 'stats', ...rest] = argv;
  if (command === 'stats') {
    console.log(JSON.stringify(measureCatalog(listOutlets())));
    return 0;
  }
  if (command === 'export') {
    console.log(JSON.stringify(listOutlets()));
    return 0;
  }
  if (command === 'lookup') {
    console.log(JSON.stringify(rest.map((url) => ({ url, outlet: outletForUrl(url)?.id ?? null }))));
    return 0;
  }
  if (command === 'compile') {
    const reference = loadReference();
    if (!reference) {
      console.log(JSON.stringify({ error: 'reference data not found at ../shared/data/reference' }));
      return 1;
    }
    const { rows, report } = compileCatalog(reference, CURATED_TEXT);
    writeFileSync(DATA_MODULE, renderDataModule(rows));
    console.log(JSON.stringify({ written: DATA_MODULE, rows: rows.length, curated: report.curated, auto: report.auto, skipped: report.skipped.length }));
    return 0;
  }
  console.log(JSON.stringify({ error: `unknown command ${command}`, commands: ['stats', 'export', 'compile', 'lookup'] }));
  return 2;
}

process.exitCode = main(process.argv.slice(2));
