// The ES module entry of the CLI (dist/csshell.js): the interactive shell starts here, and every
// command when the start-up snapshot cannot be used (src/build/launcher.sh).

import { runCli } from './cliMain.js';

void runCli(process.argv.slice(2));
