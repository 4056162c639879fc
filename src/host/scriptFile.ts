// Reading the .ps1 files the CLI is given (`csshell run`, `parse`, `check`), decoded as PowerShell does.

import { readFileSync } from 'node:fs';
import { isAbsolute, relative, resolve } from 'node:path';
import { resolveSandboxPath } from '../engine/files/paths.js';
import { SandboxFiles } from '../engine/files/sandbox.js';
import { decodeScript } from '../engine/files/scriptDecode.js';

export function readScriptFile(path: string): string {
  return decodeScript(readFileSync(path));
}

/**
 * The script of `csshell run <file>`: its host path and text. [I] A script named inside the working
 * folder (a relative path, `.\\x.ps1` included, or an absolute one under it) is a file of the sandbox
 * and is read through it, so a link leading out of the folder is refused (PathOutsideSandboxError);
 * a script elsewhere on the host is the host user's own explicit choice and is read as it is.
 */
export function readRunScript(workingDirectory: string, file: string): { path: string; text: string } {
  const underRoot = !isAbsolute(file) || !relative(resolve(workingDirectory), resolve(file)).startsWith('..');
  if (!underRoot) return { path: resolve(file), text: readScriptFile(resolve(file)) };
  const path = resolveSandboxPath(workingDirectory, file);
  return { path, text: decodeScript(new SandboxFiles(workingDirectory).readFile(path)) };
}
