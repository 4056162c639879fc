// Request-CsCertificate: new PKCS#10 requests named after the topology (ByNew), online issuance by the
// lab certification authority (-CA), and the pending-request list (ByList, ByRetrieve, ByClear).

import { basename, dirname, join } from 'node:path';
import type { CmdletContext, CmdletImplementation } from '../../../engine/cmdlet.js';
import { PSObject } from '../../../engine/runtime/values.js';
import { enums } from '../../../catalog/registry.js';
import type { Store } from '../../../store/store.js';
import {
  addPendingRequest,
  addStoredCertificate,
  deletePendingRequest,
  getLabCa,
  listPendingRequests,
  listStoredCertificates,
  saveLabCa,
  setPendingRequestStatus,
  takeLabCaSerial,
  type PendingRequest,
} from '../../../store/certificateRepository.js';
import type { SubjectFields } from '../../../pki/csr.js';
import type { LabCa } from '../../../pki/labCa.js';
import { loadCertificateCrypto, type CertificateCrypto } from './crypto.js';
import { derToPem } from '../../../pki/certificate.js';
import { EDGE_ONLY_USES, ONLINE_ONLY_USES, isUse, namesForRequest } from '../../../pki/names.js';
import { canonicalUse, currentComputer, failExecution, nameFacts, raiseFileError, runCertificateCommand } from './context.js';
import { storeOf, stringList } from '../kit/commandContext.js';
import { prepareSandboxWrite } from '../kit/files.js';
import type { FileChanges } from '../kit/commandFiles.js';
import { commandTransaction } from '../kit/commandTransaction.js';
import { failOnFrontEndUseOnEdge } from './checks.js';

export const CERTIFICATE_REQUEST_TYPE = 'Microsoft.Rtc.Management.Deployment.CertificateRequest';
/** File name of the lab CA certificate written next to `-Output` for online requests. [I] */
export const LAB_CA_FILE_NAME = 'ContosoLabCA.cer';

export function requestCertificate(): CmdletImplementation {
  return {
    process: (ctx) =>
      runCertificateCommand(ctx, async () => {
        switch (ctx.parameterSetName) {
          case 'ByList':
            return listRequests(ctx);
          case 'ByRetrieve':
            return retrieveRequests(ctx);
          case 'ByClear':
            return clearRequests(ctx);
          default:
            return newRequest(ctx);
        }
      }),
  };
}

function optionalString(v: unknown): string | undefined {
  return v === undefined || v === null || v === '' ? undefined : String(v);
}

interface PlannedRequest {
  computer: string;
  uses: string[];
  subject: SubjectFields;
  alternativeNames: string[];
  keySize: number;
  exportable: boolean;
  friendlyName?: string;
  ca?: string;
}

