// `npm run --silent eval -- pages DIR | stories FILE | pairs FILE`: measures the lib code on datasets.
// Node-only CLI; each subcommand prints one JSON object as its last line of stdout.

const USAGE = 'usage: npm run --silent eval -- pages DIR | stories FILE.tsv.gz | pairs FILE.tsv.gz';

async function main(argv: string[]): Promise<void> {
  const [command, ...args] = argv;
  switch (command) {
    case 'pages':
      return (await import('./eval-pages')).runEvalPages(args);
    case 'stories':
      return (await import('./eval-stories')).runEvalStories(args);
    case 'pairs':
      return (await import('./eval-stories')).runEvalPairs(args);
    default:
      console.error(USAGE);
      process.exitCode = 2;
  }
}

main(process.argv.slice(2)).catch((err: unknown) => {
  console.error(`eval: ${err instanceof Error ? err.message : String(err)}`);
  process.exitCode = 1;
});
