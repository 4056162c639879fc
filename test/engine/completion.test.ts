// The engine's completion service against a real store (the demo deployment), the catalog and the
// argument completers the Skype cmdlets register.
import { beforeAll, describe, expect, it } from 'vitest';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { builtins } from '../../src/cmdlets/index.js';
import { completeInput, type CompletionSession } from '../../src/engine/completion/index.js';
import { openStore } from '../../src/store/open.js';
import { completionQueryPlans, insertGeneratedUsers } from '../../src/store/completion.js';
import type { Store } from '../../src/store/store.js';
import { PSHashtable, PSObject } from '../../src/engine/runtime/values.js';
import { insertDocument } from '../../src/store/configRepository.js';
import { addStoredCertificate } from '../../src/store/certificateRepository.js';
import { readFileSync } from 'node:fs';
import { repoRoot } from '../helpers/cli.js';
import { evalPs } from '../helpers/run.js';

let store: Store;
let ctx: CompletionSession;
let sandbox: string;

beforeAll(() => {
  store = openStore(':memory:');
  insertDocument(store, 'ExternalAccessPolicy', 'tag', { Identity: 'Tag:XmppUsers' });
  insertDocument(store, 'XmppAllowedPartner', 'relative', { Identity: 'jabber.org' });
  sandbox = mkdtempSync(join(tmpdir(), 'csshell-complete-'));
  mkdirSync(join(sandbox, 'certs'));
  writeFileSync(join(sandbox, 'certs', 'edge.pfx'), '');
  writeFileSync(join(sandbox, 'users.csv'), '');
  ctx = {
    store,
    session: { localComputer: 'fe01.contoso.com', workingDirectory: sandbox, interactive: true },
    completers: builtins().completers,
    variableNames: () => ['partner', 'pfxFile'],
  };
});

const texts = (line: string, cursor = line.length): string[] => completeInput(line, cursor, ctx).candidates.map((c) => c.text);

describe('command names', () => {
  it('completes a prefix to the cmdlet', () => {
    expect(texts('New-CsXmpp')).toEqual(['New-CsXmppAllowedPartner']);
    const r = completeInput('New-CsXmpp', 10, ctx);
    expect([r.replacementStart, r.replacementLength]).toEqual([0, 10]);
  });

  it('matches wildcards anywhere in the name', () => {
    const all = texts('*xmpp*');
    expect(all).toContain('Get-CsXmppAllowedPartner');
    expect(all).toContain('Set-CsXmppGatewayConfiguration');
    expect(all.every((n) => /xmpp/i.test(n))).toBe(true);
  });

  it('honours [ ] sets and backtick escapes as PowerShell wildcards do', () => {
    expect(texts('[GS]et-CsXmppA*')).toEqual(['Get-CsXmppAllowedPartner', 'Set-CsXmppAllowedPartner']);
    expect(texts('[N-R]*-CsXmppAllowedPartner')).toEqual(['New-CsXmppAllowedPartner', 'Remove-CsXmppAllowedPartner']);
    // An escaped `*` is a literal star: no cmdlet has one in its name; an escaped letter is the letter.
    expect(texts('Get-Cs`*')).toEqual([]);
    expect(texts('Get-CsXmpp`A*')).toEqual(['Get-CsXmppAllowedPartner']);
    // An unclosed `[` is a literal bracket, never an error.
    expect(texts('Get-[*')).toEqual([]);
  });

  it('completes the command after an assignment and after a pipe', () => {
    expect(texts('$p = Get-CsXmppAll')).toEqual(['Get-CsXmppAllowedPartner']);
    expect(texts('Get-CsXmppAllowedPartner | Remove-CsXmpp')).toEqual(['Remove-CsXmppAllowedPartner']);
  });
});

describe('parameter names', () => {
  it('completes after a dash only', () => {
    expect(texts('New-CsXmppAllowedPartner -Tls')).toEqual(['-TlsNegotiation']);
    expect(texts('New-CsXmppAllowedPartner Tls')).not.toContain('-TlsNegotiation');
  });

  it('leaves out parameters already bound and those of other parameter sets', () => {
    const afterIdentity = texts('Get-CsExternalAccessPolicy -Identity Global -');
    expect(afterIdentity).not.toContain('-Identity');
    expect(afterIdentity).not.toContain('-Filter');
    expect(afterIdentity).toContain('-LocalStore');
    expect(texts('New-CsXmppAllowedPartner -Domain x.org -')).not.toContain('-Identity');
  });

  it('knows switches take no value (the next word is a parameter again)', () => {
    expect(texts('New-CsXmppAllowedPartner -WhatIf -Tls')).toEqual(['-TlsNegotiation']);
    expect(texts('Remove-CsXmppAllowedPartner -Force -')).not.toContain('-Force');
  });

  it('offers the common parameters', () => {
    expect(texts('Get-CsSite -ErrorA')).toEqual(['-ErrorAction']);
  });
});

