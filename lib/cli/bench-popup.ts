// `npm run --silent bench -- popup [--runs N] [--no-build]`: time from opening the popup (navigation start
// of popup.html?tab=<id>) to the coverage list of a 100-article story rendered, in Chromium with the built
// extension. The story is seeded through the extension's own store in its own IndexedDB; the article page
// is served by the local web and analysed by the real content script. Node-only CLI.
// "Rendered" = the story summary and the list's first paint (a screenful of rows, FIRST_SCREEN_ROWS, plus the
// "Show N more" button; the rest of the first page follows right after that paint: popup_first_page_rows says
// how many rows were there). popup_ask_at_ms … popup_report_kb break the time down (see the return value).

import { fileURLToPath } from 'node:url';
import { askExtension as ask, startBenchBrowser } from '../bench/bench-browser';
import { bundleForBrowser } from '../bench/browser-bundle';
import { computeMedian, roundTo } from '../bench/bench-stats';
import { ensureBuild } from '../bench/extension-build';
import { buildPopupStory } from '../bench/popup-story';
import { buildCorpus, readStoryRows } from '../bench/story-corpus';
import type { TabReport } from '../coverage/types';

const PROBE_ENTRY = fileURLToPath(new URL('../bench/index-probe.ts', import.meta.url));
const PARTS_PROBE_ENTRY = fileURLToPath(new URL('../bench/popup-probe.ts', import.meta.url));
/** Timings of the background's steps taken for the breakdown. */
const BREAKDOWN_RUNS = 7;
const STORY_ARTICLES = 100;
/** Unrelated articles stored beside the story, so the index is not trivially small. */
const BACKGROUND_ARTICLES = 500;
const RUNS_DEFAULT = 7;
/** Fewer coverage entries than this means the seeded story did not cluster as one (bench invalid). */
const MIN_ENTRIES = 30;
const WAIT_MS = 60_000;

interface PopupTiming {
  rowsAt: number | null;
  paintAt: number | null;
  rows: number;
}

/** Where one popup opening spent its time (ms since navigation start; NaN when a mark is missing). */
interface PopupMarks {
  boot: number;
  script: number;
  ask: number;
  reply: number;
}

function medianOf(values: number[]): number {
  const finite = values.filter(Number.isFinite);
  return finite.length ? roundTo(computeMedian(finite), 1) : Number.NaN;
}

function readOption(args: readonly string[], name: string): string | undefined {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : undefined;
}

