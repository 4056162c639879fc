// Import-Module / Get-Module / Remove-Module for the module names admins use with this shell
// (SkypeForBusiness, Lync, ActiveDirectory and PowerShell's own), and the remote-session boilerplate
// (New-PSSession -ConnectionUri https://<pool>/OcsPowershell, Import-PSSession, Remove-PSSession,
// Get-PSSession), accepted against the emulated deployment without any network.

import type { CmdletContext, SessionInfo } from '../../engine/cmdlet.js';
import { toStr } from '../../engine/runtime/convert.js';
import { PSObject, TimeSpan } from '../../engine/runtime/values.js';
import type { CmdletLookup } from '../../catalog/registry.js';
import { CORE, define, MANAGEMENT, SECURITY, UTILITY } from './meta.js';
import { hasWildcard, listOf, wildcardMatch } from './util.js';
import type { CmdletDefinition } from '../../engine/cmdlet.js';

/** The cmdlets this module declares, gathered by its family index. */
export const cmdlets: CmdletDefinition[] = [];

const MODULE_INFO = 'System.Management.Automation.PSModuleInfo';
const PS_SESSION = 'System.Management.Automation.Runspaces.PSSession';



interface KnownModule {
  name: string;
  type: 'Manifest' | 'Script' | 'Binary';
  version: string;
  /** Modules whose cmdlets this one exports (by CmdletMetadata.module). */
  exports: string;
}

/** [I] Modules the emulated server has; SkypeForBusiness is loaded when the shell starts, as in the real Management Shell. */
export const KNOWN_MODULES: KnownModule[] = [
  { name: 'Microsoft.PowerShell.Management', type: 'Manifest', version: '3.1.0.0', exports: MANAGEMENT },
  { name: 'Microsoft.PowerShell.Security', type: 'Manifest', version: '3.0.0.0', exports: SECURITY },
  { name: 'Microsoft.PowerShell.Utility', type: 'Manifest', version: '3.1.0.0', exports: UTILITY },
  { name: 'SkypeForBusiness', type: 'Manifest', version: '7.0.0.0', exports: 'SkypeForBusiness' },
  { name: 'Lync', type: 'Manifest', version: '5.0.0.0', exports: 'SkypeForBusiness' },
  { name: 'ActiveDirectory', type: 'Manifest', version: '1.0.0.0', exports: 'ActiveDirectory' },
];

const INITIALLY_LOADED = ['Microsoft.PowerShell.Management', 'Microsoft.PowerShell.Security', 'Microsoft.PowerShell.Utility', 'SkypeForBusiness'];

const loaded = new WeakMap<SessionInfo, Set<string>>();

function loadedSet(ctx: CmdletContext): Set<string> {
  let s = loaded.get(ctx.engine.session);
  if (!s) loaded.set(ctx.engine.session, (s = new Set(INITIALLY_LOADED.map((n) => n.toLowerCase()))));
  return s;
}

export function moduleVersion(moduleName: string | undefined): string {
  if (moduleName === CORE) return '3.0.0.0';
  return KNOWN_MODULES.find((m) => m.name === moduleName || m.exports === moduleName)?.version ?? '';
}

function moduleInfo(m: KnownModule, cmdlets: CmdletLookup): PSObject {
  const commands = cmdlets
    .all()
    .filter((c) => c.metadata.module === m.exports)
    .map((c) => c.metadata.name)
    .sort((a, b) => a.localeCompare(b));
  return new PSObject(MODULE_INFO, [
    ['ModuleType', m.type],
    ['Version', m.version],
    ['Name', m.name],
    ['ExportedCommands', commands],
    ['Path', `C:\\Program Files\\Common Files\\Skype for Business Server 2015\\Modules\\${m.name}\\${m.name}.psd1`],
  ]);
}

function moduleNotFound(ctx: CmdletContext, name: string): void {
  ctx.writeError({
    message: `The specified module '${name}' was not loaded because no valid module file was found in any module directory.`,
    errorId: 'Modules_ModuleNotFound',
    category: 'ResourceUnavailable',
    targetObject: name,
    exceptionType: 'System.IO.FileNotFoundException',
  });
}

