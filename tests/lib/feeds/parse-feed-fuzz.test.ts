import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { FeedError, parseFeed } from '../../../lib/feeds/parse-feed';

// Deterministic mutation testing: whatever the damage, parseFeed returns clean items or throws FeedError.

const NOW = Date.parse('2026-11-21T12:00:00Z');
const dir = new URL('../../fixtures/feeds/', import.meta.url);
const fixtures = readdirSync(dir)
  .filter((name) => !name.startsWith('deep-') && !name.endsWith('.bin'))
  .map((name) => ({ name, bytes: new Uint8Array(readFileSync(new URL(name, dir))) }));

function createRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const SNIPPETS = ['<', '>', '&', '&amp;', ']]>', '<![CDATA[', '<!--', '</item>', '<item>', '"', '\u0000', '<entry>', '&#', '<!DOCTYPE x [<!ENTITY a "b">]>'];

function mutate(bytes: Uint8Array, random: () => number): Uint8Array {
  const text = new TextDecoder('latin1').decode(bytes);
  const at = Math.floor(random() * text.length);
  const kind = Math.floor(random() * 4);
  let out: string;
  if (kind === 0) out = text.slice(0, at); // truncation
  else if (kind === 1) out = text.slice(0, at) + SNIPPETS[Math.floor(random() * SNIPPETS.length)] + text.slice(at);
  else if (kind === 2) out = text.slice(0, at) + text.slice(at + 1 + Math.floor(random() * 40));
  else out = text.slice(0, at) + String.fromCharCode(Math.floor(random() * 256)) + text.slice(at + 1);
  return Uint8Array.from(out, (char) => char.charCodeAt(0) & 0xff);
}

describe('parseFeed under random damage', () => {
  it.each(fixtures.map((fixture) => [fixture.name, fixture.bytes] as const))('%s', (_name, bytes) => {
    const random = createRandom(bytes.length);
    for (let round = 0; round < 60; round++) {
      let body: Uint8Array = bytes;
      const mutations = 1 + Math.floor(random() * 3);
      for (let i = 0; i < mutations; i++) body = mutate(body, random);
      try {
        const feed = parseFeed(body, { now: NOW, url: 'https://example.com/feed' });
        for (const item of feed.items) {
          expect(item.url).toMatch(/^https?:\/\//);
          expect(typeof item.title).toBe('string');
          expect(item.title.length).toBeGreaterThan(0);
          if (item.published) expect(Date.parse(item.published)).toBeLessThanOrEqual(NOW);
        }
      } catch (error) {
        if (!(error instanceof FeedError)) throw new Error(`round ${round}: ${String(error)}`);
      }
    }
  });
});
