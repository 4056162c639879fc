// Every admin script in fixtures/scripts parses without errors and runs cleanly against the demo
// deployment through the real CLI (`csshell run`), each on a fresh throw-away store, and prints what a
// correct run prints.

import { cpSync, mkdtempSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { repoRoot, runCli } from '../helpers/cli.js';

const scriptsDir = join(repoRoot, 'fixtures', 'scripts');

/**
 * What each script shows when it does its job on the demo deployment (44 enabled users, 26 on pool01,
 * 9 of them in Sales; Redmond routes XMPP through edge01): lines that only a correct run prints.
 */
const EXPECTED: Record<string, RegExp[]> = {
  '01-xmpp-policy-site.ps1': [/^Created policy site:Redmond$/m, /^Site:Redmond True +True$/m],
  '02-xmpp-policy-per-user.ps1': [/^Granted XmppUsers to 2 user\(s\)$/m],
  '03-partners-from-csv.ps1': [/^created  jabber\.org$/m, /^xmpp\.fabrikam\.com Optional +NotSupported +Federated$/m, /^gmail\.com +NotSupported +NotSupported +PublicUnverified$/m],
  '04-google-talk-partner.ps1': [/^PartnerType +: PublicUnverified$/m, /^gmail\.com +TLS=NotSupported SASL=NotSupported Dialback=True$/m],
  '05-edge-federation.ps1': [/^Federation enabled on the Access Edge$/m, /^AllowFederatedUsers : True$/m, /^RoutingMethod +: UseDnsSrvRouting$/m],
  '06-policy-report.ps1': [/^DisplayName +SipAddress +RegistrarPool +Policy$/m, /^Adrian Popescu +sip:adrianp@contoso\.com +pool01\.contoso\.com \(site\/global\)$/m, /^44 users in total$/m],
  '07-pool-summary.ps1': [/^pool01\.contoso\.com +26$/m, /^pool02\.contoso\.com +18$/m, /^Total: 44$/m],
  '08-remote-session.ps1': [/^Identity +: Global$/m, /^KeepAliveInterval : 300$/m],
  '09-import-module.ps1': [/^XMPP cmdlets available: 7$/m, /^ {2}Test-CsXmppIM$/m],
  '10-partner-audit.ps1': [/^jabber\.org +none$/m, /^chat\.example\.net TLS not required; no SASL$/m],
  '11-grant-by-department.ps1': [/^Users with SalesXmpp: 9$/m],
  '12-unassign-policy.ps1': [/^Temporary policy removed$/m],
  '13-effective-policy.ps1': [/^Ken Myer \(pool01\.contoso\.com\): assigned <none>$/m, /^Pilar Ackerman \(pool02\.contoso\.com\): assigned <none>$/m],
  '14-switch-partner-type.ps1': [/^Federated: 1, public: 2$/m],
  '15-additional-domains.ps1': [/^fabrikam\.com also covers: im\.fabrikam\.com, xmpp\.fabrikam\.com$/m],
  '16-sip-domains.ps1': [/^contoso\.com True +_xmpp-server\._tcp\.contoso\.com$/m],
  '17-topology-overview.ps1': [/^Site Redmond\n {2}XMPP route: EdgeServer:edge01\.contoso\.com$/m, /^Site Dublin\n {2}XMPP route: ?$/m],
  '18-edge-services.ps1': [/^EdgeServer:edge01\.contoso\.com -> sip\.contoso\.com \(SIP 5061\)$/m],
  '19-certificate-check.ps1': [/^No certificates are assigned on this computer\.$/m],
  '20-try-catch-provisioning.ps1': [/^WARNING: Could not add broken\.example\.org$/m, /^added 2, failed 1$/m],
  '21-whatif-cleanup.ps1': [/^What if: Performing the operation "Remove-CsXmppAllowedPartner" on target "old1\.example\.com"\.$/m, /^still there after WhatIf: 2$/m, /^after removal: 0$/m],
  '22-functions.ps1': [/^2 added, 1 skipped$/m],
  '23-export-csv-report.ps1': [/^rows written: 44$/m, /^Ken Myer +sip:kenmyer@contoso\.com$/m],
  '24-gateway-tuning.ps1': [/^KeepAliveInterval 300 -> 600$/m, /^PartnerConnectionLimit 20 -> 30$/m],
  '25-allowed-blocked-domains.ps1': [/^allowed: fabrikam\.com, litwareinc\.com$/m, /^blocked: spam\.example\.com$/m],
  '26-hashtable-splatting.ps1': [/^Site:Dublin: federation=True xmpp=False$/m],
  '27-here-string-notes.ps1': [/^True$/m],
  '28-while-loop-batch.ps1': [/^left: 0$/m],
  '29-user-lookup-forms.ps1': [/^Ken Myer +-> sip:kenmyer@contoso\.com$/m, /^Ken\* +-> sip:kenmyer@contoso\.com$/m],
  '30-xmpp-readiness.ps1': [/^Global policy allows XMPP +MISSING$/m, /^Redmond has an XMPP route +OK$/m],
  '31-full-xmpp-setup.ps1': [/^Site:Redmond EdgeServer:edge01\.contoso\.com$/m, /^EnableXmppAccess +: True$/m],
};
const scripts = readdirSync(scriptsDir).filter((f) => f.endsWith('.ps1')).sort();

describe('fixture admin scripts', () => {
  it('there are at least 30 of them', () => {
    expect(scripts.length).toBeGreaterThanOrEqual(30);
  });

  it('all parse with zero errors', () => {
    const r = runCli(['parse', ...scripts.map((s) => join(scriptsDir, s))]);
    expect(r.stdout + r.stderr).toBe('');
    expect(r.status).toBe(0);
  });

  it('every script states what a correct run shows', () => {
    expect(Object.keys(EXPECTED).sort()).toEqual(scripts);
  });

  for (const script of scripts) {
    it(`runs ${script} without errors and shows what it is for`, () => {
      const work = mkdtempSync(join(tmpdir(), 'csshell-script-'));
      cpSync(scriptsDir, work, { recursive: true });
      const r = runCli(['--store', ':memory:', 'run', join(work, script)], { cwd: work });
      expect(r.stderr).toBe('');
      expect(r.status).toBe(0);
      for (const line of EXPECTED[script] ?? []) expect(r.stdout).toMatch(line);
    });
  }
});
