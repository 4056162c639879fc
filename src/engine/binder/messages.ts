// Parameter-binding error texts (DOMAIN.md §5.2, §5.3) and the ErrorRecords built from them.

import type { Extent } from '../../lang/ast.js';
import type { CmdletMetadata } from '../commandMetadata.js';
import { ErrorRecord } from '../errors.js';

export const PARAMETER_BINDING_EXCEPTION = 'System.Management.Automation.ParameterBindingException';

/** A binding failure before it is turned into an ErrorRecord (the binder knows the command only later). */
export class BindingError extends Error {
  constructor(
    readonly errorId: string,
    message: string,
    /** What to underline: the parameter token, the argument, or undefined for the whole command. */
    readonly extent?: Extent,
  ) {
    super(message);
  }
}

export const msg = {
  namedParameterNotFound: (name: string) => `A parameter cannot be found that matches parameter name '${name}'.`,
  positionalParameterNotFound: (arg: string) => `A positional parameter cannot be found that accepts argument '${arg}'.`,
  missingArgument: (name: string, type: string) =>
    `Missing an argument for parameter '${name}'. Specify a parameter of type '${type}' and try again.`,
  ambiguousParameter: (name: string, candidates: string[]) =>
    `Parameter cannot be processed because the parameter name '${name}' is ambiguous. Possible matches include:${candidates.map((c) => ` -${c}`).join('')}.`,
  ambiguousParameterSet: () => 'Parameter set cannot be resolved using the specified named parameters.',
  missingMandatory: (names: string[]) =>
    `Cannot process command because of one or more missing mandatory parameters:${names.map((n) => ` ${n}`).join('')}.`,
  parameterAlreadyBound: (name: string) =>
    `Cannot bind parameter because parameter '${name}' is specified more than once. To provide multiple values to parameters that can accept multiple values, use the array syntax. For example, "-parameter value1,value2,value3".`,
  cannotConvertArgument: (name: string, valueType: string, toType: string, inner = '') =>
    `Cannot convert '${valueType}' to the type '${toType}' required by parameter '${name}'. ${inner}`,
  cannotBind: (name: string, inner: string) => `Cannot bind parameter '${name}'. ${inner}`,
  transformation: (name: string, inner: string) => `Cannot process argument transformation on parameter '${name}'. ${inner}`,
  validation: (name: string, inner: string) => `Cannot validate argument on parameter '${name}'. ${inner}`,
  nullNotAllowed: (name: string) => `Cannot bind argument to parameter '${name}' because it is null.`,
  emptyStringNotAllowed: (name: string) => `Cannot bind argument to parameter '${name}' because it is an empty string.`,
  emptyArrayNotAllowed: (name: string) => `Cannot bind argument to parameter '${name}' because it is an empty array.`,
  scriptBlockNoInput: (name: string) =>
    `Cannot evaluate parameter '${name}' because its argument is specified as a script block and there is no input. A script block cannot be evaluated without input.`,
  scriptBlockFailed: (name: string, inner: string) => `The input to the script block for parameter '${name}' failed. ${inner}`,
  inputObjectNotBound: () =>
    'The input object cannot be bound to any parameters for the command either because the command does not take pipeline input or the input and its properties do not match any of the parameters that take pipeline input.',
  // {6} is built like the MissingMandatoryParameter list (" Name1 Name2"), hence two spaces after the colon.
  inputObjectMissingMandatory: (names: string[]) =>
    `The input object cannot be bound because it did not contain the information required to bind all mandatory parameters: ${names.map((n) => ` ${n}`).join('')}`,
  validateSet: (value: string, set: string[]) =>
    `The argument "${value}" does not belong to the set "${set.join(',')}" specified by the ValidateSet attribute. Supply an argument that is in the set and then try the command again.`,
  /** Inner conversion texts (ExtendedTypeSystem / LanguagePrimitives). */
  convertValue: (value: string, toType: string, error: string) => `Cannot convert value "${value}" to type "${toType}". Error: "${error}"`,
  convertCast: (value: string, fromType: string, toType: string) => `Cannot convert the "${value}" value of type "${fromType}" to type "${toType}".`,
  booleanOnly: (fromType: string) =>
    `Cannot convert value "${fromType}" to type "System.Boolean". Boolean parameters accept only Boolean values and numbers, such as $True, $False, 1 or 0.`,
  enumNoMatch: (value: string, names: string[]) =>
    `Unable to match the identifier name ${value} to a valid enumerator name. Specify one of the following enumerator names and try again:\n${names.join(', ')}`,
  enumAmbiguous: (value: string, names: string[]) =>
    `The identifier name ${value} cannot be processed because it is either too similar or identical to the following enumerator names: ${names.join(', ')}. Use a more specific identifier name.`,
  unknownListModifier: (key: string) =>
    `The following unknown list modifier was detected: '${key}'. Valid list modifiers are Add, Remove, and Replace.`,
  badFormat: 'Input string was not in a correct format.',
  notSupported: 'Specified method is not supported.',
  badDate: 'String was not recognized as a valid DateTime.',
  badGuid: 'Guid should contain 32 digits with 4 dashes (xxxxxxxx-xxxx-xxxx-xxxx-xxxxxxxxxxxx).',
};

/** The FullyQualifiedErrorId suffix: the cmdlet class, or the function name for script commands. */
export function commandClassName(metadata: CmdletMetadata): string {
  return metadata.className ?? metadata.name;
}

/** Turns a BindingError into the ErrorRecord PowerShell writes (category InvalidArgument, ParameterBindingException). */
export function bindingErrorRecord(err: BindingError, metadata: CmdletMetadata, commandExtent?: Extent, targetObject?: unknown): ErrorRecord {
  return new ErrorRecord({
    message: err.message,
    targetObject,
    exceptionType: PARAMETER_BINDING_EXCEPTION,
    category: 'InvalidArgument',
    errorId: `${err.errorId},${commandClassName(metadata)}`,
    activity: metadata.name,
    invocation: { commandName: metadata.name, extent: err.extent ?? commandExtent },
  });
}
