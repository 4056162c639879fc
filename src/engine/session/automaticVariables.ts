// The automatic and preference variables of a new session ($env: itself lives in environment.ts).
// Nothing here reads or changes the real process environment.

import type { SessionInfo } from '../cmdlet.js';
import { HOME_LOCATION } from '../files/paths.js';
import { PSHashtable, PSObject } from '../runtime/values.js';
import { toList, toStr, toStringOverride } from '../runtime/convert.js';
import { nativeMethods } from '../members/objects.js';
import { createScriptBlock } from '../functions/scriptText.js';
import type { SourceLineView } from '../../lang/maskedLine.js';
import type { Host } from '../host.js';
import { VersionValue } from '../runtime/valueTypes.js';
import type { Scope } from './scope.js';

/**
 * $ExecutionContext: scripts use InvokeCommand.NewScriptBlock(text) to build script blocks from text
 * (its parse errors show their lines as `view`, the session's, masks them).
 */
function executionContext(view: SourceLineView): PSObject {
  const invokeCommand = new PSObject('System.Management.Automation.CommandInvocationIntrinsics', []);
  nativeMethods.set(invokeCommand, { newscriptblock: (args) => createScriptBlock('NewScriptBlock', args, view) });
  return new PSObject('System.Management.Automation.EngineIntrinsics', [['InvokeCommand', invokeCommand]]);
}

/** [I] The shell presents itself as Windows PowerShell 5.1 on Windows Server 2019 (build 17763). */
export const PS_VERSION = '5.1.17763.316';
export const OS_BUILD = '10.0.17763.316';
/** [I] The console window title of the Management Shell. */
export const WINDOW_TITLE = 'Administrator: Skype for Business Server Management Shell';
/** $Host.UI methods scripts call: WriteLine / Write / WriteErrorLine / WriteWarningLine / ReadLine / PromptForChoice. */
function uiMethods(host: Host): Record<string, (args: unknown[]) => unknown> {
  const text = (args: unknown[]) => toStr(args[args.length - 1]);
  return {
    writeline: (a) => host.write('host', a.length ? text(a) : ''),
    write: (a) => host.write('host', text(a), { noNewline: true }),
    writeerrorline: (a) => host.write('error', text(a)),
    writewarningline: (a) => host.write('warning', `WARNING: ${text(a)}`),
    writeverboseline: (a) => host.write('verbose', `VERBOSE: ${text(a)}`),
    readline: async () => (await host.readLine('')) ?? '',
    promptforchoice: async (a) => {
      const choices = toList(a[2]).map((c) => {
        const label = c instanceof PSObject ? toStr(c.get('Label')) : toStr(c);
        const help = c instanceof PSObject ? toStr(c.get('HelpMessage')) : '';
        return { label, help };
      });
      if (!host.interactive) return Number(a[3] ?? 0);
      return host.promptForChoice(toStr(a[0]), toStr(a[1]), choices, Number(a[3] ?? 0));
    },
  };
}

function hostObject(host: Host): PSObject {
  // [I] A console window as wide as the host's output and 50 rows tall; the buffer keeps 3000 rows.
  const size = (width: number, height: number) => {
    const o = new PSObject('System.Management.Automation.Host.Size', { Width: width, Height: height });
    toStringOverride.set(o, () => `${width},${height}`);
    return o;
  };
  const rawUI = new PSObject('System.Management.Automation.Internal.Host.InternalHostRawUserInterface', {
    ForegroundColor: 'Gray',
    BackgroundColor: 'Black',
    WindowSize: size(host.width, 50),
    BufferSize: size(host.width, 3000),
    MaxWindowSize: size(host.width, 50),
    WindowTitle: WINDOW_TITLE,
    CursorSize: 25,
  });
  // ConsoleHost's colour settings, as scripts read them to mimic warning/error colours.
  const privateData = new PSObject('Microsoft.PowerShell.ConsoleHost+ConsoleColorProxy', {
    ErrorForegroundColor: 'Red',
    ErrorBackgroundColor: 'Black',
    WarningForegroundColor: 'Yellow',
    WarningBackgroundColor: 'Black',
    DebugForegroundColor: 'Yellow',
    DebugBackgroundColor: 'Black',
    VerboseForegroundColor: 'Yellow',
    VerboseBackgroundColor: 'Black',
    ProgressForegroundColor: 'Yellow',
    ProgressBackgroundColor: 'DarkCyan',
  });
  const ui = new PSObject('System.Management.Automation.Internal.Host.InternalHostUserInterface', { RawUI: rawUI, SupportsVirtualTerminal: true });
  nativeMethods.set(ui, uiMethods(host));
  const hostInfo = new PSObject('System.Management.Automation.Internal.Host.InternalHost', {
    Name: 'ConsoleHost',
    Version: VersionValue.parse(PS_VERSION),
    InstanceId: '5c4d2b6e-3f1a-4e8b-9d7c-2a6f0e1b8c4d',
    UI: ui,
    CurrentCulture: 'en-US',
    CurrentUICulture: 'en-US',
    PrivateData: privateData,
    DebuggerEnabled: true,
    IsRunspacePushed: false,
    Runspace: null,
  });
  toStringOverride.set(hostInfo, () => 'System.Management.Automation.Internal.Host.InternalHost');
  return hostInfo;
}

