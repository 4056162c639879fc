// Argument -> parameter type conversion (DOMAIN.md §6.5–6.9). Throws ConversionFailure with the full
// PowerShell message; the binder adds the extent and turns it into an ErrorRecord.

import { parseDateText } from '../runtime/dateText.js';
import { PSArrayList, PSCredential, PSHashtable, PSObject, ScriptBlockValue, SecureString, SwitchParameter } from '../runtime/values.js';
import { fqdnErrorMessage, fqdnProblem, identityProblem } from '../runtime/fqdn.js';
import { matchEnum } from './enums.js';
import { toListModifier } from './listModifier.js';
import { msg } from './messages.js';
import { type PsNumber, isIntegerValue, isNumeric, toDoubleValue } from '../runtime/numbers.js';
import { NumberRangeError, convertNumber, parseNumberText, rangeMessage } from '../runtime/numberText.js';
import type { ParameterType } from './typeNames.js';
import { UnknownArgument } from './staticValue.js';
import { CHAR_MAX, CharValue } from '../runtime/charValue.js';
import { toParameterString, valueText, valueTypeName } from './valueText.js';

export class ConversionFailure extends Error {
  constructor(
    readonly errorId: string,
    message: string,
  ) {
    super(message);
  }
}

const FQDN_TYPE = 'Microsoft.Rtc.Management.Deployment.Core.Fqdn';

export interface ConversionContext {
  parameterName: string;
  /** Script functions report conversion failures as argument-transformation errors. */
  script: boolean;
}

/** Converts a non-null argument to the parameter's type (arrays element by element). */
export function convertValue(value: unknown, t: ParameterType, ctx: ConversionContext): unknown {
  if (value instanceof UnknownArgument) return value;
  if (t.isArray && t.kind !== 'listModifier') {
    const elements = Array.isArray(value) ? value : value instanceof PSArrayList ? value.items : [value];
    return elements.map((e) => (e === null || e === undefined ? null : convertScalar(e, t, ctx)));
  }
  return convertScalar(value, t, ctx);
}

/** A failure reported as `Cannot bind parameter 'X'. <inner>` (or the transformation text for scripts). */
function fail(ctx: ConversionContext, inner: string): never {
  if (ctx.script) throw new ConversionFailure('ParameterArgumentTransformationError', msg.transformation(ctx.parameterName, inner));
  throw new ConversionFailure('CannotConvertArgumentNoMessage', msg.cannotBind(ctx.parameterName, inner));
}

function failCast(value: unknown, t: ParameterType, ctx: ConversionContext): never {
  fail(ctx, msg.convertCast(valueText(value), valueTypeName(value), t.fullName));
}

/** A one-element array converts as its element (PowerShell unwraps it for scalar targets). */
function unwrapSingle(value: unknown): unknown {
  if (Array.isArray(value) && value.length === 1) return value[0];
  if (value instanceof PSArrayList && value.items.length === 1) return value.items[0];
  return value;
}

/** Scalar parameter kinds that take a collection as it is (or convert it as a whole). */
const COLLECTION_TOLERANT: ReadonlySet<ParameterType['kind']> = new Set(['object', 'psobject', 'opaque', 'listModifier', 'enum', 'boolean', 'switch']);

/**
 * A compiled cmdlet refuses a collection for a scalar parameter (even a one-element one): PowerShell reports
 * CannotConvertArgument with "Specified method is not supported.". Script functions convert it instead.
 */
function refuseCollection(value: unknown, t: ParameterType, ctx: ConversionContext): void {
  if (ctx.script || COLLECTION_TOLERANT.has(t.kind)) return;
  if (!Array.isArray(value) && !(value instanceof PSArrayList)) return;
  throw new ConversionFailure('CannotConvertArgument', msg.cannotConvertArgument(ctx.parameterName, valueText(value), t.fullName, msg.notSupported));
}

