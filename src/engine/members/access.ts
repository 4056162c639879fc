// Member access, method calls and indexing on runtime values, with PowerShell's adapter rules:
// hashtable keys as properties, .Count/.Length on everything, member enumeration over collections,
// $null-safe property reads, and PowerShell's errors for unknown methods and null targets.

import { instanceMember } from './instanceMembers.js';
import { isNumeric } from '../runtime/numbers.js';
import { ErrorRecord, PSRuntimeError } from '../errors.js';
import { AutomationNull, PSArrayList, PSHashtable, PSObject, ScriptBlockValue } from '../runtime/values.js';
import { isEnumerable, isNull, toList, toStr } from '../runtime/convert.js';
import { methodNotFound } from '../operators/apply.js';
import { nullIndex, nullMethodCall, runtimeError } from '../eval/errors.js';
import { NO_METHOD, intArg } from './support.js';
import { STRING_MEMBERS } from './string.js';
import { dateDisplayHint } from './date.js';
import { HASHTABLE_MEMBERS, hashtableMethod, LIST_MEMBERS } from './collections.js';
import { foreachMethod, whereMethod } from './intrinsicMethods.js';
import type { MemberTable } from '../runtime/memberTable.js';
import { errorRecordMember, nativeMethods, typeOf } from './objects.js';
import { psObjectView, typeNameCollection } from './psObjectView.js';
import { assignedTypeName, TypeNameCollection } from './typeNameCollection.js';
import { MemberInfoCollection } from './memberInfoCollection.js';
import { PropertyInfoValue } from './memberInfo.js';
import { RegexGroup } from './regexMatch.js';
import { RefValue } from '../runtime/valueTypes.js';
import { CharValue } from '../runtime/charValue.js';
import { convertToElementType } from '../runtime/types.js';
import { compareTo, OBJECT_MEMBERS } from '../runtime/objectMembers.js';
import { memberTableOf } from '../runtime/typeTables.js';
import { PSCmdletValue } from '../functions/psCmdlet.js';
import type { EvaluatorApi } from '../eval/evaluatorApi.js';

// ---------------------------------------------------------------------------------------------
// Properties

export function getMember(ev: EvaluatorApi, target: unknown, name: string): unknown {
  const lower = name.toLowerCase();
  if (isNull(target)) return lower === 'count' || lower === 'length' ? 0 : null;
  if (target instanceof PSObject) {
    const p = target.getProperty(name);
    if (p) return p.asyncGetter ? p.asyncGetter() : p.getter ? p.getter() : p.value;
    return intrinsicMember(target, lower) ?? (lower === 'count' || lower === 'length' ? 1 : null);
  }
  if (target instanceof PSHashtable) {
    if (target.has(name)) return target.get(name);
    return instanceMember(target, name)?.value ?? hashtableProperty(target, lower);
  }
  // A collection's intrinsic members are its own, not its elements'.
  const intrinsic = intrinsicMember(target, lower);
  if (intrinsic !== undefined) return intrinsic;
  if (Array.isArray(target) || target instanceof PSArrayList) {
    const added = instanceMember(target, name);
    if (added) return added.value;
    const items = toList(target);
    // The collection's own members (one table per type), then PowerShell's intrinsic Count/Length.
    const table = memberTableOf(target) ?? LIST_MEMBERS;
    if (table.hasProperty(lower)) return (table as MemberTable<unknown>).read(target, lower);
    // A member collection has no Count: 5.1 enumerates its members' (one each) instead.
    if ((lower === 'count' || lower === 'length') && !(target instanceof MemberInfoCollection)) return items.length;
    return enumerateMember(ev, items, name);
  }
  if (typeof target === 'string') return STRING_MEMBERS.hasProperty(lower) ? STRING_MEMBERS.read(target, lower) : lower === 'count' ? 1 : null;
  // A boxed number extended by Add-Member -PassThru.
  if (typeof target === 'object' && isNumeric(target)) {
    const added = instanceMember(target, name);
    if (added) return added.value;
  }
  const v = typedMember(target, lower);
  if (v !== undefined) return v;
  if (lower === 'count' || lower === 'length') return 1;
  return null;
}

/** The members PowerShell gives every value: its PSObject view and its type names; undefined for others. */
function intrinsicMember(target: unknown, lower: string): unknown {
  if (lower === 'psobject') return psObjectView(target);
  if (lower === 'pstypenames') return typeNameCollection(target);
  return undefined;
}

