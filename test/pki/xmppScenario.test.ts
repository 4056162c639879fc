// The XMPP federation scenario with real certificates: Test-CsXmppIM reaches Success with a lab CA
// certificate on the Edge, and names the certificate problem otherwise.
import { describe, expect, it } from 'vitest';
import { copyFileSync } from 'node:fs';
import { join } from 'node:path';
import { runPs } from '../helpers/run.js';
import { openssl, sha1Fingerprint, tempDir } from './openssl.js';

const PREPARE = [
  'Set-CsExternalAccessPolicy -Identity Global -EnableXmppAccess $true -EnableFederationAccess $true',
  'Set-CsAccessEdgeConfiguration -AllowFederatedUsers $true',
  'New-CsXmppAllowedPartner -Identity jabber.org | Out-Null',
  'Enter-PSSession -ComputerName edge01.contoso.com',
].join('\n');
const EDGE_USES = 'AccessEdgeExternal,DataEdgeExternal,AudioVideoAuthentication,XmppServer';
const LAB = '"ca.contoso.com\\Contoso Lab CA"';
const TEST = [
  'Exit-PSSession',
  'Test-CsXmppIM -TargetFqdn pool01.contoso.com -UserSipAddress sip:kenmyer@contoso.com -Receiver user@jabber.org | Format-List Result, Diagnosis',
].join('\n');

async function scenario(certificateSteps: string, dir = tempDir()) {
  const r = await runPs(`${PREPARE}\n${certificateSteps}\n${TEST}`, { workingDirectory: dir });
  return { ...r, flat: r.output.replace(/\s+/g, ' ') };
}

describe('Test-CsXmppIM with Edge certificates', () => {
  it('succeeds with a lab CA certificate that names the SIP domain', async () => {
    const r = await scenario(
      `Request-CsCertificate -New -Type ${EDGE_USES} -CA ${LAB} -KeySize 1024\n$t = (Request-CsCertificate -List | Select-Object -Last 1).Thumbprint\nSet-CsCertificate -Type ${EDGE_USES} -Thumbprint $t`,
    );
    expect(r.errors).toBe('');
    expect(r.flat).toContain('Result : Success');
  });

  it('fails when the certificate lacks the SIP domain (Set-CsCertificate warned)', async () => {
    const r = await scenario(
      `Request-CsCertificate -New -Type AccessEdgeExternal,DataEdgeExternal -CA ${LAB} -KeySize 1024\n$t = (Request-CsCertificate -List | Select-Object -Last 1).Thumbprint\nSet-CsCertificate -Type ${EDGE_USES} -Thumbprint $t`,
    );
    expect(r.text).toMatch(/WARNING: The certificate with thumbprint "[0-9A-F]{40}" does not contain "contoso\.com"/);
    expect(r.flat).toContain('Result : Failure');
    expect(r.flat).toMatch(/Certificate [0-9A-F]{40} does not contain contoso\.com/);
  });

  it('refuses an expired certificate; assigned under -Force it makes the test fail', async () => {
    const dir = tempDir();
    copyFileSync(join(import.meta.dirname, '../../fixtures/certs/edge-expired.pfx'), join(dir, 'edge-expired.pfx'));
    openssl(['pkcs12', '-in', 'edge-expired.pfx', '-passin', 'pass:Contoso!2026', '-nokeys', '-clcerts', '-out', 'expired.pem'], dir);
    const tp = sha1Fingerprint(dir, 'expired.pem');
    const importIt = 'Import-CsCertificate -Path .\\edge-expired.pfx -Password "Contoso!2026"';
    const refused = await scenario(`${importIt}\nSet-CsCertificate -Type ${EDGE_USES} -Thumbprint ${tp}`, dir);
    expect(refused.errors).toContain(`Set-CsCertificate : Command execution failed: The certificate with thumbprint "${tp}" is not valid at this time`);
    expect(refused.flat).toContain('no certificate is assigned to this use');
    const forced = await scenario(`${importIt}\nSet-CsCertificate -Type ${EDGE_USES} -Thumbprint ${tp} -Force`, dir);
    expect(forced.text).toContain(`WARNING: The certificate with thumbprint "${tp}" is not valid at this time`);
    expect(forced.flat).toContain('Result : Failure');
    expect(forced.flat).toContain(`certificate ${tp} expired on 2021-01-01`);
  });

  it('fails when no certificate is assigned to XmppServer', async () => {
    const r = await scenario('Get-CsCertificate');
    expect(r.flat).toContain('Result : Failure');
    expect(r.flat).toContain('No valid XmppServer certificate on edge01.contoso.com: no certificate is assigned to this use');
  });
});
