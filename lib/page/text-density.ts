// Cheap text-density measures in the spirit of Readability's isProbablyReaderable (long paragraphs,
// not a full parse), listing indicators (teaser links) and the leading body text. Runs in the content
// script and the CLI; reads the given document only and never modifies it.

import { createPositionFinder, precedes } from './dom-order';
import { collapseSpace } from './text-normalize';

/** Paragraphs shorter than this (characters) do not count as body text (Readability uses 140). */
export const MIN_PARAGRAPH_CHARS = 140;
/** Paragraphs at least this long (characters) may start the extracted lead. */
const MIN_LEAD_PARAGRAPH_CHARS = 60;
/** Length of the extracted leading body text (characters). */
export const BODY_TEXT_CHARS = 1000;
/** Link text share above which a block is navigation, not prose. */
const MAX_LINK_DENSITY = 0.4;
/** At most this many blocks are measured (keeps huge pages cheap). */
const MAX_BLOCKS = 400;

const UNLIKELY_RE = /-ad-|ai2html|banner|breadcrumbs|combx|comment|community|cover-wrap|disqus|extra|footer|gdpr|legends|menu|related|remark|replies|rss|shoutbox|sidebar|skyscraper|social|sponsor|supplemental|ad-break|agegate|pagination|pager|popup|yom-remote|cookie|consent|newsletter|promo/i;
const MAYBE_RE = /and|article|body|column|content|main|mathjax|shadow|story|text/i;
// Not FORM: ASP.NET pages wrap the whole body in one.
const NON_CONTENT_ANCESTORS = new Set(['NAV', 'FOOTER', 'ASIDE', 'HEADER', 'LI', 'BUTTON', 'LABEL', 'SELECT']);

export interface TextStats {
  /** Sum of sqrt(length - 140) over long prose blocks (Readability: > 20 means readerable). */
  readerableScore: number;
  /** Prose blocks of at least MIN_PARAGRAPH_CHARS. */
  longParagraphs: number;
  /** Characters in prose blocks. */
  proseChars: number;
  /** Links inside headings (h1–h4) with headline-sized text: teasers of a listing page. */
  teaserLinks: number;
  /** Password inputs (login / registration walls); counted only below DENSE_TEXT_SCORE (0 above). */
  passwordInputs: number;
  /** The leading body text, about BODY_TEXT_CHARS characters. */
  bodyText: string;
  /** The first long prose block (where the article body starts), if any. */
  leadElement: Element | null;
  /** Share of the readerable score found in the single best container (articles keep their prose
   *  together; product pages and records scatter it). */
  bodyShare: number;
}

/** CJK characters carry about three Latin characters' worth of text; weigh them so. */
const CJK_RE = /[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af\uf900-\ufaff]/g;
const CJK_WEIGHT = 3;

// The same class without the global flag (whose lastIndex makes `test` stateful), built from it: the
// content script's size budget is tight.
const HAS_CJK_RE = new RegExp(CJK_RE.source);

function effectiveLength(text: string): number {
  // The test allocates nothing; the match builds an array of every CJK character.
  if (!HAS_CJK_RE.test(text)) return text.length;
  const cjk = text.match(CJK_RE)?.length ?? 0;
  return text.length + cjk * (CJK_WEIGHT - 1);
}

/** Whether the element hides itself (hidden, aria-hidden, inline display:none / visibility:hidden). */
export function isHidden(el: Element): boolean {
  if (el.hasAttribute('hidden') || el.getAttribute('aria-hidden') === 'true') return true;
  const style = el.getAttribute('style');
  return style != null && /display\s*:\s*none|visibility\s*:\s*hidden/i.test(style);
}

/** Whether the block sits in page chrome (nav, footer, form, list item…), checked up to a few levels. */
function isInChrome(el: Element): boolean {
  let node: Element | null = el.parentElement;
  for (let depth = 0; node && depth < 8; depth++, node = node.parentElement) {
    const tag = node.tagName.toUpperCase();
    if (NON_CONTENT_ANCESTORS.has(tag)) return true;
    if (tag === 'ARTICLE' || tag === 'MAIN') return false;
  }
  return false;
}

function linkTextLength(el: Element): number {
  const links = el.getElementsByTagName('a');
  let n = 0;
  for (let i = 0, end = links.length; i < end; i++) n += (links[i]?.textContent ?? '').length;
  return n;
}


/** Class of a table cell that holds body text. */
const TEXT_CELL_CLASS_RE = /text|body|story|article|content/i;

/** Visits prose-like blocks — <p>, containers of <br>-separated text (old table layouts), text cells,
 *  <pre> — in that order, until `visit` returns true (the measures are settled) or MAX_BLOCKS. */
