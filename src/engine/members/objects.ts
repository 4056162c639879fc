// Members of engine objects scripts inspect: ErrorRecord ($_.Exception.Message, CategoryInfo,
// InvocationInfo), Guid, Version, type objects, credentials, switches and references.

import { ErrorRecord } from '../errors.js';
import { dotNetTypeName, toStr, toStringOverride } from '../runtime/convert.js';
import { PSCredential, PSObject, SecureString, SwitchParameter } from '../runtime/values.js';
import { maskedSourceLine } from '../secrets/redact.js';
import { GuidValue, RefValue, TypeValue, VersionValue } from '../runtime/valueTypes.js';
import { MemberTable } from '../runtime/memberTable.js';
import { innerExceptionTypes } from '../runtime/exceptionTypes.js';

const exceptionCache = new WeakMap<ErrorRecord, PSObject>();

/** Methods implemented by the engine on particular objects ($Host.UI.WriteLine, …). */
export const nativeMethods = new WeakMap<PSObject, Record<string, (args: unknown[]) => unknown>>();

function shortName(fullName: string): string {
  return fullName.split('.').pop() ?? fullName;
}

/** `$_.Exception`: an object with Message, InnerException and the exception's type. */
export function exceptionOf(r: ErrorRecord): PSObject {
  let ex = exceptionCache.get(r);
  if (!ex) {
    const inner = innerExceptionTypes.get(r);
    const innerEx = inner
      ? new PSObject([inner, 'System.Exception'], { Message: r.innerMessage ?? r.message, InnerException: null, Source: null, HResult: -2146233088, StackTrace: null })
      : null;
    ex = new PSObject([r.exceptionType, 'System.Exception'], {
      Message: r.message,
      ErrorRecord: r,
      InnerException: innerEx,
      WasThrownFromThrowStatement: r.category === 'OperationStopped',
      Source: null,
      HResult: -2146233087,
      StackTrace: null,
      Data: null,
      TargetSite: null,
      HelpLink: null,
    });
    const text = `${r.exceptionType}: ${r.message}`;
    toStringOverride.set(ex, () => text);
    if (innerEx) toStringOverride.set(innerEx, () => `${inner}: ${r.innerMessage ?? r.message}`);
    exceptionCache.set(r, ex);
  }
  return ex;
}

function categoryInfo(r: ErrorRecord): PSObject {
  const reason = shortName(r.exceptionType);
  const activity = r.activity ?? r.invocation.commandName ?? '';
  const o = new PSObject('System.Management.Automation.ErrorCategoryInfo', {
    Category: r.category,
    Activity: activity,
    Reason: reason,
    TargetName: r.targetName,
    TargetType: r.targetType,
  });
  toStringOverride.set(o, () => `${r.category}: (${r.targetName}:${r.targetType}) [${activity}], ${reason}`);
  return o;
}

function invocationInfo(r: ErrorRecord): PSObject {
  const ext = r.invocation.extent;
  // The line as the error view shows it: secrets written on it are masked, as the record's session judges.
  const lineText = ext ? (r.lineView ?? maskedSourceLine)(ext.source, ext.line).text : '';
  return new PSObject('System.Management.Automation.InvocationInfo', {
    MyCommand: r.invocation.commandName ?? null,
    InvocationName: r.invocation.commandName ?? '',
    ScriptLineNumber: ext?.line ?? 0,
    OffsetInLine: ext?.column ?? 0,
    ScriptName: ext?.source.file ?? '',
    Line: lineText,
    PositionMessage: ext ? `At ${ext.source.file ?? 'line'}:${ext.line} char:${ext.column}\n+ ${lineText}` : '',
    PSScriptRoot: '',
    PSCommandPath: null,
  });
}

function scriptStackTrace(r: ErrorRecord): string {
  const ext = r.invocation.extent;
  return r.scriptStackTrace ?? (ext ? `at <ScriptBlock>, ${ext.source.file ?? '<No file>'}: line ${ext.line}` : '');
}

