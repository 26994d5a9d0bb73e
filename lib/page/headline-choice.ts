// Chooses the page's headline among metadata (JSON-LD, og:/twitter: titles), the <title> and visible
// headings, preferring the visible heading that agrees with the metadata. Runs in the content script
// and the CLI; reads the given document only.

import { cleanHeadline, isSiteNameOnly, type SiteContext } from './headline-cleanup';
import { cleanText, tokenContainment, tokenF1 } from './text-normalize';

/** A heading must agree at least this much (token F1) with the metadata/title to be preferred. */
const MIN_AGREEMENT_F1 = 0.8;
/** Headlines longer than this (words) are paragraphs, not headlines. */
const MAX_HEADLINE_WORDS = 45;
/** How many headings of each kind are looked at (first ones in document order). */
const MAX_HEADINGS_PER_KIND = 12;

const HEADLINE_CLASS_SELECTOR = [
  '[itemprop~="headline"]',
  '[class*="headline"]',
  '[class*="Headline"]',
  '[class*="title"]',
  '[class*="Title"]',
  '[id*="headline"]',
  '[id*="title"]',
].join(',');
/** Class/id words of elements that hold a headline (checked on the attribute value). */
const HEADLINE_CLASS_RE = /headline|(?:^|[\s_-])(?:entry|article|post|story|page|main|news|art)[-_]?title|(?:^|[\s_-])title(?:$|[\s_-])|(?:^|[\s_-])hdl/i;
const CHROME_TAGS = new Set(['NAV', 'FOOTER', 'ASIDE', 'BUTTON', 'SELECT', 'OPTION', 'LABEL', 'SCRIPT', 'STYLE', 'NOSCRIPT', 'TITLE', 'HEAD']);

export interface HeadlineSources {
  /** Headline-bearing metadata, most trusted first, raw. */
  meta: { text: string; source: string }[];
  /** The document <title>, raw. */
  title: string | null;
}

export interface HeadlineChoice {
  headline: string;
  source: string;
  /** A visible heading agrees with the metadata/title. */
  headingAgrees: boolean;
  /** The agreeing heading is an <h1>. */
  h1Agrees: boolean;
  /** Count of visible <h1>s with non-site text. */
  h1Count: number;
}

interface DomCandidate {
  text: string;
  kind: 'h1' | 'itemprop' | 'class' | 'h2' | 'h3';
  order: number;
}

function isVisibleContent(el: Element): boolean {
  let node: Element | null = el;
  for (let depth = 0; node && depth < 12; depth++, node = node.parentElement) {
    if (CHROME_TAGS.has(node.tagName.toUpperCase())) return false;
    if (node.hasAttribute('hidden') || node.getAttribute('aria-hidden') === 'true') return false;
    const style = node.getAttribute('style');
    if (style && /display\s*:\s*none|visibility\s*:\s*hidden/i.test(style)) return false;
  }
  return true;
}

function wordCount(text: string): number {
  return text.split(/\s+/).filter(Boolean).length;
}

