// Offline checking of a script against the real cmdlets' parameters, before it goes near production:
// every command with a literal name is bound by the same binder the engine uses, with the values
// that are known before the script runs (literals) and placeholders for the rest. Reported: parse
// errors, unknown commands, unknown/ambiguous/duplicate parameters, bad literal values (booleans,
// enums, numbers), parameter sets that cannot be resolved, missing mandatory parameters.

import type { CommandAst, ExpressionAst, Extent } from '../../lang/ast.js';
import { parse } from '../../lang/parser.js';
import { getCmdlet } from '../../catalog/registry.js';
import { BUILTIN_ALIASES } from '../aliases.js';
import { bindArguments, ParameterTable } from '../binder/index.js';
import { UnknownArgument } from '../binder/staticValue.js';
import type { CommandArgument } from '../cmdlet.js';
import { PSRuntimeError } from '../errors.js';
import { SessionSecrets } from '../secrets/sessionSecrets.js';

export interface CheckFinding {
  line: number;
  column: number;
  /** `ParserError`, `CommandNotFound`, or the binding error id (`NamedParameterNotFound`, …). */
  errorId: string;
  /** The command the finding is about, when there is one. */
  command?: string;
  message: string;
}

interface CommandSite {
  command: CommandAst;
  pipelinePosition: number;
}

/** Checks one script's text; findings are in source order. */
export async function checkScript(text: string, file?: string): Promise<CheckFinding[]> {
  const { ast, errors } = parse(text, file);
  if (errors.length) {
    return errors.map((e) => ({ line: e.extent.line, column: e.extent.column, errorId: 'ParserError', message: e.message }));
  }
  const sites: CommandSite[] = [];
  const functions = new Set<string>();
  collect(ast, sites, functions);
  // A binding message may quote the value it could not convert: secrets written in the script are masked.
  const secrets = new SessionSecrets();
  secrets.learn(ast);
  const findings: CheckFinding[] = [];
  for (const site of sites) {
    const f = await checkCommand(site, functions);
    if (f) findings.push({ ...f, message: secrets.scrub(f.message) });
  }
  return findings.sort((a, b) => a.line - b.line || a.column - b.column);
}

/** Walks every node of the tree, collecting commands (with their pipeline position) and function names. */
function collect(node: unknown, sites: CommandSite[], functions: Set<string>): void {
  if (Array.isArray(node)) {
    for (const n of node) collect(n, sites, functions);
    return;
  }
  if (node === null || typeof node !== 'object') return;
  const n = node as { kind?: string; [k: string]: unknown };
  if (n.kind === 'FunctionDefinition') functions.add(String(n.name).toLowerCase());
  if (n.kind === 'Pipeline') {
    const elements = n.elements as { kind: string }[];
    elements.forEach((e, i) => {
      if (e.kind === 'Command') sites.push({ command: e as CommandAst, pipelinePosition: i + 1 });
    });
  }
  if (n.kind === 'Command') {
    collectCommandChildren(n as unknown as CommandAst, sites, functions);
    return;
  }
  for (const [key, value] of Object.entries(n)) {
    if (key === 'extent') continue;
    if (value && typeof value === 'object') collect(value, sites, functions);
  }
}

/**
 * A script block given to a parameter that is not a ScriptBlock (Get-CsUser `-Filter { … }` is a String)
 * holds a filter expression over object properties, not commands: it is not searched for commands.
 */
function collectCommandChildren(cmd: CommandAst, sites: CommandSite[], functions: Set<string>): void {
  collect(cmd.name, sites, functions);
  const takesText = textParameterTest(cmd);
  let afterText = false;
  for (const el of cmd.elements) {
    if (el.kind === 'CommandParameter') {
      afterText = takesText(el.name) && el.argument === undefined;
      if (el.argument && !takesText(el.name)) collect(el.argument, sites, functions);
      continue;
    }
    if (!(afterText && el.kind === 'ScriptBlockExpression')) collect(el, sites, functions);
    afterText = false;
  }
  collect(cmd.redirections, sites, functions);
}

