// Cheap page-level cues besides text density: a visible dateline, shop markup, discussion threads.
// Runs in the content script and the CLI; reads the given document only (bounded queries).

/** Elements that usually hold an article's dateline or byline. */
const DATELINE_SELECTOR =
  'time,[class*="date"],[class*="Date"],[id*="date"],[class*="time"],[class*="byline"],[class*="posted"],[class*="publish"],[class*="meta"]';
/** Look at most at this many dateline candidates. */
const MAX_DATELINE_ELEMENTS = 40;
const DATE_TEXT_RE =
  /\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+\d{1,2}(?:st|nd|rd|th)?,?\s+(?:19|20)\d\d\b|\b\d{1,2}\.?\s+(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|januar|februar|märz|mai|juni|juli|oktober|dezember|janvier|février|mars|avril|juin|juillet|août|septembre|octobre|novembre|décembre|enero|febrero|marzo|abril|mayo|junio|julio|agosto|septiembre|octubre|noviembre|diciembre)[a-zé]*\.?,?\s+(?:19|20)\d\d\b|\b(?:19|20)\d\d[-/.](?:0?[1-9]|1[0-2])[-/.](?:0?[1-9]|[12]\d|3[01])\b|\b(?:0?[1-9]|[12]\d|3[01])[./](?:0?[1-9]|1[0-2])[./](?:19|20)?\d\d\b|(?:19|20)\d\d\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日|\b\d+\s+(?:minutes?|hours?|days?)\s+ago\b/i;

/** Whether the page shows a publication date in a dateline/byline-like element. */
export function hasVisibleDateline(doc: Document): boolean {
  const els = doc.querySelectorAll(DATELINE_SELECTOR);
  for (let i = 0; i < els.length && i < MAX_DATELINE_ELEMENTS; i++) {
    const el = els[i];
    if (!el) continue;
    const datetime = el.getAttribute('datetime');
    if (datetime && /(?:19|20)\d\d/.test(datetime)) return true;
    const text = el.textContent ?? '';
    if (text.length <= 200 && DATE_TEXT_RE.test(text)) return true;
  }
  return false;
}

/** Class/id words of shop markup (word-bounded: "cart" but not "cartoon"). */
const COMMERCE_CLASS_RE = /(?:^|[\s_-])(?:cart|add-?to-?cart|price|buy|buying|checkout|basket|isbn|sku|purchase)(?:$|[\s_-])/i;
/** Class fragments of elements that may carry a shop cue (case as written: "cart", "Cart"…). */
const COMMERCE_FRAGMENT_RE = /cart|Cart|price|Price|buy|Buy|isbn|checkout|basket/;
const COMMERCE_ITEMPROPS = new Set(['price', 'isbn', 'offers']);
/** Look at most at this many shop-like elements. */
const MAX_COMMERCE_ELEMENTS = 200;

/** Count of distinct shop cues (cart, price, buy, ISBN…) on the page: product pages, not articles. */
export function countCommerceCues(doc: Document, marked?: NodeListOf<Element>): number {
  const cues = new Set<string>();
  // One simple query and a regex per element: a selector list of class substrings ([class*="cart"],…)
  // costs Chromium a full document match per entry, several times this. (A native pre-query for shop
  // itemprops, to read only classes here, cost as much as it saved.) The headline choice's list of
  // marked elements, when it made one, holds these and a few id-only ones (no cue): no second query.
  const els = marked ?? doc.querySelectorAll('[class],[itemprop]');
  let seen = 0;
  // A collection's length is a DOM call: read once, here and in the other element loops of lib/page.
  for (let i = 0, end = els.length; i < end && seen < MAX_COMMERCE_ELEMENTS; i++) {
    const el = els[i];
    if (!el) continue;
    const cls = el.getAttribute('class') ?? '';
    const itemprop = el.getAttribute('itemprop');
    if (!COMMERCE_FRAGMENT_RE.test(cls) && !(itemprop !== null && COMMERCE_ITEMPROPS.has(itemprop))) continue;
    seen++;
    if (itemprop) cues.add(itemprop);
    const match = COMMERCE_CLASS_RE.exec(cls);
    if (match?.[0]) cues.add(match[0].replace(/[\s_-]/g, '').toLowerCase().replace(/addtocart/, 'cart'));
  }
  return cues.size;
}

/** Look at most at this many code blocks. */
const MAX_CODE_ELEMENTS = 50;

/** Characters in <pre> and <textarea> blocks (code listings, pastes). */
export function measureCodeChars(doc: Document): number {
  const els = doc.querySelectorAll('pre,textarea');
  let total = 0;
  for (let i = 0; i < els.length && i < MAX_CODE_ELEMENTS; i++) total += (els[i]?.textContent ?? '').trim().length;
  return total;
}
