// Get-PfxCertificate and Import-PfxCertificate: certificate files inside the working folder, read with
// the same PFX/PEM reader as Import-CsCertificate. Import-PfxCertificate puts the certificate (its
// private key sealed like every key of the store) into the shell's computer store, where
// Cert:\LocalMachine\My, Get-CsCertificate and Set-CsCertificate find it.

import type { CmdletContext, ErrorSpec } from '../../engine/cmdlet.js';
import { toStr } from '../../engine/runtime/convert.js';
import { SecureString } from '../../engine/runtime/values.js';
import { keyMatchesCertificate, parseCertificate } from '../../pki/certificate.js';
import type { CertificateFileContent } from '../../pki/containers.js';
import { PkiError } from '../../pki/errors.js';
import { addStoredCertificate, findStoredCertificate } from '../../store/certificateRepository.js';
import { loadCertificateCrypto } from '../cs/certificates/crypto.js';
import { commandTransaction } from '../cs/kit/commandTransaction.js';
import { StoreKeyError, storeKeyErrorSpec } from '../cs/kit/storeKeyErrors.js';
import { readSandboxFile } from '../cs/kit/files.js';
import { certificateObject, isCertPath, storeNameOf } from './certDrive.js';
import { nonInteractive } from './hostCmdlets.js';
import { define, SECURITY } from './meta.js';
import type { CmdletDefinition } from '../../engine/cmdlet.js';
import { storeOf } from '../storeAccess.js';

/** The cmdlets this module declares, gathered by its family index. */
export const cmdlets: CmdletDefinition[] = [];

const PKI_MODULE = 'PKI';
/** The prompt 5.1 shows for the password of a protected PFX file. */
const PASSWORD_PROMPT = 'Enter password: ';
/** [I] PFX files are imported into the computer's personal store only (the one Set-CsCertificate reads). */
const MY_STORE = /^cert:[\\/]+localmachine[\\/]+my[\\/]*$/i;
const KNOWN_STORE = /^cert:[\\/]+(localmachine|currentuser)[\\/]+(my|root|ca)[\\/]*$/i;

function cryptoError(message: string): ErrorSpec {
  return { message, errorId: 'System.Security.Cryptography.CryptographicException', category: 'NotSpecified', exceptionType: 'System.Security.Cryptography.CryptographicException' };
}

/** 5.1's words when a file holds no certificate it can read. */
const NOT_A_CERTIFICATE = 'Cannot find the requested object.';

/** Reads a certificate file; a PkiError becomes the error 5.1 shows for that failure. */
async function readFile(bytes: Buffer, password: string | undefined, badPassword: string): Promise<CertificateFileContent | ErrorSpec> {
  const { readCertificateFile } = await loadCertificateCrypto();
  try {
    return readCertificateFile(bytes, password);
  } catch (e) {
    if (!(e instanceof PkiError)) throw e;
    if (e.code === 'BadPassword') return cryptoError(badPassword);
    return cryptoError(NOT_A_CERTIFICATE);
  }
}

const isError = (r: CertificateFileContent | ErrorSpec): r is ErrorSpec => 'errorId' in r;

function fileBytes(ctx: CmdletContext, path: string): Buffer {
  return readSandboxFile(ctx, path, (spec) => ctx.throwTerminatingError(spec));
}

cmdlets.push(define(
  'Get-PfxCertificate',
  {
    module: SECURITY,
    defaultSet: 'ByPath',
    params: {
      FilePath: { array: true, pipeline: 'True (ByPropertyName, ByValue)', sets: { ByPath: [true, 0] } },
      LiteralPath: { array: true, aliases: ['PSPath'], pipeline: 'True (ByPropertyName)', sets: { ByLiteralPath: [true, null] } },
    },
  },
  () => ({
    async process(ctx) {
      const paths = ctx.params.FilePath ?? ctx.params.LiteralPath;
      for (const path of (Array.isArray(paths) ? paths : [paths]).map((p) => toStr(p))) await showPfx(ctx, path);
    },
  }),
));