function walkBlocks(doc: Document, visit: (block: Element) => boolean | void): void {
  let n = 0;
  const paragraphs = doc.getElementsByTagName('p');
  for (let i = 0, end = paragraphs.length; i < end && n < MAX_BLOCKS; i++, n++) if (visit(paragraphs[i]!)) return;
  const seen = new Set<Element>();
  const brs = doc.getElementsByTagName('br');
  for (let i = 0, end = brs.length; i < end && n < MAX_BLOCKS; i++) {
    const parent = brs[i]?.parentElement;
    if (!parent || seen.has(parent)) continue;
    seen.add(parent);
    const tag = parent.tagName.toUpperCase();
    if ((tag === 'DIV' || tag === 'TD' || tag === 'FONT' || tag === 'SPAN') && (n++, visit(parent))) return;
  }
  // Table layouts that set each paragraph in a cell of its own, classed as text ("bodyText"), with
  // neither <p> nor <br>.
  const cells = doc.getElementsByTagName('td');
  for (let i = 0, end = cells.length; i < end && n < MAX_BLOCKS; i++) {
    const td = cells[i]!;
    // A cell of prose only: not a layout cell around paragraphs, tables or scripts.
    if (!seen.has(td) && TEXT_CELL_CLASS_RE.test(td.className) && !td.querySelector('p,table,script') && (n++, visit(td))) return;
  }
  const pres = doc.getElementsByTagName('pre');
  for (let i = 0, end = pres.length; i < end && n < MAX_BLOCKS; i++, n++) if (visit(pres[i]!)) return;
}

/** A block accepted as prose, with its cleaned text. */
interface ProseBlock {
  block: Element;
  text: string;
  length: number;
  parent: Element | null;
}

/** The ancestor-walk answer of the last block's parent: sibling paragraphs share it. */
interface ChromeMemo {
  parent: Element | null;
  answer: boolean;
}

/** The block as prose, or null when it is unlikely by its class, hidden, short, in chrome or mostly links. */
function readProseBlock(block: Element, memo: ChromeMemo): ProseBlock | null {
  // Most body paragraphs carry no attributes at all: nothing to read then.
  if (block.hasAttributes()) {
    const cls = block.getAttribute('class');
    const id = block.getAttribute('id');
    if (cls || id) {
      const matchString = `${cls ?? ''} ${id ?? ''}`;
      if (UNLIKELY_RE.test(matchString) && !MAYBE_RE.test(matchString)) return null;
    }
    if (isHidden(block)) return null;
  }
  const raw = block.textContent ?? '';
  // Even all-CJK text this short stays under the lead length: skip the whitespace cleanup.
  if (raw.length * CJK_WEIGHT < MIN_LEAD_PARAGRAPH_CHARS) return null;
  // The ancestor walk allocates nothing: before the text cleanup, which copies the block's text.
  const parent = block.parentElement;
  if (parent !== memo.parent || parent === null) {
    memo.parent = parent;
    memo.answer = isInChrome(block);
  }
  if (memo.answer) return null;
  const text = collapseSpace(raw);
  const length = effectiveLength(text);
  if (length < MIN_LEAD_PARAGRAPH_CHARS) return null;
  if (block.childElementCount > 0 && linkTextLength(block) / text.length > MAX_LINK_DENSITY) return null;
  return { block, text, length, parent };
}

/** Joins lead blocks into the leading body text, cut at a word near BODY_TEXT_CHARS. */
function joinLeadText(parts: string[]): string {
  const bodyText = parts.join(' ');
  if (bodyText.length <= BODY_TEXT_CHARS) return bodyText;
  const cut = bodyText.lastIndexOf(' ', BODY_TEXT_CHARS);
  return `${bodyText.slice(0, cut > BODY_TEXT_CHARS * 0.8 ? cut : BODY_TEXT_CHARS)}…`;
}

export interface LeadText {
  bodyText: string;
  leadElement: Element;
}

/**
 * The leading body text after `start` (the page's headline), read from the paragraphs that follow it
 * only until BODY_TEXT_CHARS are collected. The body starts at the first long prose paragraph after the
 * headline that has prose siblings (a lone paragraph is a caption, an author bio or a promo box) and
 * goes on through its siblings. For pages whose metadata already decided that they are articles: no
 * density measures, so no walk over the whole page. Null when no such body follows the headline.
 */
export function measureLeadText(doc: Document, start: Element): LeadText | null {
  const paragraphs = doc.getElementsByTagName('p');
  const locate = createPositionFinder(start);
  const memo: ChromeMemo = { parent: null, answer: false };
  let isPastStart = false;
  let lead: ProseBlock | null = null;
  let hasSibling = false;
  let parts: string[] = [];
  let leadChars = 0;
  for (let i = 0, end = paragraphs.length; i < end && i < MAX_BLOCKS; i++) {
    const p = paragraphs[i];
    if (!p) continue;
    // Paragraphs come in document order: once one lies after the headline, all later ones do.
    if (!isPastStart) {
      if (locate(p) !== 'after') continue;
      isPastStart = true;
    }
    // Once the body is found, only its paragraphs count.
    if (hasSibling && p.parentElement !== lead?.parent) continue;
    const prose = readProseBlock(p, memo);
    if (!prose) continue;
    if (lead && prose.parent === lead.parent) {
      hasSibling = true;
      parts.push(prose.text);
      leadChars += prose.text.length + 1;
    } else {
      // Not beside the current candidate: a long paragraph elsewhere becomes the new candidate.
      if (prose.length < MIN_PARAGRAPH_CHARS) continue;
      lead = prose;
      parts = [prose.text];
      leadChars = prose.text.length + 1;
    }
    if (leadChars >= BODY_TEXT_CHARS) break;
  }
  if (!lead || (!hasSibling && leadChars < BODY_TEXT_CHARS)) return null;
  return { bodyText: joinLeadText(parts), leadElement: lead.block };
}

