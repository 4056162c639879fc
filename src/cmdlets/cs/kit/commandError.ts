// The one way a Skype for Business cmdlet reports a problem: wherever it finds one, the handler calls
// `fail` with the error in PowerShell's shape (message, category, id, target), and the one wrapper,
// `reportingErrors`, writes it as the engine's error record of the current object (non-terminating)
// or ends the command with it (terminating). The store is untouched: `store.transaction` rolled back.

import type { CmdletContext, CmdletImplementation, ErrorSpec } from '../../../engine/cmdlet.js';
import { StoreKeyError, storeKeyErrorSpec } from './storeKeyErrors.js';

/** A problem of the current object (or of the whole command when `terminating`), thrown by `fail`. */
export class CsCommandError extends Error {
  constructor(
    readonly spec: ErrorSpec,
    readonly terminating = false,
  ) {
    super(spec.message);
  }
}

export function fail(spec: ErrorSpec, terminating = false): never {
  throw new CsCommandError(spec, terminating);
}

/** The error records the families share, by kind of problem; a family's own table names its ids. */
export const errorShapes = {
  notFound: (what: string, identity: string, errorId: string): ErrorSpec => ({
    message: `Cannot find "${what}" with identity "${identity}".`,
    category: 'ObjectNotFound',
    errorId,
    exceptionType: 'System.Management.Automation.ItemNotFoundException',
    targetObject: identity,
  }),
  invalid: (message: string, errorId: string, targetObject?: unknown): ErrorSpec => ({
    message,
    category: 'InvalidArgument',
    errorId,
    exceptionType: 'System.ArgumentException',
    targetObject,
  }),
  /** A rule of the product refused the change; `errorId` names the rule. */
  refused: (message: string, errorId: string, targetObject?: unknown): ErrorSpec => ({
    message,
    category: 'InvalidOperation',
    errorId,
    exceptionType: 'System.InvalidOperationException',
    targetObject,
  }),
  exists: (message: string, errorId: string, targetObject?: unknown): ErrorSpec => ({
    message,
    category: 'ResourceExists',
    errorId,
    exceptionType: 'System.InvalidOperationException',
    targetObject,
  }),
} as const;

/** How a family reports the errors of its handlers. */
export interface ErrorReporting {
  /** Every error ends the command, not only the current object (the certificate cmdlets). */
  terminating?: boolean;
  /** Put before the message of a store key error (the family's failure prefix). */
  failurePrefix?: string;
  /** The family's own error kinds as error records; undefined for anything else. */
  translate?: (e: unknown) => ErrorSpec | undefined;
}

/**
 * Runs a handler's work: a CsCommandError (or a store key error, or one the family translates) becomes
 * an error of the command; anything else is left to the engine.
 */
export async function reportingErrors(ctx: CmdletContext, work: () => void | Promise<void>, how: ErrorReporting = {}): Promise<void> {
  try {
    await work();
  } catch (e) {
    const problem = commandProblem(e, how);
    if (!problem) throw e;
    if (problem.terminating) ctx.throwTerminatingError(problem.spec);
    ctx.writeError(problem.spec);
  }
}

function commandProblem(e: unknown, how: ErrorReporting): { spec: ErrorSpec; terminating: boolean } | undefined {
  const terminating = how.terminating ?? false;
  if (e instanceof CsCommandError) return { spec: e.spec, terminating: terminating || e.terminating };
  if (e instanceof StoreKeyError) return { spec: storeKeyErrorSpec(e, how.failurePrefix), terminating };
  const spec = how.translate?.(e);
  return spec ? { spec, terminating } : undefined;
}

/** A cmdlet whose every input record is one run of `run`, its errors reported by `reportingErrors`. */
export function recordHandler(run: (ctx: CmdletContext) => void | Promise<void>): CmdletImplementation {
  return {
    process: (ctx) => reportingErrors(ctx, () => run(ctx)),
  };
}
