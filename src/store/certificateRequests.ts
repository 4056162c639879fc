// Pending certificate requests (Request-CsCertificate -New) with their private keys, and the lab
// certification authority's key, certificate and serial counter. The keys are sealed at rest
// (secretBox.ts) and opened only when a response is paired or a certificate is issued.

import type { Store } from './store.js';
import type { LabCaRecord, PendingRequest } from './certificateRepository.js';
import { secretBoxOf } from './secretBox.js';

export const REQUEST_KEY_LABEL = 'cert_requests.private_key_pem';
export const LAB_CA_KEY_LABEL = 'cert_lab_ca.key_pem';
const LAB_CA_KEY_NAME = "the lab certification authority's key";

function requestKeyName(requestId: number | bigint): string {
  return `the private key of certificate request ${requestId}`;
}

interface RequestRow {
  request_id: number;
  computer: string;
  types: string;
  subject: string;
  alternative_names: string;
  csr_pem: string;
  key_size: number;
  key_exportable: number;
  friendly_name: string | null;
  modulus: string;
  status: string;
  created: string;
}

const REQUEST_COLUMNS = 'request_id, computer, types, subject, alternative_names, csr_pem, key_size, key_exportable, friendly_name, modulus, status, created';

function toRequest(row: RequestRow): PendingRequest {
  return {
    requestId: row.request_id,
    computer: row.computer,
    types: JSON.parse(row.types) as string[],
    subject: row.subject,
    alternativeNames: JSON.parse(row.alternative_names) as string[],
    csrPem: row.csr_pem,
    keySize: row.key_size,
    keyExportable: row.key_exportable === 1,
    friendlyName: row.friendly_name ?? undefined,
    modulus: row.modulus,
    status: row.status,
    created: new Date(row.created),
  };
}

export interface NewPendingRequest {
  computer: string;
  types: string[];
  subject: string;
  alternativeNames: string[];
  csrPem: string;
  privateKeyPem: string;
  /** base64url RSA modulus: how a signed response finds its key. */
  modulus: string;
  keySize: number;
  keyExportable: boolean;
  friendlyName?: string;
}

/** Stores a pending request; returns its RequestId. */
export function addPendingRequest(store: Store, r: NewPendingRequest): number {
  const sealed = secretBoxOf(store).seal(r.privateKeyPem, REQUEST_KEY_LABEL, 'the private key of the new certificate request');
  const result = store.db
    .prepare(
      `INSERT INTO cert_requests (computer, types, subject, alternative_names, csr_pem, private_key_pem, key_exportable,
         friendly_name, key_size, modulus, created) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    )
    .run(
      r.computer.toLowerCase(),
      JSON.stringify(r.types),
      r.subject,
      JSON.stringify(r.alternativeNames),
      r.csrPem,
      sealed,
      r.keyExportable ? 1 : 0,
      r.friendlyName ?? null,
      r.keySize,
      r.modulus,
      new Date().toISOString(),
    );
  return Number(result.lastInsertRowid);
}

export function listPendingRequests(store: Store, computer: string, requestId?: number): PendingRequest[] {
  const rows = (
    requestId === undefined
      ? store.db.prepare(`SELECT ${REQUEST_COLUMNS} FROM cert_requests WHERE computer = ? ORDER BY request_id`).all(computer)
      : store.db.prepare(`SELECT ${REQUEST_COLUMNS} FROM cert_requests WHERE computer = ? AND request_id = ?`).all(computer, requestId)
  ) as RequestRow[];
  return rows.map(toRequest);
}

/** The pending request (on this computer) whose key has this modulus, with the key, for an issued response. */
export function findPendingRequestByModulus(store: Store, computer: string, modulus: string): { request: PendingRequest; privateKeyPem: string } | undefined {
  const row = store.db
    .prepare(`SELECT ${REQUEST_COLUMNS}, private_key_pem FROM cert_requests WHERE computer = ? AND modulus = ? ORDER BY request_id DESC`)
    .get(computer, modulus) as (RequestRow & { private_key_pem: string }) | undefined;
  if (!row) return undefined;
  return { request: toRequest(row), privateKeyPem: secretBoxOf(store).open(row.private_key_pem, REQUEST_KEY_LABEL, requestKeyName(row.request_id)) };
}

/** The key of a pending request (for the lab CA's online issuance). */
export function pendingRequestPrivateKeyPem(store: Store, requestId: number): string | undefined {
  const row = store.db.prepare('SELECT private_key_pem FROM cert_requests WHERE request_id = ?').get(requestId) as { private_key_pem: string } | undefined;
  return row ? secretBoxOf(store).open(row.private_key_pem, REQUEST_KEY_LABEL, requestKeyName(requestId)) : undefined;
}

export function deletePendingRequest(store: Store, requestId: number): boolean {
  return store.db.prepare('DELETE FROM cert_requests WHERE request_id = ?').run(requestId).changes > 0;
}

export function setPendingRequestStatus(store: Store, requestId: number, status: string): void {
  store.db.prepare('UPDATE cert_requests SET status = ? WHERE request_id = ?').run(status, requestId);
}

// ---------------------------------------------------------------------------------------------
// Lab certification authority

export function getLabCa(store: Store): LabCaRecord | undefined {
  const row = store.db.prepare('SELECT name, cert_pem, key_pem FROM cert_lab_ca WHERE id = 1').get() as
    | { name: string; cert_pem: string; key_pem: string }
    | undefined;
  return row ? { name: row.name, certPem: row.cert_pem, keyPem: secretBoxOf(store).open(row.key_pem, LAB_CA_KEY_LABEL, LAB_CA_KEY_NAME) } : undefined;
}

export function saveLabCa(store: Store, ca: LabCaRecord): void {
  store.db
    .prepare('INSERT INTO cert_lab_ca (id, name, cert_pem, key_pem, next_serial) VALUES (1, ?, ?, ?, 2)')
    .run(ca.name, ca.certPem, secretBoxOf(store).seal(ca.keyPem, LAB_CA_KEY_LABEL, LAB_CA_KEY_NAME));
}

/** Takes the next serial number for a certificate issued by the lab CA (the root itself is serial 1). */
export function takeLabCaSerial(store: Store): number {
  return store.transaction(() => {
    const row = store.db.prepare('SELECT next_serial FROM cert_lab_ca WHERE id = 1').get() as { next_serial: number };
    store.db.prepare('UPDATE cert_lab_ca SET next_serial = next_serial + 1 WHERE id = 1').run();
    return row.next_serial;
  });
}
