// The mode-aware scanner. PowerShell reads the same characters differently at the start of a statement,
// in an expression and in a command's arguments (`jabber.org` is a word after a command name, but
// `$a.b` is member access and `-eq` an operator in an expression). The scanner keeps that mode and a
// stack of open brackets, so the token stream the parser sees is already context-correct.

import { createTokenInstance, type TokenType } from 'chevrotain';
import * as T from './tokens.js';
import {
  endsGeneric, isDash, isDigit, isDoubleQuote, isIdentChar, isIdentStart, isNewline, isQuote, isSingleQuote, isSpace,
  isVarChar, scanNumber, scanTypeName, scanVariableName,
} from './chars.js';
import { scanDoubleQuoted, scanHereString, scanSingleQuoted, type SubLexer } from './strings.js';
import { scanGeneric, scanRedirection } from './generic.js';
import { dashOperators, unaryDashOperators } from './operators.js';
import { LineMap } from './lineMap.js';
import type { CommentSpan, LexError, Payload, PsToken } from './tokenInfo.js';

type Mode = 'stmt' | 'pipe' | 'expr' | 'args' | 'hashKey' | 'funcName' | 'label';
type CtxKind = '(' | '$(' | '@(' | '{' | '@{' | '[' | '[a' | 'm(' | 'a(';
interface Ctx {
  kind: CtxKind;
  ret: Mode;
}

export interface LexResult {
  tokens: PsToken[];
  errors: LexError[];
  comments: CommentSpan[];
  lines: LineMap;
  /** Brackets still open at the end of the text (the input continues on another line). */
  unclosed: number;
}

const keywordModes: Record<string, Mode> = { function: 'funcName', filter: 'funcName', break: 'label', continue: 'label', return: 'pipe', throw: 'pipe', exit: 'pipe' };
/** Keywords that continue a statement after its block (`} else {`, `} while (...)`), recognized in expression mode. */
const continuationKeywords: Record<string, TokenType> = { else: T.Else, elseif: T.ElseIf, catch: T.Catch, finally: T.Finally, while: T.While, until: T.Until, in: T.In };
/** After these tokens a newline is not a statement end (operators, commas, openers, pipes). */
const newlineInsensitiveAfter = new Set<TokenType>([
  T.Pipe, T.Comma, T.Plus, T.Minus, T.Star, T.Slash, T.Percent, T.DotDot, T.Exclaim, T.Equals, T.CompoundAssign,
  T.DashLogical, T.DashBitwise, T.DashComparison, T.DashSplitJoin, T.DashFormat, T.DashNot, T.LParen, T.LCurly,
  T.LBracket, T.DollarParen, T.AtParen, T.AtCurly,
]);

export function lex(text: string): LexResult {
  const lines = new LineMap(text);
  const errors: LexError[] = [];
  const comments: CommentSpan[] = [];
  const lexer = new Scanner(text, lines, errors, comments, 0, false);
  const tokens = lexer.run();
  return { tokens, errors, comments, lines, unclosed: lexer.openBrackets };
}

export class Scanner {
  private readonly tokens: PsToken[] = [];
  private mode: Mode = 'stmt';
  private readonly stack: Ctx[] = [];
  /** 1 after an operand, 2 after a type literal, 0 otherwise. */
  private opEnd = 0;
  private lastEnd = -1;
  private lastType: TokenType | undefined;
  private attrArgsNext = false;
  /** After `param` and `begin`/`process`/`end`, the bracket that follows is closed into statement mode. */
  private statementAfterClose = false;
  private done = false;
  private readonly sub: SubLexer = (p) => {
    const s = new Scanner(this.text, this.lines, this.errors, this.comments, p, true);
    const tokens = s.run();
    return { tokens, end: s.pos, closed: s.done };
  };

