// The embedded lab certification authority: a self-signed root created on first use, which issues
// server certificates for our own requests (Request-CsCertificate -CA "<host>\<name>", an online
// request). Its certificate can be written out so OpenSSL or a browser can verify what it signed.

import forge from 'node-forge';
import { generateRsaKeyPem, forgePrivateKey, forgePublicKeyOf } from './keys.js';
import { extendedKeyUsage } from './csr.js';
import { PkiError } from './errors.js';

/** The lab CA's display name and the host it "runs" on: `-CA "ca.contoso.com\Contoso Lab CA"`. [I] */
export const LAB_CA_NAME = 'Contoso Lab CA';
export const LAB_CA_HOST = 'ca.contoso.com';
export const LAB_CA_CONFIG = `${LAB_CA_HOST}\\${LAB_CA_NAME}`;
/** Root validity and issued-certificate validity. [I] */
const ROOT_VALIDITY_YEARS = 10;
const ISSUED_VALIDITY_DAYS = 730;
/** Issued certificates start a little in the past so clock skew between peers does not matter. */
const BACKDATE_MS = 60 * 60 * 1000;

export interface LabCa {
  name: string;
  certPem: string;
  keyPem: string;
}

/**
 * True when a `-CA` value names the lab CA: `Contoso Lab CA`, `ca.contoso.com\Contoso Lab CA`, or any
 * `<host>\Contoso Lab CA` whose host is the lab CA host (case-insensitive).
 */
export function namesLabCa(ca: string): boolean {
  const text = ca.trim();
  const slash = text.lastIndexOf('\\');
  const name = slash >= 0 ? text.slice(slash + 1) : text;
  const host = slash >= 0 ? text.slice(0, slash) : undefined;
  if (name.toLowerCase() !== LAB_CA_NAME.toLowerCase()) return false;
  return host === undefined || host.toLowerCase() === LAB_CA_HOST || host.toLowerCase() === LAB_CA_HOST.split('.')[0];
}

function serialHex(serial: number): string {
  const hex = serial.toString(16);
  return hex.length % 2 ? `0${hex}` : hex;
}

export function createLabCa(keySize = 2048): LabCa {
  const keyPem = generateRsaKeyPem(keySize);
  const key = forgePrivateKey(keyPem);
  const cert = forge.pki.createCertificate();
  cert.publicKey = forgePublicKeyOf(key);
  cert.serialNumber = serialHex(1);
  const now = Date.now();
  cert.validity.notBefore = new Date(now - BACKDATE_MS);
  cert.validity.notAfter = new Date(now + ROOT_VALIDITY_YEARS * 365 * 24 * 3600 * 1000);
  const subject = [
    { shortName: 'O', value: 'Contoso' },
    { shortName: 'CN', value: LAB_CA_NAME },
  ];
  cert.setSubject(subject);
  cert.setIssuer(subject);
  cert.setExtensions([
    { name: 'basicConstraints', cA: true, critical: true },
    { name: 'keyUsage', keyCertSign: true, cRLSign: true, digitalSignature: true, critical: true },
    { name: 'subjectKeyIdentifier' },
  ]);
  cert.sign(key, forge.md.sha256.create());
  return { name: LAB_CA_NAME, certPem: forge.pki.certificateToPem(cert).replace(/\r\n/g, '\n'), keyPem };
}

function requestedAltNames(csr: forge.pki.CertificateSigningRequest): unknown[] | undefined {
  const ext = csr.getAttribute({ name: 'extensionRequest' }) as { extensions?: { name: string; altNames?: unknown[] }[] } | null;
  return ext?.extensions?.find((e) => e.name === 'subjectAltName')?.altNames;
}

export interface IssueOptions {
  serial: number;
  clientEku?: boolean;
}

/** Issues a certificate for a PKCS#10 request (PEM); returns the certificate as DER. */
export function issueFromRequest(ca: LabCa, csrPem: string, opts: IssueOptions): Buffer {
  let csr: forge.pki.CertificateSigningRequest;
  try {
    csr = forge.pki.certificationRequestFromPem(csrPem);
  } catch {
    throw new PkiError('InvalidRequest', 'The certificate request could not be read.');
  }
  if (!csr.verify()) throw new PkiError('InvalidRequest', 'The signature of the certificate request is not valid.');
  const caKey = forgePrivateKey(ca.keyPem);
  const caCert = forge.pki.certificateFromPem(ca.certPem);
  const cert = forge.pki.createCertificate();
  cert.publicKey = csr.publicKey as forge.pki.rsa.PublicKey;
  cert.serialNumber = serialHex(opts.serial);
  const now = Date.now();
  cert.validity.notBefore = new Date(now - BACKDATE_MS);
  cert.validity.notAfter = new Date(now + ISSUED_VALIDITY_DAYS * 24 * 3600 * 1000);
  cert.setSubject(csr.subject.attributes);
  cert.setIssuer(caCert.subject.attributes);
  const extensions: Record<string, unknown>[] = [
    { name: 'basicConstraints', cA: false },
    { name: 'keyUsage', digitalSignature: true, keyEncipherment: true, critical: true },
    extendedKeyUsage(opts.clientEku),
    { name: 'subjectKeyIdentifier' },
    { name: 'authorityKeyIdentifier', keyIdentifier: caCert.generateSubjectKeyIdentifier().getBytes() },
  ];
  const altNames = requestedAltNames(csr);
  if (altNames && altNames.length > 0) extensions.push({ name: 'subjectAltName', altNames });
  cert.setExtensions(extensions);
  cert.sign(caKey, forge.md.sha256.create());
  return Buffer.from(forge.asn1.toDer(forge.pki.certificateToAsn1(cert)).getBytes(), 'binary');
}
