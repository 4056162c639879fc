// `trap`: a trap written anywhere in a statement list handles the terminating errors of that list's
// statements and of everything they call. After the trap body, `continue` resumes silently with the
// next statement, `break` stops the script with the error, and falling off the end shows the error
// and resumes with the next statement (PowerShell's about_Trap rules).

import type { StatementAst, TrapAst } from '../../lang/ast.js';
import { BreakSignal, ContinueSignal, type ErrorRecord } from '../errors.js';
import { asRuntimeError, ScriptTerminatingError } from './errors.js';
import { catchMatches } from '../runtime/exceptionTypes.js';
import type { EvaluatorApi, Sink } from './evaluatorApi.js';
import { isControlSignal, restoreVar } from './flow.js';

const NO_TRAPS: TrapAst[] = [];
/** Statement lists run again and again (loop bodies): their traps are found once. */
const trapCache = new WeakMap<StatementAst[], TrapAst[]>();

export function trapsOf(statements: StatementAst[]): TrapAst[] {
  let traps = trapCache.get(statements);
  if (!traps) {
    const found = statements.filter((s): s is TrapAst => s.kind === 'Trap');
    traps = found.length ? found : NO_TRAPS;
    trapCache.set(statements, traps);
  }
  return traps;
}

/** Runs statements under their traps; an error no trap takes goes on as it would without traps. */
export async function runTrapped(ev: EvaluatorApi, statements: StatementAst[], traps: TrapAst[], sink: Sink, afterEach?: () => void): Promise<void> {
  for (const s of statements) {
    if (s.kind === 'Trap') continue;
    const before = ev.errorCount;
    let failure: unknown;
    // Errors of called functions and script blocks come up to this trap rather than being reported there.
    ev.tryDepth++;
    try {
      await ev.execStatement(s, sink);
    } catch (e) {
      failure = e;
    } finally {
      ev.tryDepth--;
    }
    if (failure !== undefined) {
      if (isControlSignal(failure)) throw failure;
      const err = asRuntimeError(failure);
      const trap = traps.find((t) => t.types.length > 0 && catchMatches(err.record, t.types)) ?? traps.find((t) => t.types.length === 0);
      if (!trap) throw err;
      await runTrap(ev, trap, err.record, sink);
    }
    ev.lastSuccess = ev.errorCount === before && failure === undefined;
    afterEach?.();
  }
}

async function runTrap(ev: EvaluatorApi, trap: TrapAst, record: ErrorRecord, sink: Sink): Promise<void> {
  ev.adoptError(record);
  const scope = ev.scope;
  const prevUnder = scope.vars.get('_');
  const prevItem = scope.vars.get('psitem');
  scope.set('_', record);
  scope.set('PSItem', record);
  let outcome: 'show' | 'continue' | 'break' = 'show';
  try {
    await ev.runStatements(trap.body.statements, sink);
  } catch (e) {
    if (e instanceof ContinueSignal && !e.label) outcome = 'continue';
    else if (e instanceof BreakSignal && !e.label) outcome = 'break';
    else throw e;
  } finally {
    restoreVar(scope, '_', prevUnder);
    restoreVar(scope, 'psitem', prevItem);
  }
  if (outcome === 'break') throw new ScriptTerminatingError(record);
  if (outcome === 'continue') {
    if (!ev.errors.items.includes(record)) ev.errors.items.unshift(record);
    ev.errorCount++;
    return;
  }
  await ev.reportError(record);
}
