// Get-Member: the TypeName header and a Name / MemberType / Definition table per distinct type.

import { dateMember, dateMemberList } from '../../engine/members/date.js';
import { isNumeric } from '../../engine/runtime/numbers.js';
import { toStr } from '../../engine/runtime/convert.js';
import { PSArrayList, PSHashtable, PSObject } from '../../engine/runtime/values.js';
import { getPropertyValue, propertyNames, typeNameOf } from '../../engine/runtime/members.js';
import { allCmdlets, enumFullNames } from '../../catalog/registry.js';
import { define, UTILITY } from './meta.js';
import { listOf, wildcardMatch } from './util.js';

const MEMBER_DEFINITION = 'Microsoft.PowerShell.Commands.MemberDefinition';


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

type Member = [name: string, memberType: string, definition: string];

const OBJECT_METHODS: Member[] = [
  ['Equals', 'Method', 'bool Equals(System.Object obj)'],
  ['GetHashCode', 'Method', 'int GetHashCode()'],
  ['GetType', 'Method', 'type GetType()'],
  ['ToString', 'Method', 'string ToString()'],
];

const STRING_METHODS: Member[] = [
  ['Clone', 'Method', 'System.Object Clone(), System.Object ICloneable.Clone()'],
  ['CompareTo', 'Method', 'int CompareTo(System.Object value), int CompareTo(string strB)'],
  ['Contains', 'Method', 'bool Contains(string value)'],
  ['EndsWith', 'Method', 'bool EndsWith(string value)'],
  ['IndexOf', 'Method', 'int IndexOf(char value), int IndexOf(string value)'],
  ['Insert', 'Method', 'string Insert(int startIndex, string value)'],
  ['LastIndexOf', 'Method', 'int LastIndexOf(char value), int LastIndexOf(string value)'],
  ['PadLeft', 'Method', 'string PadLeft(int totalWidth)'],
  ['PadRight', 'Method', 'string PadRight(int totalWidth)'],
  ['Remove', 'Method', 'string Remove(int startIndex, int count), string Remove(int startIndex)'],
  ['Replace', 'Method', 'string Replace(string oldValue, string newValue)'],
  ['Split', 'Method', 'string[] Split(Params char[] separator)'],
  ['StartsWith', 'Method', 'bool StartsWith(string value)'],
  ['Substring', 'Method', 'string Substring(int startIndex), string Substring(int startIndex, int length)'],
  ['ToLower', 'Method', 'string ToLower()'],
  ['ToUpper', 'Method', 'string ToUpper()'],
  ['Trim', 'Method', 'string Trim(Params char[] trimChars), string Trim()'],
  ['TrimEnd', 'Method', 'string TrimEnd(Params char[] trimChars)'],
  ['TrimStart', 'Method', 'string TrimStart(Params char[] trimChars)'],
  ['Chars', 'ParameterizedProperty', 'char Chars(int index) {get;}'],
  ['Length', 'Property', 'int Length {get;}'],
];

const LIST_METHODS: Member[] = [
  ['Add', 'Method', 'int Add(System.Object value)'],
  ['AddRange', 'Method', 'void AddRange(System.Collections.ICollection c)'],
  ['Clear', 'Method', 'void Clear()'],
  ['Contains', 'Method', 'bool Contains(System.Object item)'],
  ['IndexOf', 'Method', 'int IndexOf(System.Object value)'],
  ['Insert', 'Method', 'void Insert(int index, System.Object value)'],
  ['Remove', 'Method', 'void Remove(System.Object obj)'],
  ['RemoveAt', 'Method', 'void RemoveAt(int index)'],
  ['Count', 'Property', 'int Count {get;}'],
];

const HASHTABLE_METHODS: Member[] = [
  ['Add', 'Method', 'void Add(System.Object key, System.Object value)'],
  ['Clear', 'Method', 'void Clear()'],
  ['ContainsKey', 'Method', 'bool ContainsKey(System.Object key)'],
  ['Remove', 'Method', 'void Remove(System.Object key)'],
  ['Count', 'Property', 'int Count {get;}'],
  ['Keys', 'Property', 'System.Collections.ICollection Keys {get;}'],
  ['Values', 'Property', 'System.Collections.ICollection Values {get;}'],
];

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
  const noun = `Cs${typeName.replace(/#.*$/, '').split('.').pop()}`.toLowerCase();
  for (const verb of ['Set', 'New']) {
    const def = allCmdlets().find((c) => c.metadata.verb === verb && c.metadata.noun.toLowerCase() === noun);
    const p = def?.metadata.parameters.find((x) => x.name.toLowerCase() === property.toLowerCase());
    if (p) return p.enum ? (enumFullNames[p.enum] ?? p.enum) : (CATALOG_TYPES[p.type] ?? undefined);
  }
  return undefined;
}

