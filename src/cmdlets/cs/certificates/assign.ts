// Get-, Set-, Remove-CsCertificate and Test-CsCertificateConfiguration: assignments of certificates
// to uses on the session's computer, or in the global CMS store with `-Identity Global`.

import type { CmdletContext, CmdletImplementation } from '../../../engine/cmdlet.js';
import { PSObject } from '../../../engine/runtime/values.js';
import { enums } from '../../../catalog/registry.js';
import type { Store } from '../../../store/store.js';
import {
  GLOBAL_SCOPE,
  activeThumbprint,
  addStoredCertificate,
  deleteAssignment,
  getAssignment,
  listAssignments,
  saveAssignment,
  type NewStoredCertificate,
  type StoredCertificate,
} from '../../../store/certificateRepository.js';
import { normaliseThumbprint, parseCertificate, thumbprintOf as thumbprintOfDer } from '../../../pki/certificate.js';
import { commandTransaction } from '../kit/commandTransaction.js';
import { loadCertificateCrypto } from './crypto.js';
import { GLOBAL_USES } from '../../../pki/names.js';
import { checkCertificate, checkUsesForScope, nameWarnings } from './checks.js';
import {
  CERTIFICATE_REFERENCE_TYPE,
  canonicalUse,
  certificateReference,
  currentComputer,
  edgeRunsXmpp,
  failExecution,
  isGlobalIdentity,
  nameFacts,
  readUserFile,
  runCertificateCommand,
} from './context.js';
import { storeOf, stringList } from '../kit/commandContext.js';

const CERT_TYPES = enums.CertType ?? [];

function usesOf(ctx: CmdletContext): string[] {
  return stringList(ctx.params.Type).map((u) => canonicalUse(u, CERT_TYPES));
}

function scopeOf(ctx: CmdletContext): string {
  return isGlobalIdentity(ctx) ? GLOBAL_SCOPE : currentComputer(ctx);
}

export interface AssignOptions {
  roll: boolean;
  effectiveDate?: Date;
  force: boolean;
}

/** What a certificate about to be added to the store will look like there, for the checks of the preview. */
function candidateOf(scope: string, cert: NewStoredCertificate): StoredCertificate {
  const info = parseCertificate(cert.der);
  return { computer: scope, thumbprint: info.thumbprint, der: cert.der, hasPrivateKey: !!cert.privateKeyPem, keyExportable: !!cert.keyExportable, friendlyName: cert.friendlyName, info };
}

/**
 * Checks and assigns one certificate to several uses; each use goes through ShouldProcess. All writes
 * of the command happen in one transaction, which re-reads the assignments and re-checks the
 * certificate. `adding` is a certificate from a file that is stored with the assignment, and only if
 * some use is assigned (declined or refused, it is not left in the store).
 */
export async function assignCertificate(ctx: CmdletContext, scope: string, thumbprint: string, uses: string[], opts: AssignOptions, adding?: NewStoredCertificate): Promise<void> {
  const store = storeOf(ctx);
  if (uses.length === 0) failExecution('Specify the certificate use with -Type (for example -Type XMPPServer).', 'TypeRequired', 'InvalidArgument');
  if (opts.roll && !opts.effectiveDate) failExecution('-Roll requires -EffectiveDate: the date and time the new certificate takes over.', 'EffectiveDateRequired', 'InvalidArgument');
  checkUsesForScope(store, scope, uses);
  const { cert, warnings } = checkCertificate(store, scope, thumbprint, { force: opts.force }, adding && candidateOf(scope, adding));
  for (const w of warnings) ctx.writeWarning(w);
  const approved: string[] = [];
  for (const use of uses) {
    for (const w of nameWarnings(store, scope, use, cert)) ctx.writeWarning(w);
    if (await ctx.shouldProcess(`${use}: ${cert.thumbprint}`)) approved.push(use);
  }
  if (approved.length === 0) return;
  const now = new Date();
  commandTransaction(ctx, (s) => {
    if (adding) addStoredCertificate(s, scope, adding);
    checkCertificate(s, scope, thumbprint, { force: opts.force, now });
    for (const use of approved) {
      const current = getAssignment(s, scope, use);
      const replaced = current ? activeThumbprint(current, now) : undefined;
      saveAssignment(s, {
        scope,
        use,
        thumbprint: cert.thumbprint,
        previousThumbprint: replaced && replaced !== cert.thumbprint ? replaced : current?.previousThumbprint,
        effectiveDate: opts.roll ? opts.effectiveDate : undefined,
        updateTime: now,
        sourceScope: scope === GLOBAL_SCOPE ? 'Global' : 'Local',
      });
    }
  });
}

function thumbprintFromReference(ref: unknown): { thumbprint?: string; use?: string } {
  if (ref instanceof PSObject) return { thumbprint: String(ref.get('Thumbprint') ?? ''), use: ref.get('Use') ? String(ref.get('Use')) : undefined };
  if (typeof ref === 'string') return { thumbprint: ref };
  return {};
}

