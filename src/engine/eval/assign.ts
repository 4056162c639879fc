// Assignment: `=` and the compound operators, to variables (scoped, typed), members, indexes and
// lists of targets (`$a, $b = 1, 2, 3`); `++` / `--` before and after.

import type { AssignmentAst, ExpressionAst, TypeName, UnaryExpressionAst, VariableExpressionAst } from '../../lang/ast.js';
import { AutomationNull } from '../runtime/values.js';
import { isEnumerable, isNull, toList, toNumber, toPsNumber, toStr } from '../runtime/convert.js';
import { isInt32Value } from '../runtime/numbers.js';
import { binaryOperator } from '../operators/apply.js';
import { convertToType, resolveType, type ResolvedType } from '../runtime/types.js';
import { evalExpr, evalSync, isPure, NeedsAsync, readVariable } from './expressions.js';
import { getMember, indexValue, setIndex, setMember } from '../members/access.js';
import { runtimeError, withExtent } from './errors.js';
import { PSRuntimeError } from '../errors.js';
import type { EvaluatorApi } from './evaluatorApi.js';
import { readOnlyVariable, type Variable } from '../session/scope.js';

interface LValue {
  get(): unknown;
  /** May return a promise (a script property's setter). */
  set(value: unknown): unknown;
}

/** Type constraints of variables declared like `[int]$x = …` (and typed parameters). */
const constraints = new WeakMap<Variable, ResolvedType>();

/** Later assignments to the variable convert to the type, as for `[int]$x = …`. */
export function constrainVariable(variable: Variable, typeName: TypeName): void {
  try {
    constraints.set(variable, resolveType(typeName));
  } catch {
    // An unknown parameter type was already reported by the binder; leave the variable unconstrained.
  }
}

/** Automatic variables no scope may assign ($null is not here: assigning it discards the value). */
const CONSTANT_AUTOMATIC = new Set(['true', 'false', '?']);

export function writeVariable(ev: EvaluatorApi, v: VariableExpressionAst, value: unknown, constraint?: TypeName): void {
  const lower = v.name.toLowerCase();
  if (lower === 'null' && !v.scope) return;
  if (v.scope === 'env') {
    if (isNull(value) || value === '') ev.env.remove(v.name);
    else ev.env.set(v.name, toStr(value));
    return;
  }
  if (CONSTANT_AUTOMATIC.has(lower)) throw readOnlyVariable(lower);
  const scope = v.scope === 'global' ? ev.global : v.scope === 'script' ? ev.scope.script : ev.scope;
  // [I] "No output" stays stored (a typed variable converts it to its type's null value instead).
  const stored = value;
  if (constraint) {
    const t = resolveType(constraint);
    const variable = scope.set(v.name, convertForVariable(stored, t), { private: v.scope === 'private' });
    constraints.set(variable, t);
    return;
  }
  const existing = scope.vars.get(lower);
  const t = existing && constraints.get(existing);
  if (existing && !existing.readOnly && !existing.constant) existing.value = t ? convertForVariable(stored, t) : stored;
  else scope.set(v.name, stored, { private: v.scope === 'private' });
}

/** A typed variable converts through its type attribute: a failure is an argument transformation error. */
function convertForVariable(value: unknown, t: ResolvedType): unknown {
  try {
    return convertToType(value, t);
  } catch (e) {
    if (!(e instanceof PSRuntimeError)) throw e;
    throw runtimeError(e.record.message, 'RuntimeException', 'MetadataError', {
      exceptionType: 'System.Management.Automation.ArgumentTransformationMetadataException',
    });
  }
}

function variableLValue(ev: EvaluatorApi, v: VariableExpressionAst, constraint?: TypeName): LValue {
  return { get: () => readVariable(ev, v), set: (value) => writeVariable(ev, v, value, constraint) };
}

