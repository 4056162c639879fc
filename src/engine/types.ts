// Type literals: which names resolve (`[int]`, `[System.Collections.ArrayList]`, `[string[]]`), what
// `-is` means for each, and casts `[T]$x` with PowerShell's conversion rules and messages.

import type { TypeName } from '../lang/ast.js';
import { enums, enumFullNames } from '../catalog/registry.js';
import { ErrorRecord, PSRuntimeError } from './errors.js';
import { BAD_FORMAT, typedArrays, conversionError, dotNetTypeName, isNull, parseDateText, parseNumber, toBool, toList, toNumber, toStr } from './convert.js';
import { PSArrayList, PSCredential, PSHashtable, PSObject, ScriptBlockValue, SecureString, SwitchParameter, TimeSpan } from './values.js';
import { GuidValue, RefValue, VersionValue, parseTimeSpan } from './typesValues.js';
import { toXmlDocument } from './typesXml.js';
import { exceptionObject, isExceptionObject, windowsPrincipal } from './staticsSystem.js';

export interface TypeSpec {
  fullName: string;
  /** Accelerator / short names that resolve to it (lower case). */
  names: string[];
  is(v: unknown): boolean;
  convert?(v: unknown): unknown;
}

function intRange(min: number, max: number, netName: string) {
  return (v: unknown): number => {
    if (isNull(v)) return 0;
    let n: number;
    if (typeof v === 'string') {
      const parsed = parseNumber(v);
      if (v.trim() === '') return 0;
      if (parsed === undefined) throw conversionError(v, netName, BAD_FORMAT);
      n = parsed;
    } else if (v instanceof Date) {
      throw castError(v, netName);
    } else n = toNumber(v, netName);
    const r = roundHalfEven(n);
    if (r < min || r > max || Number.isNaN(r)) throw conversionError(v, netName, `Value was either too large or too small for ${rangeNoun(netName)}.`);
    return r;
  };
}

function rangeNoun(netName: string): string {
  if (netName === 'System.Byte') return 'an unsigned byte';
  const short = netName.slice(7);
  return `${short.startsWith('I') ? 'an' : 'a'} ${short}`;
}

export function roundHalfEven(n: number): number {
  const f = Math.floor(n);
  const diff = n - f;
  if (diff > 0.5) return f + 1;
  if (diff < 0.5) return f;
  return f % 2 === 0 ? f : f + 1;
}

export function castError(v: unknown, typeName: string): PSRuntimeError {
  const tn = dotNetTypeName(v);
  return new PSRuntimeError(
    new ErrorRecord({
      message: `Cannot convert the "${toStr(v)}" value of type "${tn}" to type "${typeName}".`,
      category: 'InvalidArgument',
      errorId: 'ConvertToFinalInvalidCastException',
      targetName: '',
      targetType: '',
    }),
  );
}

const isInt = (v: unknown) => typeof v === 'number' && Number.isInteger(v);
const isNum = (v: unknown) => typeof v === 'number';

function toDouble(v: unknown): number {
  if (typeof v === 'string') {
    if (v.trim() === '') return 0;
    const n = parseNumber(v);
    if (n === undefined) throw conversionError(v, 'System.Double', BAD_FORMAT, 'InvalidCastFromStringToDoubleOrSingle');
    return n;
  }
  return toNumber(v, 'System.Double');
}

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
  if (typeof v === 'number') return new TimeSpan(Math.trunc(v));
  if (typeof v === 'string') {
    const t = parseTimeSpan(v);
    if (!t) throw conversionError(v, 'System.TimeSpan', 'String was not recognized as a valid TimeSpan.', 'InvalidCastParseTargetInvocation');
    return t;
  }
  throw castError(v, 'System.TimeSpan');
}

