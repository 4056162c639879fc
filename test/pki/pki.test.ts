import { describe, expect, it } from 'vitest';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { generateRsaKeyPem, modulusOfPrivateKey } from '../../src/pki/keys.js';
import { buildCsrPem, subjectText } from '../../src/pki/csr.js';
import { createLabCa, issueFromRequest, namesLabCa } from '../../src/pki/labCa.js';
import { readCertificateFile } from '../../src/pki/containers.js';
import { parseCertificate, derToPem, keyMatchesCertificate } from '../../src/pki/certificate.js';
import { namesForRequest, namesCover, type NameFacts } from '../../src/pki/names.js';
import { PkiError } from '../../src/pki/errors.js';
import { openssl, selfSigned, sha1Fingerprint, tempDir } from './openssl.js';

const edgeFacts: NameFacts = {
  computerFqdn: 'edge01.contoso.com',
  poolFqdn: 'edge01.contoso.com',
  isEdge: true,
  sipDomains: ['contoso.com', 'fabrikam.com'],
  accessEdgeExternalFqdn: 'sip.contoso.com',
  dataEdgeExternalFqdn: 'webcon.contoso.com',
  internalInterfaceFqdn: 'edge01.contoso.com',
};

describe('request names', () => {
  it('Edge external with XMPP: access edge first, webcon, sip.<domain>, the domain', () => {
    expect(namesForRequest(['AccessEdgeExternal', 'XMPPServer'], edgeFacts)).toEqual({
      commonName: 'sip.contoso.com',
      alternativeNames: ['sip.contoso.com', 'webcon.contoso.com', 'contoso.com'],
    });
    const all = namesForRequest(['XmppServer'], edgeFacts, { allSipDomain: true, extraNames: ['*.contoso.com', 'xmpp.contoso.com'] });
    expect(all.alternativeNames).toEqual(['sip.contoso.com', 'webcon.contoso.com', 'sip.fabrikam.com', 'contoso.com', 'fabrikam.com', '*.contoso.com', 'xmpp.contoso.com']);
  });
  it('Front End Default: pool subject, server and sip.<domain>', () => {
    const fe: NameFacts = { computerFqdn: 'fe01.contoso.com', poolFqdn: 'pool01.contoso.com', isEdge: false, sipDomains: ['contoso.com'] };
    expect(namesForRequest(['Default'], fe)).toEqual({ commonName: 'pool01.contoso.com', alternativeNames: ['pool01.contoso.com', 'fe01.contoso.com', 'sip.contoso.com'] });
  });
  it('wildcards cover one label; apex only when asked', () => {
    expect(namesCover(['*.contoso.com'], 'sip.contoso.com')).toBe(true);
    expect(namesCover(['*.contoso.com'], 'a.b.contoso.com')).toBe(false);
    expect(namesCover(['*.contoso.com'], 'contoso.com')).toBe(false);
    expect(namesCover(['*.contoso.com'], 'contoso.com', true)).toBe(true);
  });
  it('lab CA names', () => {
    expect(namesLabCa('ca.contoso.com\\Contoso Lab CA')).toBe(true);
    expect(namesLabCa('contoso lab ca')).toBe(true);
    expect(namesLabCa('ca.fabrikam.com\\Contoso Lab CA')).toBe(false);
    expect(namesLabCa('ca.contoso.com\\Other CA')).toBe(false);
  });
});

describe('CSR and lab CA against OpenSSL', () => {
  const dir = tempDir();
  const keyPem = generateRsaKeyPem(1024);
  const subject = { commonName: 'sip.contoso.com', organization: 'Contoso', locality: 'Redmond', state: 'WA', country: 'US' };
  const sans = ['sip.contoso.com', 'webcon.contoso.com', 'contoso.com'];
  const csrPem = buildCsrPem(keyPem, subject, sans);
  writeFileSync(join(dir, 'edge.req'), csrPem);

  it('writes a request OpenSSL verifies, with the promised subject and SANs', () => {
    const out = openssl(['req', '-in', 'edge.req', '-noout', '-verify', '-text'], dir);
    expect(out).toMatch(/C\s*=\s*US, ST\s*=\s*WA, L\s*=\s*Redmond, O\s*=\s*Contoso, CN\s*=\s*sip\.contoso\.com/);
    expect(out).toContain('DNS:sip.contoso.com, DNS:webcon.contoso.com, DNS:contoso.com');
    expect(out).toContain('TLS Web Server Authentication');
    expect(subjectText(subject)).toBe('CN=sip.contoso.com, O=Contoso, L=Redmond, S=WA, C=US');
  });

  it('issues certificates that verify with openssl verify -CAfile', () => {
    const ca = createLabCa(1024);
    writeFileSync(join(dir, 'labca.cer'), ca.certPem);
    const der = issueFromRequest(ca, csrPem, { serial: 2 });
    writeFileSync(join(dir, 'issued.cer'), derToPem(der));
    expect(openssl(['verify', '-CAfile', 'labca.cer', '-purpose', 'sslserver', 'issued.cer'], dir)).toContain('issued.cer: OK');
    const info = parseCertificate(der);
    expect(info.subject).toBe('CN=sip.contoso.com, O=Contoso, L=Redmond, S=WA, C=US');
    expect(info.issuer).toBe('CN=Contoso Lab CA, O=Contoso');
    expect(info.alternativeNames).toEqual(sans);
    expect(info.serialNumber).toBe('02');
    expect(info.thumbprint).toBe(sha1Fingerprint(dir, 'issued.cer'));
    expect(keyMatchesCertificate(der, keyPem)).toBe(true);
  });

  it('pairs a response signed by an OpenSSL CA with the request key by modulus', () => {
    openssl(['req', '-x509', '-newkey', 'rsa:1024', '-nodes', '-keyout', 'ossl-ca.key', '-out', 'ossl-ca.crt', '-subj', '/CN=OpenSSL Test CA', '-days', '5'], dir);
    openssl(['x509', '-req', '-in', 'edge.req', '-CA', 'ossl-ca.crt', '-CAkey', 'ossl-ca.key', '-CAcreateserial', '-out', 'signed.cer', '-days', '5', '-copy_extensions', 'copy'], dir);
    const file = readCertificateFile(readFileSync(join(dir, 'signed.cer')));
    expect(file.privateKeyPem).toBeUndefined();
    const info = parseCertificate(file.certificates[0]!);
    expect(info.modulus).toBe(modulusOfPrivateKey(keyPem));
    expect(info.alternativeNames).toEqual(sans);
  });
});

