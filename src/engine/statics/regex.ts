// [regex]::Match / Matches / Replace / Escape / IsMatch / Split. .NET regexes are case-sensitive
// unless RegexOptions.IgnoreCase is given. A [regex] object's own methods are its member table
// (members/regex.ts).

import { toStr } from '../runtime/convert.js';
import { escapeRegex, toRegex } from '../operators/regexPattern.js';
import { arity } from '../members/support.js';
import { dotNetReplacement } from '../members/regex.js';
import { allMatches, searchFrom } from '../members/regexMatch.js';
import type { StaticTable } from './access.js';

function ci(options: unknown): boolean {
  return /ignorecase/i.test(toStr(options));
}

export const regexStatics: StaticTable = {
  methods: {
    match: (a) => (arity('Match', a, 2, 3), searchFrom(toRegex(toStr(a[1]), !ci(a[2])), toStr(a[0]))),
    matches: (a) => (arity('Matches', a, 2, 3), allMatches(toRegex(toStr(a[1]), !ci(a[2])), toStr(a[0]))),
    ismatch: (a) => (arity('IsMatch', a, 2, 3), toRegex(toStr(a[1]), !ci(a[2])).test(toStr(a[0]))),
    replace: (a) => (arity('Replace', a, 3, 4), toStr(a[0]).replace(toRegex(toStr(a[1]), !ci(a[3]), true), dotNetReplacement(toStr(a[2])))),
    escape: (a) => escapeRegex(toStr(a[0])),
    unescape: (a) => toStr(a[0]).replace(/\\(.)/g, '$1'),
    split: (a) => toStr(a[0]).split(toRegex(toStr(a[1]), !ci(a[2]))),
  },
};