/** One file: read without a password first; a protected PFX asks for one, as the 5.1 console does. */
async function showPfx(ctx: CmdletContext, path: string): Promise<void> {
  const bytes = fileBytes(ctx, path);
  const badPassword = 'The specified network password is not correct.';
  let read = await readFile(bytes, undefined, badPassword);
  if (isError(read) && read.message === badPassword) {
    if (!ctx.engine.host.interactive) nonInteractive(ctx);
    const answer = await ctx.engine.host.readLine(PASSWORD_PROMPT, { secure: true });
    if (answer === null) return;
    read = await readFile(bytes, answer, badPassword);
  }
  if (isError(read)) return ctx.writeError({ ...read, targetObject: path });
  const der = read.certificates[0]!;
  const info = parseCertificate(der);
  ctx.writeObject(certificateObject({ thumbprint: info.thumbprint, hasPrivateKey: !!read.privateKeyPem, friendlyName: read.friendlyName, info }));
}

cmdlets.push(define(
  'Import-PfxCertificate',
  {
    module: PKI_MODULE,
    shouldProcess: true,
    params: {
      FilePath: { mandatory: true, position: 0, pipeline: 'True (ByPropertyName, ByValue)', aliases: ['FullName'] },
      CertStoreLocation: { position: 1, aliases: ['PSPath'] },
      Exportable: { type: 'SwitchParameter' },
      Password: { type: 'SecureString' },
    },
  },
  () => ({ process: importPfx }),
));

function checkLocation(ctx: CmdletContext, location: string): void {
  if (MY_STORE.test(location)) return;
  if (!isCertPath(location) || !KNOWN_STORE.test(location)) {
    ctx.throwTerminatingError({
      message: `Cannot find path '${location}' because it does not exist.`,
      errorId: 'PathNotFound',
      category: 'ObjectNotFound',
      targetObject: location,
      exceptionType: 'System.Management.Automation.ItemNotFoundException',
    });
  }
  ctx.throwTerminatingError({
    message: `Certificates are imported into Cert:\\LocalMachine\\My, the store of ${ctx.engine.session.remoteComputer ?? ctx.engine.session.localComputer} that Set-CsCertificate reads; '${location}' is not supported.`,
    errorId: 'UnsupportedCertStoreLocation',
    category: 'InvalidArgument',
    targetObject: location,
  });
}

async function importPfx(ctx: CmdletContext): Promise<void> {
  const path = toStr(ctx.params.FilePath);
  const location = ctx.params.CertStoreLocation === undefined ? 'Cert:\\LocalMachine\\My' : toStr(ctx.params.CertStoreLocation).trim();
  checkLocation(ctx, location);
  const password = ctx.params.Password instanceof SecureString ? ctx.params.Password.reveal() : undefined;
  const read = await readFile(fileBytes(ctx, path), password, 'The PFX file you are trying to import requires either a different password or membership in an Active Directory principal to which it is protected.');
  if (isError(read)) return ctx.throwTerminatingError({ ...read, targetObject: path });
  const [der, ...chain] = read.certificates as [Buffer, ...Buffer[]];
  if (read.privateKeyPem && !keyMatchesCertificate(der, read.privateKeyPem)) return ctx.throwTerminatingError({ ...cryptoError('The private key in the file does not belong to its certificate.'), targetObject: path });
  if (!(await ctx.shouldProcess(path))) return;
  const computer = (ctx.engine.session.remoteComputer ?? ctx.engine.session.localComputer).toLowerCase();
  let thumbprint: string;
  try {
    thumbprint = commandTransaction(ctx, (store) => {
      for (const issuer of chain) addStoredCertificate(store, computer, { der: issuer });
      return addStoredCertificate(store, computer, { der, privateKeyPem: read.privateKeyPem, keyExportable: !!ctx.params.Exportable, friendlyName: read.friendlyName });
    });
  } catch (e) {
    if (e instanceof StoreKeyError) return ctx.throwTerminatingError(storeKeyErrorSpec(e));
    throw e;
  }
  const stored = findStoredCertificate(storeOf(ctx), computer, thumbprint)!;
  ctx.writeObject(certificateObject(stored, storeNameOf(stored)));
}
