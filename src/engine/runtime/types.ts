// Type literals: which names resolve (`[int]`, `[System.Collections.ArrayList]`, `[string[]]`), what
// `-is` means for each, and casts `[T]$x` with PowerShell's conversion rules and messages.

import type { TypeName } from '../../lang/ast.js';
import { enums, enumFullNames } from '../../catalog/registry.js';
import { ErrorRecord, PSRuntimeError } from '../errors.js';
import { BAD_FORMAT, castError, typedArrays, conversionError, dotNetTypeName, isNull, toBool, toList, toPsNumber, toStr } from './convert.js';
import { parseDateText } from './dateText.js';
import { type NumericType, type PsNumber, isNumeric, numericType, toDoubleValue } from './numbers.js';
import { NumberRangeError, convertNumber, parseNumberAs } from './numberText.js';
import { PSArrayList, PSCredential, PSHashtable, PSObject, ScriptBlockValue, SecureString, SwitchParameter, TimeSpan } from './values.js';
import { GuidValue, RefValue, VersionValue, parseTimeSpan } from './valueTypes.js';
import { toXmlDocument } from './xml.js';
import { customObjectFromHashtable } from './customObjects.js';
import { newRegex } from '../operators/regexPattern.js';
import { exceptionObject, isExceptionObject, windowsPrincipal } from '../statics/system.js';
import { StreamReaderValue, StreamWriterValue } from '../files/textStreams.js';
import { TextEncoding } from './textEncodings.js';
import { CHAR_MAX, CharValue, charsOfText } from './charValue.js';

export interface TypeSpec {
  fullName: string;
  /** Accelerator / short names that resolve to it (lower case). */
  names: string[];
  is(v: unknown): boolean;
  convert?(v: unknown): unknown;
}

/** A cast to a numeric type: text parses (Decimal text keeps its scale), numbers round half to even into integers. */
function numericCast(type: NumericType) {
  const netName = `System.${type}`;
  return (v: unknown): PsNumber => {
    if (isNull(v)) return type === 'Int32' ? 0 : convertNumber(0, type);
    try {
      if (typeof v === 'string') {
        const n = v.trim() === '' ? convertNumber(0, type) : parseNumberAs(v, type);
        if (n === undefined) throw conversionError(v, netName, BAD_FORMAT, type === 'Double' || type === 'Single' ? 'InvalidCastFromStringToDoubleOrSingle' : 'InvalidCastFromStringToInteger');
        return n;
      }
      if (v instanceof Date) throw castError(v, netName);
      return convertNumber(toPsNumber(v, netName), type);
    } catch (e) {
      if (e instanceof NumberRangeError) throw conversionError(v, netName, e.message);
      throw e;
    }
  };
}

/** `-is [T]` for a numeric type: the value's own .NET type, not its value. */
const isNumber = (type: NumericType) => (v: unknown) => isNumeric(v) && numericType(v) === type;

export { castError };

function toDate(v: unknown): Date {
  if (v instanceof Date) return v;
  if (typeof v === 'string') {
    const d = parseDateText(v);
    if (!d) throw conversionError(v, 'System.DateTime', 'String was not recognized as a valid DateTime.', 'InvalidCastParseTargetInvocation');
    return d;
  }
  throw castError(v, 'System.DateTime');
}

function toTimeSpan(v: unknown): TimeSpan {
  if (v instanceof TimeSpan) return v;
  if (isNumeric(v)) return new TimeSpan(Math.trunc(toDoubleValue(v)));
  if (typeof v === 'string') {
    const t = parseTimeSpan(v);
    if (!t) throw conversionError(v, 'System.TimeSpan', 'String was not recognized as a valid TimeSpan.', 'InvalidCastParseTargetInvocation');
    return t;
  }
  throw castError(v, 'System.TimeSpan');
}

function toPSObject(v: unknown): unknown {
  return v instanceof PSHashtable ? customObjectFromHashtable(v) : v;
}

function toHashtable(v: unknown): PSHashtable {
  if (v instanceof PSHashtable) return v;
  if (isNull(v)) return new PSHashtable();
  if (v instanceof PSObject) {
    const h = new PSHashtable();
    for (const p of v.properties()) h.set(p.name, p.getter ? p.getter() : p.value);
    return h;
  }
  throw castError(v, 'System.Collections.Hashtable');
}

