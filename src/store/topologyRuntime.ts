// Run-time state of the topology's computers: Windows service status and CMS replica status.

import type { Store } from './store.js';
import type { ReplicaRecord, WindowsServiceRecord } from './topologyTypes.js';

interface WsRow {
  computer: string;
  name: string;
  display_name: string;
  status: 'Running' | 'Stopped';
}

const toWs = (r: WsRow): WindowsServiceRecord => ({ computer: r.computer, name: r.name, displayName: r.display_name, status: r.status });

export function listWindowsServices(store: Store, computer: string): WindowsServiceRecord[] {
  const rows = store.db.prepare('SELECT computer, name, display_name, status FROM windows_services WHERE computer = ? ORDER BY seq, name').all(computer) as WsRow[];
  return rows.map(toWs);
}

export function getWindowsService(store: Store, computer: string, name: string): WindowsServiceRecord | undefined {
  const r = store.db.prepare('SELECT computer, name, display_name, status FROM windows_services WHERE computer = ? AND name = ?').get(computer, name) as WsRow | undefined;
  return r ? toWs(r) : undefined;
}

export function insertWindowsService(store: Store, ws: WindowsServiceRecord, seq: number): void {
  store.db.prepare('INSERT INTO windows_services (computer, name, display_name, status, seq) VALUES (?, ?, ?, ?, ?)').run(ws.computer, ws.name, ws.displayName, ws.status, seq);
}

export function setWindowsServiceStatus(store: Store, computer: string, name: string, status: 'Running' | 'Stopped'): boolean {
  return store.db.prepare('UPDATE windows_services SET status = ? WHERE computer = ? AND name = ?').run(status, computer, name).changes > 0;
}

interface ReplicaRow {
  fqdn: string;
  up_to_date: number;
  last_status_report: string | null;
  last_update_creation: string | null;
}

const toReplica = (r: ReplicaRow): ReplicaRecord => ({
  fqdn: r.fqdn,
  upToDate: r.up_to_date === 1,
  lastStatusReport: r.last_status_report,
  lastUpdateCreation: r.last_update_creation,
});

export function listReplicas(store: Store): ReplicaRecord[] {
  const rows = store.db
    .prepare('SELECT r.fqdn, r.up_to_date, r.last_status_report, r.last_update_creation FROM replicas r LEFT JOIN computers c ON c.fqdn = r.fqdn LEFT JOIN pools p ON p.fqdn = c.pool ORDER BY p.seq, c.seq, r.fqdn')
    .all() as ReplicaRow[];
  return rows.map(toReplica);
}

export function upsertReplica(store: Store, replica: ReplicaRecord): void {
  store.db
    .prepare(
      `INSERT INTO replicas (fqdn, up_to_date, last_status_report, last_update_creation) VALUES (?, ?, ?, ?)
       ON CONFLICT(fqdn) DO UPDATE SET up_to_date = excluded.up_to_date, last_status_report = excluded.last_status_report,
         last_update_creation = excluded.last_update_creation`,
    )
    .run(replica.fqdn, replica.upToDate ? 1 : 0, replica.lastStatusReport, replica.lastUpdateCreation);
}

/** A topology change was published: every replica has an update to apply (until replication runs). */
export function markReplicationPending(store: Store, now = new Date()): void {
  store.db.prepare('UPDATE replicas SET up_to_date = 0, last_update_creation = ?').run(now.toISOString());
}

/** Replication ran for one replica (or all when fqdn is undefined). Returns how many replicas were updated. */
export function markReplicated(store: Store, fqdn?: string, now = new Date()): number {
  const at = now.toISOString();
  if (fqdn === undefined) return store.db.prepare('UPDATE replicas SET up_to_date = 1, last_status_report = ?').run(at).changes;
  return store.db.prepare('UPDATE replicas SET up_to_date = 1, last_status_report = ? WHERE fqdn = ?').run(at, fqdn).changes;
}
