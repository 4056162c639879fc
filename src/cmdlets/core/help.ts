// Get-Help: the Windows PowerShell 5.1 help layout (NAME, SYNOPSIS, SYNTAX, DESCRIPTION, PARAMETERS,
// EXAMPLES, REMARKS) built from src/catalog/help.ts entries and syntax generated from the metadata.
// `<command> -?` shows the same text (helpObject is exported for the command processor).

import type { CmdletContext, CmdletMetadata, CommandInfo, EngineServices, ParameterMetadata } from '../../engine/cmdlet.js';
import { toStr } from '../../engine/runtime/convert.js';
import { PSObject } from '../../engine/runtime/values.js';
import type { HelpEntry } from '../../catalog/help.js';
import { renderedLines as rendered } from '../../engine/runtime/displayText.js';
import { wrapText } from '../../engine/runtime/textWrap.js';
import { define, CORE } from './meta.js';
import { appliesOnPremises, syntaxLines } from './syntax.js';
import { hasWildcard, wildcardMatch } from './util.js';
import type { CmdletDefinition } from '../../engine/cmdlet.js';

/** The cmdlets this module declares, gathered by its family index. */
export const cmdlets: CmdletDefinition[] = [];

export type HelpMode = 'default' | 'detailed' | 'full' | 'examples' | 'parameter';

const HELP_INFO = 'MamlCommandHelpInfo';
const HELP_SHORT = 'HelpInfoShort';

/** Help is wrapped to the console width (less the column the console keeps free). */
let helpWidth = 119;

function indent(text: string, n: number, width = helpWidth): string[] {
  const pad = ' '.repeat(n);
  return text.split(/\n/).flatMap((para) => (para.trim() === '' ? [''] : wrapText(para, width - n).map((l) => pad + l)));
}

const COMMON_TEXT =
  'This cmdlet supports the common parameters: Verbose, Debug, ErrorAction, ErrorVariable, WarningAction, WarningVariable, ' +
  'OutBuffer, PipelineVariable, and OutVariable. Type "Get-Help about_CommonParameters" for how they work.';

function positionText(p: ParameterMetadata): string {
  const positions = Object.values(p.sets).map((s) => s.position).filter((x): x is number => x !== null && x !== undefined);
  return positions.length ? String(Math.min(...positions) + 1) : 'named';
}

function parameterBlock(p: ParameterMetadata, entry: HelpEntry | undefined, full: boolean): string[] {
  const head = p.isSwitch ? `    -${p.name} [<SwitchParameter>]` : `    -${p.name} <${p.type}${p.isArray ? '[]' : ''}>`;
  const lines = [head, ...indent(entry?.parameters[p.name] ?? '', 8)];
  if (full) {
    // As SYNTAX shows it: a parameter optional in any of its sets is not required.
    const sets = Object.values(p.sets);
    const required = sets.length > 0 && sets.every((s) => s.required);
    lines.push(
      '',
      `        Required?                    ${required ? 'true' : 'false'}`,
      `        Position?                    ${positionText(p)}`,
      `        Default value                ${p.default ?? ''}`.trimEnd(),
      `        Accept pipeline input?       ${p.pipeline}`,
      `        Accept wildcard characters?  ${p.wildcards ? 'true' : 'false'}`,
    );
    if (p.aliases.length) lines.push(`        Aliases                      ${p.aliases.join(', ')}`);
  }
  lines.push('');
  return lines;
}

function visibleParameters(meta: CmdletMetadata): ParameterMetadata[] {
  return meta.parameters.filter(appliesOnPremises);
}

function exampleLines(name: string, entry: HelpEntry): string[] {
  const out: string[] = [];
  entry.examples.forEach((ex, i) => {
    out.push(`    -------------------------- Example ${i + 1}: ${ex.title} --------------------------`, '');
    ex.code.split(/\r?\n/).forEach((l, k) => out.push(`    ${k === 0 ? 'PS C:\\>' : ''}${l}`));
    out.push('', ...indent(ex.remarks, 4), '', '');
  });
  if (entry.examples.length === 0) out.push(`    There are no examples for ${name}.`, '');
  return out;
}

function remarks(name: string): string[] {
  return [
    'REMARKS',
    `    To see the examples, type: "get-help ${name} -examples".`,
    `    For more information, type: "get-help ${name} -detailed".`,
    `    For technical information, type: "get-help ${name} -full".`,
    '',
  ];
}

