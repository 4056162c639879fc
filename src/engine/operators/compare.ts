// Comparison-family operators: -eq … -le, -like, -match, -contains, -in, -replace, -split, with
// PowerShell's case rules (insensitive unless `c`-prefixed) and array-on-the-left filtering.

import { ErrorRecord, PSRuntimeError } from '../errors.js';
import { compareValues, isEnumerable, isNull, toList, toStr, valuesEqual } from '../runtime/convert.js';
import { PSHashtable } from '../runtime/values.js';
import { wildcardMatcher } from '../runtime/wildcard.js';
import { splitOperator } from './split.js';
import { toRegex } from './regexPattern.js';

export const COMPARISON_OPS = new Set([
  'eq', 'ne', 'gt', 'ge', 'lt', 'le', 'like', 'notlike', 'match', 'notmatch', 'contains', 'notcontains', 'in', 'notin', 'replace', 'split',
]);

export interface ParsedOp {
  base: string;
  caseSensitive: boolean;
}

const parsedOps = new Map<string, ParsedOp>();

/** `-ceq` → {eq, true}; `-ieq`/`-eq` → {eq, false}; `-contains` stays `contains`. */
export function parseComparisonOp(op: string): ParsedOp {
  let p = parsedOps.get(op);
  if (!p) {
    const name = op.replace(/^-/, '').toLowerCase();
    if ((name[0] === 'c' || name[0] === 'i') && COMPARISON_OPS.has(name.slice(1))) p = { base: name.slice(1), caseSensitive: name[0] === 'c' };
    else p = { base: name, caseSensitive: false };
    parsedOps.set(op, p);
  }
  return p;
}

// ---------------------------------------------------------------------------------------------
// Regular expressions and wildcards

export function likeMatch(value: unknown, pattern: unknown, cs: boolean): boolean {
  return wildcardMatcher(toStr(pattern), cs)(toStr(value));
}

/** Builds $Matches from a successful match: numbered groups and named groups. */
export function matchesTable(m: RegExpExecArray): PSHashtable {
  const h = new PSHashtable();
  const named = m.groups ?? {};
  const namedValues = new Set(Object.keys(named));
  for (let i = m.length - 1; i >= 0; i--) if (m[i] !== undefined) h.set(i, m[i]);
  for (const name of namedValues) if (named[name] !== undefined) h.set(name, named[name]);
  return h;
}

// ---------------------------------------------------------------------------------------------
// Binary comparison

/** Scalar comparison of one left element against the right operand. */
function compareOne(base: string, l: unknown, r: unknown, cs: boolean): boolean {
  switch (base) {
    case 'eq':
      return valuesEqual(l, r, cs);
    case 'ne':
      return !valuesEqual(l, r, cs);
    case 'gt':
      return compareValues(l, r, cs) > 0;
    case 'ge':
      return compareValues(l, r, cs) >= 0;
    case 'lt':
      return compareValues(l, r, cs) < 0;
    case 'le':
      return compareValues(l, r, cs) <= 0;
    case 'like':
      return likeMatch(l, r, cs);
    case 'notlike':
      return !likeMatch(l, r, cs);
    case 'match':
      return toRegex(toStr(r), cs).test(toStr(l));
    case 'notmatch':
      return !toRegex(toStr(r), cs).test(toStr(l));
    default:
      throw new Error(`not a comparison: ${base}`);
  }
}

export interface CompareResult {
  value: unknown;
  /** Set when a scalar -match succeeded: the new $Matches. */
  matches?: PSHashtable;
}

export function containsValue(collection: unknown, item: unknown, cs: boolean): boolean {
  for (const x of toList(collection)) if (valuesEqual(x, item, cs)) return true;
  return false;
}

export function comparisonOperator(op: string, left: unknown, right: unknown): CompareResult {
  const { base, caseSensitive: cs } = parseComparisonOp(op);
  switch (base) {
    case 'contains':
      return { value: containsValue(left, right, cs) };
    case 'notcontains':
      return { value: !containsValue(left, right, cs) };
    case 'in':
      return { value: containsValue(right, left, cs) };
    case 'notin':
      return { value: !containsValue(right, left, cs) };
    case 'replace':
      return { value: replaceOperator(left, right, cs) };
    case 'split':
      return { value: splitOperator(left, right, cs) };
  }
  if (isEnumerable(left)) return { value: toList(left).filter((l) => compareOne(base, l, right, cs)) };
  if (base === 'match' || base === 'notmatch') {
    const m = toRegex(toStr(right), cs).exec(toStr(left));
    const matched = base === 'match' ? !!m : !m;
    return m ? { value: matched, matches: matchesTable(m) } : { value: matched };
  }
  return { value: compareOne(base, left, right, cs) };
}

// ---------------------------------------------------------------------------------------------
// -replace and -split

/** .NET replacement syntax (`$1`, `${name}`, `$0`, `$$`) to JavaScript's. */
function jsReplacement(rep: string): string {
  return rep.replace(/\$(\$|\{(\w+)\}|0|&|\d+)/g, (all, what: string, name: string | undefined) => {
    if (what === '$') return '$$';
    if (what === '0' || what === '&') return '$&';
    if (name !== undefined) return /^\d+$/.test(name) ? `$${name}` : `$<${name}>`;
    return all;
  });
}

export function replaceOperator(left: unknown, right: unknown, cs: boolean): unknown {
  const args = toList(right);
  if (args.length > 2) {
    throw new PSRuntimeError(
      new ErrorRecord({
        message: `The -replace operator allows only two elements to follow it, not ${args.length}.`,
        category: 'InvalidOperation',
        errorId: 'BadReplaceArgument',
      }),
    );
  }
  const re = toRegex(toStr(args[0]), cs, true);
  const rep = jsReplacement(toStr(args[1] ?? ''));
  const one = (v: unknown) => toStr(v).replace(re, rep);
  return isEnumerable(left) ? toList(left).map(one) : one(left);
}

