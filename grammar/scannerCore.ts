// The scanner's machinery: token emission, whitespace and comments, the bracket stack and the tokens
// that read the same in every mode (strings, variables, brackets, member access, type literals).
// lexer.ts adds the mode-specific dispatch on top.

import type { TokenType } from 'chevrotain';
import * as T from './tokens.js';
import {
  isIdentChar, isNewline, isQuote, isSingleQuote, isSpace, isVarChar, scanTypeName, scanVariableName, isDigit,
} from './chars.js';
import { scanDoubleQuoted, scanHereString, scanSingleQuoted, type SubLexer } from './strings.js';
import type { LineMap } from './lineMap.js';
import { ScannedToken, type CommentSpan, type LexError, type Payload, type PsToken } from './tokenInfo.js';

export type Mode = 'stmt' | 'pipe' | 'expr' | 'args' | 'hashKey' | 'funcName' | 'label';
export type CtxKind = '(' | '$(' | '@(' | '{' | '@{' | '[' | '[a' | 'm(' | 'a(';
interface Ctx {
  kind: CtxKind;
  ret: Mode;
}

/** After these tokens a newline is not a statement end (operators, commas, openers, pipes). */
const newlineInsensitiveAfter = new Set<TokenType>([
  T.Pipe, T.Comma, T.Plus, T.Minus, T.Star, T.Slash, T.Percent, T.DotDot, T.Exclaim, T.Equals, T.CompoundAssign,
  T.DashLogical, T.DashBitwise, T.DashComparison, T.DashSplitJoin, T.DashFormat, T.DashNot, T.LParen, T.LCurly,
  T.LBracket, T.DollarParen, T.AtParen, T.AtCurly,
]);

export abstract class ScannerCore {
  protected readonly tokens: PsToken[] = [];
  protected mode: Mode = 'stmt';
  protected readonly stack: Ctx[] = [];
  /** 1 after an operand, 2 after a type literal, 0 otherwise. */
  protected opEnd = 0;
  protected lastEnd = -1;
  protected lastType: TokenType | undefined;
  protected attrArgsNext = false;
  /** After `param` and `begin`/`process`/`end`, the bracket that follows is closed into statement mode. */
  protected statementAfterClose = false;
  protected done = false;
  protected readonly sub: SubLexer = (p) => this.nested(p);

  /** Scans `$( ... )` inside a string from `pos` to its closing parenthesis. */
  protected abstract nested(pos: number): { tokens: PsToken[]; end: number; closed: boolean };

  protected abstract step(): void;

  constructor(
    protected readonly text: string,
    protected readonly lines: LineMap,
    protected readonly errors: LexError[],
    protected readonly comments: CommentSpan[],
    public pos: number,
    protected readonly isNested: boolean,
  ) {
    if (isNested) this.stack.push({ kind: '$(', ret: 'expr' });
  }

  get openBrackets(): number {
    return this.stack.length;
  }

  run(): PsToken[] {
    const len = this.text.length;
    while (!this.done) {
      this.skipTrivia();
      if (this.pos >= len) break;
      const before = this.pos;
      this.step();
      if (this.pos === before) this.error(T.ErrorToken, 1, 'UnexpectedToken'); // never loop on the same spot
    }
    return this.tokens;
  }

  // ---------------------------------------------------------------------------------------------
  // Emission

  protected emit(type: TokenType, start: number, end: number, payload?: Payload, opEnd = 0): PsToken {
    const tok = new ScannedToken(type, this.text.slice(start, end), start, end - 1, this.lines, payload);
    this.tokens.push(tok);
    this.pos = end;
    this.lastEnd = end;
    this.lastType = type;
    this.opEnd = opEnd;
    // Only the bracket right after param/begin/process/end (newlines aside) closes into statement mode.
    if (type !== T.NewLine && type !== T.Param && type !== T.Begin && type !== T.Process && type !== T.End) this.statementAfterClose = false;
    return tok;
  }

  protected error(type: TokenType, len: number, errorId: string, message?: string): void {
    const start = this.pos;
    const end = Math.min(this.text.length, start + Math.max(1, len));
    const image = this.text.slice(start, end);
    this.errors.push({ errorId, message: message ?? `Unexpected token '${image}' in expression or statement.`, start, end });
    this.emit(type, start, end);
  }

  protected code(offset = 0): number {
    return this.text.charCodeAt(this.pos + offset);
  }

  protected get adjacent(): boolean {
    return this.lastEnd === this.pos;
  }

  // ---------------------------------------------------------------------------------------------
  // Whitespace, continuation, comments