/** Readerable score of one container from which its text is the article body beyond doubt ("dense"). */
export const DENSE_TEXT_SCORE = 40;
/** Long paragraphs from which a container is an article body: one long block may be a whole page, and
 *  a live blog's or forum's posts hold a few each. */
const MIN_BODY_PARAGRAPHS = 5;
/** Prose characters per teaser link below which a page counts as a listing. */
export const TEASER_PROSE_CHARS = 250;

/** A container's long prose blocks: their readerable score, count and characters. */
interface BodyTally {
  parent: Element;
  /** Its first long block (walk order: document order but for <br> containers and <pre>). */
  lead: Element;
  score: number;
  count: number;
  /** Characters of text (CJK counted once). */
  chars: number;
}

/** Measures prose and listing indicators of the document. The walk stops once one container holds a
 *  dense body with the lead's worth of text and most of the score so far: the later blocks (comments,
 *  related links, footers) could change the figures but none of the decisions taken on them. */
export function measureText(doc: Document): TextStats {
  let teaserLinks = 0;
  const headings = doc.querySelectorAll('h2,h3,h4');
  for (let i = 0, end = headings.length; i < end; i++) {
    // (querySelector: no live collection made and registered for each heading)
    const a = headings[i]!.querySelector('a');
    if (a && (a.textContent ?? '').trim().length >= 20) teaserLinks++;
  }
  let readerableScore = 0;
  let longParagraphs = 0;
  let proseChars = 0;
  const accepted: ProseBlock[] = [];
  // The body is where long prose blocks cluster: score each parent by its long blocks (as Readability
  // scores candidates, but one level only).
  const parents = new Map<Element, BodyTally>();
  // (cast: assigned inside the callback, which narrowing does not follow)
  let body = null as BodyTally | null;
  // Sibling paragraphs share their parent, and so the answer of the ancestor walk (which starts there).
  const memo: ChromeMemo = { parent: null, answer: false };
  // Indexed loops: this runs mostly in the interpreter, where each step of an iterator allocates.
  walkBlocks(doc, (block) => {
    const prose = readProseBlock(block, memo);
    if (!prose) return;
    const { length, parent } = prose;
    proseChars += length;
    accepted.push(prose);
    if (length < MIN_PARAGRAPH_CHARS) return;
    longParagraphs++;
    const points = Math.sqrt(length - MIN_PARAGRAPH_CHARS);
    readerableScore += points;
    if (!parent) return;
    let tally = parents.get(parent);
    if (!tally) parents.set(parent, (tally = { parent, lead: prose.block, score: 0, count: 0, chars: 0 }));
    tally.score += points;
    tally.count++;
    tally.chars += prose.text.length;
    if (tally.score > (body?.score ?? 0)) body = tally;
    return (
      tally === body &&
      body.score >= DENSE_TEXT_SCORE &&
      body.score * 2 >= readerableScore &&
      body.count >= MIN_BODY_PARAGRAPHS &&
      body.chars >= BODY_TEXT_CHARS &&
      proseChars > teaserLinks * TEASER_PROSE_CHARS
    );
  });
  const bodyParent = body?.parent;
  const bodyBlocks = bodyParent ? accepted.filter((a) => a.parent === bodyParent) : accepted;
  const leadElement = body?.lead ?? null;
  const leadParts: string[] = [];
  let leadChars = 0;
  for (let i = 0; i < bodyBlocks.length; i++) {
    const a = bodyBlocks[i]!;
    if (leadChars >= BODY_TEXT_CHARS) break;
    if (leadElement && a.block !== leadElement && precedes(a.block, leadElement)) continue;
    leadParts.push(a.text);
    leadChars += a.text.length + 1;
  }
  const bodyText = joinLeadText(leadParts);

  return {
    readerableScore,
    longParagraphs,
    proseChars,
    teaserLinks,
    // Asked only below a dense body (the password-form signal): spares a whole-document query.
    passwordInputs: readerableScore < DENSE_TEXT_SCORE ? doc.querySelectorAll('input[type=password i]').length : 0,
    bodyText,
    leadElement,
    // (a body holds a long paragraph: the score is positive)
    bodyShare: body ? body.score / readerableScore : 0,
  };
}
