// The members every value has (System.Object's) and those of the boxed numbers and booleans, each
// declared once with its implementation, as the other member tables are.

import { compareValues, dotNetTypeName, toStr, valuesEqual } from './convert.js';
import { typeOf } from '../members/objects.js';
import { formatValue } from '../operators/format.js';
import { VersionValue } from './valueTypes.js';
import { isNumeric } from './numbers.js';
import { MemberTable } from './memberTable.js';

function hashCode(s: string): number {
  let h = 0;
  for (let i = 0; i < s.length; i++) h = (Math.imul(31, h) + s.charCodeAt(i)) | 0;
  return h;
}

/** IComparable.CompareTo as PowerShell compares (versions by their parts); also the fallback of the types without a table. */
export function compareTo(target: unknown, args: unknown[]): unknown {
  if (target instanceof VersionValue && args[0] instanceof VersionValue) return target.compare(args[0]);
  return compareValues(target, args[0], true);
}

/** System.Object's members. */
export const OBJECT_MEMBERS = new MemberTable<unknown>()
  .method('Equals', 'bool Equals(System.Object obj)', (target, args) => valuesEqual(target, args[0], true))
  .method('GetHashCode', 'int GetHashCode()', (target) => hashCode(toStr(target)))
  .method('GetType', 'type GetType()', (target) => typeOf(target))
  .method('ToString', 'string ToString()', (target, args) => (args.length && isNumeric(target) ? formatValue(target, toStr(args[0])) : toStr(target)));

/** The members numbers and booleans add (IComparable, IConvertible). */
export const NUMBER_MEMBERS = new MemberTable<unknown>()
  .method('CompareTo', 'int CompareTo(System.Object value)', compareTo)
  .method('GetTypeCode', 'System.TypeCode GetTypeCode()', (target) => dotNetTypeName(target).replace(/^System\./, ''))
  .method('ToString', 'string ToString(), string ToString(string format), string ToString(System.IFormatProvider provider), string ToString(string format, System.IFormatProvider provider)', (target, args) =>
    args.length ? formatValue(target, toStr(args[0])) : toStr(target),
  );