async function poll<T>(check: () => Promise<T | null>, what: string, waitMs = WAIT_MS): Promise<T> {
  const deadline = Date.now() + waitMs;
  for (;;) {
    const v = await check().catch(() => null);
    if (v !== null) return v;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

export async function runBenchPopup(args: readonly string[]): Promise<Record<string, number>> {
  const runs = Number(readOption(args, '--runs') ?? RUNS_DEFAULT);
  const now = Date.now();
  const story = buildPopupStory(STORY_ARTICLES, now);
  const background = buildCorpus(readStoryRows(), BACKGROUND_ARTICLES, now, 0).articles;
  const extensionDir = ensureBuild('chrome', args);
  const bundle = await bundleForBrowser(PROBE_ENTRY);
  const partsBundle = await bundleForBrowser(PARTS_PROBE_ENTRY);
  const bench = await startBenchBrowser(extensionDir);
  const { context, extensionOrigin } = bench.session;
  try {
    bench.server.route(story.page.url, { body: story.page.html });
    const consolePage = await context.newPage();
    await consolePage.goto(`${extensionOrigin}/popup.html?tab=2147483647`, { waitUntil: 'load' });
    await consolePage.evaluate(bundle);
    await consolePage.evaluate(async ({ items, now }) => {
      const probe = (globalThis as unknown as { __parallaxIndexProbe: { open(): Promise<number>; ingest(i: unknown, n: number): Promise<unknown> } })
        .__parallaxIndexProbe;
      await probe.open();
      await probe.ingest(items, now);
    }, { items: [...background, ...story.articles], now });

    const article = await context.newPage();
    await article.goto(story.page.url, { waitUntil: 'load' });
    const tabId = await poll(async () => {
      const tabs = await consolePage.evaluate(() =>
        (globalThis as unknown as { chrome: { tabs: { query(q: object): Promise<{ id?: number; url?: string }[]> } } }).chrome.tabs
          .query({})
          .then((list) => list.map((t) => ({ id: t.id ?? -1, url: t.url ?? '' }))),
      );
      return tabs.find((t) => t.url === story.page.url)?.id ?? null;
    }, 'the article tab');
    const report = await poll(async () => {
      const r = await ask<TabReport>(consolePage, 'tab:report', { tabId });
      return r.state === 'article' ? r : null;
    }, 'the article report');
    const entries = report.state === 'article' ? report.story.entries.length : 0;
    if (entries < MIN_ENTRIES) throw new Error(`the seeded story gives only ${entries} coverage entries`);

    // Breakdown: the report's size, and the background's two steps when it builds a report (coverage query,
    // outlet cards), timed in an extension page on the same IndexedDB. The popup itself usually gets the report
    // the background built when the content script reported the page (see background-handlers.ts).
    const reportBytes = JSON.stringify(report).length;
    await consolePage.evaluate(partsBundle);
    const parts = report.state === 'article'
      ? await consolePage.evaluate(
          ({ article, now, runs }) =>
            (globalThis as unknown as {
              __parallaxPopupProbe: { timeReportParts(a: unknown, n: number, r: number): Promise<{ coverageMs: number[]; entriesMs: number[] }> };
            }).__parallaxPopupProbe.timeReportParts(article, now, runs),
          // The report's page comes without its body text (the background matched with it): a close approximation.
          { article: report.page, now: Date.now(), runs: BREAKDOWN_RUNS },
        )
      : { coverageMs: [], entriesMs: [] };

    // Records, in every popup page opened from now on, when the first page of the coverage list is in the DOM and painted.
    await context.addInitScript((entries: number) => {
      if (!location.pathname.endsWith('/popup.html')) return;
      const w = window as unknown as { __pxTiming?: { rowsAt: number | null; paintAt: number | null; rows: number } };
      w.__pxTiming = { rowsAt: null, paintAt: null, rows: 0 };
      const observer = new MutationObserver(() => {
        const rows = document.querySelectorAll('li.px-row').length;
        const t = w.__pxTiming;
        // The list's first paint is rendered: rows plus the "Show N more" button, or every entry.
        const complete = rows > 0 && (rows >= entries || document.querySelector('button.px-more') !== null);
        if (!t || t.rowsAt !== null || !complete) return;
        t.rowsAt = performance.now();
        t.rows = rows;
        observer.disconnect();
        requestAnimationFrame(() => setTimeout(() => (t.paintAt = performance.now()), 0));
      });
      observer.observe(document, { childList: true, subtree: true });
    }, entries);

    const times: number[] = [];
    const paints: number[] = [];
    const marks: PopupMarks[] = [];
    let showAllMs = Number.NaN;
    let idleMessageMs = Number.NaN;
    let firstPageRows = 0;
    for (let run = 0; run < runs; run++) {
      const popup = await context.newPage();
      await popup.goto(`${extensionOrigin}/popup.html?tab=${tabId}`, { waitUntil: 'commit' });
      const t = await poll(async () => {
        const v = await popup.evaluate(() => (window as unknown as { __pxTiming?: PopupTiming }).__pxTiming ?? null);
        return v && v.rowsAt !== null && v.paintAt !== null ? v : null;
      }, 'the popup coverage list');
      times.push(t.rowsAt as number);
      marks.push(
        await popup.evaluate(() => {
          // No named inner functions (see below): marks are read into a plain object.
          const mark: Record<string, number> = {};
          for (const m of performance.getEntriesByType('mark')) mark[m.name] = m.startTime;
          return {
            boot: mark['px:boot'] ?? Number.NaN,
            script: mark['px:script'] ?? Number.NaN,
            ask: mark['px:ask'] ?? Number.NaN,
            reply: mark['px:reply'] ?? Number.NaN,
          };
        }),
      );
      firstPageRows = t.rows;
      paints.push(t.paintAt as number);
      if (run === runs - 1) {
        // The same request from the settled popup: the message and the background alone, without the page's
        // own start-up competing for the thread (compare with popup_message_ms).
        idleMessageMs = await popup.evaluate(async (tab) => {
          const api = (globalThis as unknown as { chrome: { runtime: { sendMessage(m: unknown): Promise<unknown> } } }).chrome.runtime;
          const spans: number[] = [];
          for (let i = 0; i < 5; i++) {
            const t0 = performance.now();
            await api.sendMessage({ parallax: 1, type: 'tab:report', data: { tabId: tab } });
            spans.push(performance.now() - t0);
          }
          return spans.sort((a, b) => a - b)[2] ?? Number.NaN;
        }, tabId);
        // "Show N more": from the click to every entry in the list.
        showAllMs = await popup.evaluate((want) => {
          const button = [...document.querySelectorAll('button')].find((b) => b.classList.contains('px-more'));
          if (!button) return Number.NaN;
          const t0 = performance.now();
          // No named inner functions here: the transpiler would wrap them in a helper the page lacks.
          return new Promise<number>((resolve) => {
            new MutationObserver((_records, observer) => {
              if (document.querySelectorAll('li.px-row').length < want) return;
              observer.disconnect();
              resolve(performance.now() - t0);
            }).observe(document.body, { childList: true, subtree: true });
            button.click();
          });
        }, entries);
      }
      await popup.close();
    }
    return {
      popup_ms: roundTo(computeMedian(times), 1),
      popup_first_ms: roundTo(times[0] ?? Number.NaN, 1),
      popup_paint_ms: roundTo(computeMedian(paints), 1),
      popup_show_more_ms: roundTo(showAllMs, 1),
      popup_story_entries: entries,
      popup_first_page_rows: firstPageRows,
      // Breakdown (medians, ms since navigation start unless a span): boot script asks for the report, the
      // bundle starts running, the reply arrives (a span from the ask), the rows are in the DOM (a span).
      popup_ask_at_ms: medianOf(marks.map((m) => m.ask)),
      popup_script_start_ms: medianOf(marks.map((m) => m.script)),
      popup_message_ms: medianOf(marks.map((m) => m.reply - m.ask)),
      popup_message_idle_ms: roundTo(idleMessageMs, 1),
      // From the later of the reply and the bundle running to the rows in the DOM.
      popup_render_ms: medianOf(marks.map((m, i) => (times[i] ?? Number.NaN) - Math.max(m.reply, m.script))),
      popup_bg_coverage_ms: medianOf(parts.coverageMs),
      popup_bg_entries_ms: medianOf(parts.entriesMs),
      popup_report_kb: roundTo(reportBytes / 1024, 1),
    };
  } finally {
    await bench.close();
  }
}