/** A property of a value that is not a PSObject: its type's table, or undefined when it has none of that name. */
function typedMember(target: unknown, lower: string): unknown {
  if (target instanceof Date && lower === 'displayhint') return dateDisplayHint(target);
  if (target instanceof ErrorRecord) return errorRecordMember(target, lower);
  if (target instanceof PSCmdletValue) return target.member(lower);
  return memberTableOf(target)?.read(target, lower);
}

function hashtableProperty(h: PSHashtable, lower: string): unknown {
  if (HASHTABLE_MEMBERS.hasProperty(lower)) return HASHTABLE_MEMBERS.read(h, lower);
  return intrinsicMember(h, lower) ?? null;
}

/** `$users.SipAddress`: the member of every element, flattened one level; a single result is a scalar. */
function enumerateMember(ev: EvaluatorApi, items: unknown[], name: string): unknown {
  const out: unknown[] = [];
  for (const item of items) {
    if (isNull(item)) continue;
    const v = getMember(ev, item, name);
    if (isNull(v)) continue;
    if (isEnumerable(v)) out.push(...toList(v));
    else out.push(v);
  }
  if (out.length === 0) return null;
  return out.length === 1 ? out[0] : out;
}

/** Assigns a member; a script property's setter runs a script block, so its promise is returned. */
export function setMember(target: unknown, name: string, value: unknown): unknown {
  if (target instanceof RefValue && name.toLowerCase() === 'value') {
    target.set(value);
    return;
  }
  if (target instanceof PSHashtable) {
    target.set(name, value);
    return;
  }
  // A property info's Value writes its owner's property (a script property's setter may be a promise).
  if (target instanceof PropertyInfoValue && name.toLowerCase() === 'value') return target.assign(value);
  if (target instanceof PSObject) {
    const setter = target.getProperty(name)?.setter;
    if (setter) return setter(value);
    try {
      if (target.set(name, value)) return;
    } catch {
      throw runtimeError(`'${target.getProperty(name)?.name ?? name}' is a ReadOnly property.`, 'PropertyAssignmentException');
    }
  }
  // A .NET value's own property ($writer.AutoFlush = $true): its table says whether it can be set.
  const outcome = isNull(target) || target instanceof PSObject ? 'missing' : memberTableOf(target)?.write(target, name.toLowerCase(), value);
  if (outcome === 'set') return;
  if (outcome === 'readonly') throw runtimeError(`'${name}' is a ReadOnly property.`, 'PropertyAssignmentException');
  throw runtimeError(`The property '${name}' cannot be found on this object. Verify that the property exists and can be set.`, 'PropertyNotFound');
}

// ---------------------------------------------------------------------------------------------
// Methods

/** Calls a method: the type's table, then ForEach/Where and System.Object's; those that run script blocks return a promise. */
export function callMethod(ev: EvaluatorApi, target: unknown, name: string, args: unknown[]): unknown {
  if (isNull(target)) throw nullMethodCall();
  const lower = name.toLowerCase();
  let r: unknown = NO_METHOD;
  if (target instanceof PSObject) r = psObjectMethod(ev, target, lower, args);
  else if (target instanceof PSHashtable) r = hashtableMethod(target, lower, args);
  else if (target instanceof PSCmdletValue) r = target.call(lower, args);
  else {
    const table = memberTableOf(target);
    if (table) r = table.call(target, lower, args, ev);
  }
  // A void method ($list.Clear(), $h.Add(k, v)) writes nothing to the pipeline.
  if (r !== NO_METHOD) return r === undefined ? AutomationNull : r;
  if (lower === 'foreach') return foreachMethod(ev, isEnumerable(target) ? toList(target) : [target], args, { getMember, callMethod });
  if (lower === 'where') return whereMethod(ev, isEnumerable(target) ? toList(target) : [target], args);
  return universalMethod(target, name, lower, args);
}

/** What a script method returns: its only output itself, several as an array, none as nothing. */
function methodResult(out: unknown[]): unknown {
  return out.length === 0 ? AutomationNull : out.length === 1 ? out[0] : out;
}

