// Write-Host, Write-Output, Write-Warning, Write-Error, Write-Verbose, Write-Debug, Write-Information, Write-Progress.

import type { CmdletContext } from '../../engine/cmdlet.js';
import { toStr } from '../../engine/runtime/convert.js';
import { ErrorRecord, type ErrorCategory } from '../../engine/errors.js';
import type { ConsoleColor } from '../../engine/host.js';
import { PSArrayList, PSObject } from '../../engine/runtime/values.js';
import { define, UTILITY } from './meta.js';
import { listOf } from './util.js';
import type { CmdletDefinition } from '../../engine/cmdlet.js';

/** The cmdlets this module declares, gathered by its family index. */
export const cmdlets: CmdletDefinition[] = [];

export const CONSOLE_COLORS = [
  'Black', 'DarkBlue', 'DarkGreen', 'DarkCyan', 'DarkRed', 'DarkMagenta', 'DarkYellow', 'Gray',
  'DarkGray', 'Blue', 'Green', 'Cyan', 'Red', 'Magenta', 'Yellow', 'White',
];

function hostText(value: unknown, separator: string): string {
  if (Array.isArray(value) || value instanceof PSArrayList) return listOf(value).map((v) => hostText(v, separator)).join(separator);
  return toStr(value);
}

cmdlets.push(define(
  'Write-Host',
  {
    module: UTILITY,
    params: {
      Object: { type: 'Object', position: 0, pipeline: 'True (ByValue)', remaining: true },
      NoNewline: { type: 'SwitchParameter' },
      Separator: { type: 'Object' },
      ForegroundColor: { type: 'ConsoleColor', validateSet: CONSOLE_COLORS },
      BackgroundColor: { type: 'ConsoleColor', validateSet: CONSOLE_COLORS },
    },
  },
  () => ({
    process(ctx) {
      const value = ctx.expectingInput ? ctx.inputObject : ctx.params.Object;
      const separator = ctx.bound.has('Separator') ? toStr(ctx.params.Separator) : ' ';
      const text = value === undefined ? '' : hostText(value, separator);
      ctx.writeHost(text, {
        foregroundColor: ctx.params.ForegroundColor as ConsoleColor | undefined,
        backgroundColor: ctx.params.BackgroundColor as ConsoleColor | undefined,
        noNewline: !!ctx.params.NoNewline,
      });
    },
  }),
));

cmdlets.push(define(
  'Write-Output',
  {
    module: UTILITY,
    params: {
      InputObject: { type: 'PSObject', array: true, position: 0, pipeline: 'True (ByValue)', remaining: true },
      NoEnumerate: { type: 'SwitchParameter' },
    },
  },
  () => ({
    process(ctx) {
      if (ctx.expectingInput) {
        ctx.writeObject(ctx.inputObject, false);
        return;
      }
      if (!ctx.bound.has('InputObject')) return;
      ctx.writeObject(ctx.params.InputObject, !ctx.params.NoEnumerate);
    },
  }),
));

function messageCmdlet(name: string, write: (ctx: CmdletContext, text: string) => void | Promise<void>): void {
  cmdlets.push(define(
    name,
    { module: UTILITY, params: { Message: { type: 'String', mandatory: true, position: 0, pipeline: 'True (ByValue)', aliases: ['Msg'] } } },
    () => ({ process: (ctx) => write(ctx, toStr(ctx.params.Message)) }),
  ));
}

messageCmdlet('Write-Warning', (ctx, t) => ctx.writeWarning(t));
messageCmdlet('Write-Verbose', (ctx, t) => ctx.writeVerbose(t));
messageCmdlet('Write-Debug', async (ctx, t) => {
  ctx.writeDebug(t);
  await ctx.inquireAfterDebug();
});

/** $InformationPreference defaults to SilentlyContinue: Write-Information shows only when asked to. */
function informationShown(ctx: CmdletContext): boolean {
  const pref = toStr(ctx.params.InformationAction ?? ctx.engine.getVariable('InformationPreference') ?? 'SilentlyContinue').toLowerCase();
  return pref === 'continue' || pref === 'inquire';
}

cmdlets.push(define(
  'Write-Information',
  {
    module: UTILITY,
    params: {
      MessageData: { type: 'Object', mandatory: true, position: 0, aliases: ['Msg', 'Message'] },
      Tags: { type: 'String', array: true, position: 1 },
    },
  },
  () => ({
    process(ctx) {
      if (informationShown(ctx)) ctx.engine.host.write('information', toStr(ctx.params.MessageData));
    },
  }),
));

const ERROR_CATEGORIES: ErrorCategory[] = [
  'NotSpecified', 'OpenError', 'CloseError', 'DeviceError', 'DeadlockDetected', 'InvalidArgument', 'InvalidData',
  'InvalidOperation', 'InvalidResult', 'InvalidType', 'MetadataError', 'NotImplemented', 'NotInstalled',
  'ObjectNotFound', 'OperationStopped', 'OperationTimeout', 'SyntaxError', 'ParserError', 'PermissionDenied',
  'ResourceBusy', 'ResourceExists', 'ResourceUnavailable', 'ReadError', 'WriteError', 'FromStdErr',
  'SecurityError', 'ProtocolError', 'ConnectionError', 'AuthenticationError', 'LimitsExceeded', 'QuotaExceeded', 'NotEnabled',
];