function convertScalar(value: unknown, t: ParameterType, ctx: ConversionContext): unknown {
  refuseCollection(value, t, ctx);
  switch (t.kind) {
    case 'string':
      return toParameterString(value);
    case 'identity':
      return toIdentity(value, t, ctx);
    case 'boolean':
    case 'switch':
      return toStrictBoolean(value, t, ctx);
    case 'integer':
      return toInteger(unwrapSingle(value), t, ctx);
    case 'double':
      return toDouble(unwrapSingle(value), t, ctx);
    case 'enum':
      return toEnum(unwrapSingle(value), t, ctx);
    case 'datetime':
      return toDateTime(unwrapSingle(value), t, ctx);
    case 'listModifier': {
      const parsed = toListModifier(value);
      if (!parsed.ok) fail(ctx, msg.convertValue(valueText(value), t.fullName, parsed.error));
      return parsed.value;
    }
    case 'hashtable':
      if (value instanceof PSHashtable) return value;
      return failCast(value, t, ctx);
    case 'scriptblock':
      if (value instanceof ScriptBlockValue) return value;
      return failCast(value, t, ctx);
    case 'credential':
      if (value instanceof PSCredential) return value;
      return failCast(value, t, ctx);
    case 'certificateReference':
      if (value instanceof PSObject && value.originalTypeNames.some((n) => /CertificateReference/i.test(n))) return value;
      return failCast(value, t, ctx);
    case 'guid':
      return toGuid(unwrapSingle(value), t, ctx);
    case 'char':
      return toChar(unwrapSingle(value), t, ctx);
    case 'secureString':
      if (value instanceof SecureString) return value;
      return failCast(value, t, ctx);
    case 'unlimited':
      return toUnlimited(unwrapSingle(value), t, ctx);
    case 'opaque':
      return toTypedObject(value, t, ctx);
    case 'psobject':
    case 'object':
      return value;
  }
}

/**
 * [I] Objects only the product's own cmdlets make (a service from Get-CsWindowsService, an AcpInfo):
 * anything else is refused, as .NET has no conversion to them. Other classes a script names pass as
 * they are, since the shell does not model them.
 */
const PRODUCT_OBJECT_TYPES = new Set(['NTService', 'AcpInfo']);

function toTypedObject(value: unknown, t: ParameterType, ctx: ConversionContext): unknown {
  if (!PRODUCT_OBJECT_TYPES.has(t.name)) return value;
  const v = unwrapSingle(value);
  if (v instanceof PSObject && v.originalTypeNames.some((n) => n.endsWith(`.${t.name}`))) return v;
  return failCast(v, t, ctx);
}

/** Identities (XdsIdentity, UserIdParameter, Fqdn, …) are kept as their string form; objects give their Identity. */
function toIdentity(value: unknown, t: ParameterType, ctx: ConversionContext): string {
  const v = unwrapSingle(value);
  let text: string;
  if (typeof v === 'string') text = v;
  else if (isNumeric(v) || typeof v === 'boolean' || v instanceof CharValue) text = valueText(v);
  else if (v instanceof PSObject && v.get('Identity') != null) text = valueText(v.get('Identity'));
  else return failCast(v, t, ctx);
  // The types' own parsing refuses what can never name an object (DOMAIN.md §5.3 shape). [I] inner texts.
  // An empty string is left to the mandatory-parameter check and to the cmdlets (not found, invalid).
  if (text === '') return text;
  const problem = t.fullName === FQDN_TYPE ? fqdnProblem(text) && fqdnErrorMessage(text) : identityProblem(text);
  if (problem) fail(ctx, msg.convertValue(text, t.fullName, problem));
  return text;
}

/** Boolean parameters take only booleans, switches and numbers (§6.5). */
function toStrictBoolean(value: unknown, t: ParameterType, ctx: ConversionContext): boolean {
  const v = value instanceof PSObject && value.typeName === 'System.Boolean' ? value.get('Value') : value;
  if (typeof v === 'boolean') return v;
  if (isNumeric(v)) return toDoubleValue(v) !== 0;
  if (v instanceof SwitchParameter) return v.isPresent;
  const fromType = valueTypeName(v);
  if (ctx.script) throw new ConversionFailure('ParameterArgumentTransformationError', msg.transformation(ctx.parameterName, msg.booleanOnly(fromType)));
  throw new ConversionFailure('CannotConvertArgument', msg.cannotConvertArgument(ctx.parameterName, fromType, t.fullName));
}

/** Number text as the binder reads it: blank text is 0, anything else goes through the runtime's number parsing. */
function numberFromText(text: string): PsNumber | undefined {
  return text.trim() === '' ? 0 : parseNumberText(text);
}

/** Handlers receive integer parameters as plain numbers, converted with the runtime's rounding and ranges. */
function toInteger(value: unknown, t: ParameterType, ctx: ConversionContext): number {
  const type = t.integer ?? 'Int32';
  let n: PsNumber | undefined;
  if (isNumeric(value)) n = value;
  else if (typeof value === 'boolean') n = value ? 1 : 0;
  else if (typeof value === 'string') {
    n = numberFromText(value);
    if (n === undefined) fail(ctx, msg.convertValue(value, t.fullName, msg.badFormat));
  } else if (value instanceof SwitchParameter) n = value.isPresent ? 1 : 0;
  else if (value instanceof CharValue) n = value.code;
  else return failCast(value, t, ctx);
  try {
    return toDoubleValue(convertNumber(n, type));
  } catch (e) {
    if (e instanceof NumberRangeError) fail(ctx, msg.convertValue(valueText(value), t.fullName, rangeMessage(type)));
    throw e;
  }
}