function psObjectMethod(ev: EvaluatorApi, o: PSObject, lower: string, args: unknown[]): unknown {
  const p = o.getProperty(lower);
  // A script-method stored as a property holding a script block (Add-Member -MemberType ScriptMethod).
  if (p && p.value instanceof ScriptBlockValue && !p.getter) return ev.services.invokeScriptBlock(p.value, { args, variables: { this: o } }).then(methodResult);
  const native = nativeMethods.get(o)?.[lower];
  if (native) return native(args);
  if (lower === 'copy' || lower === 'clone') return o.clone();
  return NO_METHOD;
}

/** System.Object's methods, else PowerShell's MethodNotFound. */
function universalMethod(target: unknown, name: string, lower: string, args: unknown[]): unknown {
  const r = OBJECT_MEMBERS.call(target, lower, args);
  if (r !== NO_METHOD) return r;
  if (lower === 'compareto') return compareTo(target, args);
  throw methodNotFound(target, name);
}

// ---------------------------------------------------------------------------------------------
// Indexing

/** `$o.PSObject.Properties["Name"]` and `$m.Groups["user"]`: a member or group collection indexed by name. */
function memberByName(items: unknown[], name: string): unknown {
  const lower = name.toLowerCase();
  for (const item of items) {
    if (item instanceof RegexGroup && item.name.toLowerCase() === lower) return item;
    if (item instanceof PSObject && item.typeName.startsWith('System.Management.Automation.PS') && toStr(item.get('Name')).toLowerCase() === lower) return item;
    if (item instanceof PropertyInfoValue && item.name.toLowerCase() === lower) return item;
  }
  return null;
}

function indexOne(target: unknown, index: unknown): unknown {
  // Indexed by name only: a number is taken as a name, which no member has.
  if (target instanceof MemberInfoCollection) return isNull(index) ? null : target.byName(toStr(index));
  if (Array.isArray(target) && typeof index === 'string' && !/^\s*-?\d+\s*$/.test(index)) return memberByName(target, index);
  if (Array.isArray(target) || target instanceof PSArrayList || typeof target === 'string') {
    const len = typeof target === 'string' ? target.length : toList(target).length;
    let i = intArg(index);
    if (i < 0) i += len;
    if (i < 0 || i >= len) return null;
    return typeof target === 'string' ? CharValue.at(target, i) : toList(target)[i];
  }
  if (target instanceof PSHashtable) return target.has(index) ? target.get(index) : null;
  if (target instanceof PSObject) {
    if (typeof index === 'string') {
      throw runtimeError(`Unable to index into an object of type ${target.typeName}.`, 'CannotIndex');
    }
  }
  const i = intArg(index);
  return i === 0 || i === -1 ? target : null;
}

export function indexValue(target: unknown, index: unknown): unknown {
  if (isNull(target)) throw nullIndex();
  if (isEnumerable(index) && !(target instanceof PSHashtable && target.has(index))) {
    const out: unknown[] = [];
    for (const i of toList(index)) {
      const v = indexOne(target, i);
      if (!isNull(v)) out.push(v);
    }
    return out;
  }
  return indexOne(target, index);
}

export function setIndex(target: unknown, index: unknown, value: unknown): void {
  if (isNull(target)) throw nullIndex();
  if (target instanceof PSHashtable) {
    target.set(index, value);
    return;
  }
  // [I] The collection's indexer only reads, as 5.1's has no setter.
  if (target instanceof MemberInfoCollection) throw runtimeError(`Unable to index into an object of type ${target.typeName}.`, 'CannotIndex');
  if (Array.isArray(target) || target instanceof PSArrayList) {
    const items = toList(target);
    let i = intArg(index);
    if (i < 0) i += items.length;
    if (i < 0 || i >= items.length) {
      if (Array.isArray(target)) throw runtimeError('Index was outside the bounds of the array.', 'System.IndexOutOfRangeException', 'OperationStopped', { exceptionType: 'System.IndexOutOfRangeException' });
      throw runtimeError('Index was out of range. Must be non-negative and less than the size of the collection.\nParameter name: index', 'System.ArgumentOutOfRangeException', 'OperationStopped', { exceptionType: 'System.ArgumentOutOfRangeException' });
    }
    items[i] = target instanceof TypeNameCollection ? assignedTypeName(value) : Array.isArray(target) ? convertToElementType(target, value) : value;
    return;
  }
  if (target instanceof PSObject) {
    setMember(target, toStr(index), value);
    return;
  }
  throw runtimeError(`Unable to index into an object of type ${target === null ? 'null' : toStr(typeOf(target))}.`, 'CannotIndex');
}

export { PSRuntimeError };
