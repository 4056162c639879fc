// The entry of the start-up snapshot (dist/csshell.blob, built by src/build/snapshot.mjs). Node runs
// this file's top level once, at build time: every module is loaded, the catalog parsed, the built-in
// cmdlets and help indexed and the parser's grammar analysed, and the heap is saved. A later start deserializes
// that heap and runs only the main function below, with the run's own argv, cwd, env and clock.

import { startupSnapshot } from 'node:v8';
import { grammarParser } from '../lang/parser.js';
import { runCli } from './cliMain.js';
import { builtins } from '../cmdlets/index.js';

grammarParser();
builtins();

startupSnapshot.setDeserializeMainFunction(() => {
  // A snapshot run has no script name: argv is [node, ...arguments].
  void runCli(process.argv.slice(1));
});
