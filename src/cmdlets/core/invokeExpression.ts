// Invoke-Expression (alias iex): runs PowerShell text in the caller's scope. The text is parsed and run
// by csshell's own evaluator, like any typed command; nothing reaches the host system.

import type { HelpDeclaration } from '../../catalog/help.js';
import { toStr } from '../../engine/runtime/convert.js';
import { PSRuntimeError } from '../../engine/errors.js';
import type { ScriptBlockValue } from '../../engine/runtime/values.js';
import { scriptBlockFromText } from '../../engine/functions/scriptText.js';
import { maskedSourceLine } from '../../engine/secrets/redact.js';
import { define, UTILITY } from './meta.js';
import type { CmdletDefinition } from '../../engine/cmdlet.js';

/** The cmdlets this module declares, gathered by its family index. */
export const cmdlets: CmdletDefinition[] = [];
/** The help this module declares, gathered by its family index. */
export const help: HelpDeclaration[] = [];

cmdlets.push(define(
  'Invoke-Expression',
  { module: UTILITY, params: { Command: { type: 'String', mandatory: true, position: 0, pipeline: 'True (ByValue)' } } },
  () => ({
    async process(ctx) {
      let block: ScriptBlockValue;
      try {
        block = scriptBlockFromText(toStr(ctx.params.Command ?? ''), ctx.engine.secrets?.sourceLine ?? maskedSourceLine);
      } catch (e) {
        if (!(e instanceof PSRuntimeError)) throw e;
        return ctx.throwTerminatingError({
          message: e.record.message,
          errorId: e.record.fullyQualifiedErrorId,
          category: 'ParserError',
          exceptionType: 'System.Management.Automation.ParseException',
        });
      }
      // Dot-sourced: variables and functions the text defines stay in the caller's scope.
      // [I] 5.1 is taken to name Invoke-Expression in the ids of errors its text raises (not verified on 5.1).
      const options = { dotSource: true, errorIdSuffix: 'Microsoft.PowerShell.Commands.InvokeExpressionCommand' };
      for (const v of await ctx.engine.invokeScriptBlock(block, options)) ctx.writeObject(v);
    },
  }),
));

help.push(['Invoke-Expression', {
  synopsis: 'Runs a string as PowerShell commands.',
  description: 'The text is parsed and run in the current scope, so variables it sets remain afterwards. Text that does not parse stops with the parse error.',
  parameters: { Command: 'The PowerShell text to run.' },
  examples: [
    {
      title: 'Run a command line built from data',
      code: '$line = "Get-CsSite -Identity Redmond"; Invoke-Expression $line',
      remarks: 'Runs the command the string holds.',
      expect: { shows: ['Identity                  : Site:Redmond', 'SiteId                    : 1'] },
    },
  ],
  related: ['Invoke-Command'],
}]);
