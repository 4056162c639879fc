// Get-Command and Get-Alias over the engine's command table (cmdlets, functions, aliases).

import type { CmdletContext, CommandInfo } from '../../engine/cmdlet.js';
import { toStr } from '../../engine/runtime/convert.js';
import { PSHashtable, PSObject } from '../../engine/runtime/values.js';
import { enums } from '../../catalog/registry.js';
import type { HelpDeclaration } from '../../catalog/help.js';
import { define, CORE, UTILITY } from './meta.js';
import { moduleVersion } from './modules.js';
import { syntaxLines } from './syntax.js';
import { hasWildcard, listOf, wildcardMatch } from './util.js';
import type { CmdletDefinition } from '../../engine/cmdlet.js';

/** The cmdlets this module declares, gathered by its family index. */
export const cmdlets: CmdletDefinition[] = [];
/** The help this module declares, gathered by its family index. */
export const help: HelpDeclaration[] = [];

const TYPE_NAMES: Record<CommandInfo['commandType'], string> = {
  Cmdlet: 'System.Management.Automation.CmdletInfo',
  Alias: 'System.Management.Automation.AliasInfo',
  Function: 'System.Management.Automation.FunctionInfo',
  Filter: 'System.Management.Automation.FilterInfo',
};

/** The order Get-Command lists command types in. */
const TYPE_ORDER = ['Alias', 'Function', 'Filter', 'Cmdlet'];

function parametersTable(info: CommandInfo): PSHashtable {
  const h = new PSHashtable();
  for (const p of info.metadata?.parameters ?? []) {
    h.set(p.name, new PSObject('System.Management.Automation.ParameterMetadata', [
      ['Name', p.name],
      ['ParameterType', p.type + (p.isArray ? '[]' : '')],
      ['ParameterSets', Object.keys(p.sets)],
      ['IsDynamic', false],
      ['Aliases', p.aliases],
      ['SwitchParameter', p.isSwitch],
    ]));
  }
  return h;
}

export function commandObject(ctx: CmdletContext, info: CommandInfo): PSObject {
  const source = info.metadata?.module ?? info.module ?? '';
  const isAlias = info.commandType === 'Alias';
  const target = isAlias ? info.definition ?? '' : undefined;
  const targetModule = isAlias && target ? ctx.engine.commands.get(target)?.metadata?.module ?? '' : '';
  const obj = new PSObject(TYPE_NAMES[info.commandType], [
    ['CommandType', info.commandType],
    ['Name', info.name],
    ['DisplayName', isAlias ? `${info.name} -> ${target}` : info.name],
    ['Version', isAlias ? moduleVersion(targetModule) : moduleVersion(source)],
    ['Source', isAlias ? targetModule : source],
    ['ModuleName', isAlias ? targetModule : source],
    ['Definition', isAlias ? target : info.metadata ? syntaxLines(info.metadata, { enumBraces: true, enums }).join('\n') : ''],
    ['ResolvedCommandName', isAlias ? target : undefined],
    ['Verb', info.metadata?.verb ?? ''],
    ['Noun', info.metadata?.noun ?? ''],
    ['Parameters', parametersTable(info)],
    ['ParameterSets', info.metadata?.parameterSets ?? []],
    ['DefaultParameterSet', info.metadata?.defaultParameterSet ?? null],
    ['ImplementingType', info.metadata?.className ?? null],
  ]);
  if (isAlias) obj.add('Description', info.description ?? '');
  return obj;
}

function sortCommands(list: CommandInfo[]): CommandInfo[] {
  return [...list].sort((a, b) => TYPE_ORDER.indexOf(a.commandType) - TYPE_ORDER.indexOf(b.commandType) || a.name.toLowerCase().localeCompare(b.name.toLowerCase()));
}

function moduleMatches(info: CommandInfo, patterns: string[]): boolean {
  if (patterns.length === 0) return true;
  const m = info.metadata?.module ?? info.module ?? '';
  return patterns.some((p) => wildcardMatch(p, m) || (/^lync$/i.test(p) && m === 'SkypeForBusiness'));
}

function filterCommands(ctx: CmdletContext): CommandInfo[] {
  const p = ctx.params;
  const verbs = listOf(p.Verb).map(toStr);
  const nouns = listOf(p.Noun).map(toStr);
  const modules = listOf(p.Module).map(toStr);
  const types = listOf(p.CommandType).map((t) => toStr(t).toLowerCase());
  const paramNames = listOf(p.ParameterName).map(toStr);
  return ctx.engine.commands.all().filter((c) => {
    if (verbs.length && !(c.metadata && verbs.some((v) => wildcardMatch(v, c.metadata!.verb)))) return false;
    if (nouns.length && !(c.metadata && nouns.some((n) => wildcardMatch(n, c.metadata!.noun)))) return false;
    if ((verbs.length || nouns.length) && c.commandType === 'Alias') return false;
    if (!moduleMatches(c, modules)) return false;
    if (types.length && !types.includes('all') && !types.includes(c.commandType.toLowerCase())) return false;
    if (paramNames.length && !(c.metadata?.parameters ?? []).some((x) => paramNames.some((n) => wildcardMatch(n, x.name) || x.aliases.some((a) => wildcardMatch(n, a))))) return false;
    return true;
  });
}