/** The help text lines of one command (no surrounding blank lines). */
export function helpLines(meta: CmdletMetadata, entry: HelpEntry | undefined, mode: HelpMode, parameterPattern?: string): string[] {
  const name = meta.name;
  const syntax = syntaxLines(meta).flatMap((l) => [...indent(l, 4), '']);
  if (mode === 'parameter') {
    const matches = visibleParameters(meta).filter((p) => wildcardMatch(parameterPattern ?? '*', p.name));
    return matches.flatMap((p) => parameterBlock(p, entry, true));
  }
  if (!entry) {
    return ['NAME', `    ${name}`, '', 'SYNTAX', ...syntax, '', 'ALIASES', '    None', '', '', 'REMARKS',
      '    Get-Help cannot find the Help files for this cmdlet on this computer. It is displaying only partial help.', ''];
  }
  const head = ['NAME', `    ${name}`, '', 'SYNOPSIS', ...indent(entry.synopsis, 4), '', ''];
  if (mode === 'examples') return [...head, ...exampleLines(name, entry)];
  const lines = [...head, 'SYNTAX', ...syntax, '', 'DESCRIPTION', ...indent(entry.description, 4), '', ''];
  if (mode === 'detailed' || mode === 'full') {
    lines.push('PARAMETERS');
    for (const p of visibleParameters(meta)) lines.push(...parameterBlock(p, entry, mode === 'full'));
    lines.push('    <CommonParameters>', ...indent(COMMON_TEXT, 8), '', '');
    if (mode === 'full') {
      lines.push('INPUTS', '    None', '', '', 'OUTPUTS', ...indent(entry.outputs ?? meta.outputType ?? 'None', 4), '', '');
    }
    lines.push(...exampleLines(name, entry));
  }
  // A family shares one list of related cmdlets; a cmdlet never lists itself.
  const related = (entry.related ?? []).filter((r) => r.toLowerCase() !== name.toLowerCase());
  lines.push('RELATED LINKS', ...related.map((r) => `    ${r}`), '', ...remarks(name));
  return lines;
}

function resolveCommand(engine: EngineServices, name: string): CommandInfo | undefined {
  let info = engine.commands.get(name);
  if (info?.commandType === 'Alias' && info.definition) info = engine.commands.get(info.definition) ?? info;
  return info;
}

/** The object Get-Help (and `<command> -?`) writes for one command; undefined when the command is unknown. */
export function helpObject(engine: EngineServices, name: string, mode: HelpMode = 'default', parameterPattern?: string): PSObject | undefined {
  const about = ABOUT_TOPICS[name.toLowerCase()];
  if (about) return textHelp(name, about);
  const info = resolveCommand(engine, name);
  if (!info) return undefined;
  if (!info.metadata) return textHelp(info.name, ['NAME', `    ${info.name}`, '', 'SYNTAX', `    ${info.name} `, '', 'ALIASES', '    None', '']);
  const entry = engine.state.help.get(info.metadata.name);
  helpWidth = Math.max(40, engine.host.width - 1);
  const o = new PSObject([HELP_INFO, 'HelpInfo'], [
    ['Name', info.metadata.name],
    ['Category', info.commandType],
    ['Synopsis', entry?.synopsis ?? syntaxLines(info.metadata).join('\n')],
    ['Description', entry?.description ?? ''],
    ['Syntax', syntaxLines(info.metadata).join('\n')],
    ['ModuleName', info.metadata.module ?? ''],
    ['Examples', entry?.examples.map((e) => e.code) ?? []],
  ]);
  rendered.set(o, helpLines(info.metadata, entry, mode, parameterPattern));
  return o;
}

function textHelp(name: string, lines: string[]): PSObject {
  const o = new PSObject([HELP_INFO, 'HelpInfo'], [['Name', name], ['Category', 'HelpFile'], ['Synopsis', lines.find((l) => l.startsWith('    '))?.trim() ?? '']]);
  rendered.set(o, lines);
  return o;
}

/** Conceptual topics the command help refers to. */
const ABOUT_TOPICS: Record<string, string[]> = {
  about_commonparameters: [
    'TOPIC',
    '    about_CommonParameters',
    '',
    'SHORT DESCRIPTION',
    '    Parameters every cmdlet accepts.',
    '',
    'LONG DESCRIPTION',
    '    -Verbose (-vb) shows VERBOSE: messages; -Debug (-db) shows DEBUG: messages.',
    '    -ErrorAction (-ea) decides what a non-terminating error does: Continue (show it and go on), Stop (turn it',
    '    into a terminating error that try/catch can handle), SilentlyContinue (record it in $Error only), Ignore',
    '    (drop it) or Inquire. -WarningAction (-wa) does the same for warnings.',
    '    -ErrorVariable (-ev), -WarningVariable (-wv) and -OutVariable (-ov) also store the errors, warnings or',
    '    output in a variable; a leading + appends to it. -OutBuffer and -PipelineVariable are accepted too.',
    '    Cmdlets that change data add -WhatIf (describe, change nothing) and -Confirm (ask first).',
    '',
  ],
};