cmdlets.push(define(
  'Import-Module',
  {
    module: CORE,
    defaultSet: 'Name',
    params: {
      Name: { type: 'String', array: true, pipeline: 'True (ByValue)', sets: { Name: [true, 0] } },
      ModuleInfo: { type: 'PSModuleInfo', array: true, pipeline: 'True (ByValue)', sets: { ModuleInfo: [true, 0] } },
      Global: { type: 'SwitchParameter' },
      Prefix: { type: 'String' },
      Function: { type: 'String', array: true },
      Cmdlet: { type: 'String', array: true },
      Force: { type: 'SwitchParameter' },
      PassThru: { type: 'SwitchParameter' },
      AsCustomObject: { type: 'SwitchParameter' },
      MinimumVersion: { type: 'Version', aliases: ['Version'] },
      DisableNameChecking: { type: 'SwitchParameter' },
      NoClobber: { type: 'SwitchParameter' },
      Scope: { type: 'String', validateSet: ['Local', 'Global'] },
    },
  },
  () => ({
    process(ctx) {
      const names = ctx.params.ModuleInfo ? listOf(ctx.params.ModuleInfo).map((m) => toStr((m as PSObject).get?.('Name'))) : listOf(ctx.params.Name).map(toStr);
      for (const raw of names) {
        // A path such as `C:\...\Lync\Lync.psd1` names the module by its file.
        const name = raw.replace(/^.*[\\/]/, '').replace(/\.psd1$|\.psm1$/i, '');
        const m = KNOWN_MODULES.find((k) => k.name.toLowerCase() === name.toLowerCase());
        if (!m) {
          moduleNotFound(ctx, raw);
          continue;
        }
        loadedSet(ctx).add(m.name.toLowerCase());
        if (ctx.params.PassThru) ctx.writeObject(moduleInfo(m, ctx.engine.state.cmdlets));
      }
    },
  }),
));

cmdlets.push(define(
  'Get-Module',
  {
    module: CORE,
    defaultSet: 'Loaded',
    params: {
      Name: { type: 'String', array: true, position: 0, pipeline: 'True (ByValue)' },
      All: { type: 'SwitchParameter' },
      ListAvailable: { type: 'SwitchParameter', sets: { Available: [true, null] } },
      Refresh: { type: 'SwitchParameter', sets: { Available: [false, null] } },
    },
  },
  () => ({
    process(ctx) {
      const patterns = listOf(ctx.params.Name).map(toStr);
      const set = loadedSet(ctx);
      const pool = ctx.params.ListAvailable ? KNOWN_MODULES : KNOWN_MODULES.filter((m) => set.has(m.name.toLowerCase()));
      for (const m of pool) {
        if (patterns.length && !patterns.some((p) => wildcardMatch(p, m.name))) continue;
        ctx.writeObject(moduleInfo(m, ctx.engine.state.cmdlets));
      }
    },
  }),
));

cmdlets.push(define(
  'Remove-Module',
  {
    module: CORE,
    defaultSet: 'name',
    shouldProcess: true,
    params: {
      Name: { type: 'String', array: true, sets: { name: [true, 0] } },
      ModuleInfo: { type: 'PSModuleInfo', array: true, pipeline: 'True (ByValue)', sets: { ModuleInfo: [true, 0] } },
      Force: { type: 'SwitchParameter' },
    },
  },
  () => ({
    async process(ctx) {
      const set = loadedSet(ctx);
      const names = ctx.params.ModuleInfo ? listOf(ctx.params.ModuleInfo).map((m) => toStr((m as PSObject).get?.('Name'))) : listOf(ctx.params.Name).map(toStr);
      let removed = 0;
      for (const n of names) {
        for (const m of KNOWN_MODULES.filter((k) => set.has(k.name.toLowerCase()) && (hasWildcard(n) ? wildcardMatch(n, k.name) : k.name.toLowerCase() === n.toLowerCase()))) {
          if (!(await ctx.shouldProcess(m.name, 'Remove-Module'))) continue;
          set.delete(m.name.toLowerCase());
          removed++;
        }
      }
      if (removed === 0) {
        ctx.writeError({
          message: 'No modules were removed. Verify that the specification of modules to remove is correct and those modules exist in the runspace.',
          errorId: 'Modules_NoModulesRemoved',
          category: 'ResourceUnavailable',
          exceptionType: 'System.InvalidOperationException',
        });
      }
    },
  }),
));

interface SessionTable {
  next: number;
  sessions: PSObject[];
}
const sessionTables = new WeakMap<SessionInfo, SessionTable>();

function sessionTable(ctx: CmdletContext): SessionTable {
  let t = sessionTables.get(ctx.engine.session);
  if (!t) sessionTables.set(ctx.engine.session, (t = { next: 1, sessions: [] }));
  return t;
}

function uriHost(ctx: CmdletContext, uri: string): string {
  const m = /^https?:\/\/([^/:]+)(:\d+)?(\/.*)?$/i.exec(uri.trim());
  if (!m) {
    ctx.throwTerminatingError({
      message: `Cannot bind parameter 'ConnectionUri'. Cannot convert value "${uri}" to type "System.Uri". Error: "Invalid URI: The format of the URI could not be determined."`,
      errorId: 'CannotConvertArgumentNoMessage',
      category: 'InvalidArgument',
      exceptionType: 'System.Management.Automation.ParameterBindingException',
    });
  }
  return m[1]!.toLowerCase();
}

