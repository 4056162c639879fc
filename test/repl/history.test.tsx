import { afterEach, describe, expect, it } from 'vitest';
import { readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { KEY, startShell, tempHome, type ShellHarness } from './harness.js';
import { defaultHistoryPath, encodeEntry, parseHistoryFile } from '../../src/host/repl/history.js';

import { historyInfo } from '../../src/cmdlets/core/history.js';
import type { CmdletContext } from '../../src/engine/cmdlet.js';
import type { PSObject } from '../../src/engine/runtime/values.js';
// The core cmdlets' metadata (ConvertTo-SecureString) tells which history text is secret.
import { builtins } from '../../src/cmdlets/index.js';

let shell: ShellHarness;
afterEach(() => shell?.unmount());

async function runLines(s: ShellHarness, ...lines: string[]): Promise<void> {
  for (const l of lines) {
    const before = s.ran.length;
    await s.press(l, KEY.enter);
    await s.waitFor(() => s.ran.length === before + 1 && !s.controller.isRunning);
  }
}

describe('Up/Down history', () => {
  it('F8 finds earlier commands that start with the text before the cursor, Shift+F8 goes forward (PSReadLine)', async () => {
    shell = startShell();
    await runLines(shell, 'Get-CsSite', 'Get-CsPool', 'Set-CsSite -Identity Redmond', 'Get-CsSite -Identity Dublin');
    await shell.press('Get-CsS', KEY.f8);
    expect(shell.controller.currentInput).toBe('Get-CsSite -Identity Dublin');
    await shell.press(KEY.f8);
    expect(shell.controller.currentInput).toBe('Get-CsSite');
    await shell.press(KEY.f8);
    expect(shell.controller.currentInput).toBe('Get-CsSite');
    await shell.press(KEY.shiftF8);
    expect(shell.controller.currentInput).toBe('Get-CsSite -Identity Dublin');
    await shell.press(KEY.escape, 'Set', KEY.f8);
    expect(shell.controller.currentInput).toBe('Set-CsSite -Identity Redmond');
  });

  it('walks back and forth, keeping the line being typed', async () => {
    shell = startShell();
    await runLines(shell, 'Get-CsSite', 'Get-CsPool');
    await shell.press('Get-Cs', KEY.up);
    expect(shell.controller.currentInput).toBe('Get-CsPool');
    await shell.press(KEY.up);
    expect(shell.controller.currentInput).toBe('Get-CsSite');
    await shell.press(KEY.up);
    expect(shell.controller.currentInput).toBe('Get-CsSite');
    await shell.press(KEY.down, KEY.down);
    expect(shell.controller.currentInput).toBe('Get-Cs');
  });

  it('is persisted to ~/.csshell/history and read by the next shell', async () => {
    const home = tempHome();
    const path = defaultHistoryPath({ HOME: home });
    expect(path).toBe(join(home, '.csshell', 'history'));
    shell = startShell({ historyPath: path });
    await runLines(shell, 'Get-CsXmppAllowedPartner', 'Get-CsUser |\n Select-Object -First 1');
    shell.unmount();
    expect(parseHistoryFile(readFileSync(path, 'utf8'))).toEqual(['Get-CsXmppAllowedPartner', 'Get-CsUser |\n Select-Object -First 1']);
    shell = startShell({ historyPath: path });
    await shell.press(KEY.up);
    expect(shell.controller.currentInput).toBe('Get-CsUser |\n Select-Object -First 1');
    await shell.press(KEY.up);
    expect(shell.controller.currentInput).toBe('Get-CsXmppAllowedPartner');
  });

  it('writes lines with passwords or plain-text secure strings to the file with the secrets masked', async () => {
    const home = tempHome();
    const path = defaultHistoryPath({ HOME: home });
    shell = startShell({ historyPath: path });
    await runLines(
      shell,
      'Import-CsCertificate -Path C:\\certs\\edge.pfx -Password $pw',
      '$pw = ConvertTo-SecureString "P@ss" -AsPlainText -Force',
      'Request-CsCertificate -New -Type Default -CaPassword x',
      'Get-CsCertificate',
    );
    expect(parseHistoryFile(readFileSync(path, 'utf8'))).toEqual([
      'Import-CsCertificate -Path C:\\certs\\edge.pfx -Password $pw',
      '$pw = ConvertTo-SecureString "********" -AsPlainText -Force',
      'Request-CsCertificate -New -Type Default -CaPassword ********',
      'Get-CsCertificate',
    ]);
    // The running session still recalls the line as typed.
    await shell.press(KEY.up, KEY.up, KEY.up);
    expect(shell.controller.currentInput).toBe('$pw = ConvertTo-SecureString "P@ss" -AsPlainText -Force');
  });

  it('round-trips multi-line entries, backtick continuations included', () => {
    const entries = ['Get-CsUser `\n  -Identity ken', 'if ($x) {\n  "a"\n}', 'Get-CsSite'];
    const file = entries.map((e) => encodeEntry(e) + '\n').join('');
    expect(parseHistoryFile(file)).toEqual(entries);
  });
});

describe('Ctrl+R reverse search', () => {
  it('finds the newest match as you type, Ctrl+R goes further back, Enter runs it', async () => {
    const home = tempHome();
    const path = join(home, 'h');
    mkdirSync(home, { recursive: true });
    writeFileSync(path, 'New-CsXmppAllowedPartner a.org\nGet-CsSite\nNew-CsXmppAllowedPartner b.org\nGet-CsPool\n');
    shell = startShell({ historyPath: path });
    await shell.press(KEY.ctrlR, 'xmpp');
    expect(shell.screen()).toContain('bck-i-search: xmpp');
    expect(shell.controller.currentInput).toBe('New-CsXmppAllowedPartner b.org');
    await shell.press(KEY.ctrlR);
    expect(shell.controller.currentInput).toBe('New-CsXmppAllowedPartner a.org');
    await shell.press(KEY.enter);
    await shell.waitFor(() => shell.ran.length === 1);
    expect(shell.ran).toEqual(['New-CsXmppAllowedPartner a.org']);
    expect(shell.screen()).not.toContain('bck-i-search');
  });

  it('Escape abandons the search and restores the line', async () => {
    shell = startShell();
    shell.history.entries.push('Get-CsSite');
    await shell.press('abc', KEY.ctrlR, 'Site');
    expect(shell.controller.currentInput).toBe('Get-CsSite');
    await shell.press(KEY.escape);
    await new Promise((r) => setTimeout(r, 20));
    expect(shell.controller.currentInput).toBe('abc');
  });

  it('says so when nothing matches', async () => {
    shell = startShell();
    shell.history.entries.push('Get-CsSite');
    await shell.press(KEY.ctrlR, 'zzz');
    expect(shell.screen()).toContain('failing bck-i-search: zzz');
  });
});

describe('Get-History', () => {
  it('returns HistoryInfo objects for the commands run in the session', async () => {
    shell = startShell({ run: (text) => (text === 'bad' ? { success: false } : undefined) });
    await runLines(shell, 'Get-CsSite', 'bad', 'Get-CsPool');
    const items = shell.sessionHistory.all();
    expect(items.map((i) => [i.id, i.commandLine, i.executionStatus])).toEqual([
      [1, 'Get-CsSite', 'Completed'],
      [2, 'bad', 'Failed'],
      [3, 'Get-CsPool', 'Completed'],
    ]);
    const def = builtins().cmdlets.get('Get-History')!;
    expect(def.metadata.parameters.map((p) => p.name)).toEqual(['Id', 'Count']);
    const out: unknown[] = [];
    const ctx = { params: { Count: 2 }, bound: new Set(['Count']), engine: { state: { history: shell.sessionHistory } }, writeObject: (o: unknown) => out.push(o), writeError: () => undefined } as unknown as CmdletContext;
    await def.create().process!(ctx);
    expect(out.map((o) => (o as PSObject).get('CommandLine'))).toEqual(['bad', 'Get-CsPool']);
    const obj = historyInfo(items[0]!);
    expect(obj.typeName).toBe('Microsoft.PowerShell.Commands.HistoryInfo');
    expect(obj.propertyNames()).toEqual(['Id', 'CommandLine', 'ExecutionStatus', 'StartExecutionTime', 'EndExecutionTime']);
  });
});