  constructor(
    private readonly text: string,
    private readonly lines: LineMap,
    private readonly errors: LexError[],
    private readonly comments: CommentSpan[],
    public pos: number,
    private readonly nested: boolean,
  ) {
    if (nested) this.stack.push({ kind: '$(', ret: 'expr' });
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

  private emit(type: TokenType, start: number, end: number, payload?: Payload, opEnd = 0): PsToken {
    const line = this.lines.line(start);
    const endLine = end - 1 > start ? this.lines.line(end - 1) : line;
    const tok = createTokenInstance(
      type, this.text.slice(start, end), start, end - 1, line, endLine,
      this.lines.column(start, line), this.lines.column(end - 1, endLine),
    ) as PsToken;
    if (payload) tok.payload = payload;
    this.tokens.push(tok);
    this.pos = end;
    this.lastEnd = end;
    this.lastType = type;
    this.opEnd = opEnd;
    return tok;
  }

  private error(type: TokenType, len: number, errorId: string, message?: string): void {
    const start = this.pos;
    const end = Math.min(this.text.length, start + Math.max(1, len));
    const image = this.text.slice(start, end);
    this.errors.push({ errorId, message: message ?? `Unexpected token '${image}' in expression or statement.`, start, end });
    this.emit(type, start, end);
  }

  private code(offset = 0): number {
    return this.text.charCodeAt(this.pos + offset);
  }

  private get adjacent(): boolean {
    return this.lastEnd === this.pos;
  }

  // ---------------------------------------------------------------------------------------------
  // Whitespace, continuation, comments

  private skipTrivia(): void {
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

  private newlinesIgnored(): boolean {
    if (this.lastType === undefined) return false;
    if (this.lastType === T.NewLine) return true; // collapse blank lines into one token
    if (this.lastType === T.Comma && this.mode === 'args') return true;
    return newlineInsensitiveAfter.has(this.lastType) && (this.mode !== 'args' || this.lastType === T.Pipe || this.lastType === T.LCurly || this.lastType === T.LParen);
  }

  private terminatorMode(): Mode {
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

  // ---------------------------------------------------------------------------------------------
  // Dispatch

  private step(): void {
    const c = this.code();
    if (isNewline(c)) {
      const len = c === 13 && this.code(1) === 10 ? 2 : 1;
      this.emit(T.NewLine, this.pos, this.pos + len);
      this.mode = this.terminatorMode();
      return;
    }
    if (c === 59 /* ; */) {
      this.emit(T.Semi, this.pos, this.pos + 1);
      this.mode = this.terminatorMode();
      return;
    }
    switch (this.mode) {
      case 'stmt':
      case 'pipe':
        return this.statementStart();
      case 'args':
        return this.argumentToken();
      case 'hashKey':
        return this.hashKey();
      case 'funcName':
        return this.functionName();
      case 'label':
        return this.label();
      default:
        return this.expressionToken();
    }
  }

  private statementStart(): void {
    const c = this.code();
    const n = this.code(1);
    if (this.mode === 'stmt' && c === 58 /* : */ && isIdentStart(n)) {
      let i = this.pos + 1;
      while (isIdentChar(this.text.charCodeAt(i))) i++;
      this.emit(T.Label, this.pos, i, { kind: 'label', name: this.text.slice(this.pos + 1, i) });
      return;
    }
    if (c === 91 /* [ */) {
      this.typeOrAttribute('stmt');
      return;
    }
    if (this.startsExpression(c, n)) {
      this.mode = 'expr';
      this.expressionToken();
      return;
    }
    if (c === 38 /* & */) {
      if (n === 38) return this.unsupported(2);
      this.emit(T.Ampersand, this.pos, this.pos + 1);
      this.mode = 'args';
      return;
    }
    if (c === 46 /* . */ && (isSpace(n) || n === 36 || n === 123 || n === 40 || isQuote(n))) {
      this.emit(T.DotSource, this.pos, this.pos + 1);
      this.mode = 'args';
      return;
    }
    const w = scanGeneric(this.text, this.pos, false, this.sub, this.errors);
    if (w.end === this.pos) {
      this.mode = 'expr';
      this.expressionToken();
      return;
    }
    const lower = w.value.toLowerCase();
    if (this.mode === 'stmt' && !w.parts && w.end - this.pos === w.value.length) {
      const kw = T.keywordTokens[lower];
      if (kw) {
        this.emit(kw, this.pos, w.end);
        this.mode = keywordModes[lower] ?? 'expr';
        this.statementAfterClose = kw === T.Param || kw === T.Begin || kw === T.Process || kw === T.End;
        return;
      }
      if (T.unsupportedKeywords.has(lower)) {
        this.emit(T.UnsupportedStatement, this.pos, w.end, { kind: 'operator', op: lower });
        this.mode = 'args';
        return;
      }
    }
    this.emit(T.CommandName, this.pos, w.end, { kind: 'string', value: w.value, quote: 'bare', parts: w.parts });
    this.mode = 'args';
  }

  private startsExpression(c: number, n: number): boolean {
    if (c === 36 /* $ */ || isQuote(c) || c === 40 || c === 123 || c === 33 /* ! */ || c === 44 || c === 43 /* + */) return true;
    if (c === 64 /* @ */) return n === 40 || n === 123 || isQuote(n) || isVarChar(n);
    if (isDigit(c) || (c === 46 && isDigit(n))) {
      const num = scanNumber(this.text, this.pos);
      if (!num) return false;
      const after = this.text.charCodeAt(num.end);
      return endsGeneric(after) || (after === 46 && this.text.charCodeAt(num.end + 1) === 46) || '+-*/%=]>'.includes(this.text[num.end] ?? ' ');
    }
    if (isDash(c)) {
      if (isDash(n) || isDigit(n) || n === 36 || n === 40 || (n === 46 && isDigit(this.code(2)))) return true;
      let i = this.pos + 1;
      while (isIdentChar(this.text.charCodeAt(i))) i++;
      return unaryDashOperators.has(this.text.slice(this.pos + 1, i).toLowerCase());
    }
    return false;
  }

  private unsupported(len: number): void {
    this.emit(T.UnsupportedOperator, this.pos, this.pos + len, { kind: 'operator', op: this.text.slice(this.pos, this.pos + len) });
  }

  // ---------------------------------------------------------------------------------------------
  // Brackets

  private open(type: TokenType, len: number, kind: CtxKind, inner: Mode): void {
    const ret: Mode = this.statementAfterClose ? 'stmt' : this.mode === 'stmt' || this.mode === 'pipe' ? 'expr' : this.mode;
    this.statementAfterClose = false;
    this.stack.push({ kind, ret });
    this.emit(type, this.pos, this.pos + len);
    this.mode = inner;
  }

  private close(type: TokenType, kinds: CtxKind[]): void {
    let idx = this.stack.length - 1;
    if (type === T.RCurly) while (idx >= 0 && !kinds.includes(this.stack[idx].kind)) idx--;
    if (idx < 0 || !kinds.includes(this.stack[idx].kind)) {
      this.emit(type, this.pos, this.pos + 1, undefined, 1); // stray closer: the parser reports it
      return;
    }
    const ctx = this.stack[idx];
    this.stack.length = idx;
    if (this.nested && idx === 0) {
      this.pos++;
      this.done = true;
      return;
    }
    this.emit(type, this.pos, this.pos + 1, undefined, ctx.kind === '[a' || ctx.kind === 'a(' ? 0 : 1);
    this.mode = ctx.ret;
  }

  /** Tokens shared by expression and argument modes; returns false when `c` is none of them. */
  private bracketOrString(c: number, n: number): boolean {
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

  private string(here: boolean): void {
    const start = this.pos;
    const s = here
      ? scanHereString(this.text, start, this.sub, this.errors)
      : isSingleQuote(this.code())
        ? scanSingleQuoted(this.text, start, this.errors)
        : scanDoubleQuoted(this.text, start, this.sub, this.errors);
    const expandable = s.quote === 'double' || s.quote === 'doubleHere';
    this.emit(expandable ? T.ExpandableStringLit : T.StringLit, start, s.end, { kind: 'string', value: s.value, quote: s.quote, parts: s.parts }, 1);
  }

  private variable(): void {
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
  private postfix(c: number, n: number): boolean {
    if (!this.opEnd || !this.adjacent) return false;
    if (c === 46 && n !== 46 && !isDigit(n)) {
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

  private memberName(): void {
    let i = this.pos;
    while (isIdentChar(this.text.charCodeAt(i))) i++;
    if (i > this.pos) this.emit(T.MemberName, this.pos, i, { kind: 'string', value: this.text.slice(this.pos, i), quote: 'bare' }, 1);
  }

  private typeOrAttribute(ret: Mode): void {
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

  // ---------------------------------------------------------------------------------------------
  // Expression mode

  private expressionToken(): void {
    const c = this.code();
    const n = this.code(1);
    if (this.postfix(c, n)) return;
    if (this.bracketOrString(c, n)) return;
    if (c === 36) return this.variable();
    if (c === 91) return this.typeOrAttribute('expr');
    if (isDigit(c) || (c === 46 && isDigit(n))) return this.number();
    if (isDash(c)) return this.dash(n);
    if (c === 62 || ((isDigit(c) || c === 42) && n === 62)) return this.redirection();
    switch (c) {
      case 43:
        if (n === 43) return void this.emit(T.PlusPlus, this.pos, this.pos + 2, undefined, this.opEnd);
        if (n === 61) return this.assign(2);
        return void this.emit(T.Plus, this.pos, this.pos + 1);
      case 42:
      case 47:
      case 37:
        if (n === 61) return this.assign(2);
        return void this.emit(c === 42 ? T.Star : c === 47 ? T.Slash : T.Percent, this.pos, this.pos + 1);
      case 61:
        return this.assign(1);
      case 33:
        return void this.emit(T.Exclaim, this.pos, this.pos + 1);
      case 46:
        if (n === 46) return void this.emit(T.DotDot, this.pos, this.pos + 2);
        break;
      case 58:
        if (n === 58) return void this.emit(T.ColonColon, this.pos, this.pos + 2);
        // The `:` of an unsupported ternary was already reported with its `?`.
        if (this.tokens.some((t) => t.tokenType === T.UnsupportedOperator && t.image === '?')) return void this.emit(T.ErrorToken, this.pos, this.pos + 1);
        break;
      case 38:
        if (n === 38) return this.unsupported(2);
        return this.error(T.ErrorToken, 1, 'AmpersandNotAllowed', 'The ampersand (&) character is not allowed. The & operator is reserved for future use; wrap an ampersand in double quotation marks ("&") to pass it as part of a string.');
      case 63:
        if (this.opEnd) return this.unsupported(n === 63 || n === 46 || n === 91 ? 2 : 1);
        break;
      case 60:
        return this.error(T.ErrorToken, 1, 'RedirectionNotSupported', "The '<' operator is reserved for future use.");
    }
    if (isIdentStart(c)) {
      const w = scanGeneric(this.text, this.pos, this.mode === 'expr' && this.stack[this.stack.length - 1]?.kind === 'a(', this.sub, this.errors);
      const kw = continuationKeywords[w.value.toLowerCase()];
      if (kw && !w.parts) {
        this.emit(kw, this.pos, w.end);
        this.mode = kw === T.In ? 'pipe' : 'expr';
        return;
      }
      this.emit(T.Bareword, this.pos, w.end, { kind: 'string', value: w.value, quote: 'bare', parts: w.parts });
      return;
    }
    this.error(T.ErrorToken, 1, 'UnexpectedToken');
  }

  private assign(len: number): void {
    const type = len === 1 ? T.Equals : T.CompoundAssign;
    this.emit(type, this.pos, this.pos + len, { kind: 'operator', op: this.text.slice(this.pos, this.pos + len) });
    this.mode = this.stack[this.stack.length - 1]?.kind === 'a(' ? 'expr' : 'stmt';
  }

  private number(): void {
    const num = scanNumber(this.text, this.pos)!;
    if (isIdentChar(this.text.charCodeAt(num.end))) {
      const w = scanGeneric(this.text, this.pos, false, this.sub, this.errors);
      this.emit(T.Bareword, this.pos, w.end, { kind: 'string', value: w.value, quote: 'bare' });
      return;
    }
    this.emit(T.NumberLit, this.pos, num.end, { kind: 'number', value: num.value, isInteger: num.isInteger }, 1);
  }

  private dash(n: number): void {
    if (isDash(n)) return void this.emit(T.MinusMinus, this.pos, this.pos + 2, undefined, this.opEnd);
    if (n === 61) return this.assign(2);
    if (isIdentStart(n)) {
      let i = this.pos + 1;
      while (isIdentChar(this.text.charCodeAt(i))) i++;
      const name = this.text.slice(this.pos + 1, i).toLowerCase();
      const type = dashOperators.get(name);
      if (type) return void this.emit(type, this.pos, i, { kind: 'operator', op: '-' + name });
      const colon = this.text.charCodeAt(i) === 58 && this.text.charCodeAt(i + 1) !== 58;
      this.emit(T.Parameter, this.pos, colon ? i + 1 : i, { kind: 'parameter', name: this.text.slice(this.pos + 1, i), colon });
      return;
    }
    this.emit(T.Minus, this.pos, this.pos + 1);
  }

  private redirection(): void {
    const r = scanRedirection(this.text, this.pos)!;
    this.emit(T.Redirection, this.pos, r.end, { kind: 'redirection', from: r.from, append: r.append, merge: r.merge });
    if (this.mode !== 'args') this.mode = 'args';
  }

  // ---------------------------------------------------------------------------------------------
  // Command-argument mode

  private argumentToken(): void {
    const c = this.code();
    const n = this.code(1);
    if (this.postfix(c, n)) return;
    if (this.bracketOrString(c, n)) return;
    if (c === 38) {
      if (n === 38) return this.unsupported(2);
      return this.error(T.ErrorToken, 1, 'AmpersandNotAllowed', 'The ampersand (&) character is not allowed. The & operator is reserved for future use; wrap an ampersand in double quotation marks ("&") to pass it as part of a string.');
    }
    if (c === 62 || ((isDigit(c) || c === 42) && n === 62)) return this.redirection();
    if (c === 60) return this.error(T.ErrorToken, 1, 'RedirectionNotSupported', "The '<' operator is reserved for future use.");
    if (c === 36) {
      const v = scanVariableName(this.text, this.pos + 1);
      const after = this.text.charCodeAt(v.end);
      if (!v.errorId && (endsGeneric(after) || after === 46 || after === 91 || after === 62)) return this.variable();
    }
    if (isDash(c) && (isIdentStart(n) || n === 63)) return this.parameter();
    const w = scanGeneric(this.text, this.pos, false, this.sub, this.errors);
    if (!w.parts) {
      const negative = isDash(c);
      const num = scanNumber(this.text, negative ? this.pos + 1 : this.pos);
      if (num && num.end === w.end) {
        this.emit(T.NumberLit, this.pos, w.end, { kind: 'number', value: negative ? -num.value : num.value, isInteger: num.isInteger });
        return;
      }
    }
    this.emit(T.Bareword, this.pos, w.end, { kind: 'string', value: w.value, quote: 'bare', parts: w.parts });
  }

  private parameter(): void {
    let i = this.pos + 1;
    while (i < this.text.length) {
      const c = this.text.charCodeAt(i);
      if (endsGeneric(c) || c === 58 || isQuote(c) || c === 62) break;
      i++;
    }
    const colon = this.text.charCodeAt(i) === 58;
    this.emit(T.Parameter, this.pos, colon ? i + 1 : i, { kind: 'parameter', name: this.text.slice(this.pos + 1, i), colon });
  }

  // ---------------------------------------------------------------------------------------------
  // Hashtable keys, function names, loop labels

  private hashKey(): void {
    const c = this.code();
    if (c === 125 || c === 36 || isQuote(c) || isDigit(c) || c === 40 || c === 64 || c === 91 || c === 61 || c === 44) {
      this.mode = 'expr';
      return this.expressionToken();
    }
    const w = scanGeneric(this.text, this.pos, true, this.sub, this.errors);
    if (w.end === this.pos) {
      this.mode = 'expr';
      return this.expressionToken();
    }
    this.emit(T.Bareword, this.pos, w.end, { kind: 'string', value: w.value, quote: 'bare' }, 1);
    this.mode = 'expr';
  }

  private functionName(): void {
    const w = scanGeneric(this.text, this.pos, false, this.sub, this.errors);
    this.mode = 'expr';
    if (w.end === this.pos) return this.expressionToken();
    this.emit(T.Bareword, this.pos, w.end, { kind: 'string', value: w.value, quote: 'bare' });
  }

  private label(): void {
    this.mode = 'expr';
    if (!isIdentChar(this.code())) return this.expressionToken();
    let i = this.pos;
    while (isIdentChar(this.text.charCodeAt(i))) i++;
    this.emit(T.Bareword, this.pos, i, { kind: 'string', value: this.text.slice(this.pos, i), quote: 'bare' });
  }
}
