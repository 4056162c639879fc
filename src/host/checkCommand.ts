// `csshell check <files…>`: checks scripts offline against the cmdlets' real parameters (see
// src/engine/check/scriptCheck.ts). Prints `file:line:col: Command: message` per finding; exit 1
// when there is any.

import { readScriptFile } from './scriptFile.js';
import { checkScript } from '../engine/check/scriptCheck.js';

export async function checkCommand(files: string[]): Promise<number> {
  if (files.length === 0) {
    process.stderr.write('usage: csshell check <file.ps1>...\n');
    return 2;
  }
  let total = 0;
  for (const file of files) {
    let text: string;
    try {
      text = readScriptFile(file);
    } catch (e) {
      process.stderr.write(`${file}: cannot read the file: ${(e as NodeJS.ErrnoException).code ?? String(e)}\n`);
      total++;
      continue;
    }
    for (const f of await checkScript(text, file)) {
      const who = f.command ? `${f.command}: ` : '';
      process.stdout.write(`${file}:${f.line}:${f.column}: ${who}${f.message.replace(/\r?\n/g, ' ')} [${f.errorId}]\n`);
      total++;
    }
  }
  if (total) process.stderr.write(`${total} problem${total === 1 ? '' : 's'} found\n`);
  return total ? 1 : 0;
}
