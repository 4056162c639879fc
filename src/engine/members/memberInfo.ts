// The property infos `$o.PSObject.Properties` hands out (5.1's PSNoteProperty, PSScriptProperty,
// PSAliasProperty and PSProperty): each names one property of its owner and reads and writes it
// there, so `$p.Value = ''` changes the object. A PSNoteProperty made by a script
// (`[psnoteproperty]::new('c', 3)`) has no owner and keeps its own value until a collection's Add
// copies it onto an object.

import { dotNetTypeName, isNull, toStr } from '../runtime/convert.js';
import { MemberTable } from '../runtime/memberTable.js';
import { hasDotNetProperties, membersOf, noteDefinition } from '../runtime/memberModel.js';
import { getPropertyValue } from '../runtime/members.js';
import { PSObject } from '../runtime/values.js';
import { memberTableOf, registerMemberTable } from '../runtime/typeTables.js';
import { PSRuntimeError } from '../errors.js';
import { methodException, propertyException, withoutArguments } from './support.js';

export type PropertyMemberType = 'NoteProperty' | 'ScriptProperty' | 'AliasProperty' | 'Property';

const INFO_TYPES: Record<PropertyMemberType, string> = {
  NoteProperty: 'System.Management.Automation.PSNoteProperty',
  ScriptProperty: 'System.Management.Automation.PSScriptProperty',
  AliasProperty: 'System.Management.Automation.PSAliasProperty',
  Property: 'System.Management.Automation.PSProperty',
};

export const NOTE_PROPERTY_TYPE = INFO_TYPES.NoteProperty;

/** PSArgumentException's text for an empty member name. */
export const INVALID_NAME_MESSAGE = 'Cannot process argument because the value of argument "name" is not valid. Change the value of the "name" argument and run the operation again.';

export class PropertyInfoValue {
  private constructor(
    readonly name: string,
    /** The object the property belongs to; undefined for a note property a script made. */
    readonly owner: unknown,
    /** A detached note property's own value. */
    private ownValue: unknown,
    /** The member type of a .NET value's property (fixed by its type). */
    private readonly fixedType?: PropertyMemberType,
  ) {}

  /** The info of `owner`'s property `name`, as the owner has it now. */
  static of(owner: unknown, name: string, memberType?: PropertyMemberType): PropertyInfoValue {
    return new PropertyInfoValue(name, owner, undefined, owner instanceof PSObject ? undefined : (memberType ?? 'Property'));
  }

  /** A note property with no owner (`[psnoteproperty]::new(name, value)`). */
  static note(name: string, value: unknown): PropertyInfoValue {
    return new PropertyInfoValue(name, undefined, value, 'NoteProperty');
  }

  get detached(): boolean {
    return this.owner === undefined;
  }

  private get property() {
    return this.owner instanceof PSObject ? this.owner.getProperty(this.name) : undefined;
  }

  get memberType(): PropertyMemberType {
    if (this.fixedType) return this.fixedType;
    const p = this.property;
    if (p?.memberType === 'ScriptProperty' || p?.memberType === 'AliasProperty') return p.memberType;
    return hasDotNetProperties(this.owner as PSObject) ? 'Property' : 'NoteProperty';
  }

  get typeName(): string {
    return INFO_TYPES[this.memberType];
  }

  /** The value now; a script property whose getter runs a script block gives its promise. */
  get value(): unknown {
    if (this.detached) return this.ownValue;
    if (!(this.owner instanceof PSObject)) return getPropertyValue(this.owner, this.name) ?? null;
    const p = this.property;
    if (!p) return null;
    return p.asyncGetter ? p.asyncGetter() : p.getter ? p.getter() : p.value;
  }

  /** True when reading the value runs a script block (the evaluator then reads it on its asynchronous path). */
  get runsScript(): boolean {
    return this.property?.asyncGetter !== undefined;
  }

  get isSettable(): boolean {
    if (this.detached) return true;
    if (!(this.owner instanceof PSObject)) return membersOf(this.owner).some((m) => m.name.toLowerCase() === this.name.toLowerCase() && m.definition.includes('set;'));
    const p = this.property;
    if (!p) return false;
    // [I] An alias is taken as settable whatever its target is.
    if (p.memberType === 'AliasProperty') return true;
    return p.setter !== undefined ? !p.readOnly : !p.readOnly && !p.getter;
  }

