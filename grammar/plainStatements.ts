// Statements that cannot hold a parse error, recognised from their tokens alone. A check-only parse
// (src/lang/scriptChunks.ts checks a big script before running it) steps over them without building
// their nodes: most of an admin script is commands with plain arguments, assignments of their output,
// and simple expressions, with one plain pipeline in `( )`, `$( )` or `@( )` counting as a value.
// `-not`/`!` before an operand and `$( )` parts of strings holding plain statements are plain too.
// Anything not listed here (other blocks, hashtables, other keywords, method calls, other unary operators,
// redirections) is left to the grammar rules, so this stays a
// conservative under-approximation: test/lang/checkOnly.test.ts compares the errors with a full parse.

import { EOF, tokenMatcher, type IToken, type TokenType } from 'chevrotain';
import * as T from './tokens.js';
import type { PsToken } from './tokenInfo.js';

type Lookahead = (k: number) => IToken;

/** Values that may stand alone: an operand of an expression or a command argument. */
const valueTypes = new Set<TokenType>([T.Variable, T.StringLit, T.ExpandableStringLit, T.NumberLit]);
/** `(`, `$(` and `@(` around one plain pipeline are a plain value too. */
const openParens = new Set<TokenType>([T.LParen, T.DollarParen, T.AtParen]);
/** Command arguments besides values and parameters. */
const wordTypes = new Set<TokenType>([T.Bareword, T.CommandName, T.SplatVariable]);

/** What `la` reads past the end of a string's `$( )` tokens. */
const endOfTokens = { tokenType: EOF } as IToken;

/**
 * A string or bareword with a `$( )` part that is not a list of plain statements: its statements are
 * parsed (after the statement holding it) and may hold errors.
 */
function hasSubExpressionToParse(tok: IToken): boolean {
  const p = (tok as PsToken).payload;
  if (p === undefined || p.kind !== 'string' || p.parts === undefined) return false;
  return p.parts.some((part) => typeof part !== 'string' && part.kind === 'sub' && !plainListEnd((k) => part.tokens[k - 1] ?? endOfTokens, 1, EOF));
}

/**
 * The number of tokens of the plain statement at `la(1)`, or 0 when it is not one. A plain statement
 * is an optional assignment target (`$x =`, `$x.Name +=`), then a pipeline of a plain expression or a
 * plain command followed by plain commands; or an `if`/`foreach` whose conditions are plain pipelines
 * and whose blocks hold only plain statements; a bare `break`/`continue`; `return`, `throw` or `exit`
 * with or without a plain pipeline. It is ended by a token
 * that ends any statement (a newline, `;`, a closing bracket, the end of the text). What follows is
 * the caller's business: it sees the same next token whether the statement was stepped over or parsed.
 */
export function plainStatementLength(la: Lookahead): number {
  const k = plainStatementEnd(la, 1);
  if (!k) return 0;
  const end = la(k);
  return end.tokenType === EOF || tokenMatcher(end, T.StatementEnd) ? k - 1 : 0;
}

/** A plain statement at k, whatever follows it: the index past it, or 0. */
function plainStatementEnd(la: Lookahead, k: number): number {
  const type = la(k).tokenType;
  if (type === T.If) return plainIfEnd(la, k);
  if (type === T.Foreach) return plainForeachEnd(la, k);
  if (type === T.Break || type === T.Continue) return k + 1;
  if (type === T.Return || type === T.Throw || type === T.Exit) {
    const value = la(k + 1);
    return value.tokenType === EOF || tokenMatcher(value, T.StatementEnd) ? k + 1 : plainPipelineEnd(la, k + 1);
  }
  if (type === T.Variable) {
    // `$a++ = 1` is not a valid target (an error): a target's tail has no `++`/`--`.
    const afterTarget = memberTail(la, k + 1, false);
    if (afterTarget && tokenMatcher(la(afterTarget), T.AssignOp)) k = afterTarget + 1;
  }
  return plainPipelineEnd(la, k);
}

/** `if (plain) {plain}`, then any `elseif (plain) {plain}` and an `else {plain}`, each maybe after newlines. */
function plainIfEnd(la: Lookahead, k: number): number {
  k = plainBlockEnd(la, plainConditionEnd(la, k + 1));
  while (k) {
    let next = k;
    while (la(next).tokenType === T.NewLine) next++;
    const type = la(next).tokenType;
    if (type === T.ElseIf) k = plainBlockEnd(la, plainConditionEnd(la, next + 1));
    else return type === T.Else ? plainBlockEnd(la, next + 1) : k;
  }
  return 0;
}

/** `foreach ($name in plain) {plain}` (no flags): the index past it, or 0. */
function plainForeachEnd(la: Lookahead, k: number): number {
  if (la(k + 1).tokenType !== T.LParen || la(k + 2).tokenType !== T.Variable || la(k + 3).tokenType !== T.In) return 0;
  return plainBlockEnd(la, closingParenEnd(la, plainPipelineEnd(la, k + 4)));
}

/** `( plain pipeline )` at k, newlines allowed inside: the index past it, or 0 (also for k = 0). */
function plainConditionEnd(la: Lookahead, k: number): number {
  if (!k || la(k).tokenType !== T.LParen) return 0;
  k++;
  while (la(k).tokenType === T.NewLine) k++;
  return closingParenEnd(la, plainPipelineEnd(la, k));
}

