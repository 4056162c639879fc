// The Windows services of a topology computer as Get-Service sees them (ServiceController objects):
// the same rows Get-CsWindowsService reads and changes, so a service stopped one way shows stopped the
// other way. Selection follows 5.1: -Name wildcards, a literal name or display name, -DisplayName,
// -Include/-Exclude, piped controllers; a literal that matches nothing is a non-terminating error.

import type { CmdletContext, ErrorSpec } from '../../engine/cmdlet.js';
import { toStr } from '../../engine/runtime/convert.js';
import type { EnumPropertyDeclaration } from '../../engine/runtime/enumProperties.js';
import { PSObject } from '../../engine/runtime/values.js';
import { hasWildcardCharacters, wildcardMatcher } from '../../engine/runtime/wildcard.js';
import { listWindowsServices } from '../../store/topologyRuntime.js';
import { findComputerByName } from '../../store/topologyRepository.js';
import type { WindowsServiceRecord } from '../../store/topologyTypes.js';
import { storeOf } from '../storeAccess.js';

export const SERVICE_CONTROLLER = 'System.ServiceProcess.ServiceController';

/** The .NET enums of a controller's properties, by their documented numbers (gathered by the family index). */
export const enumProperties: readonly EnumPropertyDeclaration[] = [
  { typeName: SERVICE_CONTROLLER, property: 'Status', values: { Stopped: 1, StartPending: 2, StopPending: 3, Running: 4, ContinuePending: 5, PausePending: 6, Paused: 7 } },
  { typeName: SERVICE_CONTROLLER, property: 'StartType', values: { Boot: 0, System: 1, Automatic: 2, Manual: 3, Disabled: 4 } },
  {
    typeName: SERVICE_CONTROLLER,
    property: 'ServiceType',
    values: { KernelDriver: 1, FileSystemDriver: 2, Adapter: 4, RecognizerDriver: 8, Win32OwnProcess: 16, Win32ShareProcess: 32, InteractiveProcess: 256 },
  },
];

/** 5.1 names the local computer `.` in MachineName. */
const LOCAL_MACHINE = '.';

/** A service together with the MachineName it was reached by. */
export interface ServiceHandle {
  record: WindowsServiceRecord;
  machineName: string;
}

export function serviceController(h: ServiceHandle): PSObject {
  const w = h.record;
  return new PSObject([SERVICE_CONTROLLER, 'System.ComponentModel.Component', 'System.MarshalByRefObject', 'System.Object'], [
    ['Name', w.name],
    // [I] Dependencies between services are not modelled: both lists are empty.
    ['RequiredServices', []],
    ['CanPauseAndContinue', false],
    ['CanShutdown', w.status === 'Running'],
    ['CanStop', w.status === 'Running'],
    ['DisplayName', w.displayName],
    ['DependentServices', []],
    ['MachineName', h.machineName],
    ['ServiceName', w.name],
    ['ServicesDependedOn', []],
    ['ServiceHandle', null],
    ['Status', w.status],
    ['ServiceType', 'Win32OwnProcess'],
    // [I] Every product service starts automatically.
    ['StartType', 'Automatic'],
    ['Site', null],
    ['Container', null],
  ]);
}

/** 5.1's ServiceCommandException for a name or display name that matches no service. */
export function noServiceFound(kind: 'name' | 'display name', value: string): ErrorSpec {
  return {
    message: `Cannot find any service with ${kind === 'name' ? 'service name' : 'display name'} '${value}'.`,
    errorId: kind === 'name' ? 'NoServiceFoundForGivenName' : 'NoServiceFoundForGivenDisplayName',
    category: 'ObjectNotFound',
    exceptionType: 'Microsoft.PowerShell.Commands.ServiceCommandException',
    targetObject: value,
  };
}

function texts(value: unknown): string[] | undefined {
  if (value === undefined || value === null) return undefined;
  return (Array.isArray(value) ? value : [value]).map((v) => toStr(v));
}

/** The computer a MachineName (or -ComputerName) names: `.`/localhost is the shell's computer. */
export function computerFqdn(ctx: CmdletContext, machineName: string): string | undefined {
  const local = ctx.engine.session.remoteComputer ?? ctx.engine.session.localComputer;
  const name = machineName.trim();
  if (name === LOCAL_MACHINE || name === '' || /^localhost$/i.test(name)) return local;
  return findComputerByName(storeOf(ctx), name)?.fqdn;
}

