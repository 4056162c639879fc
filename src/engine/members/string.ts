// System.String methods scripts call: Trim, Split, Replace, Substring, PadLeft, IndexOf, …
// .NET rules: these are case-sensitive unless a StringComparison says otherwise.

import { isNumeric, toDoubleValue } from '../runtime/numbers.js';
import { compareStrings, isNull, toList, toStr } from '../runtime/convert.js';
import { argOutOfRange, arity, intArg, NO_METHOD } from './support.js';
import { formatValue } from '../operators/format.js';

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

export function stringMethod(s: string, lower: string, args: unknown[]): unknown {
  switch (lower) {
    case 'trim':
      return trimChars(s, charsOf(args), true, true);
    case 'trimstart':
      return trimChars(s, charsOf(args), true, false);
    case 'trimend':
      return trimChars(s, charsOf(args), false, true);
    case 'split':
      return split(s, args);
    case 'replace':
      arity('Replace', args, 2);
      if (toStr(args[0]) === '') throw argOutOfRange('Replace', args, 'String cannot be of zero length.', 'oldValue');
      return s.split(toStr(args[0])).join(isNull(args[1]) ? '' : toStr(args[1]));
    case 'toupper':
    case 'toupperinvariant':
      return s.toUpperCase();
    case 'tolower':
    case 'tolowerinvariant':
      return s.toLowerCase();
    case 'startswith':
      arity('StartsWith', args, 1, 3);
      return ignoreCase(args[1]) ? s.toLowerCase().startsWith(toStr(args[0]).toLowerCase()) : s.startsWith(toStr(args[0]));
    case 'endswith':
      arity('EndsWith', args, 1, 3);
      return ignoreCase(args[1]) ? s.toLowerCase().endsWith(toStr(args[0]).toLowerCase()) : s.endsWith(toStr(args[0]));
    case 'contains':
      arity('Contains', args, 1, 2);
      return ignoreCase(args[1]) ? s.toLowerCase().includes(toStr(args[0]).toLowerCase()) : s.includes(toStr(args[0]));
    case 'indexof':
      return indexOf('IndexOf', s, args, false);
    case 'lastindexof':
      return indexOf('LastIndexOf', s, args, true);
    case 'indexofany': {
      const chars = charsOf([args[0]]);
      for (let i = 0; i < s.length; i++) if (chars.includes(s[i]!)) return i;
      return -1;
    }
    case 'substring':
      return substring(s, args);
    case 'padleft':
      return pad('PadLeft', s, args, true);
    case 'padright':
      return pad('PadRight', s, args, false);
    case 'insert':
      arity('Insert', args, 2);
      return s.slice(0, intArg(args[0])) + toStr(args[1]) + s.slice(intArg(args[0]));
    case 'remove':
      return remove(s, args);
    case 'equals':
      arity('Equals', args, 1, 2);
      return ignoreCase(args[1]) ? s.toLowerCase() === toStr(args[0]).toLowerCase() : typeof args[0] === 'string' && s === args[0];
    case 'compareto':
      arity('CompareTo', args, 1);
      return isNull(args[0]) ? 1 : compareStrings(s, toStr(args[0]), true);
    case 'tochararray':
      return s.split('');
    case 'tostring':
      return args.length ? formatValue(s, toStr(args[0])) : s;
    case 'normalize':
      return s.normalize();
    case 'getenumerator':
      return s.split('');
    default:
      return NO_METHOD;
  }
}
