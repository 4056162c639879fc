// The warning, verbose, debug and information streams as records: what `3>&1`, `4>&1`, `5>&1`, `6>&1`
// and `*>&1` put into the output (WarningRecord, VerboseRecord, DebugRecord, InformationRecord), and
// the diversion of host writes to the targets a redirection installed.

import type { RedirectionStream } from '../../lang/ast.js';
import type { HostStream } from '../host.js';
import { PSObject } from '../runtime/values.js';
import { toStringOverride } from '../runtime/convert.js';

export type InfoStream = 'warning' | 'verbose' | 'debug' | 'information';

/** Where each redirected stream goes; a stream not listed reaches the host. */
export type StreamTargets = Partial<Record<InfoStream, (record: unknown) => void>>;

export const STREAM_RECORD_TYPES: Record<InfoStream, string> = {
  warning: 'System.Management.Automation.WarningRecord',
  verbose: 'System.Management.Automation.VerboseRecord',
  debug: 'System.Management.Automation.DebugRecord',
  information: 'System.Management.Automation.InformationRecord',
};

/** The prefix the engine puts on host text of each stream (the record's message has none). */
const PREFIXES: Partial<Record<InfoStream, string>> = { warning: 'WARNING: ', verbose: 'VERBOSE: ', debug: 'DEBUG: ' };

const FROM_AST: Partial<Record<RedirectionStream, InfoStream[]>> = {
  Warning: ['warning'],
  Verbose: ['verbose'],
  Debug: ['debug'],
  Information: ['information'],
  All: ['warning', 'verbose', 'debug', 'information'],
};

/** The record streams a redirection operator names (`*` names them all). */
export function infoStreamsOf(from: RedirectionStream): InfoStream[] {
  return FROM_AST[from] ?? [];
}

export function streamRecord(stream: InfoStream, message: string): PSObject {
  const type = STREAM_RECORD_TYPES[stream];
  const record =
    stream === 'information'
      ? new PSObject(type, { MessageData: message, Source: '', TimeGenerated: new Date(), Tags: [] })
      : new PSObject(type, { Message: message, InvocationInfo: null });
  toStringOverride.set(record, () => message);
  return record;
}

/** The stream of a host write; Write-Host writes to the information stream since PowerShell 5.0. */
function infoStreamOfHostWrite(stream: HostStream): InfoStream | undefined {
  if (stream === 'host') return 'information';
  return stream === 'warning' || stream === 'verbose' || stream === 'debug' || stream === 'information' ? stream : undefined;
}

/** Sends a host write to its redirection target instead, as a record; false when none is set. */
export function divertHostWrite(targets: StreamTargets, stream: HostStream, text: string): boolean {
  const info = infoStreamOfHostWrite(stream);
  const target = info && targets[info];
  if (!info || !target) return false;
  const prefix = PREFIXES[info];
  const message = prefix && text.startsWith(prefix) ? text.slice(prefix.length) : text;
  target(streamRecord(info, message));
  return true;
}
