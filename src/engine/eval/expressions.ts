// Expression evaluation. Expressions that cannot run a command or a script block ("pure" ones, the
// vast majority: `$x + 1`, `"name $a"`, `$u.SipAddress`) are evaluated synchronously, which keeps
// loops cheap; the others go through the async path. Both share the value-level helpers.

import type { ExpressionAst, HashtableAst, StatementAst, VariableExpressionAst } from '../../lang/ast.js';
import { AutomationNull, PSArrayList, PSHashtable, PSObject, ScriptBlockValue } from '../runtime/values.js';
import { elementToStr, isNull, toBool, toStr } from '../runtime/convert.js';
import { binaryOperator, comparisonOperator, isComparisonOp, unaryOperator } from '../operators/apply.js';
import { convertToType, resolveType } from '../runtime/types.js';
import { RefValue, TypeValue } from '../runtime/valueTypes.js';
import { withExtent } from './errors.js';
import { splitRequest, splitWithPattern, splitWithPredicate } from '../operators/split.js';

const SPLIT_OPS = new Set(['-split', '-isplit', '-csplit']);
import { callMethod, getMember, indexValue } from '../members/access.js';
import { PropertyInfoValue } from '../members/memberInfo.js';
import { callStatic, getStaticMember } from '../statics/access.js';
import { castToStream, isStreamType } from '../statics/streams.js';
import { incrementAsync, incrementSync, writeVariable } from './assign.js';
import type { EvaluatorApi } from './evaluatorApi.js';
import type { ConstantAst, TypeName } from '../../lang/ast.js';
import { parseNumberText } from '../runtime/numberText.js';

const constants = new WeakMap<ConstantAst, unknown>();

/** A numeric literal's typed value (`5.0` Double, `1l` Int64, `1.10d` Decimal), read once per literal. */
function constantValue(e: ConstantAst): unknown {
  let v = constants.get(e);
  if (v === undefined) {
    v = parseNumberText(e.text) ?? e.value;
    constants.set(e, v);
  }
  return v;
}

/** Methods that run script blocks or ask the host: they need the asynchronous path. */
const ASYNC_METHODS = new Set(['foreach', 'where', 'invoke', 'invokereturnasis', 'shouldprocess', 'shouldcontinue', 'readline', 'promptforchoice']);
const pureCache = new WeakMap<ExpressionAst, boolean>();

/**
 * Thrown by the synchronous path when a member turns out to run a script block (a script method, or
 * a script property that is not a plain expression): the expression is evaluated again on the
 * asynchronous path. Pure expressions have no effects except ++/--, so only those could repeat.
 */
export class NeedsAsync extends Error {}

/** True when reading `name` (or, for a method call, calling it) on `target` runs a script block. */
function runsScript(target: unknown, name: string, call: boolean): boolean {
  if (target instanceof PropertyInfoValue) return !call && name.toLowerCase() === 'value' && target.runsScript;
  if (!(target instanceof PSObject)) return false;
  const p = target.getProperty(name);
  if (!p) return false;
  return call ? p.memberType === 'ScriptMethod' : p.asyncGetter !== undefined;
}

/** True when evaluating `e` can never run a command or a script block. */
export function isPure(e: ExpressionAst): boolean {
  // Leaves answer at once: remembering them (a script's every argument) would cost more than the answer.
  if (e.kind === 'StringConstant' || e.kind === 'Variable' || e.kind === 'Constant') return true;
  let p = pureCache.get(e);
  if (p === undefined) {
    p = computePure(e);
    pureCache.set(e, p);
  }
  return p;
}

export function isPureStatement(s: StatementAst): boolean {
  return s.kind === 'Pipeline' && s.elements.length === 1 && s.elements[0]!.kind === 'CommandExpression' && s.elements[0]!.redirections.length === 0 && isPure(s.elements[0]!.expression);
}

function computePure(e: ExpressionAst): boolean {
  switch (e.kind) {
    case 'Constant':
    case 'StringConstant':
    case 'Variable':
    case 'TypeExpression':
    case 'ScriptBlockExpression':
      return true;
    case 'ExpandableString':
      return e.parts.every((p) => typeof p === 'string' || isPure(p));
    case 'ArrayLiteral':
      return e.elements.every(isPure);
    case 'Unary':
    case 'Convert':
      return isPure(e.operand);
    case 'Binary':
      // -split may call a script-block delimiter, which only the async path can run.
      return !SPLIT_OPS.has(e.operator.toLowerCase()) && isPure(e.left) && isPure(e.right);
    case 'Member':
      return isPure(e.target) && isPure(e.member);
    case 'Index':
      return isPure(e.target) && isPure(e.index);
    case 'InvokeMember':
      return e.member.kind === 'StringConstant' && !ASYNC_METHODS.has(e.member.value.toLowerCase()) && isPure(e.target) && e.arguments.every(isPure);
    case 'Hashtable':
      return e.entries.every((en) => isPure(en.key) && isPureStatement(en.value));
    case 'Paren':
      return isPureStatement(e.pipeline);
    default:
      return false;
  }
}

