// The simulated external DNS zone of the SIP domains (SRV and A records the XMPP and SIP federation checks need).

import type { Store } from './store.js';
import type { DnsRecord } from './topologyTypes.js';

export function listDnsRecords(store: Store, filter: { name?: string; type?: string } = {}): DnsRecord[] {
  const where: string[] = [];
  const args: string[] = [];
  if (filter.name !== undefined) (where.push('name = ?'), args.push(filter.name));
  if (filter.type !== undefined) (where.push('type = ?'), args.push(filter.type));
  const sql = `SELECT name, type, target, port, priority, weight FROM dns_records${where.length ? ` WHERE ${where.join(' AND ')}` : ''} ORDER BY rowid`;
  return store.db.prepare(sql).all(...args) as DnsRecord[];
}

/** SRV records of a service name such as `_xmpp-server._tcp.contoso.com`. */
export function resolveSrv(store: Store, name: string): DnsRecord[] {
  return listDnsRecords(store, { name, type: 'SRV' });
}

/** A records of a host name. */
export function resolveA(store: Store, name: string): string[] {
  return listDnsRecords(store, { name, type: 'A' }).map((r) => r.target);
}

export function addDnsRecord(store: Store, r: Omit<DnsRecord, 'port' | 'priority' | 'weight'> & Partial<DnsRecord>): void {
  store.db
    .prepare('INSERT OR REPLACE INTO dns_records (name, type, target, port, priority, weight) VALUES (?, ?, ?, ?, ?, ?)')
    .run(r.name, r.type.toUpperCase(), r.target, r.port ?? null, r.priority ?? null, r.weight ?? null);
}

export function removeDnsRecord(store: Store, name: string, type: string, target?: string): number {
  if (target === undefined) return store.db.prepare('DELETE FROM dns_records WHERE name = ? AND type = ?').run(name, type).changes;
  return store.db.prepare('DELETE FROM dns_records WHERE name = ? AND type = ? AND target = ?').run(name, type, target).changes;
}
