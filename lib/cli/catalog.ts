// Catalog CLI: `stats` (coverage figures), `export` (the whole catalog as outlet objects), `compile`
// (regenerates lib/catalog/outlets.data.ts from lib/catalog/sources + ../shared/data/reference),
// `lookup <url>…`, `bench` (lookup speed). Runs in Node via tsx; the last stdout line is always one JSON value.

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

/** Lookup speed: index build time and mean outletForUrl time over a mix of known, path-specific,
 *  subdomain and unknown URLs (the catalog promises well under 0.1 ms per lookup). */
function benchLookup() {
  const BENCH_LOOKUPS = 200_000;
  const started = performance.now();
  const outlets = listOutlets();
  const built = performance.now();
  const urls = [
    ...outlets.slice(0, 50).map((o) => o.homepage),
    'https://edition.cnn.com/2024/01/05/opinions/x/index.html',
    'https://www.nytimes.com/2024/01/05/opinion/x.html',
    'https://m.foxnews.com/politics/x',
    'https://unknown.example.org/a/b',
    'https://www-theguardian-com.cdn.ampproject.org/c/s/www.theguardian.com/x',
  ];
  let hits = 0;
  const t0 = performance.now();
  for (let i = 0; i < BENCH_LOOKUPS; i++) if (outletForUrl(urls[i % urls.length] ?? '')) hits++;
  const t1 = performance.now();
  return {
    outlets: outlets.length,
    index_build_ms: Number((built - started).toFixed(2)),
    lookups: BENCH_LOOKUPS,
    mean_lookup_us: Number((((t1 - t0) / BENCH_LOOKUPS) * 1000).toFixed(3)),
    hit_rate: Number((hits / BENCH_LOOKUPS).toFixed(3)),
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
  if (command === 'bench') {
    console.log(JSON.stringify(benchLookup()));
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
  console.log(JSON.stringify({ error: `unknown command ${command}`, commands: ['stats', 'export', 'compile', 'lookup', 'bench'] }));
  return 2;
}

process.exitCode = main(process.argv.slice(2));
