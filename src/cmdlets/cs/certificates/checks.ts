// The checks Set-CsCertificate (and Import-CsCertificate -Type) make before assigning a certificate
// to a use: the use exists on-premises and fits the computer's role, the certificate is in the store,
// carries its private key, is inside its validity period, and (warnings) its names cover what the
// use needs. Wording is ours [I]; failures carry the `Command execution failed: ` prefix.

import type { Store } from '../../../store/store.js';
import { GLOBAL_SCOPE, findStoredCertificate, storedPrivateKeyPem, type StoredCertificate } from '../../../store/certificateRepository.js';
import { EDGE_ONLY_USES, FRONT_END_ONLY_USES, GLOBAL_USES, ONLINE_ONLY_USES, certificateNames, isUse, namesCover, requiredNamesFor } from '../../../pki/names.js';
import { commonNameOf, isValidAt } from '../../../pki/certificate.js';
import { failExecution, nameFacts } from './context.js';
import { formatDateCulture } from '../../../engine/runtime/dateText.js';

/** Refuses uses that cannot be assigned in this scope (online-only, Edge-only off an Edge, global-only locally). */
export function checkUsesForScope(store: Store, scope: string, uses: string[]): void {
  for (const use of uses) {
    if (isUse(ONLINE_ONLY_USES, use)) failExecution(`The certificate use "${use}" is only available in Skype for Business Online.`, 'UseNotSupported', 'InvalidArgument', use);
  }
  if (scope === GLOBAL_SCOPE) {
    const local = uses.filter((u) => !isUse(GLOBAL_USES, u));
    if (local.length > 0) failExecution(`The certificate use "${local[0]}" is assigned on each server, not with -Identity Global.`, 'UseNotGlobal', 'InvalidArgument', local[0]);
    return;
  }
  const globalUse = uses.find((u) => isUse(GLOBAL_USES, u));
  if (globalUse) failExecution(`The certificate use "${globalUse}" is stored in the Central Management Store. Use -Identity Global to assign it.`, 'UseIsGlobal', 'InvalidArgument', globalUse);
  const facts = nameFacts(store, scope);
  const edgeUse = uses.find((u) => isUse(EDGE_ONLY_USES, u));
  if (edgeUse && !facts.isEdge) {
    failExecution(`The certificate use "${edgeUse}" requires the EdgeServer role, and computer "${facts.computerFqdn}" does not have it. Run this command on an Edge Server (Enter-PSSession -ComputerName <edge server>).`, 'RoleNotInstalled', 'InvalidOperation', edgeUse);
  }
  failOnFrontEndUseOnEdge(facts, uses, '(Exit-PSSession, or Enter-PSSession -ComputerName <front end server>)');
}

/** An Edge Server has no web services or registrar: their uses cannot be assigned or requested there. [I] */
export function failOnFrontEndUseOnEdge(facts: { isEdge: boolean; computerFqdn: string }, uses: string[], hint: string): void {
  const frontEndUse = uses.find((u) => isUse(FRONT_END_ONLY_USES, u));
  if (frontEndUse && facts.isEdge) {
    failExecution(`The certificate use "${frontEndUse}" requires a Front End, Director or Standard Edition server, and computer "${facts.computerFqdn}" is an Edge Server. Run this command on such a server ${hint}.`, 'RoleNotInstalled', 'InvalidOperation', frontEndUse);
  }
}

export interface CertificateCheckOptions {
  /** -Force: an expired or not-yet-valid certificate is assigned with a warning instead of refused. [I] */
  force: boolean;
  now?: Date;
}

/**
 * The certificate to assign, after the store, key and validity checks; returns warnings to show.
 * `candidate` is a certificate the command adds to the store together with the assignment
 * (Set-CsCertificate -Path, Import-CsCertificate -Type): it is checked in place of the stored one.
 */
export function checkCertificate(
  store: Store,
  scope: string,
  thumbprint: string,
  opts: CertificateCheckOptions,
  candidate?: StoredCertificate,
): { cert: StoredCertificate; warnings: string[] } {
  const where = scope === GLOBAL_SCOPE ? 'the Central Management Store' : `the local certificate store of ${scope}`;
  const cert = candidate ?? findStoredCertificate(store, scope, thumbprint);
  if (!cert) failExecution(`The certificate with thumbprint "${thumbprint}" was not found in ${where}. Import it first with Import-CsCertificate.`, 'CertificateNotFound', 'ObjectNotFound', thumbprint);
  if (!cert.hasPrivateKey) failExecution(`The certificate with thumbprint "${cert.thumbprint}" does not have a private key. Import it with its private key (a PFX file or the response to a request made on this computer).`, 'NoPrivateKey', 'InvalidData', cert.thumbprint);
  // Assigning a certificate gives the services its key: a key that cannot be opened stops here (StoreKeyError).
  storedPrivateKeyPem(store, scope, cert.thumbprint);
  const warnings: string[] = [];
  const now = opts.now ?? new Date();
  if (!isValidAt(cert.info, now)) {
    const text = `The certificate with thumbprint "${cert.thumbprint}" is not valid at this time: it is valid from ${formatDateCulture(cert.info.notBefore)} to ${formatDateCulture(cert.info.notAfter)}.`;
    if (!opts.force) failExecution(`${text} Use -Force to assign it anyway.`, 'CertificateNotValid', 'InvalidData', cert.thumbprint);
    warnings.push(text);
  }
  if (!cert.info.serverAuth) warnings.push(`The certificate with thumbprint "${cert.thumbprint}" is not enabled for server authentication.`);
  return { cert, warnings };
}

/** Warnings for names the use needs that the certificate does not carry. */
export function nameWarnings(store: Store, scope: string, use: string, cert: StoredCertificate): string[] {
  if (scope === GLOBAL_SCOPE) return [];
  const names = certificateNames(commonNameOf(cert.info.subject), cert.info.alternativeNames);
  return requiredNamesFor(use, nameFacts(store, scope))
    .filter((r) => !namesCover(names, r.name, r.apex))
    .map((r) => `The certificate with thumbprint "${cert.thumbprint}" does not contain "${r.name}" in its subject or subject alternative names; the ${use} use needs it.`);
}
