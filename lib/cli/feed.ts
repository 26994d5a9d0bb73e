// Feed CLI on the same code the extension runs: `npm run --silent feed -- parse FILE [--url URL]
// [--content-type TYPE]` prints the parsed feed as one JSON object on its last stdout line;
// `feed -- bench [--feeds N] [--items M]` measures parse speed on generated realistic feeds.
// Runs in Node only (reads the file, reads the clock); unusable input exits 1 with one line on stderr.

import { open } from 'node:fs/promises';
import { parseFeed, FEED_MAX_BYTES_DEFAULT, FeedError } from '../feeds/parse-feed';
import { generateSampleFeed } from '../feeds/sample-feeds';

const USAGE =
  'usage: npm run --silent feed -- parse FILE [--url URL] [--content-type TYPE] [--max-items N]\n' +
  '       npm run --silent feed -- bench [--feeds N] [--items M]';

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

/** Parses generated feeds (bytes, as fetched) and reports items per second of wall and CPU time. */
function runBench(args: string[]): void {
  const feeds = Number(readFlag(args, '--feeds') ?? 200);
  const perFeed = Number(readFlag(args, '--items') ?? 100);
  const now = Date.now();
  const encoder = new TextEncoder();
  const samples = Array.from({ length: feeds }, (_, i) => generateSampleFeed(i, perFeed, now));
  const bodies = samples.map((sample) => ({ url: sample.url, bytes: encoder.encode(sample.body) }));
  for (const body of bodies.slice(0, 10)) parseFeed(body.bytes, { url: body.url, now }); // warm-up
  const cpuStart = process.cpuUsage();
  const wallStart = performance.now();
  let items = 0;
  for (const body of bodies) items += parseFeed(body.bytes, { url: body.url, now }).items.length;
  const wall = (performance.now() - wallStart) / 1000;
  const cpuUsed = process.cpuUsage(cpuStart);
  const cpu = (cpuUsed.user + cpuUsed.system) / 1e6;
  const bytes = bodies.reduce((sum, body) => sum + body.bytes.length, 0);
  process.stdout.write(
    `${JSON.stringify({
      feeds,
      items,
      bytes_per_item: Math.round(bytes / items),
      wall_seconds: Number(wall.toFixed(3)),
      cpu_seconds: Number(cpu.toFixed(3)),
      items_per_second: Math.round(items / wall),
      items_per_cpu_second: Math.round(items / cpu),
    })}\n`,
  );
}

async function main(args: string[]): Promise<void> {
  const [command, file] = args;
  if (command === 'bench') return runBench(args);
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
