// Certificates of each computer's local machine store (and the global CMS store), their
// assignments by use, pending requests with their keys, and the lab certification authority.
// Private keys leave this module only through the functions named `…PrivateKey…`, used by src/pki
// flows; nothing here puts a key into an object that reaches output. Keys are sealed at rest
// (secretBox.ts): written sealed, opened only when a flow needs the key itself.

import type { Store } from './store.js';
import { isValidAt, parseCertificate, type CertificateInfo } from '../pki/certificate.js';
import { secretBoxOf, StoreKeyError } from './secretBox.js';

/** Where a certificate's key lives, for sealing (the label is authenticated with the ciphertext). */
export const CERT_KEY_LABEL = 'cert_store.private_key_pem';

function certificateKeyName(thumbprint: string): string {
  return `the private key of certificate "${thumbprint}"`;
}

/** Scope name of the CMS certificate store (`-Identity Global`). */
export const GLOBAL_SCOPE = 'global';

export interface StoredCertificate {
  computer: string;
  thumbprint: string;
  der: Buffer;
  hasPrivateKey: boolean;
  keyExportable: boolean;
  friendlyName?: string;
  info: CertificateInfo;
}

export interface CertificateAssignment {
  scope: string;
  use: string;
  thumbprint: string;
  previousThumbprint?: string;
  effectiveDate?: Date;
  updateTime: Date;
  sourceScope: 'Local' | 'Global';
}

/** What Test-CsXmppIM and the certificate checks read about the certificate serving a use. */
export interface AssignedCertificate {
  thumbprint: string;
  subject: string;
  alternativeNames: string[];
  notBefore: Date;
  notAfter: Date;
  hasPrivateKey: boolean;
  /** Why the certificate's key cannot be opened (the store's key file is missing or wrong), when it cannot. */
  privateKeyProblem?: string;
  issuer: string;
  serialNumber: string;
}

export interface PendingRequest {
  requestId: number;
  computer: string;
  types: string[];
  subject: string;
  alternativeNames: string[];
  csrPem: string;
  keySize: number;
  keyExportable: boolean;
  friendlyName?: string;
  /** base64url RSA modulus of the request's key (public). */
  modulus: string;
  status: string;
  created: Date;
}

export interface LabCaRecord {
  name: string;
  certPem: string;
  keyPem: string;
}

interface StoreRow {
  computer: string;
  thumbprint: string;
  der: Buffer;
  private_key_pem: string | null;
  key_exportable: number;
  friendly_name: string | null;
}

function toStored(row: StoreRow): StoredCertificate {
  return {
    computer: row.computer,
    thumbprint: row.thumbprint,
    der: row.der,
    hasPrivateKey: row.private_key_pem !== null,
    keyExportable: row.key_exportable === 1,
    friendlyName: row.friendly_name ?? undefined,
    info: parseCertificate(row.der),
  };
}

// ---------------------------------------------------------------------------------------------
// The certificate store of a computer

export interface NewStoredCertificate {
  der: Buffer;
  privateKeyPem?: string;
  /** Undefined keeps the flag of a certificate already in the store. */
  keyExportable?: boolean;
  friendlyName?: string;
}

/**
 * Adds a certificate to a computer's store (or GLOBAL_SCOPE). Re-importing the same certificate keeps
 * an existing private key (still sealed) unless a new one comes with it. Returns the thumbprint.
 */
export function addStoredCertificate(store: Store, computer: string, cert: NewStoredCertificate): string {
  const info = parseCertificate(cert.der);
  const existing = findStoredCertificate(store, computer, info.thumbprint);
  const sealed = cert.privateKeyPem === undefined ? null : secretBoxOf(store).seal(cert.privateKeyPem, CERT_KEY_LABEL, certificateKeyName(info.thumbprint));
  store.db
    .prepare(
      `INSERT INTO cert_store (computer, thumbprint, der, private_key_pem, key_exportable, friendly_name, added)
       VALUES (?, ?, ?, ?, ?, ?, ?)
       ON CONFLICT(computer, thumbprint) DO UPDATE SET private_key_pem = COALESCE(excluded.private_key_pem, private_key_pem),
         key_exportable = excluded.key_exportable, friendly_name = COALESCE(excluded.friendly_name, friendly_name)`,
    )
    .run(computer.toLowerCase(), info.thumbprint, cert.der, sealed, (cert.keyExportable ?? existing?.keyExportable) ? 1 : 0, cert.friendlyName ?? null, new Date().toISOString());
  return info.thumbprint;
}

export function findStoredCertificate(store: Store, computer: string, thumbprint: string): StoredCertificate | undefined {
  const row = store.db
    .prepare('SELECT computer, thumbprint, der, private_key_pem, key_exportable, friendly_name FROM cert_store WHERE computer = ? AND thumbprint = ?')
    .get(computer, thumbprint) as StoreRow | undefined;
  return row ? toStored(row) : undefined;
}

export function listStoredCertificates(store: Store, computer: string): StoredCertificate[] {
  const rows = store.db
    .prepare('SELECT computer, thumbprint, der, private_key_pem, key_exportable, friendly_name FROM cert_store WHERE computer = ? ORDER BY added, thumbprint')
    .all(computer) as StoreRow[];
  return rows.map(toStored);
}

export function deleteStoredCertificate(store: Store, computer: string, thumbprint: string): boolean {
  return store.db.prepare('DELETE FROM cert_store WHERE computer = ? AND thumbprint = ?').run(computer, thumbprint).changes > 0;
}

/**
 * The private key of a stored certificate (for signing flows only; never for display). Throws
 * StoreKeyError when the key is sealed and the store's key file is missing or wrong.
 */
