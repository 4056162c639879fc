// The binder's public entry points. Cmdlets (through the command processor) and script functions (through
// the evaluator, with metadata built from param()) bind the same way.

import type { CmdletMetadata, CommandArgument } from '../cmdlet.js';
import { type ErrorRecord, PSRuntimeError } from '../errors.js';
import type { ScriptBlockValue } from '../runtime/values.js';
import { msg } from './messages.js';
import { ParameterBinder, type BindOptions } from './binder.js';
import { completeCommandLine } from './mandatory.js';
import { BindingError, bindingErrorRecord } from './messages.js';
import { bindInputObject } from './pipeline.js';

export { ParameterBinder, type BindOptions } from './binder.js';
export { applyListModifier, toListModifier, type ListModifier } from './listModifier.js';
export { BindingError, bindingErrorRecord, commandClassName, msg as bindingMessages } from './messages.js';
export { parameterType, displayTypeName, ACTION_PREFERENCE_VALUES, type ParameterType } from './typeNames.js';
export { ParameterTable, ALL_SETS, type BinderParameter } from './table.js';
export { matchEnum } from './enums.js';
export { bindingChoices } from './mandatory.js';
export { valueText, valueTypeName } from './valueText.js';

/**
 * Binds command-line arguments: names, positions, conversion, parameter set, mandatory parameters (prompting
 * when the host is interactive). Throws PSRuntimeError carrying the ParameterBindingException record.
 * The returned binder's `params`, `bound` and `parameterSetName` are what the command runs with.
 */
export async function bindArguments(metadata: CmdletMetadata, args: CommandArgument[], options: BindOptions = {}): Promise<ParameterBinder> {
  const binder = new ParameterBinder(metadata, options);
  try {
    binder.bindArgumentList(args);
    await completeCommandLine(binder);
  } catch (e) {
    if (e instanceof BindingError) throw new PSRuntimeError(bindingErrorRecord(e, metadata, options.extent));
    throw e;
  }
  return binder;
}

/**
 * Binds one pipeline input object on top of the command-line parameters. Returns null when the command can
 * process it, or the (non-terminating) ErrorRecord to write for it, e.g. InputObjectNotBound.
 */
export function bindPipelineObject(binder: ParameterBinder, input: unknown): ErrorRecord | null {
  const err = bindInputObject(binder, input);
  if (!err) return null;
  return bindingErrorRecord(err, binder.metadata, binder.options.extent, input);
}

/**
 * Evaluates the delay-bind script blocks for one input object (`$_` = the object) and binds their results.
 * Returns the non-terminating ErrorRecord for this object when a block fails or its result does not convert.
 */
export async function bindDelayedScriptBlocks(
  binder: ParameterBinder,
  input: unknown,
  invoke: (block: ScriptBlockValue, input: unknown) => Promise<unknown[]>,
): Promise<ErrorRecord | null> {
  for (const [p, { block, extent }] of binder.delayBind) {
    let results: unknown[];
    try {
      results = await invoke(block, input);
    } catch (e) {
      if (!(e instanceof PSRuntimeError)) throw e;
      const failure = new BindingError('ScriptBlockArgumentInvocationFailed', msg.scriptBlockFailed(p.name, e.record.message), extent);
      return bindingErrorRecord(failure, binder.metadata, binder.options.extent, input);
    }
    const value = results.length === 0 ? null : results.length === 1 ? results[0] : results;
    try {
      binder.setValue(p, binder.coerce(p, value, extent));
    } catch (e) {
      if (e instanceof BindingError) return bindingErrorRecord(e, binder.metadata, binder.options.extent, input);
      throw e;
    }
  }
  return null;
}
