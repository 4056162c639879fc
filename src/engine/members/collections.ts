// Methods of object[] arrays, ArrayList / List[T] and hashtables, plus the ForEach() / Where()
// intrinsic methods that run script blocks.

import { PSArrayList, PSHashtable, PSObject, ScriptBlockValue } from '../runtime/values.js';
import { compareValues, isEnumerable, isNull, toBool, toList, toStr, valuesEqual } from '../runtime/convert.js';
import { argOutOfRange, arity, intArg, methodException, NO_METHOD } from './support.js';
import { convertToType, resolveType, type ResolvedType } from '../runtime/types.js';
import { TypeValue } from '../runtime/valueTypes.js';
import type { EvaluatorApi } from '../eval/evaluatorApi.js';
import { callMethod, getMember } from './access.js';

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

export function arrayMethod(arr: unknown[], lower: string, args: unknown[]): unknown {
  switch (lower) {
    case 'contains':
      arity('Contains', args, 1);
      return netIndexOf(arr, args[0]) >= 0;
    case 'indexof':
      arity('IndexOf', args, 1, 2);
      return netIndexOf(arr, args[0], args.length > 1 ? intArg(args[1]) : 0);
    case 'lastindexof':
      for (let i = arr.length - 1; i >= 0; i--) if (netEquals(arr[i], args[0])) return i;
      return -1;
    case 'clone':
      return [...arr];
    case 'getvalue':
      return arr[intArg(args[0])] ?? null;
    case 'setvalue':
      arr[intArg(args[1])] = args[0];
      return undefined;
    case 'add':
    case 'remove':
    case 'insert':
    case 'removeat':
    case 'clear':
      if (lower === 'clear') return NO_METHOD;
      throw methodException(lower === 'removeat' ? 'RemoveAt' : lower[0]!.toUpperCase() + lower.slice(1), args, 'Collection was of a fixed size.', 'System.NotSupportedException');
    default:
      return NO_METHOD;
  }
}

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

export function listMethod(l: PSArrayList, lower: string, args: unknown[]): unknown {
  const conv = elementConverter(l) ?? ((v: unknown) => v);
  const items = l.items;
  switch (lower) {
    case 'add':
      arity('Add', args, 1);
      items.push(conv(args[0]));
      return isGenericList(l) ? undefined : items.length - 1;
    case 'addrange':
      arity('AddRange', args, 1);
      items.push(...toList(args[0]).map(conv));
      return undefined;
    case 'insert': {
      arity('Insert', args, 2);
      const i = intArg(args[0]);
      if (i < 0 || i > items.length) throw argOutOfRange('Insert', args, 'Index must be within the bounds of the List.', 'index');
      items.splice(i, 0, conv(args[1]));
      return undefined;
    }
    case 'remove': {
      arity('Remove', args, 1);
      const i = netIndexOf(items, args[0]);
      if (i >= 0) items.splice(i, 1);
      return isGenericList(l) ? i >= 0 : undefined;
    }
    case 'removeat': {
      arity('RemoveAt', args, 1);
      const i = intArg(args[0]);
      if (i < 0 || i >= items.length) throw argOutOfRange('RemoveAt', args, 'Index was out of range. Must be non-negative and less than the size of the collection.', 'index');
      items.splice(i, 1);
      return undefined;
    }
    case 'removerange':
      items.splice(intArg(args[0]), intArg(args[1]));
      return undefined;
    case 'contains':
      return netIndexOf(items, args[0]) >= 0;
    case 'indexof':
      return netIndexOf(items, args[0], args.length > 1 ? intArg(args[1]) : 0);
    case 'clear':
      items.length = 0;
      return undefined;
    case 'toarray':
      return [...items];
    case 'sort':
      items.sort((a, b) => compareValues(a, b, true));
      return undefined;
    case 'reverse':
      items.reverse();
      return undefined;
    case 'getrange':
      return new PSArrayList(items.slice(intArg(args[0]), intArg(args[0]) + intArg(args[1])), l.typeName);
    case 'clone':
      return new PSArrayList([...items], l.typeName);
    default:
      return NO_METHOD;
  }
}

