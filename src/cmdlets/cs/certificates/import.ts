// Import-CsCertificate: brings a certificate file into the session computer's store (Local set) or
// into the Central Management Store with its uses (CMS set, `-Identity Global -Type …`). A certificate
// without a private key in the file is accepted only as the response to a pending request made on
// this computer, whose key it then joins.

import type { CmdletContext, CmdletImplementation } from '../../../engine/cmdlet.js';
import { enums } from '../../../catalog/registry.js';
import type { Store } from '../../../store/store.js';
import {
  GLOBAL_SCOPE,
  addStoredCertificate,
  findPendingRequestByModulus,
  setPendingRequestStatus,
  storedPrivateKeyPem,
} from '../../../store/certificateRepository.js';
import type { CertificateFileContent } from '../../../pki/containers.js';
import { loadCertificateCrypto } from './crypto.js';
import { keyMatchesCertificate, parseCertificate } from '../../../pki/certificate.js';
import { assignCertificate } from './assign.js';
import { commandTransaction } from '../kit/commandTransaction.js';
import { canonicalUse, currentComputer, failExecution, isGlobalIdentity, readUserFile, runCertificateCommand } from './context.js';
import { storeOf, stringList } from '../kit/commandContext.js';

interface KeyedCertificate {
  der: Buffer;
  thumbprint: string;
  privateKeyPem: string;
  /** Undefined keeps the flag of a certificate already in the store. */
  keyExportable?: boolean;
  friendlyName?: string;
  /** The pending request this certificate answers, when it came without a key. */
  requestId?: number;
}

/** Pairs the file's end-entity certificate with its private key: from the file, a pending request, or the store. */
function pairWithKey(ctx: CmdletContext, store: Store, scope: string, file: CertificateFileContent): KeyedCertificate {
  const der = file.certificates[0]!;
  const info = parseCertificate(der);
  const exportableParam = typeof ctx.params.PrivateKeyExportable === 'boolean' ? ctx.params.PrivateKeyExportable : undefined;
  if (file.privateKeyPem) {
    if (!keyMatchesCertificate(der, file.privateKeyPem)) failExecution(`The private key in the file does not belong to the certificate "${info.thumbprint}".`, 'KeyMismatch', 'InvalidData', info.thumbprint);
    return { der, thumbprint: info.thumbprint, privateKeyPem: file.privateKeyPem, keyExportable: exportableParam ?? false, friendlyName: file.friendlyName };
  }
  const pending = info.modulus ? findPendingRequestByModulus(store, scope, info.modulus) : undefined;
  if (pending) {
    return {
      der,
      thumbprint: info.thumbprint,
      privateKeyPem: pending.privateKeyPem,
      keyExportable: exportableParam ?? pending.request.keyExportable,
      friendlyName: pending.request.friendlyName,
      requestId: pending.request.requestId,
    };
  }
  const stored = storedPrivateKeyPem(store, scope, info.thumbprint);
  if (stored) return { der, thumbprint: info.thumbprint, privateKeyPem: stored, keyExportable: exportableParam };
  const where = scope === GLOBAL_SCOPE ? 'the Central Management Store' : scope;
  failExecution(
    `The certificate "${info.thumbprint}" (${info.subject}) has no private key, and no pending certificate request on ${where} matches it. Import a PFX file that includes the private key, or the certificate issued for a request made with Request-CsCertificate on this computer.`,
    'NoPrivateKey',
    'InvalidData',
    info.thumbprint,
  );
}

/** Runs inside the command's transaction. */
function storeCertificateAndChain(store: Store, scope: string, cert: KeyedCertificate, chain: Buffer[]): void {
  addStoredCertificate(store, scope, { der: cert.der, privateKeyPem: cert.privateKeyPem, keyExportable: cert.keyExportable, friendlyName: cert.friendlyName });
  for (const issuer of chain) addStoredCertificate(store, scope, { der: issuer });
  if (cert.requestId !== undefined) setPendingRequestStatus(store, cert.requestId, 'Issued');
}

export function importCertificate(): CmdletImplementation {
  return {
    process: (ctx) =>
      runCertificateCommand(ctx, async () => {
        const store = storeOf(ctx);
        const path = String(ctx.params.Path);
        const cms = ctx.parameterSetName === 'CMS';
        if (cms && !isGlobalIdentity(ctx)) failExecution('Import-CsCertificate -Identity accepts only "Global".', 'InvalidIdentity', 'InvalidArgument');
        const scope = cms ? GLOBAL_SCOPE : currentComputer(ctx);
        const password = ctx.params.Password === undefined || ctx.params.Password === null ? undefined : String(ctx.params.Password);
        const { readCertificateFile } = await loadCertificateCrypto();
        const file = readCertificateFile(readUserFile(ctx, path), password);
        const cert = pairWithKey(ctx, store, scope, file);
        if (!cms) {
          if (!(await ctx.shouldProcess(path))) return;
          // Paired again under the write lock: the pending request or stored key may have changed since.
          commandTransaction(ctx, (s) => storeCertificateAndChain(s, scope, pairWithKey(ctx, s, scope, file), file.certificates.slice(1)));
          ctx.writeVerbose(`Certificate ${cert.thumbprint} was imported into the certificate store of ${scope}.`);
          return;
        }
        const uses = stringList(ctx.params.Type).map((u) => canonicalUse(u, enums.CertType ?? []));
        const stored = { der: cert.der, privateKeyPem: cert.privateKeyPem, keyExportable: cert.keyExportable, friendlyName: cert.friendlyName };
        const opts = {
          roll: ctx.params.Roll === true,
          effectiveDate: ctx.params.EffectiveDate instanceof Date ? ctx.params.EffectiveDate : undefined,
          force: ctx.params.Force === true,
        };
        await assignCertificate(ctx, scope, cert.thumbprint, uses, opts, stored);
      }),
  };
}
