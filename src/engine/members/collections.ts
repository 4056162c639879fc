// Methods of object[] arrays, ArrayList / List[T] and hashtables, plus the ForEach() / Where()
// intrinsic methods that run script blocks.

import { PSArrayList, PSHashtable, PSObject } from '../runtime/values.js';
import { compareValues, isNull, toList, toStr, valuesEqual } from '../runtime/convert.js';
import { argOutOfRange, arity, intArg, methodException } from './support.js';
import { MemberTable } from '../runtime/memberTable.js';
import { convertToType, resolveType, type ResolvedType } from '../runtime/types.js';

/** .NET Equals as List.Contains/IndexOf/Remove use it: strings case-sensitive, numbers by value. */
function netEquals(a: unknown, b: unknown): boolean {
  if (typeof a === 'string' || typeof b === 'string') return a === b;
  return valuesEqual(a, b, true);
}

function netIndexOf(items: unknown[], v: unknown, start = 0): number {
  for (let i = start; i < items.length; i++) if (netEquals(items[i], v)) return i;
  return -1;
}

export function dictionaryEntry(k: unknown, v: unknown): PSObject {
  return new PSObject('System.Collections.DictionaryEntry', { Name: k, Key: k, Value: v });
}

const fixedSize = (name: string) => (_: unknown[], args: unknown[]): never => {
  throw methodException(name, args, 'Collection was of a fixed size.', 'System.NotSupportedException');
};

/** object[]'s members (System.Array through IList). */
export const ARRAY_MEMBERS = new MemberTable<unknown[]>()
  .method('Add', 'int IList.Add(System.Object value)', fixedSize('Add'))
  .method('Clone', 'System.Object Clone(), System.Object ICloneable.Clone()', (arr) => [...arr])
  .method('Contains', 'bool IList.Contains(System.Object value)', (arr, args) => {
    arity('Contains', args, 1);
    return netIndexOf(arr, args[0]) >= 0;
  })
  .method('GetValue', 'System.Object GetValue(Params int[] indices), System.Object GetValue(int index), System.Object GetValue(long index)', (arr, args) => arr[intArg(args[0])] ?? null)
  .method('IndexOf', 'int IList.IndexOf(System.Object value)', (arr, args) => {
    arity('IndexOf', args, 1, 2);
    return netIndexOf(arr, args[0], args.length > 1 ? intArg(args[1]) : 0);
  })
  .method('Insert', 'void IList.Insert(int index, System.Object value)', fixedSize('Insert'))
  .method('Remove', 'void IList.Remove(System.Object value)', fixedSize('Remove'))
  .method('RemoveAt', 'void IList.RemoveAt(int index)', fixedSize('RemoveAt'))
  .method('SetValue', 'void SetValue(System.Object value, int index), void SetValue(System.Object value, Params int[] indices)', (arr, args) => {
    arr[intArg(args[1])] = args[0];
    return undefined;
  })
  .property('Length', 'int', (arr) => arr.length)
  .property('LongLength', 'long', (arr) => arr.length)
  .property('Rank', 'int', () => 1)
  .property('IsReadOnly', 'bool', () => false)
  .property('IsFixedSize', 'bool', () => true)
  .property('IsSynchronized', 'bool', () => false)
  .member('Count', 'AliasProperty', 'Count = Length', (arr) => arr.length);

function isGenericList(l: PSArrayList): boolean {
  return l.typeName !== 'System.Collections.ArrayList';
}

/** The element type of a List[T], to convert added items. */
function elementConverter(l: PSArrayList): ((v: unknown) => unknown) | undefined {
  const m = /^System\.Collections\.Generic\.List\[(.+)\]$/i.exec(l.typeName);
  if (!m) return undefined;
  const name = m[1]!;
  if (/^(object|psobject|system\.object)$/i.test(name)) return undefined;
  return (v) => {
    try {
      return convertToType(v, resolveElement(name));
    } catch {
      return v;
    }
  };
}

function resolveElement(name: string): ResolvedType {
  return resolveType({ text: name, name: name.replace(/\[\]$/, ''), genericArguments: [], isArray: name.endsWith('[]') });
}

/** What List[T].Remove returns (whether it removed), ArrayList's being void. */
function removeFromList(l: PSArrayList, args: unknown[]): unknown {
  arity('Remove', args, 1);
  const i = netIndexOf(l.items, args[0]);
  if (i >= 0) l.items.splice(i, 1);
  return isGenericList(l) ? i >= 0 : undefined;
}

function insertIntoList(l: PSArrayList, args: unknown[]): undefined {
  arity('Insert', args, 2);
  const i = intArg(args[0]);
  if (i < 0 || i > l.items.length) throw argOutOfRange('Insert', args, 'Index must be within the bounds of the List.', 'index');
  l.items.splice(i, 0, converterOf(l)(args[1]));
  return undefined;
}

/** RemoveAt of any list (ArrayList, List[T], a type names' list). */
export function removeAtFromList(l: PSArrayList, args: unknown[]): undefined {
  arity('RemoveAt', args, 1);
  const i = intArg(args[0]);
  if (i < 0 || i >= l.items.length) throw argOutOfRange('RemoveAt', args, 'Index was out of range. Must be non-negative and less than the size of the collection.', 'index');
  l.items.splice(i, 1);
  return undefined;
}

const converterOf = (l: PSArrayList): ((v: unknown) => unknown) => elementConverter(l) ?? ((v: unknown) => v);
/** Runs an in-place change and returns nothing (a void method). */
const voidly = (change: (l: PSArrayList, args: unknown[]) => void) => (l: PSArrayList, args: unknown[]): undefined => {
  change(l, args);
  return undefined;
};

