import { describe, expect, it } from 'vitest';
import { copyFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { Harness } from './harness.js';
import { openssl, sha1Fingerprint, tempDir } from './openssl.js';

const FIXTURES = join(import.meta.dirname, '../../fixtures/certs');
const PASSWORD = 'Contoso!2026';

function sandbox(): string {
  const dir = tempDir();
  for (const f of readdirSync(FIXTURES)) copyFileSync(join(FIXTURES, f), join(dir, f));
  return dir;
}

describe('sample certificates in fixtures/certs', () => {
  it('verify with OpenSSL against the sample root', () => {
    const dir = sandbox();
    expect(openssl(['verify', '-CAfile', 'fabrikam-root.cer', 'edge-external.cer'], dir)).toContain('OK');
  });

  it('behave as documented on the Edge Server', async () => {
    const dir = sandbox();
    const h = new Harness(dir, 'edge01.contoso.com');
    const fp = sha1Fingerprint(dir, 'edge-external.cer');
    expect((await h.failure('Import-CsCertificate', { Path: 'edge-external-nokey.der' }, 'Local')).message).toBe(
      'Command execution failed: The certificate "' + fp + '" (CN=sip.contoso.com, O=Contoso, C=US) has no private key, and no pending certificate request on edge01.contoso.com matches it. Import a PFX file that includes the private key, or the certificate issued for a request made with Request-CsCertificate on this computer.',
    );
    await h.run('Import-CsCertificate', { Path: 'edge-external.pfx', Password: PASSWORD }, 'Local');
    const ok = await h.run('Set-CsCertificate', { Type: ['AccessEdgeExternal', 'DataEdgeExternal', 'AudioVideoAuthentication', 'XMPPServer'], Thumbprint: fp }, 'Thumbprint');
    expect(ok.warnings).toEqual([]);

    await h.run('Import-CsCertificate', { Path: 'edge-expired.pfx', Password: PASSWORD }, 'Local');
    await h.run('Import-CsCertificate', { Path: 'edge-no-xmpp-domain.pfx', Password: PASSWORD }, 'Local');
    const listed = (await h.run('Get-CsCertificate', { Type: ['XMPPServer'] })).output;
    expect(listed).toHaveLength(1);
    // once the PFX brought the key, the bare certificate imports again without complaint
    await h.run('Import-CsCertificate', { Path: 'edge-external-nokey.der' }, 'Local');
    expect((await h.failure('Import-CsCertificate', { Path: 'corrupt.pfx', Password: PASSWORD }, 'Local')).category).toBe('InvalidData');
  });
});