function byName(a: WindowsServiceRecord, b: WindowsServiceRecord): number {
  return a.name.toLowerCase() < b.name.toLowerCase() ? -1 : a.name.toLowerCase() > b.name.toLowerCase() ? 1 : 0;
}

/** Services of one computer matching -Name / -DisplayName; literals that match nothing are reported. */
function matchOnComputer(ctx: CmdletContext, all: WindowsServiceRecord[]): WindowsServiceRecord[] {
  const names = texts(ctx.params.Name);
  const displayNames = texts(ctx.params.DisplayName);
  if (!names && !displayNames) return all;
  const found: WindowsServiceRecord[] = [];
  const add = (w: WindowsServiceRecord) => found.includes(w) || found.push(w);
  for (const pattern of names ?? []) {
    const wild = hasWildcardCharacters(pattern);
    const match = wildcardMatcher(pattern);
    // A literal name also finds a service by its display name, as the service manager does.
    const hits = all.filter((w) => match(w.name) || (!wild && match(w.displayName)));
    if (!hits.length && !wild) ctx.writeError(noServiceFound('name', pattern));
    hits.forEach(add);
  }
  for (const pattern of displayNames ?? []) {
    const match = wildcardMatcher(pattern);
    const hits = all.filter((w) => match(w.displayName));
    if (!hits.length && !hasWildcardCharacters(pattern)) ctx.writeError(noServiceFound('display name', pattern));
    hits.forEach(add);
  }
  return found;
}

function includeExclude(ctx: CmdletContext, list: WindowsServiceRecord[]): WindowsServiceRecord[] {
  const include = texts(ctx.params.Include)?.map((p) => wildcardMatcher(p));
  const exclude = texts(ctx.params.Exclude)?.map((p) => wildcardMatcher(p));
  return list.filter((w) => (!include || include.some((m) => m(w.name))) && !(exclude ?? []).some((m) => m(w.name)));
}

/** A piped ServiceController: the service it names, as stored now. */
function fromController(ctx: CmdletContext, input: unknown): ServiceHandle | undefined {
  const o = input instanceof PSObject ? input : undefined;
  const name = o ? toStr(o.get('ServiceName') ?? o.get('Name') ?? '') : toStr(input);
  // Get-CsWindowsService objects name their computer in ComputerName.
  const machineName = o ? toStr(o.get('MachineName') ?? o.get('ComputerName') ?? LOCAL_MACHINE) : LOCAL_MACHINE;
  const computer = computerFqdn(ctx, machineName);
  const record = computer ? listWindowsServices(storeOf(ctx), computer).find((w) => w.name.toLowerCase() === name.toLowerCase()) : undefined;
  if (!record) {
    ctx.writeError(noServiceFound('name', name));
    return undefined;
  }
  return { record, machineName };
}

/** 5.1's error for a -ComputerName the shell cannot reach. */
function cannotOpenManager(machineName: string): ErrorSpec {
  return {
    message: `Cannot open Service Control Manager on computer '${machineName}'. This operation might require other privileges.`,
    errorId: 'CouldNotGetServiceInfo',
    category: 'InvalidOperation',
    exceptionType: 'System.InvalidOperationException',
    targetObject: machineName,
  };
}

/** The services a service command acts on, sorted by name per computer as 5.1 lists them. */
export function selectServices(ctx: CmdletContext): ServiceHandle[] {
  const inputs = ctx.params.InputObject;
  if (inputs !== undefined && inputs !== null) {
    return (Array.isArray(inputs) ? inputs : [inputs]).flatMap((i) => fromController(ctx, i) ?? []);
  }
  const store = storeOf(ctx);
  const handles: ServiceHandle[] = [];
  for (const machineName of texts(ctx.params.ComputerName) ?? [LOCAL_MACHINE]) {
    const computer = computerFqdn(ctx, machineName);
    if (!computer) {
      ctx.writeError(cannotOpenManager(machineName));
      continue;
    }
    const all = [...listWindowsServices(store, computer)].sort(byName);
    for (const record of includeExclude(ctx, matchOnComputer(ctx, all))) handles.push({ record, machineName });
  }
  return handles;
}
