// Arithmetic, bitwise, range, -join, -f, -is/-as and unary operators with PowerShell semantics
// (the left operand decides: strings concatenate, arrays grow, hashtables merge, numbers add).

import { ErrorRecord, PSRuntimeError } from '../errors.js';
import { innerExceptionTypes } from '../runtime/exceptionTypes.js';
import { dotNetTypeName, isEnumerable, isNull, toBool, toList, toNumber, toPsNumber, toStr } from '../runtime/convert.js';
import { type PsNumber, isNumeric, numericTypeName, toDoubleValue } from '../runtime/numbers.js';
import { ArithmeticFailure, type ArithmeticOp, type BitwiseOp, arithmetic, bitwise, bitwiseNot, negate } from '../runtime/arithmetic.js';
import { comparisonOperator, parseComparisonOp, COMPARISON_OPS } from './compare.js';
import { unarySplit } from './split.js';
export { comparisonOperator };
import { formatOperator } from './format.js';
import { convertToType, isOfType, resolveType, type ResolvedType } from '../runtime/types.js';
import { roundHalfEven } from '../runtime/numberText.js';
import { TypeValue } from '../runtime/valueTypes.js';
import { PSArrayList, PSHashtable, TimeSpan } from '../runtime/values.js';
import { CharValue } from '../runtime/charValue.js';

const ARITHMETIC_OPS: ReadonlySet<string> = new Set(['+', '-', '*', '/', '%']);

export function methodNotFound(target: unknown, method: string): PSRuntimeError {
  return new PSRuntimeError(
    new ErrorRecord({
      message: `Method invocation failed because [${dotNetTypeName(target)}] does not contain a method named '${method}'.`,
      category: 'InvalidOperation',
      errorId: 'MethodNotFound',
      targetName: '',
      targetType: '',
    }),
  );
}

export function divideByZero(): PSRuntimeError {
  const record = new ErrorRecord({ message: 'Attempted to divide by zero.', category: 'NotSpecified', errorId: 'RuntimeException', targetName: '', targetType: '' });
  innerExceptionTypes.set(record, 'System.DivideByZeroException');
  return new PSRuntimeError(record);
}

/** The type a non-number operand converts to, named in conversion errors: the other operand's, or Int32. */
function numberTypeName(n: unknown): string {
  return isNumeric(n) ? numericTypeName(n) : 'System.Int32';
}

/** Arithmetic on two operands already known to be numeric (or converted to numbers), with PowerShell's errors. */
function numeric(op: ArithmeticOp, l: unknown, r: unknown): PsNumber {
  const a = isNumeric(l) ? l : toPsNumber(l, numberTypeName(r));
  const b = isNumeric(r) ? r : toPsNumber(r, numberTypeName(l));
  try {
    return arithmetic(op, a, b);
  } catch (e) {
    throw arithmeticError(e);
  }
}

function arithmeticError(e: unknown): unknown {
  if (!(e instanceof ArithmeticFailure)) return e;
  if (e.kind === 'divideByZero') return divideByZero();
  const record = new ErrorRecord({ message: e.message, category: 'NotSpecified', errorId: 'RuntimeException', targetName: '', targetType: '' });
  innerExceptionTypes.set(record, 'System.OverflowException');
  return new PSRuntimeError(record);
}

function add(l: unknown, r: unknown): unknown {
  if (isNull(l)) {
    if (isEnumerable(r)) return [...toList(r)];
    return isNull(r) ? null : r;
  }
  if (typeof l === 'string') return l + toStr(r);
  if (isNumeric(l)) return numeric('+', l, r);
  if (Array.isArray(l) || l instanceof PSArrayList) return isEnumerable(r) ? [...toList(l), ...toList(r)] : [...toList(l), r];
  if (l instanceof PSHashtable) return addHashtables(l, r);
  if (l instanceof Date) {
    if (r instanceof TimeSpan) return new Date(l.getTime() + r.totalMilliseconds);
    if (isNumeric(r)) return new Date(l.getTime() + toDoubleValue(r) / 10_000);
  }
  if (l instanceof TimeSpan && r instanceof TimeSpan) return new TimeSpan(l.ticks + r.ticks);
  if (typeof l === 'boolean') return numeric('+', l ? 1 : 0, r);
  throw methodNotFound(l, 'op_Addition');
}

function addHashtables(l: PSHashtable, r: unknown): PSHashtable {
  if (!(r instanceof PSHashtable)) {
    throw new PSRuntimeError(
      new ErrorRecord({ message: 'A hash table can only be added to another hash table.', category: 'InvalidOperation', errorId: 'AddHashTableToNonHashTable' }),
    );
  }
  const out = l.clone();
  for (const [k, v] of r.entries()) {
    if (!out.add(k, v)) {
      throw new PSRuntimeError(
        new ErrorRecord({
          message: `Item has already been added. Key in dictionary: '${toStr(k)}'  Key being added: '${toStr(k)}'`,
          category: 'NotSpecified',
          errorId: 'ArgumentException',
          exceptionType: 'System.ArgumentException',
        }),
      );
    }
  }
  return out;
}

