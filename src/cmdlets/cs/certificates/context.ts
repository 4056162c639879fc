// What the certificate cmdlets share: which certificate store a command acts on (the session's
// computer, or the global CMS store), the topology facts that decide certificate names, reading
// certificate files inside the sandbox, the CertificateReference object, and the error table.

import type { CmdletContext, ErrorSpec } from '../../../engine/cmdlet.js';
import { PSObject } from '../../../engine/runtime/values.js';
import type { Store } from '../../../store/store.js';
import { GLOBAL_SCOPE, findStoredCertificate, type CertificateAssignment } from '../../../store/certificateRepository.js';
import { findComputerByName, getComputer, computerRoles, listServices, listSipDomains } from '../../../store/topologyRepository.js';
import type { NameFacts } from '../../../pki/names.js';
import { PkiError } from '../../../pki/errors.js';
import { readSandboxFile } from '../kit/files.js';
import { fail, reportingErrors, type ErrorReporting } from '../kit/commandError.js';
import { sessionComputer } from '../kit/commandContext.js';

export const CERTIFICATE_REFERENCE_TYPE = 'Microsoft.Rtc.Management.Deployment.CertificateReference';
/** Prefix the deployment cmdlets put on failures (DOMAIN §3.5). [I] */
export const FAILED = 'Command execution failed: ';

/** Fails the command with the deployment cmdlets' failure prefix. */
export function failExecution(message: string, errorId: string, category: ErrorSpec['category'], targetObject?: unknown): never {
  fail({ message: FAILED + message, errorId, category, targetObject, exceptionType: 'System.InvalidOperationException' });
}

/** Every failure of a certificate cmdlet ends the command; PKI failures carry their own category. */
const CERTIFICATE_ERRORS: ErrorReporting = {
  terminating: true,
  failurePrefix: FAILED,
  translate: (e) => (e instanceof PkiError ? pkiErrorSpec(e) : undefined),
};

/** Runs a handler body; certificate, PKI and store key failures become terminating errors of the cmdlet. */
export function runCertificateCommand(ctx: CmdletContext, body: () => void | Promise<void>): Promise<void> {
  return reportingErrors(ctx, body, CERTIFICATE_ERRORS);
}

const PKI_CATEGORIES: Record<PkiError['code'], ErrorSpec['category']> = {
  BadPassword: 'SecurityError',
  CorruptFile: 'InvalidData',
  NoCertificate: 'InvalidData',
  NoPrivateKey: 'InvalidData',
  KeyMismatch: 'InvalidData',
  UnsupportedAlgorithm: 'NotImplemented',
  InvalidRequest: 'InvalidArgument',
};

export function pkiErrorSpec(e: PkiError): ErrorSpec {
  return {
    message: FAILED + e.message,
    errorId: e.code,
    category: PKI_CATEGORIES[e.code],
    exceptionType: e.code === 'BadPassword' ? 'System.Security.Cryptography.CryptographicException' : 'System.InvalidOperationException',
  };
}

/** The computer the shell acts on: the Enter-PSSession target, else the local computer. */
export function currentComputer(ctx: CmdletContext): string {
  return sessionComputer(ctx).toLowerCase();
}

/** `-Identity Global` selects the CMS store; any other identity is refused (no other scope holds certificates). */
export function isGlobalIdentity(ctx: CmdletContext): boolean {
  const identity = ctx.params.Identity;
  if (identity === undefined || identity === null || identity === '') return false;
  const text = String(identity).trim();
  if (text.toLowerCase() === 'global') return true;
  failExecution(`"${text}" is not a valid identity for certificates. Use "Global" for certificates stored in the Central Management Store, or omit -Identity for the local computer.`, 'InvalidIdentity', 'InvalidArgument', text);
}

/** Topology facts for naming and checking certificates of a computer; fails for computers outside the topology. */
export function nameFacts(store: Store, computerFqdn: string): NameFacts {
  const computer = findComputerByName(store, computerFqdn);
  if (!computer) failExecution(`Computer "${computerFqdn}" was not found in the topology.`, 'ComputerNotFound', 'ObjectNotFound', computerFqdn);
  const roles = computerRoles(store, computer.fqdn);
  const edge = listServices(store, { pool: computer.pool, role: 'EdgeServer' })[0];
  const prop = (name: string): string | undefined => {
    const v = edge?.properties[name];
    return typeof v === 'string' && v.length > 0 ? v : undefined;
  };
  const domains = listSipDomains(store);
  return {
    computerFqdn: computer.fqdn.toLowerCase(),
    poolFqdn: computer.pool.toLowerCase(),
    isEdge: roles.some((r) => r.toLowerCase() === 'edgeserver'),
    sipDomains: [...domains.filter((d) => d.isDefault), ...domains.filter((d) => !d.isDefault)].map((d) => d.name),
    accessEdgeExternalFqdn: prop('AccessEdgeExternalFqdn'),
    dataEdgeExternalFqdn: prop('DataEdgeExternalFqdn'),
    internalInterfaceFqdn: prop('InternalInterfaceFqdn'),
  };
}

/** True when the computer's Edge service has XMPP federation enabled. */
export function edgeRunsXmpp(store: Store, computerFqdn: string): boolean {
  const computer = getComputer(store, computerFqdn);
  if (!computer) return false;
  const edge = listServices(store, { pool: computer.pool, role: 'EdgeServer' })[0];
  return edge?.properties.XmppFederationEnabled === true;
}

/** Raises a file problem as this module's terminating error (the path text, without the failure prefix). */
export function raiseFileError(spec: ErrorSpec): never {
  fail(spec);
}

/** Reads a file given as a PowerShell path, inside the sandbox. */
export function readUserFile(ctx: CmdletContext, psPath: string): Buffer {
  return readSandboxFile(ctx, psPath, raiseFileError);
}

/** The catalog's spelling of a use (`xmppserver` → `XMPPServer`). */
export function canonicalUse(use: string, allUses: string[]): string {
  return allUses.find((u) => u.toLowerCase() === use.toLowerCase()) ?? use;
}

/**
 * One Get-CsCertificate object. Property order [I]: the certificate's own facts first (alphabetical, as
 * .NET lists a class's properties), then the assignment's.
 */
export function certificateReference(store: Store, a: CertificateAssignment): PSObject {
  const storeScope = a.sourceScope === 'Global' ? GLOBAL_SCOPE : a.scope;
  const info = findStoredCertificate(store, storeScope, a.thumbprint)?.info;
  return new PSObject([CERTIFICATE_REFERENCE_TYPE, 'System.Object'], [
    ['Issuer', info?.issuer ?? null],
    ['NotAfter', info?.notAfter ?? null],
    ['NotBefore', info?.notBefore ?? null],
    ['SerialNumber', info?.serialNumber ?? null],
    ['Subject', info?.subject ?? null],
    ['AlternativeNames', info ? [...info.alternativeNames] : []],
    ['Thumbprint', a.thumbprint],
    ['EffectiveDate', a.effectiveDate ?? null],
    ['PreviousThumbprint', a.previousThumbprint ?? null],
    ['UpdateTime', a.updateTime],
    ['Use', a.use],
    ['SourceScope', a.sourceScope],
  ]);
}
