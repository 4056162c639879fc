// The scanner's machinery: the text and the cursor over it, the tokens read so far, the mode and the
// stack of open brackets, and the loop that reads one token at a time in the current mode.
// PowerShell reads the same characters differently at the start of a statement, in an expression and
// in a command's arguments (`jabber.org` is a word after a command name, but `$a.b` is member access
// and `-eq` an operator in an expression), so the token stream the parser sees is already
// context-correct. What each mode reads lives in a module of its own (statementStart.ts,
// expressionMode.ts, argumentMode.ts, commonTokens.ts; trivia.ts for what lies between tokens): plain
// functions that take this scanner and read and write its state.

import type { TokenType } from 'chevrotain';
import * as T from './tokens.js';
import { isNewline } from './chars.js';
import type { SubLexer } from './strings.js';
import type { LineMap } from './lineMap.js';
import { ScannedToken, type CommentSpan, type LexError, type Payload, type PsToken } from './tokenInfo.js';
import { skipTrivia } from './trivia.js';
import { functionName, hashKey, loopLabel, statementStart } from './statementStart.js';
import { expressionToken } from './expressionMode.js';
import { argumentToken } from './argumentMode.js';

export type Mode = 'stmt' | 'pipe' | 'expr' | 'args' | 'hashKey' | 'funcName' | 'label';
/** `m(` is a method call's parentheses, `a(` an attribute's, `[a` the attribute's bracket. */
export type BracketKind = '(' | '$(' | '@(' | '{' | '@{' | '[' | '[a' | 'm(' | 'a(';
export interface OpenBracket {
  kind: BracketKind;
  /** The mode to go back to when the bracket closes. */
  ret: Mode;
}

export class Scanner {
  readonly tokens: PsToken[] = [];
  mode: Mode = 'stmt';
  readonly stack: OpenBracket[] = [];
  /** 1 after an operand, 2 after a type literal, 0 otherwise. */
  opEnd = 0;
  lastEnd = -1;
  lastType: TokenType | undefined;
  /** The `(` that comes next opens an attribute's arguments. */
  attrArgsNext = false;
  /** After `param` and `begin`/`process`/`end`, the bracket that follows is closed into statement mode. */
  statementAfterClose = false;
  /** A nested scan has read the `)` that closes its `$(`. */
  done = false;
  /** Scans `$( ... )` inside a string or word from `pos` to its closing parenthesis. */
  readonly sub: SubLexer = (p) => this.nested(p);

  constructor(
    readonly text: string,
    readonly lines: LineMap,
    readonly errors: LexError[],
    readonly comments: CommentSpan[],
    public pos: number,
    readonly isNested: boolean,
  ) {
    if (isNested) this.stack.push({ kind: '$(', ret: 'expr' });
  }

  get openBrackets(): number {
    return this.stack.length;
  }

  run(): PsToken[] {
    while (this.scanToken());
    return this.tokens;
  }

  /** Skips trivia and reads the next token; false at the end of the text (or of a nested `$( )`). */
  scanToken(): boolean {
    if (this.done) return false;
    skipTrivia(this);
    if (this.pos >= this.text.length) return false;
    const before = this.pos;
    this.step();
    if (this.pos === before) this.error(T.ErrorToken, 1, 'UnexpectedToken'); // never loop on the same spot
    return true;
  }

  private nested(pos: number): { tokens: PsToken[]; end: number; closed: boolean } {
    const s = new Scanner(this.text, this.lines, this.errors, this.comments, pos, true);
    const tokens = s.run();
    return { tokens, end: s.pos, closed: s.done };
  }

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
        return statementStart(this);
      case 'args':
        return argumentToken(this);
      case 'hashKey':
        return hashKey(this);
      case 'funcName':
        return functionName(this);
      case 'label':
        return loopLabel(this);
      default:
        return expressionToken(this);
    }
  }

  // ---------------------------------------------------------------------------------------------
  // Emission

  emit(type: TokenType, start: number, end: number, payload?: Payload, opEnd = 0): PsToken {
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

  error(type: TokenType, len: number, errorId: string, message?: string): void {
    const start = this.pos;
    const end = Math.min(this.text.length, start + Math.max(1, len));
    const image = this.text.slice(start, end);
    this.errors.push({ errorId, message: message ?? `Unexpected token '${image}' in expression or statement.`, start, end });
    this.emit(type, start, end);
  }

  unsupported(len: number): void {
    this.emit(T.UnsupportedOperator, this.pos, this.pos + len, { kind: 'operator', op: this.text.slice(this.pos, this.pos + len) });
  }

  code(offset = 0): number {
    return this.text.charCodeAt(this.pos + offset);
  }

  /** The cursor is right after the last token, with no space between. */
  get adjacent(): boolean {
    return this.lastEnd === this.pos;
  }

  // ---------------------------------------------------------------------------------------------
  // The bracket stack

  open(type: TokenType, len: number, kind: BracketKind, inner: Mode): void {
    const ret: Mode = this.statementAfterClose ? 'stmt' : this.mode === 'stmt' || this.mode === 'pipe' ? 'expr' : this.mode;
    this.statementAfterClose = false;
    this.stack.push({ kind, ret });
    this.emit(type, this.pos, this.pos + len);
    this.mode = inner;
  }

  close(type: TokenType, kinds: BracketKind[]): void {
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

  /** The innermost open bracket's kind, if any. */
  get innermost(): BracketKind | undefined {
    return this.stack[this.stack.length - 1]?.kind;
  }

  /** The mode after a newline or `;`: what the innermost bracket holds is a statement, a pipeline, a key… */
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
}
