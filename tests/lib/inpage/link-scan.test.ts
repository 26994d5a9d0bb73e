import { Window } from 'happy-dom';
import { describe, expect, it } from 'vitest';
import { LINK_SITE_RULES, ruleForHost } from '../../../lib/inpage/link-sites';
import { SCAN_MIN_LINKS, collectNewsLinks, resolveLinkTarget } from '../../../lib/inpage/link-scan';
import { LINK_SITE_SAMPLES } from '../../fixtures/link-site-samples';

function docAt(url: string, html: string): Document {
  const win = new Window({ url });
  win.document.write(`<!doctype html><html><body>${html}</body></html>`);
  return win.document as unknown as Document;
}

describe('site rules (each sample is a test)', () => {
  for (const rule of LINK_SITE_RULES) {
    const pageUrl = new URL(`https://www.${rule.hosts[0]}/search?q=xi+putin`);

    it(`${rule.id}: finds exactly the sample's article links`, () => {
      // Every rule needs a sample of its site's markup (tests/fixtures/link-site-samples.ts).
      const sample = LINK_SITE_SAMPLES[rule.id];
      expect(sample, `no sample for ${rule.id}`).toBeDefined();
      const doc = docAt(pageUrl.href, sample?.html ?? '');
      const links = collectNewsLinks(doc, pageUrl, rule, new WeakSet(), 1000).map((l) => l.url);
      expect(links).toEqual(sample?.urls);
    });

    it(`${rule.id}: applies to its hosts and their subdomains only`, () => {
      for (const host of rule.hosts) {
        expect(ruleForHost(`www.${host}`)?.id).toBe(rule.id);
      }
      expect(ruleForHost(`not${rule.hosts[0]}`)).toBeNull();
    });
  }

  it('no sample is left without its rule', () => {
    expect(Object.keys(LINK_SITE_SAMPLES).sort()).toEqual(LINK_SITE_RULES.map((r) => r.id).sort());
  });

  it('no two rules claim the same host', () => {
    const hosts = LINK_SITE_RULES.flatMap((r) => r.hosts);
    expect(new Set(hosts).size).toBe(hosts.length);
  });
});

describe('generic rule', () => {
  const pageUrl = new URL('https://www.example-outlet.test/');
  const html = `
    <header><nav><a href="/world/long-navigation-label-that-is-long-enough-to-count">World news and more sections here</a></nav></header>
    <main>
      <a href="/2026/02/04/xi-putin-call">Xi and Putin hold video call as ties deepen</a>
      <a href="https://other.test/2026/02/04/jobs">US job growth stalls amid mixed sector performance</a>
      <a href="/about">About us</a>
      <a href="javascript:alert(1)">Click here to read the full story right now please</a>
      <a href="/">Home page link with a long enough label to pass</a>
    </main>
    <footer><a href="/privacy/policy/long">Privacy policy and terms of use of this site</a></footer>`;

  it('keeps headline-like links and skips navigation, short labels, home links and non-http links', () => {
    const doc = docAt(pageUrl.href, html);
    const links = collectNewsLinks(doc, pageUrl, null, new WeakSet(), 1000).map((l) => l.url);
    expect(links).toEqual([
      'https://www.example-outlet.test/2026/02/04/xi-putin-call',
      'https://other.test/2026/02/04/jobs',
    ]);
  });

  it('stops after SCAN_MIN_LINKS links when time is up, and goes on from there next time', () => {
    const many = Array.from({ length: SCAN_MIN_LINKS * 3 }, (_, i) => `<p><a href="/2026/02/04/story-${i}">A headline long enough for story ${i}</a></p>`);
    const doc = docAt(pageUrl.href, many.join(''));
    const seen = new WeakSet<Element>();
    const first = collectNewsLinks(doc, pageUrl, null, seen, 1000, () => false);
    expect(first).toHaveLength(SCAN_MIN_LINKS);
    const rest = collectNewsLinks(doc, pageUrl, null, seen, 1000);
    expect(rest).toHaveLength(SCAN_MIN_LINKS * 2);
    expect(rest[0]!.url).toBe(`https://www.example-outlet.test/2026/02/04/story-${SCAN_MIN_LINKS}`);
  });

  it('needs MIN_HEADLINE_WORDS words, however long they are', () => {
    const doc = docAt(
      pageUrl.href,
      `<a href="/a/1">Extraordinarily   lengthy\n headline-words</a><a href="/a/2">Extraordinarily lengthy headline words</a>`,
    );
    const links = collectNewsLinks(doc, pageUrl, null, new WeakSet(), 1000).map((l) => l.url);
    expect(links).toEqual(['https://www.example-outlet.test/a/2']);
  });

  it('does not return a link twice and honours the limit', () => {
    const doc = docAt(pageUrl.href, html);
    const seen = new WeakSet<Element>();
    expect(collectNewsLinks(doc, pageUrl, null, seen, 1)).toHaveLength(1);
    expect(collectNewsLinks(doc, pageUrl, null, seen, 1000)).toHaveLength(1);
    expect(collectNewsLinks(doc, pageUrl, null, seen, 1000)).toHaveLength(0);
  });
});

describe('resolveLinkTarget', () => {
  const page = new URL('https://www.google.com/search?q=x');
  it('unwraps redirect parameters and rejects non-http targets', () => {
    expect(resolveLinkTarget('/url?q=https://apnews.com/a&sa=U', page, 'q')).toBe('https://apnews.com/a');
    expect(resolveLinkTarget('/url?q=javascript:alert(1)', page, 'q')).toBe('https://www.google.com/url?q=javascript:alert(1)');
    expect(resolveLinkTarget('javascript:alert(1)', page)).toBeNull();
    expect(resolveLinkTarget('data:text/html,hi', page)).toBeNull();
  });
});
