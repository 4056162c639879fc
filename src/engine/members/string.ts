// System.String methods scripts call: Trim, Split, Replace, Substring, PadLeft, IndexOf, …
// .NET rules: these are case-sensitive unless a StringComparison says otherwise.

import { isNumeric, toDoubleValue } from '../runtime/numbers.js';
import { compareStrings, isNull, toList, toStr } from '../runtime/convert.js';
import { argOutOfRange, arity, intArg, methodException } from './support.js';
import { MemberTable } from '../runtime/memberTable.js';
import { formatValue } from '../operators/format.js';
import { CharValue, charsOfText } from '../runtime/charValue.js';
import { typedArrays } from '../runtime/convert.js';

function charsOf(args: unknown[]): string[] {
  const out: string[] = [];
  for (const a of args) for (const x of toList(a)) out.push(...toStr(x).split(''));
  return out;
}

function trimChars(s: string, chars: string[], start: boolean, end: boolean): string {
  const set = chars.length ? new Set(chars) : undefined;
  const isTrim = (c: string) => (set ? set.has(c) : /\s/.test(c));
  let a = 0;
  let b = s.length;
  if (start) while (a < b && isTrim(s[a]!)) a++;
  if (end) while (b > a && isTrim(s[b - 1]!)) b--;
  return s.slice(a, b);
}

function ignoreCase(comparison: unknown): boolean {
  return /ignorecase/i.test(toStr(comparison));
}

function split(s: string, args: unknown[]): string[] {
  let count = Infinity;
  let removeEmpty = false;
  const seps: unknown[] = [];
  for (const a of args) {
    if (isNumeric(a)) count = toDoubleValue(a);
    else if (/^(RemoveEmptyEntries|None)$/i.test(toStr(a)) && seps.length > 0) removeEmpty = /remove/i.test(toStr(a));
    else seps.push(a);
  }
  const chars = charsOf(seps);
  const parts: string[] = [];
  let cur = '';
  const isSep = chars.length ? (c: string) => chars.includes(c) : (c: string) => /\s/.test(c);
  for (let i = 0; i < s.length; i++) {
    const c = s[i]!;
    if (isSep(c) && parts.length < count - 1) {
      if (!(removeEmpty && cur === '')) parts.push(cur);
      cur = '';
    } else cur += c;
  }
  if (!(removeEmpty && cur === '')) parts.push(cur);
  return parts;
}

function indexOf(name: string, s: string, args: unknown[], last: boolean): number {
  arity(name, args, 1, 3);
  const needle = toStr(args[0]);
  const ci = args.length > 1 && ignoreCase(args[args.length - 1]);
  const numbers = args.slice(1).filter(isNumeric).map(toDoubleValue);
  const hay = ci ? s.toLowerCase() : s;
  const n = ci ? needle.toLowerCase() : needle;
  if (last) return numbers.length ? hay.lastIndexOf(n, numbers[0]) : hay.lastIndexOf(n);
  const start = numbers.length ? numbers[0]! : 0;
  if (start > s.length) throw argOutOfRange(name, args, 'Index was out of range. Must be non-negative and less than the size of the collection.', 'startIndex');
  return hay.indexOf(n, start);
}

function substring(s: string, args: unknown[]): string {
  arity('Substring', args, 1, 2);
  const start = intArg(args[0]);
  if (start < 0) throw argOutOfRange('Substring', args, 'StartIndex cannot be less than zero.', 'startIndex');
  if (start > s.length) throw argOutOfRange('Substring', args, 'startIndex cannot be larger than length of string.', 'startIndex');
  if (args.length === 1) return s.slice(start);
  const len = intArg(args[1]);
  if (len < 0) throw argOutOfRange('Substring', args, 'Length cannot be less than zero.', 'length');
  if (start + len > s.length) throw argOutOfRange('Substring', args, 'Index and length must refer to a location within the string.', 'length');
  return s.slice(start, start + len);
}