/** ErrorRecord's properties (`$_.Exception.Message`, `$_.CategoryInfo`, …) in the order `Format-List *` shows them. */
export const ERROR_RECORD_MEMBERS = new MemberTable<ErrorRecord>()
  .property('Exception', 'System.Exception', exceptionOf)
  .property('TargetObject', 'System.Object', (r) => r.targetObject ?? null)
  .property('CategoryInfo', 'System.Management.Automation.ErrorCategoryInfo', categoryInfo)
  .property('FullyQualifiedErrorId', 'string', (r) => r.fullyQualifiedErrorId)
  .member('ErrorDetails', 'Property', 'System.Management.Automation.ErrorDetails ErrorDetails {get;set;}', () => null)
  .property('InvocationInfo', 'System.Management.Automation.InvocationInfo', invocationInfo)
  .property('ScriptStackTrace', 'string', scriptStackTrace);

export function errorRecordMember(r: ErrorRecord, lower: string): unknown {
  // PipelineIterationInfo is read by scripts but not shown by `Format-List *` here. [I]
  if (lower === 'pipelineiterationinfo') return [];
  return ERROR_RECORD_MEMBERS.read(r, lower);
}

function networkCredential(c: PSCredential): PSObject {
  const slash = c.userName.indexOf('\\');
  return new PSObject('System.Net.NetworkCredential', {
    UserName: slash >= 0 ? c.userName.slice(slash + 1) : c.userName,
    Password: c.password.reveal(),
    SecurePassword: c.password,
    Domain: slash >= 0 ? c.userName.slice(0, slash) : '',
  });
}

/** PSCredential's members. */
export const CREDENTIAL_MEMBERS = new MemberTable<PSCredential>()
  .method('GetNetworkCredential', 'System.Net.NetworkCredential GetNetworkCredential()', networkCredential)
  .property('UserName', 'string', (c) => c.userName)
  .property('Password', 'securestring', (c) => c.password);

/** SecureString's members (its characters are never readable). */
export const SECURE_STRING_MEMBERS = new MemberTable<SecureString>().property('Length', 'int', (s) => s.length);

/** System.Version's members. */
export const VERSION_MEMBERS = new MemberTable<VersionValue>()
  .property('Major', 'int', (v) => v.major)
  .property('Minor', 'int', (v) => v.minor)
  .property('Build', 'int', (v) => v.build)
  .property('Revision', 'int', (v) => v.revision);

/** System.Guid: the `Guid` text is the script property PowerShell's type data adds. */
export const GUID_MEMBERS = new MemberTable<GuidValue>().member('Guid', 'ScriptProperty', 'System.Object Guid {get=$this.ToString();}', (g) => g.value);

/** [switch] values. */
export const SWITCH_MEMBERS = new MemberTable<SwitchParameter>()
  .method('ToBool', 'bool ToBool()', (sw) => sw.isPresent)
  .property('IsPresent', 'bool', (sw) => sw.isPresent);

/** The type objects `[string]` and GetType() give. */
export const TYPE_MEMBERS = new MemberTable<TypeValue>()
  .property('Name', 'string', (t) => (t.fullName.includes('Generic.List[') ? 'List`1' : t.name))
  .property('FullName', 'string', (t) => t.fullName)
  .property('Namespace', 'string', (t) => t.fullName.split('.').slice(0, -1).join('.'))
  .property('IsArray', 'bool', (t) => t.fullName.endsWith('[]'))
  .property('BaseType', 'type', () => null);

/** `[ref]` values: the variable or value they stand for. */
export const REF_MEMBERS = new MemberTable<RefValue>().member('Value', 'Property', 'System.Object Value {get;set;}', (r) => r.value);

/** GetType() result for any value: a PSObject's .NET type, which inserted type names do not change. */
export function typeOf(v: unknown): TypeValue {
  return new TypeValue(v instanceof PSObject ? v.dotNetType : dotNetTypeName(v), undefined);
}

export { toStr };
