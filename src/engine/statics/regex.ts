// [regex]::Match / Matches / Replace / Escape / IsMatch / Split, and the same methods on a [regex]
// object. .NET regexes are case-sensitive unless RegexOptions.IgnoreCase is given.

import { toStr } from '../runtime/convert.js';
import { escapeRegex, toRegex } from '../operators/regexPattern.js';
import { arity, NO_METHOD } from '../members/support.js';
import { PSHashtable, PSObject } from '../runtime/values.js';
import { toStringOverride } from '../runtime/convert.js';
import type { StaticTable } from './access.js';

function group(name: string | number, value: string | undefined, index: number): PSObject {
  const g = new PSObject('System.Text.RegularExpressions.Group', { Name: String(name), Success: value !== undefined, Value: value ?? '', Index: index, Length: (value ?? '').length });
  toStringOverride.set(g, () => value ?? '');
  return g;
}

/** A System.Text.RegularExpressions.Match: Success, Value, Index, Length, Groups (by number and name). */
export function matchObject(m: RegExpExecArray | null): PSObject {
  const groups = new PSHashtable();
  if (m) {
    for (let i = 0; i < m.length; i++) groups.set(i, group(i, m[i], i === 0 ? m.index : m[i] === undefined ? 0 : m.index + m[0].indexOf(m[i]!)));
    for (const [name, value] of Object.entries(m.groups ?? {})) groups.set(name, group(name, value, value === undefined ? 0 : m.index + m[0].indexOf(value)));
  }
  const o = new PSObject('System.Text.RegularExpressions.Match', {
    Groups: groups,
    Success: !!m,
    Name: '0',
    Captures: m ? [m[0]] : [],
    Index: m ? m.index : 0,
    Length: m ? m[0].length : 0,
    Value: m ? m[0] : '',
  });
  toStringOverride.set(o, () => (m ? m[0] : ''));
  return o;
}

function ci(options: unknown): boolean {
  return /ignorecase/i.test(toStr(options));
}

function allMatches(input: string, re: RegExp): PSObject[] {
  const out: PSObject[] = [];
  let m: RegExpExecArray | null;
  re.lastIndex = 0;
  while ((m = re.exec(input)) !== null) {
    out.push(matchObject(m));
    if (m[0] === '') re.lastIndex++;
  }
  return out;
}

function dotNetReplacement(rep: string): string {
  return rep.replace(/\$(\$|\{(\w+)\}|0|\d+)/g, (all, what: string, name?: string) => {
    if (what === '$') return '$$';
    if (what === '0') return '$&';
    if (name !== undefined) return /^\d+$/.test(name) ? `$${name}` : `$<${name}>`;
    return all;
  });
}

export const regexStatics: StaticTable = {
  methods: {
    match: (a) => (arity('Match', a, 2, 3), matchObject(toRegex(toStr(a[1]), !ci(a[2])).exec(toStr(a[0])))),
    matches: (a) => (arity('Matches', a, 2, 3), allMatches(toStr(a[0]), toRegex(toStr(a[1]), !ci(a[2]), true))),
    ismatch: (a) => (arity('IsMatch', a, 2, 3), toRegex(toStr(a[1]), !ci(a[2])).test(toStr(a[0]))),
    replace: (a) => (arity('Replace', a, 3, 4), toStr(a[0]).replace(toRegex(toStr(a[1]), !ci(a[3]), true), dotNetReplacement(toStr(a[2])))),
    escape: (a) => escapeRegex(toStr(a[0])),
    unescape: (a) => toStr(a[0]).replace(/\\(.)/g, '$1'),
    split: (a) => toStr(a[0]).split(toRegex(toStr(a[1]), !ci(a[2]))),
  },
};

/** Methods of a [regex] object. */
export function regexMethod(re: RegExp, lower: string, args: unknown[]): unknown {
  const cs = !re.flags.includes('i');
  switch (lower) {
    case 'match':
      return matchObject(toRegex(re.source, cs).exec(toStr(args[0])));
    case 'matches':
      return allMatches(toStr(args[0]), toRegex(re.source, cs, true));
    case 'ismatch':
      return toRegex(re.source, cs).test(toStr(args[0]));
    case 'replace':
      return toStr(args[0]).replace(toRegex(re.source, cs, true), dotNetReplacement(toStr(args[1])));
    case 'split':
      return toStr(args[0]).split(toRegex(re.source, cs));
    case 'tostring':
      return re.source;
    default:
      return NO_METHOD;
  }
}
