// `npm run --silent bench -- size [--no-build]`: sizes of the built extension's entrypoints as shipped
// (minified by the production build), from .output/: each entrypoint with the chunks it imports.
// Node-only CLI. Target: content_script_kb ≤ 60.

import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { gzipSync } from 'node:zlib';
import { roundTo } from '../bench/bench-stats';
import { ensureBuild } from '../bench/extension-build';

interface ChromeManifest {
  background?: { service_worker?: string; scripts?: string[]; page?: string };
  action?: { default_popup?: string };
  browser_action?: { default_popup?: string };
  options_ui?: { page?: string };
  content_scripts?: { js?: string[]; css?: string[] }[];
}

const KB = 1024;
const STATIC_IMPORT_RE = /(?:\bfrom|\bimport)\s*["']([^"']+\.js)["']/g;
const HTML_ASSET_RE = /(?:src|href)="([^"]+\.(?:js|css))"/g;

function resolveAsset(root: string, fromFile: string, spec: string): string {
  return spec.startsWith('/') ? join(root, spec) : join(dirname(fromFile), spec);
}

/** The files an entry loads: itself, the scripts/styles of an HTML page, and static JS imports, transitively. */
function collectFiles(root: string, entries: string[]): Set<string> {
  const seen = new Set<string>();
  const queue = entries.map((e) => join(root, e));
  while (queue.length) {
    const file = queue.pop() as string;
    if (seen.has(file) || !existsSync(file)) continue;
    seen.add(file);
    const text = /\.(?:html|js)$/.test(file) ? readFileSync(file, 'utf8') : '';
    const re = file.endsWith('.html') ? HTML_ASSET_RE : STATIC_IMPORT_RE;
    for (const m of text.matchAll(re)) if (m[1] && !/^[a-z]+:/i.test(m[1])) queue.push(resolveAsset(root, file, m[1]));
  }
  return seen;
}

function sizeOf(files: Iterable<string>): { bytes: number; gzip: number } {
  let bytes = 0;
  let gzip = 0;
  for (const f of files) {
    const data = readFileSync(f);
    bytes += data.length;
    gzip += gzipSync(data, { level: 9 }).length;
  }
  return { bytes, gzip };
}

function totalBytes(dir: string): number {
  let sum = 0;
  for (const name of readdirSync(dir)) {
    const p = join(dir, name);
    const s = statSync(p);
    sum += s.isDirectory() ? totalBytes(p) : s.size;
  }
  return sum;
}

/** Sizes (kB) of one build's entrypoints, keys prefixed with `prefix`. */
function measureBuild(dir: string, prefix: string): Record<string, number> {
  const manifest = JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8')) as ChromeManifest;
  const contentJs = (manifest.content_scripts ?? []).flatMap((c) => c.js ?? []);
  const contentCss = (manifest.content_scripts ?? []).flatMap((c) => c.css ?? []);
  const background = [
    ...(manifest.background?.service_worker ? [manifest.background.service_worker] : []),
    ...(manifest.background?.scripts ?? []),
    ...(manifest.background?.page ? [manifest.background.page] : []),
  ];
  const popup = manifest.action?.default_popup ?? manifest.browser_action?.default_popup;
  const options = manifest.options_ui?.page;
  const content = sizeOf(collectFiles(dir, contentJs));
  const out: Record<string, number> = {
    [`${prefix}content_script_kb`]: roundTo(content.bytes / KB, 1),
    [`${prefix}content_script_gzip_kb`]: roundTo(content.gzip / KB, 1),
    // WXT injects the badge's styles into its shadow root from this file (cssInjectionMode: 'ui').
    [`${prefix}content_css_kb`]: roundTo(sizeOf(collectFiles(dir, [...contentCss, 'content-scripts/content.css'])).bytes / KB, 1),
    [`${prefix}background_kb`]: roundTo(sizeOf(collectFiles(dir, background)).bytes / KB, 1),
    [`${prefix}total_kb`]: roundTo(totalBytes(dir) / KB, 1),
  };
  if (popup) out[`${prefix}popup_kb`] = roundTo(sizeOf(collectFiles(dir, [popup])).bytes / KB, 1);
  if (options) out[`${prefix}options_kb`] = roundTo(sizeOf(collectFiles(dir, [options])).bytes / KB, 1);
  return out;
}

export async function runBenchSize(args: readonly string[]): Promise<Record<string, number>> {
  const chrome = ensureBuild('chrome', args);
  const result = measureBuild(chrome, '');
  let firefox: string | null = null;
  try {
    firefox = ensureBuild('firefox', args);
  } catch (err) {
    process.stderr.write(`size: no Firefox figures (${err instanceof Error ? err.message : String(err)})\n`);
  }
  if (firefox) Object.assign(result, measureBuild(firefox, 'firefox_'));
  process.stderr.write(`size: measured ${relative(process.cwd(), chrome) || chrome}${firefox ? ` and ${firefox}` : ''}\n`);
  return result;
}
