import { afterEach, describe, expect, it } from 'vitest';
import { KEY, PROMPT, settle, startShell, type ShellHarness } from './harness.js';

let shell: ShellHarness;
afterEach(() => shell?.unmount());

const inputLine = (s: ShellHarness): string => s.live().split('\n').find((l) => l.startsWith(PROMPT))!.slice(PROMPT.length).trimEnd();

describe('the prompt', () => {
  it('shows the Management Shell prompt and runs a line on Enter, echoing it above the output', async () => {
    shell = startShell({ run: (_t, host) => host.write('output', 'Identity : Global') });
    expect(shell.screen()).toContain(PROMPT.trimEnd());
    await shell.press('Get-CsExternalAccessPolicy', KEY.enter);
    const screen = await shell.waitFor((s) => s.includes('Identity : Global'));
    expect(shell.ran).toEqual(['Get-CsExternalAccessPolicy']);
    expect(screen).toContain(`${PROMPT}Get-CsExternalAccessPolicy\nIdentity : Global`);
    expect(screen.trimEnd().endsWith(PROMPT.trimEnd())).toBe(true);
  });

  it('puts [<fqdn>]: in front of the prompt inside a remote session', async () => {
    shell = startShell({ remote: () => 'edge01.contoso.com' });
    expect(shell.screen()).toContain(`[edge01.contoso.com]: ${PROMPT.trimEnd()}`);
  });
});

describe('line editing', () => {
  it('Ctrl+Z undoes the last edit (a run of typed text is one edit), Ctrl+Y redoes it', async () => {
    shell = startShell();
    await shell.press('Get-CsSite', ' -Identity', KEY.backspace, KEY.backspace);
    expect(shell.controller.currentInput).toBe('Get-CsSite -Identi');
    await shell.press(KEY.ctrlZ);
    expect(shell.controller.currentInput).toBe('Get-CsSite -Identit');
    await shell.press(KEY.ctrlZ, KEY.ctrlZ);
    expect(shell.controller.currentInput).toBe('');
    await shell.press(KEY.ctrlZ);
    expect(shell.controller.currentInput).toBe('');
    await shell.press(KEY.ctrlY);
    expect(shell.controller.currentInput).toBe('Get-CsSite -Identity');
    await shell.press(KEY.left, 'x', KEY.ctrlZ);
    expect(shell.controller.currentInput).toBe('Get-CsSite -Identity');
  });

  it('inserts in the middle after Left, Home and End', async () => {
    shell = startShell();
    await shell.press('Get-CsUser', KEY.left, KEY.left, KEY.left, KEY.left, 'Cs');
    expect(inputLine(shell)).toBe('Get-CsCsUser');
    await shell.press(KEY.home, 'x');
    expect(inputLine(shell)).toBe('xGet-CsCsUser');
    await shell.press(KEY.end, 'y');
    expect(inputLine(shell)).toBe('xGet-CsCsUsery');
    expect(shell.controller.currentInput).toBe('xGet-CsCsUsery');
  });

  it('moves by word with Ctrl+Left / Ctrl+Right', async () => {
    shell = startShell();
    await shell.press('Get-CsUser -Identity ken', KEY.ctrlLeft, KEY.ctrlLeft, '|');
    expect(shell.controller.currentInput).toBe('Get-CsUser |-Identity ken');
    await shell.press(KEY.ctrlRight, '#');
    expect(shell.controller.currentInput).toBe('Get-CsUser |-Identity #ken');
  });

  it('deletes with Backspace, Delete, Ctrl+Backspace and Ctrl+W', async () => {
    shell = startShell();
    await shell.press('Get-CsSite -Identity Redmond', KEY.backspace);
    expect(shell.controller.currentInput).toBe('Get-CsSite -Identity Redmon');
    await shell.press(KEY.ctrlBackspace);
    expect(shell.controller.currentInput).toBe('Get-CsSite -Identity ');
    await shell.press(KEY.ctrlW);
    expect(shell.controller.currentInput).toBe('Get-CsSite ');
    await shell.press(KEY.home, KEY.delete);
    expect(shell.controller.currentInput).toBe('et-CsSite ');
  });

  it('kills to the start with Ctrl+U and to the end with Ctrl+K', async () => {
    shell = startShell();
    await shell.press('Get-CsPool | Format-List', KEY.ctrlLeft, KEY.ctrlLeft, KEY.ctrlK);
    expect(shell.controller.currentInput).toBe('Get-CsPool ');
    await shell.press(KEY.left, KEY.ctrlU);
    expect(shell.controller.currentInput).toBe(' ');
  });

  it('clears the line with Escape', async () => {
    shell = startShell();
    await shell.press('Get-CsUser');
    await shell.press(KEY.escape);
    await settle();
    expect(shell.controller.currentInput).toBe('');
    expect(inputLine(shell)).toBe('');
  });

  it('puts the terminal cursor at the caret, also on wrapped and continuation lines', async () => {
    shell = startShell({ width: 40 });
    await shell.press('abc', KEY.left);
    expect(shell.controller.getView().cursor).toEqual({ x: PROMPT.length + 2, y: 0 });
    await shell.press(KEY.end, 'x'.repeat(20));
    expect(shell.controller.getView().cursor).toEqual({ x: (PROMPT.length + 23) % 40, y: 1 });
    expect(shell.controller.getView().liveLines.length).toBe(2);
    await shell.press(KEY.ctrlU, KEY.pasteStart, 'if ($a) {\n  b', KEY.pasteEnd);
    expect(shell.controller.getView().cursor).toEqual({ x: 6, y: 1 });
  });

  it('runs a pasted multi-line script as one input', async () => {
    shell = startShell();
    await shell.press('New-CsExternalAccessPolicy -Identity A\rGet-CsExternalAccessPolicy\r');
    await shell.waitFor(() => shell.ran.length === 1);
    expect(shell.ran).toEqual(['New-CsExternalAccessPolicy -Identity A\nGet-CsExternalAccessPolicy']);
  });

  it('keeps a bracketed paste in the buffer until Enter', async () => {
    shell = startShell();
    await shell.press(KEY.pasteStart, 'Get-CsSite\r\nGet-CsPool', KEY.pasteEnd);
    expect(shell.ran).toEqual([]);
    expect(shell.live()).toContain(`${PROMPT}Get-CsSite\n>> Get-CsPool`);
    await shell.press(KEY.enter);
    await shell.waitFor(() => shell.ran.length === 1);
    expect(shell.ran[0]).toBe('Get-CsSite\nGet-CsPool');
  });
});

