// Script functions, filters and script blocks: CmdletMetadata built from the param() block (so the
// binder binds them like cmdlets), and the processor that runs begin/process/end in a function scope.

import type { AttributeAst, ExpressionAst, FunctionDefinitionAst, ParameterAst, ScriptBlockAst } from '../../lang/ast.js';
import type { CmdletMetadata, ParameterMetadata, ParameterSetMembership, PipelineInput } from '../cmdlet.js';
import { isNull, toBool, toStr } from '../runtime/convert.js';
import { evalExpr, evalSync, isPure } from '../eval/expressions.js';
import { convertToType, resolveType } from '../runtime/types.js';
import type { EvaluatorApi } from '../eval/evaluatorApi.js';
import type { ScriptFunction } from '../session/scope.js';
import { ALL_PARAMETER_SETS, parameter } from '../parameterMetadata.js';

const ALL_SETS = ALL_PARAMETER_SETS;

export interface FunctionShape {
  metadata: CmdletMetadata;
  /** [CmdletBinding()] or any [Parameter()]: common parameters, strict binding. */
  advanced: boolean;
  parameters: ParameterAst[];
}

const shapes = new WeakMap<object, FunctionShape>();

export function defineFunction(ev: EvaluatorApi, def: FunctionDefinitionAst): void {
  const fn: ScriptFunction = { name: def.name, isFilter: def.isFilter, ast: def };
  const scope = /^(global|script):/i.test(def.name) ? (def.name.toLowerCase().startsWith('global:') ? ev.global : ev.scope.script) : ev.scope;
  fn.name = def.name.replace(/^(global|script|local):/i, '');
  scope.defineFunction(fn);
}

function attrName(a: AttributeAst): string {
  return a.typeName.toLowerCase().replace(/^system\.management\.automation\./, '').replace(/attribute$/, '');
}

function constValue(ev: EvaluatorApi, e: ExpressionAst | undefined): unknown {
  if (!e) return true;
  return isPure(e) ? evalSync(ev, e) : undefined;
}

function named(ev: EvaluatorApi, a: AttributeAst, name: string): unknown {
  const n = a.namedArguments.find((x) => x.name.toLowerCase() === name);
  return n ? constValue(ev, n.value) : undefined;
}

/** The shape of a function or script block, cached per AST node. */
export function functionShape(ev: EvaluatorApi, name: string, body: ScriptBlockAst, extraParams: ParameterAst[] = []): FunctionShape {
  let shape = shapes.get(body);
  if (shape) return shape;
  const parameters = body.param?.parameters ?? extraParams;
  const blockAttrs = [...body.attributes, ...(body.param?.attributes ?? [])];
  const binding = blockAttrs.find((a) => attrName(a) === 'cmdletbinding');
  const advanced = !!binding || parameters.some((p) => p.attributes.some((a) => a.kind === 'Attribute' && attrName(a) === 'parameter'));
  const anyExplicitPosition = parameters.some((p) => p.attributes.some((a) => a.kind === 'Attribute' && attrName(a) === 'parameter' && named(ev, a, 'position') !== undefined));
  const setNames = new Set<string>();
  let nextPosition = 0;
  const params: ParameterMetadata[] = parameters.map((p) => {
    const m = parameterMetadata(ev, p, anyExplicitPosition ? undefined : nextPosition);
    if (!anyExplicitPosition && !m.isSwitch) nextPosition++;
    for (const s of Object.keys(m.sets)) if (s !== ALL_SETS) setNames.add(s);
    return m;
  });
  const defaultSet = binding ? toStrOrNull(named(ev, binding, 'defaultparametersetname')) : null;
  const metadata: CmdletMetadata = {
    name,
    verb: name.includes('-') ? name.split('-')[0]! : '',
    noun: name.includes('-') ? name.split('-').slice(1).join('-') : name,
    defaultParameterSet: defaultSet ?? (setNames.size ? null : ALL_SETS),
    // A default set no parameter names (DefaultParameterSetName="none") still exists: it is chosen when
    // no set-specific parameter is given.
    parameterSets: setNames.size || defaultSet ? [...new Set([...setNames, ...(defaultSet ? [defaultSet] : [])])] : [ALL_SETS],
    supportsShouldProcess: binding ? toBool(named(ev, binding, 'supportsshouldprocess')) : false,
    parameters: params,
    className: name,
    module: '',
  };
  shape = { metadata, advanced, parameters };
  shapes.set(body, shape);
  return shape;
}

function toStrOrNull(v: unknown): string | null {
  return isNull(v) ? null : toStr(v);
}

function parameterMetadata(ev: EvaluatorApi, p: ParameterAst, implicitPosition: number | undefined): ParameterMetadata {
  let typeText = 'Object';
  let isArray = false;
  const aliases: string[] = [];
  let validateSet: string[] | undefined;
  const sets: Record<string, ParameterSetMembership> = {};
  let pipeline: PipelineInput = 'False';
  for (const a of p.attributes) {
    if (a.kind === 'TypeConstraint') {
      typeText = a.typeName.isArray ? a.typeName.text.replace(/\[\]$/, '') : a.typeName.text;
      isArray = a.typeName.isArray;
      continue;
    }
    const n = attrName(a);
    const positional = a.positionalArguments.map((x) => constValue(ev, x));
    if (n === 'alias') aliases.push(...positional.flatMap((v) => (Array.isArray(v) ? v : [v])).map(toStr));
    else if (n === 'validateset') validateSet = positional.flatMap((v) => (Array.isArray(v) ? v : [v])).map(toStr);
    else if (n === 'parameter') {
      const setName = toStrOrNull(named(ev, a, 'parametersetname')) ?? ALL_SETS;
      const position = named(ev, a, 'position');
      sets[setName] = { required: toBool(named(ev, a, 'mandatory') ?? false), position: position === undefined ? null : Number(position) };
      const byValue = toBool(named(ev, a, 'valuefrompipeline') ?? false);
      const byName = toBool(named(ev, a, 'valuefrompipelinebypropertyname') ?? false);
      if (byValue && byName) pipeline = 'True (ByPropertyName, ByValue)';
      else if (byValue) pipeline = 'True (ByValue)';
      else if (byName) pipeline = 'True (ByPropertyName)';
    }
  }
  const meta = parameter({ name: p.name, type: typeText, isArray, aliases, sets: Object.keys(sets).length ? sets : undefined, pipeline, validateSet });
  if (implicitPosition !== undefined && !meta.isSwitch) {
    for (const s of Object.values(meta.sets)) if (s.position === null) s.position = implicitPosition;
  }
  return meta;
}

/** The value an unbound parameter starts with: its default, else its type's empty value. */
export function unboundParameterValue(ev: EvaluatorApi, p: ParameterAst, meta: ParameterMetadata): unknown | Promise<unknown> {
  if (p.defaultValue) return evalExpr(ev, p.defaultValue);
  if (meta.isSwitch) return false;
  if (meta.type === 'Object' || meta.isArray) return null;
  try {
    return convertToType(null, resolveType({ text: meta.type, name: meta.type, genericArguments: [], isArray: false }));
  } catch {
    return null;
  }
}
