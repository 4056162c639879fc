// Bundles the CLI into dist/ with esbuild: one entry for start-up speed, the ink REPL split into
// its own chunk so batch runs never load it. better-sqlite3 stays external (native addon).
import { build } from 'esbuild';
import { chmodSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';

// A clean folder each time: split chunks have content-hashed names that would otherwise pile up.
rmSync('dist', { recursive: true, force: true });
mkdirSync('dist', { recursive: true });
writeFileSync('dist/empty.js', 'export default {};\n');

await build({
  entryPoints: { csshell: 'src/host/cli.ts' },
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
