// Start-Process (aliases saps, start): accepted with Windows PowerShell 5.1's parameters, and refused
// with 5.1's error shape, because the emulator never runs programs of the computer it runs on.

import { toStr } from '../../engine/runtime/convert.js';
import { define, MANAGEMENT } from './meta.js';
import type { CmdletDefinition } from '../../engine/cmdlet.js';

/** The cmdlets this module declares, gathered by its family index. */
export const cmdlets: CmdletDefinition[] = [];

const BOTH = { Default: [false, null] as [boolean, null], UseShellExecute: [false, null] as [boolean, null] };
const DEFAULT_ONLY = { Default: [false, null] as [boolean, null] };

cmdlets.push(define(
  'Start-Process',
  {
    module: MANAGEMENT,
    defaultSet: 'Default',
    shouldProcess: true,
    outputType: 'System.Diagnostics.Process',
    params: {
      FilePath: { aliases: ['PSPath'], sets: { Default: [true, 0], UseShellExecute: [true, 0] } },
      ArgumentList: { array: true, aliases: ['Args'], sets: { Default: [false, 1], UseShellExecute: [false, 1] } },
      Credential: { type: 'PSCredential', aliases: ['RunAs'], sets: DEFAULT_ONLY },
      WorkingDirectory: { sets: BOTH },
      LoadUserProfile: { type: 'SwitchParameter', aliases: ['Lup'], sets: DEFAULT_ONLY },
      NoNewWindow: { type: 'SwitchParameter', aliases: ['nnw'], sets: DEFAULT_ONLY },
      PassThru: { type: 'SwitchParameter', sets: BOTH },
      RedirectStandardError: { aliases: ['RSE'], sets: DEFAULT_ONLY },
      RedirectStandardInput: { aliases: ['RSI'], sets: DEFAULT_ONLY },
      RedirectStandardOutput: { aliases: ['RSO'], sets: DEFAULT_ONLY },
      Verb: { sets: { UseShellExecute: [false, null] } },
      WindowStyle: { validateSet: ['Normal', 'Hidden', 'Minimized', 'Maximized'], sets: BOTH },
      Wait: { type: 'SwitchParameter', sets: BOTH },
      UseNewEnvironment: { type: 'SwitchParameter', sets: DEFAULT_ONLY },
    },
  },
  () => ({
    async process(ctx) {
      const file = toStr(ctx.params.FilePath).trim();
      if (!(await ctx.shouldProcess(file))) return;
      ctx.throwTerminatingError({
        message: `This command cannot be run due to the error: csshell never runs programs of the computer it runs on, so '${file}' was not started. Use the cmdlets of this shell instead (Get-Command lists them).`,
        errorId: 'InvalidOperationException',
        category: 'InvalidOperation',
        exceptionType: 'System.InvalidOperationException',
        targetObject: file,
      });
    },
  }),
));