function toDouble(value: unknown, t: ParameterType, ctx: ConversionContext): number {
  if (isNumeric(value)) return toDoubleValue(value);
  if (typeof value === 'boolean') return value ? 1 : 0;
  if (typeof value === 'string') {
    const n = numberFromText(value);
    if (n === undefined) fail(ctx, msg.convertValue(value, t.fullName, msg.badFormat));
    return toDoubleValue(n);
  }
  return failCast(value, t, ctx);
}

function toEnum(value: unknown, t: ParameterType, ctx: ConversionContext): string {
  const names = t.enumValues ?? [];
  let input: string | number;
  if (isNumeric(value)) input = toDoubleValue(value);
  else if (typeof value === 'string') input = value;
  else if (value instanceof PSObject || typeof value === 'boolean') input = valueText(value);
  else return failCast(value, t, ctx);
  const m = matchEnum(input, names);
  if (!m.ok) fail(ctx, msg.convertValue(valueText(value), t.fullName, m.error));
  return m.value;
}

function toDateTime(value: unknown, t: ParameterType, ctx: ConversionContext): Date {
  if (value instanceof Date) return value;
  if (typeof value === 'string') {
    const d = parseDateText(value);
    if (!d) fail(ctx, msg.convertValue(value, t.fullName, msg.badDate));
    return d;
  }
  return failCast(value, t, ctx);
}

function toChar(value: unknown, t: ParameterType, ctx: ConversionContext): CharValue {
  if (value instanceof CharValue) return value;
  const code = isIntegerValue(value) ? toDoubleValue(value as PsNumber) : NaN;
  if (code >= 0 && code <= CHAR_MAX) return CharValue.of(code);
  const text = valueText(value);
  if (text.length !== 1) fail(ctx, msg.convertValue(text, t.fullName, 'String must be exactly one character long.'));
  return CharValue.at(text, 0);
}

const GUID = /^\{?[0-9a-f]{8}-?[0-9a-f]{4}-?[0-9a-f]{4}-?[0-9a-f]{4}-?[0-9a-f]{12}\}?$/i;

function toGuid(value: unknown, t: ParameterType, ctx: ConversionContext): string {
  if (typeof value !== 'string') return failCast(value, t, ctx);
  if (!GUID.test(value.trim())) fail(ctx, msg.convertValue(value, t.fullName, msg.badGuid));
  const hex = value.replace(/[{}-]/g, '').toLowerCase();
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

/** `Unlimited` values: a non-negative number or the word Unlimited. */
function toUnlimited(value: unknown, t: ParameterType, ctx: ConversionContext): number | string {
  if (typeof value === 'string' && value.trim().toLowerCase() === 'unlimited') return 'Unlimited';
  const parsed = isNumeric(value) ? value : typeof value === 'string' ? numberFromText(value) : undefined;
  const n = parsed === undefined ? -1 : toDoubleValue(parsed);
  if (n < 0) fail(ctx, msg.convertValue(valueText(value), t.fullName, msg.badFormat));
  return toDoubleValue(convertNumber(n, 'Int64'));
}

/** True when the value is already of the parameter's type (binding "without coercion" prefers these). */
export function isExactType(value: unknown, t: ParameterType): boolean {
  if (t.isArray) return Array.isArray(value) && value.every((e) => isExactType(e, { ...t, isArray: false }));
  switch (t.kind) {
    case 'string':
    case 'identity':
      return typeof value === 'string';
    case 'boolean':
    case 'switch':
      return typeof value === 'boolean';
    case 'integer':
      return isIntegerValue(value);
    case 'double':
      return isNumeric(value);
    case 'enum':
      return false;
    case 'datetime':
      return value instanceof Date;
    case 'hashtable':
      return value instanceof PSHashtable;
    case 'scriptblock':
      return value instanceof ScriptBlockValue;
    case 'credential':
      return value instanceof PSCredential;
    case 'secureString':
      return value instanceof SecureString;
    case 'char':
      return value instanceof CharValue;
    case 'certificateReference':
      return value instanceof PSObject && value.originalTypeNames.some((n) => /CertificateReference/i.test(n));
    case 'psobject':
    case 'object':
    case 'opaque':
      return true;
    default:
      return false;
  }
}