// ---------------------------------------------------------------------------------------------
// Variables

/** A variable's value in an expression: a variable holding "no output" reads as $null. */
export function readVariable(ev: EvaluatorApi, v: VariableExpressionAst): unknown {
  const value = readStoredVariable(ev, v);
  return value === AutomationNull ? null : value;
}

/**
 * What a pipeline's first element yields: a bare variable keeps "no output" (AutomationNull, stored by
 * `$a = & {}`), so `$a | …` and `@($a)` see nothing while `$a -eq $null` still sees $null.
 */
export function pipelineExpressionValue(ev: EvaluatorApi, e: ExpressionAst): unknown {
  return e.kind === 'Variable' ? readStoredVariable(ev, e) : evalExpr(ev, e);
}

function readStoredVariable(ev: EvaluatorApi, v: VariableExpressionAst): unknown {
  const lower = v.name.toLowerCase();
  switch (v.scope) {
    case undefined:
    case 'variable':
    case 'using':
    case 'local':
      break;
    case 'env':
      return ev.env.get(v.name) ?? null;
    case 'global': {
      const g = ev.global.vars.get(lower);
      return g ? (g.getter ? g.getter() : g.value) : null;
    }
    case 'script': {
      const s = ev.scope.script.vars.get(lower);
      return s ? (s.getter ? s.getter() : s.value) : null;
    }
    case 'private': {
      const p = ev.scope.vars.get(lower);
      return p ? p.value : null;
    }
    default:
      return null;
  }
  switch (lower) {
    case 'true':
      return true;
    case 'false':
      return false;
    case 'null':
      return null;
    case '?':
      return ev.lastSuccess;
    case 'psitem':
      return lookupValue(ev, '_');
  }
  if (v.scope === 'local') {
    const own = ev.scope.vars.get(lower);
    return own ? own.value : null;
  }
  return lookupValue(ev, lower);
}

function lookupValue(ev: EvaluatorApi, lower: string): unknown {
  const found = ev.scope.lookup(lower);
  if (!found) return null;
  return found.getter ? found.getter() : found.value;
}

// ---------------------------------------------------------------------------------------------
// Shared value-level steps

/** A value inside a double-quoted string: collections are joined with $OFS (a space by default). */
function interpolate(ev: EvaluatorApi, v: unknown): string {
  if (!Array.isArray(v) && !(v instanceof PSArrayList)) return toStr(v);
  const ofs = ev.scope.lookup('ofs');
  const sep = ofs ? toStr(ofs.value) : ' ';
  return (Array.isArray(v) ? v : v.items).map(elementToStr).join(sep);
}

function expandParts(ev: EvaluatorApi, parts: (string | ExpressionAst)[], values: unknown[]): string {
  let s = '';
  let j = 0;
  for (const p of parts) s += typeof p === 'string' ? p : interpolate(ev, values[j++]);
  return s;
}

function binaryValues(ev: EvaluatorApi, op: string, l: unknown, r: unknown): unknown {
  if (isComparisonOp(op)) {
    const res = comparisonOperator(op, l, r);
    if (res.matches) ev.scope.set('Matches', res.matches);
    return res.value;
  }
  return binaryOperator(op, l, r);
}

function convertValue(ev: EvaluatorApi, typeName: TypeName, value: unknown): unknown {
  const lower = typeName.text.toLowerCase();
  if (lower === 'void') return AutomationNull;
  if (lower === 'ordered' && value instanceof PSHashtable) {
    const h = new PSHashtable(true);
    for (const [k, v] of value.entries()) h.set(k, v);
    return h;
  }
  const type = resolveType(typeName);
  if (isStreamType(type.fullName)) return castToStream(ev.services, type.fullName, value);
  return convertToType(value, type);
}

function referenceTo(ev: EvaluatorApi, v: VariableExpressionAst): RefValue {
  return new RefValue(undefined, () => readVariable(ev, v), (value) => writeVariable(ev, v, value));
}

export function typeValue(tn: TypeName): TypeValue {
  const r = resolveType(tn);
  return new TypeValue(r.fullName, r);
}

function hashtableFrom(keys: unknown[], values: unknown[]): PSHashtable {
  const h = new PSHashtable();
  for (let i = 0; i < keys.length; i++) h.set(keys[i], values[i]);
  return h;
}

