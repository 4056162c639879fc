// System.Char's instance members: a char compares and equals only chars (another value converts to a
// char first, as .NET's overloads take it), and has none of String's methods.

import type { CharValue } from '../runtime/charValue.js';
import { isNull } from '../runtime/convert.js';
import { MemberTable } from '../runtime/memberTable.js';
import { toCharValue } from '../runtime/types.js';
import { arity, methodException } from './support.js';

/** The argument as a char, or a method exception naming the call (Char.CompareTo's ArgumentException). */
function charArgument(name: string, args: unknown[]): CharValue {
  try {
    return toCharValue(args[0]);
  } catch {
    throw methodException(name, args, 'Object must be of type Char.', 'System.ArgumentException');
  }
}

export const CHAR_MEMBERS = new MemberTable<CharValue>()
  // .NET returns the difference of the code points, not just its sign.
  .method('CompareTo', 'int CompareTo(System.Object value), int CompareTo(char value)', (c, args) => {
    arity('CompareTo', args, 1);
    return isNull(args[0]) ? 1 : c.code - charArgument('CompareTo', args).code;
  })
  .method('Equals', 'bool Equals(System.Object obj), bool Equals(char obj)', (c, args) => {
    arity('Equals', args, 1);
    return args[0] === c;
  })
  .method('GetHashCode', 'int GetHashCode()', (c) => c.code | (c.code << 16))
  .method('GetTypeCode', 'System.TypeCode GetTypeCode()', () => 'Char')
  .method('ToString', 'string ToString(), string ToString(System.IFormatProvider provider)', (c) => c.text);
