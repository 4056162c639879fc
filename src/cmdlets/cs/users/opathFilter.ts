// Get-CsUser -Filter: the server-side (OPATH-style) filter the real cmdlet accepts, written as a script
// block or a string: `{ExternalAccessPolicy -eq $null}`, `{RegistrarPool -eq "pool01.contoso.com"}`,
// `{DisplayName -like "K*" -and Enabled -eq $true}`. It is parsed here (never run as code) and evaluated
// against each user's properties; `$name` variables are read from the session.

import { PSHashtable, PSObject } from '../../../engine/runtime/values.js';
import { wildcardMatch } from '../kit/commandContext.js';

export type FilterValue = string | number | boolean | null;

export type FilterNode =
  | { kind: 'and' | 'or'; left: FilterNode; right: FilterNode }
  | { kind: 'not'; operand: FilterNode }
  | { kind: 'compare'; property: string; op: string; value: FilterValue };

export class FilterSyntaxError extends Error {}

const OPERATORS = ['eq', 'ne', 'like', 'notlike', 'lt', 'gt', 'le', 'ge', 'match', 'notmatch'];

interface Token {
  t: 'lp' | 'rp' | 'op' | 'logic' | 'not' | 'word' | 'string' | 'var' | 'number';
  v: string;
}

function tokenize(text: string): Token[] {
  const out: Token[] = [];
  const re = /\s*(?:(\()|(\))|-(and|or)\b|(-not\b|!)|-([ic]?)([a-z]+)\b|'((?:[^']|'')*)'|"((?:[^"`]|`.)*)"|\$(\{[^}]+\}|[\w:]+(?:\.\w+)*)|(-?\d+(?:\.\d+)?)\b|([^\s()'"]+))/giy;
  let pos = 0;
  while (pos < text.length) {
    if (!text.slice(pos).trim()) break;
    re.lastIndex = pos;
    const m = re.exec(text);
    if (!m) throw new FilterSyntaxError(`unexpected text "${text.slice(pos).trim()}"`);
    pos = re.lastIndex;
    if (m[1]) out.push({ t: 'lp', v: '(' });
    else if (m[2]) out.push({ t: 'rp', v: ')' });
    else if (m[3]) out.push({ t: 'logic', v: m[3].toLowerCase() });
    else if (m[4]) out.push({ t: 'not', v: 'not' });
    else if (m[6] !== undefined) {
      const op = m[6].toLowerCase();
      if (!OPERATORS.includes(op)) throw new FilterSyntaxError(`unknown operator "-${m[5]}${m[6]}"`);
      out.push({ t: 'op', v: op });
    } else if (m[7] !== undefined) out.push({ t: 'string', v: m[7].replace(/''/g, "'") });
    else if (m[8] !== undefined) out.push({ t: 'string', v: m[8].replace(/`(.)/g, '$1') });
    else if (m[9] !== undefined) out.push({ t: 'var', v: m[9].replace(/^\{|\}$/g, '') });
    else if (m[10] !== undefined) out.push({ t: 'number', v: m[10] });
    else out.push({ t: 'word', v: m[11]! });
  }
  return out;
}

/** `$row.Sam`: a property of a session variable's value (PSObject, hashtable or plain object). */
function memberValue(o: unknown, prop: string): unknown {
  if (o instanceof PSObject) return o.get(prop);
  if (o instanceof PSHashtable) return o.get(prop);
  if (o !== null && typeof o === 'object') {
    const key = Object.keys(o).find((k) => k.toLowerCase() === prop.toLowerCase());
    return key === undefined ? undefined : (o as Record<string, unknown>)[key];
  }
  return undefined;
}

/** A literal or `$variable` (with property access, `$u.SipAddress`) on the right of an operator. */
function filterValue(tok: Token | undefined, resolveVariable: (name: string) => unknown): FilterValue {
  if (!tok) throw new FilterSyntaxError('a value is missing after the operator');
  if (tok.t === 'string' || tok.t === 'word') return tok.v;
  if (tok.t === 'number') return Number(tok.v);
  if (tok.t === 'var') {
    const name = tok.v.toLowerCase();
    if (name === 'null') return null;
    if (name === 'true') return true;
    if (name === 'false') return false;
    const [variable, ...path] = tok.v.split('.');
    const v = path.reduce<unknown>((o, prop) => memberValue(o, prop), resolveVariable(variable!));
    return v === undefined || v === null ? null : typeof v === 'boolean' || typeof v === 'number' ? v : String(v);
  }
  throw new FilterSyntaxError(`"${tok.v}" is not a value`);
}

/** Parses a filter; `resolveVariable` gives `$name` values (`$null`, `$true`, `$false` are built in). */
export function parseUserFilter(text: string, resolveVariable: (name: string) => unknown): FilterNode {
  const tokens = tokenize(text);
  let i = 0;
  const peek = () => tokens[i];
  const value = (tok: Token | undefined) => filterValue(tok, resolveVariable);
  const primary = (): FilterNode => {
    const tok = tokens[i++];
    if (!tok) throw new FilterSyntaxError('the filter ends too early');
    if (tok.t === 'not') return { kind: 'not', operand: primary() };
    if (tok.t === 'lp') {
      const inner = orExpr();
      if (tokens[i++]?.t !== 'rp') throw new FilterSyntaxError('a closing ")" is missing');
      return inner;
    }
    let property: string;
    if (tok.t === 'word') property = tok.v;
    else if (tok.t === 'var' && /^_\./.test(tok.v)) property = tok.v.slice(2);
    else if (tok.t === 'var' && tok.v.toLowerCase() === 'null') return reversed(null);
    else throw new FilterSyntaxError(`a property name was expected instead of "${tok.v}"`);
    const op = tokens[i++];
    if (op?.t !== 'op') throw new FilterSyntaxError(`an operator such as -eq was expected after "${property}"`);
    return { kind: 'compare', property, op: op.v, value: value(tokens[i++]) };
  };
  // `$null -eq Property`
  const reversed = (v: FilterValue): FilterNode => {
    const op = tokens[i++];
    const prop = tokens[i++];
    if (op?.t !== 'op' || prop?.t !== 'word') throw new FilterSyntaxError('a comparison was expected');
    return { kind: 'compare', property: prop.v, op: op.v, value: v };
  };
  const andExpr = (): FilterNode => {
    let left = primary();
    while (peek()?.t === 'logic' && peek()!.v === 'and') {
      i++;
      left = { kind: 'and', left, right: primary() };
    }
    return left;
  };
  const orExpr = (): FilterNode => {
    let left = andExpr();
    while (peek()?.t === 'logic' && peek()!.v === 'or') {
      i++;
      left = { kind: 'or', left, right: andExpr() };
    }
    return left;
  };
  const node = orExpr();
  if (i < tokens.length) throw new FilterSyntaxError(`unexpected "${tokens[i]!.v}"`);
  return node;
}

function text(v: unknown): string {
  if (v === null || v === undefined) return '';
  if (Array.isArray(v)) return v.map(text).join(' ');
  if (typeof v === 'boolean') return v ? 'True' : 'False';
  return String(v);
}

function compare(actual: unknown, op: string, expected: FilterValue): boolean {
  if (op === 'ne') return !compare(actual, 'eq', expected);
  if (op === 'notlike') return !compare(actual, 'like', expected);
  if (op === 'notmatch') return !compare(actual, 'match', expected);
  const a = text(actual);
  if (expected === null) return op === 'eq' ? a === '' : false;
  const e = text(expected);
  if (op === 'eq') return typeof expected === 'boolean' ? a.toLowerCase() === e.toLowerCase() : a.toLowerCase() === e.toLowerCase();
  if (op === 'like') return wildcardMatch(e, a);
  if (op === 'match') return new RegExp(e, 'i').test(a);
  const an = Number(a);
  const en = Number(e);
  const cmp = Number.isFinite(an) && Number.isFinite(en) && a !== '' ? an - en : a.localeCompare(e, undefined, { sensitivity: 'accent' });
  return op === 'lt' ? cmp < 0 : op === 'gt' ? cmp > 0 : op === 'le' ? cmp <= 0 : cmp >= 0;
}

/** Evaluates a parsed filter; `get` returns a property value (undefined for unknown properties). */
export function evaluateUserFilter(node: FilterNode, get: (property: string) => unknown): boolean {
  switch (node.kind) {
    case 'and':
      return evaluateUserFilter(node.left, get) && evaluateUserFilter(node.right, get);
    case 'or':
      return evaluateUserFilter(node.left, get) || evaluateUserFilter(node.right, get);
    case 'not':
      return !evaluateUserFilter(node.operand, get);
    default:
      return compare(get(node.property), node.op, node.value);
  }
}

/** Property names a filter reads (to report unknown ones). */
export function filterProperties(node: FilterNode): string[] {
  if (node.kind === 'compare') return [node.property];
  if (node.kind === 'not') return filterProperties(node.operand);
  return [...filterProperties(node.left), ...filterProperties(node.right)];
}
