// Canonical article URLs: the key under which an article is stored and looked up.
// Runs everywhere (page, worker, CLI); pure string/URL work, no I/O.

/** Query parameters that only track the reader and never select content. */
const TRACKING_PARAMS = [
  /^utm_/i,
  /^(fbclid|gclid|dclid|gbraid|wbraid|msclkid|yclid|igshid|mc_cid|mc_eid|_hsenc|_hsmi|mkt_tok)$/i,
  /^(ocid|cmpid|cmp|ncid|ito|at_medium|at_campaign|at_custom\d*|smid|smtyp|rss|rssfeed|feedtype|ref|referrer|src|source|sr_share|share|taid|CMP|intcmp|icid|outputType|sh|ns_mchannel|ns_source|ns_campaign|ns_linkname|ns_fee|xtor|__twitter_impression)$/i,
];

function isTrackingParam(name: string): boolean {
  return TRACKING_PARAMS.some((re) => re.test(name));
}

/**
 * Returns the canonical form of an http(s) article URL, or null when the URL is not http(s).
 * Lowercases the host, drops `www.`, `m.` and `amp.` prefixes, the fragment, default ports,
 * tracking parameters, trailing `/amp` and `index.html`, and sorts the remaining parameters.
 */
export function canonicalizeUrl(input: string, base?: string): string | null {
  let url: URL;
  try {
    url = new URL(input.trim(), base);
  } catch {
    return null;
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return null;
  const host = url.hostname.toLowerCase().replace(/^(www\d?|m|amp|mobile)\./, '');
  // forEach, not [...searchParams]: Firefox content scripts see Xray-wrapped URLs whose iterators fail.
  const entries: [string, string][] = [];
  // (Most article URLs have no query: then spare building the URLSearchParams.)
  if (url.search) url.searchParams.forEach((value, name) => entries.push([name, value]));
  const params = entries
    .filter(([name]) => !isTrackingParam(name))
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  let path = url.pathname.replace(/\/{2,}/g, '/');
  path = path.replace(/\/amp\/?$/i, '/').replace(/\/index\.html?$/i, '/');
  if (path.length > 1 && path.endsWith('/')) path = path.slice(0, -1);
  const query = params.length ? '?' + new URLSearchParams(params).toString() : '';
  // Scheme is normalised to https: the same article is often linked over both.
  return `https://${host}${path}${query}`;
}
