// Views of the objects the Windows administration commands return (Test-NetConnection, Get-Service,
// event log entries), as Windows PowerShell 5.1's format files show them.

import { getPropertyValue } from '../../engine/runtime/members.js';
import type { View, ViewField } from '../viewTypes.js';

/** Test-NetConnection results: one list shape per kind of test, as 5.1 shows only the fields the test filled. */
const NET_RESULT = 'TestNetConnectionResult';
const NET_SHAPES = ['Ping', 'Tcp', 'TcpFailed', 'DetailedPing', 'DetailedTcp'] as const;
type NetShape = (typeof NET_SHAPES)[number];

const rtt: ViewField = {
  label: 'PingReplyDetails (RTT)',
  value: (o) => {
    const reply = getPropertyValue(o, 'PingReplyDetails');
    return reply ? `${String(getPropertyValue(reply, 'RoundtripTime'))} ms` : '';
  },
};
const nextHop: ViewField = { label: 'NetRoute (NextHop)', value: (o) => getPropertyValue(getPropertyValue(o, 'NetRoute'), 'NextHop') };
const fields = (...names: (string | ViewField)[]): ViewField[] => names.map((n) => (typeof n === 'string' ? { property: n } : n));

const HEAD = ['ComputerName', 'RemoteAddress'];
const DETAIL = ['NameResolutionResults', 'MatchingIPsecRules', 'NetworkIsolationContext', 'IsAdmin', 'InterfaceAlias', 'SourceAddress'];
const NET_FIELDS: Record<NetShape, ViewField[]> = {
  Ping: fields(...HEAD, 'InterfaceAlias', 'SourceAddress', 'PingSucceeded', rtt),
  Tcp: fields(...HEAD, 'RemotePort', 'InterfaceAlias', 'SourceAddress', 'TcpTestSucceeded'),
  TcpFailed: fields(...HEAD, 'RemotePort', 'InterfaceAlias', 'SourceAddress', 'PingSucceeded', rtt, 'TcpTestSucceeded'),
  DetailedPing: fields(...HEAD, ...DETAIL, nextHop, 'PingSucceeded', rtt),
  DetailedTcp: fields(...HEAD, 'RemotePort', ...DETAIL, nextHop, 'TcpTestSucceeded'),
};
const netViews = Object.fromEntries(NET_SHAPES.map((shape): [string, View] => [`${NET_RESULT}#${shape}`, { kind: 'list', items: NET_FIELDS[shape] }]));

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const two = (n: number) => String(n).padStart(2, '0');
/** Get-EventLog's Time column: `MMM dd HH:mm`. */
function eventTime(o: unknown): string {
  const d = getPropertyValue(o, 'TimeGenerated');
  return d instanceof Date ? `${MONTHS[d.getMonth()]} ${two(d.getDate())} ${two(d.getHours())}:${two(d.getMinutes())}` : '';
}

export const views: Record<string, View> = {
  ...netViews,
  'System.ServiceProcess.ServiceController': {
    kind: 'table',
    columns: [{ property: 'Status', width: 8 }, { property: 'Name', width: 18 }, { property: 'DisplayName', width: 38 }],
  },
  // A certificate read from a file (Get-PfxCertificate): the certificate table without the drive's PSParentPath header.
  'System.Security.Cryptography.X509Certificates.X509Certificate2#File': {
    kind: 'table',
    columns: [{ property: 'Thumbprint', width: 41 }, { property: 'Subject' }],
  },
  'System.Diagnostics.EventLogEntry': {
    kind: 'table',
    columns: [
      { property: 'Index', width: 8, alignment: 'Right' },
      { label: 'Time', value: eventTime, width: 13 },
      { property: 'EntryType', width: 11 },
      { property: 'Source', width: 20 },
      { property: 'InstanceID', label: 'InstanceID', value: (o) => getPropertyValue(o, 'InstanceId'), width: 12, alignment: 'Right' },
      { property: 'Message' },
    ],
  },
  'System.Diagnostics.EventLog': {
    kind: 'table',
    columns: [
      { label: 'Max(K)', property: 'MaximumKilobytes', width: 8, alignment: 'Right' },
      { label: 'Retain', property: 'MinimumRetentionDays', width: 6, alignment: 'Right' },
      { property: 'OverflowAction', width: 18 },
      { property: 'Entries', width: 10, alignment: 'Right' },
      { property: 'Log' },
    ],
  },
  'System.Diagnostics.Eventing.Reader.EventLogRecord': {
    kind: 'table',
    groupBy: { label: 'ProviderName', value: (o) => getPropertyValue(o, 'ProviderName'), indent: 3, blankLinesAfter: 1 },
    columns: [
      { property: 'TimeCreated', width: 25 },
      { property: 'Id', width: 8, alignment: 'Right' },
      { property: 'LevelDisplayName', width: 16 },
      { property: 'Message' },
    ],
  },
};
