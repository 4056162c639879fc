// `csshell run <file> --dry-run` and `-c … --dry-run` through the built CLI: the script runs against a
// throw-away copy of the store and the changes it would make are printed; the store keeps its bytes.

import { createHash } from 'node:crypto';
import { existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../helpers/cli.js';

const dir = mkdtempSync(join(tmpdir(), 'csshell-dry-run-'));
const db = join(dir, 'contoso.db');
const hash = () => createHash('sha256').update(readFileSync(db)).digest('hex');

/** The XMPP federation procedure of the xmpp-federation lab, as one script. */
const XMPP_PROCEDURE = [
  'New-CsExternalAccessPolicy -Identity XmppUsers -EnableFederationAccess $true -EnableXmppAccess $true | Out-Null',
  'Grant-CsExternalAccessPolicy -Identity sip:kenmyer@contoso.com -PolicyName XmppUsers',
  'New-CsXmppAllowedPartner -Identity jabber.org -TlsNegotiation Required -SaslNegotiation Required | Out-Null',
  'Set-CsAccessEdgeConfiguration -AllowFederatedUsers $true',
  'Enter-PSSession -ComputerName edge01.contoso.com',
  'Request-CsCertificate -New -Type AccessEdgeExternal,XmppServer -CA "ca.contoso.com\\Contoso Lab CA" -KeySize 1024 -Output C:\\Users\\Administrator\\edge.req | Out-Null',
  '$t = (Request-CsCertificate -List | Select-Object -Last 1).Thumbprint',
  'Set-CsCertificate -Type AccessEdgeExternal,XmppServer -Thumbprint $t',
  'Exit-PSSession',
].join('\n');

interface Change {
  type: string;
  identity: string;
  change: string;
  properties: { name: string; before?: unknown; after?: unknown }[];
}

beforeAll(() => {
  expect(runCli(['--store', db, '-c', 'Get-CsSite | Out-Null']).status).toBe(0);
  writeFileSync(join(dir, 'xmpp.ps1'), XMPP_PROCEDURE);
});

describe('run --dry-run', () => {
  it('lists exactly the changes of the XMPP federation procedure and leaves the store as it was', () => {
    const before = hash();
    const r = runCli(['--store', db, 'run', 'xmpp.ps1', '--dry-run', '--format', 'json'], { cwd: dir });
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    const changes = JSON.parse(r.stdout).changes as Change[];
    expect(changes.map((c) => `${c.change} ${c.type} ${c.identity.replace(/^[0-9A-F]{40}/, '<thumbprint>')}`)).toEqual([
      'added ExternalAccessPolicy Tag:XmppUsers',
      'added XmppAllowedPartner jabber.org',
      'changed AccessEdgeConfiguration Global',
      'changed User sip:kenmyer@contoso.com',
      'added Certificate <thumbprint> on edge01.contoso.com',
      'added CertificateAssignment AccessEdgeExternal on edge01.contoso.com',
      'added CertificateAssignment XMPPServer on edge01.contoso.com',
      'added CertificateRequest Request 1 on edge01.contoso.com',
    ]);
    const prop = (c: Change | undefined, name: string) => c?.properties.find((p) => p.name === name);
    const policy = changes[0];
    expect([prop(policy, 'EnableFederationAccess')?.after, prop(policy, 'EnableXmppAccess')?.after]).toEqual([true, true]);
    expect(prop(changes[1], 'TlsNegotiation')?.after).toBe('Required');
    expect(changes[2]!.properties).toEqual([{ name: 'AllowFederatedUsers', before: false, after: true }]);
    expect(changes[3]!.properties).toEqual([{ name: 'ExternalAccessPolicy', before: null, after: 'XmppUsers' }]);
    const thumbprint = changes[4]!.identity.slice(0, 40);
    expect(prop(changes[6], 'Thumbprint')?.after).toBe(thumbprint);
    expect(hash()).toBe(before);
    expect(readdirSync(dir).filter((f) => f.startsWith('contoso.db')).sort()).toEqual(['contoso.db', 'contoso.db.key']);
    expect(runCli(['--store', db, '-c', '@(Get-CsXmppAllowedPartner).Count; (Get-CsAccessEdgeConfiguration).AllowFederatedUsers']).stdout).toBe('0\nFalse\n');
  });

  it('prints a readable diff grouped by object type, after the script output', () => {
    const r = runCli(['--store', db, '-c', '"working"; Set-CsAccessEdgeConfiguration -AllowFederatedUsers $true', '--dry-run'], { cwd: dir });
    expect(r.stdout).toMatch(/^working\n/);
    expect(r.stdout).toContain('AccessEdgeConfiguration\n  ~ Global\n      AllowFederatedUsers: False → True\n');
    expect(r.stdout).toContain('1 object: 0 added, 1 changed, 0 removed\n');
    expect(r.status).toBe(0);
  });

  it('shows errors as a real run does, the changes up to a failure, and the real exit code', () => {
    writeFileSync(join(dir, 'halfway.ps1'), 'New-CsXmppAllowedPartner -Identity a.example | Out-Null\nthrow "stopped here"\nNew-CsXmppAllowedPartner -Identity b.example\n');
    const r = runCli(['--store', db, 'run', 'halfway.ps1', '--dry-run'], { cwd: dir });
    expect(r.stderr).toContain('stopped here');
    expect(r.stdout).toContain('XmppAllowedPartner\n  + a.example\n');
    expect(r.stdout).not.toContain('b.example');
    expect(r.status).toBe(1);
    writeFileSync(join(dir, 'exit.ps1'), 'New-CsAllowedDomain -Identity fabrikam.com | Out-Null\nexit 3\n');
    const exited = runCli(['--store', db, 'run', 'exit.ps1', '--dry-run'], { cwd: dir });
    expect(exited.stdout).toContain('AllowedDomain\n  + fabrikam.com\n');
    expect(exited.status).toBe(3);
  });

  it('does not create a store that does not exist, and says so when nothing changes', () => {
    const absent = join(dir, 'never.db');
    const r = runCli(['--store', absent, '-c', 'Get-CsSite | Out-Null', '--dry-run'], { cwd: dir });
    expect(r.stdout).toContain('No changes.\n');
    expect(existsSync(absent)).toBe(false);
  });

  it('takes --format before or after --dry-run, and leaves a command without --dry-run alone', () => {
    const json = runCli(['--store', db, '-c', 'Set-CsAccessEdgeConfiguration', '-AllowFederatedUsers', '$true', '--format', 'json', '--dry-run'], { cwd: dir });
    expect(JSON.parse(json.stdout).summary).toEqual({ added: 0, changed: 1, removed: 0 });
    const plain = runCli(['--store', ':memory:', '-c', 'Write-Output', '--format', 'json']);
    expect(plain.stdout).toBe('--format\njson\n');
  });

  it('passes arguments after --dry-run to the script, and refuses an unknown format', () => {
    writeFileSync(join(dir, 'args.ps1'), '"args: $args"\n');
    expect(runCli(['--store', db, 'run', 'args.ps1', '--dry-run', 'one', '--dry-run'], { cwd: dir }).stdout).toMatch(/^args: one --dry-run\n/);
    const bad = runCli(['--store', db, 'run', 'args.ps1', '--dry-run', '--format', 'xml'], { cwd: dir });
    expect(bad.status).toBe(2);
    expect(bad.stderr).toContain("unknown format 'xml'");
  });
});