function planRequest(ctx: CmdletContext, store: Store, crypto: CertificateCrypto): PlannedRequest {
  const { DEFAULT_KEY_SIZE, SUPPORTED_KEY_SIZES, LAB_CA_CONFIG, namesLabCa } = crypto;
  const p = ctx.params;
  const uses = stringList(p.Type).map((u) => canonicalUse(u, enums.CertType ?? []));
  const online = uses.find((u) => isUse(ONLINE_ONLY_USES, u));
  if (online) failExecution(`The certificate use "${online}" is only available in Skype for Business Online.`, 'UseNotSupported', 'InvalidArgument', online);
  const keyAlg = optionalString(p.KeyAlg) ?? 'RSA';
  if (keyAlg.toUpperCase() !== 'RSA') failExecution(`The key algorithm "${keyAlg}" is not supported by this shell. Use -KeyAlg RSA.`, 'KeyAlgorithmNotSupported', 'NotImplemented', keyAlg);
  const keySize = typeof p.KeySize === 'number' ? p.KeySize : DEFAULT_KEY_SIZE;
  if (!(SUPPORTED_KEY_SIZES as readonly number[]).includes(keySize)) failExecution(`The key size ${keySize} is not supported. Use 1024, 2048 or 4096.`, 'KeySizeNotSupported', 'InvalidArgument', keySize);
  const targetFqdn = optionalString(p.ComputerFqdn) ?? currentComputer(ctx);
  const facts = nameFacts(store, targetFqdn);
  const edgeUse = uses.find((u) => isUse(EDGE_ONLY_USES, u));
  if (edgeUse && !facts.isEdge) {
    failExecution(`The certificate use "${edgeUse}" requires the EdgeServer role, and computer "${facts.computerFqdn}" does not have it. Run this command on an Edge Server or name one with -ComputerFqdn.`, 'RoleNotInstalled', 'InvalidOperation', edgeUse);
  }
  failOnFrontEndUseOnEdge(facts, uses, 'or name one with -ComputerFqdn');
  const names = namesForRequest(uses, facts, { allSipDomain: p.AllSipDomain === true, extraNames: stringList(p.DomainName) });
  const ca = optionalString(p.CA);
  if (ca && !namesLabCa(ca)) {
    failExecution(`The certification authority "${ca}" could not be contacted. The certification authority of this lab is "${LAB_CA_CONFIG}".`, 'CertificationAuthorityUnavailable', 'ResourceUnavailable', ca);
  }
  return {
    computer: currentComputer(ctx),
    uses,
    subject: {
      commonName: names.commonName,
      organization: optionalString(p.Organization),
      organizationalUnit: optionalString(p.OU),
      locality: optionalString(p.City),
      state: optionalString(p.State),
      country: optionalString(p.Country),
    },
    alternativeNames: names.alternativeNames,
    keySize,
    exportable: p.PrivateKeyExportable === true,
    friendlyName: optionalString(p.FriendlyName),
    ca,
  };
}

function labCa(store: Store, crypto: CertificateCrypto): LabCa {
  const existing = getLabCa(store);
  if (existing) return existing;
  const created = crypto.createLabCa();
  saveLabCa(store, created);
  return created;
}

/** Resolves an output path and checks it can take a file (as Windows does, no folder is created). */
function outputPath(ctx: CmdletContext, psPath: string): string {
  return prepareSandboxWrite(ctx, psPath, raiseFileError);
}

async function newRequest(ctx: CmdletContext): Promise<void> {
  const store = storeOf(ctx);
  const crypto = await loadCertificateCrypto();
  const { subjectText, generateRsaKeyPem, buildCsrPem, modulusOfPrivateKey, issueFromRequest, LAB_CA_CONFIG } = crypto;
  const plan = planRequest(ctx, store, crypto);
  const output = optionalString(ctx.params.Output);
  const outputFile = output ? outputPath(ctx, output) : undefined;
  const subject = subjectText(plan.subject);
  if (!(await ctx.shouldProcess(`${plan.uses.join(',')}: ${subject}`))) return;
  const keyPem = generateRsaKeyPem(plan.keySize);
  const csrPem = buildCsrPem(keyPem, plan.subject, plan.alternativeNames, { clientEku: ctx.params.ClientEKU === true });
  // The request file (and, from the lab CA, the certificate and the CA's) is part of the command: written
  // inside its transaction, so a file that cannot be written leaves no request behind (commandFiles.ts).
  const done = commandTransaction(ctx, (s, files) => {
    const requestId = addPendingRequest(s, {
      computer: plan.computer,
      types: plan.uses,
      subject,
      alternativeNames: plan.alternativeNames,
      csrPem,
      privateKeyPem: keyPem,
      modulus: modulusOfPrivateKey(keyPem),
      keySize: plan.keySize,
      keyExportable: plan.exportable,
      friendlyName: plan.friendlyName,
    });
    if (outputFile) files.place(outputFile, output!, csrPem, raiseFileError);
    if (!plan.ca) return { requestId };
    const ca = labCa(s, crypto);
    const der = issueFromRequest(ca, csrPem, { serial: takeLabCaSerial(s), clientEku: ctx.params.ClientEKU === true });
    const thumbprint = addStoredCertificate(s, plan.computer, { der, privateKeyPem: keyPem, keyExportable: plan.exportable, friendlyName: plan.friendlyName });
    setPendingRequestStatus(s, requestId, 'Issued');
    if (outputFile) {
      placeCompanion(files, issuedCertificatePath(outputFile), output!, derToPem(der));
      placeCompanion(files, join(dirname(outputFile), LAB_CA_FILE_NAME), output!, ca.certPem);
    }
    return { requestId, thumbprint };
  });
  if (done.thumbprint) ctx.writeVerbose(`Certificate ${done.thumbprint} was issued by ${LAB_CA_CONFIG} and installed on ${plan.computer}.`);
  else ctx.writeVerbose(`Certificate request ${done.requestId} was created on ${plan.computer}.`);
}

