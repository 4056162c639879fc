import { beforeEach, describe, expect, it } from 'vitest';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { PSObject } from '../../src/engine/runtime/values.js';
import { getAssignedCertificate } from '../../src/store/certificateRepository.js';
import { Harness } from './harness.js';
import { openssl, selfSigned, sha1Fingerprint, tempDir } from './openssl.js';
import { makeCertificatePem } from './forgeCert.js';

const LAB = 'ca.contoso.com\\Contoso Lab CA';
const prop = (o: unknown, name: string) => (o as PSObject).get(name);

function lastThumbprint(r: { output: unknown[] }): string {
  return String(prop(r.output[r.output.length - 1], 'Thumbprint'));
}

describe('Request-CsCertificate and the local computer', () => {
  let dir: string;
  let h: Harness;
  beforeEach(() => {
    dir = tempDir();
    h = new Harness(dir);
  });

  it('refuses Edge uses on a Front End, naming the role', async () => {
    const err = await h.failure('Request-CsCertificate', { New: true, Type: ['XMPPServer'], KeySize: 1024 }, 'ByNew');
    expect(err.message).toMatch(/^Command execution failed: The certificate use "XMPPServer" requires the EdgeServer role, and computer "fe01\.contoso\.com"/);
    expect(err.category).toBe('InvalidOperation');
  });

  it('writes an Edge request OpenSSL verifies, with the promised names, after Enter-PSSession', async () => {
    await h.run('Enter-PSSession', { ComputerName: 'EDGE01.contoso.com' });
    expect(h.session.remoteComputer).toBe('edge01.contoso.com');
    await h.run(
      'Request-CsCertificate',
      { New: true, Type: ['AccessEdgeExternal', 'XMPPServer'], KeySize: 1024, Output: 'C:\\Users\\Administrator\\edge.req', DomainName: 'xmpp.contoso.com, *.contoso.com', Organization: 'Contoso', Country: 'US' },
      'ByNew',
    );
    const text = openssl(['req', '-in', 'edge.req', '-noout', '-verify', '-text'], dir);
    expect(text).toMatch(/Subject: C\s*=\s*US, O\s*=\s*Contoso, CN\s*=\s*sip\.contoso\.com/);
    expect(text).toContain('DNS:sip.contoso.com, DNS:webcon.contoso.com, DNS:contoso.com, DNS:xmpp.contoso.com, DNS:*.contoso.com');
    const list = await h.run('Request-CsCertificate', { List: true }, 'ByList');
    expect(list.output).toHaveLength(1);
    expect(prop(list.output[0], 'Status')).toBe('Pending');
    expect(prop(list.output[0], 'Subject')).toBe('CN=sip.contoso.com, O=Contoso, C=US');
    await h.run('Exit-PSSession', {});
    expect(h.session.remoteComputer).toBeUndefined();
    expect((await h.run('Request-CsCertificate', { List: true }, 'ByList')).output).toHaveLength(0);
  });

  it('imports the response of an OpenSSL CA, paired with the pending key, and assigns it', async () => {
    h.session.remoteComputer = 'edge01.contoso.com';
    await h.run('Request-CsCertificate', { New: true, Type: ['XMPPServer'], KeySize: 1024, Output: '.\\x.req' }, 'ByNew');
    openssl(['req', '-x509', '-newkey', 'rsa:1024', '-nodes', '-keyout', 'ca.key', '-out', 'ca.crt', '-subj', '/CN=Peer CA', '-days', '5'], dir);
    openssl(['x509', '-req', '-in', 'x.req', '-CA', 'ca.crt', '-CAkey', 'ca.key', '-CAcreateserial', '-out', 'x.cer', '-days', '5', '-copy_extensions', 'copy'], dir);
    const fp = sha1Fingerprint(dir, 'x.cer');
    const imported = await h.run('Import-CsCertificate', { Path: 'x.cer' }, 'Local');
    expect(imported.output).toHaveLength(0);
    await h.run('Set-CsCertificate', { Type: ['XMPPServer', 'AccessEdgeExternal'], Thumbprint: fp.toLowerCase() }, 'Thumbprint');
    const got = await h.run('Get-CsCertificate', {});
    expect(got.output.map((o) => prop(o, 'Use'))).toEqual(['XMPPServer', 'AccessEdgeExternal']);
    expect(prop(got.output[0], 'Thumbprint')).toBe(fp);
    expect(prop(got.output[0], 'Issuer')).toBe('CN=Peer CA');
    expect(prop(got.output[0], 'SourceScope')).toBe('Local');
    expect(getAssignedCertificate(h.store, 'edge01.contoso.com', 'XmppServer')?.hasPrivateKey).toBe(true);
    const list = await h.run('Request-CsCertificate', { List: true }, 'ByList');
    expect(prop(list.output[0], 'Status')).toBe('Issued');
    expect(prop(list.output[0], 'Thumbprint')).toBe(fp);
  });

  it('gets a certificate online from the lab CA, which OpenSSL verifies with the exported CA certificate', async () => {
    await h.run('Request-CsCertificate', { New: true, Type: ['Default'], KeySize: 1024, CA: LAB, Output: '.\\fe01.req' }, 'ByNew');
    expect(existsSync(join(dir, 'fe01.cer'))).toBe(true);
    expect(openssl(['verify', '-CAfile', 'ContosoLabCA.cer', '-purpose', 'sslserver', 'fe01.cer'], dir)).toContain('fe01.cer: OK');
    const tp = lastThumbprint(await h.run('Request-CsCertificate', { List: true }, 'ByList'));
    expect(tp).toBe(sha1Fingerprint(dir, 'fe01.cer'));
    await h.run('Set-CsCertificate', { Type: ['Default'], Thumbprint: tp }, 'Thumbprint');
    const got = await h.run('Get-CsCertificate', { Type: ['Default'] });
    expect(prop(got.output[0], 'Subject')).toBe('CN=pool01.contoso.com');
    expect(prop(got.output[0], 'AlternativeNames')).toEqual(['pool01.contoso.com', 'fe01.contoso.com', 'sip.contoso.com']);
    expect(prop(got.output[0], 'Issuer')).toBe('CN=Contoso Lab CA, O=Contoso');
  });

  it('refuses an unknown CA, ECDH keys and unknown computers', async () => {
    expect((await h.failure('Request-CsCertificate', { New: true, Type: ['Default'], CA: 'ca.fabrikam.com\\Other CA' }, 'ByNew')).message).toContain('could not be contacted');
    expect((await h.failure('Request-CsCertificate', { New: true, Type: ['Default'], KeyAlg: 'ECDH_P256' }, 'ByNew')).message).toContain('"ECDH_P256" is not supported');
    expect((await h.failure('Request-CsCertificate', { New: true, Type: ['Default'], KeySize: 512 }, 'ByNew')).message).toContain('The key size 512 is not supported');
    expect((await h.failure('Request-CsCertificate', { New: true, Type: ['Default'], KeySize: 1024, Country: 'USA' }, 'ByNew')).message).toContain('"USA" is not a two-letter');
    expect((await h.failure('Request-CsCertificate', { New: true, Type: ['Default'], ComputerFqdn: 'fe09.contoso.com' }, 'ByNew')).message).toContain('Computer "fe09.contoso.com" was not found in the topology');
    expect((await h.failure('Enter-PSSession', { ComputerName: 'nowhere.contoso.com' })).fullyQualifiedErrorId).toBe('CreateRemoteRunspaceFailed');
    expect((await h.run('Request-CsCertificate', { List: true }, 'ByList')).output).toHaveLength(0);
  });

  it('clears pending requests', async () => {
    await h.run('Request-CsCertificate', { New: true, Type: ['Default'], KeySize: 1024 }, 'ByNew');
    await h.run('Request-CsCertificate', { New: true, Type: ['Default'], KeySize: 1024 }, 'ByNew');
    const ids = (await h.run('Request-CsCertificate', { List: true }, 'ByList')).output.map((o) => prop(o, 'RequestId'));
    await h.run('Request-CsCertificate', { Clear: true, RequestId: ids[0] }, 'ByClear');
    expect((await h.run('Request-CsCertificate', { List: true }, 'ByList')).output.map((o) => prop(o, 'RequestId'))).toEqual([ids[1]]);
    expect((await h.failure('Request-CsCertificate', { Clear: true, RequestId: 999 }, 'ByClear')).message).toContain('999 was not found');
  });
});