export function hashtableMethod(h: PSHashtable, lower: string, args: unknown[]): unknown {
  switch (lower) {
    case 'add':
      arity('Add', args, 2);
      if (isNull(args[0])) throw methodException('Add', args, 'Key cannot be null.\nParameter name: key', 'System.ArgumentNullException');
      if (!h.add(args[0], args[1])) {
        const k = toStr(args[0]);
        throw methodException('Add', args, `Item has already been added. Key in dictionary: '${k}'  Key being added: '${k}'`, 'System.ArgumentException');
      }
      return undefined;
    case 'remove':
      arity('Remove', args, 1);
      h.delete(args[0]);
      return undefined;
    case 'containskey':
    case 'contains':
      arity(lower === 'contains' ? 'Contains' : 'ContainsKey', args, 1);
      return h.has(args[0]);
    case 'containsvalue':
      return h.values().some((v) => netEquals(v, args[0]));
    case 'clear':
      h.clear();
      return undefined;
    case 'clone':
      return h.clone();
    case 'getenumerator':
      return h.entries().map(([k, v]) => dictionaryEntry(k, v));
    case 'get_item':
      return h.get(args[0]) ?? null;
    case 'set_item':
      h.set(args[0], args[1]);
      return undefined;
    default:
      return NO_METHOD;
  }
}

// ---------------------------------------------------------------------------------------------
// ForEach() and Where()

export async function foreachMethod(ev: EvaluatorApi, items: unknown[], args: unknown[]): Promise<unknown[]> {
  const [first, ...rest] = args;
  const out: unknown[] = [];
  if (first instanceof ScriptBlockValue) {
    for (const item of items) out.push(...(await ev.services.invokeScriptBlock(first, { dollarUnder: item, args: rest, dotSource: true })));
    return out;
  }
  if (first instanceof TypeValue) return items.map((x) => convertToType(x, first.resolved as ResolvedType));
  const name = toStr(first);
  for (const item of items) {
    if (rest.length === 0) {
      const v = getMember(ev, item, name);
      if (isEnumerable(v)) out.push(...toList(v));
      else if (!isNull(v)) out.push(v);
    } else out.push(await callMethod(ev, item, name, rest));
  }
  return out;
}

export async function whereMethod(ev: EvaluatorApi, items: unknown[], args: unknown[]): Promise<unknown[]> {
  const block = args[0];
  if (!(block instanceof ScriptBlockValue)) throw methodException('Where', args, 'The script block argument is required.', 'System.ArgumentException');
  const mode = args.length > 1 ? toStr(args[1]).toLowerCase() : 'default';
  const limit = args.length > 2 ? intArg(args[2]) : 0;
  const test = async (item: unknown) => toBool(await ev.services.invokeScriptBlock(block, { dollarUnder: item, dotSource: true }).then((r) => (r.length === 1 ? r[0] : r)));
  const out: unknown[] = [];
  if (mode === 'last') {
    for (let i = items.length - 1; i >= 0; i--) if (await test(items[i])) out.unshift(items[i]);
    return limit > 0 ? out.slice(-limit) : out.slice(-1);
  }
  let skipping = mode === 'skipuntil';
  const other: unknown[] = [];
  for (const item of items) {
    const ok = await test(item);
    if (mode === 'skipuntil') {
      if (skipping && ok) skipping = false;
      if (!skipping) out.push(item);
      continue;
    }
    if (mode === 'until') {
      if (ok) break;
      out.push(item);
      continue;
    }
    if (ok) out.push(item);
    else other.push(item);
    if (mode === 'first' && out.length >= Math.max(1, limit)) break;
    if (mode === 'default' && limit > 0 && out.length >= limit) break;
  }
  if (mode === 'split') return [out, other];
  return out;
}
