// Dash operators by precedence level (lower-case spelling without the dash).

import type { TokenType } from 'chevrotain';
import { DashBitwise, DashComparison, DashFormat, DashLogical, DashNot, DashSplitJoin } from './tokens.js';

const comparisonBases = ['eq', 'ne', 'gt', 'ge', 'lt', 'le', 'like', 'notlike', 'match', 'notmatch', 'contains', 'notcontains', 'in', 'notin', 'replace'];

export const dashOperators = new Map<string, TokenType>();
for (const base of comparisonBases) {
  dashOperators.set(base, DashComparison);
  dashOperators.set('c' + base, DashComparison);
  dashOperators.set('i' + base, DashComparison);
}
for (const op of ['is', 'isnot', 'as', 'shl', 'shr']) dashOperators.set(op, DashComparison);
for (const op of ['split', 'csplit', 'isplit', 'join']) dashOperators.set(op, DashSplitJoin);
for (const op of ['and', 'or', 'xor']) dashOperators.set(op, DashLogical);
for (const op of ['band', 'bor', 'bxor']) dashOperators.set(op, DashBitwise);
dashOperators.set('f', DashFormat);
dashOperators.set('not', DashNot);
dashOperators.set('bnot', DashNot);

/** Unary dash operators that may start an expression. */
export const unaryDashOperators = new Set(['not', 'bnot', 'split', 'csplit', 'isplit', 'join']);
