// Chooses the page's headline among metadata (JSON-LD, og:/twitter: titles), the <title> and visible
// headings, preferring the visible heading that agrees with the metadata. Runs in the content script
// and the CLI; reads the given document only.

import { cleanHeadline, hasEdgeJunk, isGenericTitle, isSiteNameOnly, stripLeadingDate, type SiteContext } from './headline-cleanup';
import { createPositionFinder } from './dom-order';
import { isHidden } from './text-density';
import { cleanText, tokenContainment, tokenize, tokenListF1 } from './text-normalize';
// Any letter (url-shape's: one copy in the content script).
import { LETTER_RE } from './url-shape';

/** A heading must agree at least this much (token F1) with the metadata/title to be preferred. */
const MIN_AGREEMENT_F1 = 0.8;
/** Headlines longer than this (words) are paragraphs, not headlines. */
const MAX_HEADLINE_WORDS = 45;
/** How many headings of each kind are looked at (first ones in document order). */
const MAX_HEADINGS_PER_KIND = 12;

// Elements that may hold the headline by their markup: itemprop~="headline", a class containing "head" or
// "title" (any case: HEADLINE_CLASS_RE ignores case anyway), an id containing "headline" or "title".
// Tested in script over one simple query: a list of class-substring selectors costs Chromium a full
// document match per entry.
const HEADLINE_MARKUP_SELECTOR = '[class],[id],[itemprop]';
const HEADLINE_ITEMPROP_RE = /(?:^|[ \t\n\f\r])headline(?:[ \t\n\f\r]|$)/;
const HEADLINE_CLASS_FRAGMENT_RE = /head|title/i;
const HEADLINE_ID_FRAGMENT_RE = /headline|title/i;
/** Class/id words of elements that hold a headline (checked on the attribute value). */
const HEADLINE_CLASS_RE = /headline|title|hdl|(?:story|article|news|post|entry|main)[-_]?head(?!er)|(?:^|[\s_-])head(?:[\s_-]|$)/i;
/** Title-ish classes that label widgets, not the page's headline. */
const NOT_HEADLINE_CLASS_RE = /sub-?title|site-?title|title-?bar|widget|sidebar|nav|menu|footer|related|module|section-?title|block-?title|box-?title|teaser|promo|card|list|tooltip|modal|rss|(?:other|more)-?stories|recommend/i;
// Not HEAD: lenient parsers leave body content of broken pages inside <head>.
const CHROME_TAGS = new Set(['NAV', 'FOOTER', 'ASIDE', 'BUTTON', 'SELECT', 'OPTION', 'LABEL', 'SCRIPT', 'STYLE', 'NOSCRIPT', 'TITLE']);

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
  /** The subheadline (deck) printed right under a headline taken from the page, if any. */
  deck: string | null;
  /** The page element the headline was taken from, if any. */
  element: Element | null;
  /** The elements with a class, id or itemprop, when the choice listed them (for the shop-cue scan). */
  marked?: NodeListOf<Element>;
}

interface DomCandidate {
  text: string;
  kind: 'h1' | 'itemprop' | 'class' | 'h2' | 'h3';
  order: number;
  el: Element;
}

