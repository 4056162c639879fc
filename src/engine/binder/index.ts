// The binder's public entry points. Cmdlets (through the command processor) and script functions (through
// the evaluator, with metadata built from param()) bind the same way.

import type { CmdletMetadata, CommandArgument } from '../cmdlet.js';
import { type ErrorRecord, PSRuntimeError } from '../errors.js';
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
