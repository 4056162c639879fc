// What Tab offers at each step of the XMPP procedures, against a store in the state the procedure
// has reached (the same completion code the interactive shell uses).
import { describe, expect, it } from 'vitest';
import { completeInput } from '../../src/engine/completion/index.js';
import { builtins } from '../../src/cmdlets/index.js';
import { AdminConsole, EDGE, PFX_PASSWORD } from './admin.js';

async function preparedConsole(): Promise<AdminConsole> {
  const c = new AdminConsole().withCertificates('edge-external.pfx');
  await c.ok('New-CsExternalAccessPolicy -Identity XmppPilot -EnableXmppAccess $true | Out-Null; New-CsExternalAccessPolicy -Identity site:Redmond | Out-Null');
  await c.ok('New-CsXmppAllowedPartner gmail.com | Out-Null; New-CsXmppAllowedPartner jabber.org | Out-Null');
  await c.ok(`Import-CsCertificate -Path C:\\certs\\edge-external.pfx -Password '${PFX_PASSWORD}'`, { on: EDGE });
  return c;
}

function offered(c: AdminConsole, line: string, computer = 'fe01.contoso.com'): string[] {
  const ctx = { store: c.store, session: { localComputer: computer, workingDirectory: c.dir, interactive: true }, completers: builtins().completers, variableNames: () => [] };
  return completeInput(line, line.length, ctx).candidates.map((x) => x.text);
}

describe('tab completion along the procedures', () => {
  it('offers the per-user policy, the partners, the certificate uses and the sample files', async () => {
    const c = await preparedConsole();
    expect(offered(c, 'Grant-CsExternalAccessPolicy -Identity "Ken Myer" -PolicyName ')).toContain('XmppPilot');
    expect(offered(c, 'Remove-CsXmppAllowedPartner -Identity ')).toEqual(expect.arrayContaining(['gmail.com', 'jabber.org']));
    expect(offered(c, 'Set-CsCertificate -Type AccessEdgeExternal,Xmpp')).toEqual(['AccessEdgeExternal,XMPPServer']);
    expect(offered(c, 'Import-CsCertificate -Path C:\\certs\\edge-')).toEqual(['C:\\certs\\edge-external.pfx']);
    expect(offered(c, 'New-CsXmppAllowedPartner x.org -TlsNegotiation Not')).toEqual(['NotSupported']);
    expect(offered(c, 'Get-CsService -Edge')).toEqual(['-EdgeServer']);
  });

  // Move-CsUser -Target offers only Registrar pools (pool01, pool02): the Edge pool cannot home users.
  it('Move-CsUser -Target offers Registrar pools only', async () => {
    const c = await preparedConsole();
    expect(offered(c, 'Move-CsUser -Identity "Pilar Ackerman" -Target ')).toEqual(['pool01.contoso.com', 'pool02.contoso.com']);
  });

  // On the Edge, -Thumbprint offers the imported certificate that has a private key before
  // the issuing root that came with the PFX chain (the root cannot be assigned: no private key).
  it('Set-CsCertificate -Thumbprint offers the assignable certificate first', async () => {
    const c = await preparedConsole();
    const [first] = offered(c, 'Set-CsCertificate -Type XmppServer -Thumbprint ', EDGE);
    const check = await c.type(`Set-CsCertificate -Type XmppServer -Thumbprint ${first}`, { on: EDGE });
    expect(check.errors).toBe('');
  });

  // Test-CsXmppIM -TargetFqdn offers the Registrar pools, as the test runs against a pool.
  it('Test-CsXmppIM -TargetFqdn offers the pools', async () => {
    const c = await preparedConsole();
    expect(offered(c, 'Test-CsXmppIM -TargetFqdn ')).toEqual(expect.arrayContaining(['pool01.contoso.com', 'pool02.contoso.com']));
  });

  // Set-CsSite -XmppFederationRoute offers the Edge service identities (EdgeServer:edge01.contoso.com).
  it('Set-CsSite -XmppFederationRoute offers the Edge services', async () => {
    const c = await preparedConsole();
    expect(offered(c, 'Set-CsSite -Identity Dublin -XmppFederationRoute ')).toContain('EdgeServer:edge01.contoso.com');
  });
});
