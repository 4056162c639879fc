// The lab shell's own commands: Get-LabTask, Test-LabProgress, Get-LabHint (only in a lab shell).

import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers/cli.js';
import { completeInput } from '../../src/engine/completion/index.js';
import { labCmdlets } from '../../src/labs/labCmdlets.js';
import { createSession } from '../../src/engine/createSession.js';
import { RecordingHost } from '../../src/engine/recordingHost.js';
import { findLab, labStorePath, prepareLab } from '../../src/labs/labs.js';
import { openStore } from '../../src/store/open.js';
import { builtins } from '../../src/cmdlets/index.js';

describe('lab shell commands', () => {
  it('list tasks, reveal hints and check progress from inside the lab shell', () => {
    const cwd = mkdtempSync(join(tmpdir(), 'csshell-labs-'));
    const input = [
      'Set-CsAccessEdgeConfiguration -AllowFederatedUsers $true',
      'Get-LabTask | Where-Object { -not $_.Done } | ForEach-Object { "open $($_.Number): $($_.Why)" }',
      'Get-LabHint',
      'Get-LabHint -Task 2',
      'Get-LabHint -Task 9',
      '(Test-LabProgress)[-1]',
      '(Get-Help Get-LabHint).Synopsis',
      '(Get-Command Get-LabTask).Source',
      'exit',
    ].join('\n');
    const r = runCli(['lab', 'start', 'google-talk-repair'], { cwd, input });
    expect(r.stdout).toContain('open 1: gmail.com has TlsNegotiation Required; Google Talk needs NotSupported');
    expect(r.stdout).toContain("open 2: Redmond's XmppFederationRoute is empty");
    expect(r.stdout).not.toContain('open 3');
    expect(r.stdout).toContain('Task 1: Give gmail.com');
    expect(r.stdout).toContain('hint 1 of 3 (a nudge): Google Talk speaks neither TLS nor SASL');
    expect(r.stdout).toContain('Task 2: Route Redmond');
    expect(r.stderr).toContain("Cannot validate argument on parameter 'Task'");
    expect(r.stdout).toContain('1 of 3 tasks done.');
    expect(r.stdout).toContain('Reveals the next hint');
    expect(r.stdout).toContain('CsShellLab');
    expect(r.stderr).not.toMatch(/\n\s+at /);
    expect(JSON.parse(readFileSync(join(cwd, 'csshell-labs', 'google-talk-repair', 'hints.json'), 'utf8'))).toEqual({ negotiation: 1, route: 1 });
  });

  it('Reset-Lab asks first (-WhatIf, -Force), then puts the store back; the auto-check says when a task turns done', () => {
    const cwd = mkdtempSync(join(tmpdir(), 'csshell-labs-'));
    const input = [
      'Set-LabOption -AutoCheck $true',
      'Set-CsAccessEdgeConfiguration -AllowFederatedUsers $true',
      'Get-CsSite -Identity Redmond | Out-Null',
      'Reset-Lab',
      'Reset-Lab -WhatIf',
      '"edge=" + (Get-CsAccessEdgeConfiguration).AllowFederatedUsers',
      'Reset-Lab -Force',
      '"edge=" + (Get-CsAccessEdgeConfiguration).AllowFederatedUsers',
      'Set-LabOption -AutoCheck $false',
      'Set-CsAccessEdgeConfiguration -AllowFederatedUsers $true',
      '(Get-Help Reset-Lab).Synopsis',
      '(Get-Command Set-LabOption).Source',
      'exit',
    ].join('\n');
    const r = runCli(['lab', 'start', 'google-talk-repair'], { cwd, input });
    const out = r.stdout.split('\n');
    const after = (command: string) => out[out.findIndex((l) => l.endsWith(`> ${command}`)) + 1];
    expect(after('Set-CsAccessEdgeConfiguration -AllowFederatedUsers $true')).toBe('Task 3 done: Allow federated users on the Access Edge');
    expect(r.stdout.match(/Task 3 done/g)).toHaveLength(1);
    expect(r.stderr).toContain('Reset-Lab : ');
    expect(r.stdout).toContain('What if: Performing the operation "Reset lab" on target "google-talk-repair".');
    expect(r.stdout).toContain('edge=True');
    expect(r.stdout).toContain('The lab google-talk-repair is back at its start.');
    expect(r.stdout).toContain('edge=False');
    expect(r.stdout).toContain("Puts the deployment of the lab google-talk-repair back to the lab's start.");
    expect(r.stdout).toContain('CsShellLab');
    expect(r.stderr).not.toMatch(/\n\s+at /);
    // Every command from the one that turned the auto-check on to the one that turned it off was an attempt.
    const progress = JSON.parse(readFileSync(join(cwd, 'csshell-labs', 'google-talk-repair', 'progress.json'), 'utf8'));
    expect(progress.attempts).toBe(8);
    expect(progress.doneAt).toEqual({});
  });

  it('Reset-Lab with a damaged saved start says so and leaves the store as it was', () => {
    const cwd = mkdtempSync(join(tmpdir(), 'csshell-labs-'));
    expect(runCli(['lab', 'start', 'google-talk-repair', '--no-shell'], { cwd }).status).toBe(0);
    writeFileSync(join(cwd, 'csshell-labs', 'google-talk-repair', 'lab-start.db'), 'not a database');
    const input = ['Set-CsAccessEdgeConfiguration -AllowFederatedUsers $true', 'Reset-Lab -Force', '"edge=" + (Get-CsAccessEdgeConfiguration).AllowFederatedUsers', 'exit'].join('\n');
    const r = runCli(['lab', 'start', 'google-talk-repair', '--resume'], { cwd, input });
    expect(r.stderr).toContain('Reset-Lab : The lab google-talk-repair could not be reset: file is not a database. Leave the shell and run: csshell lab start google-talk-repair --reset');
    expect(r.stderr).not.toMatch(/\n\s+at /);
    expect(r.stdout).toContain('edge=True');
  });

  it('lab start --auto-check starts the shell with the auto-check on', () => {
    const cwd = mkdtempSync(join(tmpdir(), 'csshell-labs-'));
    const input = 'Set-CsSite -Identity Redmond -XmppFederationRoute EdgeServer:edge01.contoso.com\nexit';
    const r = runCli(['lab', 'start', 'google-talk-repair', '--auto-check'], { cwd, input });
    expect(r.stdout).toContain("Task 2 done: Route Redmond's XMPP federation through the Edge pool edge01.contoso.com again");
  });

  it('the lab commands do not exist outside a lab shell', () => {
    const r = runCli(['-c', 'Get-LabTask'], { cwd: mkdtempSync(join(tmpdir(), 'csshell-labs-')) });
    expect(r.stderr).toContain("The term 'Get-LabTask' is not recognized");
  });
});

