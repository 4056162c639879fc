// `$o.PSObject.Properties`, `.Methods` and `.Members`: 5.1's PSMemberInfoIntegratingCollection, a live
// view of an object's members. Enumerated (pipeline, foreach, member enumeration) it lists the
// members the object has now; Add copies a note property onto the object, Remove takes one away,
// Match filters by wildcard and the indexer and Item find a member by name. Like 5.1's it is indexed
// by name only and has no Count of its own, so `.Count` enumerates its members.

import { dotNetTypeName, isNull, toStr } from '../runtime/convert.js';
import { MemberTable } from '../runtime/memberTable.js';
import { registerMemberTable } from '../runtime/typeTables.js';
import { PSArrayList, PSObject } from '../runtime/values.js';
import { wildcardMatcher } from '../runtime/wildcard.js';
import { arity, argumentConversionError, methodException } from './support.js';
import { INVALID_NAME_MESSAGE, PropertyInfoValue } from './memberInfo.js';

export type MemberKind = 'Properties' | 'Methods' | 'Members';

const NS = 'System.Management.Automation';
const ELEMENT_TYPES: Record<MemberKind, string> = { Properties: `${NS}.PSPropertyInfo`, Methods: `${NS}.PSMethodInfo`, Members: `${NS}.PSMemberInfo` };

/** The collection's .NET name, as GetType() and Get-Member show it. */
const collectionType = (kind: MemberKind) =>
  `${NS}.PSMemberInfoIntegratingCollection\`1[[${ELEMENT_TYPES[kind]}, System.Management.Automation, Version=3.0.0.0, Culture=neutral, PublicKeyToken=31bf3856ad364e35]]`;

/** A member's name, whether it is a property info or a method's description. */
function memberName(m: unknown): string {
  return m instanceof PropertyInfoValue ? m.name : m instanceof PSObject ? toStr(m.get('Name')) : '';
}

function memberTypeOf(m: unknown): string {
  return m instanceof PropertyInfoValue ? m.memberType : m instanceof PSObject ? toStr(m.get('MemberType')) : '';
}

/** A list whose items are read from the owner on every enumeration, so it always shows the object as it is. */
export class MemberInfoCollection extends PSArrayList {
  declare items: unknown[];

  constructor(
    readonly owner: unknown,
    readonly kind: MemberKind,
    list: () => unknown[],
  ) {
    super([], collectionType(kind));
    // The base class keeps its items in a field; this view reads them afresh instead.
    Object.defineProperty(this, 'items', { get: list, set: () => undefined, enumerable: true, configurable: true });
  }

  get elementType(): string {
    return ELEMENT_TYPES[this.kind];
  }

  /** The member of that name (case-insensitive), or null. */
  byName(name: string): unknown {
    const lower = name.toLowerCase();
    return this.items.find((m) => memberName(m).toLowerCase() === lower) ?? null;
  }
}

/** A name argument: $null and '' are refused as 5.1's collection refuses them. */
function nameArgument(method: string, args: unknown[]): string {
  const name = isNull(args[0]) ? '' : toStr(args[0]);
  if (name === '') throw methodException(method, args, INVALID_NAME_MESSAGE, 'System.Management.Automation.PSArgumentException');
  return name;
}

/** The PSMemberTypes a Match filter names (`NoteProperty`, `Properties`, `NoteProperty, ScriptProperty`). */
function memberTypeFilter(value: unknown): (memberType: string) => boolean {
  const names = toStr(value).split(',').map((n) => n.trim().toLowerCase());
  if (names.includes('all')) return () => true;
  return (t) => {
    const lower = t.toLowerCase();
    if (names.includes(lower)) return true;
    if (names.includes('properties') && lower.endsWith('property') && lower !== 'parameterizedproperty') return true;
    return names.includes('methods') && lower.endsWith('method');
  };
}

function match(members: MemberInfoCollection, args: unknown[]): unknown[] {
  arity('Match', args, 1, 2);
  const matches = wildcardMatcher(nameArgument('Match', args));
  const ofType = args.length === 2 ? memberTypeFilter(args[1]) : () => true;
  return members.items.filter((m) => matches(memberName(m)) && ofType(memberTypeOf(m)));
}

function add(members: MemberInfoCollection, args: unknown[]): undefined {
  arity('Add', args, 1, 2);
  const member = args[0];
  if (isNull(member)) throw methodException('Add', args, 'Value cannot be null.\r\nParameter name: member', 'System.ArgumentNullException');
  if (!(member instanceof PropertyInfoValue) || members.kind === 'Methods') throw argumentConversionError('Add', 'member', member, members.elementType);
  const owner = members.owner;
  // [I] Only a note property is copied; 5.1 also copies script and alias properties and refuses a .NET property.
  if (member.memberType !== 'NoteProperty') throw methodException('Add', args, `Only a note property can be added to this collection; "${member.name}" is a ${member.memberType}.`, 'System.Management.Automation.ExtendedTypeSystemException');
  // [I] A value that is not a PSObject (a string, a number) takes no added member here.
  if (!(owner instanceof PSObject)) throw methodException('Add', args, `A member cannot be added to a value of type ${dotNetTypeName(owner)}.`, 'System.Management.Automation.ExtendedTypeSystemException');
  if (owner.has(member.name)) throw methodException('Add', args, `The member "${member.name}" is already present.`, 'System.Management.Automation.ExtendedTypeSystemException');
  owner.add(member.name, member.value);
  return undefined;
}

function remove(members: MemberInfoCollection, args: unknown[]): undefined {
  arity('Remove', args, 1);
  const name = nameArgument('Remove', args);
  // As in 5.1, only a member added to the object itself can go; a .NET value's own stay.
  if (members.owner instanceof PSObject) members.owner.remove(name);
  return undefined;
}

/** PSMemberInfoIntegratingCollection's members, their signatures naming the collection's element type. */
function collectionMembers(element: string): MemberTable<MemberInfoCollection> {
  const readOnly = `System.Management.Automation.ReadOnlyPSMemberInfoCollection[${element}]`;
  return new MemberTable<MemberInfoCollection>()
    .method('Add', `void Add(${element} member), void Add(${element} member, bool preValidated)`, add)
    .method('Match', `${readOnly} Match(string name), ${readOnly} Match(string name, System.Management.Automation.PSMemberTypes memberTypes)`, match)
    .method('Remove', 'void Remove(string name)', remove)
    .method('GetEnumerator', `System.Collections.Generic.IEnumerator[${element}] GetEnumerator()`, (members, args) => {
      arity('GetEnumerator', args, 0);
      return members.items;
    })
    .parameterized('Item', `${element} Item(string name) {get;}`, (members, args) => {
      arity('Item', args, 1);
      return members.byName(nameArgument('Item', args));
    });
}

const TABLES: Record<MemberKind, MemberTable<MemberInfoCollection>> = {
  Properties: collectionMembers(ELEMENT_TYPES.Properties),
  Methods: collectionMembers(ELEMENT_TYPES.Methods),
  Members: collectionMembers(ELEMENT_TYPES.Members),
};

for (const kind of ['Properties', 'Methods', 'Members'] as const) {
  registerMemberTable((v): v is MemberInfoCollection => v instanceof MemberInfoCollection && v.kind === kind, TABLES[kind], true);
}
