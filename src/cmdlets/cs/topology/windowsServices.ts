// Get-/Start-/Stop-CsWindowsService: the Skype for Business services of a topology computer
// (the local computer of the session unless -ComputerName names another one). State is kept per computer.

import type { CmdletContext } from '../../../engine/cmdlet.js';
import { PSObject } from '../../../engine/runtime/values.js';
import { csCmdlet } from '../../../catalog/registry.js';
import { findComputerByName, getComputer, getPool } from '../../../store/topologyRepository.js';
import { getWindowsService, listWindowsServices, setWindowsServiceStatus } from '../../../store/topologyRuntime.js';
import { commandTransaction } from '../kit/commandTransaction.js';
import type { PoolKind, WindowsServiceRecord } from '../../../store/topologyTypes.js';
import { ntServiceObject } from './objects.js';
import { fail, recordHandler } from '../kit/commandError.js';
import { hasWildcard, sessionComputer, storeOf, stringParam, wildcardMatch } from '../kit/commandContext.js';
import { topoErrors } from './errors.js';
import { withReport } from '../kit/report.js';
import type { CmdletDefinition } from '../../../engine/cmdlet.js';

/** The cmdlets this module declares, gathered by its family index. */
export const cmdlets: CmdletDefinition[] = [];


function computerName(ctx: CmdletContext): string {
  const given = stringParam(ctx, 'ComputerName');
  const name = given ?? sessionComputer(ctx);
  const computer = findComputerByName(storeOf(ctx), name);
  if (!computer) fail(topoErrors.notFound('Computer', name));
  return computer.fqdn;
}

/**
 * [I] RoleName of a service: the topology roles (as Get-CsService names them) it hosts on a Front End
 * computer. Services absent here host no role (RoleName is null, as for the logging and replica agents).
 */
const FRONT_END_SERVICE_ROLES: Record<string, string[]> = {
  RTCSRV: ['Registrar', 'UserServer'],
  RTCXMPPTGW: ['Registrar'],
  RTCIMMCU: ['ConferencingServer'],
  RTCDATAMCU: ['ConferencingServer'],
  RTCAVMCU: ['ConferencingServer'],
  RTCASMCU: ['ConferencingServer'],
  RTCMRAUTH: ['ConferencingServer'],
  RTCHOST: ['ApplicationServer'],
  RTCCAA: ['ApplicationServer'],
  RTCCAS: ['ApplicationServer'],
  RTCRGS: ['ApplicationServer'],
  RTCCPS: ['ApplicationServer'],
  RTCATS: ['ApplicationServer'],
  RTCMEDSRV: ['MediationServer'],
  MASTER: ['CentralManagement'],
  FTA: ['CentralManagement'],
};
/** [I] Services of any computer that host no role. */
const ROLELESS_SERVICES = new Set(['RTCCLSAGT', 'REPLICA']);

/** RoleName of a service on its computer: on an Edge computer every role-bearing service is the Edge role. */
function serviceRoles(ctx: CmdletContext, w: WindowsServiceRecord, poolKinds: Map<string, PoolKind | undefined>): string[] | null {
  const name = w.name.toUpperCase();
  if (ROLELESS_SERVICES.has(name)) return null;
  const key = w.computer.toLowerCase();
  if (!poolKinds.has(key)) {
    const computer = getComputer(storeOf(ctx), w.computer);
    poolKinds.set(key, computer ? getPool(storeOf(ctx), computer.pool)?.kind : undefined);
  }
  const kind = poolKinds.get(key);
  if (kind === 'Edge') return ['EdgeServer'];
  if (kind === 'Director' && name === 'RTCSRV') return ['Director'];
  return FRONT_END_SERVICE_ROLES[name] ? [...FRONT_END_SERVICE_ROLES[name]] : null;
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

cmdlets.push(csCmdlet('Get-CsWindowsService', () =>
  withReport(
    recordHandler((ctx) => {
      const poolKinds = new Map<string, PoolKind | undefined>();
      for (const w of selectServices(ctx)) ctx.writeObject(ntServiceObject(w, serviceRoles(ctx, w, poolKinds)));
    }),
  ),
));

function changeStatus(status: 'Running' | 'Stopped', verb: string) {
  return recordHandler(async (ctx) => {
    for (const w of selectServices(ctx)) {
      if (w.status === status) continue;
      if (!(await ctx.shouldProcess(`${w.name} (${w.computer})`))) continue;
      // Another process may have changed the service meanwhile: only a real change is reported.
      const changed = commandTransaction(ctx, (store) => {
        if (getWindowsService(store, w.computer, w.name)?.status === status) return false;
        return setWindowsServiceStatus(store, w.computer, w.name, status);
      });
      if (changed) ctx.writeVerbose(`${verb} service ${w.name} on ${w.computer}.`);
    }
  });
}

cmdlets.push(csCmdlet('Start-CsWindowsService', () => withReport(changeStatus('Running', 'Started'))));
cmdlets.push(csCmdlet('Stop-CsWindowsService', () => withReport(changeStatus('Stopped', 'Stopped'))));
