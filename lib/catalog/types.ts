// Types of the outlet catalog: who publishes, who rated them and how, where their feeds are.
// Pure declarations; used by every context (content script, worker, popup, CLIs).

/** Consensus bias on one 5-point scale (see consensusBias in lib/catalog). */
export const BIAS_BUCKETS = ['left', 'lean-left', 'center', 'lean-right', 'right'] as const;
export type Bias = (typeof BIAS_BUCKETS)[number];

/** MBFC-style factual reporting scale, best first. */
export const FACTUAL_LEVELS = ['very-high', 'high', 'mostly-factual', 'mixed', 'low', 'very-low'] as const;
export type Factual = (typeof FACTUAL_LEVELS)[number];

export type RatingProvider = 'allsides' | 'mbfc' | (string & {});

/** One provider's published rating, in the provider's own vocabulary. */
export interface Rating {
  provider: RatingProvider;
  /** As published: AllSides "Left" | "Lean Left" | "Center" | "Lean Right" | "Right" | "Mixed";
   *  MBFC "left" | "left-center" | "center" | "right-center" | "right" | questionable categories … */
  bias: string;
  factual?: Factual;
  /** The provider's page about this outlet. */
  url?: string;
  /** When the provider published this rating (YYYY or YYYY-MM-DD). */
  asOf?: string;
  /** Set only when this rating deliberately differs from the provider's reference snapshot:
   *  the reason (e.g. the provider re-rated the outlet after the snapshot). */
  deviation?: string;
}

export type OutletType =
  | 'wire'
  | 'newspaper'
  | 'broadcaster'
  | 'public-broadcaster'
  | 'digital'
  | 'magazine'
  | 'state-media'
  | 'aggregator'
  | 'other';

export type Ownership =
  | 'independent'
  | 'corporate'
  | 'public-broadcaster'
  | 'state-controlled'
  | 'nonprofit'
  | 'cooperative'
  | 'private'
  | 'other';

export interface FeedRef {
  url: string;
  topic?: string;
  /** Name of the reference list where this URL appears (e.g. "kagi-kite"); absent = unverified. */
  verified?: string;
}

export interface Outlet {
  id: string;
  name: string;
  homepage: string;
  /** Registrable domains and aliases (no scheme, no www). Subdomains match by parent-domain fallback. */
  domains: string[];
  /** Path-specific entries: a section of another outlet's domain that is a different outlet. */
  paths?: { domain: string; pathPrefix: string }[];
  country: string; // ISO 3166-1 alpha-2
  languages: string[]; // BCP 47
  type: OutletType;
  ratings: Rating[];
  /** Consensus bias computed from ratings (never typed by hand). */
  bias: Bias | null;
  /** Best-known factual reporting level (from the ratings). */
  factual: Factual | null;
  owner?: string;
  ownership?: Ownership;
  feeds: FeedRef[];
  /** Sample URLs (articles and non-articles) that must resolve to this outlet; doubles as a test. */
  samples?: { articles?: string[]; nonArticles?: string[] };
}
