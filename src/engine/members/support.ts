// Helpers shared by the method tables: argument-count and .NET-exception errors in PowerShell's words.

import { ErrorRecord, PSRuntimeError } from '../errors.js';
import { dotNetTypeName, toNumber, toStr } from '../runtime/convert.js';
import { innerExceptionTypes } from '../runtime/exceptionTypes.js';
import { roundHalfEven } from '../runtime/numberText.js';

// The marker of a missing method lives with the member tables, which import nothing.
export { NO_METHOD } from '../runtime/memberTable.js';

export function overloadError(name: string, count: number): PSRuntimeError {
  return new PSRuntimeError(
    new ErrorRecord({
      message: `Cannot find an overload for "${name}" and the argument count: "${count}".`,
      category: 'NotSpecified',
      errorId: 'MethodCountCouldNotFindBest',
      exceptionType: 'System.Management.Automation.MethodException',
      targetName: '',
      targetType: '',
    }),
  );
}

export function arity(name: string, args: unknown[], min: number, max = min): void {
  if (args.length < min || args.length > max) throw overloadError(name, args.length);
}

/** A method that takes no arguments: called with some, it has no overload for them. */
export function withoutArguments<T>(name: string, call: (target: T) => unknown): (target: T, args: unknown[]) => unknown {
  return (target, args) => {
    arity(name, args, 0);
    return call(target);
  };
}

/** A .NET exception thrown inside a method: `Exception calling "X" with "N" argument(s): "…"`. */
export function methodException(name: string, args: unknown[], inner: string, innerType: string): PSRuntimeError {
  const record = new ErrorRecord({
    message: `Exception calling "${name}" with "${args.length}" argument(s): "${inner}"`,
    category: 'NotSpecified',
    errorId: innerType.split('.').pop()!,
    exceptionType: 'System.Management.Automation.MethodInvocationException',
    targetName: '',
    targetType: '',
    innerMessage: inner,
  });
  innerExceptionTypes.set(record, innerType);
  return new PSRuntimeError(record);
}

/** A .NET exception thrown by a property's getter or setter: `Exception getting "X": "…"` / `Exception setting "X": "…"`. */
export function propertyException(access: 'getting' | 'setting', name: string, inner: string, innerType: string): PSRuntimeError {
  const record = new ErrorRecord({
    message: `Exception ${access} "${name}": "${inner}"`,
    category: 'NotSpecified',
    errorId: access === 'getting' ? 'ExceptionWhenGetting' : 'ExceptionWhenSetting',
    exceptionType: `System.Management.Automation.${access === 'getting' ? 'GetValueInvocationException' : 'SetValueInvocationException'}`,
    targetName: '',
    targetType: '',
    innerMessage: inner,
  });
  innerExceptionTypes.set(record, innerType);
  return new PSRuntimeError(record);
}

/** An argument no conversion makes into the parameter's type: `Cannot convert argument "x", with value: …`. */
export function argumentConversionMessage(method: string, parameter: string, value: unknown, type: string): string {
  const v = toStr(value);
  return `Cannot convert argument "${parameter}", with value: "${v}", for "${method}" to type "${type}": "Cannot convert the "${v}" value of type "${dotNetTypeName(value)}" to type "${type}"."`;
}

/** The same refusal thrown from a method call. */
export function argumentConversionError(method: string, parameter: string, value: unknown, type: string): PSRuntimeError {
  return new PSRuntimeError(
    new ErrorRecord({
      message: argumentConversionMessage(method, parameter, value, type),
      category: 'NotSpecified',
      errorId: 'MethodArgumentConversionInvalidCastArgument',
      exceptionType: 'System.Management.Automation.MethodException',
      targetName: '',
      targetType: '',
    }),
  );
}

export function argOutOfRange(name: string, args: unknown[], message: string, param: string): PSRuntimeError {
  return methodException(name, args, `${message}\nParameter name: ${param}`, 'System.ArgumentOutOfRangeException');
}

export function intArg(v: unknown): number {
  return roundHalfEven(toNumber(v));
}