function headingText(el: Element): string {
  return cleanText(el.textContent).replace(/^[\s=<>»«|:*~#•·\-–—]+|[\s=<>»«|:*~#•·\-–—]+$/gu, '');
}

function collectDomCandidates(doc: Document, site: SiteContext): DomCandidate[] {
  const out: DomCandidate[] = [];
  const seen = new Set<Element>();
  let order = 0;
  const add = (el: Element, kind: DomCandidate['kind']): void => {
    if (seen.has(el)) return;
    seen.add(el);
    if (!isVisibleContent(el)) return;
    const text = headingText(el);
    if (text.length < 3 || wordCount(text) > MAX_HEADLINE_WORDS) return;
    if (isSiteNameOnly(text, site)) return;
    out.push({ text, kind, order: order++ });
  };
  const h1s = doc.getElementsByTagName('h1');
  for (let i = 0; i < h1s.length && i < MAX_HEADINGS_PER_KIND; i++) {
    const el = h1s[i];
    if (el) add(el, 'h1');
  }
  const classed = doc.querySelectorAll(HEADLINE_CLASS_SELECTOR);
  let n = 0;
  for (let i = 0; i < classed.length && n < MAX_HEADINGS_PER_KIND * 2; i++) {
    const el = classed[i];
    if (!el) continue;
    const tag = el.tagName.toUpperCase();
    if (tag === 'META' || tag === 'LINK' || tag === 'A' && el.parentElement && seen.has(el.parentElement)) continue;
    const isItemprop = (el.getAttribute('itemprop') ?? '').split(/\s+/).includes('headline');
    const attr = `${el.getAttribute('class') ?? ''} ${el.getAttribute('id') ?? ''}`;
    if (!isItemprop && !HEADLINE_CLASS_RE.test(attr)) continue;
    // Big containers whose class says "title" (e.g. a title *bar*) hold more than a headline.
    if (el.children.length > 6) continue;
    n++;
    add(el, isItemprop ? 'itemprop' : 'class');
  }
  for (const tag of ['h2', 'h3'] as const) {
    const hs = doc.getElementsByTagName(tag);
    for (let i = 0; i < hs.length && i < MAX_HEADINGS_PER_KIND; i++) {
      const el = hs[i];
      if (el) add(el, tag);
    }
  }
  return out;
}

const KIND_PRIOR: Record<DomCandidate['kind'], number> = { h1: 0.12, itemprop: 0.1, class: 0.05, h2: 0.02, h3: 0 };

/** Picks the headline; `site` lets the cleanup recognise the site's name in titles. */
export function chooseHeadline(doc: Document, sources: HeadlineSources, site: SiteContext): HeadlineChoice {
  const metaClean = sources.meta
    .map((m) => ({ text: cleanHeadline(m.text, site), raw: cleanText(m.text), source: m.source }))
    .filter((m) => m.text && !isSiteNameOnly(m.text, site));
  const titleRaw = cleanText(sources.title);
  const titleClean = titleRaw && !isSiteNameOnly(titleRaw, site) ? cleanHeadline(titleRaw, site) : '';
  const candidates = collectDomCandidates(doc, site);
  const h1Count = candidates.filter((c) => c.kind === 'h1').length;

  const refs: string[] = [];
  const rawRefs: string[] = [];
  for (const m of metaClean) {
    refs.push(m.text);
    rawRefs.push(m.raw);
  }
  if (titleClean) {
    refs.push(titleClean);
    rawRefs.push(titleRaw);
  }

  let best: { c: DomCandidate; score: number } | null = null;
  for (const c of candidates) {
    let agreement = 0;
    for (const ref of refs) agreement = Math.max(agreement, tokenF1(c.text, ref));
    if (agreement < MIN_AGREEMENT_F1) {
      // A heading fully contained in a longer raw title ("Section | Headline | Site").
      const words = wordCount(c.text);
      for (let i = 0; i < rawRefs.length; i++) {
        const ref = refs[i] ?? '';
        if (words >= 2 && words >= wordCount(ref) * 0.5 && tokenContainment(c.text, rawRefs[i] ?? '') === 1) {
          agreement = Math.max(agreement, MIN_AGREEMENT_F1);
        }
      }
    }
    if (agreement < MIN_AGREEMENT_F1) continue;
    const score = agreement + KIND_PRIOR[c.kind] - c.order * 0.001;
    if (!best || score > best.score) best = { c, score };
  }
  if (best) {
    return { headline: best.c.text, source: best.c.kind, headingAgrees: true, h1Agrees: best.c.kind === 'h1', h1Count };
  }
  const firstMeta = metaClean[0];
  if (firstMeta) return { headline: firstMeta.text, source: firstMeta.source, headingAgrees: false, h1Agrees: false, h1Count };
  if (titleClean) return { headline: titleClean, source: 'title', headingAgrees: false, h1Agrees: false, h1Count };
  const fallback = candidates.find((c) => c.kind === 'h1') ?? candidates.find((c) => c.kind !== 'h3');
  if (fallback) return { headline: fallback.text, source: fallback.kind, headingAgrees: false, h1Agrees: false, h1Count };
  return { headline: '', source: 'none', headingAgrees: false, h1Agrees: false, h1Count };
}