export function setCertificate(): CmdletImplementation {
  return {
    process: (ctx) =>
      runCertificateCommand(ctx, async () => {
        const scope = scopeOf(ctx);
        let uses = usesOf(ctx);
        const opts: AssignOptions = {
          roll: ctx.params.Roll === true,
          effectiveDate: ctx.params.EffectiveDate instanceof Date ? ctx.params.EffectiveDate : undefined,
          force: ctx.params.Force === true,
        };
        let thumbprint: string;
        if (ctx.parameterSetName === 'Path') {
          const { readCertificateFile } = await loadCertificateCrypto();
          const file = readCertificateFile(readUserFile(ctx, String(ctx.params.Path)), ctx.params.Password as string | undefined);
          if (!file.privateKeyPem) failExecution(`The file "${String(ctx.params.Path)}" does not contain a private key.`, 'NoPrivateKey', 'InvalidData');
          const cert = { der: file.certificates[0]!, privateKeyPem: file.privateKeyPem, friendlyName: file.friendlyName };
          await assignCertificate(ctx, scope, thumbprintOfDer(cert.der), uses, opts, cert);
          return;
        } else if (ctx.parameterSetName === 'CertificateReference') {
          const ref = thumbprintFromReference(ctx.params.Reference);
          if (!ref.thumbprint) failExecution('The certificate reference has no thumbprint.', 'InvalidReference', 'InvalidArgument');
          if (uses.length === 0 && ref.use) uses = [canonicalUse(ref.use, CERT_TYPES)];
          thumbprint = normaliseThumbprint(ref.thumbprint);
        } else {
          thumbprint = normaliseThumbprint(String(ctx.params.Thumbprint ?? ''));
        }
        await assignCertificate(ctx, scope, thumbprint, uses, opts);
      }),
  };
}

/** Local assignments first, then the global ones the computer inherits (SourceScope Global). */
function visibleAssignments(store: Store, scope: string) {
  const local = listAssignments(store, scope);
  return scope === GLOBAL_SCOPE ? local : [...local, ...listAssignments(store, GLOBAL_SCOPE)];
}

export function getCertificate(): CmdletImplementation {
  return {
    process: (ctx) =>
      runCertificateCommand(ctx, () => {
        const store = storeOf(ctx);
        const uses = usesOf(ctx).map((u) => u.toLowerCase());
        for (const a of visibleAssignments(store, scopeOf(ctx))) {
          if (uses.length === 0 || uses.includes(a.use.toLowerCase())) ctx.writeObject(certificateReference(store, a));
        }
      }),
  };
}

export function removeCertificate(): CmdletImplementation {
  return {
    process: (ctx) =>
      runCertificateCommand(ctx, async () => {
        const store = storeOf(ctx);
        const scope = scopeOf(ctx);
        const uses = usesOf(ctx);
        if (uses.length === 0) failExecution('Specify the certificate use to remove with -Type.', 'TypeRequired', 'InvalidArgument');
        for (const use of uses) await removeOne(ctx, store, scope, use);
      }),
  };
}

function notAssigned(ctx: CmdletContext, use: string, where: string): void {
  ctx.writeError({ message: `No certificate is assigned to "${use}" on ${where}.`, errorId: 'AssignmentNotFound', category: 'ObjectNotFound', targetObject: use });
}

async function removeOne(ctx: CmdletContext, store: Store, scope: string, use: string): Promise<void> {
  const a = getAssignment(store, scope, use);
  const where = scope === GLOBAL_SCOPE ? 'the global scope' : scope;
  if (!a) return notAssigned(ctx, use, where);
  if (ctx.params.Previous === true) {
    if (!a.previousThumbprint) {
      ctx.writeWarning(`The "${use}" assignment on ${where} has no previous certificate.`);
      return;
    }
    if (!(await ctx.shouldProcess(`${use}: ${a.previousThumbprint}`))) return;
    const cleared = commandTransaction(ctx, (s) => {
      const current = getAssignment(s, scope, use);
      if (current) saveAssignment(s, { ...current, previousThumbprint: undefined, effectiveDate: undefined, updateTime: new Date() });
      return !!current;
    });
    if (!cleared) notAssigned(ctx, use, where);
    return;
  }
  if (!(await ctx.shouldProcess(`${use}: ${a.thumbprint}`))) return;
  const query = `The certificate "${a.thumbprint}" is in use as "${use}" on ${where}. Services that use it will stop working until another certificate is assigned. Do you want to remove the assignment?`;
  if (!(await ctx.shouldContinue(query, 'Remove certificate assignment'))) return;
  // Another process may have removed it meanwhile.
  if (!commandTransaction(ctx, (s) => deleteAssignment(s, scope, use))) notAssigned(ctx, use, where);
}

/** Uses a computer needs certificates for, by role. [I] */
function requiredUses(store: Store, computer: string): string[] {
  const facts = nameFacts(store, computer);
  if (facts.isEdge) {
    const uses = ['Internal', 'AccessEdgeExternal', 'DataEdgeExternal', 'AudioVideoAuthentication'];
    return edgeRunsXmpp(store, computer) ? [...uses, 'XMPPServer'] : uses;
  }
  return ['Default', 'WebServicesInternal', 'WebServicesExternal', ...GLOBAL_USES];
}

export const CERTIFICATE_EXISTS_TYPE = 'Microsoft.Rtc.Management.Deployment.CertificateExists';

export function testCertificateConfiguration(): CmdletImplementation {
  return {
    process: (ctx) =>
      runCertificateCommand(ctx, () => {
        const store = storeOf(ctx);
        const computer = currentComputer(ctx);
        for (const use of requiredUses(store, computer)) {
          const scope = GLOBAL_USES.includes(use) ? GLOBAL_SCOPE : computer;
          const a = getAssignment(store, scope, use);
          ctx.writeObject(
            new PSObject([CERTIFICATE_EXISTS_TYPE, 'System.Object'], [
              ['Use', use],
              ['Thumbprint', a?.thumbprint ?? null],
              ['Exists', !!a],
            ]),
          );
        }
      }),
  };
}

export { CERTIFICATE_REFERENCE_TYPE };
