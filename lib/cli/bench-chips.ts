// `npm run --silent bench -- chips [--links N] [--runs N] [--trace FILE] [--no-build]`: main-thread cost and layout shift of the
// in-page UI in Chromium with the built extension. A static page with N (default 1,000) links to known
// outlets' articles (the demo's indexed ones, so some chips carry a coverage count, plus unindexed ones) is
// served by the local web under a real host name; the real content script annotates it.
// - chips_main_thread_ms: CPU time of every main-thread task of the page's renderer from the content
//   script's first task until annotation is done (script, style, layout, paint, GC; from a DevTools trace),
//   minus the same with link chips turned off in the settings (page rendering, content-script start-up and
//   page analysis, which are not annotation). Target: <= 50 ms for 1,000 links. Chips mount as their links
//   near the viewport (entrypoints/content/chips.ts), so a long page costs what the reader sees.
// - layout_shift: CLS (Layout Instability API, observed from page load) of the links page and of a demo
//   article page with its badge; the larger of the two (each is reported too).
// Node-only CLI; prints nothing on stdout except through the dispatcher (lib/cli/bench.ts).

import { writeFileSync } from 'node:fs';
import type { CDPSession, Page } from 'playwright-core';
import { computeMedian, roundTo } from '../bench/bench-stats';
import { ensureBuild } from '../bench/extension-build';
import { launchChromium, type ChromiumSession } from '../demo/chromium';
import { startDemoServer, type DemoServer } from '../demo/demo-site';

const LINKS_DEFAULT = 1000;
/** Measured runs (median reported): CPU time still varies on a busy machine. */
const RUNS_DEFAULT = 3;
const BENCH_PAGE_URL = 'https://www.newsnow.co.uk/parallax-bench/chips';
/** Annotation of 1,000 links takes a few seconds of wall time (idle slices + lookups); the trace runs this long. */
const TRACE_WINDOW_MS = 12_000;
/** Time an article page gets to show its badge before its layout shift is read. */
const BADGE_SETTLE_MS = 4_000;
const WAIT_MS = 90_000;
/** A task longer than this blocks input noticeably (the Long Tasks API's threshold). */
const LONG_TASK_MS = 50;
const CONTENT_SCRIPT_PATH = '/content-scripts/content.js';

interface TraceEvent {
  name: string;
  cat: string;
  ph: string;
  ts: number;
  dur?: number;
  /** Thread (CPU) time of the event, µs. */
  tdur?: number;
  pid: number;
  tid: number;
  args?: { data?: { url?: string; scriptName?: string } & Record<string, unknown>; name?: string };
}

function readOption(args: readonly string[], name: string): string | undefined {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : undefined;
}

function log(line: string): void {
  process.stderr.write(`bench chips: ${line}\n`);
}

async function poll<T>(check: () => Promise<T | null>, what: string): Promise<T> {
  const deadline = Date.now() + WAIT_MS;
  for (;;) {
    const v = await check().catch(() => null);
    if (v !== null) return v;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 250));
  }
}

