// Stands in for the `bindings` package when better-sqlite3 is bundled into the start-up snapshot
// (src/build/snapshot.mjs). A native addon cannot be part of a snapshot, so it is loaded here at
// first use, at run time, from the node_modules folders above the running bundle; `bindings` would
// instead search a dozen folders and read the call stack to find the package.
'use strict';

/** The file the process started from: the snapshot blob (`--snapshot-blob <file>`) or the script. */
function startFile() {
  const { resolve } = require('node:path');
  const args = process.execArgv;
  for (let i = 0; i < args.length; i++) {
    if (args[i] === '--snapshot-blob' && i + 1 < args.length) return resolve(args[i + 1]);
    if (args[i].startsWith('--snapshot-blob=')) return resolve(args[i].slice('--snapshot-blob='.length));
  }
  return resolve(process.argv[1] ?? '.');
}

module.exports = function loadAddon(name) {
  const { createRequire } = require('node:module');
  // [I] Only the Release build is looked for: it is what npm installs (prebuilt or compiled).
  return createRequire(startFile())(`better-sqlite3/build/Release/${name}`);
};
