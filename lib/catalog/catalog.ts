// The outlet catalog's public API: outlets by URL or id, the full list, built once from the compiled rows.
// Runs everywhere (worker, page, popup, CLI); pure, no DOM, no I/O. The index is derived from static data,
// so rebuilding it after a service-worker restart is correct and cheap (it is a cache, never state).

import { expandOutletRow } from './outlet-rows';
import { buildOutletIndex, findOutletForUrl, type OutletIndex } from './outlet-lookup';
import { OUTLET_ROWS } from './outlets.data';
import type { Outlet } from './types';

let catalogIndex: OutletIndex | null = null;

function getCatalogIndex(): OutletIndex {
  if (!catalogIndex) {
    const outlets = OUTLET_ROWS.map(expandOutletRow);
    for (const outlet of outlets) Object.freeze(outlet);
    catalogIndex = buildOutletIndex(Object.freeze(outlets));
  }
  return catalogIndex;
}

/** The outlet publishing at `url` (subdomains, aliases, paths, IDN handled), or null when unknown. */
export function outletForUrl(url: string | URL): Outlet | null {
  return findOutletForUrl(getCatalogIndex(), url);
}

/** The outlet with this catalog id, or null. */
export function outletById(id: string): Outlet | null {
  return getCatalogIndex().byId.get(id) ?? null;
}

/** Every outlet of the catalog, in catalog order. */
export function listOutlets(): readonly Outlet[] {
  return getCatalogIndex().outlets;
}
