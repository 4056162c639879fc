// Members of a [regex] object and of what it finds (Match, Group, Capture), each declared once
// with its implementation. Only the overloads listed are emulated; Replace with a MatchEvaluator
// and the count/startat forms of Replace and Split are not. [I]

import { toStr } from '../runtime/convert.js';
import { toRegex } from '../operators/regexPattern.js';
import { MemberTable } from '../runtime/memberTable.js';
import { arity, intArg, withoutArguments } from './support.js';
import { allMatches, groupNames, INFINITE_MATCH_TIMEOUT, RegexCapture, RegexGroup, RegexMatch, searchFrom } from './regexMatch.js';

/** A .NET replacement string (`$1`, `${name}`, `$0`, `$$`) in JavaScript's replacement syntax. */
export function dotNetReplacement(rep: string): string {
  return rep.replace(/\$(\$|\{(\w+)\}|0|\d+)/g, (all, what: string, name?: string) => {
    if (what === '$') return '$$';
    if (what === '0') return '$&';
    if (name !== undefined) return /^\d+$/.test(name) ? `$${name}` : `$<${name}>`;
    return all;
  });
}

/** `Match(input, beginning, length)` looks only inside that part of the input. */
function matchIn(re: RegExp, args: unknown[]): RegexMatch {
  arity('Match', args, 1, 3);
  const input = toStr(args[0]);
  if (args.length < 3) return searchFrom(re, input, args.length === 2 ? intArg(args[1]) : 0);
  const beginning = intArg(args[1]);
  return searchFrom(re, input.slice(0, beginning + intArg(args[2])), beginning);
}

const MATCH_TYPE = 'System.Text.RegularExpressions.Match';

/** System.Text.RegularExpressions.Regex. */
export const REGEX_MEMBERS = new MemberTable<RegExp>()
  .method('GetGroupNames', 'string[] GetGroupNames()', withoutArguments('GetGroupNames', groupNames))
  .method('GetGroupNumbers', 'int[] GetGroupNumbers()', withoutArguments('GetGroupNumbers', (re: RegExp) => groupNames(re).map((_, i) => i)))
  .method('IsMatch', 'bool IsMatch(string input), bool IsMatch(string input, int startat)', (re, args) => {
    arity('IsMatch', args, 1, 2);
    return searchFrom(re, toStr(args[0]), args.length === 2 ? intArg(args[1]) : 0).success;
  })
  .method('Match', `${MATCH_TYPE} Match(string input), ${MATCH_TYPE} Match(string input, int startat), ${MATCH_TYPE} Match(string input, int beginning, int length)`, matchIn)
  .method('Matches', 'System.Text.RegularExpressions.MatchCollection Matches(string input), System.Text.RegularExpressions.MatchCollection Matches(string input, int startat)', (re, args) => {
    arity('Matches', args, 1, 2);
    return allMatches(re, toStr(args[0]), args.length === 2 ? intArg(args[1]) : 0);
  })
  .method('Replace', 'string Replace(string input, string replacement)', (re, args) => {
    arity('Replace', args, 2);
    return toStr(args[0]).replace(toRegex(re.source, !re.flags.includes('i'), true), dotNetReplacement(toStr(args[1])));
  })
  .method('Split', 'string[] Split(string input)', (re, args) => (arity('Split', args, 1), toStr(args[0]).split(re)))
  .method('ToString', 'string ToString()', withoutArguments('ToString', (re: RegExp) => re.source))
  .property('Options', 'System.Text.RegularExpressions.RegexOptions', (re) => (re.flags.includes('i') ? 'IgnoreCase' : 'None'))
  .property('MatchTimeout', 'timespan', () => INFINITE_MATCH_TIMEOUT)
  .property('RightToLeft', 'bool', () => false);

/** Capture's properties, in the order `Format-List *` shows them. */
export const CAPTURE_MEMBERS = new MemberTable<RegexCapture>()
  .property('Index', 'int', (c) => c.index)
  .property('Length', 'int', (c) => c.length)
  .property('Value', 'string', (c) => c.value);

/** The properties of a group, which a match shares (it is group 0), in the order `Format-List *` shows them. */
function withGroupProperties<T extends RegexGroup>(table: MemberTable<T>): MemberTable<T> {
  return table
    .property('Success', 'bool', (g) => g.success)
    .property('Name', 'string', (g) => g.name)
    .property('Captures', 'System.Text.RegularExpressions.CaptureCollection', (g) => g.captures)
    .property('Index', 'int', (g) => g.index)
    .property('Length', 'int', (g) => g.length)
    .property('Value', 'string', (g) => g.value);
}

export const GROUP_MEMBERS = withGroupProperties(new MemberTable<RegexGroup>());

export const MATCH_MEMBERS = withGroupProperties(
  new MemberTable<RegexMatch>().method('NextMatch', `${MATCH_TYPE} NextMatch()`, withoutArguments('NextMatch', (m: RegexMatch) => m.nextMatch())).property('Groups', 'System.Text.RegularExpressions.GroupCollection', (m) => m.groups),
);
