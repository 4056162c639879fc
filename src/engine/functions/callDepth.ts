// The call-depth limit of script calls (functions, filters, script blocks, script files,
// Invoke-Expression, script methods): PowerShell's "call depth overflow" instead of an endless
// recursion or a JavaScript stack overflow.

import { callDepthOverflowRecord, ScriptTerminatingError } from '../eval/errors.js';

/** [I] Nested script calls allowed before "call depth overflow" (PowerShell's limit depends on its stack). */
export const MAX_CALL_DEPTH = 1000;

/**
 * [I] The depth at or below which an overflow is over: the top-level script or command line itself
 * runs as one call, so once every call it made has returned, new calls may start again.
 */
const TOP_LEVEL_DEPTH = 1;

/** What the evaluator keeps about running script calls. */
export interface CallDepthState {
  /** Script functions and blocks currently running inside one another. */
  callDepth: number;
  /**
   * Set by an overflow until the calls have unwound to the top level. [I] While it is set every new
   * call fails at once: a catch, finally or trap that calls again cannot restart the recursion (which
   * would take exponential time), yet it still runs and can log the error.
   */
  callDepthOverflowed: boolean;
}

/** Counts one more nested call, or throws the overflow. Pair every successful call with leaveCall. */
export function enterCall(state: CallDepthState): void {
  if (state.callDepthOverflowed || state.callDepth >= MAX_CALL_DEPTH) {
    state.callDepthOverflowed = true;
    throw new ScriptTerminatingError(callDepthOverflowRecord());
  }
  state.callDepth++;
}

export function leaveCall(state: CallDepthState): void {
  if (state.callDepth > 0) state.callDepth--;
  if (state.callDepth <= TOP_LEVEL_DEPTH) state.callDepthOverflowed = false;
}