function notRecognized(ctx: CmdletContext, name: string): void {
  ctx.writeError({
    message: `The term '${name}' is not recognized as the name of a cmdlet, function, script file, or operable program. Check the spelling of the name, or if a path was included, verify that the path is correct and try again.`,
    errorId: 'CommandNotFoundException',
    category: 'ObjectNotFound',
    targetObject: name,
    exceptionType: 'System.Management.Automation.CommandNotFoundException',
  });
}

function syntaxOf(ctx: CmdletContext, info: CommandInfo): string {
  if (info.commandType === 'Alias') return `${info.name} (alias) -> ${info.definition ?? ''}`;
  if (!info.metadata) return info.name;
  return `\n${syntaxLines(info.metadata, { enumBraces: true, enums }).join('\n\n')}\n`;
}

cmdlets.push(define(
  'Get-Command',
  {
    module: CORE,
    defaultSet: 'CmdletSet',
    params: {
      Name: { type: 'String', array: true, pipeline: 'True (ByPropertyName, ByValue)', sets: { AllCommandSet: [false, 0] } },
      Verb: { type: 'String', array: true, pipeline: 'True (ByPropertyName)', sets: { CmdletSet: [false, null] } },
      Noun: { type: 'String', array: true, pipeline: 'True (ByPropertyName)', sets: { CmdletSet: [false, null] } },
      Module: { type: 'String', array: true, aliases: ['PSSnapin'], pipeline: 'True (ByPropertyName)' },
      FullyQualifiedModule: { type: 'ModuleSpecification', array: true },
      CommandType: { type: 'CommandTypes', array: true, aliases: ['Type'], sets: { AllCommandSet: [false, null] } },
      TotalCount: { type: 'Int32' },
      Syntax: { type: 'SwitchParameter' },
      ShowCommandInfo: { type: 'SwitchParameter' },
      ArgumentList: { type: 'Object', array: true, aliases: ['Args'], position: 1 },
      All: { type: 'SwitchParameter' },
      ListImported: { type: 'SwitchParameter' },
      ParameterName: { type: 'String', array: true },
      ParameterType: { type: 'PSTypeName', array: true },
    },
  },
  () => ({
    process(ctx) {
      const names = listOf(ctx.params.Name).map(toStr);
      const candidates = filterCommands(ctx);
      let found: CommandInfo[] = [];
      if (names.length === 0) found = candidates;
      for (const n of names) {
        if (hasWildcard(n)) {
          found.push(...candidates.filter((c) => wildcardMatch(n, c.name)));
          continue;
        }
        const c = ctx.engine.commands.get(n);
        if (c && candidates.includes(c)) found.push(c);
        else if (c && candidates.some((x) => x.name.toLowerCase() === c.name.toLowerCase())) found.push(c);
        else notRecognized(ctx, n);
      }
      const unique = [...new Map(found.map((c) => [`${c.commandType}:${c.name.toLowerCase()}`, c])).values()];
      let list = names.some(hasWildcard) || names.length === 0 ? sortCommands(unique) : unique;
      if (ctx.params.TotalCount !== undefined && Number(ctx.params.TotalCount) >= 0) list = list.slice(0, Number(ctx.params.TotalCount));
      for (const c of list) ctx.writeObject(ctx.params.Syntax ? syntaxOf(ctx, c) : commandObject(ctx, c));
    },
  }),
));

