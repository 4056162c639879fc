// Training labs: starting state, automatic checks, and the CLI around them.

import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { builtinLabs, checkLab, findLab, labStorePath, prepareLab, type LabDefinition } from '../../src/labs/labs.js';
import { createSession } from '../../src/engine/createSession.js';
import { openStore } from '../../src/store/open.js';
import { RecordingHost } from '../../src/engine/recordingHost.js';
import { builtins } from '../../src/cmdlets/index.js';
import { runCli } from '../helpers/cli.js';

const tmp = () => mkdtempSync(join(tmpdir(), 'csshell-lab-'));

async function solve(lab: LabDefinition, folder: string, script: string) {
  const store = openStore(labStorePath(folder));
  const host = new RecordingHost();
  const engine = createSession({ host, store, session: { localComputer: 'fe01.contoso.com', workingDirectory: folder, interactive: false }, builtins: builtins() });
  const r = await engine.execute(script);
  const results = await checkLab(lab, store, folder);
  store.close();
  return { r, host, results };
}

describe('labs', () => {
  it('every lab has tasks with checks that run cleanly on its starting state', async () => {
    for (const lab of builtinLabs()) {
      const folder = tmp();
      await prepareLab(lab, folder);
      const store = openStore(labStorePath(folder));
      const results = await checkLab(lab, store, folder);
      store.close();
      expect(results.length).toBeGreaterThan(0);
      expect(results.filter((r) => r.problem)).toEqual([]);
      expect(results.every((r) => !r.done)).toBe(true);
      // Every unfinished task at the start says what is wrong, in words.
      expect(results.filter((r) => !r.diagnosis).map((r) => r.task.id)).toEqual([]);
    }
  });

  it('xmpp-federation: the runbook steps complete every task, one at a time', async () => {
    const lab = findLab('xmpp-federation')!;
    const folder = tmp();
    await prepareLab(lab, folder);
    let s = await solve(lab, folder, 'New-CsExternalAccessPolicy -Identity XmppUsers -EnableFederationAccess $true -EnableXmppAccess $true | Out-Null');
    expect(s.results.map((r) => r.done)).toEqual([true, false, false, false, false, false]);
    s = await solve(
      lab,
      folder,
      [
        'Grant-CsExternalAccessPolicy -Identity sip:kenmyer@contoso.com -PolicyName XmppUsers',
        'New-CsXmppAllowedPartner -Identity jabber.org -TlsNegotiation Required -SaslNegotiation Required -SupportDialbackNegotiation $false | Out-Null',
        'Set-CsAccessEdgeConfiguration -AllowFederatedUsers $true',
      ].join('\n'),
    );
    expect(s.results.map((r) => r.done)).toEqual([true, true, true, true, false, false]);
    s = await solve(
      lab,
      folder,
      [
        'Enter-PSSession -ComputerName edge01.contoso.com',
        'Request-CsCertificate -New -Type AccessEdgeExternal,XmppServer -CA "ca.contoso.com\\Contoso Lab CA"',
        '$t = Request-CsCertificate -List | Select-Object -Last 1',
        'Set-CsCertificate -Type AccessEdgeExternal,XmppServer -Thumbprint $t.Thumbprint',
      ].join('\n'),
    );
    expect(s.host.errors).toBe('');
    expect(s.results.map((r) => r.done)).toEqual([true, true, true, true, true, true]);
  });

  it('google-talk-repair starts broken and is repaired by the right settings', async () => {
    const lab = findLab('google-talk-repair')!;
    const folder = tmp();
    await prepareLab(lab, folder);
    const s = await solve(
      lab,
      folder,
      [
        'Set-CsXmppAllowedPartner -Identity gmail.com -TlsNegotiation NotSupported -SaslNegotiation NotSupported -SupportDialbackNegotiation $true -EnableKeepAlive $false',
        'Set-CsSite -Identity Redmond -XmppFederationRoute EdgeServer:edge01.contoso.com',
        'Set-CsAccessEdgeConfiguration -AllowFederatedUsers $true',
      ].join('\n'),
    );
    expect(s.host.errors).toBe('');
    expect(s.results.every((r) => r.done)).toBe(true);
  });

  it('every lab is solved by the full commands its last hints give, in order', async () => {
    for (const lab of builtinLabs()) {
      const folder = tmp();
      await prepareLab(lab, folder);
      expect(lab.tasks.every((t) => t.hints.length === 3)).toBe(true);
      const s = await solve(lab, folder, lab.tasks.map((t) => t.hints[t.hints.length - 1]).join('\n'));
      expect(s.host.errors).toBe('');
      expect(s.results.filter((r) => !r.done).map((r) => `${r.task.id}: ${r.diagnosis}`)).toEqual([]);
    }
  });

  it('a started lab keeps its state until --reset', async () => {
    const lab = findLab('xmpp-federation')!;
    const folder = tmp();
    await prepareLab(lab, folder);
    await solve(lab, folder, 'Set-CsAccessEdgeConfiguration -AllowFederatedUsers $true');
    await prepareLab(lab, folder);
    expect((await solve(lab, folder, '')).results[3]!.done).toBe(true);
    await prepareLab(lab, folder, true);
    expect((await solve(lab, folder, '')).results[3]!.done).toBe(false);
  });
});

describe('csshell lab', () => {
  it('lists, starts without a shell, and checks with exit code 1 until done', () => {
    const cwd = tmp();
    expect(runCli(['lab', 'list'], { cwd }).stdout).toContain('xmpp-federation');
    const start = runCli(['lab', 'start', 'google-talk-repair', '--no-shell'], { cwd });
    expect(start.status).toBe(0);
    expect(start.stdout).toContain('Repair a broken Google Talk federation');
    const check = runCli(['lab', 'check', 'google-talk-repair'], { cwd });
    expect(check.status).toBe(1);
    expect(check.stdout).toContain('0 of 3 tasks done.');
    expect(check.stdout).not.toContain('Set-CsSite -Identity Redmond');
    // Each check is an attempt the trainer sees in `lab report`.
    const progress = JSON.parse(readFileSync(join(cwd, 'csshell-labs', 'google-talk-repair', 'progress.json'), 'utf8'));
    expect(progress).toMatchObject({ lab: 'google-talk-repair', attempts: 1, doneAt: {} });
  });

  it('rejects an unknown lab', () => {
    const r = runCli(['lab', 'check', 'nope'], { cwd: tmp() });
    expect(r.status).toBe(2);
    expect(r.stderr).toContain("there is no lab named 'nope'");
  });
});
