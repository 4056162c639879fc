// Get-EventLog and Get-WinEvent over the event logs of the shell's computer (or -ComputerName): the
// "Lync Server" log is made from the store's state when it is read (lyncEvents.ts); [I] Application
// and System exist but hold nothing of the emulation.

import type { CmdletContext, ErrorSpec } from '../../engine/cmdlet.js';
import { toStr } from '../../engine/runtime/convert.js';
import { PSHashtable, PSObject } from '../../engine/runtime/values.js';
import { wildcardMatcher } from '../../engine/runtime/wildcard.js';
import { define, MANAGEMENT } from './meta.js';
import { LYNC_LOG, lyncServerEvents, type EventLevel, type LogEvent } from './lyncEvents.js';
import { computerFqdn } from './serviceControllers.js';
import type { CmdletDefinition } from '../../engine/cmdlet.js';
import { storeOf } from '../storeAccess.js';

/** The cmdlets this module declares, gathered by its family index. */
export const cmdlets: CmdletDefinition[] = [];

const DIAGNOSTICS = 'Microsoft.PowerShell.Diagnostics';
/** [I] The logs every emulated computer has. */
const LOGS = ['Application', LYNC_LOG, 'System'];
const LEVELS: Record<EventLevel, number> = { Error: 2, Warning: 3, Information: 4 };

function list(value: unknown): unknown[] {
  return value === undefined || value === null ? [] : Array.isArray(value) ? value : [value];
}

/** The events of a log, oldest first; undefined when the computer cannot be reached (an error was written). */
function readLog(ctx: CmdletContext, log: string, machineName: string): LogEvent[] | undefined {
  const computer = computerFqdn(ctx, machineName);
  if (!computer) {
    ctx.writeError({ message: 'The network path was not found.', errorId: 'System.IO.IOException', category: 'NotSpecified', exceptionType: 'System.IO.IOException', targetObject: machineName });
    return undefined;
  }
  return log.toLowerCase() === LYNC_LOG.toLowerCase() ? lyncServerEvents(storeOf(ctx), computer) : [];
}

const canonicalLog = (name: string) => LOGS.find((l) => l.toLowerCase() === name.trim().toLowerCase());

// ---------------------------------------------------------------------------------------------
// Get-EventLog

function eventLogEntry(e: LogEvent, log: string, machineName: string): PSObject {
  return new PSObject(['System.Diagnostics.EventLogEntry#' + log + '/' + e.source + '/' + e.id, 'System.Diagnostics.EventLogEntry', 'System.Object'], [
    ['EventID', e.id],
    ['MachineName', machineName],
    ['Data', []],
    ['Index', e.index],
    ['Category', '(0)'],
    ['CategoryNumber', 0],
    ['EntryType', e.level],
    ['Message', e.message],
    ['Source', e.source],
    ['ReplacementStrings', [e.message]],
    ['InstanceId', e.id],
    ['TimeGenerated', e.time],
    ['TimeWritten', e.time],
    ['UserName', null],
  ]);
}

function entryFilter(ctx: CmdletContext): (e: LogEvent) => boolean {
  const types = list(ctx.params.EntryType).map((t) => toStr(t).toLowerCase());
  const sources = list(ctx.params.Source).map((s) => wildcardMatcher(toStr(s)));
  const ids = list(ctx.params.InstanceId).map(Number);
  const indexes = list(ctx.params.Index).map(Number);
  const message = ctx.params.Message === undefined ? undefined : wildcardMatcher(toStr(ctx.params.Message));
  const after = ctx.params.After instanceof Date ? ctx.params.After.getTime() : undefined;
  const before = ctx.params.Before instanceof Date ? ctx.params.Before.getTime() : undefined;
  return (e) =>
    (!types.length || types.includes(e.level.toLowerCase())) &&
    (!sources.length || sources.some((m) => m(e.source))) &&
    (!ids.length || ids.includes(e.id)) &&
    (!indexes.length || indexes.includes(e.index)) &&
    (!message || message(e.message)) &&
    (after === undefined || e.time.getTime() > after) &&
    (before === undefined || e.time.getTime() < before);
}

