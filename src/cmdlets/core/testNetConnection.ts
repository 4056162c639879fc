// Test-NetConnection (alias tnc) against the emulated deployment: the name resolves through the
// simulated DNS zone or the topology, the address lands on an interface of a topology computer, and the
// port answers when the service behind it runs there (see netEndpoints.ts). Nothing leaves the process.

import type { CmdletContext } from '../../engine/cmdlet.js';
import { toStr } from '../../engine/runtime/convert.js';
import { PSObject } from '../../engine/runtime/values.js';
import type { Store } from '../../store/store.js';
import { define } from './meta.js';
import { endpointAt, portAnswers, resolveHost, sourceAddressOf } from './netEndpoints.js';
import type { CmdletDefinition } from '../../engine/cmdlet.js';
import { storeOf } from '../storeAccess.js';

/** The cmdlets this module declares, gathered by its family index. */
export const cmdlets: CmdletDefinition[] = [];

/** The module Test-NetConnection ships in. */
const NET_TCPIP = 'NetTCPIP';
/** Same names as the views in src/format/views/adminTools.ts. */
const NET_RESULT = 'TestNetConnectionResult';
/** 5.1's -CommonTCPPort names. */
const COMMON_PORTS: Record<string, number> = { HTTP: 80, RDP: 3389, SMB: 445, WINRM: 5985 };
/** 5.1 tests this host when no name is given. [I] The emulated network has no internet: it never resolves. */
const DEFAULT_TARGET = 'internetbeacon.msedge.net';
/** [I] Every topology computer has one network adapter with this alias. */
const INTERFACE_ALIAS = 'Ethernet';

cmdlets.push(define(
  'Test-NetConnection',
  {
    module: NET_TCPIP,
    defaultSet: 'ICMP',
    outputType: NET_RESULT,
    params: {
      ComputerName: { aliases: ['RemoteAddress', 'cn'], pipeline: 'True (ByPropertyName, ByValue)', sets: { ICMP: [false, 0], CommonTCPPort: [false, 0], RemotePort: [false, 0], NetRouteDiagnostics: [false, 0] } },
      TraceRoute: { type: 'SwitchParameter', sets: { ICMP: [false, null] } },
      Hops: { type: 'Int32', sets: { ICMP: [false, null] } },
      CommonTCPPort: { validateSet: Object.keys(COMMON_PORTS), sets: { CommonTCPPort: [true, 1] } },
      Port: { type: 'Int32', aliases: ['RemotePort'], pipeline: 'True (ByPropertyName)', sets: { RemotePort: [true, null] } },
      DiagnoseRouting: { type: 'SwitchParameter', sets: { NetRouteDiagnostics: [true, null] } },
      ConstrainSourceAddress: { sets: { NetRouteDiagnostics: [false, null] } },
      ConstrainInterface: { type: 'UInt32', sets: { NetRouteDiagnostics: [false, null] } },
      InformationLevel: { validateSet: ['Detailed', 'Quiet'] },
    },
  },
  () => ({ process: testConnection }),
));

interface Probe {
  target: string;
  address?: string;
  port?: number;
  pingSucceeded: boolean;
  tcpSucceeded: boolean;
}

function requestedPort(ctx: CmdletContext): number | undefined {
  if (ctx.params.Port !== undefined) return Number(ctx.params.Port);
  const common = ctx.params.CommonTCPPort;
  return common === undefined ? undefined : COMMON_PORTS[toStr(common).toUpperCase()];
}

/** Runs the tests against the store and writes 5.1's warnings for what failed. */
function probe(ctx: CmdletContext, store: Store, target: string, port: number | undefined): Probe {
  const address = resolveHost(store, target);
  if (address === undefined) {
    ctx.writeWarning(`Name resolution of ${target} failed -- Status: No such host is known`);
    return { target, port, pingSucceeded: false, tcpSucceeded: false };
  }
  const endpoint = endpointAt(store, address);
  // [I] Every interface of a topology computer answers ping; other addresses are outside the lab and time out.
  const pingSucceeded = endpoint !== undefined;
  const tcpSucceeded = port !== undefined && endpoint !== undefined && portAnswers(store, endpoint, port);
  if (port !== undefined && !tcpSucceeded) ctx.writeWarning(`TCP connect to (${address} : ${port}) failed`);
  if (!pingSucceeded && (port === undefined || !tcpSucceeded)) ctx.writeWarning(`Ping to ${address} failed with status: TimedOut`);
  return { target, address, port, pingSucceeded, tcpSucceeded };
}

function resultObject(ctx: CmdletContext, store: Store, p: Probe, detailed: boolean): PSObject {
  const local = (ctx.engine.session.remoteComputer ?? ctx.engine.session.localComputer).toLowerCase();
  const source = p.address === undefined ? '' : sourceAddressOf(store, local);
  const shape = detailed ? (p.port !== undefined ? 'DetailedTcp' : 'DetailedPing') : p.port === undefined ? 'Ping' : p.tcpSucceeded || p.address === undefined ? 'Tcp' : 'TcpFailed';
  const rtt = source !== '' && source === p.address ? 0 : 1;
  const reply = p.pingSucceeded
    ? new PSObject(['System.Net.NetworkInformation.PingReply', 'System.Object'], [['Status', 'Success'], ['Address', p.address], ['RoundtripTime', rtt]])
    : null;
  // [I] The default gateway of an adapter is the .1 of its /24.
  const nextHop = source === '' ? '' : source.replace(/\.\d+$/, '.1');
  return new PSObject([`${NET_RESULT}#${shape}`, NET_RESULT, 'System.Object'], [
    ['ComputerName', p.target],
    ['RemoteAddress', p.address ?? null],
    ['RemotePort', p.port ?? 0],
    ['NameResolutionResults', p.address ?? null],
    ['MatchingIPsecRules', null],
    ['NetworkIsolationContext', p.address === undefined ? null : 'Private Network'],
    ['IsAdmin', true],
    ['InterfaceAlias', p.address === undefined ? null : INTERFACE_ALIAS],
    ['SourceAddress', source || null],
    ['NetRoute', new PSObject(['Microsoft.Management.Infrastructure.CimInstance#ROOT/StandardCimv2/MSFT_NetRoute'], [['NextHop', nextHop]])],
    ['PingSucceeded', p.pingSucceeded],
    ['PingReplyDetails', reply],
    ['TcpTestSucceeded', p.tcpSucceeded],
  ]);
}

function testConnection(ctx: CmdletContext): void {
  const store = storeOf(ctx);
  const target = ctx.params.ComputerName === undefined ? DEFAULT_TARGET : toStr(ctx.params.ComputerName).trim();
  const port = requestedPort(ctx);
  const level = ctx.params.InformationLevel === undefined ? undefined : toStr(ctx.params.InformationLevel).toLowerCase();
  const p = probe(ctx, store, target, port);
  if (level === 'quiet') {
    ctx.writeObject(port === undefined ? p.pingSucceeded : p.tcpSucceeded);
    return;
  }
  ctx.writeObject(resultObject(ctx, store, p, level === 'detailed'));
}
