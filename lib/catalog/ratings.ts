// Rating providers and the consensus rule: maps each provider's published bias/factual labels onto
// Parallax's 5-point scale. Runs everywhere (page, worker, popup, CLI); pure functions, no I/O, no DOM.
//
// Consensus bias rule (also in lib/catalog/README.md):
//  1. Each rating is scored on -2..+2: AllSides Left/Lean Left/Center/Lean Right/Right and MBFC
//     left/left-center/center (Least Biased)/right-center/right -> -2/-1/0/+1/+2
//     (MBFC extreme-left/far-left count as -2, extreme-right/far-right as +2).
//  2. Ratings without a political placement score nothing: AllSides "Mixed", MBFC questionable
//     categories (fake-news = "Questionable Source", conspiracy-pseudoscience), pro-science, satire.
//  3. The consensus is the mean of the scores, rounded to the nearest bucket; an exact half step
//     (two providers one step apart) rounds toward center, so Parallax never shows a label more
//     extreme than the milder provider. No scored rating -> null.
// Consensus factual rule: the MBFC factual-reporting level; if several ratings carry one, the lowest.

import { BIAS_BUCKETS, FACTUAL_LEVELS, type Bias, type Factual, type Rating, type RatingProvider } from './types';

export interface RatingProviderInfo {
  id: 'allsides' | 'mbfc';
  name: string;
  homepage: string;
  /** Licence under which the ratings Parallax shows are published. */
  license: string;
  /** One-paragraph explanation of the scale for the UI. */
  scale: string;
  /** Display labels for the provider's raw values (`Rating.bias`), as the provider words them. */
  labels: Readonly<Record<string, string>>;
}

export const RATING_PROVIDERS: readonly RatingProviderInfo[] = [
  {
    id: 'allsides',
    name: 'AllSides',
    homepage: 'https://www.allsides.com/media-bias',
    license: 'CC BY-NC 4.0 (AllSides Media Bias Ratings)',
    scale:
      'Political bias of online news content on a 5-point scale: Left, Lean Left, Center, Lean Right, Right ' +
      '(plus Mixed), from blind bias surveys of people across the spectrum, editorial reviews and third-party data.',
    labels: {
      Left: 'Left',
      'Lean Left': 'Lean Left',
      Center: 'Center',
      'Lean Right': 'Lean Right',
      Right: 'Right',
      Mixed: 'Mixed',
    },
  },
  {
    id: 'mbfc',
    name: 'Media Bias/Fact Check',
    homepage: 'https://mediabiasfactcheck.com/',
    license: 'Ratings by Media Bias/Fact Check LLC, shown with attribution and a link to each source page',
    scale:
      'Bias category (Left, Left-Center, Least Biased, Right-Center, Right, or a non-political category: ' +
      'Pro-Science, Conspiracy-Pseudoscience, Questionable Source, Satire) and Factual Reporting from ' +
      'Very High to Very Low, from editorial review of wording, sourcing, story choice and failed fact checks.',
    labels: {
      left: 'Left',
      'left-center': 'Left-Center',
      center: 'Least Biased',
      'right-center': 'Right-Center',
      right: 'Right',
      'fake-news': 'Questionable Source',
      'conspiracy-pseudoscience': 'Conspiracy-Pseudoscience',
      'pro-science': 'Pro-Science',
      satire: 'Satire',
    },
  },
];

/** Score on -2..+2 of each provider's political placements (case-insensitive keys). */
const BIAS_SCORES: Readonly<Record<string, Readonly<Record<string, number>>>> = {
  allsides: { left: -2, 'lean left': -1, center: 0, 'lean right': 1, right: 2 },
  mbfc: {
    'extreme-left': -2,
    'far-left': -2,
    left: -2,
    'left-center': -1,
    center: 0,
    'least biased': 0,
    'right-center': 1,
    right: 2,
    'far-right': 2,
    'extreme-right': 2,
  },
};

/** The rating's position on -2 (left) .. +2 (right), or null when it places the outlet nowhere. */
export function scoreRating(rating: Rating): number | null {
  const scale = BIAS_SCORES[rating.provider];
  if (!scale) return null;
  const score = scale[rating.bias.trim().toLowerCase()];
  return score === undefined ? null : score;
}

/** Consensus bias of an outlet's ratings by the rule in the module header. */
export function consensusBias(ratings: readonly Rating[]): Bias | null {
  const scores: number[] = [];
  for (const rating of ratings) {
    const score = scoreRating(rating);
    if (score !== null) scores.push(score);
  }
  if (scores.length === 0) return null;
  const mean = scores.reduce((a, b) => a + b, 0) / scores.length;
  // Round to nearest; an exact .5 goes toward 0 (the milder label).
  const magnitude = Math.abs(mean);
  const rounded = magnitude - Math.floor(magnitude) === 0.5 ? Math.floor(magnitude) : Math.round(magnitude);
  const index = Math.sign(mean) * rounded + 2;
  return BIAS_BUCKETS[index] ?? null;
}

/**
 * The bias shown when the user lets one provider drive the display ('consensus' = all providers, by the
 * rule above). An outlet that provider did not rate has no bias under it.
 */
export function biasForSource(outlet: { bias: Bias | null; ratings: readonly Rating[] }, source: 'consensus' | RatingProvider): Bias | null {
  if (source === 'consensus') return outlet.bias;
  return consensusBias(outlet.ratings.filter((r) => r.provider === source));
}

/** Consensus factual level: the lowest factual level any rating states, null when none does. */
export function consensusFactual(ratings: readonly Rating[]): Factual | null {
  let worst = -1;
  for (const rating of ratings) {
    if (!rating.factual) continue;
    worst = Math.max(worst, FACTUAL_LEVELS.indexOf(rating.factual));
  }
  return worst < 0 ? null : (FACTUAL_LEVELS[worst] ?? null);
}

/** The provider's own label for a rating value (e.g. MBFC "fake-news" -> "Questionable Source"). */
export function describeRating(rating: Rating): string {
  const provider = RATING_PROVIDERS.find((p) => p.id === rating.provider);
  return provider?.labels[rating.bias] ?? rating.bias;
}