function keyOf(key: ExpressionAst, value: unknown): unknown {
  return key.kind === 'StringConstant' ? key.value : value;
}

// ---------------------------------------------------------------------------------------------
// Synchronous path (pure expressions)

export function evalSync(ev: EvaluatorApi, e: ExpressionAst): unknown {
  switch (e.kind) {
    case 'Constant':
      return constantValue(e);
    case 'StringConstant':
      return e.value;
    case 'Variable':
      return readVariable(ev, e);
    case 'ExpandableString': {
      let s = '';
      for (const p of e.parts) s += typeof p === 'string' ? p : interpolate(ev, evalSync(ev, p));
      return s;
    }
    case 'ArrayLiteral':
      return e.elements.map((x) => evalSync(ev, x));
    case 'ScriptBlockExpression':
      return new ScriptBlockValue(e.scriptBlock, e.text, ev.scope);
    case 'TypeExpression':
      return guard(e, () => typeValue(e.typeName));
    case 'Unary':
      if (e.operator === '++' || e.operator === '--' || e.operator === 'post++' || e.operator === 'post--') return incrementSync(ev, e);
      return guard(e, () => unaryOperator(e.operator, evalSync(ev, e.operand)));
    case 'Binary': {
      if (e.operator === '-and') return toBool(evalSync(ev, e.left)) && toBool(evalSync(ev, e.right));
      if (e.operator === '-or') return toBool(evalSync(ev, e.left)) || toBool(evalSync(ev, e.right));
      const l = evalSync(ev, e.left);
      const r = evalSync(ev, e.right);
      return guard(e, () => binaryValues(ev, e.operator, l, r));
    }
    case 'Convert':
      if (e.operand.kind === 'Variable' && e.typeName.text.toLowerCase() === 'ref') return referenceTo(ev, e.operand);
      if (e.typeName.text.toLowerCase() === 'ordered' && e.operand.kind === 'Hashtable') return convertValue(ev, e.typeName, evalSync(ev, e.operand));
      return guard(e, () => convertValue(ev, e.typeName, evalSync(ev, e.operand)));
    case 'Member': {
      const name = toStr(evalSync(ev, e.member));
      if (e.static) return guard(e, () => getStaticMember(ev, staticTarget(ev, e.target), name));
      const target = evalSync(ev, e.target);
      if (runsScript(target, name, false)) throw new NeedsAsync();
      return guard(e, () => getMember(ev, target, name));
    }
    case 'InvokeMember': {
      const name = toStr(evalSync(ev, e.member));
      const args = e.arguments.map((a) => evalSync(ev, a));
      if (e.static) return guard(e, () => callStatic(ev, staticTarget(ev, e.target), name, args));
      const target = evalSync(ev, e.target);
      if (runsScript(target, name, true)) throw new NeedsAsync();
      return guard(e, () => callMethod(ev, target, name, args));
    }
    case 'Index': {
      const target = evalSync(ev, e.target);
      const index = evalSync(ev, e.index);
      return guard(e, () => indexValue(target, index));
    }
    case 'Hashtable':
      return hashtableSync(ev, e);
    case 'Paren': {
      const s = e.pipeline as Extract<StatementAst, { kind: 'Pipeline' }>;
      return evalSync(ev, (s.elements[0] as { expression: ExpressionAst }).expression);
    }
    default:
      throw new Error(`not a pure expression: ${e.kind}`);
  }
}

function hashtableSync(ev: EvaluatorApi, e: HashtableAst): PSHashtable {
  const keys: unknown[] = [];
  const values: unknown[] = [];
  for (const en of e.entries) {
    keys.push(keyOf(en.key, en.key.kind === 'StringConstant' ? undefined : evalSync(ev, en.key)));
    const s = en.value as Extract<StatementAst, { kind: 'Pipeline' }>;
    values.push(evalSync(ev, (s.elements[0] as { expression: ExpressionAst }).expression));
  }
  return hashtableFrom(keys, values);
}

function staticTarget(ev: EvaluatorApi, target: ExpressionAst): unknown {
  return target.kind === 'TypeExpression' ? typeValue(target.typeName) : evalSync(ev, target);
}

function guard<T>(e: ExpressionAst, f: () => T): T {
  try {
    return f();
  } catch (err) {
    throw withExtent(err, e.extent);
  }
}

// ---------------------------------------------------------------------------------------------
// Asynchronous path