  protected skipTrivia(): void {
    const text = this.text;
    for (;;) {
      const c = text.charCodeAt(this.pos);
      if (isSpace(c)) this.pos++;
      else if (c === 96 && isNewline(text.charCodeAt(this.pos + 1))) {
        this.pos += text.charCodeAt(this.pos + 1) === 13 && text.charCodeAt(this.pos + 2) === 10 ? 3 : 2;
      } else if (c === 35 /* # */) {
        const start = this.pos;
        while (this.pos < text.length && !isNewline(text.charCodeAt(this.pos))) this.pos++;
        this.comments.push({ start, end: this.pos });
      } else if (c === 60 /* < */ && text.charCodeAt(this.pos + 1) === 35) {
        const start = this.pos;
        const close = text.indexOf('#>', this.pos + 2);
        if (close < 0) {
          this.errors.push({
            errorId: 'MissingTerminatorMultiLineComment',
            message: "The terminator '#>' is missing from the multiline comment.",
            start,
            end: start + 2,
          });
          this.pos = text.length;
        } else this.pos = close + 2;
        this.comments.push({ start, end: this.pos });
      } else if (isNewline(c) && this.newlinesIgnored()) {
        this.pos++;
      } else return;
    }
  }

  protected newlinesIgnored(): boolean {
    if (this.lastType === undefined) return false;
    if (this.lastType === T.NewLine) return true; // collapse blank lines into one token
    if (this.lastType === T.Comma && this.mode === 'args') return true;
    return newlineInsensitiveAfter.has(this.lastType) && (this.mode !== 'args' || this.lastType === T.Pipe || this.lastType === T.LCurly || this.lastType === T.LParen);
  }

  protected terminatorMode(): Mode {
    const top = this.stack[this.stack.length - 1];
    if (!top) return 'stmt';
    switch (top.kind) {
      case '(':
        return 'pipe';
      case '@{':
        return 'hashKey';
      case 'm(':
      case 'a(':
      case '[':
      case '[a':
        return 'expr';
      default:
        return 'stmt';
    }
  }

  protected unsupported(len: number): void {
    this.emit(T.UnsupportedOperator, this.pos, this.pos + len, { kind: 'operator', op: this.text.slice(this.pos, this.pos + len) });
  }

  // ---------------------------------------------------------------------------------------------
  // Brackets

  protected open(type: TokenType, len: number, kind: CtxKind, inner: Mode): void {
    const ret: Mode = this.statementAfterClose ? 'stmt' : this.mode === 'stmt' || this.mode === 'pipe' ? 'expr' : this.mode;
    this.statementAfterClose = false;
    this.stack.push({ kind, ret });
    this.emit(type, this.pos, this.pos + len);
    this.mode = inner;
  }

  protected close(type: TokenType, kinds: CtxKind[]): void {
    let idx = this.stack.length - 1;
    if (type === T.RCurly) while (idx >= 0 && !kinds.includes(this.stack[idx].kind)) idx--;
    if (idx < 0 || !kinds.includes(this.stack[idx].kind)) {
      this.emit(type, this.pos, this.pos + 1, undefined, 1); // stray closer: the parser reports it
      return;
    }
    const ctx = this.stack[idx];
    this.stack.length = idx;
    if (this.isNested && idx === 0) {
      this.pos++;
      this.done = true;
      return;
    }
    this.emit(type, this.pos, this.pos + 1, undefined, ctx.kind === '[a' || ctx.kind === 'a(' ? 0 : 1);
    this.mode = ctx.ret;
  }

  /** Tokens shared by expression and argument modes; returns false when `c` is none of them. */
  protected bracketOrString(c: number, n: number): boolean {
    switch (c) {
      case 40:
        if (this.lastType === T.MemberName && this.adjacent) this.open(T.LParen, 1, 'm(', 'expr');
        else if (this.attrArgsNext) {
          this.attrArgsNext = false;
          this.open(T.LParen, 1, 'a(', 'expr');
        } else this.open(T.LParen, 1, '(', 'pipe');
        return true;
      case 41:
        this.close(T.RParen, ['(', '$(', '@(', 'm(', 'a(']);
        return true;
      case 123:
        this.open(T.LCurly, 1, '{', 'stmt');
        return true;
      case 125:
        this.close(T.RCurly, ['{', '@{']);
        return true;
      case 93:
        this.close(T.RBracket, ['[', '[a']);
        return true;
      case 44:
        this.emit(T.Comma, this.pos, this.pos + 1);
        return true;
      case 124:
        if (n === 124) this.unsupported(2);
        else {
          this.emit(T.Pipe, this.pos, this.pos + 1);
          this.mode = 'pipe';
        }
        return true;
      case 36:
        if (n === 40) {
          this.open(T.DollarParen, 2, '$(', 'stmt');
          return true;
        }
        return false;
      case 64:
        if (n === 40) this.open(T.AtParen, 2, '@(', 'stmt');
        else if (n === 123) this.open(T.AtCurly, 2, '@{', 'hashKey');
        else if (isQuote(n)) this.string(true);
        else if (isVarChar(n) || n === 123) {
          const v = scanVariableName(this.text, this.pos + 1);
          this.emit(T.SplatVariable, this.pos, v.end, { kind: 'variable', name: v.name, scope: v.scope, braced: v.braced }, 1);
        } else return false;
        return true;
    }
    if (isQuote(c)) {
      this.string(false);
      return true;
    }
    return false;
  }

