// The modes where a word comes first. At the start of a statement (or of a pipeline element) the first
// characters decide: a keyword, a `:label`, `&` or `.` before a command, an expression (`$a`, `'x'`,
// `-not`, `1..3`), or else a command name, after which the arguments are read in argument mode. A
// hashtable entry starts with a bareword key, `function`/`filter` are followed by a name, and
// `break`/`continue` by an optional loop label.

import * as T from './tokens.js';
import { endsGeneric, isDash, isDigit, isIdentChar, isIdentStart, isQuote, isSpace, isVarChar, scanNumber } from './chars.js';
import { scanGeneric } from './generic.js';
import { unaryDashOperators } from './operators.js';
import { expressionToken, typeOrAttribute } from './expressionMode.js';
import type { Mode, Scanner } from './scanner.js';

/** The mode after a keyword when it is not `expr`. */
const keywordModes: Record<string, Mode> = { function: 'funcName', filter: 'funcName', break: 'label', continue: 'label', return: 'pipe', throw: 'pipe', exit: 'pipe' };

/** Modes `stmt` and `pipe` (`pipe` reads no keywords: `foreach` after a pipe is a command). */
export function statementStart(s: Scanner): void {
  const c = s.code();
  const n = s.code(1);
  if (s.mode === 'stmt' && c === 58 /* : */ && isIdentStart(n)) {
    let i = s.pos + 1;
    while (isIdentChar(s.text.charCodeAt(i))) i++;
    s.emit(T.Label, s.pos, i, { kind: 'label', name: s.text.slice(s.pos + 1, i) });
    return;
  }
  if (c === 91 /* [ */) return typeOrAttribute(s, 'stmt');
  if (startsExpression(s, c, n)) return readAsExpression(s);
  if (c === 38 /* & */) {
    if (n === 38) return s.unsupported(2);
    s.emit(T.Ampersand, s.pos, s.pos + 1);
    s.mode = 'args';
    return;
  }
  if (c === 46 /* . */ && (isSpace(n) || n === 36 || n === 123 || n === 40 || isQuote(n))) {
    s.emit(T.DotSource, s.pos, s.pos + 1);
    s.mode = 'args';
    return;
  }
  commandNameOrKeyword(s);
}

function commandNameOrKeyword(s: Scanner): void {
  const w = scanGeneric(s.text, s.pos, false, s.sub, s.errors);
  if (w.end === s.pos) return readAsExpression(s);
  if (s.mode === 'stmt' && !w.parts && w.end - s.pos === w.value.length && w.value.length <= T.longestKeyword) {
    const lower = w.value.toLowerCase();
    const kw = T.keywordTokens[lower];
    if (kw) {
      s.emit(kw, s.pos, w.end);
      s.mode = keywordModes[lower] ?? 'expr';
      s.statementAfterClose = kw === T.Param || kw === T.Begin || kw === T.Process || kw === T.End;
      return;
    }
    if (T.unsupportedKeywords.has(lower)) {
      s.emit(T.UnsupportedStatement, s.pos, w.end, { kind: 'operator', op: lower });
      s.mode = 'args';
      return;
    }
  }
  s.emit(T.CommandName, s.pos, w.end, { kind: 'string', value: w.value, quote: 'bare', parts: w.parts });
  s.mode = 'args';
}

/** Whether the statement starting at `c` is an expression rather than a command. */
function startsExpression(s: Scanner, c: number, n: number): boolean {
  const text = s.text;
  if (c === 36 /* $ */ || isQuote(c) || c === 40 || c === 123 || c === 33 /* ! */ || c === 44 || c === 43 /* + */) return true;
  if (c === 64 /* @ */) return n === 40 || n === 123 || isQuote(n) || isVarChar(n);
  if (isDigit(c) || (c === 46 && isDigit(n))) {
    const num = scanNumber(text, s.pos);
    if (!num) return false;
    const after = text.charCodeAt(num.end);
    const next = text.charCodeAt(num.end + 1);
    // `1..3` is a range and `1.2.3` a member access on 1.2: both are expressions.
    return endsGeneric(after) || (after === 46 && (next === 46 || isIdentChar(next))) || '+-*/%=]>'.includes(text[num.end] ?? ' ');
  }
  if (isDash(c)) {
    if (isDash(n) || isDigit(n) || n === 36 || n === 40 || n === 91 || (n === 46 && isDigit(s.code(2)))) return true;
    let i = s.pos + 1;
    while (isIdentChar(text.charCodeAt(i))) i++;
    return unaryDashOperators.has(text.slice(s.pos + 1, i).toLowerCase());
  }
  return false;
}

/** Switches to expression mode and reads the token there. */
function readAsExpression(s: Scanner): void {
  s.mode = 'expr';
  expressionToken(s);
}

/** Mode `hashKey`: a bareword key (`@{ Name = 1 }`); anything else is read as an expression. */
export function hashKey(s: Scanner): void {
  const c = s.code();
  if (c === 125 || c === 36 || isQuote(c) || isDigit(c) || c === 40 || c === 64 || c === 91 || c === 61 || c === 44) return readAsExpression(s);
  const w = scanGeneric(s.text, s.pos, true, s.sub, s.errors);
  if (w.end === s.pos) return readAsExpression(s);
  s.emit(T.Bareword, s.pos, w.end, { kind: 'string', value: w.value, quote: 'bare' }, 1);
  s.mode = 'expr';
}

/** Mode `funcName`: the name after `function` or `filter`. */
export function functionName(s: Scanner): void {
  const w = scanGeneric(s.text, s.pos, false, s.sub, s.errors);
  s.mode = 'expr';
  if (w.end === s.pos) return expressionToken(s);
  s.emit(T.Bareword, s.pos, w.end, { kind: 'string', value: w.value, quote: 'bare' });
}

/** Mode `label`: the loop label after `break` or `continue`, if one is there. */
export function loopLabel(s: Scanner): void {
  s.mode = 'expr';
  if (!isIdentChar(s.code())) return expressionToken(s);
  let i = s.pos;
  while (isIdentChar(s.text.charCodeAt(i))) i++;
  s.emit(T.Bareword, s.pos, i, { kind: 'string', value: s.text.slice(s.pos, i), quote: 'bare' });
}
