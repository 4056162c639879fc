// $PSCmdlet inside advanced functions: ShouldProcess / ShouldContinue (with -WhatIf / -Confirm),
// WriteVerbose / WriteWarning / WriteError / ThrowTerminatingError, ParameterSetName, MyInvocation.

import type { CmdletMetadata } from '../cmdlet.js';
import { ErrorRecord, PSRuntimeError } from '../errors.js';
import { ShouldProcessController } from '../pipeline/shouldProcess.js';
import { toStr } from '../runtime/convert.js';
import { NO_METHOD } from '../members/support.js';
import type { EvaluatorApi } from '../eval/evaluatorApi.js';

export class PSCmdletValue {
  readonly typeName = 'System.Management.Automation.PSScriptCmdlet';
  private readonly controller: ShouldProcessController;

  constructor(
    private readonly ev: EvaluatorApi,
    readonly metadata: CmdletMetadata,
    readonly params: Record<string, unknown>,
    readonly bound: ReadonlySet<string>,
    readonly parameterSetName: string,
    readonly myInvocation: () => unknown,
  ) {
    this.controller = new ShouldProcessController({
      host: ev.host,
      metadata,
      params,
      bound,
      getVariable: (n) => ev.services.getVariable(n),
      fail: (spec) => {
        throw new PSRuntimeError(new ErrorRecord({ message: spec.message, errorId: spec.errorId, category: spec.category }));
      },
    });
  }

  member(lower: string): unknown {
    switch (lower) {
      case 'parametersetname':
        return this.parameterSetName;
      case 'myinvocation':
        return this.myInvocation();
      case 'commandruntime':
        return this.metadata.name;
      default:
        return undefined;
    }
  }

  call(lower: string, args: unknown[]): unknown {
    switch (lower) {
      case 'shouldprocess':
        return this.controller.shouldProcess(toStr(args[args.length === 1 ? 0 : 0]), args.length > 1 ? toStr(args[1]) : undefined);
      case 'shouldcontinue':
        return this.controller.shouldContinue(toStr(args[0]), toStr(args[1]));
      case 'writeverbose':
        if (this.ev.preference('VerbosePreference').toLowerCase() === 'continue') this.ev.host.write('verbose', `VERBOSE: ${toStr(args[0])}`);
        return undefined;
      case 'writewarning':
        if (this.ev.preference('WarningPreference').toLowerCase() !== 'silentlycontinue') this.ev.host.write('warning', `WARNING: ${toStr(args[0])}`);
        return undefined;
      case 'writedebug':
        return undefined;
      case 'writeerror':
        return this.ev.reportError(args[0] instanceof ErrorRecord ? args[0] : new ErrorRecord({ message: toStr(args[0]), errorId: 'Microsoft.PowerShell.Commands.WriteErrorException' }));
      case 'throwterminatingerror':
        throw new PSRuntimeError(args[0] instanceof ErrorRecord ? args[0] : new ErrorRecord({ message: toStr(args[0]), errorId: 'RuntimeException' }));
      case 'writeobject':
        return NO_METHOD;
      default:
        return NO_METHOD;
    }
  }
}
