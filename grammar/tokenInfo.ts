// What the scanner attaches to a token beyond its type and position.

import type { IToken, TokenType } from 'chevrotain';
import type { LineMap } from './lineMap.js';
import type { TypeName, RedirectionStream } from '../src/lang/ast.js';

export interface VarPart {
  kind: 'var';
  name: string;
  scope?: string;
  braced: boolean;
  start: number;
  end: number;
}

export interface SubPart {
  kind: 'sub';
  /** Tokens of the statements inside `$( )`, without the closing parenthesis. */
  tokens: PsToken[];
  start: number;
  end: number;
}

export type StringPart = string | VarPart | SubPart;

export type Payload =
  | { kind: 'variable'; name: string; scope?: string; braced: boolean }
  | { kind: 'number'; value: number; isInteger: boolean }
  | { kind: 'string'; value: string; quote: 'bare' | 'single' | 'double' | 'singleHere' | 'doubleHere'; parts?: StringPart[] }
  | { kind: 'parameter'; name: string; colon: boolean }
  | { kind: 'type'; type: TypeName }
  | { kind: 'operator'; op: string }
  | { kind: 'redirection'; from: RedirectionStream; append: boolean; merge: boolean }
  | { kind: 'label'; name: string };

export interface PsToken extends IToken {
  payload?: Payload;
}

/**
 * The scanner's token: every field set in the constructor (one object shape for all tokens, so reads
 * stay monomorphic) and lines and columns worked out only when asked (the parser reads offsets; only
 * error recovery and tools ask for lines).
 */
export class ScannedToken implements PsToken {
  readonly tokenTypeIdx: number;

  constructor(
    readonly tokenType: TokenType,
    readonly image: string,
    readonly startOffset: number,
    readonly endOffset: number,
    private readonly lines: LineMap,
    readonly payload: Payload | undefined,
  ) {
    this.tokenTypeIdx = tokenType.tokenTypeIdx!;
  }

  get startLine(): number {
    return this.lines.line(this.startOffset);
  }

  get endLine(): number {
    return this.lines.line(Math.max(this.startOffset, this.endOffset));
  }

  get startColumn(): number {
    return this.lines.column(this.startOffset, this.startLine);
  }

  get endColumn(): number {
    return this.lines.column(this.endOffset, this.endLine);
  }
}

export interface LexError {
  errorId: string;
  message: string;
  start: number;
  end: number;
}

/** A comment's span, kept for syntax highlighting. */
export interface CommentSpan {
  start: number;
  end: number;
}
