// `csshell lab validate <file>...`: checks lab files a trainer writes (src/labs/labFile.ts) and prints
// each error as `file:line:col: message`. Exit 0 when every file is valid, 1 when one has an error,
// 2 when a file cannot be read. Files are read under the working directory only.

import { resolve } from 'node:path';
import { SandboxFiles } from '../engine/files/sandbox.js';
import { formatLabFileErrors, readLabFile } from '../labs/labFile.js';

/** The file's text, or undefined after saying why it cannot be read. */
function labFileText(files: SandboxFiles, file: string): string | undefined {
  const path = resolve(file);
  try {
    const stat = files.stat(path);
    if (!stat) {
      process.stderr.write(`csshell lab validate: cannot find the file '${file}'.\n`);
      return undefined;
    }
    if (stat.directory) {
      process.stderr.write(`csshell lab validate: '${file}' is a folder, not a lab file.\n`);
      return undefined;
    }
    return files.readFile(path).toString('utf8');
  } catch (e) {
    process.stderr.write(`csshell lab validate: cannot read '${file}': ${e instanceof Error ? e.message : String(e)}\n`);
    return undefined;
  }
}

export function validateLabFiles(files: string[]): number {
  if (files.length === 0) {
    process.stderr.write('usage: csshell lab validate <file>...\n');
    return 2;
  }
  const sandbox = new SandboxFiles(process.cwd());
  let status = 0;
  for (const file of files) {
    const text = labFileText(sandbox, file);
    if (text === undefined) {
      status = 2;
      continue;
    }
    const { lab, errors } = readLabFile(text);
    if (lab) {
      process.stdout.write(`${file}: valid lab '${lab.name}' (${lab.tasks.length} tasks)\n`);
      continue;
    }
    for (const line of formatLabFileErrors(file, errors)) process.stdout.write(`${line}\n`);
    status = Math.max(status, 1);
  }
  return status;
}