export async function evalExpr(ev: EvaluatorApi, e: ExpressionAst): Promise<unknown> {
  if (isPure(e)) {
    try {
      return evalSync(ev, e);
    } catch (err) {
      if (!(err instanceof NeedsAsync)) throw err;
    }
  }
  switch (e.kind) {
    case 'ExpandableString': {
      const values: unknown[] = [];
      for (const p of e.parts) if (typeof p !== 'string') values.push(await evalExpr(ev, p));
      return expandParts(ev, e.parts, values);
    }
    case 'ArrayLiteral': {
      const out: unknown[] = [];
      for (const x of e.elements) out.push(await evalExpr(ev, x));
      return out;
    }
    case 'ArrayExpression':
      return ev.collectStatements(e.statements);
    case 'SubExpression': {
      const out = await ev.collectStatements(e.statements);
      return out.length === 0 ? AutomationNull : out.length === 1 ? out[0] : out;
    }
    case 'Paren':
      return parenValue(ev, e.pipeline);
    case 'Hashtable': {
      const keys: unknown[] = [];
      const values: unknown[] = [];
      for (const en of e.entries) {
        keys.push(keyOf(en.key, en.key.kind === 'StringConstant' ? undefined : await evalExpr(ev, en.key)));
        values.push(await ev.pipelineValue(en.value));
      }
      return hashtableFrom(keys, values);
    }
    case 'Unary':
      if (e.operator === '++' || e.operator === '--' || e.operator === 'post++' || e.operator === 'post--') return incrementAsync(ev, e);
      return unaryAsync(ev, e);
    case 'Binary': {
      if (e.operator === '-and') return toBool(await evalExpr(ev, e.left)) && toBool(await evalExpr(ev, e.right));
      if (e.operator === '-or') return toBool(await evalExpr(ev, e.left)) || toBool(await evalExpr(ev, e.right));
      const l = await evalExpr(ev, e.left);
      const r = await evalExpr(ev, e.right);
      if (SPLIT_OPS.has(e.operator.toLowerCase())) return splitAsync(ev, e, l, r);
      return guard(e, () => binaryValues(ev, e.operator, l, r));
    }
    case 'Convert': {
      const v = await evalExpr(ev, e.operand);
      return guard(e, () => convertValue(ev, e.typeName, v));
    }
    case 'Member': {
      const name = toStr(await evalExpr(ev, e.member));
      if (e.static) return guard(e, () => getStaticMember(ev, staticTarget(ev, e.target), name));
      const target = await evalExpr(ev, e.target);
      return guard(e, () => getMember(ev, target, name));
    }
    case 'InvokeMember': {
      const name = toStr(await evalExpr(ev, e.member));
      const target = e.static ? (e.target.kind === 'TypeExpression' ? typeValue(e.target.typeName) : await evalExpr(ev, e.target)) : await evalExpr(ev, e.target);
      const args: unknown[] = [];
      for (const a of e.arguments) args.push(await evalExpr(ev, a));
      try {
        return await (e.static ? callStatic(ev, target, name, args) : callMethod(ev, target, name, args));
      } catch (err) {
        throw withExtent(err, e.extent);
      }
    }
    case 'Index': {
      const target = await evalExpr(ev, e.target);
      const index = await evalExpr(ev, e.index);
      return guard(e, () => indexValue(target, index));
    }
    default:
      return evalSync(ev, e);
  }
}

async function splitAsync(ev: EvaluatorApi, e: ExpressionAst, l: unknown, r: unknown): Promise<unknown> {
  const op = (e as Extract<ExpressionAst, { kind: 'Binary' }>).operator.toLowerCase();
  const req = guard(e, () => splitRequest(r, op !== '-csplit'));
  if (!(req.delimiter instanceof ScriptBlockValue)) return guard(e, () => splitWithPattern(l, req));
  const invoke = (block: ScriptBlockValue, ch: string, args: unknown[]) => ev.services.invokeScriptBlock(block, { dollarUnder: ch, args });
  try {
    return await splitWithPredicate(l, req.delimiter, req.limit, invoke);
  } catch (err) {
    throw withExtent(err, e.extent);
  }
}

async function unaryAsync(ev: EvaluatorApi, e: Extract<ExpressionAst, { kind: 'Unary' }>): Promise<unknown> {
  const v = await evalExpr(ev, e.operand);
  return guard(e, () => unaryOperator(e.operator, v));
}

/** `( … )`: an assignment inside parentheses also yields the assigned value. */
async function parenValue(ev: EvaluatorApi, s: StatementAst): Promise<unknown> {
  if (s.kind === 'Assignment') {
    await ev.execStatement(s, () => {});
    const target = s.target;
    return target.kind === 'Variable' ? readVariable(ev, target) : evalExpr(ev, target);
  }
  const v = await ev.pipelineValue(s);
  return isNull(v) && v !== null ? AutomationNull : v;
}
