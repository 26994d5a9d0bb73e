// The Privacy section says the only requests are feed fetches and that nothing else leaves the browser.
// This test keeps the code to that: the one network call of the extension is the background's fetch, and
// the only code that calls the fetch it is given is the feed fetcher. A new network path must fail here
// (and then the Privacy text must be updated with it).

import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const ROOT = fileURLToPath(new URL('../../../', import.meta.url));
/** Node-only code (CLIs, the demo web server) never ships in the extension. */
const NODE_ONLY = /^lib\/(cli|demo)\//;

function listCode(dir: string): string[] {
  const out: string[] = [];
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) out.push(...listCode(path));
    else if (/\.(ts|tsx)$/.test(name)) out.push(path);
  }
  return out;
}

/** Network APIs: global fetch, the injected fetch, beacons, sockets, XHR, images created in code, scripts. */
const NETWORK = /(?:^|[^.\w])fetch\s*\(|\bfetchFn\s*\(|\.fetch\s*\(|sendBeacon|XMLHttpRequest|new\s+WebSocket|new\s+EventSource|new\s+Image\s*\(|importScripts/;
/** In JSX, an element that loads a URL by itself (feed parsers mention "<img" in regexes, hence .tsx only). */
const JSX_LOADS = /<(img|iframe|script|link|video|audio|source|embed|object)\b/;
/** The same elements created in code (document.createElement or the components' buildElement). */
const DOM_LOADS = /(?:createElement|buildElement)\([^'"]*['"](img|iframe|script|link|video|audio|source|embed|object)['"]/;

function findNetworkUse(): string[] {
  const files = ['lib', 'entrypoints', 'components'].flatMap((d) => listCode(join(ROOT, d)));
  const hits: string[] = [];
  for (const file of files) {
    const rel = relative(ROOT, file).split('\\').join('/');
    if (NODE_ONLY.test(rel)) continue;
    const jsx = rel.endsWith('.tsx');
    readFileSync(file, 'utf8')
      .split('\n')
      .forEach((line, i) => {
        if (/^\s*(\/\/|\*)/.test(line)) return;
        if (NETWORK.test(line) || DOM_LOADS.test(line) || (jsx && JSX_LOADS.test(line))) hits.push(`${rel}:${i + 1}`);
      });
  }
  return hits;
}

describe('privacy statement matches the code', () => {
  it('the detector sees the usual ways of sending data', () => {
    for (const line of ["fetch('https://x')", 'await deps.fetch(url)', 'navigator.sendBeacon(u, d)', 'new WebSocket(u)']) {
      expect(NETWORK.test(line), line).toBe(true);
    }
    expect(JSX_LOADS.test('<img src={u} />')).toBe(true);
    expect(DOM_LOADS.test("buildElement(doc, 'iframe', { src })")).toBe(true);
    expect(DOM_LOADS.test("document.createElement('img')")).toBe(true);
    expect(DOM_LOADS.test("buildElement(doc, 'span', {})")).toBe(false);
    expect(NETWORK.test('const feeds = await fetchFeeds(store)')).toBe(false);
  });

  it('only the background fetches, and only the feed fetcher uses that fetch', () => {
    const allowed: Record<string, string> = {
      'entrypoints/background.ts': 'the one fetch, handed to the feed refresher and the custom-feed check',
      'lib/feeds/fetch-feed.ts': 'fetches a feed URL with the fetch it is given',
      'components/PanelFrame.ts': "an iframe of the extension's own page (no network)",
      'entrypoints/content/badge.ts': "the badge's stylesheet from the extension's own package (runtime.getURL)",
    };
    const hits = [...new Set(findNetworkUse().map((h) => h.replace(/:\d+$/, '')))].sort();
    expect(hits.filter((h) => !(h in allowed))).toEqual([]);
    expect(hits).toContain('entrypoints/background.ts');
    // The content script's one fetch reads a file of the extension itself, never a web URL.
    const badge = readFileSync(join(ROOT, 'entrypoints/content/badge.ts'), 'utf8');
    expect(badge.match(/fetch\(([^)]*\))?/g)).toEqual(['fetch(browser.runtime.getURL(INPAGE_CSS_PATH as \'/popup.html\')']);
  });
});