function toPSObject(v: unknown): unknown {
  if (v instanceof PSHashtable) {
    const o = new PSObject('System.Management.Automation.PSCustomObject');
    for (const [k, val] of v.entries()) o.add(toStr(k), val);
    return o;
  }
  return v;
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

function toChar(v: unknown): string {
  if (typeof v === 'number') return String.fromCharCode(v);
  const s = toStr(v);
  if (s.length !== 1) throw conversionError(v, 'System.Char', 'String must be exactly one character long.', 'InvalidCastParseTargetInvocation');
  return s;
}

function isPSObjectOf(v: unknown, ...names: string[]): boolean {
  if (!(v instanceof PSObject)) return false;
  return v.typeNames.some((t) => names.includes(t.toLowerCase()));
}

const ANY = () => true;

const SPECS: TypeSpec[] = [
  { fullName: 'System.String', names: ['string'], is: (v) => typeof v === 'string', convert: (v) => (isNull(v) ? '' : toStr(v)) },
  { fullName: 'System.Int32', names: ['int', 'int32'], is: (v) => isInt(v) && Math.abs(v as number) <= 2147483647, convert: intRange(-2147483648, 2147483647, 'System.Int32') },
  { fullName: 'System.Int64', names: ['long', 'int64'], is: isInt, convert: intRange(-9223372036854775808, 9223372036854775807, 'System.Int64') },
  { fullName: 'System.Int16', names: ['short', 'int16'], is: isInt, convert: intRange(-32768, 32767, 'System.Int16') },
  { fullName: 'System.UInt32', names: ['uint32', 'uint'], is: isInt, convert: intRange(0, 4294967295, 'System.UInt32') },
  { fullName: 'System.UInt64', names: ['uint64', 'ulong'], is: isInt, convert: intRange(0, 18446744073709551615, 'System.UInt64') },
  { fullName: 'System.UInt16', names: ['uint16', 'ushort'], is: isInt, convert: intRange(0, 65535, 'System.UInt16') },
  { fullName: 'System.Byte', names: ['byte'], is: isInt, convert: intRange(0, 255, 'System.Byte') },
  { fullName: 'System.Double', names: ['double'], is: (v) => isNum(v) && !Number.isInteger(v), convert: toDouble },
  { fullName: 'System.Single', names: ['single', 'float'], is: (v) => isNum(v) && !Number.isInteger(v), convert: toDouble },
  { fullName: 'System.Decimal', names: ['decimal'], is: () => false, convert: toDouble },
  { fullName: 'System.Boolean', names: ['bool', 'boolean'], is: (v) => typeof v === 'boolean', convert: toBool },
  { fullName: 'System.Management.Automation.SwitchParameter', names: ['switch', 'switchparameter'], is: (v) => v instanceof SwitchParameter, convert: toBool },
  { fullName: 'System.Char', names: ['char'], is: (v) => typeof v === 'string' && v.length === 1, convert: toChar },
  { fullName: 'System.DateTime', names: ['datetime'], is: (v) => v instanceof Date, convert: toDate },
  { fullName: 'System.TimeSpan', names: ['timespan'], is: (v) => v instanceof TimeSpan, convert: toTimeSpan },
  { fullName: 'System.Object', names: ['object'], is: (v) => !isNull(v), convert: (v) => v },
  { fullName: 'System.ValueType', names: ['valuetype'], is: (v) => typeof v === 'number' || typeof v === 'boolean' || v instanceof Date || v instanceof TimeSpan },
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
  { fullName: 'System.Text.RegularExpressions.Regex', names: ['regex'], is: (v) => v instanceof RegExp, convert: (v) => (v instanceof RegExp ? v : new RegExp(toStr(v))) },
  { fullName: 'System.Guid', names: ['guid'], is: (v) => v instanceof GuidValue, convert: (v) => GuidValue.parse(v) },
  { fullName: 'System.Version', names: ['version'], is: (v) => v instanceof VersionValue, convert: (v) => VersionValue.parse(v) },
  { fullName: 'System.Security.SecureString', names: ['securestring'], is: (v) => v instanceof SecureString },
  { fullName: 'System.Management.Automation.PSCredential', names: ['pscredential'], is: (v) => v instanceof PSCredential },
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
    return { fullName, spec: { fullName, names: [], is: (v) => isExceptionObject(v) && v.typeNames.some((t) => t.toLowerCase() === fullName.toLowerCase()), convert: (v) => exceptionObject(fullName, toStr(v)) } };
  }
  return null;
}

/** `$v -is [T]` */
export function isOfType(v: unknown, t: ResolvedType): boolean {
  if (t.element !== undefined || t.fullName === 'System.Object[]') return Array.isArray(v);
  if (t.listOf) return v instanceof PSArrayList && v.typeName.toLowerCase() !== 'system.collections.arraylist';
  if (t.enumName) return typeof v === 'string' && (enums[t.enumName] ?? []).includes(v);
  if (t.spec?.is(v)) return true;
  if (v instanceof PSObject) return isPSObjectOf(v, t.fullName.toLowerCase()) || v.typeNames.some((n) => n.split('.').pop()!.toLowerCase() === t.fullName.split('.').pop()!.toLowerCase());
  return false;
}

/** `[T]$v` */
export function convertToType(v: unknown, t: ResolvedType): unknown {
  if (t.element !== undefined || t.fullName === 'System.Object[]') {
    if (isNull(v)) return null;
    const items = toList(v);
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
