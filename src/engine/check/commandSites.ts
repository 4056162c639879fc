// The commands of a script that `csshell check` binds: every command with its pipeline position, the
// functions the script defines, and per scope the variables assigned a literal hashtable (so `@p`
// can be checked as the parameters it will pass).

import type { CommandAst, ExpressionAst, HashtableAst } from '../../lang/ast.js';
import type { CmdletLookup } from '../../catalog/registry.js';
import { BUILTIN_ALIASES } from '../session/aliases.js';
import { ParameterTable } from '../binder/index.js';

/** Variables of one scope (the script, a function body, a script block). */
export class CheckScope {
  private readonly assigned = new Map<string, { count: number; table?: HashtableAst; at: number }>();
  private readonly spoiled = new Set<string>();

  constructor(readonly parent?: CheckScope) {}

  assign(name: string, at: number, table?: HashtableAst): void {
    const key = name.toLowerCase();
    const prev = this.assigned.get(key);
    this.assigned.set(key, { count: (prev?.count ?? 0) + 1, table, at });
  }

  spoil(name: string): void {
    this.spoiled.add(name.toLowerCase());
  }

  /**
   * [I] The hashtable `$name` surely holds at `offset`: assigned once in the nearest scope that assigns
   * it, from a literal, before `offset`, and never changed in place (member, index, method, `+=`).
   */
  literalTable(name: string, offset: number): HashtableAst | undefined {
    const key = name.toLowerCase();
    if (this.spoiled.has(key)) return undefined;
    const a = this.assigned.get(key);
    if (!a) return this.parent?.literalTable(name, offset);
    return a.count === 1 && a.table && a.at < offset ? a.table : undefined;
  }
}

export interface CommandSite {
  command: CommandAst;
  pipelinePosition: number;
  scope: CheckScope;
}

export interface ScriptCommands {
  sites: CommandSite[];
  functions: Set<string>;
  /** The cmdlets the script will find (the built-in ones). */
  cmdlets: CmdletLookup;
  /** The stretch of source the root being walked owns. */
  region: { from: number; to: number };
}

/**
 * The commands of the whole-script AST and of the parts parsed again after a syntax error
 * (src/engine/check/parseRecovery.ts): each root is read only in the stretch of source it owns.
 */
export function collectCommands(roots: { ast: unknown; from: number }[], cmdlets: CmdletLookup): ScriptCommands {
  const found: ScriptCommands = { sites: [], functions: new Set(), cmdlets, region: { from: 0, to: Infinity } };
  const top = new CheckScope();
  roots.forEach((root, i) => {
    found.region = { from: root.from, to: roots[i + 1]?.from ?? Infinity };
    collect(root.ast, found, top);
  });
  return found;
}

function collect(node: unknown, found: ScriptCommands, scope: CheckScope): void {
  if (Array.isArray(node)) {
    for (const n of node) collect(n, found, scope);
    return;
  }
  if (node === null || typeof node !== 'object') return;
  const n = node as { kind?: string; [k: string]: unknown };
  switch (n.kind) {
    case 'FunctionDefinition':
      if (owned(found, n as never)) found.functions.add(String(n.name).toLowerCase());
      collect(n.body, found, new CheckScope(scope));
      return;
    case 'ScriptBlockExpression':
      collect(n.scriptBlock, found, new CheckScope(scope));
      return;
    case 'Assignment':
      if (owned(found, n as never)) noteAssignment(n as never, scope);
      break;
    case 'Foreach':
      scope.assign((n.variable as { name: string }).name, 0);
      break;
    case 'InvokeMember':
      spoilTarget(n.target as ExpressionAst, scope);
      break;
    case 'Pipeline':
      (n.elements as { kind: string }[]).forEach((e, i) => {
        if (e.kind === 'Command' && owned(found, e as never)) found.sites.push({ command: e as CommandAst, pipelinePosition: i + 1, scope });
      });
      break;
    case 'Command':
      collectCommandChildren(n as unknown as CommandAst, found, scope);
      return;
  }
  for (const [key, value] of Object.entries(n)) {
    if (key === 'extent') continue;
    if (value && typeof value === 'object') collect(value, found, scope);
  }
}

function owned(found: ScriptCommands, node: { extent?: unknown }): boolean {
  const start = (node.extent as { start: number }).start;
  return start >= found.region.from && start < found.region.to;
}

function noteAssignment(a: { target: ExpressionAst; operator: string; value: { kind: string; elements?: { kind: string; expression?: ExpressionAst }[] }; extent: { start: number } }, scope: CheckScope): void {
  if (a.target.kind !== 'Variable') {
    spoilTarget(a.target, scope);
    return;
  }
  const only = a.value.kind === 'Pipeline' && a.value.elements?.length === 1 ? a.value.elements[0] : undefined;
  const table = a.operator === '=' && only?.kind === 'CommandExpression' && only.expression?.kind === 'Hashtable' ? only.expression : undefined;
  scope.assign(a.target.name, a.extent.start, table);
}

/** `$p.Key = …`, `$p['Key'] = …`, `$p.Add(…)`: the table may change, so it is not judged. */
function spoilTarget(target: ExpressionAst, scope: CheckScope): void {
  let t = target;
  while (t.kind === 'Member' || t.kind === 'Index' || t.kind === 'InvokeMember' || t.kind === 'Convert') {
    t = t.kind === 'Convert' ? t.operand : t.target;
  }
  if (t.kind === 'Variable') scope.spoil(t.name);
}

/**
 * A script block given to a parameter that is not a ScriptBlock (Get-CsUser `-Filter { … }` is a String)
 * holds a filter expression over object properties, not commands: it is not searched for commands.
 */
function collectCommandChildren(cmd: CommandAst, found: ScriptCommands, scope: CheckScope): void {
  collect(cmd.name, found, scope);
  const takesText = textParameterTest(cmd, found.cmdlets);
  let afterText = false;
  for (const el of cmd.elements) {
    if (el.kind === 'CommandParameter') {
      afterText = takesText(el.name) && el.argument === undefined;
      if (el.argument && !takesText(el.name)) collect(el.argument, found, scope);
      continue;
    }
    if (!(afterText && el.kind === 'ScriptBlockExpression')) collect(el, found, scope);
    afterText = false;
  }
  collect(cmd.redirections, found, scope);
}

/** For a known cmdlet: does the typed parameter name resolve to a parameter that is not a ScriptBlock? */
function textParameterTest(cmd: CommandAst, cmdlets: CmdletLookup): (typed: string) => boolean {
  const def = cmd.name.kind === 'StringConstant' ? cmdlets.get(BUILTIN_ALIASES[cmd.name.value.toLowerCase()] ?? cmd.name.value) : undefined;
  if (!def) return (typed) => typed.length >= 3 && 'filter'.startsWith(typed.toLowerCase());
  const table = ParameterTable.for(def.metadata);
  return (typed) => {
    try {
      const p = table.resolve(typed);
      return p.type.kind !== 'scriptblock' && p.type.kind !== 'object';
    } catch {
      return false;
    }
  };
}
