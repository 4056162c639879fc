// PKCS#10 certificate requests: subject attributes in the conventional order (C, ST, L, O, OU, CN,
// which Windows shows reversed: `CN=…, OU=…, O=…, L=…, S=…, C=…`), a subjectAltName extension with
// DNS names, and server authentication (plus client authentication on request) as extended key usage.

import forge from 'node-forge';
import { forgePrivateKey, forgePublicKeyOf } from './keys.js';
import { PkiError } from './errors.js';

export interface SubjectFields {
  commonName: string;
  organization?: string;
  organizationalUnit?: string;
  locality?: string;
  state?: string;
  country?: string;
}

export interface CsrOptions {
  clientEku?: boolean;
}

type Attr = { shortName: string; value: string };

export function subjectAttributes(s: SubjectFields): Attr[] {
  if (s.country !== undefined && !/^[A-Za-z]{2}$/.test(s.country)) {
    throw new PkiError('InvalidRequest', `The country "${s.country}" is not a two-letter ISO 3166 code.`);
  }
  const attrs: Attr[] = [];
  const push = (shortName: string, value?: string) => {
    if (value !== undefined && value !== '') attrs.push({ shortName, value });
  };
  push('C', s.country?.toUpperCase());
  push('ST', s.state);
  push('L', s.locality);
  push('O', s.organization);
  push('OU', s.organizationalUnit);
  push('CN', s.commonName);
  return attrs;
}

/** Windows-style text of a subject we build (`CN=sip.contoso.com, O=Contoso, C=US`). */
export function subjectText(s: SubjectFields): string {
  return subjectAttributes(s)
    .reverse()
    .map((a) => `${a.shortName === 'ST' ? 'S' : a.shortName}=${a.value}`)
    .join(', ');
}

export function extendedKeyUsage(clientEku: boolean | undefined): Record<string, unknown> {
  return clientEku ? { name: 'extKeyUsage', serverAuth: true, clientAuth: true } : { name: 'extKeyUsage', serverAuth: true };
}

/** Builds and signs (SHA-256) a request; returns it as PEM (`-----BEGIN CERTIFICATE REQUEST-----`). */
export function buildCsrPem(keyPem: string, subject: SubjectFields, alternativeNames: string[], opts: CsrOptions = {}): string {
  const key = forgePrivateKey(keyPem);
  const csr = forge.pki.createCertificationRequest();
  csr.publicKey = forgePublicKeyOf(key);
  csr.setSubject(subjectAttributes(subject));
  const extensions: Record<string, unknown>[] = [
    { name: 'keyUsage', digitalSignature: true, keyEncipherment: true },
    extendedKeyUsage(opts.clientEku),
  ];
  if (alternativeNames.length > 0) {
    extensions.push({ name: 'subjectAltName', altNames: alternativeNames.map((value) => ({ type: 2, value })) });
  }
  csr.setAttributes([{ name: 'extensionRequest', extensions }]);
  csr.sign(key, forge.md.sha256.create());
  return forge.pki.certificationRequestToPem(csr).replace(/\r\n/g, '\n');
}
