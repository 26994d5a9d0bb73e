// Bundles a browser-side bench probe (lib code + its dependencies) into one IIFE script with esbuild,
// to be evaluated in a page through the DevTools protocol. Node-only (bench CLIs).

import { build } from 'esbuild';

/** Minified IIFE source of `entryFile` (absolute path), for Chromium. */
export async function bundleForBrowser(entryFile: string): Promise<string> {
  const result = await build({
    entryPoints: [entryFile],
    bundle: true,
    format: 'iife',
    platform: 'browser',
    target: 'chrome120',
    minify: true,
    write: false,
    logLevel: 'silent',
  });
  const file = result.outputFiles[0];
  if (!file) throw new Error(`esbuild produced nothing for ${entryFile}`);
  return file.text;
}