/** A file written next to the request file; a failure names it in the folder of the path the user typed. */
function placeCompanion(files: FileChanges, hostPath: string, psPath: string, data: string): void {
  const shown = psPath.replace(/[^\\/]*$/, basename(hostPath));
  files.place(hostPath, shown, data, raiseFileError);
}

/** `edge.req` → `edge.cer`; when the request itself was named `.cer`, `edge-issued.cer`. [I] */
export function issuedCertificatePath(requestFile: string): string {
  const cer = requestFile.replace(/(\.[^./\\]*)?$/, '.cer');
  return cer === requestFile ? requestFile.replace(/\.cer$/i, '-issued.cer') : cer;
}

function requestObject(store: Store, r: PendingRequest): PSObject {
  const issued = listStoredCertificates(store, r.computer).find((c) => c.info.modulus === r.modulus);
  return new PSObject([CERTIFICATE_REQUEST_TYPE, 'System.Object'], [
    ['RequestId', r.requestId],
    ['Status', issued ? 'Issued' : r.status],
    ['Use', [...r.types]],
    ['Subject', r.subject],
    ['AlternativeNames', [...r.alternativeNames]],
    ['FriendlyName', r.friendlyName ?? null],
    ['KeySize', r.keySize],
    ['Thumbprint', issued?.thumbprint ?? null],
    ['CreationTime', r.created],
  ]);
}

function selectedRequests(ctx: CmdletContext, store: Store): PendingRequest[] {
  const id = typeof ctx.params.RequestId === 'number' ? ctx.params.RequestId : undefined;
  const computer = currentComputer(ctx);
  const list = listPendingRequests(store, computer, id);
  if (id !== undefined && list.length === 0) failExecution(`Certificate request ${id} was not found on ${computer}.`, 'RequestNotFound', 'ObjectNotFound', id);
  return list;
}

function listRequests(ctx: CmdletContext): void {
  const store = storeOf(ctx);
  for (const r of selectedRequests(ctx, store)) ctx.writeObject(requestObject(store, r));
}

function retrieveRequests(ctx: CmdletContext): void {
  const store = storeOf(ctx);
  for (const r of selectedRequests(ctx, store)) {
    const thumbprint = requestObject(store, r).get('Thumbprint');
    if (thumbprint) {
      commandTransaction(ctx, (s) => setPendingRequestStatus(s, r.requestId, 'Issued'));
      ctx.writeVerbose(`Certificate request ${r.requestId} is issued: certificate ${String(thumbprint)}.`);
    } else {
      ctx.writeWarning(`Certificate request ${r.requestId} is still pending. Import the certificate the certification authority issued with Import-CsCertificate.`);
    }
  }
}

async function clearRequests(ctx: CmdletContext): Promise<void> {
  const store = storeOf(ctx);
  for (const r of selectedRequests(ctx, store)) {
    if (!(await ctx.shouldProcess(`Certificate request ${r.requestId}`))) continue;
    commandTransaction(ctx, (s) => deletePendingRequest(s, r.requestId));
  }
}