const GENERAL_HELP = [
  'TOPIC',
  '    csshell help',
  '',
  'SHORT DESCRIPTION',
  '    Shows how to find commands and read their help in this shell.',
  '',
  'LONG DESCRIPTION',
  '    Get-Help <command> describes a command and shows its syntax, generated from the same parameter',
  '    data the shell binds with. Add -Examples for worked commands, -Detailed for the parameters,',
  '    -Full for everything, or -Parameter <name> for one parameter. Typing <command> -? works too.',
  '',
  '    Get-Command lists commands: Get-Command *Xmpp* finds the XMPP federation cmdlets, and',
  '    Get-Command -Module SkypeForBusiness lists every Skype for Business cmdlet.',
  '',
];

function helpNotFound(ctx: CmdletContext, name: string): void {
  ctx.writeError({
    message: `Get-Help could not find ${name} in a help file in this session. To download updated help topics type: "Update-Help". To get help online, search for the help topic in the TechNet library at https:/go.microsoft.com/fwlink/?LinkID=107116.`,
    errorId: 'HelpNotFound',
    category: 'ResourceUnavailable',
    targetObject: name,
    exceptionType: 'Microsoft.PowerShell.Commands.HelpNotFoundException',
  });
}

function modeOf(ctx: CmdletContext): HelpMode {
  if (ctx.params.Parameter !== undefined) return 'parameter';
  if (ctx.params.Examples) return 'examples';
  if (ctx.params.Full) return 'full';
  if (ctx.params.Detailed) return 'detailed';
  return 'default';
}

cmdlets.push(define(
  'Get-Help',
  {
    module: CORE,
    defaultSet: 'AllUsersView',
    params: {
      Name: { type: 'String', position: 0, pipeline: 'True (ByPropertyName)' },
      Path: { type: 'String' },
      Category: { type: 'String', array: true },
      Component: { type: 'String', array: true },
      Functionality: { type: 'String', array: true },
      Role: { type: 'String', array: true },
      Full: { type: 'SwitchParameter', sets: { AllUsersView: [false, null] } },
      Detailed: { type: 'SwitchParameter', sets: { DetailedView: [true, null] } },
      Examples: { type: 'SwitchParameter', sets: { Examples: [true, null] } },
      Parameter: { type: 'String', sets: { Parameters: [true, null] } },
      Online: { type: 'SwitchParameter', sets: { Online: [true, null] } },
      ShowWindow: { type: 'SwitchParameter', sets: { ShowWindow: [true, null] } },
    },
  },
  () => ({
    process(ctx) {
      const name = ctx.params.Name !== undefined ? toStr(ctx.params.Name) : '';
      if (!name) {
        const o = new PSObject([HELP_INFO, 'HelpInfo'], [['Name', 'default'], ['Category', 'HelpFile'], ['Synopsis', GENERAL_HELP[5]!.trim()]]);
        rendered.set(o, GENERAL_HELP);
        ctx.writeObject(o);
        return;
      }
      if (ctx.params.Online) {
        ctx.throwTerminatingError({ message: 'The online version of this Help topic cannot be displayed because the shell has no network access.', errorId: 'InvalidOperation', category: 'InvalidOperation' });
      }
      if (hasWildcard(name)) {
        const hits = ctx.engine.commands
          .all()
          .filter((c) => c.metadata && wildcardMatch(name, c.name) && c.commandType !== 'Alias')
          .sort((a, b) => a.name.toLowerCase().localeCompare(b.name.toLowerCase()));
        if (hits.length === 1) ctx.writeObject(helpObject(ctx.engine, hits[0]!.name, modeOf(ctx), ctx.params.Parameter as string | undefined));
        else
          for (const c of hits) {
            ctx.writeObject(new PSObject(HELP_SHORT, [['Name', c.name], ['Category', c.commandType], ['Module', c.metadata?.module ?? ''], ['Synopsis', ctx.engine.state.help.get(c.name)?.synopsis ?? '']]));
          }
        if (hits.length === 0) helpNotFound(ctx, name);
        return;
      }
      const o = helpObject(ctx.engine, name, modeOf(ctx), ctx.params.Parameter as string | undefined);
      if (!o) {
        helpNotFound(ctx, name);
        return;
      }
      if (modeOf(ctx) === 'parameter' && (rendered.get(o) ?? []).length === 0) {
        ctx.writeError({
          message: `No parameter matches criteria ${toStr(ctx.params.Parameter)}.`,
          errorId: 'NoParmsFound',
          category: 'InvalidArgument',
          targetObject: ctx.params.Parameter,
          exceptionType: 'System.ArgumentException',
        });
        return;
      }
      ctx.writeObject(o);
    },
  }),
));