/** ToCharArray(): a char[] of the whole string or of `length` chars from `startIndex`. */
function toCharArray(s: string, args: unknown[]): CharValue[] {
  arity('ToCharArray', args, 0, 2);
  let text = s;
  if (args.length) {
    arity('ToCharArray', args, 2);
    const start = intArg(args[0]);
    const len = intArg(args[1]);
    const outOfRange = 'Index was out of range. Must be non-negative and less than the size of the collection.';
    if (start < 0 || start > s.length || start > s.length - len) throw argOutOfRange('ToCharArray', args, outOfRange, 'startIndex');
    if (len < 0) throw argOutOfRange('ToCharArray', args, outOfRange, 'length');
    text = s.slice(start, start + len);
  }
  const chars = charsOfText(text);
  typedArrays.set(chars, 'System.Char[]');
  return chars;
}

function remove(s: string, args: unknown[]): string {
  arity('Remove', args, 1, 2);
  const start = intArg(args[0]);
  if (start < 0 || start > s.length) throw argOutOfRange('Remove', args, 'startIndex must be less than length of string.', 'startIndex');
  if (args.length === 1) return s.slice(0, start);
  const count = intArg(args[1]);
  if (count < 0 || start + count > s.length) throw argOutOfRange('Remove', args, 'Index and count must refer to a location within the string.', 'count');
  return s.slice(0, start) + s.slice(start + count);
}

function pad(name: string, s: string, args: unknown[], left: boolean): string {
  arity(name, args, 1, 2);
  const width = intArg(args[0]);
  if (width < 0) throw argOutOfRange(name, args, 'Non-negative number required.', 'totalWidth');
  const ch = args.length > 1 ? toStr(args[1]).charAt(0) || ' ' : ' ';
  return left ? s.padStart(width, ch) : s.padEnd(width, ch);
}

