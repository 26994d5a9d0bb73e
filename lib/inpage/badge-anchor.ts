// Where the in-page badge goes: the visible element that shows the headline, else nowhere (the caller
// then shows a corner pill). Runs in the content script; reads the DOM it is given, never mutates it.

/** Headline elements whose text shares fewer tokens than this with the extracted headline are not anchors. */
const MIN_HEADLINE_OVERLAP = 0.6;
/** The most candidate elements inspected (keeps the cost flat on huge pages). */
const MAX_CANDIDATES = 20;

function tokens(text: string): string[] {
  return text
    .normalize('NFKC')
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter((t) => t.length > 1);
}

/** Share of the headline's tokens found in `text` (0..1). */
export function headlineOverlap(headline: string, text: string): number {
  const want = tokens(headline);
  if (!want.length) return 0;
  const have = new Set(tokens(text));
  return want.filter((t) => have.has(t)).length / want.length;
}

/** The element showing `headline` (h1 first, then h2 and headline-ish classes), or null. */
export function findBadgeAnchor(doc: Document, headline: string): Element | null {
  const candidates = doc.querySelectorAll('h1, [itemprop="headline"], h2, [class*="headline" i]');
  let best: Element | null = null;
  let bestScore = MIN_HEADLINE_OVERLAP;
  const limit = Math.min(candidates.length, MAX_CANDIDATES);
  for (let i = 0; i < limit; i++) {
    const el = candidates[i]!;
    const text = el.textContent ?? '';
    if (text.length > headline.length * 3 + 40) continue; // a container, not the headline itself
    const score = headlineOverlap(headline, text) + (el.tagName === 'H1' ? 0.05 : 0);
    if (score > bestScore) {
      best = el;
      bestScore = score;
    }
  }
  return best;
}