/** For a known cmdlet: does the typed parameter name resolve to a parameter that is not a ScriptBlock? */
function textParameterTest(cmd: CommandAst): (typed: string) => boolean {
  const def = cmd.name.kind === 'StringConstant' ? getCmdlet(BUILTIN_ALIASES[cmd.name.value.toLowerCase()] ?? cmd.name.value) : undefined;
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

function sourceText(extent: Extent): string {
  return extent.source.text.slice(extent.start, extent.end);
}

async function checkCommand(site: CommandSite, functions: Set<string>): Promise<CheckFinding | undefined> {
  const cmd = site.command;
  if (cmd.invocationOperator || cmd.name.kind !== 'StringConstant' || cmd.name.quote !== 'bare') return undefined;
  const typed = cmd.name.value;
  if (/[\\/]|\.ps1$/i.test(typed) || functions.has(typed.toLowerCase())) return undefined;
  const resolved = BUILTIN_ALIASES[typed.toLowerCase()] ?? typed;
  const def = getCmdlet(resolved);
  if (!def) {
    return {
      line: cmd.extent.line,
      column: cmd.extent.column,
      errorId: 'CommandNotFoundException',
      command: typed,
      message: `The term '${typed}' is not recognized as the name of a cmdlet, function, script file, or operable program.`,
    };
  }
  const args = staticArguments(cmd);
  if (!args) return undefined; // splatting: the names are not known before the script runs
  try {
    await bindArguments(def.metadata, args, {
      extent: cmd.extent,
      pipelinePosition: site.pipelinePosition,
      expectingInput: site.pipelinePosition > 1,
    });
    return undefined;
  } catch (e) {
    if (!(e instanceof PSRuntimeError)) throw e;
    const at = e.record.invocation.extent ?? cmd.extent;
    const id = e.record.fullyQualifiedErrorId.split(',')[0] ?? 'ParameterBindingException';
    return { line: at.line, column: at.column, errorId: id, command: def.metadata.name, message: e.record.message };
  }
}

/** The command's elements with literal values where they are known; undefined when the command splats. */
function staticArguments(cmd: CommandAst): CommandArgument[] | undefined {
  const args: CommandArgument[] = [];
  for (const el of cmd.elements) {
    if (el.kind === 'CommandParameter') {
      args.push({
        kind: 'parameter',
        name: el.name,
        hasColonValue: el.argument !== undefined,
        value: el.argument ? staticValue(el.argument) : undefined,
        extent: el.extent,
        text: sourceText(el.extent),
      });
      continue;
    }
    if (el.kind === 'Variable' && el.splatted) return undefined;
    args.push({
      kind: 'argument',
      value: staticValue(el),
      extent: el.extent,
      text: sourceText(el.extent),
      bare: el.kind === 'StringConstant' && el.quote === 'bare',
    });
  }
  return args;
}

/** The value of a literal expression, or an UnknownArgument for anything computed at run time. */
export function staticValue(e: ExpressionAst): unknown {
  switch (e.kind) {
    case 'StringConstant':
    case 'Constant':
      return e.value;
    case 'ExpandableString':
      return e.parts.every((p) => typeof p === 'string') ? e.parts.join('') : new UnknownArgument(sourceText(e.extent));
    case 'Variable':
      if (!e.scope && !e.splatted) {
        const name = e.name.toLowerCase();
        if (name === 'true') return true;
        if (name === 'false') return false;
        if (name === 'null') return null;
      }
      return new UnknownArgument(sourceText(e.extent));
    case 'Unary':
      if (e.operator === '-' && e.operand.kind === 'Constant') return -e.operand.value;
      return new UnknownArgument(sourceText(e.extent));
    case 'ArrayLiteral': {
      const values = e.elements.map(staticValue);
      return values.some((v) => v instanceof UnknownArgument) ? new UnknownArgument(sourceText(e.extent)) : values;
    }
    default:
      return new UnknownArgument(sourceText(e.extent));
  }
}
