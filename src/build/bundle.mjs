// Bundles the CLI into dist/ with esbuild: one entry for start-up speed, the ink REPL split into
// its own chunk so batch runs never load it. better-sqlite3 stays external (native addon). Then the
// start-up snapshot (src/build/snapshot.mjs) and the launcher that picks one of the two.
import { build } from 'esbuild';
import { chmodSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { commonOptions } from './plugins.mjs';
import { buildSnapshot } from './snapshot.mjs';

// A clean folder each time: split chunks have content-hashed names that would otherwise pile up.
rmSync('dist', { recursive: true, force: true });
mkdirSync('dist', { recursive: true });
writeFileSync('dist/empty.js', 'export default {};\n');

// The parser's first-token sets are data generated from the grammar (grammar/lookahead.ts explains
// why): refresh them before bundling so a grammar change can never ship with stale decisions.
await build({
  entryPoints: ['grammar/generateLookahead.ts'],
  outfile: 'dist/generate-lookahead.mjs',
  bundle: true,
  format: 'esm',
  platform: 'node',
  target: 'node20',
  logLevel: 'warning',
});
const { writeLookaheadData } = await import(pathToFileURL(resolve('dist/generate-lookahead.mjs')).href);
if (writeLookaheadData('grammar/lookaheadData.ts')) console.log('grammar/lookaheadData.ts regenerated');
rmSync('dist/generate-lookahead.mjs');

await build({
  ...commonOptions,
  entryPoints: { csshell: 'src/host/cli.ts' },
  outdir: 'dist',
  splitting: true,
  format: 'esm',
  sourcemap: false,
  external: ['better-sqlite3'],
  alias: { 'react-devtools-core': './dist/empty.js' },
  banner: {
    js: "#!/usr/bin/env node\nimport { createRequire as __csshellCreateRequire } from 'node:module';\nconst require = __csshellCreateRequire(import.meta.url);",
  },
});
chmodSync('dist/csshell.js', 0o755);

// The start-up snapshot and the `csshell` command that uses it (package.json's bin).
await buildSnapshot();