export function storedPrivateKeyPem(store: Store, computer: string, thumbprint: string): string | undefined {
  const row = store.db.prepare('SELECT thumbprint, private_key_pem FROM cert_store WHERE computer = ? AND thumbprint = ?').get(computer, thumbprint) as
    | { thumbprint: string; private_key_pem: string | null }
    | undefined;
  if (!row?.private_key_pem) return undefined;
  return secretBoxOf(store).open(row.private_key_pem, CERT_KEY_LABEL, certificateKeyName(row.thumbprint));
}

/** Why a stored certificate's key cannot be opened, or undefined when it opens (or there is none). */
export function privateKeyProblem(store: Store, computer: string, thumbprint: string): string | undefined {
  try {
    storedPrivateKeyPem(store, computer, thumbprint);
    return undefined;
  } catch (e) {
    if (e instanceof StoreKeyError) return e.reason;
    throw e;
  }
}

// ---------------------------------------------------------------------------------------------
// Assignments (Set-/Get-/Remove-CsCertificate)

interface AssignmentRow {
  scope: string;
  use: string;
  thumbprint: string;
  previous_thumbprint: string | null;
  effective_date: string | null;
  update_time: string;
  source_scope: string;
}

function toAssignment(row: AssignmentRow): CertificateAssignment {
  return {
    scope: row.scope,
    use: row.use,
    thumbprint: row.thumbprint,
    previousThumbprint: row.previous_thumbprint ?? undefined,
    effectiveDate: row.effective_date ? new Date(row.effective_date) : undefined,
    updateTime: new Date(row.update_time),
    sourceScope: row.source_scope === 'Global' ? 'Global' : 'Local',
  };
}

const ASSIGNMENT_COLUMNS = 'scope, use, thumbprint, previous_thumbprint, effective_date, update_time, source_scope';

export function listAssignments(store: Store, scope: string): CertificateAssignment[] {
  const rows = store.db.prepare(`SELECT ${ASSIGNMENT_COLUMNS} FROM cert_assignments WHERE scope = ? ORDER BY seq`).all(scope) as AssignmentRow[];
  return rows.map(toAssignment);
}

export function getAssignment(store: Store, scope: string, use: string): CertificateAssignment | undefined {
  const row = store.db.prepare(`SELECT ${ASSIGNMENT_COLUMNS} FROM cert_assignments WHERE scope = ? AND use = ?`).get(scope, use) as AssignmentRow | undefined;
  return row ? toAssignment(row) : undefined;
}

/** Creates or replaces the assignment of one use; a replaced assignment keeps its place in the list. */
export function saveAssignment(store: Store, a: CertificateAssignment): void {
  const seqRow = store.db.prepare('SELECT COALESCE(MAX(seq), 0) + 1 AS next FROM cert_assignments').get() as { next: number };
  store.db
    .prepare(
      `INSERT INTO cert_assignments (${ASSIGNMENT_COLUMNS}, seq) VALUES (?, ?, ?, ?, ?, ?, ?, ?)
       ON CONFLICT(scope, use) DO UPDATE SET use = excluded.use, thumbprint = excluded.thumbprint,
         previous_thumbprint = excluded.previous_thumbprint, effective_date = excluded.effective_date,
         update_time = excluded.update_time, source_scope = excluded.source_scope`,
    )
    .run(
      a.scope.toLowerCase(),
      a.use,
      a.thumbprint,
      a.previousThumbprint ?? null,
      a.effectiveDate?.toISOString() ?? null,
      a.updateTime.toISOString(),
      a.sourceScope,
      seqRow.next,
    );
}

export function deleteAssignment(store: Store, scope: string, use: string): boolean {
  return store.db.prepare('DELETE FROM cert_assignments WHERE scope = ? AND use = ?').run(scope, use).changes > 0;
}

/**
 * The thumbprint serving a use at `now`: during a scheduled rollover (effective date still ahead)
 * the previous certificate keeps serving.
 */
export function activeThumbprint(a: CertificateAssignment, now: Date = new Date()): string {
  if (a.previousThumbprint && a.effectiveDate && now.getTime() < a.effectiveDate.getTime()) return a.previousThumbprint;
  return a.thumbprint;
}

/**
 * The certificate that serves `use` on a computer now (a computer-local assignment, else a global
 * one), or undefined when nothing is assigned or the assigned certificate is no longer in its store.
 */
export function getAssignedCertificate(store: Store, computerFqdn: string, use: string, now: Date = new Date()): AssignedCertificate | undefined {
  const assignment = getAssignment(store, computerFqdn, use) ?? getAssignment(store, GLOBAL_SCOPE, use);
  if (!assignment) return undefined;
  const storeScope = assignment.sourceScope === 'Global' ? GLOBAL_SCOPE : assignment.scope;
  const cert = findStoredCertificate(store, storeScope, activeThumbprint(assignment, now));
  if (!cert) return undefined;
  const { info } = cert;
  return {
    thumbprint: info.thumbprint,
    subject: info.subject,
    alternativeNames: [...info.alternativeNames],
    notBefore: info.notBefore,
    notAfter: info.notAfter,
    hasPrivateKey: cert.hasPrivateKey,
    privateKeyProblem: cert.hasPrivateKey ? privateKeyProblem(store, cert.computer, info.thumbprint) : undefined,
    issuer: info.issuer,
    serialNumber: info.serialNumber,
  };
}

/** True when the assigned certificate exists, has a key that opens and is inside its validity period at `now`. */
export function isUsableCertificate(c: AssignedCertificate | undefined, now: Date = new Date()): boolean {
  return !!c && c.hasPrivateKey && !c.privateKeyProblem && isValidAt(c, now);
}

export * from './certificateRequests.js';
