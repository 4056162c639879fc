// [System.IO.Path] string helpers (Windows path rules) and [System.IO.File] on the sandbox.

import { toList, toStr } from '../runtime/convert.js';
import { arity, methodException } from '../members/support.js';
import { decodeScript } from '../files/scriptDecode.js';
import type { StaticMethod, StaticTable } from './access.js';
import type { EvaluatorApi } from '../eval/evaluatorApi.js';
import { PathOutsideSandboxError } from '../files/paths.js';
import { sandboxFiles, SandboxIoError, withoutHostPaths, type SandboxFiles } from '../files/sandbox.js';
import { fileStreamStatics } from './streams.js';
import { TextEncoding } from '../runtime/textEncodings.js';

function fileName(p: string): string {
  return p.split(/[\\/]/).pop() ?? '';
}

function extension(p: string): string {
  const name = fileName(p);
  const dot = name.lastIndexOf('.');
  return dot <= 0 && !name.startsWith('.') ? '' : dot < 0 ? '' : name.slice(dot);
}

function combine(parts: string[]): string {
  let out = '';
  for (const part of parts) {
    if (part === '') continue;
    if (/^([a-z]:)?[\\/]/i.test(part) || /^[a-z]:/i.test(part)) out = part;
    else if (out === '' || /[\\/:]$/.test(out)) out += part;
    else out += `\\${part}`;
  }
  return out;
}

export const pathStatics: StaticTable = {
  props: { directoryseparatorchar: () => '\\', pathseparator: () => ';', altdirectoryseparatorchar: () => '/' },
  methods: {
    getfilename: (a) => fileName(toStr(a[0])),
    getextension: (a) => extension(toStr(a[0])),
    getfilenamewithoutextension: (a) => {
      const name = fileName(toStr(a[0]));
      const ext = extension(name);
      return ext ? name.slice(0, -ext.length) : name;
    },
    getdirectoryname: (a) => {
      const p = toStr(a[0]);
      const i = Math.max(p.lastIndexOf('\\'), p.lastIndexOf('/'));
      return i < 0 ? '' : p.slice(0, i) + (/^[a-z]:$/i.test(p.slice(0, i)) ? '\\' : '');
    },
    combine: (a) => combine(a.flatMap((x) => (Array.isArray(x) ? x : [x])).map(toStr)),
    changeextension: (a) => {
      const p = toStr(a[0]);
      const ext = extension(p);
      const base = ext ? p.slice(0, -ext.length) : p;
      const next = toStr(a[1]);
      return next === '' ? base : `${base}${next.startsWith('.') ? '' : '.'}${next}`;
    },
    ispathrooted: (a) => /^([a-z]:)?[\\/]/i.test(toStr(a[0])),
    hasextension: (a) => extension(toStr(a[0])) !== '',
    gettemppath: () => 'C:\\Users\\Administrator\\AppData\\Local\\Temp\\',
    getrandomfilename: () => `${Math.random().toString(36).slice(2, 10)}.${Math.random().toString(36).slice(2, 5)}`,
  },
};

/** A [System.IO.File] method on a sandbox path: .NET's exceptions, never a host path or a path out of the sandbox. */
function inSandbox(name: string, f: (path: string, a: unknown[], files: SandboxFiles) => unknown): StaticMethod {
  return (a, ev: EvaluatorApi) => {
    try {
      return f(ev.services.resolvePath(toStr(a[0])), a, sandboxFiles(ev.services.session));
    } catch (e) {
      if (e instanceof PathOutsideSandboxError) throw methodException(name, a, `Access to the path '${e.shownPath}' is denied.`, 'System.UnauthorizedAccessException');
      if (e instanceof SandboxIoError && e.code === 'ENOENT') throw methodException(name, a, `Could not find file '${toStr(a[0])}'.`, 'System.IO.FileNotFoundException');
      if (e instanceof SandboxIoError) throw methodException(name, a, e.message, e.record.exceptionType);
      const message = e instanceof Error ? withoutHostPaths(e.message) : String(e);
      throw methodException(name, a, message, 'System.IO.IOException');
    }
  };
}

/**
 * Text as the bytes an encoding argument asks for (its byte-order mark first when `atStart`), or as
 * UTF-8 without a mark when there is none: .NET's File methods' default.
 */
function encoded(text: string, encoding: unknown, atStart: boolean): Uint8Array {
  if (!(encoding instanceof TextEncoding)) return Buffer.from(text, 'utf8');
  const body = encoding.encode(text);
  return atStart && encoding.preamble.length ? Buffer.concat([Uint8Array.from(encoding.preamble), body]) : body;
}

export const fileStatics: StaticTable = {
  methods: {
    exists: (a, ev) => {
      try {
        return sandboxFiles(ev.services.session).exists(ev.services.resolvePath(toStr(a[0])));
      } catch {
        return false;
      }
    },
    // Like .NET, reading honours a byte-order mark (files written by Out-File or `>` are UTF-16).
    readalltext: inSandbox('ReadAllText', (p, _a, files) => decodeScript(files.readFile(p))),
    readalllines: inSandbox('ReadAllLines', (p, _a, files) => decodeScript(files.readFile(p)).split(/\r?\n/).filter((l, i, all) => i < all.length - 1 || l !== '')),
    writealltext: inSandbox('WriteAllText', (p, a, files) => (arity('WriteAllText', a, 2, 3), void files.writeFile(p, encoded(toStr(a[1]), a[2], true)))),
    writealllines: inSandbox('WriteAllLines', (p, a, files) => void files.writeFile(p, encoded(toList(a[1]).map(toStr).join('\r\n') + '\r\n', a[2], true))),
    appendalltext: inSandbox('AppendAllText', (p, a, files) => void files.appendFile(p, encoded(toStr(a[1]), a[2], !files.stat(p)?.size))),
    ...fileStreamStatics,
  },
};