/** `[char]$v`: a one-character string, an integral code point in 0–65535, a char; $null is char 0. */
export function toCharValue(v: unknown): CharValue {
  if (v instanceof CharValue) return v;
  if (isNull(v)) return CharValue.of(0);
  if (isNumeric(v)) {
    const type = numericType(v);
    if (type === 'Double' || type === 'Single' || type === 'Decimal') throw conversionError(v, 'System.Char', `Invalid cast from '${type}' to 'Char'.`, 'InvalidCastIConvertible');
    const code = toDoubleValue(v);
    if (code < 0 || code > CHAR_MAX) throw conversionError(v, 'System.Char', 'Value was either too large or too small for a character.', 'InvalidCastIConvertible');
    return CharValue.of(code);
  }
  const s = toStr(v);
  if (s.length !== 1) throw conversionError(v, 'System.Char', 'String must be exactly one character long.', 'InvalidCastParseTargetInvocation');
  return CharValue.at(s, 0);
}

/** Whether a PSObject was made as one of these types: names inserted later do not change its .NET type. */
function isPSObjectOf(v: unknown, ...names: string[]): boolean {
  if (!(v instanceof PSObject)) return false;
  return v.originalTypeNames.some((t) => names.includes(t.toLowerCase()));
}

const ANY = () => true;

/** A member info of one of these types (System.Management.Automation.<name>): a value that is not a PSObject, named by its type. */
const isMemberInfo =
  (...names: string[]) =>
  (v: unknown): boolean =>
    typeof v === 'object' && v !== null && names.some((n) => dotNetTypeName(v) === `System.Management.Automation.${n}`);

