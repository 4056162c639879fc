import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Store } from '../../src/store/store.js';
import {
  addStoredCertificate,
  findStoredCertificate,
  getAssignedCertificate,
  saveAssignment,
  GLOBAL_SCOPE,
} from '../../src/store/certificateRepository.js';
import { selfSigned, sha1Fingerprint, tempDir } from './openssl.js';

describe('certificate repository', () => {
  const dir = tempDir();
  const der = selfSigned(dir, 'edge', '/C=US/O=Contoso/CN=sip.contoso.com', ['sip.contoso.com', 'contoso.com']);
  const keyPem = readFileSync(join(dir, 'edge.key'), 'utf8');

  it('stores a certificate under its Windows-style thumbprint', () => {
    const store = Store.open(':memory:');
    const tp = addStoredCertificate(store, 'edge01.contoso.com', { der, privateKeyPem: keyPem });
    expect(tp).toBe(sha1Fingerprint(dir, 'edge.crt'));
    const stored = findStoredCertificate(store, 'EDGE01.contoso.com', tp.toLowerCase());
    expect(stored?.hasPrivateKey).toBe(true);
    expect(stored?.info.subject).toBe('CN=sip.contoso.com, O=Contoso, C=US');
    expect(stored?.info.alternativeNames).toEqual(['sip.contoso.com', 'contoso.com']);
  });

  it('getAssignedCertificate returns the assigned certificate, honouring a pending rollover', () => {
    const store = Store.open(':memory:');
    const der2 = selfSigned(dir, 'edge2', '/CN=sip.contoso.com', ['sip.contoso.com']);
    const oldTp = addStoredCertificate(store, 'edge01.contoso.com', { der, privateKeyPem: keyPem });
    const newTp = addStoredCertificate(store, 'edge01.contoso.com', { der: der2 });
    expect(getAssignedCertificate(store, 'edge01.contoso.com', 'XmppServer')).toBeUndefined();
    const effective = new Date(Date.now() + 3600_000);
    saveAssignment(store, {
      scope: 'edge01.contoso.com',
      use: 'XMPPServer',
      thumbprint: newTp,
      previousThumbprint: oldTp,
      effectiveDate: effective,
      updateTime: new Date(),
      sourceScope: 'Local',
    });
    const now = getAssignedCertificate(store, 'edge01.contoso.com', 'xmppserver');
    expect(now?.thumbprint).toBe(oldTp);
    expect(now?.hasPrivateKey).toBe(true);
    const later = getAssignedCertificate(store, 'edge01.contoso.com', 'XmppServer', new Date(effective.getTime() + 1000));
    expect(later?.thumbprint).toBe(newTp);
    expect(later?.hasPrivateKey).toBe(false);
    expect(getAssignedCertificate(store, 'fe01.contoso.com', 'XmppServer')).toBeUndefined();
  });

  it('keeps the key and its export flag when the bare certificate is stored again', () => {
    const store = Store.open(':memory:');
    const tp = addStoredCertificate(store, 'edge01.contoso.com', { der, privateKeyPem: keyPem, keyExportable: true });
    addStoredCertificate(store, 'edge01.contoso.com', { der });
    expect(findStoredCertificate(store, 'edge01.contoso.com', tp)).toMatchObject({ hasPrivateKey: true, keyExportable: true });
    addStoredCertificate(store, 'edge01.contoso.com', { der, keyExportable: false });
    expect(findStoredCertificate(store, 'edge01.contoso.com', tp)).toMatchObject({ hasPrivateKey: true, keyExportable: false });
  });

  it('falls back to a global assignment', () => {
    const store = Store.open(':memory:');
    const tp = addStoredCertificate(store, GLOBAL_SCOPE, { der, privateKeyPem: keyPem });
    saveAssignment(store, { scope: GLOBAL_SCOPE, use: 'OAuthTokenIssuer', thumbprint: tp, updateTime: new Date(), sourceScope: 'Global' });
    expect(getAssignedCertificate(store, 'fe01.contoso.com', 'OAuthTokenIssuer')?.thumbprint).toBe(tp);
  });
});
