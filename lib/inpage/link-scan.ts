// Finds the links on a page that may lead to news articles, with their real target URL.
// Runs in the content script; reads the DOM it is given (never mutates it), in bounded batches.

import {
  GENERIC_LINK_SELECTOR,
  MAX_HEADLINE_CHARS,
  MIN_HEADLINE_CHARS,
  MIN_HEADLINE_WORDS,
  type LinkSiteRule,
} from './link-sites';

export interface NewsLink {
  anchor: HTMLAnchorElement;
  /** Absolute http(s) URL of the article the link leads to. */
  url: string;
}

/** Ancestors whose links are navigation, never headlines. */
const CHROME_SELECTOR = 'nav, footer, header nav, [role="navigation"], [role="menu"], [aria-hidden="true"]';

function httpUrl(href: string, base: URL): URL | null {
  try {
    const u = new URL(href, base);
    return u.protocol === 'http:' || u.protocol === 'https:' ? u : null;
  } catch {
    return null;
  }
}

function resolveTargetUrl(href: string, pageUrl: URL, unwrapParam?: string): URL | null {
  const u = httpUrl(href, pageUrl);
  if (!u) return null;
  if (unwrapParam) {
    const inner = u.searchParams.get(unwrapParam);
    if (inner && /^https?:\/\//i.test(inner)) return httpUrl(inner, pageUrl);
  }
  return u;
}

/** The URL a link really leads to (site wrappers like Google's /url?q= unwrapped). */
export function resolveLinkTarget(href: string, pageUrl: URL, unwrapParam?: string): string | null {
  return resolveTargetUrl(href, pageUrl, unwrapParam)?.href ?? null;
}

/** Whether single-spaced `text` has at least `min` words (counts spaces; no array per link). */
function hasWords(text: string, min: number): boolean {
  let at = -1;
  for (let words = 1; words < min; words++) {
    at = text.indexOf(' ', at + 1);
    if (at < 0) return false;
  }
  return true;
}

/** Generic rule: the link's text reads like a headline and it leads to a path, not a home page. */
export function isHeadlineLink(anchor: HTMLAnchorElement, target: URL): boolean {
  if (target.pathname.length <= 1) return false;
  const text = (anchor.textContent ?? '').replace(/\s+/g, ' ').trim();
  if (text.length < MIN_HEADLINE_CHARS || text.length > MAX_HEADLINE_CHARS) return false;
  if (!hasWords(text, MIN_HEADLINE_WORDS)) return false;
  return anchor.closest(CHROME_SELECTOR) === null;
}

/** Links found per call however little time is left (a busy page still gets its chips, slice by slice). */
export const SCAN_MIN_LINKS = 50;
/** Anchors examined between two looks at the time left. */
const SCAN_TIME_CHECK_EVERY = 50;

/**
 * Collects news links under `root` not yet in `seen` (which it updates), at most `limit` of them, and stops
 * early (after SCAN_MIN_LINKS) once `hasTime` says the idle period is used up.
 * With a site rule only the rule's anchors count; without one, the generic headline rule applies.
 */
export function collectNewsLinks(
  root: ParentNode,
  pageUrl: URL,
  rule: LinkSiteRule | null,
  seen: WeakSet<Element>,
  limit: number,
  hasTime: () => boolean = () => true,
): NewsLink[] {
  const found: NewsLink[] = [];
  const pageHref = pageUrl.href;
  const anchors = root.querySelectorAll<HTMLAnchorElement>(rule ? rule.links : GENERIC_LINK_SELECTOR);
  for (let i = 0; i < anchors.length && found.length < limit; i++) {
    if (i % SCAN_TIME_CHECK_EVERY === 0 && found.length >= SCAN_MIN_LINKS && !hasTime()) break;
    const anchor = anchors[i]!;
    if (seen.has(anchor)) continue;
    seen.add(anchor);
    const href = anchor.getAttribute('href');
    if (!href) continue;
    // One URL parse per link (this loop runs over every link of the page).
    const target = resolveTargetUrl(href, pageUrl, rule?.unwrapParam);
    if (!target) continue;
    if (!rule && !isHeadlineLink(anchor, target)) continue;
    const url = target.href;
    if (url === pageHref) continue;
    found.push({ anchor, url });
  }
  return found;
}
