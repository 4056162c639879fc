// The mode-aware scanner. PowerShell reads the same characters differently at the start of a statement,
// in an expression and in a command's arguments (`jabber.org` is a word after a command name, but
// `$a.b` is member access and `-eq` an operator in an expression). The scanner keeps that mode and a
// stack of open brackets, so the token stream the parser sees is already context-correct.

import type { TokenType } from 'chevrotain';
import * as T from './tokens.js';
import { endsGeneric, isDash, isDigit, isIdentChar, isIdentStart, isNewline, isQuote, isSpace, isVarChar, scanNumber, scanVariableName } from './chars.js';
import { scanGeneric, scanRedirection } from './generic.js';
import { dashOperators, unaryDashOperators } from './operators.js';
import { LineMap } from './lineMap.js';
import { ScannerCore, type Mode } from './scannerCore.js';
import type { CommentSpan, LexError, PsToken } from './tokenInfo.js';

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
export function lex(text: string): LexResult {
  const lines = new LineMap(text);
  const errors: LexError[] = [];
  const comments: CommentSpan[] = [];
  const lexer = new Scanner(text, lines, errors, comments, 0, false);
  const tokens = lexer.run();
  return { tokens, errors, comments, lines, unclosed: lexer.openBrackets };
}
export class Scanner extends ScannerCore {
  constructor(text: string, lines: LineMap, errors: LexError[], comments: CommentSpan[], pos: number, isNested: boolean) {
    super(text, lines, errors, comments, pos, isNested);
  }

  protected nested(pos: number): { tokens: PsToken[]; end: number; closed: boolean } {
    const s = new Scanner(this.text, this.lines, this.errors, this.comments, pos, true);
    const tokens = s.run();
    return { tokens, end: s.pos, closed: s.done };
  }

  // ---------------------------------------------------------------------------------------------
  // Dispatch

  protected step(): void {
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
    if (this.mode === 'stmt' && !w.parts && w.end - this.pos === w.value.length && w.value.length <= T.longestKeyword) {
      const lower = w.value.toLowerCase();
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
      const next = this.text.charCodeAt(num.end + 1);
      // `1..3` is a range and `1.2.3` a member access on 1.2: both are expressions.
      return endsGeneric(after) || (after === 46 && (next === 46 || isIdentChar(next))) || '+-*/%=]>'.includes(this.text[num.end] ?? ' ');
    }
    if (isDash(c)) {
      if (isDash(n) || isDigit(n) || n === 36 || n === 40 || n === 91 || (n === 46 && isDigit(this.code(2)))) return true;
      let i = this.pos + 1;
      while (isIdentChar(this.text.charCodeAt(i))) i++;
      return unaryDashOperators.has(this.text.slice(this.pos + 1, i).toLowerCase());
    }
    return false;
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
