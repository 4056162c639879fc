// The members of a value as Get-Member lists them and tab completion offers them, read from the
// same per-type tables the evaluator calls (found through typeTables.ts): System.Object's members,
// then the type's own, which replace same-named ones.
// PSObjects show their properties: Cs objects as .NET properties typed from the catalog, custom
// objects as note properties with their values.

import { enumFullNames, findCsMetadata } from '../../catalog/registry.js';
import { toStr } from './convert.js';
import { dateDisplayHint } from '../members/date.js';
import { PSObject } from './values.js';
import { getPropertyValue, propertyNames, typeNameOf } from './members.js';
import type { MemberInfo } from './memberTable.js';
import { OBJECT_MEMBERS } from './objectMembers.js';
import { memberTableOf } from './typeTables.js';

/** Short names PowerShell uses inside member definitions. */
const SHORT: Record<string, string> = {
  'System.String': 'string',
  'System.Int32': 'int',
  'System.Int64': 'long',
  'System.Double': 'double',
  'System.Boolean': 'bool',
  'System.DateTime': 'datetime',
  'System.Object': 'System.Object',
  'System.Collections.Hashtable': 'hashtable',
  'System.Management.Automation.ScriptBlock': 'scriptblock',
};

function shortType(v: unknown): string {
  if (v === null || v === undefined) return 'object';
  const t = typeNameOf(v);
  return SHORT[t] ?? t;
}

/** .NET names of the catalog's parameter types, for property definitions of Cs objects. */
const CATALOG_TYPES: Record<string, string> = {
  Boolean: 'System.Boolean',
  String: 'System.String',
  UInt32: 'System.UInt32',
  Int32: 'System.Int32',
  DateTime: 'System.DateTime',
  Fqdn: 'Microsoft.Rtc.Management.Deployment.Core.Fqdn',
  XdsIdentity: 'Microsoft.Rtc.Management.Xds.XdsIdentity',
  XdsGlobalRelativeIdentity: 'Microsoft.Rtc.Management.Xds.XdsGlobalRelativeIdentity',
  PSListModifier: 'System.Collections.Generic.IList[string]',
};

/** The declared type of a Cs object's property, from the New-/Set- cmdlet of the same noun, when known. */
function catalogPropertyType(typeName: string, property: string): string | undefined {
  const noun = `Cs${typeName.replace(/#.*$/, '').split('.').pop()}`;
  for (const verb of ['Set', 'New']) {
    const p = findCsMetadata(`${verb}-${noun}`)?.parameters.find((x) => x.name.toLowerCase() === property.toLowerCase());
    if (p) return p.enum ? (enumFullNames[p.enum] ?? p.enum) : (CATALOG_TYPES[p.type] ?? undefined);
  }
  return undefined;
}

/**
 * Whether an object's properties are .NET properties (a Cs object's) rather than note properties: a
 * custom object carries note properties, whatever names were inserted in its type names.
 */
export function hasDotNetProperties(v: PSObject): boolean {
  return !v.isCustom && v.typeNames.some((t) => t.startsWith('Microsoft.Rtc.'));
}

/** A note property as Get-Member and PSNoteProperty.ToString() show it: `int a=1`, `object b=null`. */
export function noteDefinition(name: string, value: unknown): string {
  return `${shortType(value)} ${name}=${value === null || value === undefined ? 'null' : toStr(value)}`;
}

function psObjectMembers(v: PSObject): MemberInfo[] {
  const typed = hasDotNetProperties(v);
  const out: MemberInfo[] = [];
  for (const p of v.properties()) {
    if (p.memberType) {
      out.push({ name: p.name, memberType: p.memberType as MemberInfo['memberType'], definition: p.definition ?? '' });
      continue;
    }
    const value = p.getter ? p.getter() : p.value;
    if (typed) {
      const declared = catalogPropertyType(v.typeName, p.name) ?? (typeNameOf(value) || 'System.Object');
      out.push({ name: p.name, memberType: 'Property', definition: `${declared} ${p.name} {get;${p.readOnly || p.getter ? '' : 'set;'}}` });
    } else {
      out.push({ name: p.name, memberType: 'NoteProperty', definition: noteDefinition(p.name, value) });
    }
  }
  return out;
}

/** Get-Date's DisplayHint note property, which the DateTime type itself does not have. */
function displayHintMember(d: Date): MemberInfo[] {
  const hint = dateDisplayHint(d);
  return hint === null ? [] : [{ name: 'DisplayHint', memberType: 'NoteProperty', definition: `DisplayHintType DisplayHint=${toStr(hint)}` }];
}

/** The members the value's own type declares. */
function ownMembers(v: unknown): MemberInfo[] {
  if (v instanceof PSObject) return psObjectMembers(v);
  const table = memberTableOf(v);
  if (table) return v instanceof Date ? [...table.list(), ...displayHintMember(v)] : table.list();
  return propertyNames(v).map((n) => ({ name: n, memberType: 'Property', definition: `${shortType(getPropertyValue(v, n))} ${n} {get;}` }));
}

/** Every member of a value, unsorted: System.Object's, then its type's own (which win on a shared name). */
export function membersOf(v: unknown): MemberInfo[] {
  const own = ownMembers(v);
  const names = new Set(own.map((m) => m.name.toLowerCase()));
  return [...OBJECT_MEMBERS.list().filter((m) => !names.has(m.name.toLowerCase())), ...own];
}
