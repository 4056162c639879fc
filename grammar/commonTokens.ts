// Tokens that read the same in expression and in command-argument mode: brackets, commas and pipes,
// strings and here-strings, `$( )`, `@( )`, `@{`, splats, the reserved `&` and `<`, variables, and
// the member access and indexing that follow an operand with no space between.

import * as T from './tokens.js';
import { isIdentChar, isQuote, isSingleQuote, isVarChar, scanVariableName } from './chars.js';
import { scanDoubleQuoted, scanHereString, scanSingleQuoted } from './strings.js';
import type { Scanner } from './scanner.js';

const ampersandMessage =
  'The ampersand (&) character is not allowed. The & operator is reserved for future use; wrap an ampersand in double quotation marks ("&") to pass it as part of a string.';

/** Reads one of the tokens common to both modes at `c` (`n` the character after); false when `c` starts none. */
export function commonToken(s: Scanner, c: number, n: number): boolean {
  switch (c) {
    case 40:
      if (s.lastType === T.MemberName && s.adjacent) s.open(T.LParen, 1, 'm(', 'expr');
      else if (s.attrArgsNext) {
        s.attrArgsNext = false;
        s.open(T.LParen, 1, 'a(', 'expr');
      } else s.open(T.LParen, 1, '(', 'pipe');
      return true;
    case 41:
      s.close(T.RParen, ['(', '$(', '@(', 'm(', 'a(']);
      return true;
    case 123:
      s.open(T.LCurly, 1, '{', 'stmt');
      return true;
    case 125:
      s.close(T.RCurly, ['{', '@{']);
      return true;
    case 93:
      s.close(T.RBracket, ['[', '[a']);
      return true;
    case 44:
      s.emit(T.Comma, s.pos, s.pos + 1);
      return true;
    case 124:
      if (n === 124) s.unsupported(2);
      else {
        s.emit(T.Pipe, s.pos, s.pos + 1);
        s.mode = 'pipe';
      }
      return true;
    case 36:
      if (n !== 40) return false;
      s.open(T.DollarParen, 2, '$(', 'stmt');
      return true;
    case 64:
      return atSign(s, n);
    case 38:
      if (n === 38) s.unsupported(2);
      else s.error(T.ErrorToken, 1, 'AmpersandNotAllowed', ampersandMessage);
      return true;
    case 60:
      s.error(T.ErrorToken, 1, 'RedirectionNotSupported', "The '<' operator is reserved for future use.");
      return true;
  }
  if (isQuote(c)) {
    string(s, false);
    return true;
  }
  return false;
}

/** `@(`, `@{`, a here-string or a splatted variable; false for a lone `@`. */
function atSign(s: Scanner, n: number): boolean {
  if (n === 40) s.open(T.AtParen, 2, '@(', 'stmt');
  else if (n === 123) s.open(T.AtCurly, 2, '@{', 'hashKey');
  else if (isQuote(n)) string(s, true);
  else if (isVarChar(n)) {
    const v = scanVariableName(s.text, s.pos + 1);
    s.emit(T.SplatVariable, s.pos, v.end, { kind: 'variable', name: v.name, scope: v.scope, braced: v.braced }, 1);
  } else return false;
  return true;
}

function string(s: Scanner, here: boolean): void {
  const start = s.pos;
  const str = here
    ? scanHereString(s.text, start, s.sub, s.errors)
    : isSingleQuote(s.code())
      ? scanSingleQuoted(s.text, start, s.errors)
      : scanDoubleQuoted(s.text, start, s.sub, s.errors);
  const expandable = str.quote === 'double' || str.quote === 'doubleHere';
  s.emit(expandable ? T.ExpandableStringLit : T.StringLit, start, str.end, { kind: 'string', value: str.value, quote: str.quote, parts: str.parts }, 1);
}

const variableMessages: Record<string, string> = {
  IncompleteDollarVariableReference: "${variable} reference starting is missing the closing '}'.",
  EmptyVariableReference: 'An empty ${} variable reference was found. A name is required inside the braces.',
  InvalidVariableReference: "Variable reference is not valid. '$' was not followed by a valid variable name character. Consider using ${} to delimit the name.",
};

/** `$name`, `$scope:name`, `${any name}` at the cursor (on `$`). */
export function variable(s: Scanner): void {
  const v = scanVariableName(s.text, s.pos + 1);
  if (v.errorId) {
    s.error(T.ErrorToken, Math.max(1, v.end - s.pos), v.errorId, variableMessages[v.errorId]);
    return;
  }
  s.emit(T.Variable, s.pos, v.end, { kind: 'variable', name: v.name, scope: v.scope, braced: v.braced }, 1);
}

/** `.Name`, `::Name` and `[index]` directly after an operand. Returns true when one was produced. */
export function postfix(s: Scanner, c: number, n: number): boolean {
  if (!s.opEnd || !s.adjacent) return false;
  // Right after an operand a dot is member access even before a digit: `6.2.9200.0` is (6.2).9200.0.
  if (c === 46 && n !== 46) {
    s.emit(T.Dot, s.pos, s.pos + 1);
    memberName(s);
    return true;
  }
  if (c === 58 && n === 58) {
    s.emit(T.ColonColon, s.pos, s.pos + 2);
    memberName(s);
    return true;
  }
  if (c === 91 && s.opEnd === 1) {
    s.open(T.LBracket, 1, '[', 'expr');
    return true;
  }
  return false;
}

function memberName(s: Scanner): void {
  let i = s.pos;
  while (isIdentChar(s.text.charCodeAt(i))) i++;
  if (i > s.pos) s.emit(T.MemberName, s.pos, i, { kind: 'string', value: s.text.slice(s.pos, i), quote: 'bare' }, 1);
}
