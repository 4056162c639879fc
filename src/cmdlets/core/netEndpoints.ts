// The emulated network as Test-NetConnection sees it: names resolve through the simulated DNS zone and
// the topology's computers; an address belongs to an interface of a topology computer, and a port
// answers when the service behind it runs there. Only what the store knows decides; nothing is probed.

import { resolveA } from '../../store/dnsRepository.js';
import { listWindowsServices } from '../../store/topologyRuntime.js';
import { findComputerByName, getComputer, getPool, listComputers, listServices } from '../../store/topologyRepository.js';
import type { ComputerRecord, ServiceRecord } from '../../store/topologyTypes.js';
import type { Store } from '../../store/store.js';
import { XMPP_PROXY_SERVICE } from '../cs/verification/xmppChecks.js';

const IPV4 = /^\d{1,3}(\.\d{1,3}){3}$/;

/** Resolves a host name (or takes an IPv4 literal): DNS A records first, then topology computers. */
export function resolveHost(store: Store, host: string): string | undefined {
  const name = host.trim().replace(/\.$/, '').toLowerCase();
  if (IPV4.test(name)) return name;
  const fromDns = resolveA(store, name)[0];
  if (fromDns) return fromDns;
  // [I] Internal DNS is not modelled apart: every topology computer resolves to its own address.
  return findComputerByName(store, name)?.ipAddress ?? undefined;
}

/** A listener: a port and the Windows service (on the owning computer) that must run for it to answer. */
interface Listener {
  port: number;
  service: string | null;
  /** False for listeners that exist only while a feature is enabled in the topology. */
  enabled?: boolean;
}

/** Where an address lands: the computers behind it (several for a pool's load-balanced name) and their listeners. */
export interface Endpoint {
  computers: string[];
  listeners: Listener[];
}

/**
 * [I] Administration ports every internal interface of a topology computer answers on (SMB, RDP,
 * WinRM), with the service names Get-Service shows for them when modelled (they are not: always open).
 */
const ADMIN_PORTS: Listener[] = [445, 3389, 5985].map((port) => ({ port, service: null }));

function num(svc: ServiceRecord, property: string, fallback: number): number {
  const v = Number(svc.properties[property]);
  return Number.isFinite(v) && v > 0 ? v : fallback;
}

/**
 * [I] The external interfaces of an Edge service: the Access Edge (SIP 443 and 5061 through RTCSRV; XMPP
 * 5269 through the XMPP proxy RTCXMPPTGWPX, only while XmppFederationEnabled is true on the Edge
 * service), the Web Conferencing Edge (443, RTCDATAPROXY) and the A/V Edge (443, RTCMEDIARELAY).
 */
function externalListeners(svc: ServiceRecord, address: string, store: Store): Listener[] | undefined {
  const lookup = (property: string) => {
    const fqdn = svc.properties[property];
    return typeof fqdn === 'string' && fqdn !== '' && resolveA(store, fqdn.toLowerCase()).includes(address);
  };
  const found: Listener[] = [];
  if (lookup('AccessEdgeExternalFqdn')) {
    found.push({ port: num(svc, 'AccessEdgeClientPort', 443), service: 'RTCSRV' });
    found.push({ port: num(svc, 'AccessEdgeExternalSipPort', 5061), service: 'RTCSRV' });
    found.push({ port: num(svc, 'XmppListeningPort', 5269), service: XMPP_PROXY_SERVICE, enabled: svc.properties.XmppFederationEnabled === true });
  }
  if (lookup('DataEdgeExternalFqdn')) found.push({ port: 443, service: 'RTCDATAPROXY' });
  if (lookup('AVEdgeExternalFqdn')) found.push({ port: num(svc, 'MediaRelayAuthExternalTurnTcpPort', 443), service: 'RTCMEDIARELAY' });
  return found.length ? found : undefined;
}

/** [I] The internal interface of an Edge computer: SIP from the pools, the XMPP gateway's 23456, A/V auth, CMS replication. */
function edgeInternalListeners(svc: ServiceRecord): Listener[] {
  return [
    { port: num(svc, 'AccessEdgeInternalSipPort', 5061), service: 'RTCSRV' },
    { port: num(svc, 'XmppInternalPort', 23456), service: XMPP_PROXY_SERVICE, enabled: svc.properties.XmppFederationEnabled === true },
    { port: num(svc, 'MediaRelayAuthEdgePort', 5062), service: 'RTCMRAUTH' },
    { port: 4443, service: 'REPLICA' },
    ...ADMIN_PORTS,
  ];
}

/** [I] A Front End or Director computer: SIP 5061 (RTCSRV), web services 80/443 and the admin ports (IIS is not modelled). */
function poolComputerListeners(): Listener[] {
  return [{ port: 5061, service: 'RTCSRV' }, { port: 443, service: null }, { port: 80, service: null }, { port: 4443, service: null }, ...ADMIN_PORTS];
}

function computerEndpoint(store: Store, computer: ComputerRecord): Endpoint {
  const edge = listServices(store, { pool: computer.pool, role: 'EdgeServer' })[0];
  return { computers: [computer.fqdn], listeners: edge ? edgeInternalListeners(edge) : poolComputerListeners() };
}

/** The endpoint behind an address, or undefined when no topology interface has it. */
export function endpointAt(store: Store, address: string): Endpoint | undefined {
  const computers = listComputers(store);
  const own = computers.find((c) => c.ipAddress === address);
  if (own) return computerEndpoint(store, own);
  for (const edge of listServices(store, { role: 'EdgeServer' })) {
    const listeners = externalListeners(edge, address, store);
    if (listeners) return { computers: computers.filter((c) => c.pool === edge.pool).map((c) => c.fqdn), listeners };
  }
  // A pool's own name (the load balancer of a Front End pool) reaches every computer of the pool.
  for (const c of computers) {
    const pool = getPool(store, c.pool);
    if (pool && pool.kind !== 'Edge' && resolveA(store, pool.fqdn.toLowerCase()).includes(address)) {
      return { computers: computers.filter((x) => x.pool === pool.fqdn).map((x) => x.fqdn), listeners: poolComputerListeners() };
    }
  }
  return undefined;
}

/** True when some computer behind the endpoint answers on the port. */
export function portAnswers(store: Store, endpoint: Endpoint, port: number): boolean {
  return endpoint.listeners.some(
    (l) =>
      l.port === port &&
      l.enabled !== false &&
      (l.service === null ||
        endpoint.computers.some((c) => listWindowsServices(store, c).some((w) => w.name.toUpperCase() === l.service && w.status === 'Running'))),
  );
}

/** The address the local computer talks from (its topology address). */
export function sourceAddressOf(store: Store, computer: string): string {
  return getComputer(store, computer)?.ipAddress ?? '';
}
