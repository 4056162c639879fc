// The one way a Skype for Business cmdlet writes: its change happens inside a single store transaction
// begun IMMEDIATE, so that other csshell processes on the same store cannot slip a write in between
// what the command reads and what it writes back.
//
// The pattern every writing cmdlet follows: read and check a preview, ask (-WhatIf, -Confirm,
// ShouldContinue), then call `commandTransaction` with a function that re-reads the record, re-checks
// the rules and applies the change to what is stored now. Prompts are asynchronous and transactions
// are not, so nothing waits for the user while the store is locked.

import type { CmdletContext, ErrorSpec } from '../../../engine/cmdlet.js';
import { StoreBusyError, type Store } from '../../../store/store.js';
import { sandboxFiles } from '../../../engine/files/sandbox.js';
import { FileChanges } from './commandFiles.js';
import { storeOf } from './commandContext.js';

/** Files a command adds to each of its transactions just before the commit (the -Report file). */
const filesBeforeCommit = new WeakMap<CmdletContext, (files: FileChanges) => void>();

/** Makes `place` part of every transaction this context runs (see withReport). */
export function placeFilesBeforeCommit(ctx: CmdletContext, place: (files: FileChanges) => void): void {
  filesBeforeCommit.set(ctx, place);
}

/** [I] The store stayed locked by another process for longer than the busy timeout. */
export function storeBusySpec(e: StoreBusyError): ErrorSpec {
  return {
    message: `The Central Management Store is busy: another process kept it locked for longer than ${e.waitedMs / 1000} seconds. Nothing was changed. Run the command again.`,
    category: 'ResourceBusy',
    errorId: 'StoreBusy',
    exceptionType: 'System.TimeoutException',
  };
}

/**
 * Runs one write of a command: `work` (synchronous) in an IMMEDIATE transaction, then the command's
 * files are put in place (commandFiles.ts), then COMMIT. On any failure nothing is written: neither the
 * store nor the files. A busy store is a terminating error of the command.
 */
export function commandTransaction<T>(ctx: CmdletContext, work: (store: Store, files: FileChanges) => T): T {
  const store = storeOf(ctx);
  const files = new FileChanges(() => sandboxFiles(ctx.engine.session));
  let result: T;
  try {
    result = store.transaction(() => {
      const value = work(store, files);
      filesBeforeCommit.get(ctx)?.(files);
      return value;
    });
  } catch (e) {
    files.undo();
    if (e instanceof StoreBusyError) ctx.throwTerminatingError(storeBusySpec(e));
    throw e;
  }
  files.keep();
  return result;
}

/** Runs reads that must all see one committed state (an export); a busy store is the same error as for writes. */
export function commandRead<T>(ctx: CmdletContext, read: (store: Store) => T): T {
  const store = storeOf(ctx);
  try {
    return store.read(() => read(store));
  } catch (e) {
    if (e instanceof StoreBusyError) ctx.throwTerminatingError(storeBusySpec(e));
    throw e;
  }
}
