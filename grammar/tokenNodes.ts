// AST nodes read from one token (variables, numbers, strings with their `$` parts, type names): built
// the same way by the rules and by the shortcuts (shortcuts.ts).

import type { IToken } from 'chevrotain';
import * as T from './tokens.js';
import type { Grammar } from './ruleTable.js';
import type { PsToken, StringPart } from './tokenInfo.js';
import type { AssignmentOperator, ExpandableStringAst, ExpressionAst, StatementAst, TypeName } from '../src/lang/ast.js';

export function variableOf($: Grammar, tok: IToken, splatted = false): ExpressionAst {
  return $.ACTION(() => {
    const p = (tok as PsToken).payload as { name: string; scope?: string; braced: boolean };
    return { kind: 'Variable', name: p.name, scope: p.scope, splatted, braced: p.braced, extent: $.extentOfToken(tok) } as ExpressionAst;
  });
}

/** An assignment operator as written (`=`, `+=`, …), its dash in any of the typographic forms read as `-`. */
export function assignmentOperatorOf(tok: IToken): AssignmentOperator {
  return tok.image.replace(/[\u2013-\u2015]/g, '-') as AssignmentOperator;
}

export function numberOf($: Grammar, tok: PsToken): ExpressionAst {
  const p = tok.payload as { value: number; isInteger: boolean };
  return { kind: 'Constant', value: p.value, isInteger: p.isInteger, text: tok.image, extent: $.extentOfToken(tok) } as ExpressionAst;
}

/** A bare word: a constant, or an expandable string when it has `$` parts. */
export function stringOf($: Grammar, tok: IToken): ExpressionAst {
  return $.ACTION(() => {
    const p = (tok as PsToken).payload as { value: string; parts?: StringPart[] };
    if (p.parts) return expandable($, tok as PsToken, 'bare');
    return { kind: 'StringConstant', value: p.value, quote: 'bare', extent: $.extentOfToken(tok) } as ExpressionAst;
  });
}

/** The node of a quoted string token: a constant, or an expandable string when it has `$` parts. */
export function stringLiteralOf($: Grammar, tok: PsToken): ExpressionAst {
  const p = tok.payload as { value: string; quote: 'single' | 'singleHere' | 'double' | 'doubleHere' };
  if (tok.tokenType === T.ExpandableStringLit) return expandable($, tok, p.quote as 'double' | 'doubleHere');
  return { kind: 'StringConstant', value: p.value, quote: p.quote, extent: $.extentOfToken(tok) } as ExpressionAst;
}

/** A double-quoted string or bare word with `$var` / `$( )` parts. Subexpressions are parsed after the main pass. */
function expandable($: Grammar, tok: PsToken, quote: 'double' | 'doubleHere' | 'bare'): ExpressionAst {
  const p = tok.payload as { value: string; parts?: StringPart[] };
  const parts: (string | ExpressionAst)[] = [];
  for (const part of p.parts ?? []) {
    if (typeof part === 'string') parts.push(part);
    else if (part.kind === 'var') {
      parts.push({ kind: 'Variable', name: part.name, scope: part.scope, splatted: false, braced: part.braced, extent: $.extentAt(part.start, part.end) });
    } else {
      const node = { kind: 'SubExpression' as const, statements: [] as StatementAst[], extent: $.extentAt(part.start, part.end) };
      $.pending.push({ node, tokens: part.tokens });
      parts.push(node);
    }
  }
  if (!parts.some((x) => typeof x !== 'string')) {
    return { kind: 'StringConstant', value: parts.join(''), quote, extent: $.extentOfToken(tok) };
  }
  const node: ExpandableStringAst = { kind: 'ExpandableString', value: p.value, parts, quote, extent: $.extentOfToken(tok) };
  return node;
}

/** The type name a type literal token carries. */
export function typeOf(tok: IToken): TypeName {
  return ((tok as PsToken).payload as unknown as { type: TypeName })?.type;
}