describe('lab shell completion', () => {
  it('tab completion offers the lab commands and their parameter', async () => {
    const folder = mkdtempSync(join(tmpdir(), 'csshell-labs-'));
    const lab = findLab('google-talk-repair')!;
    await prepareLab(lab, folder);
    const store = openStore(labStorePath(folder));
    const session = { localComputer: 'fe01.contoso.com', workingDirectory: folder, interactive: true };
    const engine = createSession({ host: new RecordingHost(true), store, session, cmdlets: labCmdlets(lab, store, folder), builtins: builtins() });
    const ctx = { store, session, commands: engine.services.commands, completers: engine.services.state.completers };
    const texts = (line: string) => completeInput(line, line.length, ctx).candidates.map((c) => c.text);
    expect(texts('Get-Lab')).toEqual(['Get-LabHint', 'Get-LabTask']);
    expect(texts('Test-LabP')).toEqual(['Test-LabProgress']);
    expect(texts('Get-LabHint -T')).toContain('-Task');
    expect(texts('Reset-L')).toEqual(['Reset-Lab']);
    expect(texts('Reset-Lab -F')).toContain('-Force');
    expect(texts('Set-LabO')).toEqual(['Set-LabOption']);
    expect(texts('Set-LabOption -A')).toContain('-AutoCheck');
    store.close();
  });
});