const WRITE_ERROR_EXCEPTION = 'Microsoft.PowerShell.Commands.WriteErrorException';

/**
 * Whose error it is: inside a script or function, PowerShell reports Write-Error under the caller
 * (`C:\x.ps1 : message`, FQID `…,x.ps1`); at the prompt under the typed line. [I] Inside a
 * function the position shown is that of the Write-Error command.
 */
function callerOf(ctx: CmdletContext): { commandName: string; suffix: string; extent: CmdletContext['extent'] } | undefined {
  const inv = ctx.engine.getVariable('MyInvocation');
  if (!(inv instanceof PSObject)) return undefined;
  const command = inv.get('MyCommand');
  if (!(command instanceof PSObject)) return undefined;
  const type = toStr(command.get('CommandType'));
  const name = toStr(command.get('Name'));
  if (type === 'ExternalScript') return { commandName: toStr(command.get('Path')) || name, suffix: name, extent: undefined };
  if (type === 'Function' || type === 'Filter') return { commandName: name, suffix: name, extent: ctx.extent };
  return undefined;
}

/** At the prompt the "script" is the typed input itself: 5.1 shows `Write-Error "x" : x` without a position. */
function typedText(ctx: CmdletContext): string {
  const text = ctx.extent?.source.text.trim();
  return text && !text.includes('\n') ? text : 'Write-Error';
}

function writeErrorRecord(ctx: CmdletContext): ErrorRecord {
  const p = ctx.params;
  if (p.ErrorRecord instanceof ErrorRecord) return p.ErrorRecord;
  const exception = p.Exception;
  const message = p.Message !== undefined ? toStr(p.Message) : exception instanceof ErrorRecord ? exception.message : toStr(exception ?? '');
  const category = (ERROR_CATEGORIES.find((c) => c.toLowerCase() === toStr(p.Category ?? 'NotSpecified').toLowerCase()) ?? 'NotSpecified') as ErrorCategory;
  const caller = callerOf(ctx);
  const id = p.ErrorId !== undefined ? toStr(p.ErrorId) : WRITE_ERROR_EXCEPTION;
  return new ErrorRecord({
    message,
    exceptionType: WRITE_ERROR_EXCEPTION,
    category,
    errorId: caller ? `${id},${caller.suffix}` : id,
    targetObject: p.TargetObject ?? undefined,
    targetName: p.CategoryTargetName !== undefined ? toStr(p.CategoryTargetName) : undefined,
    targetType: p.CategoryTargetType !== undefined ? toStr(p.CategoryTargetType) : undefined,
    activity: p.CategoryActivity !== undefined ? toStr(p.CategoryActivity) : 'Write-Error',
    invocation: caller ? { commandName: caller.commandName, extent: caller.extent } : { commandName: typedText(ctx), extent: undefined },
  });
}

const errorOptions = {
  Category: { type: 'ErrorCategory', validateSet: ERROR_CATEGORIES, sets: { NoException: [false, null], WithException: [false, null] } as Record<string, [boolean, number | null]> },
  ErrorId: { type: 'String', sets: { NoException: [false, null], WithException: [false, null] } as Record<string, [boolean, number | null]> },
  TargetObject: { type: 'Object', sets: { NoException: [false, null], WithException: [false, null] } as Record<string, [boolean, number | null]> },
};

cmdlets.push(define(
  'Write-Error',
  {
    module: UTILITY,
    defaultSet: 'NoException',
    params: {
      Exception: { type: 'Exception', sets: { WithException: [true, null] } },
      Message: { type: 'String', aliases: ['Msg'], pipeline: 'True (ByValue)', sets: { NoException: [true, 0], WithException: [false, null] } },
      ErrorRecord: { type: 'ErrorRecord', sets: { ErrorRecord: [true, null] } },
      ...errorOptions,
      RecommendedAction: { type: 'String' },
      CategoryActivity: { type: 'String', aliases: ['Activity'] },
      CategoryReason: { type: 'String', aliases: ['Reason'] },
      CategoryTargetName: { type: 'String', aliases: ['TargetName'] },
      CategoryTargetType: { type: 'String', aliases: ['TargetType'] },
    },
  },
  () => ({ process: (ctx) => ctx.writeError(writeErrorRecord(ctx)) }),
));

cmdlets.push(define(
  'Write-Progress',
  {
    module: UTILITY,
    params: {
      Activity: { type: 'String', mandatory: true, position: 0 },
      Status: { type: 'String', position: 1 },
      Id: { type: 'Int32', position: 2 },
      PercentComplete: { type: 'Int32' },
      SecondsRemaining: { type: 'Int32' },
      CurrentOperation: { type: 'String' },
      ParentId: { type: 'Int32' },
      Completed: { type: 'SwitchParameter' },
      SourceId: { type: 'Int32' },
    },
  },
  () => ({
    process(ctx) {
      const p = ctx.params;
      ctx.writeProgress({
        activityId: p.Id !== undefined ? Number(p.Id) : 0,
        activity: toStr(p.Activity),
        status: p.Status !== undefined ? toStr(p.Status) : 'Processing',
        percentComplete: p.PercentComplete !== undefined ? Number(p.PercentComplete) : -1,
        currentOperation: p.CurrentOperation !== undefined ? toStr(p.CurrentOperation) : undefined,
        completed: !!p.Completed,
      });
    },
  }),
));
