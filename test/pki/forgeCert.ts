// Certificates with chosen validity (e.g. already expired), made with node-forge for tests.
import forge from 'node-forge';
import { generateRsaKeyPem } from '../../src/pki/keys.js';

export function makeCertificatePem(cn: string, sans: string[], notBefore: Date, notAfter: Date): { certPem: string; keyPem: string } {
  const keyPem = generateRsaKeyPem(1024);
  const key = forge.pki.privateKeyFromPem(keyPem) as forge.pki.rsa.PrivateKey;
  const cert = forge.pki.createCertificate();
  cert.publicKey = forge.pki.setRsaPublicKey(key.n, key.e);
  cert.serialNumber = '0a1b';
  cert.validity.notBefore = notBefore;
  cert.validity.notAfter = notAfter;
  cert.setSubject([{ shortName: 'CN', value: cn }]);
  cert.setIssuer([{ shortName: 'CN', value: cn }]);
  cert.setExtensions([{ name: 'subjectAltName', altNames: sans.map((value) => ({ type: 2, value })) }]);
  cert.sign(key, forge.md.sha256.create());
  return { certPem: forge.pki.certificateToPem(cert), keyPem };
}