function subtract(l: unknown, r: unknown): unknown {
  if (l instanceof Date) {
    if (r instanceof Date) return TimeSpan.fromMilliseconds(l.getTime() - r.getTime());
    if (r instanceof TimeSpan) return new Date(l.getTime() - r.totalMilliseconds);
  }
  if (l instanceof TimeSpan && r instanceof TimeSpan) return new TimeSpan(l.ticks - r.ticks);
  if (isEnumerable(l) || l instanceof PSHashtable || (typeof l === 'object' && l !== null && !isNumeric(l))) throw methodNotFound(l, 'op_Subtraction');
  return numeric('-', l, r);
}

function multiply(l: unknown, r: unknown): unknown {
  if (typeof l === 'string') {
    const n = toNumber(r);
    return n <= 0 ? '' : l.repeat(roundHalfEven(n));
  }
  if (isEnumerable(l)) {
    const items = toList(l);
    const n = roundHalfEven(toNumber(r));
    const out: unknown[] = [];
    for (let i = 0; i < n; i++) out.push(...items);
    return out;
  }
  if (typeof l === 'object' && l !== null && !isNumeric(l)) throw methodNotFound(l, 'op_Multiply');
  return numeric('*', l, r);
}

function divide(l: unknown, r: unknown, op: '/' | '%'): unknown {
  if (typeof l === 'object' && l !== null && !(l instanceof TimeSpan) && !isNumeric(l)) throw methodNotFound(l, op === '/' ? 'op_Division' : 'op_Modulus');
  return numeric(op, l, r);
}

function toInteger(v: unknown): number {
  return roundHalfEven(toNumber(v));
}

function bitwiseOperator(op: BitwiseOp, l: unknown, r: unknown): PsNumber {
  try {
    return bitwise(op, toPsNumber(l), toPsNumber(r));
  } catch (e) {
    throw arithmeticError(e);
  }
}

/** `a..b`: every integer from a to b, either direction. */
export function range(l: unknown, r: unknown): number[] {
  const a = toInteger(l);
  const b = toInteger(r);
  const n = Math.abs(b - a) + 1;
  if (n > 50_000_000) {
    throw new PSRuntimeError(
      new ErrorRecord({ message: 'The range is too large.', category: 'InvalidOperation', errorId: 'RangeTooLarge' }),
    );
  }
  const out = new Array<number>(n);
  const step = a <= b ? 1 : -1;
  for (let i = 0; i < n; i++) out[i] = a + i * step;
  return out;
}

function typeOperand(r: unknown): ResolvedType {
  if (r instanceof TypeValue) return r.resolved as ResolvedType;
  const text = toStr(r).replace(/^\[|\]$/g, '');
  const isArray = text.endsWith('[]');
  const name = isArray ? text.slice(0, -2) : text;
  return resolveType({ text, name, genericArguments: [], isArray });
}

/** `-as`: conversion that gives $null instead of an error. */
export function asOperator(l: unknown, r: unknown): unknown {
  const t = typeOperand(r);
  try {
    return convertToType(l, t);
  } catch {
    return null;
  }
}

export function isComparisonOp(op: string): boolean {
  return COMPARISON_OPS.has(parseComparisonOp(op).base);
}

/** Every binary operator except comparisons (see comparisonOperator) and the short-circuit -and / -or. */
export function binaryOperator(op: string, l: unknown, r: unknown): unknown {
  // A char on the left of arithmetic is its code point (`[char]'a' + 1` is 98).
  if (l instanceof CharValue && ARITHMETIC_OPS.has(op)) return binaryOperator(op, l.code, r);
  switch (op) {
    case '+':
      return add(l, r);
    case '-':
      return subtract(l, r);
    case '*':
      return multiply(l, r);
    case '/':
    case '%':
      return divide(l, r, op);
    case '..':
      return range(l, r);
    case '-f':
      return formatOperator(toStr(l), isEnumerable(r) ? toList(r) : [r]);
    case '-join':
      return isEnumerable(l) ? toList(l).map(toStr).join(toStr(r)) : toStr(l);
    case '-xor':
      return toBool(l) !== toBool(r);
    case '-band':
    case '-bor':
    case '-bxor':
    case '-shl':
    case '-shr':
      return bitwiseOperator(op, l, r);
    case '-is':
      return isOfType(l, typeOperand(r));
    case '-isnot':
      return !isOfType(l, typeOperand(r));
    case '-as':
      return asOperator(l, r);
  }
  if (isComparisonOp(op)) return comparisonOperator(op, l, r).value;
  throw new PSRuntimeError(new ErrorRecord({ message: `The operator '${op}' is not supported.`, category: 'InvalidOperation', errorId: 'OperatorNotSupported' }));
}

/** Unary operators except ++/-- (which assign). */
export function unaryOperator(op: string, v: unknown): unknown {
  switch (op) {
    case '-not':
    case '!':
      return !toBool(v);
    case '-':
      if (v instanceof TimeSpan) return new TimeSpan(-v.ticks);
      return negate(toPsNumber(v));
    case '+':
      return toPsNumber(v);
    case '-bnot':
      try {
        return bitwiseNot(toPsNumber(v));
      } catch (e) {
        throw arithmeticError(e);
      }
    case ',':
      return [v];
    case '-split':
      return unarySplit(v);
    case '-join':
      return toList(v).map(toStr).join('');
    default:
      throw new PSRuntimeError(new ErrorRecord({ message: `The operator '${op}' is not supported.`, category: 'InvalidOperation', errorId: 'OperatorNotSupported' }));
  }
}

export { convertToType };
