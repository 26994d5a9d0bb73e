import { describe, expect, it } from 'vitest';
import { listOutlets, outletById, outletForUrl } from '../../../lib/catalog/catalog';
import { buildOutletIndex } from '../../../lib/catalog/outlet-lookup';
import { consensusBias, consensusFactual } from '../../../lib/catalog/ratings';
import { BIAS_BUCKETS, FACTUAL_LEVELS } from '../../../lib/catalog/types';

const outlets = listOutlets();

/** Outlets the end-to-end tests and the demo serve locally under their real host names. */
const REQUIRED: Record<string, string> = {
  'https://www.reuters.com/world/x': 'reuters',
  'https://apnews.com/article/x': 'apnews',
  'https://www.bbc.co.uk/news/x': 'bbc',
  'https://www.bbc.com/news/x': 'bbc',
  'https://www.theguardian.com/world/x': 'guardian',
  'https://www.cnn.com/x': 'cnn',
  'https://www.foxnews.com/politics/x': 'foxnews',
  'https://www.npr.org/x': 'npr',
  'https://www.nytimes.com/2024/01/01/world/x.html': 'nytimes',
  'https://www.washingtonpost.com/world/x': 'washingtonpost',
  'https://www.aljazeera.com/news/x': 'aljazeera',
  'https://www.breitbart.com/politics/x': 'breitbart',
  'https://www.dailywire.com/news/x': 'dailywire',
  'https://nypost.com/2024/01/01/us-news/x/': 'nypost',
  'https://www.washingtonexaminer.com/news/x': 'washingtonexaminer',
  'https://www.huffpost.com/entry/x': 'huffpost',
  'https://www.msnbc.com/x': 'msnbc',
  'https://www.dw.com/en/x/a-1': 'dw',
  'https://www.france24.com/en/x': 'france24',
  'https://english.news.cn/x': 'xinhua',
  'https://tass.com/x': 'tass',
  'https://www.rt.com/news/x': 'rt',
  'https://www.cgtn.com/x': 'cgtn',
  'https://www.devdiscourse.com/article/x': 'devdiscourse',
};