describe('quitting and cancelling', () => {
  it('quits on Ctrl+D at an empty line but not with text', async () => {
    shell = startShell();
    await shell.press('ab', KEY.home, KEY.ctrlD);
    expect(shell.exitCode()).toBeUndefined();
    expect(shell.controller.currentInput).toBe('b');
    await shell.press(KEY.ctrlU, KEY.end, KEY.backspace, KEY.ctrlD);
    expect(shell.exitCode()).toBe(0);
  });

  it('quits on exit', async () => {
    shell = startShell();
    await shell.press('exit', KEY.enter);
    await shell.waitFor(() => shell.exitCode() !== undefined);
    expect(shell.exitCode()).toBe(0);
  });

  it('Ctrl+C clears the line, leaving it on screen marked ^C', async () => {
    shell = startShell();
    await shell.press('Get-CsUser -Identity', KEY.ctrlC);
    expect(shell.controller.currentInput).toBe('');
    expect(shell.screen()).toContain(`${PROMPT}Get-CsUser -Identity^C`);
    expect(shell.ran).toEqual([]);
  });

  it('Ctrl+C stops a running pipeline, and keys typed meanwhile are kept', async () => {
    let finish!: () => void;
    shell = startShell({ run: () => new Promise<void>((r) => (finish = r)) });
    await shell.press('Get-CsUser', KEY.enter);
    await shell.waitFor(() => shell.controller.isRunning);
    await shell.press('Get-CsSite');
    await shell.press(KEY.ctrlC);
    expect(shell.stopped()).toBe(1);
    finish();
    await shell.waitFor(() => !shell.controller.isRunning);
    expect(shell.controller.currentInput).toBe('Get-CsSite');
  });
});

describe('multi-line editing', () => {
  it('Up/Down move between the lines of a multi-line input before reaching history', async () => {
    shell = startShell();
    shell.history.entries.push('Get-CsSite');
    await shell.press(KEY.pasteStart, 'Get-CsUser |\nSelect-Object', KEY.pasteEnd, KEY.home, KEY.up, 'X');
    expect(shell.controller.currentInput).toBe('XGet-CsUser |\nSelect-Object');
    await shell.press(KEY.down, 'Y');
    expect(shell.controller.currentInput).toBe('XGet-CsUser |\nSYelect-Object');
    await shell.press(KEY.up, KEY.up);
    expect(shell.controller.currentInput).toBe('Get-CsSite');
  });
});
