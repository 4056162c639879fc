// Get-Service, Start-Service, Stop-Service, Restart-Service on the shell's computer (or, for
// Get-Service, -ComputerName): the product's services of the topology, the same state
// Get-/Start-/Stop-CsWindowsService show and change. Each change is one store transaction.

import type { CmdletContext } from '../../engine/cmdlet.js';
import { getWindowsService, setWindowsServiceStatus } from '../../store/topologyRuntime.js';
import { commandTransaction } from '../cs/kit/commandTransaction.js';
import { define, MANAGEMENT, type ParamSpec } from './meta.js';
import { selectServices, serviceController, type ServiceHandle } from './serviceControllers.js';
import type { CmdletDefinition } from '../../engine/cmdlet.js';
import { storeOf } from '../storeAccess.js';

/** The cmdlets this module declares, gathered by its family index. */
export const cmdlets: CmdletDefinition[] = [];

const BY_NAME = 'Default';
const BY_DISPLAY = 'DisplayName';
const BY_INPUT = 'InputObject';

/** -Name / -DisplayName / -InputObject as 5.1 declares them; `mandatory` for the commands that change services. */
function selectionParams(mandatory: boolean): Record<string, ParamSpec> {
  return {
    Name: { array: true, aliases: ['ServiceName'], pipeline: 'True (ByPropertyName, ByValue)', sets: { [BY_NAME]: [mandatory, 0] } },
    DisplayName: { array: true, sets: { [BY_DISPLAY]: [true, null] } },
    InputObject: { type: 'ServiceController', array: true, pipeline: 'True (ByValue)', sets: { [BY_INPUT]: [mandatory, 0] } },
    Include: { array: true },
    Exclude: { array: true },
  };
}

cmdlets.push(define(
  'Get-Service',
  {
    module: MANAGEMENT,
    defaultSet: BY_NAME,
    outputType: 'System.ServiceProcess.ServiceController',
    params: {
      ...selectionParams(false),
      ComputerName: { array: true, aliases: ['Cn'], pipeline: 'True (ByPropertyName)' },
      DependentServices: { type: 'SwitchParameter', aliases: ['DS'] },
      RequiredServices: { type: 'SwitchParameter', aliases: ['SDO', 'ServicesDependedOn'] },
    },
  },
  () => ({
    process(ctx) {
      const handles = selectServices(ctx);
      // [I] Dependencies are not modelled: the dependent and required lists are empty.
      if (ctx.params.DependentServices || ctx.params.RequiredServices) return;
      for (const h of handles) ctx.writeObject(serviceController(h));
    },
  }),
));

type Status = 'Running' | 'Stopped';

/** Sets one service's status in its own transaction; false when it already had it (another process may have changed it). */
function setStatus(ctx: CmdletContext, h: ServiceHandle, status: Status): boolean {
  return commandTransaction(ctx, (store) => {
    if (getWindowsService(store, h.record.computer, h.record.name)?.status === status) return false;
    return setWindowsServiceStatus(store, h.record.computer, h.record.name, status);
  });
}

function refreshed(ctx: CmdletContext, h: ServiceHandle): ServiceHandle {
  const record = getWindowsService(storeOf(ctx), h.record.computer, h.record.name) ?? h.record;
  return { record, machineName: h.machineName };
}

/** The steps of each command: Restart-Service stops, then starts. */
const STEPS: Record<string, Status[]> = { 'Start-Service': ['Running'], 'Stop-Service': ['Stopped'], 'Restart-Service': ['Stopped', 'Running'] };

function changeServices(command: string) {
  return async (ctx: CmdletContext) => {
    for (const h of selectServices(ctx)) {
      const target = `${h.record.displayName} (${h.record.name})`;
      if (!(await ctx.shouldProcess(target, command))) continue;
      let changed = false;
      for (const status of STEPS[command]!) changed = setStatus(ctx, h, status) || changed;
      // 5.1 reports the operation under -Verbose, as ShouldProcess words it.
      if (changed) ctx.writeVerbose(`Performing the operation "${command}" on target "${target}".`);
      if (ctx.params.PassThru) ctx.writeObject(serviceController(refreshed(ctx, h)));
    }
  };
}

const CHANGE_EXTRAS: Record<string, Record<string, ParamSpec>> = {
  'Start-Service': {},
  'Stop-Service': { Force: { type: 'SwitchParameter' }, NoWait: { type: 'SwitchParameter' } },
  'Restart-Service': { Force: { type: 'SwitchParameter' } },
};

for (const [command, extras] of Object.entries(CHANGE_EXTRAS)) {
  cmdlets.push(define(
    command,
    {
      module: MANAGEMENT,
      defaultSet: BY_INPUT,
      shouldProcess: true,
      outputType: 'System.ServiceProcess.ServiceController',
      params: { ...selectionParams(true), PassThru: { type: 'SwitchParameter' }, ...extras },
    },
    () => ({ process: changeServices(command) }),
  ));
}
