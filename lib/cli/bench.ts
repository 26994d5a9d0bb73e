// `npm run --silent bench [-- NAME [options]]`: runs one benchmark (size, page, match, ingest, popup, chips) or
// all of them, and prints one JSON object as the LAST line of stdout (progress goes to stderr).
// Node-only CLI. Benchmarks are scripts, never timed tests. `--no-build` reuses the existing .output/.

type BenchResult = Record<string, number | string>;
type BenchRunner = (args: string[]) => Promise<BenchResult>;

const INGEST_MODULE: string = './bench-ingest';

/** In the order `bench` (all) runs them: size first builds the extension the others then reuse. */
const BENCHMARKS: Record<string, () => Promise<BenchRunner>> = {
  size: async () => (await import('./bench-size')).runBenchSize,
  page: async () => (await import('./bench-page')).runBenchPage,
  match: async () => (await import('./bench-match')).runBenchMatch,
  ingest: async () => {
    // Owned by the index work (lib/cli/bench-ingest.ts); loaded by a computed name so this CLI still
    // type-checks and runs the other benchmarks while that file does not exist yet.
    const mod = (await import(INGEST_MODULE)) as { runBenchIngest(args: string[]): Promise<BenchResult> };
    return (args) => mod.runBenchIngest(args);
  },
  popup: async () => (await import('./bench-popup')).runBenchPopup,
  chips: async () => (await import('./bench-chips')).runBenchChips,
};

function describeError(err: unknown): string {
  return err instanceof Error ? err.message.split('\n')[0] ?? err.name : String(err);
}

async function runOne(name: string, args: string[]): Promise<BenchResult> {
  const load = BENCHMARKS[name];
  if (!load) throw new Error(`Unknown benchmark "${name}" (one of: ${Object.keys(BENCHMARKS).join(', ')})`);
  const started = Date.now();
  const result = await (await load())(args);
  process.stderr.write(`bench ${name}: ${((Date.now() - started) / 1000).toFixed(1)} s\n`);
  return result;
}

async function main(): Promise<void> {
  const argv = process.argv.slice(2);
  const name = argv[0] && !argv[0].startsWith('--') ? argv[0] : null;
  const args = name ? argv.slice(1) : argv;
  if (name) {
    try {
      process.stdout.write(`${JSON.stringify(await runOne(name, args))}\n`);
    } catch (err) {
      process.stderr.write(`bench ${name} failed: ${err instanceof Error ? (err.stack ?? err.message) : String(err)}\n`);
      process.stdout.write(`${JSON.stringify({ error: describeError(err) })}\n`);
      process.exitCode = 1;
    }
    return;
  }
  const combined: BenchResult = {};
  let built = false;
  let failures = 0;
  for (const bench of Object.keys(BENCHMARKS)) {
    // The first benchmark builds the extension; the others reuse that build.
    const benchArgs = built && !args.includes('--no-build') ? [...args, '--no-build'] : args;
    try {
      const result = await runOne(bench, benchArgs);
      for (const [key, value] of Object.entries(result)) if (!(key in combined)) combined[key] = value;
      built = true;
    } catch (err) {
      failures++;
      process.stderr.write(`bench ${bench} failed: ${err instanceof Error ? (err.stack ?? err.message) : String(err)}\n`);
      combined[`${bench}_error`] = describeError(err);
    }
  }
  process.stdout.write(`${JSON.stringify(combined)}\n`);
  if (failures > 0) process.exitCode = 1;
}

void main();
