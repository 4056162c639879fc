// Small rules the evaluator and its parts share: which exceptions are control flow rather than
// errors, whether a break/continue label names a loop, putting back a variable a block shadowed, and
// collected output as one value.

import { BreakSignal, ContinueSignal, DownstreamFailure, ExitSignal, PipelineStoppedSignal, ReturnSignal, StopUpstreamSignal } from '../errors.js';
import { AutomationNull } from '../runtime/values.js';
import type { Scope } from '../session/scope.js';

export function restoreVar(scope: Scope, key: string, prev: ReturnType<Scope['vars']['get']>): void {
  if (prev) scope.vars.set(key, prev);
  else scope.vars.delete(key);
}

export function labelMatches(signalLabel: string | undefined, loopLabel: string | undefined): boolean {
  return signalLabel === undefined || (loopLabel !== undefined && signalLabel.toLowerCase() === loopLabel.toLowerCase());
}

export function isControlSignal(e: unknown): boolean {
  return (
    e instanceof BreakSignal ||
    e instanceof ContinueSignal ||
    e instanceof ReturnSignal ||
    e instanceof ExitSignal ||
    e instanceof PipelineStoppedSignal ||
    e instanceof StopUpstreamSignal ||
    e instanceof DownstreamFailure
  );
}

/** Collected output as one value: nothing → AutomationNull, one object → itself, several → object[]. */
export function collapse(out: unknown[]): unknown {
  if (out.length === 0) return AutomationNull;
  if (out.length === 1) return out[0];
  return out;
}
