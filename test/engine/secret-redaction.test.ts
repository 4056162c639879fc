// Redaction of secrets in command text, decided by what the binder knows: parameters that take a
// password, passphrase, SecureString or credential (by the catalog's types and names), however the
// parameter is abbreviated, the variables and hashtable keys that carry them, and the session's
// learned secret variables and values.
import { describe, expect, it } from 'vitest';
import { redactSecrets } from '../../src/engine/secrets/redact.js';
import { newEngine } from '../helpers/run.js';
import { parse } from '../../src/lang/parser.js';
import { fixtureScripts, fuzzInputs } from '../lang/fuzzInputs.js';
import { builtins } from '../../src/cmdlets/index.js';

const MASKED: [string, string][] = [
  ["Import-CsCertificate -Path C:\\certs\\edge.pfx -Passw 'Pfx-Secret-1'", "Import-CsCertificate -Path C:\\certs\\edge.pfx -Passw '********'"],
  ['Import-CsCertificate -pass Pfx-Secret-1 -Path a.pfx', 'Import-CsCertificate -pass ******** -Path a.pfx'],
  ['Import-CsCertificate -Password:"Pfx-Secret-1" -Path a.pfx', 'Import-CsCertificate -Password:"********" -Path a.pfx'],
  ['Set-CsXmppGatewayConfiguration -DialbackPassphrase "Dial-1 two"', 'Set-CsXmppGatewayConfiguration -DialbackPassphrase "********"'],
  ['Set-CsXmppGatewayConfiguration -Dialback Dial-1', 'Set-CsXmppGatewayConfiguration -Dialback ********'],
  ['Request-CsCertificate -New -Type Default -CaAccount contoso\\admin -CaPassword Ca-Secret-9', 'Request-CsCertificate -New -Type Default -CaAccount contoso\\admin -CaPassword ********'],
  // An ambiguous prefix (-Password or -Path) is treated as the secret it may be.
  ['Set-CsCertificate -Type XmppServer -Pa Amb-1', 'Set-CsCertificate -Type XmppServer -Pa ********'],
  ["$pw = 'Pa55-word!'", "$pw = '********'"],
  ['$PfxPassword = "Pa55-word!"', '$PfxPassword = "********"'],
  ["ConvertTo-SecureString 'Plain-1' -AsPlainText -Force", "ConvertTo-SecureString '********' -AsPlainText -Force"],
  ["$s = 'Plain-2' | ConvertTo-SecureString -AsPlainText -Force", "$s = '********' | ConvertTo-SecureString -AsPlainText -Force"],
  [
    "$cred = New-Object System.Management.Automation.PSCredential('contoso\\admin', (ConvertTo-SecureString 'Cr3d-1' -AsPlainText -Force))",
    "$cred = New-Object System.Management.Automation.PSCredential('contoso\\admin', (ConvertTo-SecureString '********' -AsPlainText -Force))",
  ],
  ["$p = @{ Path = 'a.pfx'; Password = 'Splat-1' }; Import-CsCertificate @p", "$p = @{ Path = 'a.pfx'; Password = '********' }; Import-CsCertificate @p"],
  ["$c.DialbackPassphrase = 'Inst-1'", "$c.DialbackPassphrase = '********'"],
  ["Import-CsCertificate `\n  -Password 'ML-1' `\n  -Path a.pfx", "Import-CsCertificate `\n  -Password '********' `\n  -Path a.pfx"],
  ["$pw = @'\nHere-1\n'@", "$pw = @'\n********\n'@"],
  ['./deploy.ps1 -AdminPassword Script-1', './deploy.ps1 -AdminPassword ********'],
  ['Set-CsXmppGatewayConfiguration -DialbackPassphrase 12345678', 'Set-CsXmppGatewayConfiguration -DialbackPassphrase ********'],
];

const UNCHANGED = [
  'Get-CsCertificate -Type XmppServer',
  'Get-Help about_Passwords',
  "Write-Host 'hello'",
  'New-CsXmppAllowedPartner jabber.org -TlsNegotiation Required',
  "Get-CsUser -Identity 'sip:ken@contoso.com' -Credential $c",
  'Grant-CsExternalAccessPolicy -Identity ken -PolicyName XmppUsers -PassThru',
  "Import-CsCertificate -Path 'C:\\certs\\edge.pfx' -PrivateKeyExportable $true",
  'Set-CsCertificate -Type XmppServer -Pat C:\\x.pfx',
  'Test-CsXmppIM -TargetFqdn pool01.contoso.com -Receiver a@b.org -UserSipAddress sip:k@contoso.com -uc $cred',
  'Import-CsCertificate -Path a.pfx -Password $pw',
];

