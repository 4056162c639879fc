// Enter-PSSession / Exit-PSSession: the shell's computer (DOMAIN §3.1a). Entering a session on a
// topology computer makes the certificate cmdlets act on that computer's store and the prompt show
// `[<fqdn>]: PS C:\Users\Administrator> `; Exit-PSSession returns to the local computer. Only
// computers of the published topology can be reached.

import type { CmdletContext, CmdletImplementation, CmdletMetadata, ParameterMetadata, SessionInfo } from '../../engine/cmdlet.js';
import { cmdletDefinition } from '../../catalog/registry.js';
import { parameter } from '../../engine/parameterMetadata.js';
import { findComputerByName } from '../../store/topologyRepository.js';
import type { HelpDeclaration } from '../../catalog/help.js';
import type { CmdletDefinition } from '../../engine/cmdlet.js';
import { storeOf } from '../storeAccess.js';

/** The cmdlets this module declares, gathered by its family index. */
export const cmdlets: CmdletDefinition[] = [];
/** The help this module declares, gathered by its family index. */
export const help: HelpDeclaration[] = [];

const CORE_MODULE = 'Microsoft.PowerShell.Core';
const ALL = '__AllParameterSets';

function param(name: string, type: string, opts: { mandatory?: boolean; position?: number; aliases?: string[] } = {}): ParameterMetadata {
  return parameter({ name, type, aliases: opts.aliases, inSets: ['ComputerName'], required: !!opts.mandatory, position: opts.position ?? null });
}

const enterMetadata: CmdletMetadata = {
  name: 'Enter-PSSession',
  verb: 'Enter',
  noun: 'PSSession',
  defaultParameterSet: 'ComputerName',
  parameterSets: ['ComputerName'],
  supportsShouldProcess: false,
  parameters: [param('ComputerName', 'String', { mandatory: true, position: 0, aliases: ['Cn'] }), param('Credential', 'PSCredential')],
  outputType: null,
  module: CORE_MODULE,
  className: 'Microsoft.PowerShell.Commands.EnterPSSessionCommand',
};

const exitMetadata: CmdletMetadata = {
  name: 'Exit-PSSession',
  verb: 'Exit',
  noun: 'PSSession',
  defaultParameterSet: null,
  parameterSets: [ALL],
  supportsShouldProcess: false,
  parameters: [],
  outputType: null,
  module: CORE_MODULE,
  className: 'Microsoft.PowerShell.Commands.ExitPSSessionCommand',
};

/** The session object is shared, mutable state of the running engine. */
function writableSession(ctx: CmdletContext): { -readonly [K in keyof SessionInfo]: SessionInfo[K] } {
  return ctx.engine.session as SessionInfo;
}

function enterSession(ctx: CmdletContext): void {
  const requested = String(ctx.params.ComputerName ?? '').trim();
  // [I] A host name alone works when exactly one topology computer has it (edge01 → edge01.contoso.com).
  const computer = findComputerByName(storeOf(ctx), requested);
  if (!computer) {
    ctx.throwTerminatingError({
      message: `Connecting to remote server ${requested} failed with the following error message : WinRM cannot process the request. The following error occurred while using Kerberos authentication: Cannot find the computer ${requested}. Verify that the computer exists on the network and that the name provided is spelled correctly. For more information, see the about_Remote_Troubleshooting Help topic.`,
      errorId: 'CreateRemoteRunspaceFailed',
      category: 'InvalidArgument',
      exceptionType: 'System.Management.Automation.Remoting.PSRemotingTransportException',
      targetObject: requested,
    });
  }
  writableSession(ctx).remoteComputer = computer.fqdn.toLowerCase();
}

function exitSession(ctx: CmdletContext): void {
  writableSession(ctx).remoteComputer = undefined;
}

cmdlets.push(cmdletDefinition(enterMetadata, (): CmdletImplementation => ({ process: enterSession })));
cmdlets.push(cmdletDefinition(exitMetadata, (): CmdletImplementation => ({ process: exitSession })));

help.push(['Enter-PSSession', {
  synopsis: 'Continues the shell on another computer of the topology.',
  description:
    'Commands that act on a computer (the certificate cmdlets above all) run on the computer named by -ComputerName until Exit-PSSession. The ' +
    'prompt shows the computer in brackets. Only computers of the published topology can be reached.',
  parameters: { ComputerName: 'FQDN of a topology computer, for example edge01.contoso.com.', Credential: 'Accepted; this shell does not check it.' },
  examples: [
    { title: 'Work on the Edge Server', code: 'Enter-PSSession -ComputerName edge01.contoso.com\nGet-CsComputer -Local\nExit-PSSession', remarks: 'Commands now run on edge01.contoso.com: Get-CsComputer -Local shows the Edge Server.', expect: { shows: ['Identity : edge01.contoso.com', 'Pool     : edge01.contoso.com'], after: [['$env:COMPUTERNAME', 'FE01']] } },
    { title: 'Switch to the second Front End', code: 'Enter-PSSession fe02.contoso.com\nTest-CsCertificateConfiguration\nExit-PSSession', remarks: 'The computer name can be given by position.', expect: { shows: ['Use        : Default', 'Exists     : False'], after: [['$env:COMPUTERNAME', 'FE01']] } },
  ],
  related: ['Exit-PSSession'],
}]);

help.push(['Exit-PSSession', {
  synopsis: 'Returns the shell to its local computer.',
  description: 'Ends the session started with Enter-PSSession. Outside a session it does nothing.',
  parameters: {},
  examples: [
    { title: 'Leave the Edge Server', code: 'Enter-PSSession -ComputerName edge01.contoso.com\nExit-PSSession', remarks: 'The prompt returns to PS C:\\Users\\Administrator>.', expect: { silent: true, after: [['(Get-CsComputer -Local).Identity', 'fe01.contoso.com']] } },
    { title: 'Harmless outside a session', code: 'Exit-PSSession', remarks: 'Nothing happens when no session is open.', expect: { silent: true, after: [['$env:COMPUTERNAME', 'FE01']] } },
  ],
  related: ['Enter-PSSession'],
}]);
