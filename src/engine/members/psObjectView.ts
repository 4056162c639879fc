// `$x.PSObject`: the view PowerShell gives of any value's members (Properties, Methods, Members: the
// live collections of memberInfoCollection.ts), its BaseObject and TypeNames (the live list of typeNameCollection.ts), and Copy(). The members are
// read from the one member model, so the view lists what Get-Member lists.

import { toStr } from '../runtime/convert.js';
import { MemberTable } from '../runtime/memberTable.js';
import { membersOf } from '../runtime/memberModel.js';
import { typeNamesOf } from '../runtime/members.js';
import { PSObject } from '../runtime/values.js';
import { registerMemberTable } from '../runtime/typeTables.js';
import { withoutArguments } from './support.js';
import { TypeNameCollection } from './typeNameCollection.js';
import { MemberInfoCollection } from './memberInfoCollection.js';
import { PropertyInfoValue, type PropertyMemberType } from './memberInfo.js';

/** The view of one value; made on each `.PSObject` read, as it holds nothing of its own. */
export class PSObjectView {
  readonly typeName = 'System.Management.Automation.PSObject';
  constructor(readonly target: unknown) {}

  toString(): string {
    return toStr(this.target);
  }
}

export function psObjectView(target: unknown): PSObjectView {
  return new PSObjectView(target);
}

const PROPERTY_TYPES = new Set(['NoteProperty', 'ScriptProperty', 'AliasProperty', 'Property']);

/** Properties of a custom or Cs object are its own; any other value's come from its type. */
function properties(target: unknown): PropertyInfoValue[] {
  if (target instanceof PSObject) {
    return target
      .properties()
      .filter((p) => p.memberType !== 'ScriptMethod')
      .map((p) => PropertyInfoValue.of(target, p.name));
  }
  return membersOf(target)
    .filter((m) => m.memberType.endsWith('Property') && m.memberType !== 'ParameterizedProperty')
    .map((m) => PropertyInfoValue.of(target, m.name, PROPERTY_TYPES.has(m.memberType) ? (m.memberType as PropertyMemberType) : 'Property'));
}

function methods(target: unknown): PSObject[] {
  return membersOf(target)
    .filter((m) => m.memberType.endsWith('Method'))
    .map(
      (m) =>
        new PSObject('System.Management.Automation.PSMethod', {
          Name: m.name,
          MemberType: m.memberType,
          // Overloads are separated where one signature ends and the next begins.
          OverloadDefinitions: m.definition.split(/(?<=\)), /),
          TypeNameOfValue: 'System.Management.Automation.PSMethod',
          IsInstance: true,
        }),
    );
}

/**
 * The TypeNames of a value (also its `pstypenames`): a PSObject's own chain, live. [I] Any other value
 * gets a new list of its .NET type's chain on each read, so a change to it is not kept (5.1 keeps one
 * for a reference type).
 */
export function typeNameCollection(value: unknown): TypeNameCollection {
  return new TypeNameCollection(value instanceof PSObject ? value.editableTypeNames() : [...typeNamesOf(value)]);
}

export const PSOBJECT_VIEW_MEMBERS = new MemberTable<PSObjectView>()
  // A shallow copy of the object itself.
  .method('Copy', 'psobject Copy()', withoutArguments('Copy', (v: PSObjectView) => (v.target instanceof PSObject ? v.target.clone() : v.target)))
  .property('BaseObject', 'System.Object', (v) => v.target)
  .property('ImmediateBaseObject', 'System.Object', (v) => v.target)
  .property('Members', 'System.Management.Automation.PSMemberInfoCollection[System.Management.Automation.PSMemberInfo]', (v) => new MemberInfoCollection(v.target, 'Members', () => [...properties(v.target), ...methods(v.target)]))
  .property('Methods', 'System.Management.Automation.PSMemberInfoCollection[System.Management.Automation.PSMethodInfo]', (v) => new MemberInfoCollection(v.target, 'Methods', () => methods(v.target)))
  .property('Properties', 'System.Management.Automation.PSMemberInfoCollection[System.Management.Automation.PSPropertyInfo]', (v) => new MemberInfoCollection(v.target, 'Properties', () => properties(v.target)))
  .property('TypeNames', 'System.Collections.ObjectModel.Collection[string]', (v) => typeNameCollection(v.target));

registerMemberTable((v): v is PSObjectView => v instanceof PSObjectView, PSOBJECT_VIEW_MEMBERS);
