// `npm run --silent bench -- popup`: placeholder until the benchmark lands (it is being written).
// Node-only CLI.

export async function runBenchPopup(_args: readonly string[]): Promise<Record<string, number>> {
  throw new Error('the popup benchmark is not written yet');
}
