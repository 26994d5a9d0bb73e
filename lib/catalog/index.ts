// Public entry of lib/catalog: outlet lookup, consensus rules, provider metadata and types.
// Runs everywhere (worker, page, popup, CLI); DOM-free. Node-only helpers (compile, reference) are NOT here.

export { outletForUrl, outletById, listOutlets } from './catalog';
export { buildOutletIndex, findOutletForUrl, normalizeHost, type OutletIndex } from './outlet-lookup';
export {
  RATING_PROVIDERS,
  biasForSource,
  consensusBias,
  consensusFactual,
  describeRating,
  scoreRating,
  type RatingProviderInfo,
} from './ratings';
export * from './types';
