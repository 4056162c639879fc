// Binding one command of a script offline, reporting every problem of it rather than the first: after
// a binding error the argument at fault is set aside (an unknown parameter with the value after it, a
// value that does not convert becomes "unknown") and the command is bound again.

import type { CommandAst } from '../../lang/ast.js';
import type { CmdletLookup } from '../../catalog/registry.js';
import { keywordTokens, unsupportedKeywords } from '../../../grammar/tokens.js';
import { BUILTIN_ALIASES } from '../session/aliases.js';
import { bindArguments, ParameterTable } from '../binder/index.js';
import { UnknownArgument } from '../binder/staticValue.js';
import type { CmdletDefinition, CommandArgument } from '../cmdlet.js';
import { PSRuntimeError } from '../errors.js';
import type { CommandSite } from './commandSites.js';
import { commandArguments } from './staticArguments.js';
import type { CheckFinding } from './findings.js';
import { foreignModuleOf } from './notEmulated.js';
import { closestNames } from './suggestions.js';

/** [I] A command with more problems than this is reported up to this many. */
const MAX_FINDINGS_PER_COMMAND = 20;

/** Binding errors whose culprit is a parameter name (set aside with the value written after it). */
const NAME_ERRORS = new Set(['NamedParameterNotFound', 'AmbiguousParameter', 'ParameterAlreadyBound', 'MissingArgument']);

/** What checking one command found; `bound` holds the parameters when the command binds cleanly. */
export interface CommandCheck {
  findings: CheckFinding[];
  bound?: { cmdlet: string; params: Record<string, unknown> };
}

export async function checkCommandSite(site: CommandSite, functions: Set<string>, cmdlets: CmdletLookup): Promise<CommandCheck> {
  const cmd = site.command;
  if (cmd.invocationOperator || cmd.name.kind !== 'StringConstant' || cmd.name.quote !== 'bare') return { findings: [] };
  const typed = cmd.name.value;
  if (/[\\/]|\.ps1$/i.test(typed) || functions.has(typed.toLowerCase())) return { findings: [] };
  const def = cmdlets.get(BUILTIN_ALIASES[typed.toLowerCase()] ?? typed);
  if (!def) return { findings: isKeyword(typed) ? [] : [unknownCommand(cmd, typed, cmdlets)] };
  const args = commandArguments(cmd, site.scope);
  if (!args) return { findings: [] }; // splatting a value not known before the script runs
  return bindingFindings(def, args, site);
}

/**
 * A keyword in command position only comes from the parser recovering after a syntax error (`if`
 * after an unclosed `(`): the syntax error is reported, the keyword is not an unknown command.
 */
function isKeyword(name: string): boolean {
  const lower = name.toLowerCase();
  return Object.hasOwn(keywordTokens, lower) || unsupportedKeywords.has(lower);
}

function unknownCommand(cmd: CommandAst, typed: string, cmdlets: CmdletLookup): CheckFinding {
  const at = { line: cmd.extent.line, column: cmd.extent.column, command: typed };
  const module = foreignModuleOf(typed);
  if (module) {
    return { ...at, errorId: 'CommandNotEmulated', severity: 'warning', message: `'${typed}' belongs to the ${module} module, which csshell does not emulate: it is not checked and cannot run here.` };
  }
  const suggestions = closestNames(typed, [...cmdlets.all().map((c) => c.metadata.name), ...Object.keys(BUILTIN_ALIASES)]);
  return {
    ...at,
    errorId: 'CommandNotFoundException',
    severity: 'error',
    message: `The term '${typed}' is not recognized as the name of a cmdlet, function, script file, or operable program.`,
    ...(suggestions.length ? { suggestions } : {}),
  };
}

async function bindingFindings(def: CmdletDefinition, initial: CommandArgument[], site: CommandSite): Promise<CommandCheck> {
  const cmd = site.command;
  const findings: CheckFinding[] = [];
  let args = initial;
  let nameSetAside = false;
  while (findings.length < MAX_FINDINGS_PER_COMMAND) {
    try {
      const binder = await bindArguments(def.metadata, args, { extent: cmd.extent, pipelinePosition: site.pipelinePosition, expectingInput: site.pipelinePosition > 1 });
      return findings.length ? { findings } : { findings, bound: { cmdlet: def.metadata.name, params: binder.params } };
    } catch (e) {
      if (!(e instanceof PSRuntimeError)) throw e;
      const at = e.record.invocation.extent ?? cmd.extent;
      const id = e.record.fullyQualifiedErrorId.split(',')[0] ?? 'ParameterBindingException';
      // [I] Once a misspelt name is set aside, a missing parameter or an unresolved set may only be its echo.
      if (at === cmd.extent && nameSetAside) break;
      const finding: CheckFinding = { line: at.line, column: at.column, errorId: id, severity: 'error', command: def.metadata.name, message: e.record.message };
      const culprit = args.findIndex((a) => a.extent !== undefined && a.extent.start <= at.start && at.start < Math.max(a.extent.end, a.extent.start + 1));
      if (id === 'NamedParameterNotFound' && culprit >= 0) withParameterSuggestions(finding, def, args[culprit]!);
      else if (culprit >= 0) withValueSuggestions(finding, def, args, culprit);
      findings.push(finding);
      const next = culprit >= 0 && at !== cmd.extent ? setAside(args, culprit, id) : undefined;
      if (!next) break;
      nameSetAside ||= NAME_ERRORS.has(id);
      args = next;
    }
  }
  return { findings };
}

function withParameterSuggestions(finding: CheckFinding, def: CmdletDefinition, arg: CommandArgument): void {
  if (arg.kind !== 'parameter') return;
  const table = ParameterTable.for(def.metadata);
  const names = table.parameters.flatMap((p) => [p.name, ...p.meta.aliases]);
  const suggestions = closestNames(arg.name, names);
  if (suggestions.length) finding.suggestions = suggestions;
}

/** A misspelt enum value (`-TlsNegotiation Requried`): the nearest valid names. */
function withValueSuggestions(finding: CheckFinding, def: CmdletDefinition, args: CommandArgument[], culprit: number): void {
  const a = args[culprit]!;
  const before = args[culprit - 1];
  const named = a.kind === 'parameter' ? a : before?.kind === 'parameter' && !before.hasColonValue ? before : undefined;
  if (!named || typeof a.value !== 'string') return;
  let values: string[] | undefined;
  try {
    values = ParameterTable.for(def.metadata).resolve(named.name).type.enumValues;
  } catch {
    return;
  }
  const suggestions = values ? closestNames(a.value, values) : [];
  if (suggestions.length) finding.suggestions = suggestions;
}

/** The arguments without the one at fault, so that the next problem of the command shows. */
function setAside(args: CommandArgument[], culprit: number, errorId: string): CommandArgument[] | undefined {
  const a = args[culprit]!;
  const rest = [...args];
  if (a.kind === 'parameter' && NAME_ERRORS.has(errorId)) {
    const takesNext = !a.hasColonValue && rest[culprit + 1]?.kind === 'argument' && errorId !== 'MissingArgument';
    rest.splice(culprit, takesNext ? 2 : 1);
    return rest;
  }
  if (a.kind === 'argument' && errorId === 'PositionalParameterNotFound') {
    rest.splice(culprit, 1);
    return rest;
  }
  if (a.value instanceof UnknownArgument) return undefined; // nothing left to set aside: stop
  rest[culprit] = { ...a, value: new UnknownArgument(a.text) } as CommandArgument;
  return rest;
}

