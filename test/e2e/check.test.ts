// `csshell check`: offline checking of scripts against the cmdlets' real parameters.

import { mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkScript } from '../../src/engine/check/scriptCheck.js';
import { builtins } from '../../src/cmdlets/index.js';
import { repoRoot, runCli } from '../helpers/cli.js';

async function ids(script: string): Promise<string[]> {
  return (await checkScript(script, undefined, { cmdlets: builtins().cmdlets })).map((f) => `${f.line}:${f.column} ${f.errorId}`);
}

describe('checkScript', () => {
  it('accepts a correct XMPP setup', async () => {
    const script = [
      'New-CsExternalAccessPolicy -Identity XmppUsers -EnableFederationAccess $true -EnableXmppAccess $true',
      'Get-CsUser -Filter { Department -eq "Sales" } | Grant-CsExternalAccessPolicy -PolicyName XmppUsers',
      'New-CsXmppAllowedPartner jabber.org -TlsNegotiation req -SaslNegotiation Required -PartnerType fed',
      'Set-CsAccessEdgeConfiguration -AllowFederatedUsers $true',
      'Set-CsCertificate -Type AccessEdgeExternal,XmppServer -Thumbprint $thumb',
    ].join('\n');
    expect(await ids(script)).toEqual([]);
  });

  it('reports a misspelt enum value at the argument', async () => {
    const f = await checkScript('New-CsXmppAllowedPartner -Identity jabber.org -TlsNegotiation Requried', undefined, { cmdlets: builtins().cmdlets });
    expect(f).toHaveLength(1);
    expect(f[0]!.column).toBe(63);
    expect(f[0]!.message).toContain('Unable to match the identifier name Requried to a valid enumerator name.');
  });

  it('reports the string "true" given to a Boolean parameter', async () => {
    const f = await checkScript('Set-CsExternalAccessPolicy -EnableXmppAccess true', undefined, { cmdlets: builtins().cmdlets });
    expect(f[0]!.message).toBe("Cannot convert 'System.String' to the type 'System.Boolean' required by parameter 'EnableXmppAccess'. ");
  });

  it('reports unknown and ambiguous parameters, set conflicts and missing mandatory parameters', async () => {
    const script = [
      'New-CsExternalAccessPolicy -Identity X -Bogus 1',
      'New-CsExternalAccessPolicy -Identity Y -Enable $true',
      'New-CsXmppAllowedPartner -Identity a.com -Domain b.com',
      'New-CsExternalAccessPolicy',
      'Get-CsExternalAccessPolicy -Identity Global -Filter "tag:*"',
    ].join('\n');
    expect(await ids(script)).toEqual([
      '1:40 NamedParameterNotFound',
      '2:40 AmbiguousParameter',
      '3:1 AmbiguousParameterSet',
      '4:1 MissingMandatoryParameter',
      '5:1 AmbiguousParameterSet',
    ]);
  });

  it('reports unknown commands but not functions defined in the script', async () => {
    const script = 'function Set-Lab { "x" }\nSet-Lab\nGet-CsXmppPartner\n';
    expect(await ids(script)).toEqual(['3:1 CommandNotFoundException']);
  });

  it('knows aliases and leaves pipeline-bound mandatory parameters to run time', async () => {
    expect(await ids('Get-CsXmppAllowedPartner | ? { $_.TlsNegotiation -ne "Required" } | Remove-CsXmppAllowedPartner')).toEqual([]);
  });

  it('does not judge values computed at run time, nor splatted commands', async () => {
    expect(await ids('$v = $true; Set-CsExternalAccessPolicy -EnableXmppAccess $v; $p = @{}; $p.Bogus = 1; New-CsXmppAllowedPartner @p')).toEqual([]);
  });

  it('reports parse errors first', async () => {
    const f = await checkScript('if ($true {', undefined, { cmdlets: builtins().cmdlets });
    expect(f[0]!.errorId).toBe('ParserError');
  });
});

describe('csshell check', () => {
  it('passes every fixture script', () => {
    const dir = join(repoRoot, 'fixtures', 'scripts');
    const files = readdirSync(dir).filter((f) => f.endsWith('.ps1')).map((f) => join(dir, f));
    const r = runCli(['check', ...files]);
    expect(r.stdout).toBe('');
    expect(r.status).toBe(0);
  });

  it('prints file:line:col findings and exits 1', () => {
    const dir = mkdtempSync(join(tmpdir(), 'csshell-check-'));
    const file = join(dir, 'rollout.ps1');
    writeFileSync(file, '# rollout\nNew-CsXmppAllowedPartner gmail.com -SaslNegotiation Never\n');
    const r = runCli(['check', file]);
    expect(r.stdout).toMatch(new RegExp(`^${file.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}:2:53: New-CsXmppAllowedPartner: Cannot bind parameter 'SaslNegotiation'`));
    expect(r.stderr).toBe('1 problem found\n');
    expect(r.status).toBe(1);
  });
});

describe('checkScript and filter script blocks', () => {
  it('does not read a -Filter script block given by any unique prefix as commands', async () => {
    expect(await ids('$s = "x"; Get-CsAdUser -f {SamAccountName -like $s}; Get-CsUser -Fi { DisplayName -like "K*" }')).toEqual([]);
  });
  it('still checks commands inside script blocks given to ScriptBlock parameters', async () => {
    expect(await ids('Get-CsUser | ForEach-Object { Get-CsNothing }')).toEqual(['1:31 CommandNotFoundException']);
  });
});
