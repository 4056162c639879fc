// Bundles the CLI into dist/ with esbuild: one entry for start-up speed, the ink REPL split into
// its own chunk so batch runs never load it. better-sqlite3 stays external (native addon).
import { build } from 'esbuild';
import { chmodSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';

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

/**
 * Our JSON files (the cmdlet catalog is 300 KB) become `JSON.parse('…')`: V8 reads a JSON string several
 * times faster than the same data written as a JavaScript object literal, which it must compile.
 */
const jsonAsParse = {
  name: 'json-as-parse',
  setup(b) {
    b.onLoad({ filter: /\.json$/ }, (args) => {
      // Packages may require() JSON and extend the result (cli-boxes does): leave theirs as they are.
      if (args.path.includes('node_modules')) return undefined;
      const text = JSON.stringify(JSON.parse(readFileSync(args.path, 'utf8')));
      return { contents: `export default JSON.parse(${JSON.stringify(text)});`, loader: 'js' };
    });
  },
};

/** `import text from './file.yaml?raw'` gives the file's text, as Vite (the test runner) reads it. */
const rawText = {
  name: 'raw-text',
  setup(b) {
    b.onResolve({ filter: /\?raw$/ }, (args) => ({ path: resolve(args.resolveDir, args.path.slice(0, -'?raw'.length)), namespace: 'raw-text' }));
    b.onLoad({ filter: /.*/, namespace: 'raw-text' }, (args) => ({ contents: readFileSync(args.path, 'utf8'), loader: 'text' }));
  },
};

await build({
  entryPoints: { csshell: 'src/host/cli.ts' },
  plugins: [jsonAsParse, rawText],
  outdir: 'dist',
  bundle: true,
  splitting: true,
  format: 'esm',
  platform: 'node',
  target: 'node20',
  sourcemap: false,
  logLevel: 'warning',
  external: ['better-sqlite3'],
  alias: { 'react-devtools-core': './dist/empty.js' },
  jsx: 'automatic',
  banner: {
    js: "#!/usr/bin/env node\nimport { createRequire as __csshellCreateRequire } from 'node:module';\nconst require = __csshellCreateRequire(import.meta.url);",
  },
  define: { 'process.env.NODE_ENV': '"production"', 'process.env.DEV': '"false"' },
});
chmodSync('dist/csshell.js', 0o755);
