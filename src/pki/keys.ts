// RSA key generation. Node's crypto generates keys natively (forge's pure-JS generator takes seconds
// for 2048 bits); keys are kept as PKCS#8 PEM and handed to forge where it signs.

import { createPrivateKey, generateKeyPairSync, createPublicKey } from 'node:crypto';
import forge from 'node-forge';
import { rsaModulus } from './certificate.js';
import { PkiError } from './errors.js';

/** Key sizes Request-CsCertificate accepts; 2048 is the default. */
export const SUPPORTED_KEY_SIZES = [1024, 2048, 4096] as const;
export const DEFAULT_KEY_SIZE = 2048;

export function generateRsaKeyPem(bits: number = DEFAULT_KEY_SIZE): string {
  if (!(SUPPORTED_KEY_SIZES as readonly number[]).includes(bits)) {
    throw new PkiError('InvalidRequest', `The key size ${bits} is not supported. Use 1024, 2048 or 4096.`);
  }
  const { privateKey } = generateKeyPairSync('rsa', { modulusLength: bits, publicExponent: 0x10001 });
  return privateKey.export({ type: 'pkcs8', format: 'pem' }).toString();
}

/** Any private key PEM (PKCS#1, PKCS#8, optionally encrypted) → unencrypted PKCS#8 PEM. */
export function normalisePrivateKeyPem(pem: string, passphrase?: string): string {
  const key = createPrivateKey(passphrase === undefined ? pem : { key: pem, passphrase });
  return key.export({ type: 'pkcs8', format: 'pem' }).toString();
}

export function modulusOfPrivateKey(pem: string): string {
  const modulus = rsaModulus(createPublicKey(createPrivateKey(pem)));
  if (!modulus) throw new PkiError('UnsupportedAlgorithm', 'Only RSA keys are supported.');
  return modulus;
}

export function forgePrivateKey(pem: string): forge.pki.rsa.PrivateKey {
  return forge.pki.privateKeyFromPem(pem) as forge.pki.rsa.PrivateKey;
}

export function forgePublicKeyOf(key: forge.pki.rsa.PrivateKey): forge.pki.rsa.PublicKey {
  return forge.pki.setRsaPublicKey(key.n, key.e);
}