  protected string(here: boolean): void {
    const start = this.pos;
    const s = here
      ? scanHereString(this.text, start, this.sub, this.errors)
      : isSingleQuote(this.code())
        ? scanSingleQuoted(this.text, start, this.errors)
        : scanDoubleQuoted(this.text, start, this.sub, this.errors);
    const expandable = s.quote === 'double' || s.quote === 'doubleHere';
    this.emit(expandable ? T.ExpandableStringLit : T.StringLit, start, s.end, { kind: 'string', value: s.value, quote: s.quote, parts: s.parts }, 1);
  }

  protected variable(): void {
    const v = scanVariableName(this.text, this.pos + 1);
    if (v.errorId) {
      const messages: Record<string, string> = {
        IncompleteDollarVariableReference: "${variable} reference starting is missing the closing '}'.",
        EmptyVariableReference: 'An empty ${} variable reference was found. A name is required inside the braces.',
        InvalidVariableReference: "Variable reference is not valid. '$' was not followed by a valid variable name character. Consider using ${} to delimit the name.",
      };
      this.error(T.ErrorToken, Math.max(1, v.end - this.pos), v.errorId, messages[v.errorId]);
      return;
    }
    this.emit(T.Variable, this.pos, v.end, { kind: 'variable', name: v.name, scope: v.scope, braced: v.braced }, 1);
  }

  /** `.Name`, `::Name` and `[index]` directly after an operand. Returns true when one was produced. */
  protected postfix(c: number, n: number): boolean {
    if (!this.opEnd || !this.adjacent) return false;
    // Right after an operand a dot is member access even before a digit: `6.2.9200.0` is (6.2).9200.0.
    if (c === 46 && n !== 46) {
      this.emit(T.Dot, this.pos, this.pos + 1);
      this.memberName();
      return true;
    }
    if (c === 58 && n === 58) {
      this.emit(T.ColonColon, this.pos, this.pos + 2);
      this.memberName();
      return true;
    }
    if (c === 91 && this.opEnd === 1) {
      this.open(T.LBracket, 1, '[', 'expr');
      return true;
    }
    return false;
  }

  protected memberName(): void {
    let i = this.pos;
    while (isIdentChar(this.text.charCodeAt(i))) i++;
    if (i > this.pos) this.emit(T.MemberName, this.pos, i, { kind: 'string', value: this.text.slice(this.pos, i), quote: 'bare' }, 1);
  }

  protected typeOrAttribute(ret: Mode): void {
    const start = this.pos;
    let i = start + 1;
    while (isSpace(this.text.charCodeAt(i))) i++;
    const t = scanTypeName(this.text, i);
    if (!t) {
      this.error(T.ErrorToken, 1, 'MissingTypename', "Missing type name after '['.");
      this.mode = 'expr';
      return;
    }
    let j = t.end;
    while (isSpace(this.text.charCodeAt(j))) j++;
    const c = this.text.charCodeAt(j);
    if (c === 93) {
      this.emit(T.TypeLiteral, start, j + 1, { kind: 'type', type: t.type }, 2);
      this.mode = 'expr';
      return;
    }
    if (c === 40 && !t.type.isArray && t.type.genericArguments.length === 0) {
      this.stack.push({ kind: '[a', ret: ret === 'stmt' ? 'stmt' : 'expr' });
      this.emit(T.AttributeStart, start, j, { kind: 'type', type: t.type });
      this.pos = j;
      this.attrArgsNext = true;
      this.mode = 'expr';
      return;
    }
    this.pos = start;
    this.error(T.ErrorToken, j - start, 'EndSquareBracketExpectedAtEndOfType', 'Missing ] at end of type token.');
    this.mode = 'expr';
  }

}
