// Feed CLI on the same code the extension runs: `npm run --silent feed -- parse FILE [--url URL]
// [--content-type TYPE]` prints the parsed feed as one JSON object on its last stdout line.
// Runs in Node only (reads the file, reads the clock); unusable input exits 1 with one line on stderr.

import { open } from 'node:fs/promises';
import { parseFeed, FEED_MAX_BYTES_DEFAULT, FeedError } from '../feeds/parse-feed';

const USAGE = 'usage: npm run --silent feed -- parse FILE [--url URL] [--content-type TYPE] [--max-items N]';

/** Reads at most `limit` bytes plus one (so the parser sees that the file is larger than the cap). */
async function readCapped(path: string, limit: number): Promise<Uint8Array> {
  const handle = await open(path, 'r');
  try {
    const buffer = new Uint8Array(limit + 1);
    let filled = 0;
    while (filled < buffer.length) {
      const { bytesRead } = await handle.read(buffer, filled, buffer.length - filled, filled);
      if (bytesRead === 0) break;
      filled += bytesRead;
    }
    return buffer.subarray(0, filled);
  } finally {
    await handle.close();
  }
}

function readFlag(args: string[], name: string): string | undefined {
  const at = args.indexOf(name);
  return at >= 0 ? args[at + 1] : undefined;
}

function fail(message: string): never {
  process.stderr.write(`${message.replace(/\s+/g, ' ')}\n`);
  process.exit(1);
}

async function main(args: string[]): Promise<void> {
  const [command, file] = args;
  if (command !== 'parse' || !file) fail(USAGE);
  const maxItemsFlag = readFlag(args, '--max-items');
  let body: Uint8Array;
  try {
    body = await readCapped(file, FEED_MAX_BYTES_DEFAULT);
  } catch (error) {
    fail(`feed: cannot read ${file}: ${error instanceof Error ? error.message : String(error)}`);
  }
  try {
    const feed = parseFeed(body, {
      url: readFlag(args, '--url'),
      contentType: readFlag(args, '--content-type') ?? null,
      now: Date.now(),
      maxItems: maxItemsFlag ? Number(maxItemsFlag) : undefined,
    });
    const { items, errors, ...meta } = feed;
    process.stdout.write(`${JSON.stringify({ items, errors, feed: meta })}\n`);
  } catch (error) {
    if (error instanceof FeedError) fail(`feed: ${error.code}: ${error.message}`);
    fail(`feed: unexpected error: ${error instanceof Error ? error.message : String(error)}`);
  }
}

await main(process.argv.slice(2));
