// Parameter types: the catalog spells them briefly (`UInt32`, `XdsIdentity`, `PartnerType`), script
// functions spell them as PowerShell type literals (`int`, `string[]`, `switch`). Both are normalised to
// one kind, and every kind has the .NET full name PowerShell prints in binding errors.

import { enumFullNames, enums } from '../../catalog/registry.js';
import type { ParameterMetadata } from '../commandMetadata.js';

export type TypeKind =
  | 'string'
  | 'identity'
  | 'boolean'
  | 'switch'
  | 'integer'
  | 'double'
  | 'enum'
  | 'datetime'
  | 'listModifier'
  | 'psobject'
  | 'object'
  | 'hashtable'
  | 'scriptblock'
  | 'credential'
  | 'certificateReference'
  | 'guid'
  | 'unlimited'
  | 'char'
  | 'secureString'
  | 'opaque';

export interface ParameterType {
  kind: TypeKind;
  /** Element type name as written in the metadata, without `[]`. */
  name: string;
  /** .NET full name of the element type (used in messages). */
  fullName: string;
  isArray: boolean;
  /** For enums: the enumerator names in declaration order. */
  enumValues?: string[];
  /** For integers: the .NET type short name (Int32, UInt32, …). */
  integer?: IntegerType;
}

export type IntegerType = 'Int32' | 'UInt32' | 'Int64' | 'UInt64' | 'UInt16' | 'Int16' | 'Byte' | 'SByte';

/** ActionPreference is not in the catalog's enums; the common parameters use it. */
export const ACTION_PREFERENCE_VALUES = ['SilentlyContinue', 'Stop', 'Continue', 'Inquire', 'Ignore', 'Suspend'];

interface KindInfo {
  kind: TypeKind;
  fullName: string;
  integer?: IntegerType;
}

/** Lower-cased type spelling -> kind. Covers the catalog types and the PowerShell type accelerators scripts use. */
const KNOWN_TYPES: Record<string, KindInfo> = {
  string: { kind: 'string', fullName: 'System.String' },
  'system.string': { kind: 'string', fullName: 'System.String' },
  char: { kind: 'char', fullName: 'System.Char' },
  xdsidentity: { kind: 'identity', fullName: 'Microsoft.Rtc.Management.Xds.XdsIdentity' },
  xdsglobalrelativeidentity: { kind: 'identity', fullName: 'Microsoft.Rtc.Management.Xds.XdsGlobalRelativeIdentity' },
  useridparameter: { kind: 'identity', fullName: 'Microsoft.Rtc.Management.AD.UserIdParameter' },
  ouidparameter: { kind: 'identity', fullName: 'Microsoft.Rtc.Management.AD.OUIdParameter' },
  fqdn: { kind: 'identity', fullName: 'Microsoft.Rtc.Management.Deployment.Core.Fqdn' },
  boolean: { kind: 'boolean', fullName: 'System.Boolean' },
  bool: { kind: 'boolean', fullName: 'System.Boolean' },
  'system.boolean': { kind: 'boolean', fullName: 'System.Boolean' },
  switchparameter: { kind: 'switch', fullName: 'System.Management.Automation.SwitchParameter' },
  switch: { kind: 'switch', fullName: 'System.Management.Automation.SwitchParameter' },
  int: { kind: 'integer', fullName: 'System.Int32', integer: 'Int32' },
  int32: { kind: 'integer', fullName: 'System.Int32', integer: 'Int32' },
  'system.int32': { kind: 'integer', fullName: 'System.Int32', integer: 'Int32' },
  uint32: { kind: 'integer', fullName: 'System.UInt32', integer: 'UInt32' },
  uint: { kind: 'integer', fullName: 'System.UInt32', integer: 'UInt32' },
  long: { kind: 'integer', fullName: 'System.Int64', integer: 'Int64' },
  int64: { kind: 'integer', fullName: 'System.Int64', integer: 'Int64' },
  uint64: { kind: 'integer', fullName: 'System.UInt64', integer: 'UInt64' },
  ulong: { kind: 'integer', fullName: 'System.UInt64', integer: 'UInt64' },
  uint16: { kind: 'integer', fullName: 'System.UInt16', integer: 'UInt16' },
  int16: { kind: 'integer', fullName: 'System.Int16', integer: 'Int16' },
  byte: { kind: 'integer', fullName: 'System.Byte', integer: 'Byte' },
  sbyte: { kind: 'integer', fullName: 'System.SByte', integer: 'SByte' },
  double: { kind: 'double', fullName: 'System.Double' },
  float: { kind: 'double', fullName: 'System.Single' },
  single: { kind: 'double', fullName: 'System.Single' },
  decimal: { kind: 'double', fullName: 'System.Decimal' },
  datetime: { kind: 'datetime', fullName: 'System.DateTime' },
  'system.datetime': { kind: 'datetime', fullName: 'System.DateTime' },
  pslistmodifier: { kind: 'listModifier', fullName: 'System.Management.Automation.PSListModifier' },
  psobject: { kind: 'psobject', fullName: 'System.Management.Automation.PSObject' },
  pscustomobject: { kind: 'psobject', fullName: 'System.Management.Automation.PSObject' },
  object: { kind: 'object', fullName: 'System.Object' },
  'system.object': { kind: 'object', fullName: 'System.Object' },
  array: { kind: 'object', fullName: 'System.Array' },
  hashtable: { kind: 'hashtable', fullName: 'System.Collections.Hashtable' },
  idictionary: { kind: 'hashtable', fullName: 'System.Collections.IDictionary' },
  securestring: { kind: 'secureString', fullName: 'System.Security.SecureString' },
  exception: { kind: 'opaque', fullName: 'System.Exception' },
  errorrecord: { kind: 'opaque', fullName: 'System.Management.Automation.ErrorRecord' },
  'system.collections.hashtable': { kind: 'hashtable', fullName: 'System.Collections.Hashtable' },
  scriptblock: { kind: 'scriptblock', fullName: 'System.Management.Automation.ScriptBlock' },
  pscredential: { kind: 'credential', fullName: 'System.Management.Automation.PSCredential' },
  'system.management.automation.pscredential': { kind: 'credential', fullName: 'System.Management.Automation.PSCredential' },
  certificatereference: { kind: 'certificateReference', fullName: 'Microsoft.Rtc.Management.Deployment.CertificateReference' },
  guid: { kind: 'guid', fullName: 'System.Guid' },
  unlimited: { kind: 'unlimited', fullName: 'Microsoft.Rtc.Management.Unlimited' },
  x509certificate2: { kind: 'opaque', fullName: 'System.Security.Cryptography.X509Certificates.X509Certificate2' },
  xelement: { kind: 'opaque', fullName: 'System.Xml.Linq.XElement' },
  acpinfo: { kind: 'opaque', fullName: 'Microsoft.Rtc.Management.ADConnect.Schema.AcpInfo' },
  ntservice: { kind: 'opaque', fullName: 'Microsoft.Rtc.Management.Deployment.NTService' },
};