function eventLogInfo(log: string, entries: number): PSObject {
  return new PSObject(['System.Diagnostics.EventLog', 'System.Object'], [
    ['Entries', entries],
    ['Log', log],
    ['LogDisplayName', log],
    ['MaximumKilobytes', 20480],
    ['OverflowAction', 'OverwriteAsNeeded'],
    ['MinimumRetentionDays', 0],
  ]);
}

cmdlets.push(define(
  'Get-EventLog',
  {
    module: MANAGEMENT,
    defaultSet: 'LogName',
    params: {
      LogName: { aliases: ['LN'], sets: { LogName: [true, 0] } },
      ComputerName: { array: true, aliases: ['Cn'] },
      Newest: { type: 'Int32', sets: { LogName: [false, null] } },
      After: { type: 'DateTime', sets: { LogName: [false, null] } },
      Before: { type: 'DateTime', sets: { LogName: [false, null] } },
      UserName: { array: true, sets: { LogName: [false, null] } },
      InstanceId: { type: 'Int64', array: true, sets: { LogName: [false, 1] } },
      Index: { type: 'Int32', array: true, sets: { LogName: [false, null] } },
      EntryType: { array: true, aliases: ['ET'], validateSet: ['Error', 'Information', 'FailureAudit', 'SuccessAudit', 'Warning'], sets: { LogName: [false, null] } },
      Source: { array: true, aliases: ['ABO'], sets: { LogName: [false, null] } },
      Message: { aliases: ['MSG'], sets: { LogName: [false, null] } },
      AsBaseObject: { type: 'SwitchParameter', sets: { LogName: [false, null] } },
      List: { type: 'SwitchParameter', sets: { List: [true, null] } },
      AsString: { type: 'SwitchParameter', sets: { List: [false, null] } },
    },
  },
  () => ({ process: getEventLog }),
));

function getEventLog(ctx: CmdletContext): void {
  const machines = list(ctx.params.ComputerName).map((c) => toStr(c));
  if (ctx.params.List) {
    for (const m of machines.length ? machines : ['.']) {
      for (const log of LOGS) {
        const events = readLog(ctx, log, m);
        if (events) ctx.writeObject(ctx.params.AsString ? log : eventLogInfo(log, events.length));
      }
    }
    return;
  }
  const requested = toStr(ctx.params.LogName);
  const log = canonicalLog(requested);
  const newest = ctx.params.Newest === undefined ? undefined : Number(ctx.params.Newest);
  for (const m of machines.length ? machines : ['.']) {
    if (!log) {
      ctx.writeError({ message: `The event log '${requested}' on computer '${m}' does not exist.`, errorId: 'System.InvalidOperationException', category: 'NotSpecified', exceptionType: 'System.InvalidOperationException' });
      continue;
    }
    const events = readLog(ctx, log, m);
    if (!events) continue;
    const found = events.filter(entryFilter(ctx)).reverse().slice(0, newest);
    if (!found.length) {
      ctx.writeError({ message: 'No matches found', errorId: 'GetEventLogNoEntriesFound', category: 'ObjectNotFound', exceptionType: 'System.ArgumentException' });
      continue;
    }
    const machineName = computerFqdn(ctx, m)!;
    for (const e of found) ctx.writeObject(eventLogEntry(e, log, machineName));
  }
}

// ---------------------------------------------------------------------------------------------
// Get-WinEvent

const LEVEL_BY_NUMBER: Record<number, EventLevel> = { 2: 'Error', 3: 'Warning', 4: 'Information' };

function eventLogRecord(e: LogEvent, log: string, machineName: string): PSObject {
  return new PSObject(['System.Diagnostics.Eventing.Reader.EventLogRecord', 'System.Diagnostics.Eventing.Reader.EventRecord', 'System.Object'], [
    ['Message', e.message],
    ['Id', e.id],
    ['Version', 0],
    ['Level', LEVELS[e.level]],
    ['Task', 0],
    ['RecordId', e.index],
    ['ProviderName', e.source],
    ['LogName', log],
    ['MachineName', machineName],
    ['TimeCreated', e.time],
    ['LevelDisplayName', e.level],
  ]);
}

