// Resolves links found in feeds against their base and keeps only http(s) ones
// (javascript:, data:, file: and friends are dropped). Runs in worker and CLI; pure, uses URL only.

/** Longest link kept; longer ones are junk or an attack on storage. */
const MAX_URL_CHARS = 2048;

/** Absolute http(s) URL for `href` relative to `base` (itself resolved), or null. */
export function resolveHttpUrl(href: string | null | undefined, base?: string | null): string | null {
  if (!href) return null;
  const trimmed = href.trim();
  if (trimmed === '' || trimmed.length > MAX_URL_CHARS) return null;
  let url: URL;
  try {
    url = base ? new URL(trimmed, base) : new URL(trimmed);
  } catch {
    return null;
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return null;
  if (!url.hostname) return null;
  // user:password@ in a shown link is a phishing device ("https://bank.com@evil.example").
  url.username = '';
  url.password = '';
  return url.href;
}

/** A base URL for resolving: `href` resolved against `base`, whatever its scheme, or the old base. */
export function resolveBase(href: string | null | undefined, base?: string | null): string | null {
  if (!href) return base ?? null;
  try {
    return (base ? new URL(href.trim(), base) : new URL(href.trim())).href;
  } catch {
    return base ?? null;
  }
}
