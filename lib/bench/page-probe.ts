// Browser-side probe of the `page` benchmark: times the content script's detection + extraction
// (analyzePage) and Mozilla Readability's parse() on a clone, in the page it is evaluated in.
// Runs in the page (bundled by esbuild, evaluated through DevTools); leaves the page's DOM as it found it.

import { Readability } from '@mozilla/readability';
import { analyzePage } from '../page/analyze-page';
import type { PageHints } from '../page/types';

export interface PageProbeResult {
  /** First call of analyzePage in this document (code not yet optimised, as on a real page load). */
  contentColdMs: number;
  /** Later calls, each timed alone. */
  contentMs: number[];
  /** Calls timed last, after `warmupCalls` more (V8 has optimised the code by then; on a real page load
   *  the content script runs once, in the interpreter and baseline tiers, as `contentMs` measures it). */
  contentWarmMs: number[];
  readabilityColdMs: number;
  readabilityMs: number[];
  /** Parses timed after `readabilityWarmupCalls` more: Readability as warm as `contentWarmMs`. */
  readabilityWarmMs: number[];
  isArticle: boolean;
  readabilityFound: boolean;
  /** performance.now() granularity seen here (5 µs when cross-origin isolated, else 100 µs). */
  crossOriginIsolated: boolean;
}

/**
 * Drops Chromium's cached tag collections of the document (getElementsByTagName results and their
 * lengths stay cached until the DOM changes): a real page load runs the content script once, so every
 * timed call must pay for its own document walks, not reuse the previous call's. One element added and
 * removed, outside the timed region; the page's DOM ends as it was.
 */
function dropCollectionCaches(): void {
  const probe = document.createElement('span');
  (document.body ?? document.documentElement).appendChild(probe);
  probe.remove();
}

function timeAnalyze(url: URL, hints: PageHints): { ms: number; isArticle: boolean } {
  dropCollectionCaches();
  const t0 = performance.now();
  const analysis = analyzePage(document, url, hints);
  return { ms: performance.now() - t0, isArticle: analysis.isArticle };
}

function timeReadability(): { ms: number; found: boolean } {
  // The clone is made outside the timed region: only parse() is measured, as the issue asks.
  const clone = document.cloneNode(true) as Document;
  const t0 = performance.now();
  const parsed = new Readability(clone).parse();
  return { ms: performance.now() - t0, found: parsed !== null };
}

export function measurePage(input: {
  hints: PageHints;
  repeats: number;
  readabilityRepeats: number;
  warmupCalls: number;
  warmRepeats: number;
  readabilityWarmupCalls: number;
  readabilityWarmRepeats: number;
}): PageProbeResult {
  const url = new URL(location.href);
  const cold = timeAnalyze(url, input.hints);
  const contentMs: number[] = [];
  for (let i = 0; i < input.repeats; i++) contentMs.push(timeAnalyze(url, input.hints).ms);
  const readabilityCold = timeReadability();
  const readabilityMs: number[] = [];
  for (let i = 0; i < input.readabilityRepeats; i++) readabilityMs.push(timeReadability().ms);
  // Last, so that the figures above are timed as before: the same full calls, later in the code's life.
  for (let i = 0; i < input.warmupCalls; i++) timeAnalyze(url, input.hints);
  const contentWarmMs: number[] = [];
  for (let i = 0; i < input.warmRepeats; i++) contentWarmMs.push(timeAnalyze(url, input.hints).ms);
  for (let i = 0; i < input.readabilityWarmupCalls; i++) timeReadability();
  const readabilityWarmMs: number[] = [];
  for (let i = 0; i < input.readabilityWarmRepeats; i++) readabilityWarmMs.push(timeReadability().ms);
  return {
    contentColdMs: cold.ms,
    contentMs,
    contentWarmMs,
    readabilityColdMs: readabilityCold.ms,
    readabilityMs,
    readabilityWarmMs,
    isArticle: cold.isArticle,
    readabilityFound: readabilityCold.found,
    crossOriginIsolated: globalThis.crossOriginIsolated === true,
  };
}

(globalThis as unknown as { __parallaxPageProbe: unknown }).__parallaxPageProbe = { measurePage };
