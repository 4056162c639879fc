// Get-/Start-/Stop-CsWindowsService: the Skype for Business services of a topology computer
// (the local computer of the session unless -ComputerName names another one). State is kept per computer.

import type { CmdletContext } from '../../engine/cmdlet.js';
import { PSObject } from '../../engine/values.js';
import { registerCsCmdlet } from '../../catalog/registry.js';
import { registerView } from '../../format/index.js';
import { getComputer } from '../../store/topologyRepository.js';
import { listWindowsServices, setWindowsServiceStatus } from '../../store/topologyRuntime.js';
import type { WindowsServiceRecord } from '../../store/topologyTypes.js';
import { TYPE, ntServiceObject } from './topoObjects.js';
import { fail, hasWildcard, recordHandler, storeOf, stringParam, topoErrors, wildcardMatch } from './topoCommon.js';

registerView(TYPE.ntService[0], {
  kind: 'table',
  columns: [{ property: 'Status', width: 8 }, { property: 'Name', width: 20 }, { property: 'ActivityLevel' }],
});

function computerName(ctx: CmdletContext): string {
  const given = stringParam(ctx, 'ComputerName');
  const name = given ?? ctx.engine.session.remoteComputer ?? ctx.engine.session.localComputer;
  const computer = getComputer(storeOf(ctx), name);
  if (!computer) fail(topoErrors.notFound('Computer', name));
  return computer.fqdn;
}

/** [V Get-Service wording] for a name that matches no service. */
function noSuchService(name: string) {
  return {
    message: `Cannot find any service with service name '${name}'.`,
    category: 'ObjectNotFound' as const,
    errorId: 'NoServiceFoundForGivenName',
    exceptionType: 'Microsoft.PowerShell.Commands.ServiceCommandException',
    targetObject: name,
  };
}

/** The services a command acts on: piped NTService objects, -Name (wildcards allowed), or all of them. */
function selectServices(ctx: CmdletContext): WindowsServiceRecord[] {
  const store = storeOf(ctx);
  const input = ctx.params.InputObject;
  if (input instanceof PSObject) {
    const computer = String(input.get('ComputerName') ?? ctx.engine.session.localComputer);
    const name = String(input.get('Name') ?? '');
    const hit = listWindowsServices(store, computer).filter((w) => w.name.toLowerCase() === name.toLowerCase());
    if (!hit.length) fail(noSuchService(name));
    return hit;
  }
  const computer = computerName(ctx);
  const all = listWindowsServices(store, computer);
  const name = stringParam(ctx, 'Name');
  if (name === undefined) return all;
  const hit = all.filter((w) => wildcardMatch(name, w.name) || wildcardMatch(name, w.displayName));
  if (!hit.length && !hasWildcard(name)) fail(noSuchService(name));
  return hit;
}

registerCsCmdlet('Get-CsWindowsService', () =>
  recordHandler((ctx) => {
    for (const w of selectServices(ctx)) ctx.writeObject(ntServiceObject(w));
  }),
);

function changeStatus(status: 'Running' | 'Stopped', verb: string) {
  return recordHandler(async (ctx) => {
    const store = storeOf(ctx);
    for (const w of selectServices(ctx)) {
      if (w.status === status) continue;
      if (!(await ctx.shouldProcess(`${w.name} (${w.computer})`))) continue;
      store.transaction(() => setWindowsServiceStatus(store, w.computer, w.name, status));
      ctx.writeVerbose(`${verb} service ${w.name} on ${w.computer}.`);
    }
  });
}

registerCsCmdlet('Start-CsWindowsService', () => changeStatus('Running', 'Started'));
registerCsCmdlet('Stop-CsWindowsService', () => changeStatus('Stopped', 'Stopped'));