cmdlets.push(define(
  'New-PSSession',
  {
    module: CORE,
    defaultSet: 'ComputerName',
    params: {
      ComputerName: { type: 'String', array: true, aliases: ['Cn'], pipeline: 'True (ByValue)', sets: { ComputerName: [false, 0] } },
      ConnectionUri: { type: 'Uri', array: true, aliases: ['URI', 'CU'], sets: { Uri: [true, 0] } },
      Credential: { type: 'PSCredential' },
      Name: { type: 'String', array: true },
      Authentication: { type: 'AuthenticationMechanism', validateSet: ['Default', 'Basic', 'Negotiate', 'NegotiateWithImplicitCredential', 'Credssp', 'Digest', 'Kerberos'] },
      ConfigurationName: { type: 'String' },
      SessionOption: { type: 'PSSessionOption' },
      Port: { type: 'Int32', sets: { ComputerName: [false, null] } },
      UseSSL: { type: 'SwitchParameter', sets: { ComputerName: [false, null] } },
      AllowRedirection: { type: 'SwitchParameter', sets: { Uri: [false, null] } },
      EnableNetworkAccess: { type: 'SwitchParameter' },
      ThrottleLimit: { type: 'Int32' },
    },
  },
  () => ({
    process(ctx) {
      const t = sessionTable(ctx);
      const targets = ctx.parameterSetName === 'Uri' ? listOf(ctx.params.ConnectionUri).map((u) => uriHost(ctx, toStr(u))) : listOf(ctx.params.ComputerName ?? 'localhost').map(toStr);
      const names = listOf(ctx.params.Name).map(toStr);
      targets.forEach((computer, i) => {
        const id = t.next++;
        const session = new PSObject(PS_SESSION, [
          ['Id', id],
          ['Name', names[i] ?? `Session${id}`],
          ['ComputerName', computer],
          ['ComputerType', 'RemoteMachine'],
          ['State', 'Opened'],
          ['ConfigurationName', ctx.params.ConfigurationName !== undefined ? toStr(ctx.params.ConfigurationName) : 'Microsoft.PowerShell'],
          ['Availability', 'Available'],
        ]);
        t.sessions.push(session);
        ctx.writeObject(session);
      });
    },
  }),
));

function selectSessions(ctx: CmdletContext): PSObject[] {
  const t = sessionTable(ctx);
  const p = ctx.params;
  if (p.Session !== undefined) {
    const wanted = listOf(p.Session).map((s) => (s instanceof PSObject ? s.get('Id') : undefined));
    return t.sessions.filter((s) => wanted.includes(s.get('Id')));
  }
  if (p.Id !== undefined) return t.sessions.filter((s) => listOf(p.Id).map(Number).includes(s.get('Id') as number));
  if (p.Name !== undefined) return t.sessions.filter((s) => listOf(p.Name).some((n) => wildcardMatch(toStr(n), toStr(s.get('Name')))));
  if (p.ComputerName !== undefined) return t.sessions.filter((s) => listOf(p.ComputerName).some((n) => wildcardMatch(toStr(n), toStr(s.get('ComputerName')))));
  return [...t.sessions];
}

const selection = {
  Session: { type: 'PSSession', array: true, pipeline: 'True (ByValue)' as const, sets: { Session: [true, 0] } as Record<string, [boolean, number | null]> },
  Id: { type: 'Int32', array: true, sets: { Id: [true, 0] } as Record<string, [boolean, number | null]> },
  Name: { type: 'String', array: true, sets: { Name: [true, null] } as Record<string, [boolean, number | null]> },
  ComputerName: { type: 'String', array: true, aliases: ['Cn'], sets: { ComputerName: [true, null] } as Record<string, [boolean, number | null]> },
};

cmdlets.push(define('Remove-PSSession', { module: CORE, defaultSet: 'Session', shouldProcess: true, params: selection }, () => ({
  async process(ctx) {
    const t = sessionTable(ctx);
    for (const s of selectSessions(ctx)) {
      if (!(await ctx.shouldProcess(toStr(s.get('Name')), 'Remove-PSSession'))) continue;
      s.set('State', 'Closed');
      s.set('Availability', 'None');
      t.sessions = t.sessions.filter((x) => x !== s);
    }
  },
})));

cmdlets.push(define(
  'Get-PSSession',
  {
    module: CORE,
    defaultSet: 'All',
    params: {
      Id: { type: 'Int32', array: true, sets: { Id: [true, 0] } },
      Name: { type: 'String', array: true, sets: { Name: [true, null] } },
      ComputerName: { type: 'String', array: true, aliases: ['Cn'], sets: { ComputerName: [true, 0] } },
    },
  },
  () => ({ process: (ctx) => selectSessions(ctx).forEach((s) => ctx.writeObject(s)) }),
));