const cache = new Map<string, ParameterType>();

/** The normalised type of a parameter (cached per spelling). */
export function parameterType(param: Pick<ParameterMetadata, 'type' | 'isArray' | 'enum' | 'validateSet'>): ParameterType {
  const key = `${param.type}|${param.isArray}|${param.enum ?? ''}|${param.validateSet?.join(',') ?? ''}`;
  const hit = cache.get(key);
  if (hit) return hit;
  const t = resolveType(param);
  cache.set(key, t);
  return t;
}

/** .NET names of the enum types core cmdlets declare with a ValidateSet of their values. */
const CORE_ENUM_FULL_NAMES: Record<string, string> = {
  consolecolor: 'System.ConsoleColor',
  errorcategory: 'System.Management.Automation.ErrorCategory',
  testpathtype: 'Microsoft.PowerShell.Commands.TestPathType',
  displayhinttype: 'Microsoft.PowerShell.Commands.DisplayHintType',
  psmembertypes: 'System.Management.Automation.PSMemberTypes',
  psmemberviewtypes: 'System.Management.Automation.PSMemberViewTypes',
  sessionstateentryvisibility: 'System.Management.Automation.SessionStateEntryVisibility',
  authenticationmechanism: 'System.Management.Automation.Runspaces.AuthenticationMechanism',
};

function resolveType(param: Pick<ParameterMetadata, 'type' | 'isArray' | 'enum' | 'validateSet'>): ParameterType {
  let name = param.type.trim();
  // `[string[]]` as written in a param block: drop the outer brackets only.
  if (name.startsWith('[') && name.endsWith(']')) name = name.slice(1, -1);
  let isArray = param.isArray;
  if (name.endsWith('[]')) {
    name = name.slice(0, -2);
    isArray = true;
  }
  if (/^(object\[\]|array|system\.array)$/i.test(param.type)) isArray = true;
  const lower = name.toLowerCase();
  // A ValidateSet comes only with core cmdlets' enums; it wins over a Cs enum of the same short name
  // (New-PSSession -Authentication is the PowerShell AuthenticationMechanism, not the Cs one).
  const csEnum = enums[name] && !param.validateSet?.length;
  const enumName = param.enum ?? (csEnum ? name : lower === 'actionpreference' ? 'ActionPreference' : null);
  if (enumName) {
    const values = enumName === 'ActionPreference' ? ACTION_PREFERENCE_VALUES : enums[enumName] ?? [];
    const fullName = enumName === 'ActionPreference' ? 'System.Management.Automation.ActionPreference' : enumFullNames[enumName] ?? enumName;
    return { kind: 'enum', name, fullName, isArray, enumValues: values };
  }
  // A non-string type with a ValidateSet is an enum in PowerShell: enum matching and canonical names.
  if (param.validateSet?.length && !KNOWN_TYPES[lower] && !enumName) {
    return { kind: 'enum', name, fullName: CORE_ENUM_FULL_NAMES[lower] ?? name, isArray, enumValues: param.validateSet };
  }
  const known = KNOWN_TYPES[lower];
  if (known) return { kind: known.kind, name, fullName: known.fullName, isArray, integer: known.integer };
  // An unknown type name (e.g. a .NET class a script names): accept values as they are.
  return { kind: 'opaque', name, fullName: name, isArray };
}

/** `System.String`, `System.String[]`: the full name shown in MissingArgument and prompts. */
export function displayTypeName(t: ParameterType): string {
  return t.isArray ? `${t.fullName}[]` : t.fullName;
}