  /** Added to the object itself (note, script and alias properties), not adapted from its type. */
  get isInstance(): boolean {
    return this.memberType !== 'Property';
  }

  get typeNameOfValue(): string {
    if (this.memberType === 'ScriptProperty') return 'System.Object';
    const v = this.runsScript ? null : this.value;
    if (isNull(v)) return 'System.Object';
    return v instanceof PSObject ? v.typeName : dotNetTypeName(v);
  }

  /** Writes the value into the owner; a script property's setter may return a promise. */
  assign(value: unknown): unknown {
    if (this.detached) {
      this.ownValue = value;
      return undefined;
    }
    if (!(this.owner instanceof PSObject)) return this.assignDotNet(value);
    const p = this.property;
    if (!p) return undefined;
    if (p.setter) return settingValue(() => p.setter!(value));
    if (p.readOnly || p.getter) throw readOnly(p.name);
    // Through the object: one read from a stored row keeps the change only once it holds its own properties.
    this.owner.set(this.name, value);
    return undefined;
  }

  private assignDotNet(value: unknown): unknown {
    const outcome = memberTableOf(this.owner)?.write(this.owner, this.name.toLowerCase(), value);
    if (outcome !== 'set') throw readOnly(this.name);
    return undefined;
  }

  /** The member's definition, as 5.1's ToString gives it (`int a=1` for a note property). */
  toString(): string {
    if (this.memberType === 'NoteProperty') return noteDefinition(this.name, this.runsScript ? null : this.value);
    const lower = this.name.toLowerCase();
    return membersOf(this.owner).find((m) => m.name.toLowerCase() === lower)?.definition ?? this.name;
  }
}

/** `Exception setting "Value": "…"`: how a failing setter of the info's Value shows. */
function settingFailure(e: unknown): unknown {
  return e instanceof PSRuntimeError ? propertyException('setting', 'Value', e.record.message, 'System.Management.Automation.SetValueException') : e;
}

/** Runs a setter, wrapping its refusal (at once or from its promise) as the Value setter's exception. */
function settingValue(set: () => unknown): unknown {
  try {
    const r = set();
    return r instanceof Promise ? r.catch((e: unknown) => Promise.reject(settingFailure(e))) : r;
  } catch (e) {
    throw settingFailure(e);
  }
}

function readOnly(name: string): PSRuntimeError {
  return propertyException('setting', 'Value', `'${name}' is a ReadOnly property.`, 'System.Management.Automation.SetValueException');
}

/** `New-Object PSNoteProperty name, value` and `[psnoteproperty]::new(name, value)`; undefined when the count of arguments fits no constructor. */
export function newNoteProperty(args: unknown[]): PropertyInfoValue | undefined {
  if (args.length !== 2) return undefined;
  const name = isNull(args[0]) ? '' : toStr(args[0]);
  if (name === '') throw methodException('.ctor', args, INVALID_NAME_MESSAGE, 'System.Management.Automation.PSArgumentException');
  return PropertyInfoValue.note(name, args[1] ?? null);
}

// The order of the properties is the one 5.1's Format-List shows for a PSNoteProperty; [I] the other
// kinds share it. [I] Copy gives a note property holding the current value, whatever the kind.
export const PROPERTY_INFO_MEMBERS = new MemberTable<PropertyInfoValue>()
  .method('Copy', 'System.Management.Automation.PSMemberInfo Copy()', withoutArguments('Copy', (p: PropertyInfoValue) => PropertyInfoValue.note(p.name, p.runsScript ? null : p.value)))
  .settable('Value', 'System.Object', (p) => p.value, (p, value) => void p.assign(value))
  .member('MemberType', 'Property', 'System.Management.Automation.PSMemberTypes MemberType {get;}', (p) => p.memberType)
  .property('IsSettable', 'bool', (p) => p.isSettable)
  .property('IsGettable', 'bool', () => true)
  .property('TypeNameOfValue', 'string', (p) => p.typeNameOfValue)
  .property('Name', 'string', (p) => p.name)
  .property('IsInstance', 'bool', (p) => p.isInstance);

registerMemberTable((v): v is PropertyInfoValue => v instanceof PropertyInfoValue, PROPERTY_INFO_MEMBERS);
