// Members of engine objects scripts inspect: ErrorRecord ($_.Exception.Message, CategoryInfo,
// InvocationInfo), the .PSObject view, Guid, Version, type objects, credentials and script blocks.

import { ErrorRecord } from '../errors.js';
import { dotNetTypeName, isNull, toStr, toStringOverride } from '../runtime/convert.js';
import { PSCredential, PSObject, ScriptBlockValue, SecureString, SwitchParameter } from '../runtime/values.js';
import { maskedSourceLine } from '../secrets/redact.js';
import { GuidValue, RefValue, TypeValue, VersionValue } from '../runtime/valueTypes.js';
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
  // The line as the error view shows it: secrets written on it are masked.
  const lineText = ext ? maskedSourceLine(ext.source, ext.line).text : '';
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

export function errorRecordMember(r: ErrorRecord, lower: string): unknown {
  switch (lower) {
    case 'exception':
      return exceptionOf(r);
    case 'categoryinfo':
      return categoryInfo(r);
    case 'fullyqualifiederrorid':
      return r.fullyQualifiedErrorId;
    case 'targetobject':
      return r.targetObject ?? null;
    case 'invocationinfo':
      return invocationInfo(r);
    case 'scriptstacktrace':
      return r.scriptStackTrace ?? (r.invocation.extent ? `at <ScriptBlock>, ${r.invocation.extent.source.file ?? '<No file>'}: line ${r.invocation.extent.line}` : '');
    case 'errordetails':
      return null;
    case 'pipelineiterationinfo':
      return [];
    default:
      return undefined;
  }
}

/** `$obj.PSObject`: Properties (name/value/type), TypeNames, BaseObject. */
export function psObjectView(target: unknown): PSObject {
  const props: PSObject[] = [];
  if (target instanceof PSObject) {
    for (const p of target.properties()) {
      const value = p.getter ? p.getter() : p.value;
      props.push(
        new PSObject('System.Management.Automation.PSNoteProperty', {
          Name: p.name,
          Value: value,
          MemberType: p.getter ? 'ScriptProperty' : 'NoteProperty',
          TypeNameOfValue: isNull(value) ? 'System.Object' : dotNetTypeName(value),
          IsSettable: !p.readOnly && !p.getter,
          IsGettable: true,
        }),
      );
    }
  }
  const typeNames = target instanceof PSObject ? [...target.typeNames, 'System.Management.Automation.PSCustomObject', 'System.Object'] : [dotNetTypeName(target), 'System.Object'];
  const view = new PSObject('System.Management.Automation.PSObject', { Properties: props, TypeNames: [...new Set(typeNames)], BaseObject: target, Members: props });
  // `$o.PSObject.Copy()`: a shallow copy of the object itself.
  nativeMethods.set(view, { copy: () => (target instanceof PSObject ? target.clone() : target) });
  return view;
}

export function miscMember(target: unknown, lower: string): unknown {
  if (target instanceof GuidValue) return lower === 'guid' ? target.value : undefined;
  if (target instanceof RefValue) return lower === 'value' ? target.value : undefined;
  if (target instanceof SwitchParameter) return lower === 'ispresent' ? target.isPresent : undefined;
  if (target instanceof VersionValue) {
    const map: Record<string, number> = { major: target.major, minor: target.minor, build: target.build, revision: target.revision };
    return map[lower];
  }
  if (target instanceof TypeValue) {
    const map: Record<string, unknown> = {
      name: target.fullName.includes('Generic.List[') ? 'List`1' : target.name,
      fullname: target.fullName,
      namespace: target.fullName.split('.').slice(0, -1).join('.'),
      isarray: target.fullName.endsWith('[]'),
      basetype: null,
    };
    return map[lower];
  }
  if (target instanceof PSCredential) {
    if (lower === 'username') return target.userName;
    if (lower === 'password') return target.password;
    return undefined;
  }
  if (target instanceof SecureString) return lower === 'length' ? target.length : undefined;
  if (target instanceof ScriptBlockValue) {
    if (lower === 'file') return target.ast.extent.source.file ?? null;
    if (lower === 'startposition') return target.ast.extent.line;
    return undefined;
  }
  if (target instanceof RegExp) return lower === 'options' ? (target.flags.includes('i') ? 'IgnoreCase' : 'None') : undefined;
  return undefined;
}

/** GetType() result for any value. */
export function typeOf(v: unknown): TypeValue {
  return new TypeValue(dotNetTypeName(v), undefined);
}

export { toStr };