describe('redactSecrets (catalog and parser only)', () => {
  it.each(MASKED)('masks %j', (text, expected) => {
    expect(redactSecrets(text, builtins().cmdlets)).toBe(expected);
  });

  it.each(UNCHANGED)('leaves %j alone', (text) => {
    expect(redactSecrets(text, builtins().cmdlets)).toBe(text);
  });

  it('masks the strings of a line that does not parse', () => {
    const out = redactSecrets("Import-CsCertificate -Passw 'Broken-1' -Path (");
    expect(out).not.toContain('Broken-1');
    expect(out).toContain("-Passw '********'");
  });

  it.each([
    ["Write-Host 'hello' (", "Write-Host 'hello' ("],
    ["New-CsXmppAllowedPartner -Identity 'jabber.org' -TlsNegotiation Required (", "New-CsXmppAllowedPartner -Identity 'jabber.org' -TlsNegotiation Required ("],
    ["$pw = 'Broken-2' (", "$pw = '********' ("],
    ["Set-CsXmppGatewayConfiguration -DialbackPassphrase \"Broken-3\" -Identity (", 'Set-CsXmppGatewayConfiguration -DialbackPassphrase "********" -Identity ('],
  ])('of a line that does not parse, masks strings only where a secret may be: %j', (text, expected) => {
    expect(redactSecrets(text, builtins().cmdlets)).toBe(expected);
  });
});

describe('the session secrets', () => {
  it('learns a variable used as a secret: a later assignment to it is masked, and its value is scrubbed once bound', async () => {
    const { engine } = newEngine();
    const secrets = engine.services.secrets!;
    expect(secrets.redact("$x9 = 'Var-1-Secret'")).toBe("$x9 = 'Var-1-Secret'");
    await engine.execute("$x9 = 'Var-1-Secret'");
    const learned: string[] = [];
    secrets.onLearn((v) => learned.push(v));
    await engine.execute('Import-CsCertificate -Path C:\\missing.pfx -Password $x9');
    expect(learned).toContain('Var-1-Secret');
    expect(secrets.redact("$x9 = 'Var-2-Secret'")).toBe("$x9 = '********'");
    expect(secrets.scrub('the value was Var-1-Secret, then')).toBe('the value was ********, then');
    expect(secrets.redact('Write-Output Var-1-Secret')).toBe('Write-Output ********');
  });

  it('resolves user aliases and functions through the session', async () => {
    const { engine } = newEngine();
    await engine.execute('Set-Alias ics Import-CsCertificate; function Connect-Lab([SecureString]$Key, [string]$Name) { }');
    const secrets = engine.services.secrets!;
    expect(secrets.redact("ics -Path a.pfx -Passw 'Alias-1'")).toBe("ics -Path a.pfx -Passw '********'");
    expect(secrets.redact("Connect-Lab -Key 'Fn-1' -Name lab")).toBe("Connect-Lab -Key '********' -Name lab");
  });

  it('short values are only masked where they are written, not scrubbed from other text', () => {
    const { engine } = newEngine();
    const secrets = engine.services.secrets!;
    expect(secrets.redact("Import-CsCertificate -Path a.pfx -Password 'ab'")).toBe("Import-CsCertificate -Path a.pfx -Password '********'");
    expect(secrets.scrub('a cab and a table')).toBe('a cab and a table');
  });
});

describe('redaction over whole scripts', () => {
  it('keeps every fixture script parseable, and masks the passwords some of them hold', () => {
    let masked = 0;
    for (const text of fixtureScripts()) {
      const out = redactSecrets(text, builtins().cmdlets);
      expect(parse(out).errors.map((e) => e.message)).toEqual([]);
      if (out !== text) masked++;
    }
    expect(masked).toBeGreaterThan(0);
  });

  it('never throws on mutated scripts', () => {
    for (const text of fuzzInputs(300)) expect(typeof redactSecrets(text, builtins().cmdlets)).toBe('string');
  });
});