/** Members of one value, before filtering and sorting. */
function membersOf(v: unknown): Member[] {
  const out: Member[] = [...OBJECT_METHODS];
  if (typeof v === 'string') return [...out, ...STRING_METHODS];
  if (v instanceof Date) {
    // The evaluator's own DateTime table: what Get-Member lists is what `$d.X` supports.
    const date = dateMemberList();
    const hint = dateMember(v, 'displayhint');
    const note: Member[] = hint === null || hint === undefined ? [] : [['DisplayHint', 'NoteProperty', `DisplayHintType DisplayHint=${toStr(hint)}`]];
    return [...out.filter(([n]) => !date.some(([d]) => d === n)), ...date, ...note];
  }
  if (v instanceof PSArrayList) return [...out, ...LIST_METHODS];
  if (v instanceof PSHashtable) return [...out, ...HASHTABLE_METHODS];
  if (isNumeric(v) || typeof v === 'boolean') return [...out, ['CompareTo', 'Method', `int CompareTo(System.Object value)`], ['GetTypeCode', 'Method', 'System.TypeCode GetTypeCode()']];
  if (v instanceof PSObject) {
    // Cs objects are .NET types with real properties; custom objects carry note properties.
    const typed = v.typeNames.some((t) => t.startsWith('Microsoft.Rtc.'));
    for (const p of v.properties()) {
      if (p.memberType) {
        out.push([p.name, p.memberType, p.definition ?? '']);
        continue;
      }
      const value = p.getter ? p.getter() : p.value;
      const declared = typed ? catalogPropertyType(v.typeName, p.name) : undefined;
      if (typed) out.push([p.name, 'Property', `${declared ?? (typeNameOf(value) || 'System.Object')} ${p.name} {get;${p.readOnly || p.getter ? '' : 'set;'}}`]);
      else out.push([p.name, 'NoteProperty', `${shortType(value)} ${p.name}=${value === null || value === undefined ? 'null' : toStr(value)}`]);
    }
    return out;
  }
  for (const n of propertyNames(v)) out.push([n, 'Property', `${shortType(getPropertyValue(v, n))} ${n} {get;}`]);
  return out;
}

function memberTypeMatches(memberType: string, wanted: string[]): boolean {
  if (wanted.length === 0) return true;
  return wanted.some((w) => {
    const x = w.toLowerCase();
    if (x === 'all') return true;
    if (x === 'properties') return memberType.endsWith('Property');
    if (x === 'methods') return memberType === 'Method' || memberType === 'ParameterizedProperty';
    return memberType.toLowerCase() === x;
  });
}

define(
  'Get-Member',
  {
    module: UTILITY,
    params: {
      InputObject: { type: 'PSObject', pipeline: 'True (ByValue)' },
      Name: { type: 'String', array: true, position: 0 },
      MemberType: {
        type: 'PSMemberTypes',
        array: true,
        aliases: ['Type'],
        validateSet: ['AliasProperty', 'CodeProperty', 'Property', 'NoteProperty', 'ScriptProperty', 'Properties', 'PropertySet', 'Method', 'CodeMethod', 'ScriptMethod', 'Methods', 'ParameterizedProperty', 'MemberSet', 'Event', 'Dynamic', 'All'],
      },
      View: { type: 'PSMemberViewTypes' },
      Static: { type: 'SwitchParameter' },
      Force: { type: 'SwitchParameter' },
    },
  },
  () => {
    const seen = new Set<string>();
    let any = false;
    return {
      process(ctx) {
        const inputs = ctx.expectingInput ? [ctx.inputObject] : ctx.bound.has('InputObject') ? [ctx.params.InputObject] : [];
        for (const v of inputs) {
          if (v === null || v === undefined) continue;
          any = true;
          const typeName = typeNameOf(v);
          if (seen.has(typeName)) continue;
          seen.add(typeName);
          const names = listOf(ctx.params.Name).map(String);
          const types = listOf(ctx.params.MemberType).map(String);
          const members = membersOf(v)
            .filter(([n, t]) => (names.length === 0 || names.some((p) => wildcardMatch(p, n))) && memberTypeMatches(t, types))
            .sort((a, b) => a[1].localeCompare(b[1]) || a[0].toLowerCase().localeCompare(b[0].toLowerCase()));
          for (const [name, memberType, definition] of members) {
            ctx.writeObject(new PSObject(MEMBER_DEFINITION, [['TypeName', typeName], ['Name', name], ['MemberType', memberType], ['Definition', definition]]), false);
          }
        }
      },
      end(ctx) {
        if (!any) {
          ctx.throwTerminatingError({
            message: 'You must specify an object for the Get-Member cmdlet.',
            errorId: 'NoObjectInGetMember',
            category: 'CloseError',
            exceptionType: 'System.InvalidOperationException',
          });
        }
      },
    };
  },
);
