// Finds the outlet behind a URL or id from a prebuilt host/path map (a few Map lookups per call).
// Runs everywhere (worker, page, popup, CLI); pure, no I/O, no DOM, no browser globals.
// Handles subdomains (parent-domain fallback covers www/m/amp/edition/regional hosts), ports,
// punycode/IDN, Google AMP cache hosts and path-specific entries (a section that is another outlet).

import type { Outlet } from './types';

interface PathEntry {
  prefix: string;
  outlet: Outlet;
}

export interface OutletIndex {
  readonly outlets: readonly Outlet[];
  readonly byId: ReadonlyMap<string, Outlet>;
  /** ASCII (punycode) lowercase host -> outlet. */
  readonly byHost: ReadonlyMap<string, Outlet>;
  /** ASCII host -> path entries on that host, longest prefix first. */
  readonly byHostPath: ReadonlyMap<string, readonly PathEntry[]>;
}

const AMP_CACHE_SUFFIX = '.cdn.ampproject.org';
const SCHEME_PATTERN = /^[a-z][a-z0-9+.-]*:/i;

/** Lowercase ASCII form of a host name (IDN -> punycode, trailing dot and port removed); null if invalid. */
export function normalizeHost(host: string): string | null {
  const trimmed = host.trim().replace(/\.$/, '');
  if (!trimmed) return null;
  try {
    return new URL(`http://${trimmed}/`).hostname.replace(/\.$/, '');
  } catch {
    return null;
  }
}

/** Builds the lookup maps; throws when two outlets claim the same host, path or id. */
export function buildOutletIndex(outlets: readonly Outlet[]): OutletIndex {
  const byId = new Map<string, Outlet>();
  const byHost = new Map<string, Outlet>();
  const byHostPath = new Map<string, PathEntry[]>();
  for (const outlet of outlets) {
    if (byId.has(outlet.id)) throw new Error(`duplicate outlet id ${outlet.id}`);
    byId.set(outlet.id, outlet);
    for (const domain of outlet.domains) {
      const host = normalizeHost(domain);
      if (!host) throw new Error(`invalid domain ${domain} in ${outlet.id}`);
      const other = byHost.get(host);
      if (other) throw new Error(`domain ${host} belongs to ${other.id} and ${outlet.id}`);
      byHost.set(host, outlet);
    }
    for (const { domain, pathPrefix } of outlet.paths ?? []) {
      const host = normalizeHost(domain);
      if (!host) throw new Error(`invalid path domain ${domain} in ${outlet.id}`);
      const entries = byHostPath.get(host) ?? [];
      const prefix = pathPrefix.toLowerCase();
      const other = entries.find((e) => e.prefix === prefix);
      if (other) throw new Error(`path ${host}${prefix} belongs to ${other.outlet.id} and ${outlet.id}`);
      entries.push({ prefix, outlet });
      entries.sort((a, b) => b.prefix.length - a.prefix.length);
      byHostPath.set(host, entries);
    }
  }
  return { outlets, byId, byHost, byHostPath };
}

function parseInput(input: string | URL): URL | null {
  if (typeof input !== 'string') return input;
  let text = input.trim();
  if (!text) return null;
  if (text.startsWith('//')) text = `https:${text}`;
  else if (!SCHEME_PATTERN.test(text) || /^[^/:]+:\d+(\/|$)/.test(text)) text = `https://${text}`;
  try {
    return new URL(text);
  } catch {
    return null;
  }
}

/** Google's AMP cache encodes the origin host in one label: www-bbc-co-uk.cdn.ampproject.org. */
function decodeAmpCacheHost(host: string): string {
  if (!host.endsWith(AMP_CACHE_SUFFIX)) return host;
  const label = host.slice(0, -AMP_CACHE_SUFFIX.length);
  return label.replace(/--/g, '\u0000').replace(/-/g, '.').replace(/\u0000/g, '-');
}

// True when `path` starts with `prefix` at a segment boundary (/opinion matches /opinion/x, /opinion.html).
// A "*" segment in the prefix matches exactly one path segment (e.g. "/*/*/*/opinion" for dated URLs).
function hasPathPrefix(path: string, prefix: string): boolean {
  if (prefix.includes('*')) return hasSegmentPattern(path, prefix);
  if (!path.startsWith(prefix)) return false;
  if (path.length === prefix.length || prefix.endsWith('/')) return true;
  return PATH_BOUNDARY.test(path.charAt(prefix.length));
}

const PATH_BOUNDARY = /[/.?_-]/;

function hasSegmentPattern(path: string, pattern: string): boolean {
  const wanted = pattern.split('/');
  const actual = path.split('/');
  if (actual.length < wanted.length) return false;
  for (let i = 0; i < wanted.length; i++) {
    const want = wanted[i] ?? '';
    const got = actual[i] ?? '';
    if (want === '*') {
      if (!got) return false;
    } else if (i === wanted.length - 1) {
      if (!(got === want || (got.startsWith(want) && PATH_BOUNDARY.test(got.charAt(want.length))))) return false;
    } else if (got !== want) return false;
  }
  return true;
}

/** The outlet publishing at `input` (absolute URL, or host with optional path), or null if unknown. */
export function findOutletForUrl(index: OutletIndex, input: string | URL): Outlet | null {
  const url = parseInput(input);
  if (!url || !url.hostname) return null;
  let host = decodeAmpCacheHost(url.hostname.toLowerCase().replace(/\.$/, ''));
  const path = url.pathname.toLowerCase();
  for (;;) {
    const entries = index.byHostPath.get(host);
    if (entries) {
      for (const entry of entries) if (hasPathPrefix(path, entry.prefix)) return entry.outlet;
    }
    const outlet = index.byHost.get(host);
    if (outlet) return outlet;
    const dot = host.indexOf('.');
    // Stop before a bare top-level label: "co.uk" or "com" alone never name an outlet.
    if (dot < 0 || host.indexOf('.', dot + 1) < 0) return null;
    host = host.slice(dot + 1);
  }
}
