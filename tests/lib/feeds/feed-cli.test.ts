import { execFile } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

// The feed CLI (lib/cli/feed.ts) run as users run it, through tsx.
const root = fileURLToPath(new URL('../../../', import.meta.url));
const fixture = (name: string) => `tests/fixtures/feeds/${name}`;
/** Each case starts Node + tsx (seconds on a busy machine): a generous limit, not a speed check. */
const CLI_TEST_TIMEOUT_MS = 180_000;

function runCli(args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    execFile(process.execPath, ['--import', 'tsx', 'lib/cli/feed.ts', ...args], { cwd: root, timeout: CLI_TEST_TIMEOUT_MS }, (error, stdout, stderr) => {
      resolve({ code: error ? (typeof error.code === 'number' ? error.code : 1) : 0, stdout, stderr });
    });
  });
}

describe('feed CLI', () => {
  it('prints {items, errors} as the last stdout line', async () => {
    const { code, stdout } = await runCli(['parse', fixture('javascript-links.xml')]);
    expect(code).toBe(0);
    const last = JSON.parse(stdout.trim().split('\n').at(-1)!);
    expect(last.items.map((item: { url: string }) => item.url)).toEqual(['https://example.com/good', 'https://example.com/from-guid']);
    expect(Object.keys(last.items[0])).toEqual(expect.arrayContaining(['title', 'url', 'published', 'summary']));
    expect(last.errors).toHaveLength(5);
  }, CLI_TEST_TIMEOUT_MS);

  it('exits 1 with one clear line on stderr for unusable input', async () => {
    for (const name of ['html-page.html', 'binary.bin', 'deep-nesting.xml']) {
      const { code, stdout, stderr } = await runCli(['parse', fixture(name)]);
      expect(code, name).toBe(1);
      expect(stdout).toBe('');
      expect(stderr.trim().split('\n'), name).toHaveLength(1);
      expect(stderr).toMatch(/^feed: (html-page|binary|too-deep): /);
    }
  }, CLI_TEST_TIMEOUT_MS);

  it('exits 1 on a missing file and on bad usage', async () => {
    expect((await runCli(['parse', fixture('no-such-file.xml')])).code).toBe(1);
    expect((await runCli(['frobnicate'])).code).toBe(1);
  }, CLI_TEST_TIMEOUT_MS);
});
