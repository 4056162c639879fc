// `$x.PSObject`: the view PowerShell gives of any value's members (Properties, Methods, Members),
// its BaseObject and TypeNames (the live list of typeNameCollection.ts), and Copy(). The members are
// read from the one member model, so the view lists what Get-Member lists.

import { dotNetTypeName, isNull, toStr } from '../runtime/convert.js';
import { MemberTable } from '../runtime/memberTable.js';
import { membersOf } from '../runtime/memberModel.js';
import { getPropertyValue, typeNamesOf } from '../runtime/members.js';
import { PSObject } from '../runtime/values.js';
import { registerMemberTable } from '../runtime/typeTables.js';
import { withoutArguments } from './support.js';
import { TypeNameCollection } from './typeNameCollection.js';

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

function propertyInfo(name: string, value: unknown, memberType: string, settable: boolean): PSObject {
  return new PSObject(`System.Management.Automation.PS${memberType === 'Property' ? 'Property' : memberType}`, {
    Name: name,
    Value: value,
    MemberType: memberType,
    TypeNameOfValue: isNull(value) ? 'System.Object' : dotNetTypeName(value),
    IsSettable: settable,
    IsGettable: true,
  });
}

/** Properties of a custom or Cs object are its own (note or script); any other value's come from its type. */
function properties(target: unknown): PSObject[] {
  if (target instanceof PSObject) {
    return target.properties().map((p) => {
      const value = p.getter ? p.getter() : p.value;
      return propertyInfo(p.name, value, p.getter ? 'ScriptProperty' : 'NoteProperty', !p.readOnly && !p.getter);
    });
  }
  return membersOf(target)
    .filter((m) => m.memberType.endsWith('Property') && m.memberType !== 'ParameterizedProperty')
    .map((m) => propertyInfo(m.name, getPropertyValue(target, m.name) ?? null, m.memberType, m.definition.includes('set;')));
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
  .property('Members', 'System.Management.Automation.PSMemberInfoCollection[System.Management.Automation.PSMemberInfo]', (v) => [...properties(v.target), ...methods(v.target)])
  .property('Methods', 'System.Management.Automation.PSMemberInfoCollection[System.Management.Automation.PSMethodInfo]', (v) => methods(v.target))
  .property('Properties', 'System.Management.Automation.PSMemberInfoCollection[System.Management.Automation.PSPropertyInfo]', (v) => properties(v.target))
  .property('TypeNames', 'System.Collections.ObjectModel.Collection[string]', (v) => typeNameCollection(v.target));

registerMemberTable((v): v is PSObjectView => v instanceof PSObjectView, PSOBJECT_VIEW_MEMBERS);
