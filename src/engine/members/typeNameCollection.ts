// `$x.PSObject.TypeNames` and `$x.pstypenames`: the one live list of a PSObject's type names (5.1's
// ConsolidatedString, a Collection[string]). It is the object's own chain, so Insert, Add, Remove and
// Clear change what Get-Member, the formatter and every later reader see. Like ConsolidatedString, it
// refuses a $null or empty name and keeps any other value as its text.

import { isNull, toStr } from '../runtime/convert.js';
import { MemberTable } from '../runtime/memberTable.js';
import { EMPTY_TYPE_NAME_MESSAGE } from '../runtime/typeNameChain.js';
import { PSArrayList } from '../runtime/values.js';
import { runtimeError } from '../eval/errors.js';
import { argOutOfRange, arity, intArg, methodException } from './support.js';
import { removeAtFromList } from './collections.js';

const CONSOLIDATED_STRING = 'System.Management.Automation.Runspaces.ConsolidatedString';

/** A list of type names: enumerated, indexed and counted as any list, its items are the chain itself. */
export class TypeNameCollection extends PSArrayList {
  declare items: string[];

  constructor(names: string[]) {
    super(names, CONSOLIDATED_STRING);
  }
}

/** The text a value is stored as ('' for $null, which ConsolidatedString refuses as it refuses ''). */
const nameText = (value: unknown): string => (isNull(value) ? '' : toStr(value));

/** A name as a method stores it: its text; $null and '' are refused. */
function nameArgument(method: string, args: unknown[], value: unknown): string {
  const name = nameText(value);
  if (name === '') throw methodException(method, args, EMPTY_TYPE_NAME_MESSAGE, 'System.Management.Automation.PSArgumentException');
  return name;
}

/** A name assigned by index (`$x.pstypenames[0] = 'T'`): refused as the indexer refuses it, unwrapped. */
export function assignedTypeName(value: unknown): string {
  const name = nameText(value);
  if (name === '') throw runtimeError(EMPTY_TYPE_NAME_MESSAGE, 'Argument', 'OperationStopped', { exceptionType: 'System.Management.Automation.PSArgumentException' });
  return name;
}

/** Where Contains, IndexOf and Remove find a value: by its text, case-sensitive ($null is never there). */
function indexOfName(names: TypeNameCollection, value: unknown): number {
  return isNull(value) ? -1 : names.items.indexOf(toStr(value));
}

function insertName(names: TypeNameCollection, args: unknown[]): undefined {
  arity('Insert', args, 2);
  const i = intArg(args[0]);
  if (i < 0 || i > names.items.length) throw argOutOfRange('Insert', args, 'Index must be within the bounds of the List.', 'index');
  names.items.splice(i, 0, nameArgument('Insert', args, args[1]));
  return undefined;
}

function removeName(names: TypeNameCollection, args: unknown[]): boolean {
  arity('Remove', args, 1);
  const i = indexOfName(names, args[0]);
  if (i >= 0) names.items.splice(i, 1);
  return i >= 0;
}

function nameAt(names: TypeNameCollection, args: unknown[]): string {
  arity('Item', args, 1);
  const i = intArg(args[0]);
  if (i < 0 || i >= names.items.length) throw argOutOfRange('Item', args, 'Index was out of range. Must be non-negative and less than the size of the collection.', 'index');
  return names.items[i]!;
}

/** Collection[string]'s members as the type names' list has them. */
export const TYPE_NAME_COLLECTION_MEMBERS = new MemberTable<TypeNameCollection>()
  .method('Add', 'void Add(string item), void ICollection[string].Add(string item), int IList.Add(System.Object value)', (names, args) => {
    arity('Add', args, 1);
    names.items.push(nameArgument('Add', args, args[0]));
    return undefined;
  })
  .method('Clear', 'void Clear(), void ICollection[string].Clear(), void IList.Clear()', (names, args) => {
    arity('Clear', args, 0);
    names.items.length = 0;
    return undefined;
  })
  .method('Contains', 'bool Contains(string item), bool ICollection[string].Contains(string item), bool IList.Contains(System.Object value)', (names, args) => {
    arity('Contains', args, 1);
    return indexOfName(names, args[0]) >= 0;
  })
  .method('IndexOf', 'int IndexOf(string item), int IList[string].IndexOf(string item), int IList.IndexOf(System.Object value)', (names, args) => {
    arity('IndexOf', args, 1);
    return indexOfName(names, args[0]);
  })
  .method('Insert', 'void Insert(int index, string item), void IList[string].Insert(int index, string item), void IList.Insert(int index, System.Object value)', insertName)
  .method('Remove', 'bool Remove(string item), bool ICollection[string].Remove(string item), void IList.Remove(System.Object value)', removeName)
  .method('RemoveAt', 'void RemoveAt(int index), void IList[string].RemoveAt(int index), void IList.RemoveAt(int index)', removeAtFromList)
  .parameterized('Item', 'string Item(int index) {get;set;}', nameAt)
  .property('Count', 'int', (names) => names.items.length);
