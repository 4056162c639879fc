// After the command line is bound: choose the parameter set and deal with missing mandatory parameters —
// an error in batch, a prompt through the host in the interactive shell (DOMAIN.md §6.12, §5.2).

import { PipelineStoppedSignal } from '../errors.js';
import type { FieldDescription } from '../host.js';
import { SecureString } from '../runtime/values.js';
import type { ParameterBinder } from './binder.js';
import { BindingError, msg } from './messages.js';
import { missingMandatory, resolveSet, takesPipelineInput, tentativeSet } from './sets.js';
import type { BinderParameter } from './table.js';
import { displayTypeName } from './typeNames.js';

/**
 * [I] DOMAIN.md §6.11: a call that names no set-selecting parameter, on a cmdlet with several sets and no
 * default set (`New-CsXmppAllowedPartner` alone), is AmbiguousParameterSet. Windows PowerShell's engine instead
 * treats it as "all sets" and asks for (or reports) the mandatory parameters of every set; set this to false
 * for that behaviour.
 */
export const bindingChoices = { ambiguousWithoutSetChoice: true };

/** True when nothing bound narrowed the sets and no default set can decide. */
function noSetChosen(binder: ParameterBinder): boolean {
  const { table } = binder;
  return table.sets.length > 1 && !table.defaultSet && binder.validSets.length === table.sets.length;
}

/** Resolves the set, prompts for or reports missing mandatory parameters, and saves the command-line state. */
export async function completeCommandLine(binder: ParameterBinder): Promise<void> {
  const { table } = binder;
  if (!binder.expectingInput && !bindingChoices.ambiguousWithoutSetChoice && noSetChosen(binder)) {
    const missing = table.parameters.filter((p) => !binder.bound.has(p.name) && table.sets.some((s) => table.membership(p, s)?.required && table.setsOf(p).includes(s)));
    if (missing.length > 0) await supplyMissing(binder, missing);
  }
  let set: string | null;
  if (binder.expectingInput) {
    if (binder.validSets.length === 0) throw new BindingError('AmbiguousParameterSet', msg.ambiguousParameterSet());
    set = tentativeSet(table, binder.validSets);
  } else {
    set = resolveSet(table, binder.validSets, binder.bound);
    binder.validSets = [set];
  }
  if (set) {
    binder.parameterSetName = set;
    let missing = missingMandatory(table, set, binder.bound);
    if (binder.expectingInput) missing = missing.filter((p) => !takesPipelineInput(p));
    if (missing.length > 0) await supplyMissing(binder, missing);
  }
  binder.saveCommandLineState();
}

async function supplyMissing(binder: ParameterBinder, missing: BinderParameter[]): Promise<void> {
  const host = binder.options.host;
  if (!host?.interactive) {
    throw new BindingError('MissingMandatoryParameter', msg.missingMandatory(missing.map((p) => p.name)));
  }
  const caption = `cmdlet ${binder.metadata.name} at command pipeline position ${binder.options.pipelinePosition ?? 1}`;
  const fields: FieldDescription[] = missing.map((p) => ({
    name: p.name,
    typeName: displayTypeName(p.type),
    isSecure: p.type.kind === 'credential' || p.type.kind === 'secureString' || undefined,
  }));
  const answers = await host.prompt(caption, 'Supply values for the following parameters:', fields);
  // A cancelled prompt (Ctrl+C) stops the pipeline quietly, as in the console: no error record.
  if (!answers) throw new PipelineStoppedSignal();
  for (const p of missing) {
    const answer = answers[p.name] ?? answers[Object.keys(answers).find((k) => k.toLowerCase() === p.name.toLowerCase()) ?? ''];
    binder.assign(p, binder.coerce(p, promptedValue(p, answer ?? '')));
  }
}

/** Prompt answers are text; Boolean and switch parameters read the usual spellings of true and false [I]. */
function promptedValue(p: BinderParameter, answer: string | string[]): unknown {
  // A secure field's text becomes the SecureString the parameter wants.
  if (p.type.kind === 'secureString') return new SecureString(Array.isArray(answer) ? answer.join('') : answer);
  if (p.type.kind !== 'boolean' && p.type.kind !== 'switch') return answer;
  const text = (Array.isArray(answer) ? answer[0] ?? '' : answer).trim().toLowerCase();
  if (['true', '$true', '1', 'yes', 'y'].includes(text)) return true;
  if (['false', '$false', '0', 'no', 'n', ''].includes(text)) return false;
  return answer;
}
