// What the CLI prints when a command line fails outside the engine: a store that cannot be used and
// a file-system error are the user's to fix (exit 1); anything else is a defect of csshell, an
// internal error (exit 70) told in one line. The JavaScript stack is for developers only: it follows
// the line when CSSHELL_DEBUG=1 [I].

import { StoreOpenError } from '../store/storeErrors.js';

export interface FailureReport {
  text: string;
  exitCode: number;
}

const firstLine = (s: string) => s.split('\n')[0]!.trim();

function isFileSystemError(err: unknown): err is NodeJS.ErrnoException {
  const e = err as NodeJS.ErrnoException | undefined;
  return e instanceof Error && typeof e.code === 'string' && /^E[A-Z]+$/.test(e.code) && typeof e.syscall === 'string';
}

export function describeFailure(err: unknown, debug: boolean): FailureReport {
  if (err instanceof StoreOpenError) return { text: `csshell: ${err.message}\n`, exitCode: 1 };
  if (isFileSystemError(err)) {
    return { text: `csshell: ${firstLine(err.message).replace(/^E[A-Z]+: /, '')}\n`, exitCode: 1 };
  }
  const message = err instanceof Error ? firstLine(err.message) || err.name : firstLine(String(err));
  if (debug) {
    const detail = err instanceof Error ? (err.stack ?? '') : '';
    return { text: `csshell: internal error: ${message}\n${detail}\n`, exitCode: 70 };
  }
  return { text: `csshell: internal error: ${message} (set CSSHELL_DEBUG=1 to see where it happened)\n`, exitCode: 70 };
}
