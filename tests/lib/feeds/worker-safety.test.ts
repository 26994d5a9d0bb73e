import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

// lib/feeds runs in the MV3 service worker: no DOM, no clock or network read behind the caller's back.
const dir = new URL('../../../lib/feeds/', import.meta.url);
const sources = readdirSync(dir)
  .filter((name) => name.endsWith('.ts'))
  .map((name) => ({ name, code: readFileSync(new URL(name, dir), 'utf8').replace(/\/\/.*$|\/\*[\s\S]*?\*\//gm, '') }));

const FORBIDDEN: [string, RegExp][] = [
  ['DOM parsing', /\bDOMParser\b|\bdocument\.|\bwindow\.|innerHTML|\blocation\./],
  ['reading the clock', /\bDate\.now\(|new Date\(\)/],
  ['global fetch', /(?<![.\w])fetch\(/],
  ['timers that outlive a request', /\bsetInterval\(/],
  ['UI or browser APIs', /from ['"](preact|wxt\/browser|webextension-polyfill)/],
];

describe('lib/feeds is worker-safe', () => {
  it('has modules to check', () => {
    expect(sources.length).toBeGreaterThan(10);
  });

  it.each(sources.map((source) => [source.name, source.code] as const))('%s', (_name, code) => {
    for (const [what, pattern] of FORBIDDEN) expect(code, what).not.toMatch(pattern);
    expect(code.trimStart().length).toBeGreaterThan(0);
  });

  it('every module starts with a header comment', () => {
    for (const name of readdirSync(dir).filter((file) => file.endsWith('.ts'))) {
      expect(readFileSync(new URL(name, dir), 'utf8').startsWith('// '), name).toBe(true);
    }
  });
});
