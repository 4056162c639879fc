// Reading .ps1 files as PowerShell does: UTF-8 with or without a byte-order mark, UTF-16 with a BOM,
// and Windows-1252 for files that are not valid UTF-8.

import { readFileSync } from 'node:fs';
import { isAbsolute, relative, resolve } from 'node:path';
import { resolveSandboxPath } from '../engine/paths.js';
import { SandboxFiles } from '../engine/sandboxFiles.js';

export function decodeScript(bytes: Uint8Array): string {
  if (bytes.length >= 3 && bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) {
    return new TextDecoder('utf-8').decode(bytes.subarray(3));
  }
  if (bytes.length >= 2 && bytes[0] === 0xff && bytes[1] === 0xfe) return new TextDecoder('utf-16le').decode(bytes.subarray(2));
  if (bytes.length >= 2 && bytes[0] === 0xfe && bytes[1] === 0xff) return new TextDecoder('utf-16be').decode(bytes.subarray(2));
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return new TextDecoder('windows-1252').decode(bytes);
  }
}

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