const SPECS: TypeSpec[] = [
  { fullName: 'System.String', names: ['string'], is: (v) => typeof v === 'string', convert: (v) => (isNull(v) ? '' : toStr(v)) },
  { fullName: 'System.Int32', names: ['int', 'int32'], is: isNumber('Int32'), convert: numericCast('Int32') },
  { fullName: 'System.Int64', names: ['long', 'int64'], is: isNumber('Int64'), convert: numericCast('Int64') },
  { fullName: 'System.Int16', names: ['short', 'int16'], is: isNumber('Int16'), convert: numericCast('Int16') },
  { fullName: 'System.UInt32', names: ['uint32', 'uint'], is: isNumber('UInt32'), convert: numericCast('UInt32') },
  { fullName: 'System.UInt64', names: ['uint64', 'ulong'], is: isNumber('UInt64'), convert: numericCast('UInt64') },
  { fullName: 'System.UInt16', names: ['uint16', 'ushort'], is: isNumber('UInt16'), convert: numericCast('UInt16') },
  { fullName: 'System.Byte', names: ['byte'], is: isNumber('Byte'), convert: numericCast('Byte') },
  { fullName: 'System.SByte', names: ['sbyte'], is: isNumber('SByte'), convert: numericCast('SByte') },
  { fullName: 'System.Double', names: ['double'], is: isNumber('Double'), convert: numericCast('Double') },
  { fullName: 'System.Single', names: ['single', 'float'], is: isNumber('Single'), convert: numericCast('Single') },
  { fullName: 'System.Decimal', names: ['decimal'], is: isNumber('Decimal'), convert: numericCast('Decimal') },
  { fullName: 'System.Boolean', names: ['bool', 'boolean'], is: (v) => typeof v === 'boolean', convert: toBool },
  { fullName: 'System.Management.Automation.SwitchParameter', names: ['switch', 'switchparameter'], is: (v) => v instanceof SwitchParameter, convert: toBool },
  { fullName: 'System.Char', names: ['char'], is: (v) => v instanceof CharValue, convert: toCharValue },
  { fullName: 'System.DateTime', names: ['datetime'], is: (v) => v instanceof Date, convert: toDate },
  { fullName: 'System.TimeSpan', names: ['timespan'], is: (v) => v instanceof TimeSpan, convert: toTimeSpan },
  { fullName: 'System.Object', names: ['object'], is: (v) => !isNull(v), convert: (v) => v },
  { fullName: 'System.ValueType', names: ['valuetype'], is: (v) => isNumeric(v) || typeof v === 'boolean' || v instanceof CharValue || v instanceof Date || v instanceof TimeSpan },
  { fullName: 'System.Array', names: ['array'], is: (v) => Array.isArray(v), convert: (v) => (isNull(v) ? null : [...toList(v)]) },
  { fullName: 'System.Collections.Hashtable', names: ['hashtable'], is: (v) => v instanceof PSHashtable && !v.ordered, convert: toHashtable },
  { fullName: 'System.Collections.Specialized.OrderedDictionary', names: ['ordered'], is: (v) => v instanceof PSHashtable && v.ordered, convert: toHashtable },
  { fullName: 'System.Collections.IDictionary', names: [], is: (v) => v instanceof PSHashtable },
  { fullName: 'System.Collections.IEnumerable', names: [], is: (v) => Array.isArray(v) || v instanceof PSArrayList || v instanceof PSHashtable || typeof v === 'string' },
  { fullName: 'System.Collections.ICollection', names: [], is: (v) => Array.isArray(v) || v instanceof PSArrayList || v instanceof PSHashtable },
  { fullName: 'System.Collections.IList', names: [], is: (v) => Array.isArray(v) || v instanceof PSArrayList },
  { fullName: 'System.Collections.ArrayList', names: [], is: (v) => v instanceof PSArrayList && v.typeName === 'System.Collections.ArrayList', convert: (v) => new PSArrayList(isNull(v) ? [] : [...toList(v)]) },
  { fullName: 'System.Management.Automation.PSObject', names: ['psobject'], is: (v) => v instanceof PSObject, convert: toPSObject },
  { fullName: 'System.Management.Automation.PSCustomObject', names: ['pscustomobject'], is: (v) => v instanceof PSObject, convert: toPSObject },
  { fullName: 'System.Management.Automation.ScriptBlock', names: ['scriptblock'], is: (v) => v instanceof ScriptBlockValue },
  { fullName: 'System.Text.RegularExpressions.Regex', names: ['regex'], is: (v) => v instanceof RegExp, convert: (v) => (v instanceof RegExp ? v : newRegex(toStr(v))) },
  { fullName: 'System.Guid', names: ['guid'], is: (v) => v instanceof GuidValue, convert: (v) => GuidValue.parse(v) },
  { fullName: 'System.Version', names: ['version'], is: (v) => v instanceof VersionValue, convert: (v) => VersionValue.parse(v) },
  { fullName: 'System.Security.SecureString', names: ['securestring'], is: (v) => v instanceof SecureString },
  { fullName: 'System.Management.Automation.PSCredential', names: ['pscredential'], is: (v) => v instanceof PSCredential },
  // The member infos of a PSObject's member collections (members/memberInfo.ts), known by their type names.
  { fullName: 'System.Management.Automation.PSNoteProperty', names: ['psnoteproperty'], is: isMemberInfo('PSNoteProperty') },
  { fullName: 'System.Management.Automation.PSPropertyInfo', names: [], is: isMemberInfo('PSNoteProperty', 'PSScriptProperty', 'PSAliasProperty', 'PSProperty') },
  { fullName: 'System.Management.Automation.PSMemberInfo', names: [], is: isMemberInfo('PSNoteProperty', 'PSScriptProperty', 'PSAliasProperty', 'PSProperty', 'PSMethod') },
  { fullName: 'System.Management.Automation.ErrorRecord', names: [], is: (v) => v instanceof ErrorRecord },
  { fullName: 'System.Void', names: ['void'], is: () => false, convert: () => undefined },
  { fullName: 'System.Management.Automation.PSReference', names: ['ref'], is: (v) => v instanceof RefValue, convert: (v) => (v instanceof RefValue ? v : new RefValue(v)) },
  { fullName: 'System.MidpointRounding', names: ['midpointrounding'], is: () => false, convert: (v) => toStr(v) },
  { fullName: 'System.StringComparison', names: ['stringcomparison'], is: () => false, convert: (v) => toStr(v) },
  { fullName: 'System.StringSplitOptions', names: ['stringsplitoptions'], is: () => false, convert: (v) => toStr(v) },
  { fullName: 'System.Text.RegularExpressions.RegexOptions', names: ['regexoptions'], is: () => false, convert: (v) => toStr(v) },
  { fullName: 'System.Math', names: ['math'], is: () => false },
  { fullName: 'System.Environment', names: ['environment'], is: () => false },
  { fullName: 'System.IO.Path', names: [], is: () => false },
  { fullName: 'System.IO.File', names: [], is: () => false },
  { fullName: 'System.Net.Dns', names: [], is: () => false },
  // A cast of a path opens the file: the evaluator does it (statics/streams.ts), it needs the session's sandbox.
  { fullName: 'System.IO.StreamWriter', names: [], is: (v) => v instanceof StreamWriterValue },
  { fullName: 'System.IO.StreamReader', names: [], is: (v) => v instanceof StreamReaderValue },
  { fullName: 'System.Text.Encoding', names: [], is: (v) => v instanceof TextEncoding },
  { fullName: 'System.Text.UTF8Encoding', names: [], is: (v) => v instanceof TextEncoding && v.typeName === 'System.Text.UTF8Encoding' },
  { fullName: 'System.Console', names: ['console'], is: () => false },
  { fullName: 'System.Diagnostics.Stopwatch', names: [], is: (v) => v instanceof PSObject && v.typeName === 'System.Diagnostics.Stopwatch' },
  { fullName: 'System.Security.Principal.WindowsIdentity', names: [], is: (v) => v instanceof PSObject && v.typeName === 'System.Security.Principal.WindowsIdentity' },
  { fullName: 'System.Security.Principal.WindowsPrincipal', names: [], is: (v) => v instanceof PSObject && v.typeName === 'System.Security.Principal.WindowsPrincipal', convert: windowsPrincipal },
  { fullName: 'System.Security.Principal.WindowsBuiltInRole', names: [], is: () => false, convert: (v) => toStr(v) },
  { fullName: 'System.Convert', names: ['convert'], is: () => false },
  { fullName: 'System.IntPtr', names: ['intptr'], is: () => false },
  { fullName: 'System.Globalization.CultureInfo', names: ['cultureinfo'], is: (v) => v instanceof PSObject && v.typeName === 'System.Globalization.CultureInfo' },
  { fullName: 'System.Threading.Thread', names: [], is: (v) => v instanceof PSObject && v.typeName === 'System.Threading.Thread' },
  { fullName: 'System.Net.IPAddress', names: ['ipaddress'], is: () => false, convert: (v) => toStr(v) },
  { fullName: 'System.Uri', names: ['uri'], is: () => false, convert: (v) => toStr(v) },
  { fullName: 'System.Xml.XmlDocument', names: ['xml', 'xmldocument'], is: (v) => v instanceof PSObject && v.typeName === 'System.Xml.XmlDocument', convert: toXmlDocument },
  { fullName: 'System.Exception', names: ['exception'], is: ANY, convert: (v) => exceptionObject('System.Exception', toStr(v)) },
  { fullName: 'System.Management.Automation.RuntimeException', names: [], is: ANY, convert: (v) => exceptionObject('System.Management.Automation.RuntimeException', toStr(v)) },
  { fullName: 'System.Management.Automation.CmdletBindingAttribute', names: ['cmdletbinding'], is: () => false },
  { fullName: 'System.Management.Automation.ParameterAttribute', names: ['parameter'], is: () => false },
];

