// The certificate drive of the computer the shell works on (Cert:\LocalMachine\My, …\Root, …\CA): what
// Import-CsCertificate and Request-CsCertificate put in that computer's store, read by Get-ChildItem and
// Get-Item as X509Certificate2 objects with the 5.1 listing (grouped by PSParentPath; Thumbprint, Subject).

import type { CmdletContext } from '../../engine/cmdlet.js';
import { PSObject } from '../../engine/runtime/values.js';
import { listStoredCertificates, type StoredCertificate } from '../../store/certificateRepository.js';
import { storeOf } from '../storeAccess.js';

export const X509_CERTIFICATE2 = 'System.Security.Cryptography.X509Certificates.X509Certificate2';
const X509_STORE = 'System.Security.Cryptography.X509Certificates.X509Store';
const PROVIDER = 'Microsoft.PowerShell.Security\\Certificate::';
const LOCATIONS = ['CurrentUser', 'LocalMachine'];
const STORES = ['My', 'Root', 'CA'] as const;
export type StoreName = (typeof STORES)[number];



/** True for paths on the certificate drive (`Cert:\…`, any case). */
export function isCertPath(path: string): boolean {
  return /^cert:/i.test(path.trim());
}

/**
 * Which store a certificate sits in: those with a private key are the computer's own (My); the
 * issuers that came with a PFX chain go to the trusted roots (self-signed) or intermediates (CA). [I]
 */
export function storeNameOf(c: StoredCertificate): StoreName {
  if (c.hasPrivateKey) return 'My';
  return c.info.selfSigned ? 'Root' : 'CA';
}

function computerOf(ctx: CmdletContext): string {
  return (ctx.engine.session.remoteComputer ?? ctx.engine.session.localComputer).toLowerCase();
}

/** A certificate as an X509Certificate2; `store` names the drive folder it sits in (none for one read from a file). */
export function certificateObject(c: Pick<StoredCertificate, 'thumbprint' | 'hasPrivateKey' | 'friendlyName' | 'info'>, store?: StoreName): PSObject {
  const parent = store && `${PROVIDER}LocalMachine\\${store}`;
  const drive: [string, unknown][] = parent
    ? [['PSPath', `${parent}\\${c.thumbprint}`], ['PSParentPath', parent], ['PSChildName', c.thumbprint], ['PSIsContainer', false]]
    : [];
  // One read from a file is not on the drive: its listing has no PSParentPath header (view in src/format/views/adminTools.ts).
  const names = parent ? [X509_CERTIFICATE2] : [`${X509_CERTIFICATE2}#File`, X509_CERTIFICATE2];
  return new PSObject([...names, 'System.Security.Cryptography.X509Certificates.X509Certificate', 'System.Object'], [
    ...drive,
    ['DnsNameList', [...c.info.alternativeNames]],
    ['FriendlyName', c.friendlyName ?? ''],
    ['HasPrivateKey', c.hasPrivateKey],
    ['NotAfter', c.info.notAfter],
    ['NotBefore', c.info.notBefore],
    ['SerialNumber', c.info.serialNumber],
    ['Subject', c.info.subject],
    ['Issuer', c.info.issuer],
    ['Thumbprint', c.thumbprint],
  ]);
}

function storeObject(location: string, name: string): PSObject {
  return new PSObject([X509_STORE, 'System.Object'], [
    ['PSPath', `${PROVIDER}${location}\\${name}`],
    ['PSParentPath', `${PROVIDER}${location}`],
    ['PSIsContainer', true],
    ['Name', name],
    ['Location', location],
  ]);
}

function canonical(list: readonly string[], text: string | undefined): string | undefined {
  return text === undefined ? undefined : list.find((x) => x.toLowerCase() === text.toLowerCase());
}

/** The certificates of one store of the shell's computer (CurrentUser stores are empty here). */
function certificatesIn(ctx: CmdletContext, location: string, store: StoreName): PSObject[] {
  if (location !== 'LocalMachine') return [];
  return listStoredCertificates(storeOf(ctx), computerOf(ctx))
    .filter((c) => storeNameOf(c) === store)
    .map((c) => certificateObject(c, store));
}

/**
 * The items a certificate-drive path names: locations, stores, a store's certificates, or one
 * certificate (`…\My\<thumbprint>`). `children` lists a container's content; otherwise the item itself.
 * Returns undefined when the path does not exist.
 */
export function certItems(ctx: CmdletContext, path: string, children: boolean, recurse = false): PSObject[] | undefined {
  const parts = path.trim().replace(/^cert:/i, '').split(/[\\/]+/).filter(Boolean);
  const location = canonical(LOCATIONS, parts[0]);
  const store = canonical(STORES, parts[1]) as StoreName | undefined;
  if (parts.length > 3 || (parts[0] !== undefined && !location) || (parts[1] !== undefined && !store)) return undefined;
  if (parts.length === 3) {
    const found = certificatesIn(ctx, location!, store!).filter((o) => String(o.get('Thumbprint')).toLowerCase() === parts[2]!.toLowerCase());
    return found.length ? found : undefined;
  }
  if (!children) return [parts.length === 0 ? storeObject('', 'Cert:') : store ? storeObject(location!, store) : storeObject('', location!)];
  if (store) return certificatesIn(ctx, location!, store);
  if (location) return STORES.flatMap((s) => [storeObject(location, s), ...(recurse ? certificatesIn(ctx, location, s) : [])]);
  return LOCATIONS.flatMap((l) => [storeObject('', l), ...(recurse ? STORES.flatMap((s) => certificatesIn(ctx, l, s)) : [])]);
}

/** PathNotFound for a certificate-drive path (shown as typed: it is already absolute). */
export function certPathNotFound(ctx: CmdletContext, path: string): void {
  ctx.writeError({
    message: `Cannot find path '${path.trim()}' because it does not exist.`,
    errorId: 'PathNotFound',
    category: 'ObjectNotFound',
    targetObject: path.trim(),
    exceptionType: 'System.Management.Automation.ItemNotFoundException',
  });
}
