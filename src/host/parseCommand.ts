// `csshell parse [--ast] <files…>`: syntax check only. Prints every parse error as file:line:col: message
// (exit 1 when there is any), or with --ast the syntax tree as JSON.

import { readScriptFile } from './scriptFile.js';
import { parse } from '../lang/parser.js';
import { scriptParseErrors } from '../lang/scriptChunks.js';

export async function parseCommand(args: string[]): Promise<number> {
  const showAst = args.includes('--ast');
  const files = args.filter((a) => a !== '--ast');
  if (files.length === 0) {
    process.stderr.write('usage: csshell parse [--ast] <file.ps1>...\n');
    return 2;
  }
  let failed = false;
  for (const file of files) {
    let text: string;
    try {
      text = readScriptFile(file);
    } catch (e) {
      process.stderr.write(`${file}: cannot read the file: ${(e as NodeJS.ErrnoException).code ?? String(e)}\n`);
      failed = true;
      continue;
    }
    // Without --ast only the errors are needed: checking chunk by chunk keeps memory bounded.
    const parsed = showAst ? parse(text, file) : undefined;
    const errors = parsed ? parsed.errors : scriptParseErrors(text, file);
    for (const e of errors) process.stdout.write(`${file}:${e.extent.line}:${e.extent.column}: ${e.message.replace(/\n/g, ' ')}\n`);
    if (errors.length) failed = true;
    if (parsed) process.stdout.write(JSON.stringify(parsed.ast, (key, value) => (key === 'source' ? undefined : value), 2) + '\n');
  }
  return failed ? 1 : 0;
}
