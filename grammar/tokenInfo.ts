// What the scanner attaches to a token beyond its type and position.

import type { IToken } from 'chevrotain';
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