cmdlets.push(define(
  'Get-Alias',
  {
    module: UTILITY,
    defaultSet: 'Default',
    params: {
      Name: { type: 'String', array: true, pipeline: 'True (ByPropertyName, ByValue)', sets: { Default: [false, 0] } },
      Definition: { type: 'String', array: true, sets: { Definition: [false, null] } },
      Exclude: { type: 'String', array: true },
      Scope: { type: 'String' },
    },
  },
  () => ({
    process(ctx) {
      const aliases = ctx.engine.commands.all().filter((c) => c.commandType === 'Alias');
      const exclude = listOf(ctx.params.Exclude).map(toStr);
      const names = listOf(ctx.params.Name).map(toStr);
      const defs = listOf(ctx.params.Definition).map(toStr);
      let hits = aliases;
      if (defs.length) hits = hits.filter((a) => defs.some((d) => wildcardMatch(d, a.definition ?? '')));
      else if (names.length) {
        hits = [];
        for (const n of names) {
          const m = aliases.filter((a) => wildcardMatch(n, a.name));
          if (m.length === 0 && !hasWildcard(n)) {
            ctx.writeError({
              message: `This command cannot find a matching alias because an alias with the name '${n}' does not exist.`,
              errorId: 'ItemNotFoundException',
              category: 'ObjectNotFound',
              targetObject: n,
              exceptionType: 'System.Management.Automation.ItemNotFoundException',
            });
          }
          hits.push(...m);
        }
      }
      hits = hits.filter((a) => !exclude.some((x) => wildcardMatch(x, a.name)));
      for (const a of sortCommands(hits)) ctx.writeObject(commandObject(ctx, a));
    },
  }),
));

// Set-Alias and New-Alias: user aliases live in one session-wide table. [I] -Scope is accepted but
// not applied (aliases a script or function defines stay visible after it returns).
function aliasCmdlet(name: 'Set-Alias' | 'New-Alias') {
  const verb = name === 'Set-Alias' ? 'Set' : 'New';
  cmdlets.push(define(
    name,
    {
      module: UTILITY,
      shouldProcess: true,
      params: {
        Name: { type: 'String', mandatory: true, position: 0, pipeline: 'True (ByPropertyName)' },
        Value: { type: 'String', mandatory: true, position: 1, pipeline: 'True (ByPropertyName)' },
        Description: { type: 'String', pipeline: 'True (ByPropertyName)' },
        Option: { type: 'ScopedItemOptions', pipeline: 'True (ByPropertyName)' },
        PassThru: { type: 'SwitchParameter' },
        Scope: { type: 'String', pipeline: 'True (ByPropertyName)' },
        Force: { type: 'SwitchParameter', pipeline: 'True (ByPropertyName)' },
      },
    },
    () => ({
      async process(ctx) {
        const alias = toStr(ctx.params.Name);
        const value = toStr(ctx.params.Value);
        const existing = ctx.engine.commands.all().some((c) => c.commandType === 'Alias' && c.name.toLowerCase() === alias.toLowerCase());
        if (verb === 'New' && existing && !ctx.params.Force) {
          ctx.writeError({
            message: `The alias is not allowed, because an alias with the name '${alias}' already exists.`,
            errorId: 'AliasAlreadyExists',
            category: 'ResourceExists',
            targetObject: alias,
            exceptionType: 'System.Management.Automation.SessionStateException',
          });
          return;
        }
        if (!(await ctx.shouldProcess(`Name: ${alias} Value: ${value}`, `${verb} Alias`))) return;
        const description = ctx.params.Description === undefined ? undefined : toStr(ctx.params.Description);
        ctx.engine.commands.setAlias?.(alias, value, description);
        const info = ctx.engine.commands.get(alias);
        if (ctx.params.PassThru && info) ctx.writeObject(commandObject(ctx, info));
      },
    }),
  ));
}
aliasCmdlet('Set-Alias');
aliasCmdlet('New-Alias');

const aliasParameters = {
  Name: 'The alias.',
  Value: 'The command the alias stands for.',
  Description: 'A note kept with the alias.',
  PassThru: 'Writes the alias.',
  Force: 'Replaces an alias of the same name.',
};
help.push(['Set-Alias', {
  synopsis: 'Creates an alias or points an existing one at another command.',
  description: 'Aliases are short names for commands; they last until the shell closes.',
  parameters: aliasParameters,
  examples: [{ title: 'A short name for a cmdlet', code: 'Set-Alias gxp Get-CsXmppAllowedPartner; gxp', remarks: 'Lists the allowed XMPP partners.', expect: { silent: true, after: [['(Get-Alias gxp).Definition', 'Get-CsXmppAllowedPartner']] } }],
  related: ['New-Alias', 'Get-Alias'],
}]);
help.push(['New-Alias', {
  synopsis: 'Creates an alias.',
  description: 'Like Set-Alias, but stops with an error when an alias of that name exists (unless -Force is given).',
  parameters: aliasParameters,
  examples: [{ title: 'A short name for a cmdlet', code: 'New-Alias -Name gxc -Value Get-CsXmppGatewayConfiguration', remarks: 'gxc now runs Get-CsXmppGatewayConfiguration.', expect: { silent: true, after: [['(Get-Alias gxc).Definition', 'Get-CsXmppGatewayConfiguration'], ['(gxc).Identity', 'Global']] } }],
  related: ['Set-Alias', 'Get-Alias'],
}]);
