// Reading certificate files as admins bring them: PFX/PKCS#12 (with password), PEM (one or more
// certificates, optionally a private key), DER certificates, and PKCS#7 chains (.p7b, PEM or DER).
// The result lists the certificates leaf first, and the private key when the file carries one.

import { X509Certificate, createPrivateKey } from 'node:crypto';
import forge from 'node-forge';
import { pemCertificates } from './certificate.js';
import { normalisePrivateKeyPem } from './keys.js';
import { PkiError } from './errors.js';

export interface CertificateFileContent {
  /** DER certificates, the end-entity certificate first, then its chain. */
  certificates: Buffer[];
  /** The private key (PKCS#8 PEM) when the file carries one. */
  privateKeyPem?: string;
  friendlyName?: string;
  format: 'PFX' | 'PEM' | 'DER' | 'PKCS7';
}

/** Windows' wording for a wrong PFX password. */
export const BAD_PASSWORD_MESSAGE = 'The specified network password is not correct.';
const CORRUPT_MESSAGE = 'Cannot find the requested object. The file is not a certificate, a PFX/PKCS#12 file or a PKCS#7 chain.';

export function readCertificateFile(bytes: Buffer, password?: string): CertificateFileContent {
  if (bytes.length === 0) throw new PkiError('CorruptFile', CORRUPT_MESSAGE);
  const text = bytes.toString('latin1');
  if (text.includes('-----BEGIN ')) return readPem(text, password);
  if (isDerCertificate(bytes)) return { certificates: [bytes], format: 'DER' };
  const asn1 = tryAsn1(bytes);
  if (!asn1) throw new PkiError('CorruptFile', CORRUPT_MESSAGE);
  const p7 = tryPkcs7(asn1);
  if (p7) return { certificates: orderLeafFirst(p7), format: 'PKCS7' };
  return readPfx(asn1, password);
}

function isDerCertificate(bytes: Buffer): boolean {
  try {
    new X509Certificate(bytes);
    return true;
  } catch {
    return false;
  }
}

function tryAsn1(bytes: Buffer): forge.asn1.Asn1 | undefined {
  try {
    return forge.asn1.fromDer(forge.util.createBuffer(bytes.toString('binary')));
  } catch {
    return undefined;
  }
}

function tryPkcs7(asn1: forge.asn1.Asn1): Buffer[] | undefined {
  try {
    const msg = forge.pkcs7.messageFromAsn1(asn1) as { rawCapture?: { certificates?: { value?: forge.asn1.Asn1[] } } };
    const certs = msg.rawCapture?.certificates?.value ?? [];
    return certs.map((c) => Buffer.from(forge.asn1.toDer(c).getBytes(), 'binary'));
  } catch {
    return undefined;
  }
}

function readPem(text: string, password?: string): CertificateFileContent {
  if (/-----BEGIN (NEW )?CERTIFICATE REQUEST-----/.test(text) && !text.includes('-----BEGIN CERTIFICATE-----')) {
    throw new PkiError('NoCertificate', 'The file holds a certificate request, not a certificate. Send it to a certification authority and import the issued certificate.');
  }
  let certificates = pemCertificates(text);
  const p7 = /-----BEGIN PKCS7-----([\s\S]*?)-----END PKCS7-----/.exec(text);
  if (p7) {
    const asn1 = tryAsn1(Buffer.from(p7[1]!.replace(/\s+/g, ''), 'base64'));
    certificates = certificates.concat((asn1 && tryPkcs7(asn1)) ?? []);
  }
  if (certificates.length === 0) throw new PkiError('CorruptFile', CORRUPT_MESSAGE);
  for (const der of certificates) {
    if (!isDerCertificate(der)) throw new PkiError('CorruptFile', CORRUPT_MESSAGE);
  }
  const keyBlock = /-----BEGIN ((?:RSA |EC |ENCRYPTED )?PRIVATE KEY)-----[\s\S]*?-----END \1-----/.exec(text);
  let privateKeyPem: string | undefined;
  if (keyBlock) {
    try {
      privateKeyPem = normalisePrivateKeyPem(keyBlock[0], keyBlock[1] === 'ENCRYPTED PRIVATE KEY' ? (password ?? '') : undefined);
    } catch {
      throw new PkiError('BadPassword', BAD_PASSWORD_MESSAGE);
    }
  }
  return { certificates: orderLeafFirst(certificates), privateKeyPem, format: 'PEM' };
}

function readPfx(asn1: forge.asn1.Asn1, password?: string): CertificateFileContent {
  let p12: forge.pkcs12.Pkcs12Pfx;
  try {
    p12 = forge.pkcs12.pkcs12FromAsn1(asn1, false, password ?? '');
  } catch (e) {
    const message = e instanceof Error ? e.message : String(e);
    if (/password|MAC/i.test(message)) throw new PkiError('BadPassword', BAD_PASSWORD_MESSAGE);
    if (/OID is not RSA|not supported/i.test(message)) throw new PkiError('UnsupportedAlgorithm', 'Only RSA keys are supported in PFX files.');
    throw new PkiError('CorruptFile', CORRUPT_MESSAGE);
  }
  const certBags = p12.getBags({ bagType: forge.pki.oids.certBag! })[forge.pki.oids.certBag!] ?? [];
  const certificates = certBags
    .map((b) => (b.cert ? forge.pki.certificateToAsn1(b.cert) : b.asn1))
    .filter((a): a is forge.asn1.Asn1 => !!a)
    .map((a) => Buffer.from(forge.asn1.toDer(a).getBytes(), 'binary'));
  if (certificates.length === 0) throw new PkiError('NoCertificate', 'The PFX file does not contain a certificate.');
  const keyBags = [
    ...(p12.getBags({ bagType: forge.pki.oids.pkcs8ShroudedKeyBag! })[forge.pki.oids.pkcs8ShroudedKeyBag!] ?? []),
    ...(p12.getBags({ bagType: forge.pki.oids.keyBag! })[forge.pki.oids.keyBag!] ?? []),
  ];
  const keyBag = keyBags.find((b) => b.key);
  if (!keyBag && keyBags.length > 0) throw new PkiError('UnsupportedAlgorithm', 'Only RSA keys are supported in PFX files.');
  const privateKeyPem = keyBag?.key ? normalisePrivateKeyPem(forge.pki.privateKeyToPem(keyBag.key)) : undefined;
  const friendlyName = [...certBags, ...keyBags].map((b) => b.attributes?.friendlyName?.[0]).find((n): n is string => typeof n === 'string');
  return { certificates: orderLeafFirst(certificates, privateKeyPem), privateKeyPem, friendlyName, format: 'PFX' };
}

/**
 * Puts the end-entity certificate first: the one matching the key when there is a key, else the
 * one that issued no other certificate of the set.
 */
function orderLeafFirst(certs: Buffer[], keyPem?: string): Buffer[] {
  if (certs.length < 2) return certs;
  const parsed = certs.map((der) => ({ der, x509: new X509Certificate(der) }));
  let leaf = keyPem ? parsed.find((c) => safeCheckKey(c.x509, keyPem)) : undefined;
  leaf ??= parsed.find((c) => !parsed.some((o) => o !== c && o.x509.checkIssued(c.x509)));
  leaf ??= parsed[0]!;
  return [leaf.der, ...parsed.filter((c) => c !== leaf).map((c) => c.der)];
}

function safeCheckKey(x509: X509Certificate, keyPem: string): boolean {
  try {
    return x509.checkPrivateKey(createPrivateKey(keyPem));
  } catch {
    return false;
  }
}
