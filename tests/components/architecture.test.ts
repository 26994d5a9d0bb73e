// Architecture rules as a test: components/ knows pixels (never the browser), lib/ knows news (never Preact).

import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const CODE = /\.(ts|tsx|js|jsx|mjs)$/;

function listFiles(dir: string, filter: RegExp): string[] {
  const out: string[] = [];
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) out.push(...listFiles(path, filter));
    else if (filter.test(name)) out.push(path);
  }
  return out;
}

/** Imports of browser APIs or extension storage that presentational code must not use. */
const BROWSER_IMPORT = /(?:from\s+|import\s*\(\s*|import\s+|require\s*\(\s*)['"](wxt\/browser|webextension-polyfill|wxt\/utils\/storage|@wxt-dev\/[^'"]*)['"]/;
/** Calls into extension/browser APIs (`browser.runtime`, `chrome.tabs`…). */
const BROWSER_API = /\b(?:browser|chrome)\s*\.\s*[A-Za-z_$]/;
const PREACT_IMPORT = /(?:from\s+|import\s*\(\s*|import\s+|require\s*\(\s*)['"](preact|preact\/[^'"]*|@preact\/[^'"]*)['"]/;

function findBrowserUse(source: string): string | null {
  return source.match(BROWSER_IMPORT)?.[0] ?? source.match(BROWSER_API)?.[0] ?? null;
}
function findPreactImport(source: string): string | null {
  return source.match(PREACT_IMPORT)?.[0] ?? null;
}

describe('architecture', () => {
  it('the detectors catch what they are meant to catch', () => {
    expect(findBrowserUse("import { browser } from 'wxt/browser';")).not.toBeNull();
    expect(findBrowserUse('import browser from "webextension-polyfill"')).not.toBeNull();
    expect(findBrowserUse("import { storage } from 'wxt/utils/storage'")).not.toBeNull();
    expect(findBrowserUse('await browser.runtime.sendMessage(x)')).not.toBeNull();
    expect(findBrowserUse('chrome.tabs.query({})')).not.toBeNull();
    expect(findBrowserUse('// Components never call the browser; containers do.')).toBeNull();
    expect(findPreactImport("import { h } from 'preact';")).not.toBeNull();
    expect(findPreactImport("import { useState } from 'preact/hooks'")).not.toBeNull();
    expect(findPreactImport("import { x } from './preact-free'")).toBeNull();
  });

  it('components/ never touches browser APIs, messaging or storage', () => {
    const files = listFiles(join(ROOT, 'components'), CODE);
    expect(files.length).toBeGreaterThan(5);
    const offenders = files
      .map((f) => ({ file: relative(ROOT, f), hit: findBrowserUse(readFileSync(f, 'utf8')) }))
      .filter((o) => o.hit !== null);
    expect(offenders).toEqual([]);
  });

  it('components/ never injects HTML', () => {
    const offenders = listFiles(join(ROOT, 'components'), CODE).filter((f) =>
      /dangerouslySetInnerHTML|\.innerHTML\s*=|insertAdjacentHTML|document\.write/.test(readFileSync(f, 'utf8')),
    );
    expect(offenders.map((f) => relative(ROOT, f))).toEqual([]);
  });

  it('components/ does not import the messaging layer', () => {
    const offenders = listFiles(join(ROOT, 'components'), CODE).filter((f) =>
      /['"][./]*lib\/messaging['"]/.test(readFileSync(f, 'utf8')),
    );
    expect(offenders.map((f) => relative(ROOT, f))).toEqual([]);
  });

  it('lib/ never imports Preact', () => {
    const files = listFiles(join(ROOT, 'lib'), CODE);
    expect(files.length).toBeGreaterThan(5);
    const offenders = files
      .map((f) => ({ file: relative(ROOT, f), hit: findPreactImport(readFileSync(f, 'utf8')) }))
      .filter((o) => o.hit !== null);
    expect(offenders).toEqual([]);
  });

  it('lib/ code that runs in the extension never touches Node (process, node: modules)', () => {
    // CLIs, the demo web, benchmarks and the catalog's reference reader are Node-only by design.
    const nodeOnly = /^lib\/(cli|demo|bench)\/|^lib\/catalog\/(reference|compile)\.ts$/;
    const offenders = listFiles(join(ROOT, 'lib'), CODE)
      .map((f) => relative(ROOT, f))
      .filter((f) => !nodeOnly.test(f))
      .filter((f) => /\bprocess\.(env|argv|exit|cwd)|from\s+['"]node:/.test(readFileSync(join(ROOT, f), 'utf8')));
    expect(offenders).toEqual([]);
  });
});