/** Texts that sit in heading markup but are never headlines: bylines, dates, widget labels. */
/** Labels of page widgets that are never a headline, even when they echo the title's words. */
const UI_LABEL_RE = /^(?:(?:other|more|related|similar) (?:stories|articles|news)\b|in (?:today's|tomorrow's) (?:paper|edition)\b|(?:write|add|post) (?:a )?comment\b|(?:refer|email|send) (?:this )?to a friend\b|you may also like\b)/i;
const NON_HEADLINE_RE = /^(?:original text|by\s|posted\b|published\b|updated\b|last updated|(?:comments?|share|related|more|home|menu|search)(?:\s+\S+)?\s*[:»›>|]?\s*$|\d+\s+comments?|post a comment|leave a (?:comment|reply)|write to|trackback|print (?:this )?(?:article|story|page)\b|e-?mail (?:updates|alerts|this)\b|advertisement|photo gallery|latest news|top stories|most (?:read|popular|viewed|emailed)|sign in|log ?in|subscribe|newsletter|(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day,?\s+)?(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+\d{1,2},?\s+\d{4})/i;
/** An <h1> wrapping the site logo (a link to the site root or only an image). */
function isNonHeadline(text: string): boolean {
  return NON_HEADLINE_RE.test(text) || UI_LABEL_RE.test(text);
}

function isLogoHeading(el: Element): boolean {
  const link = el.querySelector('a');
  if (!link) return false;
  return /^(?:https?:\/\/[^/]+)?\/?(?:index\.\w+)?$/i.test(link.getAttribute('href') ?? '');
}

function isVisibleContent(el: Element): boolean {
  let node: Element | null = el;
  for (let depth = 0; node && depth < 12; depth++, node = node.parentElement) {
    if (CHROME_TAGS.has(node.tagName.toUpperCase())) return false;
    if (node.hasAttributes() && isHidden(node)) return false;
  }
  return true;
}

const NON_SPACE_RUN_RE = /\S+/g;

function wordCount(text: string): number {
  return text.match(NON_SPACE_RUN_RE)?.length ?? 0;
}

function headingText(el: Element): string {
  const text = stripLeadingDate(cleanText(el.textContent));
  return !hasEdgeJunk(text) ? text : text.replace(/^[\s=<>»|:*~#•·\-–—]+|[\s=<«|:*~#•·\-–—]+$/gu, '');
}

interface CandidateCollector {
  out: DomCandidate[];
  seen: Set<Element>;
  add(el: Element, kind: DomCandidate['kind']): void;
}

function createCollector(site: SiteContext): CandidateCollector {
  const out: DomCandidate[] = [];
  const seen = new Set<Element>();
  const add = (el: Element, kind: DomCandidate['kind']): void => {
    if (seen.has(el)) return;
    seen.add(el);
    // Text checks first: the visibility walk up the ancestors costs more.
    const text = headingText(el);
    if (text.length < 3 || wordCount(text) > MAX_HEADLINE_WORDS) return;
    if (isSiteNameOnly(text, site)) return;
    if (!isVisibleContent(el)) return;
    out.push({ text, kind, order: out.length, el });
  };
  return { out, seen, add };
}

/** The visible <h1>s: cheap, and where nearly every modern article puts its headline. */
function collectH1Candidates(doc: Document, collector: CandidateCollector): void {
  const h1s = doc.getElementsByTagName('h1');
  for (let i = 0, end = h1s.length; i < end && i < MAX_HEADINGS_PER_KIND; i++) {
    const el = h1s[i];
    if (el) collector.add(el, 'h1');
  }
}

/** How many of the elements (in document order) come before the end of `lead`: all without one. Found
 *  by bisection. */
function countUpTo(els: NodeListOf<Element>, lead: Element | null): number {
  let end = els.length;
  if (lead) {
    const locate = createPositionFinder(lead);
    for (let lo = 0; lo < end; ) {
      const mid = (lo + end) >> 1;
      if (locate(els[mid]!) === 'after') end = mid;
      else lo = mid + 1;
    }
  }
  return end;
}

/** Headline-classed elements and <h2>/<h3>: the costlier look, only when no <h1> decides. A headline
 *  stands above its article's body: the classed elements after the body's first block (`lead`) are not
 *  looked at. */
function collectOtherCandidates(doc: Document, collector: CandidateCollector, lead: Element | null): NodeListOf<Element> {
  const { seen, add } = collector;
  const marked = doc.querySelectorAll(HEADLINE_MARKUP_SELECTOR);
  const end = countUpTo(marked, lead);
  let n = 0;
  for (let i = 0; i < end && n < MAX_HEADINGS_PER_KIND * 2; i++) {
    const el = marked[i];
    if (!el) continue;
    const cls = el.getAttribute('class');
    const id = el.getAttribute('id');
    const itemprop = el.getAttribute('itemprop');
    const isItemprop = itemprop !== null && HEADLINE_ITEMPROP_RE.test(itemprop);
    const isMarked = isItemprop || (cls !== null && HEADLINE_CLASS_FRAGMENT_RE.test(cls)) || (id !== null && HEADLINE_ID_FRAGMENT_RE.test(id));
    if (!isMarked) continue;
    const tag = el.tagName.toUpperCase();
    if (tag === 'META' || tag === 'LINK' || tag === 'A' && el.parentElement && seen.has(el.parentElement)) continue;
    const attr = `${cls ?? ''} ${id ?? ''}`;
    if (!isItemprop && (!HEADLINE_CLASS_RE.test(attr) || NOT_HEADLINE_CLASS_RE.test(attr))) continue;
    // Big containers whose class says "title" (e.g. a title *bar*) hold more than a headline.
    if (el.children.length > 6) continue;
    n++;
    add(el, isItemprop ? 'itemprop' : 'class');
  }
  for (const tag of ['h2', 'h3'] as const) {
    const hs = doc.getElementsByTagName(tag);
    for (let i = 0, end = hs.length; i < end && i < MAX_HEADINGS_PER_KIND; i++) {
      const el = hs[i];
      if (el) add(el, tag);
    }
  }
  return marked;
}

const KIND_PRIOR: Record<DomCandidate['kind'], number> = { h1: 0.12, itemprop: 0.1, class: 0.05, h2: 0.02, h3: 0 };

/** Elements that may carry a headline on pages without heading markup (old table layouts). */
const HEADING_LIKE_SELECTOR = 'h1,h2,h3,h4,b,strong,font,[class*="head" i],[class*="title" i]';
/** Look at most this many heading-like elements (document order) when searching above the body. */
const MAX_HEADING_LIKE = 600;
/** Elements with more children than this are containers (a header bar), not a headline. */
const MAX_HEADING_CHILDREN = 6;

const DATE_WORD_RE = /\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+\d{1,2}\b|\b\d{1,2}\s+(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\b|\b(?:mon|tues|wednes|thurs|fri|satur|sun)day\b|\b\d{1,2}:\d{2}\b|\b\d{1,4}[./-]\d{1,2}[./-]\d{2,4}\b/i;

/** Short lines that carry a date or time: datelines, not headlines. */
function isDateLine(text: string): boolean {
  return wordCount(text) <= 9 && DATE_WORD_RE.test(text);
}

interface HeadingLike {
  text: string;
  strong: boolean;
  el: Element;
}

/** Class/id words of subheadlines. */
const DECK_CLASS_RE = /sub-?head|deck|(?:^|[\s_-])dek(?:$|[\s_-])|standfirst|strap|sub-?title|summary|intro|teaser|lede|abstract/i;
const HEADING_RANK: Record<string, number> = { H1: 1, H2: 2, H3: 3, H4: 4, H5: 5, H6: 6 };

const NON_SPACE_RE = /\S/;

/** Whether the element holds any non-whitespace text: stops at the first text node that has some, where
 *  textContent would copy the whole subtree (the sibling after a headline is often the article body). */
function hasText(el: Node): boolean {
  for (let n = el.firstChild; n; n = n.nextSibling) {
    if (n.nodeType === 3 ? NON_SPACE_RE.test(n.nodeValue ?? '') : n.nodeType === 1 && hasText(n)) return true;
  }
  return false;
}

/** The deck right under the headline element: the next heading of lower rank or a subhead-classed block. */
function findDeck(el: Element, headline: string): string | null {
  let node: Element | null = el;
  let next: Element | null = null;
  // A headline wrapped alone in a container (<div><h1>…</h1></div>) has its deck beside the wrapper. Alone:
  // no sibling with text after it (the in-page badge, inserted right after the headline, has none).
  for (let up = 0; up < 3 && node && !next; up++, node = node.parentElement) {
    next = node.nextElementSibling;
    while (next && (next.tagName.toUpperCase() === 'BR' || !hasText(next))) next = next.nextElementSibling;
  }
  if (!next) return null;
  const tag = next.tagName.toUpperCase();
  const rank = HEADING_RANK[tag];
  const headRank = HEADING_RANK[el.tagName.toUpperCase()] ?? 0;
  const attr = `${next.getAttribute('class') ?? ''} ${next.getAttribute('id') ?? ''}`;
  const isDeck = (rank !== undefined && rank > headRank && rank <= 4) || DECK_CLASS_RE.test(attr);
  if (!isDeck) return null;
  const text = headingText(next);
  const words = wordCount(text);
  if (words < 3 || words > 40 || isNonHeadline(text) || text === headline) return null;
  const firstLink = next.querySelector('a');
  if (firstLink && (firstLink.textContent ?? '').length > text.length * 0.3) return null;
  return text;
}

/** The last heading-like text above the article body: where old pages put the headline. */
function findHeadingAboveBody(els: NodeListOf<Element>, lead: Element, site: SiteContext, pageUrl: URL | null): HeadingLike | null {
  // Old table layouts put headline and text in one <td>: then the headline is the first heading-like
  // element inside the body block.
  const leadTag = lead.tagName.toUpperCase();
  const leadIsContainer = leadTag !== 'P' && leadTag !== 'PRE';
  const locate = createPositionFinder(lead);
  let above: HeadingLike | null = null;
  for (let i = 0, end = els.length; i < end && i < MAX_HEADING_LIKE; i++) {
    const el = els[i];
    if (!el) continue;
    // Skip the body's ancestors; stop once past the body.
    const position = locate(el);
    if (position === 'ancestor' || position === 'same') continue;
    const inside = position === 'inside';
    if (!inside && position !== 'before') break;
    if (inside && !leadIsContainer) break;
    const found = readHeadingLike(el, site, pageUrl);
    if (!found) continue;
    // A container's first heading is the headline unless it is a plain label under a strong heading
    // standing right above the container (a poll or ad box opening the cell).
    if (inside) return found.strong || !above?.strong ? found : above;
    above = found;
  }
  return above;
}

/** The first heading-like element (document order) whose text agrees with one of the references, above
 *  the end of the body's first block (`lead`) when there is one: below it are related-story boxes. */
function findAgreeingHeadingLike(els: NodeListOf<Element>, refs: string[], site: SiteContext, pageUrl: URL | null, lead: Element | null): HeadingLike | null {
  const refTokens = refs.map(tokenize);
  for (let i = 0, end = countUpTo(els, lead); i < end && i < MAX_HEADING_LIKE; i++) {
    const el = els[i];
    if (!el || el.children.length > MAX_HEADING_CHILDREN) continue;
    const text = headingText(el);
    if (text.length < 4 || text.length > 400) continue;
    const tokens = tokenize(text);
    const agrees = refs.some((r, k) => tokenListF1(tokens, refTokens[k] ?? []) >= MIN_AGREEMENT_F1 || isWrappedHeadline(text, r));
    if (!agrees) continue;
    const found = readHeadingLike(el, site, pageUrl);
    if (found) return found;
  }
  return null;
}

/** A short heading over a list of links ("In Tomorrow's Paper", "Write comment"): a widget's label. */
function isWidgetLabel(el: Element, text: string): boolean {
  if (wordCount(text) > 5) return false;
  const next = el.nextElementSibling;
  if (next && /^(?:UL|OL|MENU|DL|SELECT|FORM|TEXTAREA|INPUT)$/.test(next.tagName.toUpperCase())) return true;
  const box = el.parentElement;
  return box !== null && box.getElementsByTagName('a').length >= 3 && (box.textContent ?? '').length < 600;
}

/** Whether the link points at the page itself: blogs link their post's headline to its permalink. */
function isPermalink(link: Element, pageUrl: URL | null): boolean {
  if (/(?:^|\s)bookmark(?:\s|$)/i.test(link.getAttribute('rel') ?? '')) return true;
  const href = link.getAttribute('href');
  if (!pageUrl || !href || href.startsWith('#')) return false;
  try {
    const target = new URL(href, pageUrl);
    return target.pathname === pageUrl.pathname && target.search === pageUrl.search && target.host === pageUrl.host;
  } catch {
    return false;
  }
}

function readHeadingLike(el: Element, site: SiteContext, pageUrl: URL | null): HeadingLike | null {
  if (el.children.length > MAX_HEADING_CHILDREN || el.closest('a')) return null;
  const text = headingText(el);
  const words = wordCount(text);
  if (words < 2 || words > 30 || text.length < 8) return null;
  const firstLink = el.querySelector('a');
  // A heading that links elsewhere is a teaser; one linking to this very page is its headline.
  const permalink = firstLink !== null && isPermalink(firstLink, pageUrl);
  if (firstLink && !permalink && (firstLink.textContent ?? '').length > text.length * 0.5) return null;
  if (isNonHeadline(text) || isGenericTitle(text) || isDateLine(text) || /[:：]$/.test(text)) return null;
  if (!isVisibleContent(el) || isSiteNameOnly(text, site) || isWidgetLabel(el, text)) return null;
  const tag = el.tagName.toUpperCase();
  const attr = `${el.getAttribute('class') ?? ''} ${el.getAttribute('id') ?? ''}`;
  // Big type counts as a heading on pages from before CSS: <font size="+2"> / size="4".
  const bigFont = tag === 'FONT' && /^\+[1-9]|^[4-7]$/.test(el.getAttribute('size') ?? '');
  const strong =
    permalink ||
    tag === 'H1' || tag === 'H2' || tag === 'H3' || bigFont || (HEADLINE_CLASS_RE.test(attr) && !NOT_HEADLINE_CLASS_RE.test(attr));
  return { text, strong, el };
}

/** Headlines in social share links ("…submit?url=…&title=Headline"), a copy of the headline that old
 *  pages carry even when their <title> is broken. */
function readShareLinkTitle(doc: Document): string | null {
  const links = doc.querySelectorAll('a[href*="title="]');
  for (let i = 0; i < links.length && i < 20; i++) {
    const href = links[i]?.getAttribute('href') ?? '';
    const match = /[?&](?:amp;)?title=([^&#]{8,300})/.exec(href);
    if (!match?.[1]) continue;
    let text = match[1].replace(/\+/g, ' ');
    try {
      text = decodeURIComponent(text);
    } catch {
      // keep the raw text
    }
    text = cleanText(text);
    if (wordCount(text) >= 2 && !/^https?:/.test(text)) return text;
  }
  return null;
}

/** A <title> that swallowed markup (unclosed in the source) says nothing. */
function isBrokenTitle(title: string): boolean {
  return title.length > 300 || (title.includes('<') && /<\/?[a-z][^>]*>|<!--/i.test(title));
}


/** Whether `text` is `headline` wrapped in a label, site name or date ("Music- X", "Site : Section : X"). */
function isWrappedHeadline(text: string, headline: string): boolean {
  if (headline.length >= text.length || wordCount(headline) < 2) return false;
  const idx = text.toLowerCase().indexOf(headline.toLowerCase());
  if (idx < 0) return false;
  const prefix = text.slice(0, idx);
  const suffix = text.slice(idx + headline.length);
  if (wordCount(`${prefix} ${suffix}`) > 6) return false;
  const prefixOk = prefix.trim() === '' || /[|:\-–—>»·•]\s*$/.test(prefix) || stripLeadingDate(`${prefix.trim()} x`) === 'x';
  const suffixOk = suffix.trim() === '' || /^\s*[|:\-–—<«·•(]/.test(suffix);
  return prefixOk && suffixOk;
}


/** Slug words of the URL's most headline-like path segment (empty when there is none). */
function urlSlugText(url: URL | null): string {
  if (!url) return '';
  let best = '';
  for (const seg of url.pathname.split('/')) {
    let decoded = seg;
    try {
      decoded = decodeURIComponent(seg);
    } catch {
      // keep raw
    }
    const words = decoded.replace(/\.[a-z]{2,5}$/i, '').split(/[-_+]+/).filter((w) => LETTER_RE.test(w));
    if (words.length >= 3 && words.join(' ').length > best.length) best = words.join(' ');
  }
  return best;
}

/** Characters of the article body's opening compared with headline candidates. */
const LEAD_OPENING_CHARS = 500;
/** Share of a candidate's content words found in the body's opening from which it is "about" the body. */
const MIN_LEAD_OVERLAP = 0.3;
/** Words shorter than this (characters) are mostly function words: not counted in the overlap. */
const MIN_CONTENT_WORD_CHARS = 4;

/** Share of the text's content words (stems of 4+ characters) that occur in `opening`. */
function measureContentOverlap(text: string, opening: string): number {
  const words = tokenize(text).filter((t) => t.length >= MIN_CONTENT_WORD_CHARS);
  if (words.length === 0) return 0;
  const body = new Set(tokenize(opening).filter((t) => t.length >= MIN_CONTENT_WORD_CHARS).map((t) => t.slice(0, 5)));
  let hits = 0;
  for (const w of words) if (body.has(w.slice(0, 5))) hits++;
  return hits / words.length;
}

/** Token F1 from which an <h1> and a later heading together make up the title. */
const JOINED_TITLE_MIN_F1 = 0.9;

/** A title printed on the page as an <h1> plus a second heading under it ("Headline, Says Deck - Site"
 *  with "Headline" in the <h1> and "Says Deck" in an <h2>): the title is the whole headline, where the
 *  second heading alone would be only its tail. */
function findJoinedTitle(
  tail: DomCandidate,
  candidates: readonly DomCandidate[],
  refs: readonly string[],
  refTokens: readonly string[][],
): { text: string; h1: DomCandidate } | null {
  for (const c of candidates) {
    if (c.kind !== 'h1' || c === tail || wordCount(c.text) < 2) continue;
    const tokens = tokenize(`${c.text} ${tail.text}`);
    for (let i = 0; i < refs.length; i++) {
      const ref = refs[i];
      if (ref && tokenListF1(tokens, refTokens[i] ?? []) >= JOINED_TITLE_MIN_F1 && tokenContainment(c.text, ref) === 1) {
        return { text: ref, h1: c };
      }
    }
  }
  return null;
}

/** Picks the headline; `site` lets the cleanup recognise the site's name in titles; `readLead` gives the
 *  first long prose block (the article body starts there), asked only when no heading agrees with the
 *  metadata (finding it walks the page's text); `url` gives the slug as a tie-breaker. */
export function chooseHeadline(
  doc: Document,
  sources: HeadlineSources,
  site: SiteContext,
  readLead: () => Element | null = () => null,
  url: URL | null = null,
): HeadlineChoice {
  // JSON-LD, og: and twitter: titles are mostly one string: cleaned once.
  let raw = '';
  let text = '';
  const metaClean = sources.meta
    .map((m) => {
      if (m.text !== raw) text = cleanHeadline((raw = m.text), site);
      return { text, raw: cleanText(raw), source: m.source };
    })
    .filter((m) => m.text && !isSiteNameOnly(m.text, site));
  const titleRawFull = cleanText(sources.title);
  const titleRaw = isBrokenTitle(titleRawFull) ? '' : titleRawFull;
  const titleClean = titleRaw && !isSiteNameOnly(titleRaw, site) ? cleanHeadline(titleRaw, site) : '';
  const collector = createCollector(site);
  collectH1Candidates(doc, collector);
  const candidates = collector.out;

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
  const refTokens = refs.map(tokenize);

  type Ranked = { c: DomCandidate; score: number };
  // (cast: assigned inside `rank`, which TypeScript's narrowing does not follow)
  let best = null as Ranked | null;
  const rank = (from: number): void => {
    for (let k = from; k < candidates.length; k++) {
      const c = candidates[k];
      // A site tagline repeated in an <h1> ("Local Sports Wire") agrees with a tagline <title>: no headline.
      if (!c || isGenericTitle(c.text) || UI_LABEL_RE.test(c.text)) continue;
      const tokens = tokenize(c.text);
      let agreement = 0;
      for (const ref of refTokens) agreement = Math.max(agreement, tokenListF1(tokens, ref));
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
  };
  rank(0);
  // An agreeing <h1> decides: the costlier classed/h2/h3 look (and the share-link copy) only run
  // when it does not.
  let shareClean = '';
  let marked: NodeListOf<Element> | undefined;
  if (!best) {
    const h1End = candidates.length;
    // Without a title or metadata to agree with, any headline-classed element may be the fallback.
    marked = collectOtherCandidates(doc, collector, refs.length > 0 ? readLead() : null);
    const shareTitle = readShareLinkTitle(doc);
    shareClean = shareTitle ? cleanHeadline(shareTitle, site) : '';
    if (shareClean) {
      refs.push(shareClean);
      rawRefs.push(shareTitle ?? '');
      refTokens.push(tokenize(shareClean));
      rank(0);
    } else rank(h1End);
  }
  const result = (headline: string, source: string, agrees = false, h1 = false, el: Element | null = null): HeadlineChoice => ({
    headline,
    source,
    headingAgrees: agrees,
    h1Agrees: h1,
    deck: el ? findDeck(el, headline) : null,
    element: el,
    marked,
  });
  if (best) {
    // A heading that holds the headline plus extras (a date, a section label) yields to the cleaned
    // metadata/title it contains.
    const text = best.c.text;
    // …unless the metadata carries the heading word for word: then its "extras" are part of the headline
    // ("Silver Society – The young old people" in both the <h1> and og:title).
    const verbatim = metaClean.some((m) => m.raw === text) || (titleRaw === text && titleClean !== '' && !/[|«»]/.test(titleRaw));
    const inner = verbatim ? undefined : refs.find((r) => isWrappedHeadline(text, r));
    const joined = best.c.kind === 'h1' ? null : findJoinedTitle(best.c, candidates, refs, refTokens);
    if (joined) return { ...result(joined.text, 'title-joined', true, true, joined.h1.el), deck: null };
    return result(inner ?? text, best.c.kind, true, best.c.kind === 'h1', best.c.el);
  }

  const lead = readLead();
  const locate = lead ? createPositionFinder(lead) : null;
  const beforeLead = (c: DomCandidate): boolean => {
    if (!locate) return true;
    const position = locate(c.el);
    return position === 'before' || position === 'ancestor';
  };
  const plausible = candidates.filter((c) => !isNonHeadline(c.text) && beforeLead(c));

  // A single visible <h1> above the article body is the display headline even when the SEO title and
  // og:title differ from it (sites write separate social/search titles).
  const h1Texts = new Set(plausible.filter((c) => c.kind === 'h1' && !isLogoHeading(c.el)).map((c) => c.text));
  const soloH1 = h1Texts.size === 1 ? plausible.find((c) => c.kind === 'h1' && !isLogoHeading(c.el)) : undefined;
  if (soloH1 && wordCount(soloH1.text) >= 2 && !isGenericTitle(soloH1.text)) {
    return result(refs.find((r) => isWrappedHeadline(soloH1.text, r)) ?? soloH1.text, 'h1', false, false, soloH1.el);
  }

  const firstMeta = metaClean[0];
  if (firstMeta) return result(firstMeta.text, firstMeta.source);

  // Old pages set their headline in <b>/<font>/classed cells: one of them repeating the title confirms it.
  // Both searches below walk the same heading-like elements: one whole-document query for the two.
  let headingLike: NodeListOf<Element> | null = null;
  const readHeadingLikeElements = (): NodeListOf<Element> => (headingLike ??= doc.querySelectorAll(HEADING_LIKE_SELECTOR));
  const confirmed = refs.length > 0 ? findAgreeingHeadingLike(readHeadingLikeElements(), refs, site, url, lead) : null;
  if (confirmed) {
    const text = refs.find((r) => isWrappedHeadline(confirmed.text, r)) ?? confirmed.text;
    return result(text, 'title-confirmed', true, false, confirmed.el);
  }

  // The heading nearest above the body, for pages whose <title> is a site-wide tagline or missing.
  const aboveBody = lead ? findHeadingAboveBody(readHeadingLikeElements(), lead, site, url) : null;
  if (titleClean) {
    const slug = urlSlugText(url);
    const slugFits = slug !== '' && tokenContainment(slug, titleClean) >= 0.5;
    // No heading on the page repeats the title: a strong heading right above the body is the better bet.
    let titleFits = slugFits || (!isGenericTitle(titleClean) && !(aboveBody?.strong ?? false));
    if (!slugFits && aboveBody && lead && !lead.contains(aboveBody.el)) {
      const opening = (lead.textContent ?? '').slice(0, LEAD_OPENING_CHARS);
      const titleShare = measureContentOverlap(titleClean, opening);
      const headingShare = measureContentOverlap(aboveBody.text, opening);
      // A headline names what its first paragraph is about; a site tagline or section title does not.
      if (headingShare >= MIN_LEAD_OVERLAP && titleShare === 0) titleFits = false;
      else if (titleShare >= MIN_LEAD_OVERLAP && headingShare === 0) titleFits = true;
    }
    if (titleFits || !aboveBody) return result(titleClean, 'title');
  }
  // The page's own share links name the headline; a heading guessed above the body only when strong.
  if (shareClean && !aboveBody?.strong) return result(shareClean, 'share-link');
  if (aboveBody) return result(aboveBody.text, 'above-body', false, false, aboveBody.el);
  const usable = candidates.filter((c) => !isNonHeadline(c.text) && !isGenericTitle(c.text));
  const fallback = usable.find((c) => c.kind === 'h1') ?? usable.find((c) => c.kind !== 'h3');
  if (fallback) return result(fallback.text, fallback.kind, false, false, fallback.el);
  return result('', 'none');
}