/** System.String's members: what `$s.Name(…)` runs and what Get-Member lists. */
export const STRING_MEMBERS = new MemberTable<string>()
  .method('Clone', 'System.Object Clone(), System.Object ICloneable.Clone()', (s) => s)
  .method('CompareTo', 'int CompareTo(System.Object value), int CompareTo(string strB)', (s, args) => {
    arity('CompareTo', args, 1);
    return isNull(args[0]) ? 1 : compareStrings(s, toStr(args[0]), true);
  })
  .method('Contains', 'bool Contains(string value)', (s, args) => {
    arity('Contains', args, 1, 2);
    return ignoreCase(args[1]) ? s.toLowerCase().includes(toStr(args[0]).toLowerCase()) : s.includes(toStr(args[0]));
  })
  .method('EndsWith', 'bool EndsWith(string value), bool EndsWith(string value, System.StringComparison comparisonType), bool EndsWith(string value, bool ignoreCase, cultureinfo culture)', (s, args) => {
    arity('EndsWith', args, 1, 3);
    return ignoreCase(args[1]) ? s.toLowerCase().endsWith(toStr(args[0]).toLowerCase()) : s.endsWith(toStr(args[0]));
  })
  .method('Equals', 'bool Equals(System.Object obj), bool Equals(string value), bool Equals(string value, System.StringComparison comparisonType)', (s, args) => {
    arity('Equals', args, 1, 2);
    return ignoreCase(args[1]) ? s.toLowerCase() === toStr(args[0]).toLowerCase() : typeof args[0] === 'string' && s === args[0];
  })
  .method('GetEnumerator', 'System.CharEnumerator GetEnumerator()', (s) => charsOfText(s))
  .method('IndexOf', 'int IndexOf(char value), int IndexOf(char value, int startIndex), int IndexOf(string value), int IndexOf(string value, int startIndex), int IndexOf(string value, System.StringComparison comparisonType)', (s, args) => indexOf('IndexOf', s, args, false))
  .method('IndexOfAny', 'int IndexOfAny(char[] anyOf), int IndexOfAny(char[] anyOf, int startIndex), int IndexOfAny(char[] anyOf, int startIndex, int count)', (s, args) => {
    const chars = charsOf([args[0]]);
    for (let i = 0; i < s.length; i++) if (chars.includes(s[i]!)) return i;
    return -1;
  })
  .method('Insert', 'string Insert(int startIndex, string value)', (s, args) => {
    arity('Insert', args, 2);
    return s.slice(0, intArg(args[0])) + toStr(args[1]) + s.slice(intArg(args[0]));
  })
  .method('LastIndexOf', 'int LastIndexOf(char value), int LastIndexOf(char value, int startIndex), int LastIndexOf(string value), int LastIndexOf(string value, int startIndex)', (s, args) => indexOf('LastIndexOf', s, args, true))
  .method('Normalize', 'string Normalize(), string Normalize(System.Text.NormalizationForm normalizationForm)', (s) => s.normalize())
  .method('PadLeft', 'string PadLeft(int totalWidth), string PadLeft(int totalWidth, char paddingChar)', (s, args) => pad('PadLeft', s, args, true))
  .method('PadRight', 'string PadRight(int totalWidth), string PadRight(int totalWidth, char paddingChar)', (s, args) => pad('PadRight', s, args, false))
  .method('Remove', 'string Remove(int startIndex, int count), string Remove(int startIndex)', (s, args) => remove(s, args))
  .method('Replace', 'string Replace(char oldChar, char newChar), string Replace(string oldValue, string newValue)', (s, args) => {
    arity('Replace', args, 2);
    if (toStr(args[0]) === '') throw argOutOfRange('Replace', args, 'String cannot be of zero length.', 'oldValue');
    return s.split(toStr(args[0])).join(isNull(args[1]) ? '' : toStr(args[1]));
  })
  .method('Split', 'string[] Split(Params char[] separator), string[] Split(char[] separator, int count), string[] Split(char[] separator, System.StringSplitOptions options), string[] Split(string[] separator, System.StringSplitOptions options)', (s, args) => split(s, args))
  .method('StartsWith', 'bool StartsWith(string value), bool StartsWith(string value, System.StringComparison comparisonType), bool StartsWith(string value, bool ignoreCase, cultureinfo culture)', (s, args) => {
    arity('StartsWith', args, 1, 3);
    return ignoreCase(args[1]) ? s.toLowerCase().startsWith(toStr(args[0]).toLowerCase()) : s.startsWith(toStr(args[0]));
  })
  .method('Substring', 'string Substring(int startIndex), string Substring(int startIndex, int length)', (s, args) => substring(s, args))
  .method('ToCharArray', 'char[] ToCharArray(), char[] ToCharArray(int startIndex, int length)', (s, args) => toCharArray(s, args))
  .method('ToLower', 'string ToLower(), string ToLower(cultureinfo culture)', (s) => s.toLowerCase())
  .method('ToLowerInvariant', 'string ToLowerInvariant()', (s) => s.toLowerCase())
  .method('ToString', 'string ToString(), string ToString(System.IFormatProvider provider)', (s, args) => (args.length ? formatValue(s, toStr(args[0])) : s))
  .method('ToUpper', 'string ToUpper(), string ToUpper(cultureinfo culture)', (s) => s.toUpperCase())
  .method('ToUpperInvariant', 'string ToUpperInvariant()', (s) => s.toUpperCase())
  .method('Trim', 'string Trim(Params char[] trimChars), string Trim()', (s, args) => trimChars(s, charsOf(args), true, true))
  .method('TrimEnd', 'string TrimEnd(Params char[] trimChars)', (s, args) => trimChars(s, charsOf(args), false, true))
  .method('TrimStart', 'string TrimStart(Params char[] trimChars)', (s, args) => trimChars(s, charsOf(args), true, false))
  .parameterized('Chars', 'char Chars(int index) {get;}', (s, args) => {
    arity('Chars', args, 1);
    const i = intArg(args[0]);
    if (i < 0 || i >= s.length) throw methodException('Chars', args, 'Index was outside the bounds of the array.', 'System.IndexOutOfRangeException');
    return CharValue.at(s, i);
  })
  .property('Length', 'int', (s) => s.length);

export function stringMethod(s: string, lower: string, args: unknown[]): unknown {
  return STRING_MEMBERS.call(s, lower, args);
}
