// The error a feed parse throws when the input cannot be used at all (not a feed, binary, empty...).
// Runs everywhere (worker, CLI, tests); pure, no I/O.

export type FeedErrorCode =
  | 'empty'
  | 'binary'
  | 'html-page'
  | 'not-a-feed'
  | 'malformed'
  | 'too-deep'
  | 'invalid-json'
  | 'too-large';

/** Unusable feed input. `message` is one line, meant for the feed's status and the CLI. */
export class FeedError extends Error {
  readonly code: FeedErrorCode;
  /** For 'html-page': the feed the page advertises (<link rel="alternate">), to offer instead. */
  readonly advertisedFeed: string | null;

  constructor(code: FeedErrorCode, message: string, advertisedFeed: string | null = null) {
    super(message.replace(/\s+/g, ' ').trim());
    this.name = 'FeedError';
    this.code = code;
    this.advertisedFeed = advertisedFeed;
  }
}

export function isFeedError(value: unknown): value is FeedError {
  return value instanceof FeedError;
}