/** Newlines, then `)` at k: the index past it, or 0 (also for k = 0). */
function closingParenEnd(la: Lookahead, k: number): number {
  if (!k) return 0;
  while (la(k).tokenType === T.NewLine) k++;
  return la(k).tokenType === T.RParen ? k + 1 : 0;
}

/** Newlines, then `{ plain statements }` at k: the index past the `}`, or 0 (also for k = 0). */
function plainBlockEnd(la: Lookahead, k: number): number {
  if (!k) return 0;
  while (la(k).tokenType === T.NewLine) k++;
  return la(k).tokenType === T.LCurly ? plainListEnd(la, k + 1, T.RCurly) : 0;
}

/** Plain statements separated by newlines and `;`, then `closer` at k: the index past the closer, or 0. */
function plainListEnd(la: Lookahead, k: number, closer: TokenType): number {
  for (;;) {
    while (tokenMatcher(la(k), T.Terminator)) k++;
    if (la(k).tokenType === closer) return k + 1;
    k = plainStatementEnd(la, k);
    if (!k || !(tokenMatcher(la(k), T.Terminator) || la(k).tokenType === closer)) return 0;
  }
}

/** A plain expression or command at k, then plain commands after `|`: the index past them, or 0. */
function plainPipelineEnd(la: Lookahead, k: number): number {
  k = la(k).tokenType === T.CommandName ? plainCommandEnd(la, k) : plainExpressionEnd(la, k);
  while (k && la(k).tokenType === T.Pipe && la(k + 1).tokenType === T.CommandName) k = plainCommandEnd(la, k + 1);
  return k;
}

/**
 * After `.Name`, `[plain index]` (any number of them) and, when `post`, a `++`/`--` written against
 * them, following an operand at k - 1: the index past them, or 0 for a method call or anything else
 * that binds to the operand.
 */
function memberTail(la: Lookahead, k: number, post = true): number {
  for (;;) {
    const type = la(k).tokenType;
    if (type === T.Dot) {
      if (la(k + 1).tokenType !== T.MemberName) return 0;
      k += 2;
    } else if (type === T.LBracket) {
      const index = plainExpressionEnd(la, k + 1);
      if (!index || la(index).tokenType !== T.RBracket) return 0;
      k = index + 1;
    } else break;
  }
  const op = la(k);
  if (post && (op.tokenType === T.PlusPlus || op.tokenType === T.MinusMinus) && op.startOffset === la(k - 1).endOffset! + 1) k++;
  return tokenMatcher(la(k), T.PostfixStart) || la(k).tokenType === T.LParen ? 0 : k;
}

/** A plain value at k with its member tail: the index past it, or 0. */
function plainValueEnd(la: Lookahead, k: number): number {
  const tok = la(k);
  if (openParens.has(tok.tokenType)) {
    const inner = plainPipelineEnd(la, k + 1);
    return inner && la(inner).tokenType === T.RParen ? memberTail(la, inner + 1) : 0;
  }
  if (!valueTypes.has(tok.tokenType) || hasSubExpressionToParse(tok)) return 0;
  return memberTail(la, k + 1);
}

/** Plain operands joined by binary operators and commas (`"{0}" -f $a.Name, 5`): the index past it, or 0. */
function plainExpressionEnd(la: Lookahead, k: number): number {
  k = plainOperandEnd(la, k);
  while (k && (la(k).tokenType === T.Comma || tokenMatcher(la(k), T.BinaryOp))) k = plainOperandEnd(la, k + 1);
  return k;
}

/** A plain value after any `-not` and `!` (an expression's operand, never a command argument): the index past it, or 0. */
function plainOperandEnd(la: Lookahead, k: number): number {
  for (let type = la(k).tokenType; type === T.DashNot || type === T.Exclaim; type = la(k).tokenType) k++;
  return plainValueEnd(la, k);
}

/** A command name at k and its plain elements: the index past them, or 0. */
function plainCommandEnd(la: Lookahead, k: number): number {
  if (hasSubExpressionToParse(la(k))) return 0;
  for (k++; ; ) {
    const tok = la(k);
    if (tok.tokenType === T.Parameter) {
      if (!(tok as PsToken & { payload: { colon: boolean } }).payload.colon) k++;
      else if (!(k = plainArgumentEnd(la, k + 1))) return 0;
    } else if (valueTypes.has(tok.tokenType) || wordTypes.has(tok.tokenType) || openParens.has(tok.tokenType)) {
      if (!(k = plainArgumentEnd(la, k))) return 0;
    } else return k;
  }
}

/** A command argument at k, with commas joining more (`A, B`): the index past it, or 0. */
function plainArgumentEnd(la: Lookahead, k: number): number {
  for (;;) {
    const tok = la(k);
    if (wordTypes.has(tok.tokenType)) {
      if (hasSubExpressionToParse(tok)) return 0;
      k++;
      // A word is never followed by member access; a splat that is belongs to the rules.
      if (tokenMatcher(la(k), T.PostfixStart)) return 0;
    } else if (!(k = plainValueEnd(la, k))) return 0;
    if (la(k).tokenType !== T.Comma) return k;
    k++;
  }
}
