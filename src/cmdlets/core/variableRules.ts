// The rules the variable cmdlets share: ScopedItemOptions (parsing and display), which scope a
// -Scope argument names, and 5.1's refusals (read-only, constant, missing, already existing).

import type { CmdletContext } from '../../engine/cmdlet.js';
import { toStr } from '../../engine/runtime/convert.js';
import { PSRuntimeError, type ErrorCategory } from '../../engine/errors.js';
import type { Scope, Variable } from '../../engine/session/scope.js';
import { listOf } from './util.js';

/** ScopedItemOptions in flag order (how .NET joins them: "ReadOnly, AllScope"). */
const OPTION_NAMES = ['None', 'ReadOnly', 'Constant', 'Private', 'AllScope', 'Unspecified'] as const;

export interface VariableOptions {
  readOnly?: boolean;
  constant?: boolean;
  private?: boolean;
  allScope?: boolean;
}

/** The -Option argument (`ReadOnly`, `ReadOnly, AllScope`, an array); undefined when not given. */
export function parseOptions(ctx: CmdletContext): VariableOptions | undefined {
  if (ctx.params.Option === undefined || ctx.params.Option === null) return undefined;
  const names = listOf(ctx.params.Option).flatMap((o) => toStr(o).split(',')).map((s) => s.trim()).filter(Boolean);
  const options: VariableOptions = {};
  for (const name of names) {
    const known = OPTION_NAMES.find((o) => o.toLowerCase() === name.toLowerCase());
    if (!known) {
      ctx.throwTerminatingError({
        message: `Cannot bind parameter 'Option'. Cannot convert value "${name}" to type "System.Management.Automation.ScopedItemOptions". Error: "Unable to match the identifier name ${name} to a valid enumerator name. Specify one of the following enumerator names and try again:\n${OPTION_NAMES.join(', ')}"`,
        errorId: 'CannotConvertArgumentNoMessage',
        category: 'InvalidArgument',
        exceptionType: 'System.Management.Automation.ParameterBindingException',
      });
    }
    if (known === 'ReadOnly') options.readOnly = true;
    else if (known === 'Constant') options.constant = true;
    else if (known === 'Private') options.private = true;
    else if (known === 'AllScope') options.allScope = true;
  }
  return options;
}

/** Options as PSVariable.Options shows them. */
export function optionsText(v: Variable): string {
  const set = [v.readOnly && 'ReadOnly', v.constant && 'Constant', v.private && 'Private', v.allScope && 'AllScope'].filter(Boolean);
  return set.length ? set.join(', ') : 'None';
}

/** The scope -Scope names (the caller's when not given); a bad one is written as an error and gives undefined. */
export function targetScope(ctx: CmdletContext): Scope | undefined {
  const spec = ctx.params.Scope === undefined || ctx.params.Scope === null ? undefined : toStr(ctx.params.Scope);
  try {
    return ctx.engine.variableScope!(spec);
  } catch (e) {
    if (!(e instanceof PSRuntimeError)) throw e;
    ctx.writeError(e.record);
    return undefined;
  }
}

const ACCESS = 'System.Management.Automation.SessionStateUnauthorizedAccessException';

function variableError(ctx: CmdletContext, name: string, message: string, errorId: string, category: ErrorCategory, exceptionType = ACCESS): void {
  ctx.writeError({ message, errorId, category, targetObject: name, exceptionType });
}

export const notFound = (ctx: CmdletContext, name: string): void =>
  variableError(ctx, name, `Cannot find a variable with the name '${name}'.`, 'VariableNotFound', 'ObjectNotFound', 'System.Management.Automation.ItemNotFoundException');

export const notWritable = (ctx: CmdletContext, name: string): void =>
  variableError(ctx, name, `Cannot overwrite variable ${name} because it is read-only or constant.`, 'VariableNotWritable', 'WriteError');

export const notRemovable = (ctx: CmdletContext, name: string): void =>
  variableError(ctx, name, `Cannot remove variable ${name} because it is constant or read-only. If the variable is read-only, try the operation again specifying the Force option.`, 'VariableNotRemovable', 'WriteError');

export const alreadyExists = (ctx: CmdletContext, name: string): void =>
  variableError(ctx, name, `A variable with name '${name}' already exists.`, 'VariableAlreadyExists', 'ResourceExists', 'System.Management.Automation.SessionStateException');

export const cannotBeMadeConstant = (ctx: CmdletContext, name: string): void =>
  variableError(ctx, name, `Existing variable ${name} cannot be made constant. Variables can be made constant only at creation time.`, 'VariableCannotBeMadeConstant', 'WriteError');

/** True when the variable may be changed: a constant never, a read-only one only with -Force. */
export function writable(ctx: CmdletContext, v: Variable): boolean {
  if (v.constant || (v.readOnly && !ctx.params.Force)) {
    notWritable(ctx, v.name);
    return false;
  }
  return true;
}

/** Applies -Option to a variable (clearing ReadOnly needs -Force, as checked by `writable`). */
export function applyOptions(v: Variable, options: VariableOptions): void {
  v.readOnly = !!options.readOnly;
  v.private = !!options.private;
  v.allScope = !!options.allScope;
  if (options.constant) v.constant = true;
}