describe('Import-CsCertificate and Set-CsCertificate checks', () => {
  let dir: string;
  let h: Harness;
  beforeEach(() => {
    dir = tempDir();
    h = new Harness(dir, 'edge01.contoso.com');
  });

  function pfx(name: string, sans: string[], password: string): string {
    selfSigned(dir, name, '/CN=sip.contoso.com', sans);
    openssl(['pkcs12', '-export', '-in', `${name}.crt`, '-inkey', `${name}.key`, '-out', `${name}.pfx`, '-passout', `pass:${password}`], dir);
    return sha1Fingerprint(dir, `${name}.crt`);
  }

  it('imports an OpenSSL PFX with its password; Get-CsCertificate shows the OpenSSL fingerprint', async () => {
    const fp = pfx('edge', ['sip.contoso.com', 'webcon.contoso.com', 'contoso.com'], 'Secr3t!');
    await h.run('Import-CsCertificate', { Path: 'C:\\edge.pfx', Password: 'Secr3t!' }, 'Local');
    const set = await h.run('Set-CsCertificate', { Type: ['AccessEdgeExternal', 'DataEdgeExternal', 'AudioVideoAuthentication', 'XMPPServer'], Thumbprint: fp }, 'Thumbprint');
    expect(set.warnings).toEqual([]);
    const got = await h.run('Get-CsCertificate', { Type: ['XMPPServer'] });
    expect(got.output).toHaveLength(1);
    expect(prop(got.output[0], 'Thumbprint')).toBe(fp);
    const all = JSON.stringify((await h.run('Get-CsCertificate', {})).output.map((o) => (o as PSObject).properties().map((p) => [p.name, p.value])));
    expect(all).not.toMatch(/PRIVATE KEY|MII/);
  });

  it('reports bad passwords, corrupt files, missing keys and missing files clearly', async () => {
    pfx('edge', ['sip.contoso.com'], 'right');
    const bad = await h.failure('Import-CsCertificate', { Path: 'edge.pfx', Password: 'wrong' }, 'Local');
    expect(bad.message).toBe('Command execution failed: The specified network password is not correct.');
    expect(bad.category).toBe('SecurityError');
    writeFileSync(join(dir, 'junk.pfx'), readFileSync(join(dir, 'edge.pfx')).subarray(0, 100));
    expect((await h.failure('Import-CsCertificate', { Path: 'junk.pfx', Password: 'right' }, 'Local')).category).toBe('InvalidData');
    const nokey = await h.failure('Import-CsCertificate', { Path: 'edge.der' }, 'Local');
    expect(nokey.message).toMatch(/has no private key, and no pending certificate request on edge01\.contoso\.com matches it/);
    expect((await h.failure('Import-CsCertificate', { Path: 'missing.pfx' }, 'Local')).message).toBe("Cannot find path 'missing.pfx' because it does not exist.");
    expect((await h.run('Get-CsCertificate', {})).output).toHaveLength(0);
  });

  it('warns when the names miss the SIP domain or the Access Edge FQDN', async () => {
    const fp = pfx('nodomain', ['sip.contoso.com', 'webcon.contoso.com'], 'pw');
    await h.run('Import-CsCertificate', { Path: 'nodomain.pfx', Password: 'pw' }, 'Local');
    const r = await h.run('Set-CsCertificate', { Type: ['XMPPServer'], Thumbprint: fp }, 'Thumbprint');
    expect(r.warnings).toEqual([`The certificate with thumbprint "${fp}" does not contain "contoso.com" in its subject or subject alternative names; the XMPPServer use needs it.`]);
    const fp2 = pfx('other', ['edge.fabrikam.com'], 'pw');
    await h.run('Import-CsCertificate', { Path: 'other.pfx', Password: 'pw' }, 'Local');
    const r2 = await h.run('Set-CsCertificate', { Type: ['AccessEdgeExternal'], Thumbprint: fp2 }, 'Thumbprint');
    expect(r2.warnings.join('\n')).toContain('does not contain "sip.contoso.com"');
  });

  it('refuses expired certificates unless -Force, and certificates without a key', async () => {
    const { certPem, keyPem } = makeCertificatePem('sip.contoso.com', ['sip.contoso.com', 'contoso.com'], new Date('2020-01-01'), new Date('2021-01-01'));
    writeFileSync(join(dir, 'expired.pem'), certPem + keyPem);
    await h.run('Import-CsCertificate', { Path: 'expired.pem' }, 'Local');
    const tp = sha1Fingerprint(dir, 'expired.pem');
    const err = await h.failure('Set-CsCertificate', { Type: ['XMPPServer'], Thumbprint: tp }, 'Thumbprint');
    expect(err.message).toMatch(/^Command execution failed: The certificate with thumbprint "[0-9A-F]{40}" is not valid at this time/);
    expect((await h.run('Get-CsCertificate', {})).output).toHaveLength(0);
    const forced = await h.run('Set-CsCertificate', { Type: ['XMPPServer'], Thumbprint: tp, Force: true }, 'Thumbprint');
    expect(forced.warnings[0]).toContain('is not valid at this time');
    expect(getAssignedCertificate(h.store, 'edge01.contoso.com', 'XMPPServer')?.thumbprint).toBe(tp);

    // a chain: the root is stored without a key and cannot be assigned
    openssl(['req', '-x509', '-newkey', 'rsa:1024', '-nodes', '-keyout', 'root.key', '-out', 'root.crt', '-subj', '/CN=Chain Root', '-days', '5'], dir);
    openssl(['req', '-new', '-newkey', 'rsa:1024', '-nodes', '-keyout', 'leaf.key', '-out', 'leaf.req', '-subj', '/CN=sip.contoso.com'], dir);
    openssl(['x509', '-req', '-in', 'leaf.req', '-CA', 'root.crt', '-CAkey', 'root.key', '-CAcreateserial', '-out', 'leaf.crt', '-days', '5'], dir);
    writeFileSync(join(dir, 'chain.pem'), readFileSync(join(dir, 'leaf.crt'), 'utf8') + readFileSync(join(dir, 'root.crt'), 'utf8') + readFileSync(join(dir, 'leaf.key'), 'utf8'));
    await h.run('Import-CsCertificate', { Path: 'chain.pem' }, 'Local');
    const noKey = await h.failure('Set-CsCertificate', { Type: ['Internal'], Thumbprint: sha1Fingerprint(dir, 'root.crt') }, 'Thumbprint');
    expect(noKey.message).toContain('does not have a private key');
    const unknown = await h.failure('Set-CsCertificate', { Type: ['Internal'], Thumbprint: 'AB'.repeat(20) }, 'Thumbprint');
    expect(unknown.message).toContain('was not found in the local certificate store of edge01.contoso.com');
    expect(unknown.category).toBe('ObjectNotFound');
  });

  it('refuses Edge uses on a Front End and global uses locally', async () => {
    const fp = pfx('edge', ['sip.contoso.com', 'contoso.com'], 'pw');
    h.session.remoteComputer = 'fe02.contoso.com';
    await h.run('Import-CsCertificate', { Path: 'edge.pfx', Password: 'pw' }, 'Local');
    const err = await h.failure('Set-CsCertificate', { Type: ['Default', 'XMPPServer'], Thumbprint: fp }, 'Thumbprint');
    expect(err.message).toContain('"XMPPServer" requires the EdgeServer role, and computer "fe02.contoso.com" does not have it');
    expect((await h.failure('Set-CsCertificate', { Type: ['OAuthTokenIssuer'], Thumbprint: fp }, 'Thumbprint')).message).toContain('-Identity Global');
    expect((await h.run('Get-CsCertificate', {})).output).toHaveLength(0);
  });

  it('rolls over at an effective date, and removes with confirmation', async () => {
    const a = pfx('a', ['sip.contoso.com', 'contoso.com'], 'pw');
    const b = pfx('b', ['sip.contoso.com', 'contoso.com'], 'pw');
    await h.run('Import-CsCertificate', { Path: 'a.pfx', Password: 'pw' }, 'Local');
    await h.run('Import-CsCertificate', { Path: 'b.pfx', Password: 'pw' }, 'Local');
    await h.run('Set-CsCertificate', { Type: ['XMPPServer'], Thumbprint: a }, 'Thumbprint');
    expect((await h.failure('Set-CsCertificate', { Type: ['XMPPServer'], Thumbprint: b, Roll: true }, 'Thumbprint')).message).toContain('-Roll requires -EffectiveDate');
    const when = new Date(Date.now() + 7 * 86400_000);
    await h.run('Set-CsCertificate', { Type: ['XMPPServer'], Thumbprint: b, Roll: true, EffectiveDate: when }, 'Thumbprint');
    const got = (await h.run('Get-CsCertificate', {})).output[0];
    expect([prop(got, 'Thumbprint'), prop(got, 'PreviousThumbprint'), prop(got, 'EffectiveDate')]).toEqual([b, a, when]);
    expect(getAssignedCertificate(h.store, 'edge01.contoso.com', 'XMPPServer')?.thumbprint).toBe(a);
    expect(getAssignedCertificate(h.store, 'edge01.contoso.com', 'XMPPServer', new Date(when.getTime() + 1))?.thumbprint).toBe(b);

    const whatIf = await h.run('Remove-CsCertificate', { Type: ['XMPPServer'], WhatIf: true });
    expect(whatIf.whatIf).toEqual([`What if: Performing the operation "Remove-CsCertificate" on target "XMPPServer: ${b}".`]);
    await h.run('Remove-CsCertificate', { Type: ['XMPPServer'] });
    expect((await h.run('Get-CsCertificate', {})).output).toHaveLength(1);
    await h.run('Remove-CsCertificate', { Type: ['XMPPServer'], Previous: true });
    expect(prop((await h.run('Get-CsCertificate', {})).output[0], 'PreviousThumbprint')).toBeNull();
    await h.run('Remove-CsCertificate', { Type: ['XMPPServer'], Force: true });
    expect((await h.run('Get-CsCertificate', {})).output).toHaveLength(0);
    expect((await h.run('Remove-CsCertificate', { Type: ['XMPPServer'], Force: true })).errors[0]?.message).toContain('No certificate is assigned to "XMPPServer"');
  });

  it('pipes a CertificateReference into Set-CsCertificate and honours -WhatIf', async () => {
    const fp = pfx('a', ['sip.contoso.com', 'contoso.com'], 'pw');
    await h.run('Import-CsCertificate', { Path: 'a.pfx', Password: 'pw' }, 'Local');
    await h.run('Set-CsCertificate', { Type: ['AccessEdgeExternal'], Thumbprint: fp }, 'Thumbprint');
    const ref = (await h.run('Get-CsCertificate', {})).output[0];
    const w = await h.run('Set-CsCertificate', { Reference: ref, Type: ['XMPPServer'], WhatIf: true }, 'CertificateReference', ref);
    expect(w.whatIf).toHaveLength(1);
    expect((await h.run('Get-CsCertificate', {})).output).toHaveLength(1);
    await h.run('Set-CsCertificate', { Reference: ref, Type: ['XMPPServer'] }, 'CertificateReference', ref);
    expect((await h.run('Get-CsCertificate', { Type: ['XMPPServer'] })).output).toHaveLength(1);
  });

  it('Test-CsCertificateConfiguration lists the Edge uses with existence flags', async () => {
    const fp = pfx('a', ['sip.contoso.com', 'contoso.com'], 'pw');
    await h.run('Import-CsCertificate', { Path: 'a.pfx', Password: 'pw' }, 'Local');
    await h.run('Set-CsCertificate', { Type: ['XMPPServer'], Thumbprint: fp }, 'Thumbprint');
    const r = await h.run('Test-CsCertificateConfiguration', {});
    expect(r.output.map((o) => [prop(o, 'Use'), prop(o, 'Exists')])).toEqual([
      ['Internal', false],
      ['AccessEdgeExternal', false],
      ['DataEdgeExternal', false],
      ['AudioVideoAuthentication', false],
      ['XMPPServer', true],
    ]);
  });

  it('keeps global certificates in the CMS store (-Identity Global)', async () => {
    const fp = pfx('oauth', ['contoso.com'], 'pw');
    h.session.localComputer = 'fe01.contoso.com';
    await h.run('Import-CsCertificate', { Identity: 'Global', Path: 'oauth.pfx', Password: 'pw', Type: ['OAuthTokenIssuer'] }, 'CMS');
    const got = await h.run('Get-CsCertificate', {});
    expect(got.output.map((o) => [prop(o, 'Use'), prop(o, 'SourceScope'), prop(o, 'Thumbprint')])).toEqual([['OAuthTokenIssuer', 'Global', fp]]);
    expect((await h.failure('Set-CsCertificate', { Identity: 'Global', Type: ['XMPPServer'], Thumbprint: fp }, 'Thumbprint')).message).toContain('not with -Identity Global');
    expect((await h.failure('Get-CsCertificate', { Identity: 'site:Redmond' })).category).toBe('InvalidArgument');
  });
});