function esc(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

/** An aggregator page: `count` headline links to known outlets' articles, each with a source line after it. */
export function renderBenchPage(demo: DemoServer, count: number): string {
  const indexed = demo.site.articles.filter((a) => a.catalogId);
  const origins = [...new Set(demo.site.articles.filter((a) => a.catalogId).map((a) => new URL(a.url).origin))];
  const items: string[] = [];
  for (let i = 0; i < count; i++) {
    const known = indexed[i];
    const url = known ? known.url : `${origins[i % origins.length]}/world/2026/02/04/bench-story-number-${i}-about-world-affairs`;
    const title = known ? known.headline : `Bench headline number ${i} about world affairs and markets today`;
    items.push(
      `<li><a href="${esc(url)}">${esc(title)}</a> <span class="src">${esc(new URL(url).hostname)} · ${1 + (i % 23)}h</span></li>`,
    );
  }
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>World News | Parallax bench</title>
<style>body{font:15px/1.4 Georgia,serif;margin:16px auto;max-width:900px}li{margin:3px 0}.src{color:#666;font:12px sans-serif}</style>
</head><body><h1>World news from everywhere</h1><ol id="links">${items.join('\n')}</ol></body></html>`;
}

/** Installed before any page script: collects layout shifts and long tasks from the start of the load. */
function observeInPage(): void {
  const w = window as unknown as { __pxShifts: number[]; __pxLong: number[] };
  w.__pxShifts = [];
  w.__pxLong = [];
  try {
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) {
        const shift = e as PerformanceEntry & { value: number; hadRecentInput: boolean };
        if (!shift.hadRecentInput) w.__pxShifts.push(shift.value);
      }
    }).observe({ type: 'layout-shift', buffered: true });
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) w.__pxLong.push(e.duration);
    }).observe({ type: 'longtask', buffered: true });
  } catch {
    // Layout Instability / Long Tasks unsupported: the figures stay empty.
  }
}

async function readShifts(page: Page): Promise<{ cls: number; longTasks: number[] }> {
  return page.evaluate(() => {
    const w = window as unknown as { __pxShifts?: number[]; __pxLong?: number[] };
    return { cls: (w.__pxShifts ?? []).reduce((a, b) => a + b, 0), longTasks: w.__pxLong ?? [] };
  });
}

async function collectTrace(cdp: CDPSession, run: () => Promise<void>): Promise<TraceEvent[]> {
  const events: TraceEvent[] = [];
  cdp.on('Tracing.dataCollected', (e) => {
    for (const ev of e.value as unknown as TraceEvent[]) events.push(ev);
  });
  await cdp.send('Tracing.start', {
    categories: 'toplevel,devtools.timeline,disabled-by-default-devtools.timeline,v8.execute,blink.user_timing',
    transferMode: 'ReportEvents',
  });
  await run();
  const done = new Promise<void>((resolve) => cdp.once('Tracing.tracingComplete', () => resolve()));
  await cdp.send('Tracing.end');
  await done;
  return events;
}

interface TaskFigures {
  totalMs: number;
  scriptMs: number;
  tasks: number;
  longTasks: number;
  longestMs: number;
}

/** Main-thread tasks of the renderer that ran the content script, from its first task on. */
export function summarizeTrace(events: TraceEvent[]): TaskFigures {
  const isOurs = (e: TraceEvent) => {
    const d = e.args?.data;
    const url = (d?.url ?? d?.scriptName ?? '') as string;
    return url.includes(CONTENT_SCRIPT_PATH);
  };
  const marker = events.find((e) => isOurs(e));
  if (!marker) throw new Error('the trace shows no content-script activity');
  const { pid, tid } = marker;
  const thread = events.filter((e) => e.pid === pid && e.tid === tid && e.ph === 'X');
  // Top-level tasks only: the scheduler's own RunTask events nest inside the toplevel ones.
  const tasks: TraceEvent[] = [];
  let lastEnd = -Infinity;
  for (const t of thread.filter((e) => e.name === 'RunTask' || e.name === 'ThreadControllerImpl::RunTask').sort((a, b) => a.ts - b.ts || (b.dur ?? 0) - (a.dur ?? 0))) {
    if (t.ts < lastEnd) continue;
    tasks.push(t);
    lastEnd = t.ts + (t.dur ?? 0);
  }
  const ours = thread.filter(isOurs).sort((a, b) => a.ts - b.ts);
  const firstTs = ours[0]?.ts ?? marker.ts;
  const taskOf = (ts: number) => tasks.find((t) => t.ts <= ts && ts <= t.ts + (t.dur ?? 0));
  const start = taskOf(firstTs)?.ts ?? firstTs;
  const window = tasks.filter((t) => t.ts >= start);
  const scriptTasks = new Set<TraceEvent>();
  for (const e of ours) {
    const t = taskOf(e.ts);
    if (t) scriptTasks.add(t);
  }
  // Thread (CPU) time when the trace has it: on a loaded machine wall time also counts time descheduled.
  const ms = (t: TraceEvent) => (t.tdur ?? t.dur ?? 0) / 1000;
  return {
    totalMs: window.reduce((s, t) => s + ms(t), 0),
    scriptMs: [...scriptTasks].reduce((s, t) => s + ms(t), 0),
    tasks: window.length,
    longTasks: window.filter((t) => ms(t) > LONG_TASK_MS).length,
    longestMs: window.reduce((m, t) => Math.max(m, ms(t)), 0),
  };
}

async function setLinkChips(consolePage: Page, on: boolean): Promise<void> {
  await consolePage.evaluate(async (linkChips) => {
    interface Area {
      get(key: string): Promise<Record<string, unknown>>;
      set(items: Record<string, unknown>): Promise<void>;
    }
    const sync = (globalThis as unknown as { chrome: { storage: { sync: Area } } }).chrome.storage.sync;
    const current = ((await sync.get('settings')).settings ?? {}) as Record<string, unknown>;
    await sync.set({ settings: { ...current, linkChips } });
  }, on);
}

async function traceLinksPage(
  session: ChromiumSession,
  args: readonly string[],
  label: string,
): Promise<{ page: Page; figures: TaskFigures }> {
  const page = await session.context.newPage();
  const cdp = await session.context.newCDPSession(page);
  const events = await collectTrace(cdp, async () => {
    await page.goto(BENCH_PAGE_URL, { waitUntil: 'load' });
    await new Promise((r) => setTimeout(r, TRACE_WINDOW_MS));
  });
  await cdp.detach().catch(() => {});
  const traceOut = readOption(args, '--trace');
  // Open in DevTools' Performance panel.
  if (traceOut) writeFileSync(traceOut.replace(/(\.json)?$/, `-${label}.json`), JSON.stringify({ traceEvents: events }));
  return { page, figures: summarizeTrace(events) };
}

/** Scrolls `page` to the bottom a viewport at a time (chips mount as links near the viewport); returns the chip count. */
async function scrollThrough(page: Page, want: number): Promise<number> {
  let chips = 0;
  for (let i = 0; i < 200; i++) {
    const atEnd = await page.evaluate(() => {
      window.scrollBy(0, window.innerHeight);
      return window.innerHeight + window.scrollY >= document.documentElement.scrollHeight - 2;
    });
    await new Promise((r) => setTimeout(r, 100));
    chips = await page.evaluate(() => document.querySelectorAll('parallax-chip').length);
    if (atEnd && chips >= want) break;
  }
  return chips;
}

async function openConsole(session: ChromiumSession): Promise<Page> {
  const page = await session.context.newPage();
  await page.goto(`${session.extensionOrigin}/popup.html?tab=2147483647`, { waitUntil: 'load' });
  return page;
}

async function waitForIndex(consolePage: Page, minArticles: number): Promise<void> {
  await poll(async () => {
    const reply = (await consolePage.evaluate(
      (msg) => (globalThis as unknown as { chrome: { runtime: { sendMessage(m: unknown): Promise<unknown> } } }).chrome.runtime.sendMessage(msg),
      { parallax: 1, type: 'index:status', data: {} },
    )) as { ok: boolean; value?: { articles: number; progress: { running: boolean } } };
    const s = reply.value;
    return s && !s.progress.running && s.articles >= minArticles ? true : null;
  }, `the index (${minArticles} articles)`);
}

export async function runBenchChips(args: string[]): Promise<Record<string, number>> {
  const links = Number(readOption(args, '--links') ?? LINKS_DEFAULT);
  if (!Number.isInteger(links) || links < 1) throw new Error(`--links must be a positive integer, got ${readOption(args, '--links')}`);
  const runs = Number(readOption(args, '--runs') ?? RUNS_DEFAULT);
  if (!Number.isInteger(runs) || runs < 1) throw new Error(`--runs must be a positive integer`);
  const extensionDir = ensureBuild('chrome', args);
  const demo = await startDemoServer();
  demo.server.route(BENCH_PAGE_URL, { body: renderBenchPage(demo, links) });
  let session: ChromiumSession | null = null;
  try {
    session = await launchChromium({ extensionDir, ports: demo.server, headless: true });
    await session.context.addInitScript(observeInPage);
    const consolePage = await openConsole(session);
    const indexed = new Set(demo.site.articles.filter((a) => a.catalogId).map((a) => a.url)).size;
    await waitForIndex(consolePage, indexed);
    log(`index ready (${indexed} demo articles); annotating ${links} links`);

    // Links page: traced from navigation until annotation is done, without touching the page meanwhile
    // (test-side polling would run on the same main thread and be counted). First with link chips off in
    // the settings (the page's own rendering, the content script's start-up and page analysis), then on:
    // the difference is the annotation's cost.
    const deltas: number[] = [];
    const pageTotals: number[] = [];
    const baselineTotals: number[] = [];
    let last: { figures: TaskFigures; baseline: TaskFigures; mounted: number; cls: number } | null = null;
    for (let r = 0; r < runs; r++) {
      await setLinkChips(consolePage, false);
      const baseline = await traceLinksPage(session, args, `baseline-${r}`);
      await baseline.page.close();
      await setLinkChips(consolePage, true);
      const run = await traceLinksPage(session, args, `chips-${r}`);
      const mounted = await run.page.evaluate(() => document.querySelectorAll('parallax-chip').length);
      const { cls } = await readShifts(run.page);
      if (r === runs - 1) {
        // Correctness, outside the measured window: scrolled through, every link has its chip.
        const chips = await scrollThrough(run.page, links);
        if (chips < links) throw new Error(`only ${chips} of ${links} links got a chip`);
      }
      await run.page.close();
      deltas.push(Math.max(0, run.figures.totalMs - baseline.figures.totalMs));
      pageTotals.push(run.figures.totalMs);
      baselineTotals.push(baseline.figures.totalMs);
      log(`run ${r + 1}/${runs}: ${roundTo(deltas[r] ?? 0, 1)} ms (page ${roundTo(run.figures.totalMs, 1)}, baseline ${roundTo(baseline.figures.totalMs, 1)})`);
      last = { figures: run.figures, baseline: baseline.figures, mounted, cls };
    }
    if (!last) throw new Error('no run');
    const figures = last.figures;
    const linksShift = { cls: last.cls };
    const mounted = last.mounted;
    const chips = links;

    // Article page: the badge's own layout shift.
    const article = await session.context.newPage();
    await article.goto(demo.site.mainArticle.url, { waitUntil: 'load' });
    await poll(async () => ((await article.evaluate(() => document.querySelector('parallax-badge') !== null)) ? true : null), 'the article badge');
    await new Promise((r) => setTimeout(r, BADGE_SETTLE_MS));
    const articleShift = await readShifts(article);
    await article.close();

    return {
      chips_links: links,
      chips_annotated: chips,
      chips_mounted_in_window: mounted,
      // Median page total minus median baseline: one noisy baseline does not swing the figure.
      chips_main_thread_ms: roundTo(Math.max(0, computeMedian(pageTotals) - computeMedian(baselineTotals)), 1),
      chips_main_thread_max_ms: roundTo(Math.max(...deltas), 1),
      chips_runs: runs,
      chips_page_total_ms: roundTo(computeMedian(pageTotals), 1),
      chips_baseline_ms: roundTo(computeMedian(baselineTotals), 1),
      chips_script_ms: roundTo(figures.scriptMs, 1),
      chips_tasks: figures.tasks,
      chips_long_tasks: figures.longTasks,
      chips_longest_task_ms: roundTo(figures.longestMs, 1),
      layout_shift: roundTo(Math.max(linksShift.cls, articleShift.cls), 4),
      layout_shift_links: roundTo(linksShift.cls, 4),
      layout_shift_article: roundTo(articleShift.cls, 4),
    };
  } finally {
    await session?.close();
    await demo.server.stop();
  }
}

// Run directly (`npx tsx lib/cli/bench-chips.ts`) as well as through the bench dispatcher.
if (process.argv[1] && import.meta.url.endsWith(process.argv[1].split('/').pop() ?? '\0')) {
  runBenchChips(process.argv.slice(2)).then(
    (r) => process.stdout.write(`${JSON.stringify(r)}\n`),
    (err: unknown) => {
      process.stderr.write(`${err instanceof Error ? (err.stack ?? err.message) : String(err)}\n`);
      process.stdout.write(`${JSON.stringify({ error: err instanceof Error ? err.message : String(err) })}\n`);
      process.exitCode = 1;
    },
  );
}
