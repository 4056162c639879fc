// Procedures typed into the interactive shell in a real terminal (tmux), with tab completion,
// prompts and Enter-PSSession, the way an admin works at the console. Needs `npm run build` first.
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { cliPath, runCli } from '../helpers/cli.js';
import { tmuxAvailable } from '../repl/tmux.js';
import { readCertificateFile } from '../../src/pki/containers.js';
import { thumbprintOf } from '../../src/pki/certificate.js';
import { PROMPT, TerminalShell } from './terminalShell.js';

const skipReason = tmuxAvailable();
if (skipReason) console.warn(`skipping terminal procedure tests: ${skipReason}`);

let shells: TerminalShell[] = [];
afterEach(() => {
  for (const s of shells) s.stop();
  shells = [];
});

async function startShell(dir: string): Promise<TerminalShell> {
  const shell = new TerminalShell(dir, join(dir, 'store.db'));
  shells.push(shell);
  shell.start();
  await shell.waitFor((s) => s.includes(PROMPT), 'the prompt');
  return shell;
}

function batch(dir: string, commands: string): void {
  const r = runCli(['--store', join(dir, 'store.db'), '-c', commands], { cwd: dir });
  expect(r.stderr).toBe('');
}

describe.skipIf(skipReason !== null)('procedures typed in the interactive shell', () => {
  beforeAll(() => {
    if (!existsSync(cliPath)) throw new Error(`${cliPath} is missing: run npm run build first`);
  });

  it('per-user XMPP policy: completes names and values, grants it, declines the in-use prompt on removal', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'csshell-term-'));
    const shell = await startShell(dir);

    shell.type('New-CsExt');
    await shell.complete('New-CsExternalAccessPolicy');
    shell.type(' -Ide');
    await shell.complete('-Identity');
    shell.type(' XmppPilot -EnableX');
    await shell.complete('-EnableXmppAccess');
    shell.type(' $tr');
    await shell.complete('$true');
    shell.type(' -EnableFed');
    await shell.complete('-EnableFederationAccess');
    shell.type(' $true');
    const created = await shell.enter();
    expect(created).toMatch(/Identity\s+: Tag:XmppPilot\nDescription\s+:\nEnableFederationAccess\s+: True\nEnableXmppAccess\s+: True/);

    shell.type('Grant-CsExt');
    await shell.complete('Grant-CsExternalAccessPolicy');
    shell.type(' -Identity sip:kenm');
    await shell.complete('sip:kenmyer@contoso.com');
    shell.type(' -Pol');
    await shell.complete('-PolicyName');
    shell.type(' Xm');
    await shell.complete('XmppPilot');
    await shell.enter();
    expect(shell.since('Grant-CsExternalAccessPolicy')).not.toMatch(/Grant-CsExternalAccessPolicy :/);

    shell.type('Get-CsUser kenmyer@contoso.com | fl DisplayName,ExternalAccessPolicy');
    const granted = await shell.enter();
    expect(granted).toMatch(/DisplayName\s+: Ken Myer\nExternalAccessPolicy : XmppPilot/);

    shell.type('Remove-CsExternalAccessPolicy -Identity XmppPilot');
    shell.keys('Enter');
    const asked = await shell.waitFor((s) => s.includes('[Y] Yes  [N] No  [S] Suspend  [?] Help (default is "Y"):'), 'the in-use prompt');
    expect(asked).toContain('The policy "XmppPilot" is currently assigned to one or more users.');
    shell.type('n');
    await shell.enter();

    shell.type('Get-CsExternalAccessPolicy -Filter tag:* | ft Identity,EnableXmppAccess -AutoSize');
    const kept = await shell.enter();
    expect(kept.slice(kept.lastIndexOf('-Filter tag:*'))).toMatch(/Identity\s+EnableXmppAccess\n-+\s+-+\nTag:XmppPilot\s+True/);

    shell.type('exit');
    shell.keys('Enter');
    await shell.waitFor(() => !shell.alive(), 'the shell to exit');
  });

  it('Edge certificate on the Edge server: path and thumbprint completion, assignment, exit back, Test-CsXmppIM passes', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'csshell-term-'));
    mkdirSync(join(dir, 'certs'));
    const pfx = join(process.cwd(), 'fixtures', 'certs', 'edge-external.pfx');
    copyFileSync(pfx, join(dir, 'certs', 'edge-external.pfx'));
    const thumbprint = thumbprintOf(readCertificateFile(readFileSync(pfx), 'Contoso!2026').certificates[0]!);
    batch(
      dir,
      'Set-CsExternalAccessPolicy global -EnableFederationAccess $true -EnableXmppAccess $true; Set-CsAccessEdgeConfiguration -AllowFederatedUsers $true; New-CsXmppAllowedPartner gmail.com -TlsNegotiation NotSupported -SaslNegotiation NotSupported -SupportDialbackNegotiation $true | Out-Null',
    );
    const shell = await startShell(dir);

    shell.type('Enter-PSSession -ComputerName edge01.contoso.com');
    await shell.enter();
    expect(shell.line()).toBe(`[edge01.contoso.com]: ${PROMPT}`);

    shell.type('Import-CsCertificate -Path C:\\certs\\edge-ext');
    await shell.complete('C:\\certs\\edge-external.pfx');
    shell.type(" -Password 'Contoso!2026' -PrivateKeyExportable $true");
    await shell.enter();
    expect(shell.since('Import-CsCertificate')).not.toContain('Import-CsCertificate :');

    shell.type('Set-CsCertificate -Type AccessEdgeExternal,DataEdgeExternal,AudioVideoAuthentication,Xmpp');
    await shell.complete(',XMPPServer');
    shell.type(' -Thum');
    await shell.complete('-Thumbprint');
    shell.type(` ${thumbprint.slice(0, 6)}`);
    await shell.complete(thumbprint);
    await shell.enter();
    expect(shell.since('Set-CsCertificate -Type')).not.toContain('Set-CsCertificate :');

    shell.type('Get-CsCertificate | ft Use,Thumbprint -AutoSize');
    const listed = await shell.enter();
    const table = listed.slice(listed.lastIndexOf('Get-CsCertificate | ft'));
    for (const use of ['AccessEdgeExternal', 'DataEdgeExternal', 'AudioVideoAuthentication', 'XMPPServer']) expect(table).toMatch(new RegExp(`${use}\\s+${thumbprint}`));

    shell.type('exit');
    await shell.enter();
    expect(shell.line()).toBe(PROMPT);

    shell.type('Test-CsXmppIM -TargetFqdn pool01.contoso.com -Receiver pal@gmail.com -UserSipAddress sip:kenmyer@contoso.com');
    const tested = await shell.enter();
    expect(tested.slice(tested.lastIndexOf('Test-CsXmppIM'))).toMatch(/Target Fqdn\s+: pool01\.contoso\.com\nResult\s+: Success\n/);
  });

  it('Google Talk partner: enum completion, the mandatory Identity prompt, and a declined -Confirm', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'csshell-term-'));
    const shell = await startShell(dir);

    shell.type('New-CsXmppAllowedPartner gmail.com -Tls');
    await shell.complete('-TlsNegotiation');
    shell.type(' NotS');
    await shell.complete('NotSupported');
    shell.type(' -Sasl');
    await shell.complete('-SaslNegotiation');
    shell.type(' nots');
    await shell.complete('NotSupported');
    shell.type(' -EnableK');
    await shell.complete('-EnableKeepAlive');
    shell.type(' $false -SupportD');
    await shell.complete('-SupportDialbackNegotiation');
    shell.type(' $true');
    const partner = await shell.enter();
    expect(partner).toMatch(/TlsNegotiation\s+: NotSupported\nSaslNegotiation\s+: NotSupported\nSupportDialbackNegotiation : True\nEnableKeepAlive\s+: False/);

    shell.type('Set-CsAccessEdgeConfiguration -AllowF');
    await shell.complete('-AllowFederatedUsers');
    shell.type(' $true');
    await shell.enter();

    shell.type('New-CsExternalAccessPolicy -EnableXmppAccess $true -EnableFederationAccess $true');
    shell.keys('Enter');
    await shell.waitFor((s) => /Supply values for the following parameters:\nIdentity: ?$/m.test(s.trimEnd()), 'the Identity prompt');
    shell.type('GTalkUsers');
    const created = await shell.enter();
    expect(created).toMatch(/Identity\s+: Tag:GTalkUsers/);

    shell.type('Get-CsUser | Grant-CsExternalAccessPolicy -PolicyName GTalkUsers');
    await shell.enter();
    shell.type('(Get-CsUser -Filter {ExternalAccessPolicy -eq "GTalkUsers"}).Count -eq (Get-CsUser).Count');
    const all = await shell.enter();
    expect(all.slice(all.lastIndexOf('.Count -eq'))).toMatch(/\nTrue\n/);

    shell.type('Remove-CsXmppAllowedPartner -Identity gm');
    await shell.complete('gmail.com');
    shell.type(' -Confirm');
    shell.keys('Enter');
    const confirm = await shell.waitFor((s) => s.includes('[Y] Yes  [A] Yes to All  [N] No  [L] No to All  [S] Suspend  [?] Help (default is "Y"):'), 'the confirmation');
    expect(confirm).toContain('Performing the operation "Remove-CsXmppAllowedPartner" on target "gmail.com".');
    shell.type('n');
    await shell.enter();
    shell.type('Get-CsXmppAllowedPartner | ft Identity,TlsNegotiation -AutoSize');
    const kept = await shell.enter();
    expect(kept.slice(kept.lastIndexOf('Get-CsXmppAllowedPartner | ft'))).toMatch(/gmail\.com\s+NotSupported/);
  });

  // Tab after `$p.` completes the members of the variable's current value, as PowerShell
  // does for live variables ($p.Part<Tab> -> $p.PartnerType).
  it('completes a property name of a partner kept in a variable', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'csshell-term-'));
    const shell = await startShell(dir);
    shell.type('$p = New-CsXmppAllowedPartner gmail.com -TlsNegotiation NotSupported -SaslNegotiation NotSupported');
    await shell.enter();
    shell.type('$p.Part');
    shell.keys('Tab');
    await shell.waitFor(() => shell.line().endsWith('$p.PartnerType'), 'the member name', 3000);
  });
});
