// Expression mode: operators (`-eq` and the other dash operators, arithmetic, assignment, `..`, `::`),
// numbers with their suffixes and multipliers, type literals and attributes, and the keywords that
// continue a statement after its block (`} else {`, `} while (...)`).

import type { TokenType } from 'chevrotain';
import * as T from './tokens.js';
import { isDash, isDigit, isIdentChar, isIdentStart, isSpace, scanNumber, scanTypeName } from './chars.js';
import { scanGeneric } from './generic.js';
import { dashOperators } from './operators.js';
import { commonToken, postfix, variable } from './commonTokens.js';
import { redirection } from './argumentMode.js';
import type { Mode, Scanner } from './scanner.js';

/** Keywords that continue a statement after its block (`} else {`, `} while (...)`), recognized in expression mode. */
const continuationKeywords: Record<string, TokenType> = { else: T.Else, elseif: T.ElseIf, catch: T.Catch, finally: T.Finally, while: T.While, until: T.Until, in: T.In };

export function expressionToken(s: Scanner): void {
  const c = s.code();
  const n = s.code(1);
  if (postfix(s, c, n)) return;
  if (commonToken(s, c, n)) return;
  if (c === 36) return variable(s);
  if (c === 91) return typeOrAttribute(s, 'expr');
  if (isDigit(c) || (c === 46 && isDigit(n))) return number(s);
  if (isDash(c)) return dash(s, n);
  if (c === 62 || ((isDigit(c) || c === 42) && n === 62)) return redirection(s);
  switch (c) {
    case 43:
      if (n === 43) return void s.emit(T.PlusPlus, s.pos, s.pos + 2, undefined, s.opEnd);
      if (n === 61) return assign(s, 2);
      return void s.emit(T.Plus, s.pos, s.pos + 1);
    case 42:
    case 47:
    case 37:
      if (n === 61) return assign(s, 2);
      return void s.emit(c === 42 ? T.Star : c === 47 ? T.Slash : T.Percent, s.pos, s.pos + 1);
    case 61:
      return assign(s, 1);
    case 33:
      return void s.emit(T.Exclaim, s.pos, s.pos + 1);
    case 46:
      if (n === 46) return void s.emit(T.DotDot, s.pos, s.pos + 2);
      break;
    case 58:
      if (n === 58) return void s.emit(T.ColonColon, s.pos, s.pos + 2);
      // The `:` of an unsupported ternary was already reported with its `?`.
      if (s.tokens.some((t) => t.tokenType === T.UnsupportedOperator && t.image === '?')) return void s.emit(T.ErrorToken, s.pos, s.pos + 1);
      break;
    case 63:
      if (s.opEnd) return s.unsupported(n === 63 || n === 46 || n === 91 ? 2 : 1);
      break;
  }
  if (isIdentStart(c)) return word(s);
  s.error(T.ErrorToken, 1, 'UnexpectedToken');
}

/** A word in an expression: a continuation keyword, or a bareword (a hashtable key, a member name in an attribute…). */
function word(s: Scanner): void {
  const w = scanGeneric(s.text, s.pos, s.mode === 'expr' && s.innermost === 'a(', s.sub, s.errors);
  const kw = continuationKeywords[w.value.toLowerCase()];
  if (kw && !w.parts) {
    s.emit(kw, s.pos, w.end);
    s.mode = kw === T.In ? 'pipe' : 'expr';
    return;
  }
  s.emit(T.Bareword, s.pos, w.end, { kind: 'string', value: w.value, quote: 'bare', parts: w.parts });
}

/** `=` and the compound assignments; what follows is a statement (an expression inside an attribute). */
function assign(s: Scanner, len: number): void {
  const type = len === 1 ? T.Equals : T.CompoundAssign;
  s.emit(type, s.pos, s.pos + len, { kind: 'operator', op: s.text.slice(s.pos, s.pos + len) });
  s.mode = s.innermost === 'a(' ? 'expr' : 'stmt';
}

/** A number (`0x1F`, `1.5e3`, `10L`, `1.5d`, `2gb`); a number run into letters (`1x`) is a bareword. */
function number(s: Scanner): void {
  const num = scanNumber(s.text, s.pos)!;
  if (isIdentChar(s.text.charCodeAt(num.end))) {
    const w = scanGeneric(s.text, s.pos, false, s.sub, s.errors);
    s.emit(T.Bareword, s.pos, w.end, { kind: 'string', value: w.value, quote: 'bare' });
    return;
  }
  s.emit(T.NumberLit, s.pos, num.end, { kind: 'number', value: num.value, isInteger: num.isInteger }, 1);
}

/** `--`, `-=`, a dash operator (`-eq`, `-join`…), a parameter (`-Name`) or a minus. */
function dash(s: Scanner, n: number): void {
  if (isDash(n)) return void s.emit(T.MinusMinus, s.pos, s.pos + 2, undefined, s.opEnd);
  if (n === 61) return assign(s, 2);
  if (isIdentStart(n)) {
    const text = s.text;
    let i = s.pos + 1;
    while (isIdentChar(text.charCodeAt(i))) i++;
    const name = text.slice(s.pos + 1, i).toLowerCase();
    const type = dashOperators.get(name);
    if (type) return void s.emit(type, s.pos, i, { kind: 'operator', op: '-' + name });
    const colon = text.charCodeAt(i) === 58 && text.charCodeAt(i + 1) !== 58;
    s.emit(T.Parameter, s.pos, colon ? i + 1 : i, { kind: 'parameter', name: text.slice(s.pos + 1, i), colon });
    return;
  }
  s.emit(T.Minus, s.pos, s.pos + 1);
}

/** `[type]` (a type literal) or `[Attribute(` (an attribute, whose arguments are read in expression mode). */
export function typeOrAttribute(s: Scanner, ret: Mode): void {
  const text = s.text;
  const start = s.pos;
  let i = start + 1;
  while (isSpace(text.charCodeAt(i))) i++;
  const t = scanTypeName(text, i);
  if (!t) {
    s.error(T.ErrorToken, 1, 'MissingTypename', "Missing type name after '['.");
    s.mode = 'expr';
    return;
  }
  let j = t.end;
  while (isSpace(text.charCodeAt(j))) j++;
  const c = text.charCodeAt(j);
  if (c === 93) {
    s.emit(T.TypeLiteral, start, j + 1, { kind: 'type', type: t.type }, 2);
    s.mode = 'expr';
    return;
  }
  if (c === 40 && !t.type.isArray && t.type.genericArguments.length === 0) {
    s.stack.push({ kind: '[a', ret: ret === 'stmt' ? 'stmt' : 'expr' });
    s.emit(T.AttributeStart, start, j, { kind: 'type', type: t.type });
    s.pos = j;
    s.attrArgsNext = true;
    s.mode = 'expr';
    return;
  }
  s.pos = start;
  s.error(T.ErrorToken, j - start, 'EndSquareBracketExpectedAtEndOfType', 'Missing ] at end of type token.');
  s.mode = 'expr';
}
