// `npm run --silent bench -- match`: placeholder until the benchmark lands (it is being written).
// Node-only CLI.

export async function runBenchMatch(_args: readonly string[]): Promise<Record<string, number>> {
  throw new Error('the match benchmark is not written yet');
}