describe('catalog contents', () => {
  it('builds one index without any domain, path or id claimed twice', () => {
    expect(() => buildOutletIndex(outlets)).not.toThrow();
  });

  it('has the outlets other parts of the project rely on, each with a feed', () => {
    for (const [url, id] of Object.entries(REQUIRED)) {
      const outlet = outletForUrl(url);
      expect(outlet?.id, url).toBe(id);
      expect(outlet?.feeds.length, id).toBeGreaterThan(0);
    }
    expect(outletById('bbc')?.feeds.map((f) => f.url)).toContain('https://feeds.bbci.co.uk/news/world/rss.xml');
  });

  it('gives the demo outlets the providers\' ratings', () => {
    const bias = (id: string) => outletById(id)?.bias;
    expect(bias('reuters')).toBe('center');
    expect(bias('apnews')).toBe('lean-left');
    expect(bias('foxnews')).toBe('right');
    expect(bias('breitbart')).toBe('right');
    expect(bias('nytimes')).toBe('lean-left');
    expect(outletById('reuters')?.factual).toBe('very-high');
    expect(outletById('rt')?.ratings.find((r) => r.provider === 'mbfc')?.bias).toBe('fake-news');
  });

  it('labels state media as state-controlled', () => {
    for (const id of ['rt', 'xinhua', 'cgtn', 'tass', 'globaltimes', 'presstv', 'sputnik', 'chinadaily', 'kcna', 'irna']) {
      expect(outletById(id)?.ownership, id).toBe('state-controlled');
    }
    // Broadcasters and papers run by a state are typed state media; state news agencies stay wires.
    for (const id of ['rt', 'cgtn', 'presstv', 'globaltimes', 'sputnik']) expect(outletById(id)?.type, id).toBe('state-media');
    for (const id of ['xinhua', 'tass', 'kcna']) expect(outletById(id)?.type, id).toBe('wire');
  });

  it('has the main wires and public broadcasters', () => {
    const wires = ['reuters', 'apnews', 'afp', 'dpa', 'efe', 'ansa', 'kyodo', 'xinhua', 'tass', 'pti', 'yonhap', 'anadolu', 'upi'];
    const broadcasters = ['bbc', 'npr', 'pbs-newshour', 'cbc', 'abc-au', 'dw', 'france24', 'rfi', 'nhk', 'kbs', 'rai', 'rtve',
      'zdf', 'tagesschau', 'svt', 'nrk', 'yle', 'dr', 'rte', 'orf', 'srf', 'nos', 'vrt', 'rnz', 'sabc'];
    for (const id of [...wires, ...broadcasters]) expect(outletById(id), id).not.toBeNull();
    for (const id of broadcasters) {
      const o = outletById(id);
      expect([o?.type, o?.ownership], id).toContain('public-broadcaster');
    }
  });

  it('every outlet is well-formed', () => {
    for (const o of outlets) {
      expect(o.id, o.id).toMatch(/^[a-z0-9][a-z0-9-]*$/);
      expect(o.name.length, o.id).toBeGreaterThan(0);
      expect(o.homepage, o.id).toMatch(/^https?:\/\/[^/]+/);
      expect(o.country, o.id).toMatch(/^[A-Z]{2}$/);
      expect(o.languages.length, o.id).toBeGreaterThan(0);
      for (const l of o.languages) expect(l, o.id).toMatch(/^[a-z]{2,3}(-[A-Za-z0-9]{2,4})?$/);
      expect(o.domains.length + (o.paths?.length ?? 0), o.id).toBeGreaterThan(0);
      for (const d of o.domains) expect(d, o.id).toMatch(/^[a-z0-9.-]+\.[a-z]{2,}$/);
      for (const f of o.feeds) expect(f.url, o.id).toMatch(/^https?:\/\//);
      expect(o.bias, o.id).toBe(consensusBias(o.ratings));
      expect(o.factual, o.id).toBe(consensusFactual(o.ratings));
      if (o.bias) expect(BIAS_BUCKETS).toContain(o.bias);
      for (const r of o.ratings) {
        expect(['allsides', 'mbfc'], o.id).toContain(r.provider);
        if (r.factual) expect(FACTUAL_LEVELS).toContain(r.factual);
        if (r.url) expect(r.url, o.id).toMatch(/^https?:\/\/(www\.)?(allsides\.com|mediabiasfactcheck\.com)\//);
      }
    }
  });

  it('every domain of an outlet resolves to that outlet', () => {
    for (const o of outlets) {
      for (const d of o.domains) expect(outletForUrl(`https://${d}/some/story`)?.id, d).toBe(o.id);
    }
  });

  it('every homepage resolves to its own outlet', () => {
    for (const o of outlets) expect(outletForUrl(o.homepage)?.id, o.homepage).toBe(o.id);
  });

  it('every sample URL resolves to its own outlet and to no other', () => {
    let samples = 0;
    for (const o of outlets) {
      for (const url of [...(o.samples?.articles ?? []), ...(o.samples?.nonArticles ?? [])]) {
        samples++;
        expect(outletForUrl(url)?.id, url).toBe(o.id);
        const claimedBy = outlets.filter((other) => other.id !== o.id && outletForUrl(url)?.id === other.id);
        expect(claimedBy, url).toEqual([]);
      }
    }
    expect(samples).toBeGreaterThan(60);
  });

  it('meets the coverage thresholds', () => {
    const withFeeds = outlets.filter((o) => o.feeds.length > 0);
    expect(withFeeds.length).toBeGreaterThanOrEqual(600);
    expect(new Set(outlets.map((o) => o.country)).size).toBeGreaterThanOrEqual(40);
    expect(new Set(outlets.flatMap((o) => o.languages)).size).toBeGreaterThanOrEqual(15);
    for (const bucket of BIAS_BUCKETS) {
      const us = outlets.filter((o) => o.country === 'US' && o.bias === bucket);
      expect(us.length, bucket).toBeGreaterThanOrEqual(30);
    }
  });

  it('returns null for unknown sites', () => {
    expect(outletForUrl('https://example.org/news/story')).toBeNull();
    expect(outletForUrl('https://localhost:8080/')).toBeNull();
    expect(outletById('no-such-outlet')).toBeNull();
  });
});
