// Reading X.509 certificates: thumbprints (Windows style: upper-case SHA-1 of the DER), subject and
// issuer as Windows prints them (`CN=sip.contoso.com, O=Contoso, L=Redmond, S=WA, C=US`), DNS
// subject alternative names, validity, serial number, and the RSA modulus used to pair a certificate
// with a private key we hold.

import { X509Certificate, createHash, createPrivateKey, type KeyObject } from 'node:crypto';
import { PkiError } from './errors.js';

export interface CertificateInfo {
  thumbprint: string;
  subject: string;
  issuer: string;
  /** DNS names of the subject alternative name extension, in certificate order. */
  alternativeNames: string[];
  notBefore: Date;
  notAfter: Date;
  /** Upper-case hex, as Windows shows it. */
  serialNumber: string;
  /** base64url RSA modulus, or undefined for non-RSA keys. */
  modulus?: string;
  /** True when the certificate carries the server-authentication EKU, or has no EKU at all. */
  serverAuth: boolean;
  selfSigned: boolean;
}

/** Windows prints `S=` for stateOrProvinceName; the rest keep their usual short names. [I] */
const WINDOWS_ATTRIBUTE_NAMES: Record<string, string> = { ST: 'S' };

export function thumbprintOf(der: Buffer): string {
  return createHash('sha1').update(der).digest('hex').toUpperCase();
}

/** Normalises a thumbprint typed by an admin: drops spaces and colons, upper-cases. */
export function normaliseThumbprint(text: string): string {
  return text.replace(/[\s:]/g, '').toUpperCase();
}

/**
 * Node prints names one attribute per line in DER order (C first); Windows shows the most specific
 * attribute first, separated by `, `.
 */
export function windowsDistinguishedName(nodeName: string): string {
  const parts = nodeName
    .split('\n')
    .filter((l) => l.length > 0)
    .map((line) => {
      const eq = line.indexOf('=');
      const key = line.slice(0, eq);
      return `${WINDOWS_ATTRIBUTE_NAMES[key] ?? key}=${line.slice(eq + 1)}`;
    });
  return parts.reverse().join(', ');
}

/** The CN value of a Windows-style name, or undefined. */
export function commonNameOf(name: string): string | undefined {
  const m = /(?:^|,\s*)CN=([^,]+)/i.exec(name);
  return m?.[1]?.trim();
}

function dnsNames(x509: X509Certificate): string[] {
  const san = x509.subjectAltName;
  if (!san) return [];
  return san
    .split(/,\s*/)
    .filter((e) => e.startsWith('DNS:'))
    .map((e) => e.slice(4));
}

export function rsaModulus(key: KeyObject): string | undefined {
  if (key.asymmetricKeyType !== 'rsa') return undefined;
  const jwk = key.export({ format: 'jwk' });
  return typeof jwk.n === 'string' ? jwk.n : undefined;
}

export function parseCertificate(der: Buffer): CertificateInfo {
  let x509: X509Certificate;
  try {
    x509 = new X509Certificate(der);
  } catch {
    throw new PkiError('CorruptFile', 'The data is not a valid X.509 certificate.');
  }
  const eku = x509.keyUsage;
  return {
    thumbprint: thumbprintOf(x509.raw),
    subject: windowsDistinguishedName(x509.subject),
    issuer: windowsDistinguishedName(x509.issuer),
    alternativeNames: dnsNames(x509),
    notBefore: new Date(x509.validFrom),
    notAfter: new Date(x509.validTo),
    serialNumber: x509.serialNumber.toUpperCase(),
    modulus: rsaModulus(x509.publicKey),
    serverAuth: !eku || eku.length === 0 || eku.includes('1.3.6.1.5.5.7.3.1'),
    selfSigned: x509.checkIssued(x509),
  };
}

/** True when `keyPem` is the private key of the certificate. */
export function keyMatchesCertificate(der: Buffer, keyPem: string): boolean {
  try {
    return new X509Certificate(der).checkPrivateKey(createPrivateKey(keyPem));
  } catch {
    return false;
  }
}

/** True when `issuerDer` signed `der`. */
export function isIssuedBy(der: Buffer, issuerDer: Buffer): boolean {
  const cert = new X509Certificate(der);
  const issuer = new X509Certificate(issuerDer);
  return cert.checkIssued(issuer) && cert.verify(issuer.publicKey);
}

export function isValidAt(info: Pick<CertificateInfo, 'notBefore' | 'notAfter'>, when: Date): boolean {
  return info.notBefore.getTime() <= when.getTime() && when.getTime() < info.notAfter.getTime();
}

export function derToPem(der: Buffer): string {
  const b64 = der.toString('base64').replace(/(.{64})/g, '$1\n').replace(/\n$/, '');
  return `-----BEGIN CERTIFICATE-----\n${b64}\n-----END CERTIFICATE-----\n`;
}

/** Every `CERTIFICATE` block of a PEM text, as DER. */
export function pemCertificates(text: string): Buffer[] {
  const out: Buffer[] = [];
  const re = /-----BEGIN (?:X509 |TRUSTED )?CERTIFICATE-----([\s\S]*?)-----END (?:X509 |TRUSTED )?CERTIFICATE-----/g;
  for (let m = re.exec(text); m; m = re.exec(text)) out.push(Buffer.from(m[1]!.replace(/\s+/g, ''), 'base64'));
  return out;
}
