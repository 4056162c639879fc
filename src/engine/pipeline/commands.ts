// Command lookup for a pipeline element: aliases, script functions, cmdlets, script blocks and
// `.ps1` files under the working directory. Host programs are never run: they are "not recognized".

import type { CommandAst, ScriptBlockAst } from '../../lang/ast.js';
import type { CmdletDefinition } from '../cmdlet.js';
import { decodeScript } from '../files/scriptDecode.js';
import { parse } from '../../lang/parser.js';
import { PSObject, ScriptBlockValue } from '../runtime/values.js';
import { toStr } from '../runtime/convert.js';
import { commandNotFound, runtimeError, scriptAccessDenied } from '../eval/errors.js';
import { PathOutsideSandboxError } from '../files/paths.js';
import { sandboxFiles } from '../files/sandbox.js';
import type { ScriptInvocation } from '../functions/processor.js';
import type { EvaluatorApi } from '../eval/evaluatorApi.js';

export type ResolvedCommand =
  | { kind: 'cmdlet'; definition: CmdletDefinition; displayName: string }
  | { kind: 'script'; invocation: ScriptInvocation; displayName: string };

const scriptCache = new Map<string, { mtimeMs: number; ast: ScriptBlockAst }>();

function nameExtent(cmd: CommandAst) {
  return cmd.name.extent;
}

export function resolveCommand(ev: EvaluatorApi, nameValue: unknown, cmd: CommandAst): ResolvedCommand {
  if (nameValue instanceof ScriptBlockValue) {
    return { kind: 'script', displayName: '', invocation: { name: '', body: nameValue.ast, kind: 'scriptblock' } };
  }
  const name = nameValue instanceof PSObject && nameValue.has('Name') ? toStr(nameValue.get('Name')) : toStr(nameValue);
  const found = lookupCommand(ev, name);
  if (found) return found;
  if (/\.ps1$/i.test(name)) return scriptFile(ev, name, cmd);
  // A user alias for a missing command reports the command it stands for, as PowerShell does.
  throw commandNotFound(ev.aliases.userAlias(name)?.definition ?? name, nameExtent(cmd));
}

/** Alias → function → cmdlet, as PowerShell resolves a command name. */
export function lookupCommand(ev: EvaluatorApi, typed: string): ResolvedCommand | undefined {
  let name = typed;
  for (let hops = 0; hops < 8; hops++) {
    const target = ev.aliases.resolve(name);
    if (!target) break;
    name = target;
  }
  return lookupByName(ev, name, typed) ?? (name !== typed ? lookupByName(ev, typed, typed) : undefined);
}

function lookupByName(ev: EvaluatorApi, name: string, typed: string): ResolvedCommand | undefined {
  const fn = ev.scope.lookupFunction(name.toLowerCase());
  if (fn) {
    return {
      kind: 'script',
      displayName: typed,
      invocation: { name: fn.name, body: fn.ast.body, extraParams: fn.ast.parameters, isFilter: fn.isFilter, kind: 'function' },
    };
  }
  const slash = name.indexOf('\\');
  const cmdlets = ev.services.state.cmdlets;
  const def = cmdlets.get(name) ?? (slash > 0 ? cmdlets.get(name.slice(slash + 1)) : undefined);
  if (def) return { kind: 'cmdlet', definition: def, displayName: typed };
  return undefined;
}

function scriptFile(ev: EvaluatorApi, name: string, cmd: CommandAst): ResolvedCommand {
  try {
    return readScriptFile(ev, name, cmd);
  } catch (e) {
    // A script whose path leads out of the sandbox cannot be read: as 5.1 reports an unreadable script.
    if (e instanceof PathOutsideSandboxError) throw scriptAccessDenied(name, e.shownPath, nameExtent(cmd));
    throw e;
  }
}

function readScriptFile(ev: EvaluatorApi, name: string, cmd: CommandAst): ResolvedCommand {
  const hostPath = ev.services.resolvePath(name);
  const files = sandboxFiles(ev.services.session);
  const mtimeMs = files.stat(hostPath)?.mtimeMs;
  if (mtimeMs === undefined) throw commandNotFound(name, nameExtent(cmd));
  let cached = scriptCache.get(hostPath);
  if (!cached || cached.mtimeMs !== mtimeMs) {
    const result = parse(decodeScript(files.readFile(hostPath)), files.shown(hostPath));
    if (result.errors.length) {
      const first = result.errors[0]!;
      throw runtimeError(first.message, first.errorId, 'ParserError', { exceptionType: 'System.Management.Automation.ParseException', invocation: { extent: first.extent } });
    }
    cached = { mtimeMs, ast: result.ast };
    scriptCache.set(hostPath, cached);
  }
  // The script is known by its full PowerShell path ($PSCommandPath, `At C:\…\x.ps1:2`), invoked by the name typed.
  return { kind: 'script', displayName: name, invocation: { name, body: cached.ast, kind: 'script', file: files.shown(hostPath) } };
}
