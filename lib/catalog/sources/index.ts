// Entry point of the curated catalog sources (our own facts), read by the compiler only.
// CLI-only; never imported by the extension bundle.

import { CURATED_FEED_HOSTS, CURATED_LANGUAGES, CURATED_OWNERS, CURATED_PATHS, CURATED_RATING_KEYS, CURATED_SAMPLES } from './curated-extras';
import { CURATED_US, CURATED_US_MORE } from './curated-us';
import { CURATED_WORLD } from './curated-world';

export const CURATED_TEXT = [CURATED_US, CURATED_US_MORE, CURATED_WORLD].join('\n');

export const CURATED_EXTRA_SOURCES = {
  paths: CURATED_PATHS,
  ratingKeys: CURATED_RATING_KEYS,
  feedHosts: CURATED_FEED_HOSTS,
  samples: CURATED_SAMPLES,
  languages: CURATED_LANGUAGES,
  owners: CURATED_OWNERS,
};