async function resolveLValue(ev: EvaluatorApi, t: ExpressionAst): Promise<LValue> {
  if (isPure(t)) {
    try {
      return resolveLValueSync(ev, t);
    } catch (e) {
      if (!(e instanceof NeedsAsync)) throw e;
    }
  }
  if (t.kind === 'Member' || t.kind === 'Index') {
    const obj = await evalExpr(ev, t.target);
    const key = await evalExpr(ev, t.kind === 'Member' ? t.member : t.index);
    return memberOrIndex(ev, t, obj, key);
  }
  throw invalidTarget(t);
}

function resolveLValueSync(ev: EvaluatorApi, t: ExpressionAst): LValue {
  switch (t.kind) {
    case 'Variable':
      return variableLValue(ev, t);
    case 'Convert':
      if (t.operand.kind === 'Variable') return variableLValue(ev, t.operand, t.typeName);
      break;
    case 'Member':
    case 'Index':
      return memberOrIndex(ev, t, evalSync(ev, t.target), evalSync(ev, t.kind === 'Member' ? t.member : t.index));
  }
  throw invalidTarget(t);
}

function memberOrIndex(ev: EvaluatorApi, t: ExpressionAst, obj: unknown, key: unknown): LValue {
  if (t.kind === 'Member') {
    const name = toStr(key);
    return { get: () => getMember(ev, obj, name), set: (value) => setMember(obj, name, value) };
  }
  return { get: () => indexValue(obj, key), set: (value) => setIndex(obj, key, value) };
}

function invalidTarget(t: ExpressionAst) {
  return withExtent(runtimeError('The assignment expression is not valid. The input to an assignment operator must be an object that is able to accept assignments, such as a variable or a property.', 'InvalidLeftHandSide', 'ParserError'), t.extent);
}

const COMPOUND: Record<string, string> = { '+=': '+', '-=': '-', '*=': '*', '/=': '/', '%=': '%' };

export async function execAssignment(ev: EvaluatorApi, s: AssignmentAst): Promise<void> {
  const value = await ev.pipelineValue(s.value);
  try {
    if (s.target.kind === 'ArrayLiteral' && s.operator === '=') {
      await assignMany(ev, s.target.elements, value);
      return;
    }
    const lv = await resolveLValue(ev, s.target);
    if (s.operator === '=') await lv.set(value);
    else await lv.set(binaryOperator(COMPOUND[s.operator]!, lv.get(), value === AutomationNull ? null : value));
  } catch (e) {
    throw withExtent(e, s.extent);
  }
}

async function assignMany(ev: EvaluatorApi, targets: ExpressionAst[], value: unknown): Promise<void> {
  const values = isEnumerable(value) ? [...toList(value)] : isNull(value) ? [] : [value];
  for (let i = 0; i < targets.length; i++) {
    const lv = await resolveLValue(ev, targets[i]!);
    if (i < targets.length - 1) lv.set(i < values.length ? values[i] : null);
    else {
      const rest = values.slice(i);
      lv.set(rest.length === 0 ? null : rest.length === 1 ? rest[0] : rest);
    }
  }
}

function applyIncrement(lv: LValue, e: UnaryExpressionAst): unknown {
  const old = lv.get();
  const delta = e.operator.endsWith('++') ? 1 : -1;
  const next = typeof old === 'number' && isInt32Value(old + delta) ? old + delta : binaryOperator('+', toPsNumber(old === AutomationNull ? null : old), delta);
  lv.set(next);
  return e.operator.startsWith('post') ? (isNull(old) ? null : old) : next;
}

export function incrementSync(ev: EvaluatorApi, e: UnaryExpressionAst): unknown {
  try {
    return applyIncrement(resolveLValueSync(ev, e.operand), e);
  } catch (err) {
    throw withExtent(err, e.extent);
  }
}

export async function incrementAsync(ev: EvaluatorApi, e: UnaryExpressionAst): Promise<unknown> {
  try {
    return applyIncrement(await resolveLValue(ev, e.operand), e);
  } catch (err) {
    throw withExtent(err, e.extent);
  }
}