const BY_NAME = new Map<string, TypeSpec>();
for (const spec of SPECS) {
  BY_NAME.set(spec.fullName.toLowerCase(), spec);
  if (spec.fullName.startsWith('System.')) BY_NAME.set(spec.fullName.slice(7).toLowerCase(), spec);
  for (const n of spec.names) BY_NAME.set(n, spec);
}

/** A resolved type literal. */
export interface ResolvedType {
  fullName: string;
  spec?: TypeSpec;
  /** Element type for `T[]`. */
  element?: ResolvedType;
  /** Generic List[T]. */
  listOf?: ResolvedType;
  /** Cs enum name. */
  enumName?: string;
}

const cache = new Map<string, ResolvedType | null>();

export function typeNotFound(text: string): PSRuntimeError {
  return new PSRuntimeError(
    new ErrorRecord({ message: `Unable to find type [${text}].`, category: 'InvalidOperation', errorId: 'TypeNotFound', targetObject: text, targetType: 'TypeName' }),
  );
}

/** Resolves a type as written; throws "Unable to find type [X]." when unknown. */
export function resolveType(tn: TypeName): ResolvedType {
  const key = tn.text.toLowerCase();
  let r = cache.get(key);
  if (r === undefined) {
    r = resolveUncached(tn);
    cache.set(key, r);
  }
  if (!r) throw typeNotFound(tn.text);
  return r;
}

function resolveUncached(tn: TypeName): ResolvedType | null {
  if (tn.isArray) {
    const elementName = tn.text.replace(/\[\]$/, '');
    const element = elementName.toLowerCase() === 'object' || elementName.toLowerCase() === 'system.object' ? undefined : tryResolveName(elementName, []);
    if (element === null) return null;
    return { fullName: `${element ? element.fullName : 'System.Object'}[]`, element };
  }
  return tryResolveName(tn.name, tn.genericArguments);
}