describe('reading certificate files', () => {
  const dir = tempDir();
  selfSigned(dir, 'xmpp', '/CN=sip.contoso.com', ['sip.contoso.com', 'contoso.com']);
  openssl(['pkcs12', '-export', '-in', 'xmpp.crt', '-inkey', 'xmpp.key', '-out', 'xmpp.pfx', '-passout', 'pass:P@ss1', '-name', 'XMPP cert'], dir);

  it('imports an OpenSSL PFX with its password', () => {
    const file = readCertificateFile(readFileSync(join(dir, 'xmpp.pfx')), 'P@ss1');
    expect(file.format).toBe('PFX');
    expect(file.friendlyName).toBe('XMPP cert');
    expect(parseCertificate(file.certificates[0]!).thumbprint).toBe(sha1Fingerprint(dir, 'xmpp.crt'));
    expect(file.privateKeyPem).toContain('BEGIN PRIVATE KEY');
    expect(keyMatchesCertificate(file.certificates[0]!, file.privateKeyPem!)).toBe(true);
  });

  it('refuses a wrong or missing password', () => {
    for (const pw of ['wrong', undefined]) {
      expect(() => readCertificateFile(readFileSync(join(dir, 'xmpp.pfx')), pw)).toThrow(PkiError);
      try {
        readCertificateFile(readFileSync(join(dir, 'xmpp.pfx')), pw);
      } catch (e) {
        expect((e as PkiError).code).toBe('BadPassword');
      }
    }
  });

  it('reads DER and PEM, and refuses corrupt data', () => {
    expect(readCertificateFile(readFileSync(join(dir, 'xmpp.der'))).format).toBe('DER');
    const pemWithKey = readFileSync(join(dir, 'xmpp.crt'), 'utf8') + readFileSync(join(dir, 'xmpp.key'), 'utf8');
    const pem = readCertificateFile(Buffer.from(pemWithKey));
    expect(pem.format).toBe('PEM');
    expect(pem.privateKeyPem).toBeDefined();
    const corrupt = Buffer.from(readFileSync(join(dir, 'xmpp.pfx')).subarray(0, 200));
    expect(() => readCertificateFile(corrupt, 'P@ss1')).toThrow(/not a certificate/);
    expect(() => readCertificateFile(Buffer.from('hello world'))).toThrow(/not a certificate/);
  });

  it('puts the leaf first in a chain', () => {
    openssl(['req', '-x509', '-newkey', 'rsa:1024', '-nodes', '-keyout', 'root.key', '-out', 'root.crt', '-subj', '/CN=Chain Root', '-days', '5'], dir);
    openssl(['req', '-new', '-newkey', 'rsa:1024', '-nodes', '-keyout', 'leaf.key', '-out', 'leaf.req', '-subj', '/CN=leaf.contoso.com'], dir);
    openssl(['x509', '-req', '-in', 'leaf.req', '-CA', 'root.crt', '-CAkey', 'root.key', '-CAcreateserial', '-out', 'leaf.crt', '-days', '5'], dir);
    const chain = readFileSync(join(dir, 'root.crt'), 'utf8') + readFileSync(join(dir, 'leaf.crt'), 'utf8');
    const file = readCertificateFile(Buffer.from(chain));
    expect(file.certificates).toHaveLength(2);
    expect(parseCertificate(file.certificates[0]!).subject).toBe('CN=leaf.contoso.com');
    openssl(['crl2pkcs7', '-nocrl', '-certfile', 'root.crt', '-certfile', 'leaf.crt', '-out', 'chain.p7b'], dir);
    openssl(['crl2pkcs7', '-nocrl', '-certfile', 'root.crt', '-certfile', 'leaf.crt', '-outform', 'DER', '-out', 'chain-der.p7b'], dir);
    for (const name of ['chain.p7b', 'chain-der.p7b']) {
      const p7 = readCertificateFile(readFileSync(join(dir, name)));
      expect(p7.format).toBe(name === 'chain.p7b' ? 'PEM' : 'PKCS7');
      expect(p7.certificates.map((c) => parseCertificate(c).subject)).toEqual(['CN=leaf.contoso.com', 'CN=Chain Root']);
    }
  });
});