const SESSION_OPTION = 'System.Management.Automation.Remoting.PSSessionOption';
const SESSION_OPTION_SWITCHES = ['NoCompression', 'NoMachineProfile', 'SkipCACheck', 'SkipCNCheck', 'SkipRevocationCheck', 'NoEncryption', 'UseUTF16', 'IncludePortInSPN'];
const ms = (ctx: CmdletContext, name: string, fallback: number) => TimeSpan.fromMilliseconds(ctx.params[name] === undefined ? fallback : Number(ctx.params[name]));

// New-PSSessionOption: the -SessionOption of remote-session boilerplate (-SkipCACheck -SkipCNCheck for pools
// with internal certificates). The object carries PowerShell's defaults; nothing here opens a connection.
cmdlets.push(define(
  'New-PSSessionOption',
  {
    module: UTILITY,
    params: {
      ...Object.fromEntries(SESSION_OPTION_SWITCHES.map((n) => [n, { type: 'SwitchParameter' }])),
      MaximumRedirection: { type: 'Int32' },
      MaxConnectionRetryCount: { type: 'Int32' },
      OperationTimeout: { type: 'Int32', aliases: ['OperationTimeoutMSec'] },
      OpenTimeout: { type: 'Int32', aliases: ['OpenTimeoutMSec'] },
      CancelTimeout: { type: 'Int32', aliases: ['CancelTimeoutMSec'] },
      IdleTimeout: { type: 'Int32', aliases: ['IdleTimeoutMSec'] },
      Culture: { type: 'String' },
      UICulture: { type: 'String' },
    },
  },
  () => ({
    process(ctx) {
      const on = (n: string) => ctx.params[n] === true;
      ctx.writeObject(new PSObject(SESSION_OPTION, [
        ['MaximumConnectionRedirectionCount', ctx.params.MaximumRedirection ?? 5],
        ['NoCompression', on('NoCompression')],
        ['NoMachineProfile', on('NoMachineProfile')],
        ['ProxyAccessType', 'None'],
        ['ProxyAuthentication', 'Negotiate'],
        ['ProxyCredential', null],
        ['SkipCACheck', on('SkipCACheck')],
        ['SkipCNCheck', on('SkipCNCheck')],
        ['SkipRevocationCheck', on('SkipRevocationCheck')],
        ['OperationTimeout', ms(ctx, 'OperationTimeout', 180_000)],
        ['NoEncryption', on('NoEncryption')],
        ['UseUTF16', on('UseUTF16')],
        ['IncludePortInSPN', on('IncludePortInSPN')],
        ['OutputBufferingMode', 'None'],
        ['MaxConnectionRetryCount', ctx.params.MaxConnectionRetryCount ?? 5],
        ['Culture', ctx.params.Culture ?? null],
        ['UICulture', ctx.params.UICulture ?? null],
        ['MaximumReceivedDataSizePerCommand', null],
        ['MaximumReceivedObjectSize', 209_715_200],
        ['ApplicationArguments', null],
        ['OpenTimeout', ms(ctx, 'OpenTimeout', 180_000)],
        ['CancelTimeout', ms(ctx, 'CancelTimeout', 60_000)],
        ['IdleTimeout', ms(ctx, 'IdleTimeout', -1)],
      ]));
    },
  }),
));

cmdlets.push(define(
  'Import-PSSession',
  {
    module: UTILITY,
    params: {
      Session: { type: 'PSSession', mandatory: true, position: 0 },
      CommandName: { type: 'String', array: true, aliases: ['Name'], position: 2 },
      FormatTypeName: { type: 'String', array: true, position: 3 },
      Prefix: { type: 'String' },
      DisableNameChecking: { type: 'SwitchParameter' },
      AllowClobber: { type: 'SwitchParameter' },
      ArgumentList: { type: 'Object', array: true, aliases: ['Args'] },
      CommandType: { type: 'CommandTypes', aliases: ['Type'] },
      Module: { type: 'String', array: true, aliases: ['PSSnapin'] },
      Certificate: { type: 'X509Certificate2' },
    },
  },
  () => ({
    process(ctx) {
      const session = ctx.params.Session;
      if (!(session instanceof PSObject) || session.get('State') !== 'Opened') {
        ctx.throwTerminatingError({
          message: 'The session is not in the Opened state. Use New-PSSession to create a session first.',
          errorId: 'ImportPSSessionNotOpened',
          category: 'InvalidOperation',
          targetObject: session,
        });
      }
      // The Cs cmdlets are already available locally; report them as the imported temporary module.
      const random = Math.random().toString(36).slice(2, 10);
      const suffix = Math.random().toString(36).slice(2, 5);
      const info = moduleInfo({ name: `tmp_${random}.${suffix}`, type: 'Script', version: '1.0', exports: 'SkypeForBusiness' }, ctx.engine.state.cmdlets);
      ctx.writeObject(info);
    },
  }),
));