function tryResolveName(name: string, generics: TypeName[]): ResolvedType | null {
  const lower = name.toLowerCase();
  if (/^(system\.collections\.generic\.)?list(`1)?$/.test(lower) && generics.length === 1) {
    const inner = resolveType(generics[0]!);
    return { fullName: `System.Collections.Generic.List[${inner.fullName}]`, listOf: inner };
  }
  const spec = BY_NAME.get(lower) ?? BY_NAME.get(lower.replace(/^system\./, ''));
  if (spec) return { fullName: spec.fullName, spec };
  const enumName = Object.keys(enums).find((e) => e.toLowerCase() === lower || enumFullNames[e]?.toLowerCase() === lower);
  if (enumName) return { fullName: enumFullNames[enumName] ?? enumName, enumName };
  if (/^([a-z]+\.)*\w*exception$/.test(lower)) {
    // Exception types: a string converts through the message constructor (`throw [System.ArgumentException]"…"`).
    const fullName = lower.includes('.') ? name : `System.${name}`;
    return { fullName, spec: { fullName, names: [], is: (v) => isExceptionObject(v) && v.originalTypeNames.some((t) => t.toLowerCase() === fullName.toLowerCase()), convert: (v) => exceptionObject(fullName, toStr(v)) } };
  }
  return null;
}

/** `$v -is [T]` */
export function isOfType(v: unknown, t: ResolvedType): boolean {
  if (t.element !== undefined || t.fullName === 'System.Object[]') return Array.isArray(v);
  if (t.listOf) return v instanceof PSArrayList && v.typeName.toLowerCase() !== 'system.collections.arraylist';
  if (t.enumName) return typeof v === 'string' && (enums[t.enumName] ?? []).includes(v);
  if (t.spec?.is(v)) return true;
  if (v instanceof PSObject) return isPSObjectOf(v, t.fullName.toLowerCase()) || v.originalTypeNames.some((n) => n.split('.').pop()!.toLowerCase() === t.fullName.split('.').pop()!.toLowerCase());
  return false;
}

/** `[T]$v` */
export function convertToType(v: unknown, t: ResolvedType): unknown {
  if (t.element !== undefined || t.fullName === 'System.Object[]') {
    if (isNull(v)) return null;
    // A string converts to a char array as its characters (`[char[]]'abc'`), not as one element.
    const items = typeof v === 'string' && t.element?.fullName === 'System.Char' ? charsOfText(v) : toList(v);
    if (!t.element) return [...items];
    const out = items.map((x) => convertToType(x, t.element!));
    typedArrays.set(out, t.fullName);
    return out;
  }
  if (t.listOf) {
    const items = isNull(v) ? [] : toList(v);
    return new PSArrayList(items.map((x) => convertToType(x, t.listOf!)), `System.Collections.Generic.List[${shortName(t.listOf)}]`);
  }
  if (t.enumName) return convertEnum(v, t);
  if (!t.spec?.convert) {
    if (t.spec && t.spec.is(v)) return v;
    throw castError(v, t.fullName);
  }
  return t.spec.convert(v);
}

/** A value stored into an array: a typed array (`[int[]]`, `[char[]]`) converts it to its element type, as .NET does. */
export function convertToElementType(array: unknown[], value: unknown): unknown {
  const arrayType = typedArrays.get(array);
  if (!arrayType) return value;
  const name = arrayType.replace(/\[\]$/, '');
  const element = cache.get(name.toLowerCase()) ?? tryResolveName(name, []);
  return element ? convertToType(value, element) : value;
}

function shortName(t: ResolvedType): string {
  return t.spec?.names[0] ?? t.fullName;
}

function convertEnum(v: unknown, t: ResolvedType): string {
  const names = enums[t.enumName!] ?? [];
  const s = toStr(v);
  const hit = names.find((n) => n.toLowerCase() === s.toLowerCase());
  if (hit) return hit;
  throw conversionError(
    v,
    t.fullName,
    `Unable to match the identifier name ${s} to a valid enumerator name. Specify one of the following enumerator names and try again:\n${names.join(', ')}`,
    'RuntimeException',
  );
}

/** Short type name, as GetType().Name shows it. */
export function shortTypeName(fullName: string): string {
  const generic = /^System\.Collections\.Generic\.List\[/i.test(fullName);
  if (generic) return 'List`1';
  return fullName.split('.').pop() ?? fullName;
}
