// Guesses the language of a short text from stopword hits when the page or feed did not declare one.
// Runs everywhere; pure, deterministic.

import { getStopwords, STOPWORD_LANGUAGES } from './stopwords';
import type { TextToken } from './tokenize-text';

/** Fewest stopword hits before a guess is trusted. */
const MIN_LANGUAGE_HITS = 2;

/** Returns the primary language subtag whose stopwords cover the most tokens, or null when unsure. */
export function detectLanguage(tokens: readonly TextToken[]): string | null {
  let best: string | null = null;
  let bestHits = 0;
  for (const lang of STOPWORD_LANGUAGES) {
    const stop = getStopwords(lang);
    let hits = 0;
    for (const t of tokens) if (!t.isNumber && stop.has(t.folded)) hits++;
    if (hits > bestHits) {
      best = lang;
      bestHits = hits;
    }
  }
  return bestHits >= MIN_LANGUAGE_HITS ? best : null;
}