/** System.Collections.ArrayList's members (List[T] is read through the same table). */
export const LIST_MEMBERS = new MemberTable<PSArrayList>()
  .method('Add', 'int Add(System.Object value), int IList.Add(System.Object value)', (l, args) => {
    arity('Add', args, 1);
    l.items.push(converterOf(l)(args[0]));
    return isGenericList(l) ? undefined : l.items.length - 1;
  })
  .method('AddRange', 'void AddRange(System.Collections.ICollection c)', voidly((l, args) => {
    arity('AddRange', args, 1);
    l.items.push(...toList(args[0]).map(converterOf(l)));
  }))
  .method('Clear', 'void Clear(), void IList.Clear()', voidly((l) => void (l.items.length = 0)))
  .method('Clone', 'System.Object Clone(), System.Object ICloneable.Clone()', (l) => new PSArrayList([...l.items], l.typeName))
  .method('Contains', 'bool Contains(System.Object item), bool IList.Contains(System.Object value)', (l, args) => netIndexOf(l.items, args[0]) >= 0)
  .method('GetRange', 'System.Collections.ArrayList GetRange(int index, int count)', (l, args) => new PSArrayList(l.items.slice(intArg(args[0]), intArg(args[0]) + intArg(args[1])), l.typeName))
  .method('IndexOf', 'int IndexOf(System.Object value), int IndexOf(System.Object value, int startIndex), int IList.IndexOf(System.Object value)', (l, args) => netIndexOf(l.items, args[0], args.length > 1 ? intArg(args[1]) : 0))
  .method('Insert', 'void Insert(int index, System.Object value), void IList.Insert(int index, System.Object value)', insertIntoList)
  .method('Remove', 'void Remove(System.Object obj), void IList.Remove(System.Object value)', removeFromList)
  .method('RemoveAt', 'void RemoveAt(int index), void IList.RemoveAt(int index)', removeAtFromList)
  .method('RemoveRange', 'void RemoveRange(int index, int count)', voidly((l, args) => void l.items.splice(intArg(args[0]), intArg(args[1]))))
  .method('Reverse', 'void Reverse(), void Reverse(int index, int count)', voidly((l) => void l.items.reverse()))
  .method('Sort', 'void Sort(), void Sort(System.Collections.IComparer comparer)', voidly((l) => void l.items.sort((a, b) => compareValues(a, b, true))))
  .method('ToArray', 'System.Object[] ToArray(), array ToArray(type type)', (l) => [...l.items])
  .property('Capacity', 'int', (l) => Math.max(4, l.items.length))
  .property('Count', 'int', (l) => l.items.length)
  .property('IsFixedSize', 'bool', () => false)
  .property('IsReadOnly', 'bool', () => false)
  .property('IsSynchronized', 'bool', () => false);

function addToHashtable(h: PSHashtable, args: unknown[]): undefined {
  arity('Add', args, 2);
  if (isNull(args[0])) throw methodException('Add', args, 'Key cannot be null.\nParameter name: key', 'System.ArgumentNullException');
  if (!h.add(args[0], args[1])) {
    const k = toStr(args[0]);
    throw methodException('Add', args, `Item has already been added. Key in dictionary: '${k}'  Key being added: '${k}'`, 'System.ArgumentException');
  }
  return undefined;
}

const containsKey = (name: string) => (h: PSHashtable, args: unknown[]): boolean => {
  arity(name, args, 1);
  return h.has(args[0]);
};

/** System.Collections.Hashtable's members (its keys are read as properties before these). */
export const HASHTABLE_MEMBERS = new MemberTable<PSHashtable>()
  .method('Add', 'void Add(System.Object key, System.Object value), void IDictionary.Add(System.Object key, System.Object value)', addToHashtable)
  .method('Clear', 'void Clear(), void IDictionary.Clear()', (h) => void h.clear())
  .method('Clone', 'System.Object Clone(), System.Object ICloneable.Clone()', (h) => h.clone())
  .method('Contains', 'bool Contains(System.Object key), bool IDictionary.Contains(System.Object key)', containsKey('Contains'))
  .method('ContainsKey', 'bool ContainsKey(System.Object key)', containsKey('ContainsKey'))
  .method('ContainsValue', 'bool ContainsValue(System.Object value)', (h, args) => h.values().some((v) => netEquals(v, args[0])))
  .method('GetEnumerator', 'System.Collections.IDictionaryEnumerator GetEnumerator()', (h) => h.entries().map(([k, v]) => dictionaryEntry(k, v)))
  .method('Remove', 'void Remove(System.Object key), void IDictionary.Remove(System.Object key)', (h, args) => {
    arity('Remove', args, 1);
    h.delete(args[0]);
    return undefined;
  })
  .parameterized('Item', 'System.Object Item(System.Object key) {get;set;}', (h, args) => h.get(args[0]) ?? null)
  .property('IsReadOnly', 'bool', () => false)
  .property('IsFixedSize', 'bool', () => false)
  .property('IsSynchronized', 'bool', () => false)
  .property('Keys', 'System.Collections.ICollection', (h) => h.keys())
  .property('Values', 'System.Collections.ICollection', (h) => h.values())
  .property('Count', 'int', (h) => h.size);

export function hashtableMethod(h: PSHashtable, lower: string, args: unknown[]): unknown {
  // The accessors `$h.get_Item(k)` / `$h.set_Item(k, v)`: callable, never listed (as .NET hides them).
  if (lower === 'get_item') return h.get(args[0]) ?? null;
  if (lower === 'set_item') return void h.set(args[0], args[1]);
  return HASHTABLE_MEMBERS.call(h, lower, args);
}