export function versionTable(): PSHashtable {
  const h = new PSHashtable();
  h.set('PSVersion', VersionValue.parse(PS_VERSION));
  h.set('PSEdition', 'Desktop');
  h.set('PSCompatibleVersions', ['1.0', '2.0', '3.0', '4.0', '5.0', '5.1.17763.316'].map((v) => VersionValue.parse(v.includes('.') ? v : `${v}.0`)));
  h.set('BuildVersion', VersionValue.parse(OS_BUILD));
  h.set('CLRVersion', VersionValue.parse('4.0.30319.42000'));
  h.set('WSManStackVersion', VersionValue.parse('3.0'));
  h.set('PSRemotingProtocolVersion', VersionValue.parse('2.3'));
  h.set('SerializationVersion', VersionValue.parse('1.1.0.1'));
  return h;
}

function pathInfo(path: string): PSObject {
  const o = new PSObject('System.Management.Automation.PathInfo', {
    Drive: 'C',
    Provider: 'Microsoft.PowerShell.Core\\FileSystem',
    ProviderPath: path,
    Path: path,
  });
  toStringOverride.set(o, () => path);
  return o;
}

/** Defines the automatic and preference variables in the global scope; `view` shows source lines as the session masks them. */
export function defineSessionVariables(global: Scope, errors: unknown, host: Host, view: SourceLineView): void {
  const prefs: Record<string, unknown> = {
    ErrorActionPreference: 'Continue',
    WarningPreference: 'Continue',
    VerbosePreference: 'SilentlyContinue',
    DebugPreference: 'SilentlyContinue',
    InformationPreference: 'SilentlyContinue',
    ProgressPreference: 'Continue',
    ConfirmPreference: 'High',
    WhatIfPreference: false,
    FormatEnumerationLimit: 4,
    MaximumHistoryCount: 4096,
    ErrorView: 'NormalView',
  };
  for (const [k, v] of Object.entries(prefs)) global.set(k, v);
  const constants: Record<string, unknown> = {
    Error: errors,
    Host: hostObject(host),
    ExecutionContext: executionContext(view),
    PSVersionTable: versionTable(),
    HOME: HOME_LOCATION,
    PSHOME: 'C:\\Windows\\System32\\WindowsPowerShell\\v1.0',
    ShellId: 'Microsoft.PowerShell',
    PSCulture: 'en-US',
    PSUICulture: 'en-US',
    PSEdition: 'Desktop',
    NestedPromptLevel: 0,
    PID: 4242,
  };
  for (const [k, v] of Object.entries(constants)) global.set(k, v, { readOnly: k !== 'Error' });
  // Listed by Get-Variable; reads of these three never reach the scope (the evaluator answers them).
  global.set('true', true, { constant: true, description: 'Boolean True' });
  global.set('false', false, { constant: true, description: 'Boolean False' });
  global.set('null', null, { constant: true, description: 'References to the null variable always return the null value. Assignments have no effect.' });
  const pwd = pathInfo(HOME_LOCATION);
  global.set('PWD', pwd, { readOnly: true });
}