/** What one query asks: logs and filters, from -LogName or one -FilterHashtable. */
interface WinEventQuery {
  logs: string[];
  keep: (e: LogEvent) => boolean;
}

function hashtableQuery(table: PSHashtable): WinEventQuery {
  const ids = list(table.get('Id')).map(Number);
  const levels = list(table.get('Level')).map((l) => LEVEL_BY_NUMBER[Number(l)]);
  const providers = list(table.get('ProviderName')).map((p) => wildcardMatcher(toStr(p)));
  const start = table.get('StartTime');
  const end = table.get('EndTime');
  return {
    logs: list(table.get('LogName')).map((l) => toStr(l)),
    keep: (e) =>
      (!ids.length || ids.includes(e.id)) &&
      (!levels.length || levels.includes(e.level)) &&
      (!providers.length || providers.some((m) => m(e.source))) &&
      (!(start instanceof Date) || e.time.getTime() >= start.getTime()) &&
      (!(end instanceof Date) || e.time.getTime() <= end.getTime()),
  };
}

const noEventsFound: ErrorSpec = {
  message: 'No events were found that match the specified selection criteria.',
  errorId: 'NoMatchingEventsFound',
  category: 'ObjectNotFound',
  exceptionType: 'System.Exception',
};

cmdlets.push(define(
  'Get-WinEvent',
  {
    module: DIAGNOSTICS,
    defaultSet: 'GetLogSet',
    params: {
      LogName: { array: true, sets: { GetLogSet: [false, 0] } },
      FilterHashtable: { type: 'Hashtable', array: true, sets: { HashQuerySet: [true, 0] } },
      MaxEvents: { type: 'Int64' },
      ComputerName: { aliases: ['Cn'] },
      Oldest: { type: 'SwitchParameter' },
      Force: { type: 'SwitchParameter' },
      Credential: { type: 'PSCredential' },
    },
  },
  () => ({ process: getWinEvent }),
));

function getWinEvent(ctx: CmdletContext): void {
  const queries: WinEventQuery[] = ctx.params.FilterHashtable
    ? list(ctx.params.FilterHashtable).map((t) => hashtableQuery(t instanceof PSHashtable ? t : new PSHashtable()))
    : [{ logs: list(ctx.params.LogName ?? 'System').map((l) => toStr(l)), keep: () => true }];
  const machine = ctx.params.ComputerName === undefined ? '.' : toStr(ctx.params.ComputerName);
  const host = machine === '.' ? 'localhost' : machine;
  const found: PSObject[] = [];
  let missingLog = false;
  for (const q of queries) {
    for (const requested of q.logs) {
      const log = canonicalLog(requested);
      if (!log) {
        ctx.writeError({ message: `There is not an event log on the ${host} computer that matches "${requested}".`, errorId: 'NoMatchingLogsFound', category: 'ObjectNotFound', exceptionType: 'System.Exception', targetObject: requested });
        missingLog = true;
        continue;
      }
      const events = readLog(ctx, log, machine);
      if (!events) return;
      const machineName = computerFqdn(ctx, machine)!;
      found.push(...events.filter(q.keep).map((e) => eventLogRecord(e, log, machineName)));
    }
  }
  // Newest first unless -Oldest, as the reader returns them.
  const byTime = (a: PSObject, b: PSObject) => (a.get('TimeCreated') as Date).getTime() - (b.get('TimeCreated') as Date).getTime();
  found.sort((a, b) => (ctx.params.Oldest ? byTime(a, b) : byTime(b, a)));
  const max = ctx.params.MaxEvents === undefined ? undefined : Number(ctx.params.MaxEvents);
  if (!found.length) return missingLog ? undefined : ctx.writeError(noEventsFound);
  for (const o of found.slice(0, max)) ctx.writeObject(o);
}
