// Runtime errors the evaluator raises, with PowerShell's messages, categories and ids; turning stray
// JavaScript errors into error records.

import type { Extent } from '../../lang/ast.js';
import { ErrorRecord, PSRuntimeError, type ErrorCategory } from '../errors.js';
import { toStr } from '../runtime/convert.js';
import { isExceptionObject } from '../statics/system.js';
import { withoutHostPaths } from '../files/sandbox.js';

/** `throw` and errors under $ErrorActionPreference = 'Stop' end the whole script, not just the statement. */
export class ScriptTerminatingError extends PSRuntimeError {}

export function runtimeError(message: string, errorId: string, category: ErrorCategory = 'InvalidOperation', extra: Partial<ConstructorParameters<typeof ErrorRecord>[0]> = {}): PSRuntimeError {
  return new PSRuntimeError(new ErrorRecord({ message, errorId, category, targetName: '', targetType: '', ...extra }));
}

export function nullMethodCall(): PSRuntimeError {
  return runtimeError('You cannot call a method on a null-valued expression.', 'InvokeMethodOnNull');
}

export function nullIndex(): PSRuntimeError {
  return runtimeError('Cannot index into a null array.', 'NullArray');
}

export function commandNotFound(name: string, extent?: Extent): PSRuntimeError {
  return new PSRuntimeError(
    new ErrorRecord({
      message: `The term '${name}' is not recognized as the name of a cmdlet, function, script file, or operable program. Check the spelling of the name, or if a path was included, verify that the path is correct and try again.`,
      errorId: 'CommandNotFoundException',
      category: 'ObjectNotFound',
      exceptionType: 'System.Management.Automation.CommandNotFoundException',
      targetObject: name,
      targetType: 'String',
      activity: '',
      invocation: { commandName: name, extent },
    }),
  );
}

/**
 * A script file that cannot be read (here: its path leads out of the sandbox). 5.1 turns the .NET
 * failure into a CommandNotFoundException carrying the .NET message.
 */
export function scriptAccessDenied(name: string, shownPath: string, extent?: Extent): PSRuntimeError {
  return new PSRuntimeError(
    new ErrorRecord({
      message: `Access to the path '${shownPath}' is denied.`,
      errorId: 'CommandNotFoundException',
      category: 'ObjectNotFound',
      exceptionType: 'System.Management.Automation.CommandNotFoundException',
      targetName: '',
      targetType: '',
      activity: '',
      invocation: { commandName: name, extent },
    }),
  );
}

/** Attaches the position of the failing expression when the record has none yet. */
export function withExtent(e: unknown, extent: Extent): unknown {
  if (e instanceof PSRuntimeError && !e.record.invocation.extent) e.record.invocation = { ...e.record.invocation, extent };
  return e;
}

/** The error PowerShell 5.1 shows (it reports no depth: its limit comes from the stack, so CallDepth is 0). */
export function callDepthOverflowRecord(): ErrorRecord {
  return new ErrorRecord({
    message: 'The script failed due to call depth overflow.',
    category: 'InvalidOperation',
    errorId: 'CallDepthOverflow',
    exceptionType: 'System.Management.Automation.ScriptCallDepthException',
    targetObject: 0,
  });
}

/** The overflow passes through wrappers (validation, method calls) unchanged, as PowerShell's does. */
export function isCallDepthOverflow(e: unknown): boolean {
  return e instanceof PSRuntimeError && e.record.fullyQualifiedErrorId === 'CallDepthOverflow';
}

/** JavaScript's own stack overflow: a synchronous recursion that no script call counted. */
export function isJavaScriptStackOverflow(e: unknown): boolean {
  return e instanceof RangeError && /call stack/i.test(e.message);
}

/** Turns anything thrown inside the evaluator into a PSRuntimeError (JavaScript bugs included, never a crash). */
export function asRuntimeError(e: unknown): PSRuntimeError {
  if (e instanceof PSRuntimeError) return e;
  // [I] Whatever recursed (an alias property naming itself, a self-referencing value), the user sees
  // PowerShell's own limit, never the engine's.
  if (isJavaScriptStackOverflow(e)) return new ScriptTerminatingError(callDepthOverflowRecord());
  const message = e instanceof Error ? withoutHostPaths(e.message) : toStr(e);
  return runtimeError(message, 'RuntimeException', 'NotSpecified');
}

// ---------------------------------------------------------------------------------------------
// `throw`

export function throwRecord(value: unknown, extent: Extent): ErrorRecord {
  if (value instanceof ErrorRecord) return value;
  if (isExceptionObject(value)) {
    const message = toStr(value.get('Message'));
    return new ErrorRecord({ message, errorId: message, category: 'OperationStopped', exceptionType: value.typeName, targetName: '', targetType: '', activity: '', invocation: { extent } });
  }
  const message = value === undefined ? 'ScriptHalted' : toStr(value);
  return new ErrorRecord({
    message,
    errorId: value === undefined ? 'ScriptHalted' : message,
    category: 'OperationStopped',
    targetObject: value === undefined ? null : value,
    activity: '',
    invocation: { extent },
  });
}