describe('parameter values', () => {
  it('completes enum values', () => {
    expect(texts('New-CsXmppAllowedPartner -TlsNegotiation Req')).toEqual(['Required']);
    expect(texts('New-CsXmppAllowedPartner -PartnerType Public')).toEqual(['PublicVerified', 'PublicUnverified']);
    expect(texts('New-CsXmppAllowedPartner -PartnerType:Fed')).toEqual(['Federated']);
    expect(texts('Request-CsCertificate -Type Default,Xm')).toEqual(['Default,XMPPServer']);
  });

  it('completes $true / $false for Boolean parameters', () => {
    expect(texts('Set-CsExternalAccessPolicy -EnableXmppAccess $t')).toEqual(['$true']);
  });

  it('completes policy identities and per-user policy names from the store', () => {
    expect(texts('Get-CsExternalAccessPolicy -Identity ')).toEqual(['Global', 'Tag:XmppUsers', 'XmppUsers']);
    expect(texts('Set-CsExternalAccessPolicy Xm')).toEqual(['XmppUsers']);
    expect(texts('Grant-CsExternalAccessPolicy -PolicyName x')).toEqual(['XmppUsers']);
  });

  it('completes partner domains for the XMPP partner cmdlets', () => {
    expect(texts('Remove-CsXmppAllowedPartner -Identity jab')).toEqual(['jabber.org']);
    expect(texts('Set-CsXmppAllowedPartner jab')).toEqual(['jabber.org']);
  });

  it('completes SIP addresses and display names of users', () => {
    expect(texts('Get-CsUser ken')).toEqual(['sip:kenmyer@contoso.com', "'Ken Myer'"]);
    expect(texts('Grant-CsExternalAccessPolicy -Identity sip:pil')).toEqual(['sip:pilar@contoso.com']);
  });

  it('completes accounts not yet enabled for Enable-CsUser', () => {
    expect(texts('Enable-CsUser -Identity Nor')).toEqual(["'Nora Lindgren'"]);
    expect(texts('Get-CsUser Nor')).toEqual([]);
  });

  it('offers only Registrar pools where users are homed or tested, and Edge services for the federation route', () => {
    expect(texts('Move-CsUser -Identity x -Target ')).toEqual(['pool01.contoso.com', 'pool02.contoso.com']);
    expect(texts('Test-CsXmppIM -TargetFqdn pool')).toEqual(['pool01.contoso.com', 'pool02.contoso.com']);
    expect(texts('Set-CsSite -Identity Redmond -XmppFederationRoute ')).toEqual(['EdgeServer:edge01.contoso.com']);
    expect(texts('Set-CsSite -Identity Redmond -XmppFederationRoute edge')).toEqual(['EdgeServer:edge01.contoso.com']);
  });

  it('completes members of a variable\'s value after a dot', () => {
    const partner = new PSObject('Deserialized.XmppAllowedPartner', { Identity: 'gmail.com', PartnerType: 'PublicUnverified', ProxyFqdn: null });
    const withValues = { ...ctx, variableValue: (name: string) => (name.toLowerCase() === 'p' ? partner : name === 'list' ? [partner] : undefined) };
    const offer = (line: string): string[] => completeInput(line, line.length, withValues).candidates.map((c) => c.text);
    expect(offer('$p.Part')).toEqual(['$p.PartnerType']);
    // Properties first, then the methods (with their parenthesis), as PowerShell offers them.
    expect(offer('$p.')).toEqual(['$p.Identity', '$p.PartnerType', '$p.ProxyFqdn', '$p.Equals(', '$p.GetHashCode(', '$p.GetType(', '$p.ToString(']);
    expect(offer('Write-Output $list.Ide')).toEqual(['$list.Identity']);
    expect(offer('$list.Co')).toEqual(['$list.Count', '$list.Contains(']);
    expect(offer('$nothing.')).toEqual([]);
  });

  it('completes sites, pools and computers', () => {
    expect(texts('Get-CsSite -Identity Red')).toEqual(['Redmond']);
    expect(texts('Get-CsPool -Identity pool0')).toEqual(['pool01.contoso.com', 'pool02.contoso.com']);
    expect(texts('Get-CsWindowsService -ComputerName edge')).toEqual(['edge01.contoso.com']);
  });

  it('completes thumbprints of the local computer\'s certificates', () => {
    const der = (file: string): Buffer =>
      Buffer.from(readFileSync(join(repoRoot, 'fixtures', 'certs', file), 'utf8').replace(/-----[A-Z ]+-----|\s/g, ''), 'base64');
    const edge = addStoredCertificate(store, 'fe01.contoso.com', { der: der('edge-external.cer') });
    const root = addStoredCertificate(store, 'fe01.contoso.com', { der: der('fabrikam-root.cer') });
    addStoredCertificate(store, 'edge01.contoso.com', { der: der('edge-external.cer') });
    expect(texts(`Set-CsCertificate -Type Default -Thumbprint ${edge.slice(0, 4).toLowerCase()}`)).toEqual([edge]);
    expect(texts('Set-CsCertificate -Type Default -Thumbprint ').sort()).toEqual([edge, root].sort());
    // Both certificates on fe02; the one whose thumbprint sorts last gets a private key and must come first.
    const both = [addStoredCertificate(store, 'fe02.contoso.com', { der: der('fabrikam-root.cer') }), addStoredCertificate(store, 'fe02.contoso.com', { der: der('edge-external.cer') })].sort();
    const withKey = both[1]!;
    const withoutKey = both[0]!;
    addStoredCertificate(store, 'fe02.contoso.com', { der: der(withKey === edge ? 'edge-external.cer' : 'fabrikam-root.cer'), privateKeyPem: 'key' });
    const fe02 = { ...ctx, session: { localComputer: 'fe02.contoso.com', workingDirectory: sandbox, interactive: true } };
    const line = 'Set-CsCertificate -Type Default -Thumbprint ';
    expect(completeInput(line, line.length, fe02).candidates.map((c) => c.text)).toEqual([withKey, withoutKey]);
  });

  it('completes file paths in the sandbox', () => {
    expect(texts('Import-CsCertificate -Path ce')).toEqual(['.\\certs']);
    expect(texts('Import-CsCertificate -Path .\\certs\\')).toEqual(['.\\certs\\edge.pfx']);
    expect(texts('Export-CsConfiguration -FileName us')).toEqual(['.\\users.csv']);
  });

  it('completes paths from the current location (after Set-Location)', () => {
    const inCerts = { ...ctx, session: { ...ctx.session, location: 'certs' } };
    const line = 'Import-CsCertificate -Path ed';
    expect(completeInput(line, line.length, inCerts).candidates.map((c) => c.text)).toEqual(['.\\edge.pfx']);
  });

  it('completes the members of strings and hashtables from the member model', () => {
    const h = new PSHashtable();
    h.set('Site', 'Redmond');
    const values: Record<string, unknown> = { s: 'sip:ken@contoso.com', h };
    const session = { ...ctx, variableValue: (name: string) => values[name] };
    const offer = (line: string): string[] => completeInput(line, line.length, session).candidates.map((c) => c.text);
    expect(offer('$s.Sub')).toEqual(['$s.Substring(']);
    expect(offer('$s.Len')).toEqual(['$s.Length']);
    expect(offer('$s.To')).toEqual(['$s.ToCharArray(', '$s.ToLower(', '$s.ToLowerInvariant(', '$s.ToString(', '$s.ToUpper(', '$s.ToUpperInvariant(']);
    // A hashtable's keys read as properties, beside its own members.
    expect(offer('$h.S')).toEqual(['$h.Site']);
    expect(offer('$h.Co')).toEqual(['$h.Count', '$h.Contains(', '$h.ContainsKey(', '$h.ContainsValue(']);
    expect(offer('$h.Site.Len')).toEqual(['$h.Site.Length']);
  });

  it('completes the members of script blocks and regexes from their tables', async () => {
    const [sb, re] = (await evalPs("{ 10 }; [regex]'\\d+'")).values;
    const values: Record<string, unknown> = { sb, re };
    const session = { ...ctx, variableValue: (name: string) => values[name] };
    const offer = (line: string): string[] => completeInput(line, line.length, session).candidates.map((c) => c.text);
    expect(offer('$sb.Inv')).toEqual(['$sb.Invoke(', '$sb.InvokeReturnAsIs(']);
    expect(offer('$sb.F')).toEqual(['$sb.File']);
    expect(offer('$re.Ma')).toEqual(['$re.MatchTimeout', '$re.Match(', '$re.Matches(']);
    expect(offer('$re.O')).toEqual(['$re.Options']);
  });

  it('completes variable names after $', () => {
    expect(texts('Get-CsUser $pa')).toEqual(['$partner']);
    expect(texts('$pf')).toEqual(['$pfxFile']);
  });
});

describe('store queries', () => {
  it('use indexes (no table scans)', () => {
    const plans = completionQueryPlans(store);
    for (const plan of Object.values(plans)) {
      expect(plan).toMatch(/USING (COVERING )?INDEX/);
      expect(plan).not.toMatch(/^SCAN/);
    }
  });

  it('stay bounded with many users', () => {
    const big = openStore(':memory:');
    insertGeneratedUsers(big, 5000);
    const bigCtx = { ...ctx, store: big };
    const r = completeInput('Get-CsUser sip:user00', 21, bigCtx);
    expect(r.candidates.length).toBe(100);
    expect(r.candidates[0]!.text).toBe('sip:user000001@contoso.com');
    big.close();
  });
});
