// Validation attributes on script parameters that the binder does not apply itself: [ValidateScript],
// [ValidateNotNullOrEmpty], [ValidateNotNull], [ValidateRange], [ValidatePattern], [ValidateLength].

import type { AttributeAst, ParameterAst } from '../../lang/ast.js';
import { ErrorRecord, PSRuntimeError } from '../errors.js';
import { compareValues, isNull, toBool, toList, toStr } from '../runtime/convert.js';
import { evalSync, isPure } from '../eval/expressions.js';
import { isCallDepthOverflow } from '../eval/errors.js';
import { toRegex } from '../operators/regexPattern.js';
import { ScriptBlockValue } from '../runtime/values.js';
import type { EvaluatorApi } from '../eval/evaluatorApi.js';
import type { Extent } from '../../lang/ast.js';

const VALIDATORS = new Set(['validatescript', 'validatenotnullorempty', 'validatenotnull', 'validaterange', 'validatepattern', 'validatelength']);

function attrName(a: AttributeAst): string {
  return a.typeName.toLowerCase().replace(/^system\.management\.automation\./, '').replace(/attribute$/, '');
}

export function hasValidators(p: ParameterAst): boolean {
  return p.attributes.some((a) => a.kind === 'Attribute' && VALIDATORS.has(attrName(a)));
}

function failure(functionName: string, parameter: string, inner: string, extent?: Extent): PSRuntimeError {
  return new PSRuntimeError(
    new ErrorRecord({
      message: `Cannot validate argument on parameter '${parameter}'. ${inner}`,
      category: 'InvalidData',
      errorId: `ParameterArgumentValidationError,${functionName}`,
      exceptionType: 'System.Management.Automation.ParameterBindingValidationException',
      targetName: '',
      targetType: '',
      activity: functionName,
      invocation: { commandName: functionName, extent },
      innerMessage: inner,
    }),
  );
}

function constArg(ev: EvaluatorApi, a: AttributeAst, i: number): unknown {
  const e = a.positionalArguments[i];
  return e && isPure(e) ? evalSync(ev, e) : undefined;
}

async function checkOne(ev: EvaluatorApi, a: AttributeAst, value: unknown): Promise<string | undefined> {
  switch (attrName(a)) {
    case 'validatenotnullorempty':
      if (isNull(value) || value === '' || (Array.isArray(value) && value.length === 0)) return 'The argument is null or empty. Provide an argument that is not null or empty, and then try the command again.';
      return undefined;
    case 'validatenotnull':
      return isNull(value) ? 'The argument is null. Provide a valid value for the argument, and then try the command again.' : undefined;
    case 'validaterange': {
      const min = constArg(ev, a, 0);
      const max = constArg(ev, a, 1);
      for (const v of toList(value)) {
        if (compareValues(v, min) < 0) return `The ${toStr(v)} argument is less than the minimum allowed range of ${toStr(min)}. Supply an argument that is greater than or equal to ${toStr(min)} and then try the command again.`;
        if (compareValues(v, max) > 0) return `The ${toStr(v)} argument is greater than the maximum allowed range of ${toStr(max)}. Supply an argument that is less than or equal to ${toStr(max)} and then try the command again.`;
      }
      return undefined;
    }
    case 'validatepattern': {
      const pattern = toStr(constArg(ev, a, 0));
      for (const v of toList(value)) {
        if (!toRegex(pattern, false).test(toStr(v))) return `The argument "${toStr(v)}" does not match the "${pattern}" pattern. Supply an argument that matches "${pattern}" and try the command again.`;
      }
      return undefined;
    }
    case 'validatelength': {
      const min = Number(constArg(ev, a, 0));
      const max = Number(constArg(ev, a, 1));
      for (const v of toList(value)) {
        const len = toStr(v).length;
        if (len < min) return `The character length of the ${len} argument is too short. Specify an argument with a length that is greater than or equal to "${min}", and then try the command again.`;
        if (len > max) return `The character length of the ${len} argument is too long. Shorten the character length of the argument so it is fewer than or equal to "${max}" characters, and then try the command again.`;
      }
      return undefined;
    }
    case 'validatescript':
      return validateScript(ev, a, value);
    default:
      return undefined;
  }
}

async function validateScript(ev: EvaluatorApi, a: AttributeAst, value: unknown): Promise<string | undefined> {
  const blockAst = a.positionalArguments[0];
  if (!blockAst || blockAst.kind !== 'ScriptBlockExpression') return undefined;
  const block = new ScriptBlockValue(blockAst.scriptBlock, blockAst.text, ev.scope);
  for (const v of toList(value)) {
    let out: unknown[];
    try {
      out = await ev.services.invokeScriptBlock(block, { dollarUnder: v });
    } catch (e) {
      if (e instanceof PSRuntimeError && !isCallDepthOverflow(e)) return e.record.message;
      throw e;
    }
    if (!toBool(out.length === 1 ? out[0] : out)) {
      return `The "${blockAst.text.trim()}" validation script for the argument with value "${toStr(v)}" did not return a result of True. Determine why the validation script failed, and then try the command again.`;
    }
  }
  return undefined;
}

/** Checks the validation attributes of the bound parameters; throws the binding error PowerShell gives. */
export async function validateParameters(ev: EvaluatorApi, functionName: string, parameters: ParameterAst[], bound: ReadonlySet<string>, values: Record<string, unknown>, extent?: Extent): Promise<void> {
  for (const p of parameters) {
    if (!bound.has(p.name) || !hasValidators(p)) continue;
    for (const a of p.attributes) {
      if (a.kind !== 'Attribute') continue;
      const inner = await checkOne(ev, a, values[p.name]);
      if (inner) throw failure(functionName, p.name, inner, extent);
    }
  }
}
