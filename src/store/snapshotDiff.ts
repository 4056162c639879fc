// Comparing two states of a deployment (storeSnapshot.ts): every object added, removed or changed, and
// for a change each property as before -> after. Pure data in, data out: the host formats it.

import type { Snapshot, SnapshotObject } from './storeSnapshot.js';

export interface PropertyChange {
  name: string;
  before?: unknown;
  after?: unknown;
}

export interface ObjectChange {
  type: string;
  identity: string;
  change: 'added' | 'removed' | 'changed';
  /** Added: every property with its value; changed: the properties that differ; removed: none. */
  properties: PropertyChange[];
}

/** What secret values read as in a diff. */
export const SECRET_MASK = '********';

/** [I] The order object types are listed in: configuration first, then topology, users, certificates. */
const TYPE_ORDER = [
  'ExternalAccessPolicy', 'XmppAllowedPartner', 'AccessEdgeConfiguration', 'XmppGatewayConfiguration', 'AllowedDomain', 'BlockedDomain',
  'PublicProvider', 'HostingProvider', 'SipDomain', 'Site', 'Pool', 'Computer', 'Service', 'User', 'Certificate', 'CertificateAssignment',
  'CertificateRequest', 'DnsRecord', 'WindowsService',
];

function typeRank(type: string): number {
  const i = TYPE_ORDER.indexOf(type);
  return i < 0 ? TYPE_ORDER.length : i;
}

function same(a: unknown, b: unknown): boolean {
  return JSON.stringify(a ?? null) === JSON.stringify(b ?? null);
}

function shown(o: SnapshotObject, name: string, value: unknown): unknown {
  return o.secret?.includes(name) && value !== null && value !== undefined && value !== '' ? SECRET_MASK : value;
}

function changedProperties(before: SnapshotObject, after: SnapshotObject): PropertyChange[] {
  const names = [...new Set([...Object.keys(before.properties), ...Object.keys(after.properties)])];
  return names
    .filter((n) => !same(before.properties[n], after.properties[n]))
    .map((n) => ({ name: n, before: shown(before, n, before.properties[n] ?? null), after: shown(after, n, after.properties[n] ?? null) }));
}

/** Every difference between two states, grouped by object type (in TYPE_ORDER), then by identity. */
export function diffSnapshots(before: Snapshot, after: Snapshot): ObjectChange[] {
  const changes: ObjectChange[] = [];
  for (const [key, a] of after) {
    const b = before.get(key);
    if (!b) {
      const properties = Object.entries(a.properties).map(([name, value]) => ({ name, after: shown(a, name, value) }));
      changes.push({ type: a.type, identity: a.identity, change: 'added', properties });
      continue;
    }
    const properties = changedProperties(b, a);
    if (properties.length) changes.push({ type: a.type, identity: a.identity, change: 'changed', properties });
  }
  for (const [key, b] of before) {
    if (!after.has(key)) changes.push({ type: b.type, identity: b.identity, change: 'removed', properties: [] });
  }
  return changes.sort((x, y) => typeRank(x.type) - typeRank(y.type) || x.type.localeCompare(y.type) || x.identity.localeCompare(y.identity));
}
