// Builds the start-up snapshot of the CLI (dist/csshell.blob) and the `csshell` command that uses
// it (dist/csshell, from launcher.sh). Node runs src/host/snapshotMain.ts once, here, with the
// running Node binary: the modules load, the catalog is parsed, the cmdlets register and the parser
// analyses its grammar; Node saves the heap. `node --snapshot-blob dist/csshell.blob` then starts
// with all that done, in about the time of an empty Node.
//
// A snapshot's entry must be one CommonJS file that needs no package at build time, so this is a
// second bundle of the CLI, in CommonJS: better-sqlite3 is bundled and its native addon loaded at
// first use (sqliteAddon.cjs); the shell's ink and react are bundled but only loaded when the shell
// starts, yoga's WebAssembly then too (yogaAtRunTime.mjs); the Control Panel is left out
// (notInSnapshot.mjs), the launcher starts it from the ES module bundle.

import { build } from 'esbuild';
import { spawnSync } from 'node:child_process';
import { chmodSync, copyFileSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { commonOptions } from './plugins.mjs';

const here = (file) => fileURLToPath(new URL(file, import.meta.url));

/** Modules the snapshot's bundle replaces: `import x from '<filter>'` gets `path` instead. */
const replaced = [
  { filter: /\/panel\/index\.js$/, path: here('./notInSnapshot.mjs') },
  { filter: /^bindings$/, path: here('./sqliteAddon.cjs') },
  { filter: /^node:readline$/, path: here('./lazyReadline.cjs') },
];

const replaceModules = {
  name: 'snapshot-replacements',
  setup(b) {
    for (const { filter, path } of replaced) {
      // The stand-ins' own imports (node:module, node:path) must not be replaced again.
      b.onResolve({ filter }, (args) => (args.importer.startsWith(here('.')) ? undefined : { path }));
    }
  },
};

/**
 * ink's reconciler awaits at its top level, but only when DEV=true (React devtools), which the
 * bundles define false. A CommonJS bundle cannot hold a top-level await even when it never runs:
 * those two awaits are dropped from the text ink 6.8 ships. A change there stops the snapshot's
 * build with a message (csshell then starts from the ES module bundle, and the e2e tests fail).
 */
const inkWithoutTopLevelAwait = {
  name: 'ink-without-top-level-await',
  setup(b) {
    b.onLoad({ filter: /[\\/]ink[\\/]build[\\/]reconciler\.js$/ }, (args) => {
      const text = readFileSync(args.path, 'utf8');
      const edits = [["await import('./devtools.js');", "import('./devtools.js');"], ['? await loadPackageJson()', '? loadPackageJson()']];
      let contents = text;
      for (const [from, to] of edits) {
        if (!contents.includes(from)) throw new Error(`ink's reconciler changed: '${from}' is not in ${args.path}`);
        contents = contents.replace(from, to);
      }
      return { contents, loader: 'js' };
    });
  },
};

const ENTRY = 'dist/csshell-snapshot.cjs';
const BLOB = 'dist/csshell.blob';
/** Holds the path of the Node binary that built the blob, and carries its modification time. */
const STAMP = 'dist/csshell.blob.node';

/** Builds the blob and the launcher; without a blob the launcher runs the ES module bundle. */
export async function buildSnapshot() {
  copyFileSync(here('./launcher.sh'), 'dist/csshell');
  chmodSync('dist/csshell', 0o755);
  try {
    await build({
      ...commonOptions,
      plugins: [...commonOptions.plugins, replaceModules, inkWithoutTopLevelAwait],
      entryPoints: ['src/host/snapshotMain.ts'],
      outfile: ENTRY,
      format: 'cjs',
      alias: { 'react-devtools-core': './dist/empty.js' },
      // [I] Whitespace and comments go: the snapshot holds the bundle's source text, and one
      // non-Latin-1 character in a comment would make V8 store all of it as two-byte text.
      minifyWhitespace: true,
      minifySyntax: true,
    });
  } catch (e) {
    return notBuilt(e.message);
  }
  // Built without NODE_OPTIONS: V8 flags there would be required of every later start (the launcher
  // starts the snapshot only when NODE_OPTIONS is empty).
  const env = { ...process.env };
  delete env.NODE_OPTIONS;
  const made = spawnSync(process.execPath, ['--snapshot-blob', BLOB, '--build-snapshot', ENTRY], { encoding: 'utf8', env });
  rmSync(ENTRY, { force: true });
  if (made.status !== 0) return notBuilt(made.stderr || made.error?.message || '');
  // Node warns when a module the snapshot holds may not survive being saved: show it.
  const warnings = made.stderr.split('\n').filter((line) => /Warning:/.test(line));
  if (warnings.length) console.warn(`csshell: while building the start-up snapshot:\n${warnings.join('\n')}`);
  writeFileSync(STAMP, `${process.execPath}\n`);
  // The stamp takes the exact modification time of the Node binary (touch -r keeps nanoseconds).
  const touched = spawnSync('touch', ['-r', process.execPath, STAMP]);
  if (touched.status !== 0) rmSync(STAMP);
  return touched.status === 0;
}

function notBuilt(why) {
  rmSync(BLOB, { force: true });
  rmSync(STAMP, { force: true });
  const detail = why.trim().split('\n').slice(0, 5).join('\n');
  console.warn(`csshell: the start-up snapshot could not be built; csshell will start without it\n${detail}`);
  return false;
}
